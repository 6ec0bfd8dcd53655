// The contract bound in-process: for hosts that call the core directly (CLI, tests). Input is parsed with
// the contract's schemas exactly as IPC and HTTP parse it, so every caller gets the same validation.
import { METHODS, contract, type Api, type Client, type Method } from '../../shared/contract';

export function localClient(api: Api): Client {
  const client: Partial<Record<Method, (input: unknown) => Promise<unknown>>> = {};
  for (const method of METHODS) {
    const impl = api[method] as (input: unknown) => Promise<unknown>;
    client[method] = async (input: unknown) => impl(contract[method].input.parse(input));
  }
  return client as Client;
}
