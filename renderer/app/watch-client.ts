// Every call to the core passes here, so a failure that asks something of the user (values would be stored
// unprotected) is answered in one place, whichever view or helper made the call. The caller still gets
// the error and shows it as it always does.
import { METHODS, type Client, type Method } from '../../shared/contract';

export function watchClient(client: Client, onError: (error: unknown, method: Method) => void): Client {
  const watched: Record<string, (input: never) => Promise<unknown>> = {};
  for (const method of METHODS) {
    // Looked up at call time: whoever holds `client` may replace a method later (tests do).
    watched[method] = (input) =>
      (client[method] as (input: never) => Promise<unknown>)(input).catch((error: unknown) => {
        onError(error, method);
        throw error;
      });
  }
  // Built method by method from the contract's own list: the same keys and signatures as `client`.
  return watched as unknown as Client;
}
