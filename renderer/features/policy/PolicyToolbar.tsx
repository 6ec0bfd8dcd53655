// What can be done with a site's policy: edit it in place, import another, export it, delete it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_FORMATS } from '../../../shared/contract-policy';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useDeletePolicy, useExportPolicy } from './usePolicyActions';

export function PolicyToolbar({
  site,
  builtin,
  onEdit,
  onImport,
  onDeleted,
}: {
  site: string;
  builtin: boolean;
  onEdit: () => void;
  onImport: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const remove = useDeletePolicy(site, onDeleted);
  const exporting = useExportPolicy(site);
  return (
    <div className="policy-toolbar" data-testid="policy-toolbar">
      <div className="toolbar-row">
        <button type="button" className="button primary" onClick={onEdit} data-testid="policy-edit">
          {t('policy.edit')}
        </button>
        <button type="button" className="button" onClick={onImport} data-testid="policy-import-open">
          {t('policy.importOpen')}
        </button>
        <span role="group" aria-labelledby="policy-export-label" className="export-group">
          <span id="policy-export-label" className="muted">
            {t('policy.exportLabel')}
          </span>
          {DOCUMENT_FORMATS.map((format) => (
            <button
              key={format}
              type="button"
              className="button small"
              disabled={exporting.isPending}
              onClick={() => exporting.mutate(format)}
              aria-label={t('policy.exportAs', { format: t(`policy.format.${format}`) })}
              data-testid={`policy-export-${format}`}
            >
              {t(`policy.format.${format}`)}
            </button>
          ))}
        </span>
        <button
          type="button"
          className="button danger"
          onClick={() => setConfirming(true)}
          disabled={remove.isPending}
          data-testid="policy-delete"
        >
          {t('policy.delete')}
        </button>
      </div>
      {exporting.isError && <ErrorMessage error={exporting.error} />}
      {remove.isError && <ErrorMessage error={remove.error} />}
      {confirming && (
        <ConfirmDialog
          title={t('policy.deleteTitle', { site })}
          message={builtin ? t('policy.deleteBuiltinText') : t('policy.deleteText')}
          confirmLabel={t('policy.deleteConfirm')}
          destructive
          busy={remove.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            remove.mutate();
          }}
        />
      )}
    </div>
  );
}
