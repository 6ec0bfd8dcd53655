// Deleting is immediate; the toast that follows offers Undo (jar.undo) for as long as it is shown.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';
import type { CookieKey } from '../../../shared/model';
import { useClient } from '../../client/context';
import { invalidateJar } from '../../client/queries';
import { errorParts } from '../../components/ErrorMessage';
import { useToasts } from '../../components/Toasts';

type Deletion = Output<'cookies.delete'>;

export function useDeletion(site: string, afterDelete?: () => void) {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const toasts = useToasts();

  const undo = async (undoId: string) => {
    try {
      const { restored } = await client['jar.undo']({ undoId });
      toasts.show({ message: t('site.restored', { count: restored }), tone: 'success' });
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

  const announce = (result: Deletion, message: string) => {
    const { undoId } = result;
    toasts.show({
      message,
      tone: 'success',
      action: undoId === null ? undefined : { label: t('common.undo'), run: () => undo(undoId) },
    });
  };

  const deleteOne = useMutation({
    mutationFn: (key: CookieKey) => client['cookies.delete']({ keys: [key] }),
    onSuccess: (result, key) => {
      announce(result, t('site.deletedOne', { name: key.name }));
      afterDelete?.();
    },
    onSettled: () => invalidateJar(queryClient),
  });

  const deleteAll = useMutation({
    mutationFn: () => client['sites.delete']({ site }),
    onSuccess: (result) => {
      announce(result, t('site.deletedAll', { count: result.removed, site }));
      afterDelete?.();
    },
    onSettled: () => invalidateJar(queryClient),
  });

  return { deleteOne, deleteAll };
}
