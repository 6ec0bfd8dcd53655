// Electron main entry (built to out/main/index.js). Paths are relative to the built file: out/preload and
// out/renderer sit beside out/main, packaged or not.
import { join } from 'node:path';
import { app, dialog } from 'electron';
import { openCore } from '../core';
import { setParseWorkerScript } from '../core/formats/off-thread';
import { consoleLogger } from './log';
import { startApp } from './lifecycle';

// Big imports are read on a worker thread so the window's IPC keeps answering.
setParseWorkerScript(join(__dirname, 'parse-worker.js'));

startApp({
  openCore,
  preloadPath: join(__dirname, '../preload/index.js'),
  rendererDir: join(__dirname, '../renderer'),
}).catch((err: unknown) => {
  consoleLogger.error('Crumbs failed to start.', err);
  dialog.showErrorBox(
    'Crumbs could not start',
    'Something went wrong while starting. The details were written to its log.',
  );
  // quit (not exit): if the core was already open, the before-quit flush still runs.
  app.quit();
});
