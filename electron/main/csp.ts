// The renderer's Content-Security-Policy, sent on every app:// response (the same string browser mode sends).
export { CONTENT_SECURITY_POLICY } from '../../shared/web';
