// Binds every contract method to IPC in one loop: the sender check and input validation live in this one
// wrapper, and every answer is an Envelope, so errors cross as { code, message, details } and never as stacks.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { METHODS, contract, type Api, type Envelope, type Method } from '../../shared/contract';
import { CrumbsError, toErrorPayload } from '../../shared/errors';
import { IPC_PREFIX } from '../../shared/bridge';
import { isAppUrl } from './app-origin';
import { consoleLogger, type Logger } from './log';

/** The webContents allowed to call the core right now (the main window's), or none. */
export type TrustedContents = () => WebContents | null | undefined;

function frameUrl(event: IpcMainInvokeEvent): string | null {
  try {
    return event.senderFrame?.url ?? null;
  } catch {
    return null; // a destroyed frame throws on access
  }
}

export function assertTrustedSender(
  event: IpcMainInvokeEvent,
  trusted: WebContents | null | undefined,
): void {
  const url = frameUrl(event);
  if (trusted == null || event.sender?.id !== trusted.id || url === null || !isAppUrl(url)) {
    throw new CrumbsError('FORBIDDEN', 'This request did not come from the Crumbs window.');
  }
}

async function call(api: Api, method: Method, raw: unknown): Promise<unknown> {
  const input = contract[method].input.parse(raw);
  // The parse above produced exactly the input this method declares; TypeScript cannot correlate the two.
  const fn = api[method] as (input: unknown) => Promise<unknown>;
  return fn(input);
}

export function registerIpcHandlers(
  api: Api,
  trusted: TrustedContents,
  log: Logger = consoleLogger,
): () => void {
  for (const method of METHODS) {
    ipcMain.handle(IPC_PREFIX + method, async (event, raw: unknown): Promise<Envelope> => {
      try {
        assertTrustedSender(event, trusted());
        return { ok: true, value: await call(api, method, raw) };
      } catch (err) {
        const error = toErrorPayload(err);
        if (error.code === 'INTERNAL') log.error(`${method} failed.`, err);
        else if (error.code === 'FORBIDDEN') log.warn(`Refused ${method} from an untrusted sender.`);
        return { ok: false, error };
      }
    });
  }
  return () => {
    for (const method of METHODS) ipcMain.removeHandler(IPC_PREFIX + method);
  };
}
