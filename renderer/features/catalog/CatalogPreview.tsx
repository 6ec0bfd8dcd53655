// The dry run of an Open Cookie Database load: how many entries were read, each row that was not and why, and
// the choice to load them or not.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Output } from '../../../shared/contract';
import { CrumbsError } from '../../../shared/errors';
import { Problem } from '../../../shared/model';
import { ProblemTable } from '../../components/ProblemTable';
import { currentLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';

const WithProblems = z.object({ problems: z.array(Problem) });

/** The rows a refused file listed (IMPORT_UNREADABLE carries them in its details). */
export function problemsOf(error: unknown): Problem[] {
  if (!(error instanceof CrumbsError)) return [];
  const parsed = WithProblems.safeParse(error.details);
  return parsed.success ? parsed.data.problems : [];
}

export function CatalogPreview({
  result,
  replaces,
  busy,
  onApply,
  onCancel,
}: {
  result: Output<'catalog.import'>;
  /** The file already loaded, which this one would replace. */
  replaces: string | null;
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const headingId = useId();
  const count = (n: number) => ({ count: n, formatted: formatNumber(n, language) });
  return (
    <section aria-labelledby={headingId} className="catalog-preview" data-testid="catalog-preview">
      <h3 id={headingId}>{t('catalog.previewTitle')}</h3>
      <p role="status" className="summary" data-testid="catalog-read">
        {t('catalog.read', { file: result.file, ...count(result.entries) })}
      </p>
      {replaces !== null && <p className="note">{t('catalog.replaces', { file: replaces })}</p>}
      {result.problems.length > 0 ? (
        <ProblemTable
          title={t('catalog.problemsTitle')}
          intro={<p>{t('catalog.problemsIntro', count(result.problems.length))}</p>}
          problems={result.problems}
          whereLabel={t('catalog.colWhere')}
          whyLabel={t('catalog.colWhy')}
          tone="warning"
          testId="catalog-problems"
          rowTestId="catalog-problem-row"
        />
      ) : (
        <p className="muted" data-testid="catalog-no-problems">
          {t('catalog.noProblems')}
        </p>
      )}
      <p className="actions">
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={onApply}
          data-testid="catalog-apply"
        >
          {t('catalog.apply', count(result.entries))}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={onCancel}
          data-testid="catalog-cancel"
        >
          {t('catalog.cancel')}
        </button>
      </p>
    </section>
  );
}
