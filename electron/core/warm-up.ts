// What the first screens need, prepared while nothing is asked yet: the sites list (the page the app opens
// on) and the Jar view's rows in its first order. At 100,000 cookies that is most of a second of
// classification and reporting the user would otherwise wait for on the first page; a host starts it once the
// UI can be reached (the server listens, the window is loading its page). Nothing depends on it: the first
// request does the same work if it comes sooner, and a failure here is the first request's to report.
import type { Core } from './index';

export async function warmUp(core: Pick<Core, 'client'>): Promise<void> {
  try {
    await core.client['sites.list']({});
    await core.client['jar.query']({});
  } catch {
    // The UI's own request shows the error with its code.
  }
}
