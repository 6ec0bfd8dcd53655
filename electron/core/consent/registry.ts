// Every consent-platform adapter Crumbs has, in the order `crumbs consent cmps` lists them.
import { register, type RegisteredAdapter } from './registered';

export const ADAPTERS: readonly RegisteredAdapter[] = [].map(register);
