import type { CaseBoard } from '../../../../shared/domain/case';

/** The assignee filter of the board and how many cases match. */
export function BoardFilters(props: { board: CaseBoard | null; assignee: string | undefined; onAssignee: (a: string | undefined) => void }) {
  const { board } = props;
  return (
    <>
      <select aria-label="Assignee" data-testid="case-assignee-filter" value={props.assignee ?? '*'} onChange={(e) => props.onAssignee(e.target.value === '*' ? undefined : e.target.value)}>
        <option value="*">Anyone</option>
        <option value="">Unassigned</option>
        {board?.assignees.map((a) => (
          <option key={a} value={a}>{a}</option>
        ))}
      </select>
      <span className="muted" data-testid="case-total">{board ? `${board.total} ${board.total === 1 ? 'case' : 'cases'}` : '…'}</span>
    </>
  );
}
