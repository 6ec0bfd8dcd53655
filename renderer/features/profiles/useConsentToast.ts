// Every consent change is immediate and answered by a toast whose Undo hands the core's undoId to jar.undo
// (which takes back profile changes and an apply's removals alike).
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../client/context';
import { errorParts } from '../../components/ErrorMessage';
import { useToasts } from '../../components/Toasts';
import { invalidateConsent } from './queries';

export function useConsentToast() {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const toasts = useToasts();

  const undo = async (undoId: string, onUndone?: () => void) => {
    try {
      await client['jar.undo']({ undoId });
      toasts.show({ message: t('profiles.undone'), tone: 'success' });
      onUndone?.();
    } catch (error) {
      const { code, message } = errorParts(error);
      toasts.show({
        message: t('profiles.undoFailed', { reason: message ?? t(`errors.${code}`) }),
        tone: 'error',
      });
    } finally {
      await invalidateConsent(queryClient);
    }
  };

  return (message: string, undoId: string | null, onUndone?: () => void) =>
    toasts.show({
      message,
      tone: 'success',
      action: undoId === null ? undefined : { label: t('common.undo'), run: () => undo(undoId, onUndone) },
    });
}
