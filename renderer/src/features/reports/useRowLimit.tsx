import { useState, type ReactNode } from 'react';

/** Rows a table shows before "Show all" (the exported HTML and CSVs always have every row). */
export const ROW_LIMIT = 10;

/** The first `limit` rows and a "Show all N" button, or every row once asked (then no button). */
export function useRowLimit<T>(rows: T[], limit = ROW_LIMIT): { shown: T[]; more: ReactNode } {
  const [all, setAll] = useState(false);
  if (all || rows.length <= limit) return { shown: rows, more: null };
  return {
    shown: rows.slice(0, limit),
    more: (
      <button type="button" className="show-all" data-testid="show-all" onClick={() => setAll(true)}>
        Show all {rows.length} ({rows.length - limit} more)
      </button>
    ),
  };
}
