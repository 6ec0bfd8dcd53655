// Deleting is immediate; the toast that follows offers Undo (jar.undo) for as long as it is shown.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';
import type { CookieKey, StorageView } from '../../../shared/model';
import { useClient } from '../../client/context';
import { invalidateJar } from '../../client/queries';
import { errorParts } from '../../components/ErrorMessage';
import { useToasts } from '../../components/Toasts';

type Deletion = Output<'cookies.delete'>;
export type StorageKey = Pick<StorageView, 'origin' | 'name'>;

export function useDeletion(site: string, afterDelete?: () => void) {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const toasts = useToasts();

  const undo = async (undoId: string, restoredText: (count: number) => string) => {
    try {
      const { restored } = await client['jar.undo']({ undoId });
      toasts.show({ message: restoredText(restored), tone: 'success' });
    } catch (error) {
      const { code, message } = errorParts(error);
      toasts.show({
        message: t('site.undoFailed', { reason: message ?? t(`errors.${code}`) }),
        tone: 'error',
      });
    } finally {
      await invalidateJar(queryClient);
    }
  };

  const announce = (result: Deletion, message: string, restoredText: (count: number) => string) => {
    const { undoId } = result;
    toasts.show({
      message,
      tone: 'success',
      action:
        undoId === null ? undefined : { label: t('common.undo'), run: () => undo(undoId, restoredText) },
    });
  };
  const restoredCookies = (count: number) => t('site.restored', { count });

  const deleteOne = useMutation({
    mutationFn: (key: CookieKey) => client['cookies.delete']({ keys: [key] }),
    onSuccess: (result, key) => {
      announce(result, t('site.deletedOne', { name: key.name }), restoredCookies);
      afterDelete?.();
    },
    onSettled: () => invalidateJar(queryClient),
  });

  // Deleting a site takes its localStorage too; the count the core answers then covers both.
  const deleteAll = useMutation({
    mutationFn: (_known: { storage: number }) => client['sites.delete']({ site }),
    onSuccess: (result, known) => {
      if (known.storage > 0) {
        announce(result, t('site.deletedAllItems', { count: result.removed, site }), (count) =>
          t('site.restoredItems', { count }),
        );
      } else {
        announce(result, t('site.deletedAll', { count: result.removed, site }), restoredCookies);
      }
      afterDelete?.();
    },
    onSettled: () => invalidateJar(queryClient),
  });

  const deleteStorage = useMutation({
    mutationFn: (key: StorageKey) =>
      client['storage.delete']({ keys: [{ origin: key.origin, name: key.name }] }),
    onSuccess: (result, key) => {
      announce(result, t('storage.deleted', { name: key.name }), (count) => t('storage.restored', { count }));
      afterDelete?.();
    },
    onSettled: () => invalidateJar(queryClient),
  });

  return { deleteOne, deleteAll, deleteStorage };
}
