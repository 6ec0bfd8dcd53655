// Seconds per unit, written out here rather than imported so the tests check the parser's arithmetic.
export const S = 1;
export const MIN = 60;
export const H = 3_600;
export const D = 86_400;
export const W = 604_800;
/** An average Gregorian month: 30.436875 days. */
export const MO = 2_629_746;
/** An average Gregorian year: 365.2425 days. */
export const Y = 31_556_952;
