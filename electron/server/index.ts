export { startServer, type RunningServer, type ServerOptions } from './server';
export { CONTENT_SECURITY_POLICY } from './headers';
