// Saving, deleting and exporting a site's policy. Every change is immediate and answered by a toast whose Undo
// hands the core's undoId to jar.undo (which takes back policy changes as well as deletions).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../shared/contract';
import { useClient } from '../../client/context';
import { invalidateJar } from '../../client/queries';
import { errorParts } from '../../components/ErrorMessage';
import { useToasts } from '../../components/Toasts';
import { currentLanguage } from '../../i18n';
import { downloadText } from '../export/download';

/** Shows `message` with an Undo that restores the policy as it was before the change. */
export function usePolicyToast() {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const toasts = useToasts();

  const undo = async (undoId: string) => {
    try {
      await client['jar.undo']({ undoId });
      toasts.show({ message: t('policy.undone'), tone: 'success' });
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

  return (message: string, undoId: string | null) =>
    toasts.show({
      message,
      tone: 'success',
      action: undoId === null ? undefined : { label: t('common.undo'), run: () => undo(undoId) },
    });
}

export function useSavePolicy(site: string, onSaved: () => void) {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const announce = usePolicyToast();
  return useMutation({
    mutationFn: (input: Omit<Input<'policy.save'>, 'site'>) => client['policy.save']({ site, ...input }),
    onSuccess: async (result) => {
      announce(
        t('policy.saved', { site: result.policy.site, count: result.policy.entries.length }),
        result.undoId,
      );
      await invalidateJar(queryClient);
      onSaved();
    },
  });
}

export function useDeletePolicy(site: string, onDeleted: () => void) {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const announce = usePolicyToast();
  return useMutation({
    mutationFn: () => client['policy.delete']({ site }),
    onSuccess: async (result) => {
      announce(t('policy.deleted', { site }), result.undoId);
      await invalidateJar(queryClient);
      onDeleted();
    },
  });
}

/** Writes the policy in a format and saves it through the page, like the cookie export does. */
export function useExportPolicy(site: string) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const toasts = useToasts();
  return useMutation({
    mutationFn: async (format: Input<'policy.export'>['format']) => {
      const result = await client['policy.export']({ site, format, language: currentLanguage(i18n) });
      downloadText(result.fileName, result.content, result.mediaType);
      return result;
    },
    onSuccess: (result) => {
      toasts.show({ message: t('policy.exported', { fileName: result.fileName }), tone: 'success' });
    },
  });
}
