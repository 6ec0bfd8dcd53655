// Light, dark, or whatever the system prefers. The choice is kept in localStorage; the resolved theme is set
// on <html data-theme> (styles.css swaps its colour variables on it) before the first paint.
import {
  createContext,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { localStorageOrNull } from '../i18n';

export const THEMES = ['light', 'dark', 'system'] as const;
export type ThemePreference = (typeof THEMES)[number];
export type Theme = 'light' | 'dark';
export const THEME_KEY = 'crumbs.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

export function isThemePreference(value: unknown): value is ThemePreference {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

export function loadTheme(storage: Pick<Storage, 'getItem'> | null): ThemePreference {
  try {
    const saved = storage?.getItem(THEME_KEY);
    return isThemePreference(saved) ? saved : 'system';
  } catch {
    return 'system';
  }
}

export function saveTheme(storage: Pick<Storage, 'setItem'> | null, theme: ThemePreference): void {
  try {
    storage?.setItem(THEME_KEY, theme);
  } catch {
    // Storage full or refused: the choice lasts for this session only.
  }
}

export function resolveTheme(preference: ThemePreference, systemDark: boolean): Theme {
  if (preference === 'system') return systemDark ? 'dark' : 'light';
  return preference;
}

function systemQuery(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null;
}

interface ThemeApi {
  preference: ThemePreference;
  /** What is shown now: the preference, or the system's when the preference is to follow it. */
  theme: Theme;
  systemDark: boolean;
  setPreference(preference: ThemePreference): void;
}

const ThemeContext = createContext<ThemeApi | null>(null);

export function useTheme(): ThemeApi {
  const api = useContext(ThemeContext);
  if (api === null) throw new Error('useTheme() needs a <ThemeProvider> above it.');
  return api;
}

export function ThemeProvider({ children }: { children: ReactNode }) {
  const [preference, setPreferenceState] = useState<ThemePreference>(() => loadTheme(localStorageOrNull()));
  const [systemDark, setSystemDark] = useState(() => systemQuery()?.matches ?? false);

  useEffect(() => {
    const query = systemQuery();
    if (query === null) return;
    const onChange = () => setSystemDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  const theme = resolveTheme(preference, systemDark);
  // Before paint, so a dark-theme user never sees a light flash.
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const api = useMemo<ThemeApi>(
    () => ({
      preference,
      theme,
      systemDark,
      setPreference(next) {
        saveTheme(localStorageOrNull(), next);
        setPreferenceState(next);
      },
    }),
    [preference, theme, systemDark],
  );
  return <ThemeContext.Provider value={api}>{children}</ThemeContext.Provider>;
}
