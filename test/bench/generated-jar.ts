// The cookies.txt the Jar benchmarks import: `count` cookies over count/10 sites (each its own registrable
// domain), with HttpOnly, Secure, paths, session cookies and expiries up to 390 days mixed in.
export function generatedCookiesTxt(
  count: number,
  options: {
    /** The first cookie's number (a second file of new cookies starts after the first). */
    from?: number;
    /** Part of every domain name, so that two files never share a site. */
    tag: string;
    /** Every 13th cookie named _ga, which the built-in catalog classifies (statistics). */
    catalogNames?: boolean;
  },
): string {
  const { from = 0, tag, catalogNames = false } = options;
  const nowSec = Math.floor(Date.now() / 1000);
  const sites = Math.max(1, Math.floor(count / 10));
  const lines = ['# Netscape HTTP Cookie File'];
  for (let i = from; i < from + count; i++) {
    const domain = i % 3 === 0 ? `.site${i % sites}-${tag}.com` : `www.site${i % sites}-${tag}.com`;
    lines.push(
      [
        (i % 7 === 0 ? '#HttpOnly_' : '') + domain,
        domain.startsWith('.') ? 'TRUE' : 'FALSE',
        i % 5 === 0 ? `/p${i % 11}` : '/',
        i % 2 === 0 ? 'TRUE' : 'FALSE',
        String(i % 9 === 0 ? 0 : nowSec + 86_400 * (1 + (i % 390))),
        catalogNames && i % 13 === 0 ? '_ga' : `c${i}`,
        `v${(i * 7919).toString(36)}`,
      ].join('\t'),
    );
  }
  return lines.join('\n') + '\n';
}
