// The window's keyboard shortcuts (listed in the help sheet): search, undo, next/previous site, help.
// Nothing fires while a modal dialog is open: its own keys (Tab, Esc) come first.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../client/context';
import { keys } from '../client/queries';
import { useToasts } from '../components/Toasts';
import { siteOrder, useSitesView } from '../features/sites/view-state';
import { useHelpSheet } from './HelpSheet';
import { navigate, type Route } from './routing';
import { isTyping, neighbour, shortcutOf, type Shortcut } from './shortcuts';

/** The page's search field: one marked for the shortcut, else the first search box of the page. */
function searchField(): HTMLInputElement | null {
  return (
    document.querySelector<HTMLInputElement>('main [data-shortcut="search"]') ??
    document.querySelector<HTMLInputElement>('main input[type="search"]')
  );
}

export function useShortcuts(route: Route): void {
  const { t } = useTranslation();
  const toasts = useToasts();
  const help = useHelpSheet();
  const client = useClient();
  const queryClient = useQueryClient();
  const sitesView = useSitesView();

  const stepSite = async (current: string, step: 1 | -1) => {
    const sites = await queryClient.fetchQuery({
      queryKey: keys.sites,
      queryFn: () => client['sites.list']({}),
    });
    const next = neighbour(siteOrder(sites, sitesView, current), current, step);
    if (next === null) {
      toasts.show({ message: step === 1 ? t('shortcuts.lastSite') : t('shortcuts.firstSite') });
      return;
    }
    navigate({ name: 'site', site: next });
  };

  const run = useEffectEvent((shortcut: Shortcut, event: KeyboardEvent) => {
    switch (shortcut) {
      case 'search': {
        if (route.name !== 'sites' && route.name !== 'jar') return;
        const field = searchField();
        if (!field) return;
        event.preventDefault();
        field.focus();
        field.select();
        return;
      }
      case 'undo':
        event.preventDefault();
        void toasts.undoLast().then((done) => {
          if (!done) toasts.show({ message: t('shortcuts.nothingToUndo') });
        });
        return;
      case 'help':
        event.preventDefault();
        help.open();
        return;
      default:
        if (route.name !== 'site') return;
        event.preventDefault();
        void stepSite(route.site, shortcut === 'nextSite' ? 1 : -1);
    }
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      const shortcut = shortcutOf(event, isTyping(event.target));
      if (shortcut) run(shortcut, event);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
