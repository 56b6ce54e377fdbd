import type { ReplyCheckResult } from '../../../../shared/policy/checkReply';

/** The live pre-send checks: blocking problems in red, warnings in amber. Excerpts are already masked. */
export function ReplyChecks(props: { result: ReplyCheckResult; extra: string[] }) {
  const { problems } = props.result;
  if (problems.length === 0 && props.extra.length === 0) {
    return <div className="reply-checks ok" data-testid="reply-checks" data-ok="true">✓ All pre-send checks pass</div>;
  }
  return (
    <ul className="reply-checks" data-testid="reply-checks" data-ok={String(props.result.ok && props.extra.length === 0)}>
      {props.extra.map((m) => (
        <li key={m} className="block" data-testid="reply-problem" data-rule="placeholder" data-severity="block">
          <b>placeholder</b> {m}
        </li>
      ))}
      {problems.map((p, i) => (
        <li key={`${p.rule}-${i}`} className={p.severity} data-testid="reply-problem" data-rule={p.rule} data-severity={p.severity}>
          <b>{p.rule}</b> {p.message}
          {p.excerpt && <span className="excerpt">“{p.excerpt}”</span>}
        </li>
      ))}
    </ul>
  );
}
