// Builds a typed Client from any transport (IPC in Electron, HTTP in browser mode). Outputs are parsed
// with the contract's schemas, so a drift between core and UI fails loudly at the boundary.
import { CrumbsError, fromErrorPayload } from './errors';
import { METHODS, contract, type Client, type Envelope, type Method } from './contract';

export type Transport = (method: Method, input: unknown) => Promise<Envelope>;

export function createClient(transport: Transport): Client {
  const client: Partial<Record<Method, (input: unknown) => Promise<unknown>>> = {};
  for (const method of METHODS) {
    client[method] = async (input: unknown) => {
      const envelope = await transport(method, input);
      if (!envelope.ok) throw fromErrorPayload(envelope.error);
      const parsed = contract[method].output.safeParse(envelope.value);
      if (!parsed.success) {
        throw new CrumbsError('INTERNAL', `The answer to ${method} did not match the contract.`);
      }
      return parsed.data;
    };
  }
  return client as Client;
}
