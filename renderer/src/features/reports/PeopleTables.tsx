import type { ReportPersistenceRow, WeeklyReport } from '../../../../shared/domain/report';
import { formatInZone, formatNet, formatNumber } from './reportFormat';
import { Section } from './Section';
import { useRowLimit } from './useRowLimit';

const STATUS_TEXT: Record<ReportPersistenceRow['status'], string> = { new: 'new', continuing: 'continuing', recovered: 'recovered' };

/** Persistently unhappy customers: new this range, continuing from the last, or recovered. */
export function PersistenceTable(props: { report: WeeklyReport }) {
  const { persistence, range, persistenceTotals: totals } = props.report;
  // Core lists only the first rows of each status; the totals say how many there are.
  const { shown, more } = useRowLimit(persistence);
  const counts = (['new', 'continuing', 'recovered'] as const).map((s) => `${totals?.[s] ?? persistence.filter((p) => p.status === s).length} ${s}`).join(' · ');
  return (
    <Section title="Persistently unhappy" note={counts} empty={persistence.length ? null : 'No persistently unhappy customers: none new, continuing or recovered.'} testId="section-persistence">
      <table className="report-table" data-testid="persistence-table">
        <thead>
          <tr>
            <th>Status</th>
            <th>Author</th>
            <th>Site</th>
            <th className="num">Negative posts</th>
            <th>Last post</th>
            <th>Customer</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p) => (
            <tr key={`${p.authorId}-${p.status}`} data-testid="persistence-row">
              <td><span className={`report-pill ${p.status}`}>{STATUS_TEXT[p.status]}</span></td>
              <td className="text-cell" data-testid="person-handle">{p.handle}</td>
              <td>{p.site}</td>
              <td className="num">{formatNumber(p.negativePosts)}</td>
              <td>{formatInZone(p.lastPostAt, range.timeZone, true, true)}</td>
              <td className={p.customer ? 'text-cell' : 'muted'}>{p.customer ?? 'not linked'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more}
    </Section>
  );
}

/** Top advocates and detractors of the range, by reach. */
export function ReachTable(props: { report: WeeklyReport }) {
  const { reach } = props.report;
  const { shown, more } = useRowLimit(reach);
  return (
    <Section title="Advocates and detractors by reach" empty={reach.length ? null : 'No advocates or detractors posted in this range.'} testId="section-reach">
      <table className="report-table" data-testid="reach-table">
        <thead>
          <tr>
            <th>Role</th>
            <th>Author</th>
            <th>Site</th>
            <th className="num" title="Reach score of the latest reach run (a sum of log terms: higher reaches more people)">Reach</th>
            <th className="num">Followers</th>
            <th className="num">Posts</th>
            <th className="num">Net</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p) => (
            <tr key={`${p.role}-${p.authorId}`} data-testid="reach-row">
              <td><span className={`report-pill ${p.role}`}>{p.role === 'advocate' ? '▲ advocate' : '▼ detractor'}</span></td>
              <td className="text-cell" data-testid="person-handle">{p.handle}</td>
              <td>{p.site}</td>
              <td className="num">{p.reach === null ? '–' : p.reach.toFixed(2)}</td>
              <td className="num">{p.followers === null ? '–' : formatNumber(p.followers)}</td>
              <td className="num">{formatNumber(p.posts)}</td>
              <td className="num">{formatNet(p.net)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more}
    </Section>
  );
}
