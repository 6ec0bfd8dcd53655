// After an export: where it went, the text itself for the short formats (header, curl), and — never hidden —
// everything the format could not carry.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, ExportResult } from '../../../shared/model';
import { CopyButton } from '../../components/CopyButton';
import { ProblemTable } from '../../components/ProblemTable';
import { needsUrl } from './formats';

export type Delivery = 'download' | 'clipboard';

export interface Outcome {
  format: ExportFormat;
  delivery: Delivery;
  result: ExportResult;
  copied: boolean;
}

export function ExportOutcome({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  const contentId = useId();
  const { result, delivery, copied } = outcome;
  return (
    <div className="export-outcome">
      <p
        role="status"
        className={delivery === 'clipboard' && !copied ? 'summary warning-text' : 'summary success'}
        data-testid="export-result"
      >
        {delivery === 'download'
          ? t('export.saved', { filename: result.filename, count: result.count })
          : copied
            ? t('export.copied', { count: result.count })
            : t('export.copyFailed')}
      </p>
      {needsUrl(outcome.format) && (
        <div className="field">
          <label htmlFor={contentId}>{t('export.contentLabel')}</label>
          <textarea
            id={contentId}
            className="export-content"
            readOnly
            rows={Math.min(8, Math.max(2, Math.ceil(result.content.length / 100)))}
            value={result.content}
            onFocus={(event) => event.currentTarget.select()}
            data-testid="export-content"
          />
          <p>
            <CopyButton getText={() => result.content} testId="export-content-copy" />
          </p>
        </div>
      )}
      {result.lost.length > 0 ? (
        <ProblemTable
          title={t('export.lostTitle')}
          intro={<p>{t('export.lostIntro', { count: result.lost.length })}</p>}
          problems={result.lost}
          whereLabel={t('export.colWhere')}
          whyLabel={t('export.colLost')}
          tone="warning"
          testId="export-lost"
          rowTestId="export-lost-row"
        />
      ) : (
        <p className="muted" data-testid="export-lost-none">
          {t('export.lostNone')}
        </p>
      )}
    </div>
  );
}
