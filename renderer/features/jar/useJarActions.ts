// Deleting (cookies, localStorage entries) and saving from the Jar view. Each is immediate and answered by a toast whose Undo calls
// jar.undo; every view is then read again (the core's data.changed does that for other windows).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CookieData, CookieKey, StorageView } from '../../../shared/model';
import { useClient } from '../../client/context';
import { errorParts } from '../../components/ErrorMessage';
import { useToasts } from '../../components/Toasts';
import { currentLanguage } from '../../i18n';
import { count } from './jar-format';
import { invalidateJarView } from './jar-keys';

export function useJarActions() {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const toasts = useToasts();

  const undo = async (undoId: string, done: (restored: number) => string) => {
    try {
      const { restored } = await client['jar.undo']({ undoId });
      toasts.show({ message: done(restored), tone: 'success' });
    } catch (error) {
      const { code, message } = errorParts(error);
      toasts.show({
        message: t('jar.undoFailed', { reason: message ?? t(`errors.${code}`) }),
        tone: 'error',
      });
    } finally {
      await invalidateJarView(queryClient);
    }
  };

  const failed = (error: unknown) => {
    const { code, message } = errorParts(error);
    toasts.show({
      message: t('jar.deleteFailed', { reason: message ?? t(`errors.${code}`) }),
      tone: 'error',
    });
  };

  const remove = useMutation({
    /** `collect` gathers the keys (for "all matching" it reads them from the core first). */
    mutationFn: async (collect: () => Promise<CookieKey[]>) => {
      const keys = await collect();
      if (keys.length === 0) return { removed: 0, undoId: null, first: null };
      const result = await client['cookies.delete']({ keys });
      return { ...result, first: keys[0]!.name };
    },
    onSuccess: ({ removed, undoId, first }) => {
      if (removed === 0) return;
      toasts.show({
        message:
          removed === 1 && first !== null
            ? t('jar.deletedOne', { name: first })
            : t('jar.deleted', { count: removed }),
        tone: 'success',
        action:
          undoId === null
            ? undefined
            : { label: t('common.undo'), run: () => undo(undoId, (count) => t('jar.restored', { count })) },
      });
    },
    onError: failed,
    onSettled: () => invalidateJarView(queryClient),
  });

  const removeStorage = useMutation({
    mutationFn: (entries: StorageView[]) =>
      client['storage.delete']({ keys: entries.map(({ origin, name }) => ({ origin, name })) }),
    onSuccess: ({ removed, undoId }) => {
      if (removed === 0) return;
      toasts.show({
        message: t('jar.storageDeleted', {
          count: removed,
          formatted: count(removed, currentLanguage(i18n)),
        }),
        tone: 'success',
        action:
          undoId === null
            ? undefined
            : {
                label: t('common.undo'),
                run: () => undo(undoId, (n) => t('storage.restored', { count: n })),
              },
      });
    },
    onError: failed,
    onSettled: () => invalidateJarView(queryClient),
  });

  const save = useMutation({
    mutationFn: (input: { original?: CookieKey; cookie: CookieData }) => client['cookies.save'](input),
    onSuccess: ({ cookie, undoId }, { original }) => {
      toasts.show({
        message: original ? t('jar.saved', { name: cookie.name }) : t('jar.created', { name: cookie.name }),
        tone: 'success',
        action:
          undoId === null
            ? undefined
            : { label: t('common.undo'), run: () => undo(undoId, () => t('jar.saveUndone')) },
      });
    },
    onSettled: () => invalidateJarView(queryClient),
  });

  return { remove, removeStorage, save };
}
