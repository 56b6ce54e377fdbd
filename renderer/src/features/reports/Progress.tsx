import type { ReportProgress } from '../../../../shared/domain/report';

/** "Computing report… topics (3 of 9)" with a progress bar; the step is unknown until the first event. */
export function Progress(props: { what: string; progress: ReportProgress | null; testId: string }) {
  const p = props.progress;
  return (
    <div className="report-progress" role="status" data-testid={props.testId}>
      <span>{props.what}…{p ? ` ${p.step} (${p.done} of ${p.total})` : ''}</span>
      <progress max={p?.total || 1} value={p ? p.done : undefined} aria-label={props.what} />
    </div>
  );
}
