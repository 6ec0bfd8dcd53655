// Which key does what, decided apart from the DOM so it can be tested key by key. Letters and `/` are left
// to whatever is being typed into; Ctrl/Cmd+Z too (a field's own undo comes first).

export type Shortcut = 'search' | 'undo' | 'nextSite' | 'previousSite' | 'help';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export function shortcutOf(event: KeyLike, typing: boolean): Shortcut | null {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (mod && !event.altKey) {
    if (key === 'f' && !event.shiftKey) return 'search';
    if (key === 'z' && !event.shiftKey && !typing) return 'undo';
    return null;
  }
  if (typing || mod) return null;
  if (event.altKey) {
    if (event.key === 'ArrowDown') return 'nextSite';
    if (event.key === 'ArrowUp') return 'previousSite';
    return null;
  }
  if (event.key === '?') return 'help';
  if (event.key === '/') return 'search';
  if (event.shiftKey) return null;
  if (key === 'j') return 'nextSite';
  if (key === 'k') return 'previousSite';
  return null;
}

const TEXT_INPUTS = new Set(['text', 'search', 'url', 'email', 'password', 'number', 'tel', 'date', 'time']);

/** Whether keys pressed now go into a field (text, a select's letter search, an editable area). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUTS.has(target.type);
  return false;
}

/** Macs name the modifier ⌘; everything else Ctrl. */
export function modifierLabel(): string {
  const platform = typeof navigator === 'undefined' ? '' : navigator.platform || navigator.userAgent;
  return /Mac|iPhone|iPad/.test(platform) ? '⌘' : 'Ctrl';
}

/** The neighbour of `current` in `order`, or null at either end (no wrapping: the end is the end). */
export function neighbour(order: readonly string[], current: string, step: 1 | -1): string | null {
  const index = order.indexOf(current);
  if (index === -1) return null;
  return order[index + step] ?? null;
}
