// Every consent-platform adapter Crumbs has, in the order `crumbs consent cmps` lists them (the order).
import { axeptio } from './cmps/axeptio';
import { complianz } from './cmps/complianz';
import { cookiebot } from './cmps/cookiebot';
import { cookieyes } from './cmps/cookieyes';
import { didomiAdapter } from './cmps/didomi';
import { klaro } from './cmps/klaro';
import { onetrust } from './cmps/onetrust';
import { opendatasoft } from './cmps/opendatasoft';
import { orejime } from './cmps/orejime';
import { osanoCookieconsent } from './cmps/osano-cookieconsent';
import { tarteaucitron } from './cmps/tarteaucitron';
import { tcfAdapter } from './cmps/tcf';
import { usercentrics } from './cmps/usercentrics';
import { vanillaCookieconsent } from './cmps/vanilla-cookieconsent';
import { register, type RegisteredAdapter } from './registered';

export const ADAPTERS: readonly RegisteredAdapter[] = [
  register(tcfAdapter),
  register(onetrust),
  register(cookiebot),
  register(cookieyes),
  register(didomiAdapter),
  register(tarteaucitron),
  register(klaro),
  register(orejime),
  register(vanillaCookieconsent),
  register(osanoCookieconsent),
  register(complianz),
  register(axeptio),
  register(usercentrics),
  register(opendatasoft),
];
