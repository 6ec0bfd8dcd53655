// Where a long import or check is, from the core's `import.progress` events: the newest one only, and only
// while the request it belongs to runs. Short imports send none; their pages keep the plain Busy line then.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventPayload } from '../../../shared/events';
import { useEvent } from '../../client/context';
import { currentLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';

export type ImportProgressInfo = EventPayload<'import.progress'>;

/**
 * The newest progress of the request `run` (any object that is new for each request, e.g. the mutation's
 * variables), or null when none is running or none has been told yet. Events never say which request they are
 * about, so the ones that come while nothing runs are dropped, and a new run starts blank.
 */
export function useImportProgress(run: object | null): ImportProgressInfo | null {
  const [latest, setLatest] = useState<{ run: object; progress: ImportProgressInfo } | null>(null);
  useEvent('import.progress', (progress) => {
    if (run !== null) setLatest({ run, progress });
  });
  return latest !== null && latest.run === run ? latest.progress : null;
}

interface Bar {
  now: number;
  max: number;
}

export function ImportProgressView({ progress, testId }: { progress: ImportProgressInfo; testId: string }) {
  const { t, i18n } = useTranslation();
  const textId = useId();
  const language = currentLanguage(i18n);
  const n = (value: number) => formatNumber(value, language);
  const { phase, file, done, total } = progress;
  let text: string;
  let bar: Bar | null = null;
  switch (phase) {
    case 'reading':
      // `done` counts the files read before this one.
      if (total > 1) {
        text = t('import.progress.readingOf', { file: file ?? '', number: n(done + 1), total: n(total) });
        bar = { now: done, max: total };
      } else {
        text = file === null ? t('import.progress.readingAny') : t('import.progress.reading', { file });
      }
      break;
    case 'checking': {
      const values = { file: file ?? '', done: n(done), total: n(total), count: total };
      text = t(file === null ? 'import.progress.checkingAny' : 'import.progress.checking', values);
      if (total > 0) bar = { now: Math.min(done, total), max: total };
      break;
    }
    case 'saving':
      // One write of the whole jar: nothing to count, the bar stays indeterminate.
      text = t('import.progress.saving');
      break;
  }
  const percent = bar === null ? 0 : Math.round((bar.now / bar.max) * 100);
  return (
    <div className="import-progress" data-testid={testId} data-phase={phase}>
      <p id={textId} className="busy" role="status">
        <span className="spinner" aria-hidden="true" />
        <span data-testid={`${testId}-text`}>{text}</span>
      </p>
      <div
        role="progressbar"
        aria-labelledby={textId}
        aria-valuemin={bar === null ? undefined : 0}
        aria-valuemax={bar?.max}
        aria-valuenow={bar?.now}
        className={bar === null ? 'progress-bar indeterminate' : 'progress-bar'}
      >
        <div className="progress-fill" style={bar === null ? undefined : { width: `${percent}%` }} />
      </div>
    </div>
  );
}
