// Temp files a killed writer left behind. Only the holder of the directory's lock calls this, so no live
// writer of ours can own one, except this process itself. Two shapes are ours: writeFileAtomic's
// `.NAME.<pid>.<ms>.tmp` and the `NAME.json.tmp-<16 chars>` that conf's writer (atomically) uses.
import { readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { TEMP_FILE } from './atomic-write';

const CONF_TEMP = /^[\w-]+\.json\.tmp-\d{10}[0-9a-f]{6}$/;

/** Removes them and returns how many (a crash leftover is noise, never data: the target was never renamed). */
export function removeStaleTemps(dataDir: string): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dataDir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const ours = TEMP_FILE.exec(name);
    const stale = ours ? Number(ours[2]) !== process.pid : CONF_TEMP.test(name);
    if (!stale) continue;
    try {
      unlinkSync(join(dataDir, name));
      removed++;
    } catch {
      // gone already, or not ours to remove: harmless either way
    }
  }
  return removed;
}
