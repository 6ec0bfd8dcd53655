// Electron: the preload exposes `window.crumbs.invoke`, which already answers with an Envelope.
import type { Transport } from '../../shared/client';
import type { CrumbsBridge } from '../../shared/bridge';
import { failure, parseEnvelope } from './envelope';

export type { CrumbsBridge };

declare global {
  interface Window {
    crumbs?: CrumbsBridge;
  }
}

export function findBridge(win: Window): CrumbsBridge | null {
  const candidate: unknown = win.crumbs;
  if (typeof candidate !== 'object' || candidate === null) return null;
  return typeof (candidate as { invoke?: unknown }).invoke === 'function'
    ? (candidate as CrumbsBridge)
    : null;
}

export function createIpcTransport(bridge: CrumbsBridge): Transport {
  return async (method, input) => {
    try {
      const envelope = parseEnvelope(await bridge.invoke(method, input));
      return envelope ?? failure('INTERNAL', 'The answer from the Crumbs core could not be read.');
    } catch {
      return failure('INTERNAL', 'The Crumbs core could not be reached.');
    }
  };
}
