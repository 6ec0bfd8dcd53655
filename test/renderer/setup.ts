// vitest runs without globals, so Testing Library cannot register its own cleanup: do it here, and give
// every test a fresh URL fragment and fresh storage.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});
