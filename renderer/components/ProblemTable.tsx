// One list of Problems (where + why) under its own heading: rejected rows and warnings of an import, what an
// export could not carry. Each kind keeps its own heading and test ids, so they are never mixed up. A coded
// problem is shown in the UI's language; one without a code keeps the core's English words.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../shared/model';
import { currentLanguage } from '../i18n';
import { placeText, problemText } from '../i18n/problems';

export function ProblemTable({
  title,
  intro,
  problems,
  whereLabel,
  whyLabel,
  tone,
  testId,
  rowTestId,
}: {
  title: string;
  intro?: ReactNode;
  problems: readonly Problem[];
  whereLabel: string;
  whyLabel: string;
  tone: 'error' | 'warning';
  testId: string;
  rowTestId: string;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const headingId = useId();
  return (
    <section className={`problems ${tone}`} aria-labelledby={headingId} data-testid={`${testId}-section`}>
      <h3 id={headingId}>{title}</h3>
      {intro}
      <div
        className="table-scroll"
        role="region"
        aria-label={t('common.tableOf', { name: title })}
        tabIndex={0}
      >
        <table className="data-table" data-testid={testId}>
          <thead>
            <tr>
              <th scope="col">{whereLabel}</th>
              <th scope="col">{whyLabel}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((problem, index) => (
              <tr key={index} data-testid={rowTestId}>
                <th scope="row">{placeText(problem, language)}</th>
                <td>{problemText(problem, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
