// Rotates the data key of a directory TIMES times in a row (the kill test stops it anywhere in between).
import { openCore } from '../../../../electron/core';

const [dataDir, times] = process.argv.slice(2);
if (dataDir === undefined) throw new Error('usage: rotate DATA_DIR [TIMES]');
const core = await openCore({ dataDir, owner: 'the rotation test' });
for (let i = 0; i < Number(times ?? 1); i++) await core.safety.rotateDataKey();
await core.close();
