// Short notices in a live region, optionally with one action (Undo). They leave after ~10 s, but not while
// the pointer or keyboard focus is on them, so there is time to reach the action. The last few Undo actions
// are also kept on a small stack (beyond the toast's life) so Ctrl/Cmd+Z can take back the latest one.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';

export const TOAST_MS = 10_000;
/** How many destructive actions Ctrl/Cmd+Z can still take back, newest first. */
export const UNDO_DEPTH = 10;

export interface ToastInput {
  message: string;
  tone?: 'info' | 'success' | 'error';
  /**
   * `undo`: this action takes back what the toast announces, so Ctrl/Cmd+Z may run it. Left out, an action
   * labelled with the common Undo word counts as one (every feature words it so).
   */
  action?: { label: string; run: () => void | Promise<void>; undo?: boolean };
}
interface Toast extends ToastInput {
  id: number;
}
interface UndoEntry {
  toastId: number;
  run: () => void | Promise<void>;
}
interface ToastApi {
  show(toast: ToastInput): number;
  dismiss(id: number): void;
  /** Runs the newest Undo not yet used (and drops its toast); false when there is none. */
  undoLast(): Promise<boolean>;
}

const ToastContext = createContext<ToastApi | null>(null);

export function useToasts(): ToastApi {
  const api = useContext(ToastContext);
  if (api === null) throw new Error('useToasts() needs a <ToastProvider> above it.');
  return api;
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const undoStack = useRef<UndoEntry[]>([]);
  const dismiss = useCallback(
    (id: number) => setToasts((list) => list.filter((toast) => toast.id !== id)),
    [],
  );
  const forgetUndo = useCallback((toastId: number) => {
    undoStack.current = undoStack.current.filter((entry) => entry.toastId !== toastId);
  }, []);
  const show = useCallback(
    (toast: ToastInput) => {
      const id = nextId.current++;
      const action = toast.action;
      if (action && (action.undo ?? action.label === t('common.undo'))) {
        undoStack.current = [...undoStack.current, { toastId: id, run: action.run }].slice(-UNDO_DEPTH);
      }
      // Keep the last few: an old Undo must not pile up behind new ones.
      setToasts((list) => [...list.slice(-2), { ...toast, id }]);
      return id;
    },
    [t],
  );
  const undoLast = useCallback(async () => {
    const entry = undoStack.current.at(-1);
    if (!entry) return false;
    undoStack.current = undoStack.current.slice(0, -1);
    dismiss(entry.toastId);
    await entry.run();
    return true;
  }, [dismiss]);
  const api = useMemo(() => ({ show, dismiss, undoLast }), [show, dismiss, undoLast]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <ToastRegion toasts={toasts} dismiss={dismiss} forgetUndo={forgetUndo} />
    </ToastContext.Provider>
  );
}

function ToastRegion({
  toasts,
  dismiss,
  forgetUndo,
}: {
  toasts: Toast[];
  dismiss: (id: number) => void;
  forgetUndo: (id: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="toasts" aria-label={t('toast.region')} aria-live="polite">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} dismiss={dismiss} forgetUndo={forgetUndo} />
      ))}
    </section>
  );
}

function ToastItem({
  toast,
  dismiss,
  forgetUndo,
}: {
  toast: Toast;
  dismiss: (id: number) => void;
  forgetUndo: (id: number) => void;
}) {
  const { t } = useTranslation();
  const onDismiss = useCallback(() => dismiss(toast.id), [dismiss, toast.id]);
  const [paused, setPaused] = useState(false);
  const [running, setRunning] = useState(false);
  useEffect(() => {
    if (paused || running) return;
    const timer = window.setTimeout(onDismiss, TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [paused, running, onDismiss]);

  const runAction = async () => {
    if (!toast.action) return;
    // Taken back by hand: Ctrl/Cmd+Z must not run it a second time.
    forgetUndo(toast.id);
    setRunning(true);
    try {
      await toast.action.run();
    } finally {
      onDismiss();
    }
  };

  return (
    <div
      className={`toast ${toast.tone ?? 'info'}`}
      role={toast.tone === 'error' ? 'alert' : 'status'}
      data-testid="toast"
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <span className="toast-message">{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="button small"
          onClick={() => void runAction()}
          disabled={running}
          data-testid="toast-action"
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="icon-button" onClick={onDismiss} aria-label={t('toast.dismiss')}>
        ×
      </button>
    </div>
  );
}
