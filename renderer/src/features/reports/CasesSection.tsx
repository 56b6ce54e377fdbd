import type { Change, WeeklyReport } from '../../../../shared/domain/report';
import { Delta } from './Delta';
import { formatNumber, type Polarity } from './reportFormat';
import { Section } from './Section';

function Figure(props: { label: string; change: Change; polarity: Polarity; previousLabel: string; testId: string }) {
  return (
    <div className="case-figure" data-testid={props.testId}>
      <div className="kpi-label">{props.label}</div>
      <div className="figure-value">{formatNumber(props.change.current)}</div>
      <Delta change={props.change} kind="count" polarity={props.polarity} previousLabel={props.previousLabel} />
    </div>
  );
}

/** Cases opened, resolved and breached in the range, overall and per site. */
export function CasesSection(props: { report: WeeklyReport }) {
  const { cases: c, range } = props.report;
  const none = !c.opened.current && !c.resolved.current && !c.breached.current && !c.bySite.length;
  const note = c.medianResolutionHours === null ? undefined : `median resolution ${formatNumber(c.medianResolutionHours, 1)} h`;
  return (
    <Section title="Cases" note={note} empty={none ? 'No cases were opened or resolved in this range.' : null} testId="section-cases">
      <div className="case-figures">
        <Figure label="Opened" change={c.opened} polarity="neutral" previousLabel={range.previousLabel} testId="cases-opened" />
        <Figure label="Resolved" change={c.resolved} polarity="up-good" previousLabel={range.previousLabel} testId="cases-resolved" />
        <Figure label="SLA breached" change={c.breached} polarity="down-good" previousLabel={range.previousLabel} testId="cases-breached" />
      </div>
      {c.bySite.length > 0 && (
        <table className="report-table" data-testid="cases-table">
          <thead>
            <tr>
              <th>Site</th>
              <th className="num">Opened</th>
              <th className="num">Resolved</th>
              <th className="num">Breached</th>
            </tr>
          </thead>
          <tbody>
            {c.bySite.map((s) => (
              <tr key={s.siteId} data-testid="case-site-row">
                <td>{s.site}</td>
                <td className="num">{formatNumber(s.opened)}</td>
                <td className="num">{formatNumber(s.resolved)}</td>
                <td className={`num ${s.breached ? 'bad' : ''}`}>{formatNumber(s.breached)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
