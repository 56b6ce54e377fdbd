/** What a key pressed on a focused card does. */
export type BoardKeyAction =
  | { kind: 'focus'; dx: number; dy: number }
  | { kind: 'move'; dx: number }
  | { kind: 'moveTo'; column: number }
  | { kind: 'open' }
  | null;

/**
 * Keyboard map of the board: arrows move the focus between cards, Shift+←/→ (or [ and ]) move
 * the focused case to the neighbouring column, digits 1–9 move it to that column, Enter opens it.
 */
export function boardKeyAction(key: string, shift: boolean): BoardKeyAction {
  if ((key === 'ArrowLeft' && shift) || key === '[') return { kind: 'move', dx: -1 };
  if ((key === 'ArrowRight' && shift) || key === ']') return { kind: 'move', dx: 1 };
  if (key === 'ArrowLeft') return { kind: 'focus', dx: -1, dy: 0 };
  if (key === 'ArrowRight') return { kind: 'focus', dx: 1, dy: 0 };
  if (key === 'ArrowUp') return { kind: 'focus', dx: 0, dy: -1 };
  if (key === 'ArrowDown') return { kind: 'focus', dx: 0, dy: 1 };
  if (key === 'Enter' || key === ' ') return { kind: 'open' };
  if (/^[1-9]$/.test(key)) return { kind: 'moveTo', column: Number(key) - 1 };
  return null;
}

/** A card's place on the board: column index and row within the column. */
export interface BoardPos {
  col: number;
  row: number;
}

/**
 * The place focus goes to from `from` by (dx, dy) on a board whose columns hold `sizes[i]`
 * cards. Empty columns are skipped sideways; the row is clamped to the target column. Null when
 * there is nowhere to go.
 */
export function nextFocus(sizes: readonly number[], from: BoardPos, dx: number, dy: number): BoardPos | null {
  if (dy !== 0) {
    const row = from.row + dy;
    return row >= 0 && row < (sizes[from.col] ?? 0) ? { col: from.col, row } : null;
  }
  for (let col = from.col + dx; col >= 0 && col < sizes.length; col += dx) {
    if (sizes[col] > 0) return { col, row: Math.min(from.row, sizes[col] - 1) };
  }
  return null;
}

/** The column index a case moves to by dx, or null past either end. */
export function neighbourColumn(count: number, from: number, dx: number): number | null {
  const to = from + dx;
  return to >= 0 && to < count ? to : null;
}
