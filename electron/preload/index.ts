// The sandboxed preload: puts exactly one object, `window.crumbs`, in the page. It can call contract
// methods and hear menu navigation; ipcRenderer itself and any generic send never reach the page.
// (Nothing is exported: a sandboxed preload is a script, not a module.)
import { contextBridge } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('crumbs', createBridge());
