// The cookies picked on a site page, handed to the export page (#/export/selection). Kept in memory only:
// after a reload the export page simply offers the whole jar again.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { CookieKey } from '../../../shared/model';

export interface ExportSelection {
  site: string;
  keys: CookieKey[];
}

interface SelectionApi {
  selection: ExportSelection | null;
  setSelection: (selection: ExportSelection | null) => void;
}

const SelectionContext = createContext<SelectionApi | null>(null);

export function ExportSelectionProvider({ children }: { children: ReactNode }) {
  const [selection, setSelection] = useState<ExportSelection | null>(null);
  const api = useMemo(() => ({ selection, setSelection }), [selection]);
  return <SelectionContext.Provider value={api}>{children}</SelectionContext.Provider>;
}

export function useExportSelection(): SelectionApi {
  const api = useContext(SelectionContext);
  if (api === null) throw new Error('useExportSelection() needs an <ExportSelectionProvider> above it.');
  return api;
}
