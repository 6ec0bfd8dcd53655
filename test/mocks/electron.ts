// The one hand-written stand-in for 'electron' (the binary cannot run here). It records what the main
// process and preload ask of Electron, and lets tests play Electron's part: emit events, invoke handlers.
// Use: vi.mock('electron', () => import('../mocks/electron')); call resetElectronMock() in beforeEach.
import { EventEmitter } from 'node:events';

type Handler = (...args: never[]) => unknown;

export interface MockEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function mockEvent<T extends object>(extra?: T): MockEvent & T {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
    ...extra,
  } as MockEvent & T;
  return event;
}

// ---------------------------------------------------------------- app

class MockApp extends EventEmitter {
  name = 'Crumbs';
  isPackaged = false;
  ready = false;
  singleInstanceLock = true;
  quitRequests = 0;
  /** Set when a quit went through (no before-quit listener prevented it). */
  quitted = false;
  exitCode: number | null = null;
  paths = new Map<string, string>([['userData', '/mock/userData']]);
  setPathCalls: { name: string; path: string }[] = [];
  aboutPanelOptions: unknown = null;

  getPath(name: string): string {
    const value = this.paths.get(name);
    if (value === undefined) throw new Error(`mock app.getPath: no path for ${name}`);
    return value;
  }
  setPath(name: string, path: string): void {
    if (this.ready && name === 'userData')
      throw new Error('mock: setPath(userData) must happen before ready');
    this.setPathCalls.push({ name, path });
    this.paths.set(name, path);
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  isReady(): boolean {
    return this.ready;
  }
  /** Like Electron, the app becomes ready a little after start-up code asks to wait for it. */
  whenReady(): Promise<void> {
    return Promise.resolve().then(() => {
      if (!this.ready) {
        this.ready = true;
        this.emit('ready');
      }
    });
  }
  requestSingleInstanceLock(): boolean {
    return this.singleInstanceLock;
  }
  /** Electron emits before-quit first; a listener calling preventDefault cancels the quit. */
  quit(): void {
    this.quitRequests++;
    const event = mockEvent();
    this.emit('before-quit', event);
    if (!event.defaultPrevented) this.quitted = true;
  }
  exit(code = 0): void {
    this.exitCode = code;
  }
  setAboutPanelOptions(options: unknown): void {
    this.aboutPanelOptions = options;
  }
}

// ---------------------------------------------------------------- webContents and windows

export class MockWebFrame {
  constructor(public url: string) {}
}

export class MockWebContents extends EventEmitter {
  private static nextId = 1;
  readonly id = MockWebContents.nextId++;
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  sent: { channel: string; args: unknown[] }[] = [];
  mainFrame = new MockWebFrame('');
  destroyed = false;

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Plays the renderer asking to navigate; returns whether the app prevented it. */
  attemptNavigation(kind: 'will-navigate' | 'will-redirect', url: string): boolean {
    const event = mockEvent({ url });
    this.emit(kind, event, url);
    return event.defaultPrevented;
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances.filter((w) => !w.destroyed);
  }

