import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../electron/main/data-dir';

const userData = () => '/home/me/.config/Crumbs';

describe('resolveDataDir', () => {
  it('prefers --data-dir (both spellings), resolved against the working directory', () => {
    expect(resolveDataDir(['electron', '.', '--data-dir', 'd1'], {}, userData, '/work')).toEqual({
      dataDir: '/work/d1',
      source: 'argument',
    });
    expect(
      resolveDataDir(['x', '--data-dir=/abs/d2'], { CRUMBS_DATA_DIR: '/env' }, userData, '/work'),
    ).toEqual({
      dataDir: '/abs/d2',
      source: 'argument',
    });
  });

  it('then CRUMBS_DATA_DIR, then userData', () => {
    expect(resolveDataDir(['x'], { CRUMBS_DATA_DIR: 'rel' }, userData, '/work')).toEqual({
      dataDir: '/work/rel',
      source: 'environment',
    });
    expect(resolveDataDir(['x'], { CRUMBS_DATA_DIR: '  ' }, userData, '/work')).toEqual({
      dataDir: '/home/me/.config/Crumbs',
      source: 'default',
    });
  });

  it('refuses a --data-dir without a path', () => {
    for (const argv of [['--data-dir'], ['--data-dir='], ['--data-dir', '--inspect']]) {
      expect(() => resolveDataDir(argv, {}, userData, '/work')).toThrow(
        expect.objectContaining({ code: 'VALIDATION' }),
      );
    }
  });
});
