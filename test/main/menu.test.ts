import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../mocks/electron'));

import { Menu, resetElectronMock } from '../mocks/electron';
import { buildMenuTemplate, installMenu } from '../../electron/main/menu';
import type { MenuItemConstructorOptions } from 'electron';
import type { NavigateRoute } from '../../shared/bridge';

type Item = MenuItemConstructorOptions;

function flatten(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

beforeEach(() => resetElectronMock());

describe('application menu', () => {
  it('File › Import… and Export… ask the renderer for their routes', () => {
    const routes: NavigateRoute[] = [];
    const items = flatten(
      buildMenuTemplate({ isPackaged: true, platform: 'linux', navigate: (r) => routes.push(r) }),
    );
    const click = (id: string) => (items.find((i) => i.id === id)?.click as () => void)();
    click('import');
    click('export');
    expect(routes).toEqual(['#/import', '#/export']);
    expect(items.some((i) => i.role === 'quit')).toBe(true);
    expect(items.some((i) => i.role === 'about')).toBe(true);
    expect(items.some((i) => i.role === 'paste')).toBe(true);
    expect(items.some((i) => i.role === 'zoomIn')).toBe(true);
  });

  it('offers reload and devtools only when not packaged', () => {
    const roles = (isPackaged: boolean) =>
      flatten(buildMenuTemplate({ isPackaged, platform: 'linux', navigate: () => {} })).map((i) => i.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(false)).toContain('toggleDevTools');
    expect(roles(false)).toContain('reload');
  });

  it('is installed as the application menu', () => {
    installMenu({ isPackaged: true, platform: 'linux', navigate: () => {} });
    expect(Menu.applicationMenu?.template.length).toBeGreaterThan(0);
  });
});
