// How the jar's data key is kept at rest. The core never imports 'electron': the app passes a protector
// backed by safeStorage; plain Node (CLI, browser mode, tests) uses none, and the key lives in a 0600 file.
export interface KeyProtector {
  /** 'basic_text' = Linux without a keyring: safeStorage "encrypts" with a fixed key, which protects nothing. */
  readonly kind: 'safeStorage' | 'basic_text';
  wrap(key: Buffer): Promise<Buffer>;
  unwrap(wrapped: Buffer): Promise<UnwrappedKey>;
}

export interface UnwrappedKey {
  key: Buffer;
  /**
   * The keychain rotated its own key, or can now protect better (safeStorage's `shouldReEncrypt`): the
   * data key should be wrapped again, or the stored wrapping drifts behind the keychain until it fails.
   */
  stale: boolean;
}
