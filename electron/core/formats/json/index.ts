// The JSON-family formats: automation tools (Chrome DevTools protocol / Puppeteer, Selenium, Playwright
// storageState), Cookie Quick Manager's export and HAR network logs. The registry wires these in ahead
// of the generic extension-JSON reader; each sniff claims only its own shape.
import type { Reader, Writer } from '../plugin';
import { cdpReader, cdpWriter } from './cdp';
import { cookieQuickManagerReader } from './cookie-quick-manager';
import { harReader } from './har';
import { playwrightReader } from './playwright';
import { playwrightWriter } from './playwright-write';
import { seleniumReader, seleniumWriter } from './selenium';

export const jsonReaders: Reader[] = [
  cdpReader,
  seleniumReader,
  cookieQuickManagerReader,
  playwrightReader,
  harReader,
];
export const jsonWriters: Writer[] = [playwrightWriter, cdpWriter, seleniumWriter];

export { shapeOf, type Shape, type ShapeId } from './shape';
export { normaliseOrigin } from './playwright';
