// The validation rules the jar applies to every cookie it takes in (and readers that validate like it).
export const JAR_RULES = {
  rejectPublicSuffixes: true,
  // localhost, *.test, *.local…: testers keep cookies for them; tough-cookie refuses them unless allowed.
  allowSpecialUseDomain: true,
  prefixSecurity: 'strict',
  looseMode: false,
} as const;
