// Declared cookie durations: the one parser, their wording in English and French, and the comparison with
// real expiries. Pure TypeScript, used by the core and the renderer alike.
export { parseDuration } from './parse';
export { formatDuration, formatSeconds, formatSpan, type DurationLanguage } from './format';
export { compareLifetime, type CompareOptions, type LifetimeComparison } from './compare';
export { UNIT_SECONDS, type Unit } from './units';
