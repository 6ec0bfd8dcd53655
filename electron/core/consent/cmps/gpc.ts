// Global Privacy Control cannot be stored by any consent platform: a test sends the header and sets the
// navigator flag itself, so a state carries both beside its cookies.
import type { ConsentState, ConsentTarget } from '../../../../shared/consent';

export function gpcSignal(gpc: boolean): Pick<ConsentState, 'headers' | 'initScripts'> {
  if (!gpc) return { headers: {}, initScripts: [] };
  return {
    headers: { 'Sec-GPC': '1' },
    initScripts: [
      "Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true });",
    ],
  };
}

/** Platforms that add Secure only on https pages do so by the page's scheme. */
export function isHttps(target: ConsentTarget): boolean {
  return target.origin.toLowerCase().startsWith('https:');
}
