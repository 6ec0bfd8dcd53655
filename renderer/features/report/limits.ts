// The fixed limits the core's report measures against (electron/core/policy/report/input.ts): the renderer may
// not import the core, and needs them to word a finding and to draw the CNIL mark.

/** One month as the Gregorian calendar averages it (365.2425 × 86400 / 12), as the duration parser counts. */
export const MONTH_SECONDS = 2_629_746;
/** CNIL: audience-measurement and advertising trackers live at most 13 months. */
export const TRACKER_LIMIT_SECONDS = 13 * MONTH_SECONDS;
/** CNIL: the user's consent choice should be kept about 6 months. */
export const CONSENT_GUIDANCE_SECONDS = 6 * MONTH_SECONDS;
/** Chrome keeps at most 180 cookies per site and evicts past that. */
export const CHROME_COOKIES_PER_SITE = 180;
