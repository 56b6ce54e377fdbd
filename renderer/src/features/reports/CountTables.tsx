import { useRowLimit } from './useRowLimit';
import type { ReportCountRow, WeeklyReport } from '../../../../shared/domain/report';
import { Delta } from './Delta';
import { formatNumber, formatShare } from './reportFormat';
import { Section } from './Section';

function CountTable(props: { rows: ReportCountRow[]; groupLabel: string; showNegative: boolean; previousLabel: string; testId: string }) {
  const { shown, more } = useRowLimit(props.rows);
  return (
    <>
      <table className="report-table" data-testid={props.testId}>
        <thead>
          <tr>
            <th>Name</th>
            <th>{props.groupLabel}</th>
            <th className="num">Count</th>
            <th className="num">Change</th>
            {props.showNegative && <th className="num">Negative</th>}
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={`${r.name}\u0000${r.group ?? ''}`} data-testid="count-row">
              <td className="text-cell" data-testid="count-name">{r.name}</td>
              <td className={r.group ? '' : 'muted'}>{r.group ?? 'all'}</td>
              <td className="num">{formatNumber(r.count.current)}</td>
              <td className="num"><Delta change={r.count} kind="count" polarity="neutral" previousLabel={props.previousLabel} /></td>
              {props.showNegative && <td className="num">{formatShare(r.negativeShare)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {more}
    </>
  );
}

/** Top topics of the posts (with their negative share) against the previous range. */
export function TopicsTable(props: { report: WeeklyReport }) {
  const { topics, range } = props.report;
  return (
    <Section title="Topics" note={`change against ${range.previousLabel}`} empty={topics.length ? null : "No topics were found in this range's posts."} testId="section-topics">
      <CountTable rows={topics} groupLabel="Site" showNegative previousLabel={range.previousLabel} testId="topics-table" />
    </Section>
  );
}

/** Top contact reasons from the contact history against the previous range. */
export function ReasonsTable(props: { report: WeeklyReport }) {
  const { reasons, range } = props.report;
  return (
    <Section title="Contact reasons" note={`change against ${range.previousLabel}`} empty={reasons.length ? null : 'No contacts with a reason in this range.'} testId="section-reasons">
      <CountTable rows={reasons} groupLabel="Channel" showNegative={false} previousLabel={range.previousLabel} testId="reasons-table" />
    </Section>
  );
}
