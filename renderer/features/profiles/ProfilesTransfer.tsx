// Profiles in and out as JSON: import a file (one profile, a list, or a Crumbs export; each bad one is listed
// with why, the sound ones are kept, and Undo takes the import back) and export all of the user's profiles.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/routing';
import { useClient } from '../../client/context';
import { Busy } from '../../components/Busy';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ProblemTable } from '../../components/ProblemTable';
import { useToasts } from '../../components/Toasts';
import { downloadText } from '../export/download';
import { invalidateConsent } from './queries';
import { useConsentToast } from './useConsentToast';

/** profiles.import takes up to 4 MiB of text. */
const MAX_CHARS = 4 * 1024 * 1024;

export function ProfilesTransfer() {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const toasts = useToasts();
  const announce = useConsentToast();
  const ids = { heading: useId(), file: useId(), hint: useId() };
  const [readProblem, setReadProblem] = useState<string | null>(null);

  const importing = useMutation({
    mutationFn: (file: { name: string; content: string }) => client['profiles.import']({ file }),
    onSuccess: async (result) => {
      if (result.imported.length > 0) {
        announce(t('profiles.transfer.imported', { count: result.imported.length }), result.undoId);
      }
      await invalidateConsent(queryClient);
    },
  });
  const exporting = useMutation({
    mutationFn: async () => {
      const document = await client['profiles.export']({});
      downloadText(document.fileName, document.content, document.mediaType);
      return document;
    },
    onSuccess: (document) =>
      toasts.show({ message: t('profiles.exported', { fileName: document.fileName }), tone: 'success' }),
  });

  const onFile = async (chosen: File) => {
    setReadProblem(null);
    importing.reset();
    if (chosen.size > MAX_CHARS) {
      setReadProblem(t('profiles.transfer.tooLarge', { name: chosen.name }));
      return;
    }
    try {
      importing.mutate({ name: chosen.name || 'profiles.json', content: await chosen.text() });
    } catch {
      setReadProblem(t('profiles.transfer.unreadable', { name: chosen.name }));
    }
  };
  const result = importing.data;

  return (
    <section className="profiles-transfer" aria-labelledby={ids.heading} data-testid="profiles-transfer">
      <h2 id={ids.heading}>{t('profiles.transfer.title')}</h2>
      <p className="muted">{t('profiles.transfer.intro')}</p>
      <div className="toolbar-row">
        <input
          id={ids.file}
          className="visually-hidden-input"
          type="file"
          accept=".json,application/json"
          disabled={importing.isPending}
          aria-describedby={ids.hint}
          data-testid="profiles-import-file"
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            event.target.value = '';
            if (chosen) void onFile(chosen);
          }}
        />
        <label htmlFor={ids.file} className="button file-label">
          {t('profiles.transfer.choose')}
        </label>
        <button
          type="button"
          className="button"
          onClick={() => exporting.mutate()}
          disabled={exporting.isPending}
          data-testid="profiles-export-all"
        >
          {t('profiles.transfer.exportAll')}
        </button>
      </div>
      <p id={ids.hint} className="hint muted">
        {t('profiles.transfer.hint')}
      </p>
      {importing.isPending && <Busy label={t('profiles.transfer.importing')} />}
      {readProblem && (
        <p role="alert" className="error-box" data-testid="profiles-import-read-problem">
          {readProblem}
        </p>
      )}
      {importing.isError && <ErrorMessage error={importing.error} />}
      {exporting.isError && <ErrorMessage error={exporting.error} />}
      {result && (
        <div data-testid="profiles-import-result">
          <p className={result.imported.length > 0 ? 'summary success' : 'summary'} role="status">
            {result.imported.length > 0
              ? t('profiles.transfer.imported', { count: result.imported.length })
              : t('profiles.transfer.importedNone')}
          </p>
          {result.imported.length > 0 && (
            <ul className="imported-names">
              {result.imported.map((name) => (
                <li key={name}>
                  <a href={routeHref({ name: 'profiles', profile: name })}>{name}</a>
                </li>
              ))}
            </ul>
          )}
          {result.problems.length > 0 && (
            <ProblemTable
              title={t('profiles.transfer.problems', { count: result.problems.length })}
              problems={result.problems}
              whereLabel={t('profiles.transfer.where')}
              whyLabel={t('profiles.transfer.why')}
              tone="error"
              testId="profiles-import-problems"
              rowTestId="profiles-import-problem"
            />
          )}
        </div>
      )}
    </section>
  );
}
