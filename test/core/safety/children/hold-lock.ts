// A second process that opens a data directory for writing and keeps it, as the desktop app does
// (its owner name is the app's), until SIGTERM. Prints "held" once the lock is taken.
import { openCore } from '../../../../electron/core';

const [dataDir, owner] = process.argv.slice(2);
if (dataDir === undefined || owner === undefined) throw new Error('usage: hold-lock DATA_DIR OWNER');
const core = await openCore({ dataDir, owner });
process.stdout.write('held\n');
const keepAlive = setInterval(() => undefined, 60_000);
process.once('SIGTERM', () => {
  clearInterval(keepAlive);
  void core.close();
});
