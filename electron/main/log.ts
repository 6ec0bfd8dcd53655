// Main-process logging. Callers pass messages they wrote themselves: never cookie values or decrypted data.
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, err?: unknown): void;
}

/** Only the error's own text and stack are printed; a thrown non-Error may be data, so only its type is. */
function describe(err: unknown): string {
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  return `(thrown ${typeof err})`;
}

export const consoleLogger: Logger = {
  info: (message) => console.info(`[crumbs] ${message}`),
  warn: (message) => console.warn(`[crumbs] ${message}`),
  error: (message, err) =>
    err === undefined
      ? console.error(`[crumbs] ${message}`)
      : console.error(`[crumbs] ${message}\n${describe(err)}`),
};
