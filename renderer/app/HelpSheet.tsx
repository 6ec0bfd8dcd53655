// The keyboard shortcuts, listed in a dialog opened with `?` (or from Settings). Esc closes it.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';
import { modifierLabel } from './shortcuts';

interface HelpSheetApi {
  open(): void;
  isOpen: boolean;
}

const HelpSheetContext = createContext<HelpSheetApi | null>(null);

export function useHelpSheet(): HelpSheetApi {
  const api = useContext(HelpSheetContext);
  if (api === null) throw new Error('useHelpSheet() needs a <HelpSheetProvider> above it.');
  return api;
}

export function HelpSheetProvider({ children }: { children: ReactNode }) {
  const [isOpen, setOpen] = useState(false);
  const api = useMemo(() => ({ open: () => setOpen(true), isOpen }), [isOpen]);
  return (
    <HelpSheetContext.Provider value={api}>
      {children}
      {isOpen && <HelpSheet onClose={() => setOpen(false)} />}
    </HelpSheetContext.Provider>
  );
}

type Row = { keys: string[][]; what: string };

function Keys({ keys }: { keys: string[][] }) {
  const { t } = useTranslation();
  return (
    <>
      {keys.map((combo, i) => (
        <span key={combo.join('+')}>
          {i > 0 && <span className="muted"> {t('shortcuts.or')} </span>}
          {combo.map((key, j) => (
            <span key={key}>
              {j > 0 && '+'}
              <kbd>{key}</kbd>
            </span>
          ))}
        </span>
      ))}
    </>
  );
}

function HelpSheet({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const mod = modifierLabel();
  const rows: Row[] = [
    { keys: [['/'], [mod, 'F']], what: t('shortcuts.search') },
    { keys: [[t('shortcuts.deleteKey')]], what: t('shortcuts.delete') },
    { keys: [[mod, 'Z']], what: t('shortcuts.undo') },
    { keys: [['J'], ['Alt', '↓']], what: t('shortcuts.nextSite') },
    { keys: [['K'], ['Alt', '↑']], what: t('shortcuts.previousSite') },
    { keys: [['?']], what: t('shortcuts.help') },
    { keys: [[t('shortcuts.escKey')]], what: t('shortcuts.close') },
  ];
  return (
    <Dialog
      title={t('shortcuts.title')}
      onClose={onClose}
      className="help-sheet"
      testId="help-sheet"
      actions={
        <button type="button" className="button primary" onClick={onClose}>
          {t('shortcuts.done')}
        </button>
      }
    >
      <table className="data-table shortcuts-table">
        <caption className="visually-hidden">{t('shortcuts.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.keys')}</th>
            <th scope="col">{t('shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.what} data-testid="shortcut-row">
              <td className="shortcut-keys">
                <Keys keys={row.keys} />
              </td>
              <td>{row.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('shortcuts.drop')}</p>
    </Dialog>
  );
}
