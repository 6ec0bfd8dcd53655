// Files dropped anywhere on the window open the Import page with those files chosen. The window listens
// (a drop on the Import page's own drop zone is handled there and is left alone), keeps the files until
// the Import page takes them, and shows where a drop would go while files are dragged over it. Preventing
// the default also keeps the browser (or Electron) from navigating to a dropped file.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useEffectEvent,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from './routing';

interface DroppedFilesApi {
  pending: File[] | null;
  offer(files: File[]): void;
  take(): void;
}

const DroppedFilesContext = createContext<DroppedFilesApi | null>(null);

export function DroppedFilesProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<File[] | null>(null);
  const offer = useCallback((files: File[]) => setPending(files), []);
  const take = useCallback(() => setPending(null), []);
  const api = useMemo(() => ({ pending, offer, take }), [pending, offer, take]);
  return <DroppedFilesContext.Provider value={api}>{children}</DroppedFilesContext.Provider>;
}

/**
 * For the Import page: calls `onFiles` with files dropped on the window (now, or before the page opened)
 * once `ready` (not while an import runs).
 */
export function useDroppedFiles(onFiles: (files: File[]) => void, ready = true): void {
  const api = useContext(DroppedFilesContext);
  const deliver = useEffectEvent((files: File[]) => onFiles(files));
  const pending = api?.pending ?? null;
  useEffect(() => {
    if (!api || pending === null || !ready) return;
    api.take();
    deliver(pending);
  }, [api, pending, ready]);
}

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer !== null && [...event.dataTransfer.types].includes('Files');
}

/** The window's drop target and the overlay that says what a drop does. */
export function WindowDrop() {
  const { t } = useTranslation();
  const api = useContext(DroppedFilesContext);
  const [over, setOver] = useState(false);
  const offer = useEffectEvent((files: File[]) => {
    api?.offer(files);
    navigate({ name: 'import' });
  });

  useEffect(() => {
    let hide = 0;
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setOver(true);
      // dragleave fires for every child crossed; the end of dragover events is the reliable "gone".
      window.clearTimeout(hide);
      hide = window.setTimeout(() => setOver(false), 200);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      setOver(false);
      window.clearTimeout(hide);
      // The Import page's drop zone took it already.
      if (event.defaultPrevented) return;
      event.preventDefault();
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0) offer(files);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.clearTimeout(hide);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  if (!over) return null;
  return (
    <div className="drop-overlay" aria-hidden="true" data-testid="drop-overlay">
      <p>{t('app.dropToImport')}</p>
    </div>
  );
}
