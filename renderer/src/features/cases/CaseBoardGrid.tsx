import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { CaseBoard, CaseCard } from '../../../../shared/domain/case';
import { BoardCard } from './BoardCard';
import { BoardColumn } from './BoardColumn';
import { boardKeyAction, neighbourColumn, nextFocus } from './boardKeys';

/** The kanban board: columns of cards, drag and drop between columns, and the keyboard map of boardKeys. */
export function CaseBoardGrid(props: {
  board: CaseBoard;
  now: number;
  selectedId: number | null;
  onOpen: (id: number) => void;
  onMove: (card: CaseCard, columnId: number) => void;
}) {
  const { board } = props;
  const root = useRef<HTMLDivElement>(null);
  // A case moved with the keyboard is re-mounted in its new column: focus follows it there. The
  // target column is kept because a reload that was already under way can land before the move does.
  const refocus = useRef<{ id: number; columnId: number } | null>(null);
  const grouped = useMemo(() => board.columns.map((k) => board.items.filter((c) => c.columnId === k.id)), [board]);

  useEffect(() => {
    const want = refocus.current;
    if (!want) return;
    const card = board.items.find((c) => c.id === want.id);
    if (!card) return void (refocus.current = null);
    if (card.columnId !== want.columnId) return;
    root.current?.querySelector<HTMLElement>(`[data-case-id="${want.id}"]`)?.focus();
    refocus.current = null;
  }, [board]);

  const focusAt = (col: number, row: number): void => {
    const id = grouped[col]?.[row]?.id;
    if (id !== undefined) root.current?.querySelector<HTMLElement>(`[data-case-id="${id}"]`)?.focus();
  };

  const onKey = (card: CaseCard, col: number, row: number) => (e: KeyboardEvent<HTMLDivElement>) => {
    const action = boardKeyAction(e.key, e.shiftKey);
    if (!action) return;
    e.preventDefault();
    refocus.current = null;
    if (action.kind === 'open') props.onOpen(card.id);
    else if (action.kind === 'focus') {
      const to = nextFocus(grouped.map((g) => g.length), { col, row }, action.dx, action.dy);
      if (to) focusAt(to.col, to.row);
    } else {
      const to = action.kind === 'move' ? neighbourColumn(board.columns.length, col, action.dx) : action.column < board.columns.length ? action.column : null;
      if (to !== null && to !== col) {
        refocus.current = { id: card.id, columnId: board.columns[to].id };
        props.onMove(card, board.columns[to].id);
      }
    }
  };

  const dropCase = (columnId: number) => (caseId: number) => {
    const card = board.items.find((c) => c.id === caseId);
    if (card && card.columnId !== columnId) props.onMove(card, columnId);
  };

  return (
    <div className="case-board" ref={root} data-testid="case-board">
      {board.columns.map((k, col) => (
        <BoardColumn key={k.id} column={k} shown={grouped[col].length} onDropCase={dropCase(k.id)}>
          {grouped[col].map((c, row) => (
            <BoardCard
              key={c.id}
              card={c}
              now={props.now}
              selected={c.id === props.selectedId}
              onOpen={() => props.onOpen(c.id)}
              onKeyDown={onKey(c, col, row)}
            />
          ))}
        </BoardColumn>
      ))}
    </div>
  );
}
