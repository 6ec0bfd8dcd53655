// Every import format, grouped the way people think of their files: files, JSON shapes, headers, databases.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportFormat } from '../../../shared/model';
import { FORMAT_GROUPS, isImportFormat } from './formats';

export function FormatSelect({
  value,
  onChange,
  disabled,
}: {
  value: ImportFormat;
  onChange: (format: ImportFormat) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('import.formatLabel')}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          if (isImportFormat(event.target.value)) onChange(event.target.value);
        }}
        disabled={disabled}
        data-testid="import-format"
      >
        <option value="auto">{t('import.format.auto')}</option>
        {FORMAT_GROUPS.map(({ group, formats }) => (
          <optgroup
            key={group}
            label={t(`import.formatGroup.${group}`)}
            data-testid={`import-format-group-${group}`}
          >
            {formats.map((format) => (
              <option key={format} value={format}>
                {t(`import.format.${format}`)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