  readonly webContents = new MockWebContents();
  loadedUrls: string[] = [];
  visible = false;
  minimized = false;
  focusCount = 0;
  destroyed = false;

  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    BrowserWindow.instances.push(this);
    // Electron announces every new webContents on the app, before anything loads.
    app.emit('web-contents-created', mockEvent(), this.webContents);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    this.webContents.mainFrame = new MockWebFrame(url);
    return Promise.resolve();
  }
  show(): void {
    this.visible = true;
  }
  isVisible(): boolean {
    return this.visible;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  focus(): void {
    this.focusCount++;
  }
  close(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

// ---------------------------------------------------------------- IPC

class MockIpcMain {
  handlers = new Map<string, Handler>();
  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** Plays a renderer's ipcRenderer.invoke arriving from `sender`, in a frame showing `frameUrl`. */
  async invoke(
    channel: string,
    from: { sender: MockWebContents; frameUrl: string | null },
    ...args: unknown[]
  ): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (handler === undefined) throw new Error(`No handler registered for '${channel}'`);
    const event = {
      sender: from.sender,
      senderFrame: from.frameUrl === null ? null : new MockWebFrame(from.frameUrl),
      processId: 1,
      frameId: 1,
    };
    return (handler as (...a: unknown[]) => unknown)(event, ...args);
  }
}

class MockIpcRenderer extends EventEmitter {
  invocations: { channel: string; args: unknown[] }[] = [];
  answer: unknown = { ok: true, value: null };
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    return Promise.resolve(this.answer);
  }
}

class MockContextBridge {
  exposed = new Map<string, unknown>();
  exposeInMainWorld(key: string, api: unknown): void {
    if (this.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property: ${key}`);
    this.exposed.set(key, api);
  }
}

// ---------------------------------------------------------------- protocol, session, safeStorage

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

class MockProtocol {
  privileged: { scheme: string; privileges?: Record<string, boolean> }[] = [];
  privilegedBeforeReady = false;
  handlers = new Map<string, ProtocolHandler>();
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Record<string, boolean> }[]): void {
    if (app.ready) throw new Error('mock: registerSchemesAsPrivileged must be called before app ready');
    this.privilegedBeforeReady = true;
    this.privileged.push(...schemes);
  }
  handle(scheme: string, handler: ProtocolHandler): void {
    if (!app.ready) throw new Error('mock: protocol.handle must be called after app ready');
    if (this.handlers.has(scheme)) throw new Error(`mock: scheme ${scheme} already handled`);
    this.handlers.set(scheme, handler);
  }
  unhandle(scheme: string): void {
    this.handlers.delete(scheme);
  }
}

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: unknown,
) => void;
type PermissionCheckHandler = (
  contents: unknown,
  permission: string,
  origin: string,
  details: unknown,
) => boolean;

class MockSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }
  /** Listeners by event ('will-download' …), as Electron's Session (an EventEmitter) keeps them. */
  readonly listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  on(event: string, listener: (...args: unknown[]) => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
}

/** A reversible stand-in for the OS keychain: a marker plus a XOR, so sealed bytes differ from the input. */
class MockSafeStorage {
  available = true;
  backend: 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown' =
    'gnome_libsecret';
  failDecrypt = false;
  /** The OS keychain rotated its key: decryptStringAsync answers shouldReEncrypt, as Electron 45 does. */
  shouldReEncrypt = false;
  failEncrypt = false;
  /** How many times each async call ran (a test can tell a rewrap from a plain read). */
  calls = { encrypt: 0, decrypt: 0 };
  private static readonly MARK = Buffer.from('mock-v10:');

  isAsyncEncryptionAvailable(): Promise<boolean> {
    return Promise.resolve(this.available);
  }
  getSelectedStorageBackend(): string {
    return this.backend;
  }
  encryptStringAsync(plain: string): Promise<Buffer> {
    this.calls.encrypt++;
    if (this.failEncrypt) return Promise.reject(new Error('Encryption failed.'));
    const bytes = Buffer.from(Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a));
    return Promise.resolve(Buffer.concat([MockSafeStorage.MARK, bytes]));
  }
  decryptStringAsync(sealed: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }> {
    this.calls.decrypt++;
    if (this.failDecrypt || !sealed.subarray(0, MockSafeStorage.MARK.length).equals(MockSafeStorage.MARK)) {
      return Promise.reject(
        new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.'),
      );
    }
    const bytes = Buffer.from(sealed.subarray(MockSafeStorage.MARK.length).map((b) => b ^ 0x5a));
    return Promise.resolve({ shouldReEncrypt: this.shouldReEncrypt, result: bytes.toString('utf8') });
  }
}

// ---------------------------------------------------------------- Menu, dialog, shell

export interface MockMenu {
  template: unknown[];
}

class MockMenuModule {
  applicationMenu: MockMenu | null = null;
  buildFromTemplate(template: unknown[]): MockMenu {
    return { template };
  }
  setApplicationMenu(menu: MockMenu | null): void {
    this.applicationMenu = menu;
  }
}

class MockDialog {
  errorBoxes: { title: string; content: string }[] = [];
  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  }
}

class MockShell {
  opened: string[] = [];
  openExternal(url: string): Promise<void> {
    this.opened.push(url);
    return Promise.resolve();
  }
}

// ---------------------------------------------------------------- exports, shaped like 'electron'

export let app = new MockApp();
export let ipcMain = new MockIpcMain();
export let ipcRenderer = new MockIpcRenderer();
export let contextBridge = new MockContextBridge();
export let protocol = new MockProtocol();
export let session = { defaultSession: new MockSession() };
export let safeStorage = new MockSafeStorage();
export let Menu = new MockMenuModule();
export let dialog = new MockDialog();
export let shell = new MockShell();

/** Fresh state for every test: a new app, no handlers, nothing recorded. */
export function resetElectronMock(): void {
  app = new MockApp();
  ipcMain = new MockIpcMain();
  ipcRenderer = new MockIpcRenderer();
  contextBridge = new MockContextBridge();
  protocol = new MockProtocol();
  session = { defaultSession: new MockSession() };
  safeStorage = new MockSafeStorage();
  Menu = new MockMenuModule();
  dialog = new MockDialog();
  shell = new MockShell();
  BrowserWindow.instances = [];
}
