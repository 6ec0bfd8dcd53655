// Every export format, each with a one-line "keeps / loses" hint read out with its radio button.
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/model';
import { isExportFormat } from './formats';

export function ExportFormatList({
  value,
  onChange,
}: {
  value: ExportFormat;
  onChange: (format: ExportFormat) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="export-formats">
      <legend>{t('export.formatLegend')}</legend>
      {EXPORT_FORMATS.map((format) => (
        <div key={format} className="radio-with-hint">
          <label className="radio">
            <input
              type="radio"
              name="export-format"
              value={format}
              checked={value === format}
              onChange={(event) => {
                if (isExportFormat(event.target.value)) onChange(event.target.value);
              }}
              aria-describedby={`export-hint-${format}`}
              data-testid={`export-format-${format}`}
            />
            {t(`export.format.${format}`)}
          </label>
          <p id={`export-hint-${format}`} className="hint muted" data-testid={`export-hint-${format}`}>
            {t(`export.hint.${format}`)}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
