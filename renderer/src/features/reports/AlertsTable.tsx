import type { WeeklyReport } from '../../../../shared/domain/report';
import { formatInZone } from './reportFormat';
import { Section } from './Section';
import { useRowLimit } from './useRowLimit';

/** Alerts raised in the range and whether they were acknowledged. */
export function AlertsTable(props: { report: WeeklyReport }) {
  const { alerts, range } = props.report;
  const { shown, more } = useRowLimit(alerts);
  return (
    <Section title="Alerts of the week" note={`${alerts.length} raised`} empty={alerts.length ? null : 'No alerts were raised in this range.'} testId="section-alerts">
      <table className="report-table" data-testid="alerts-table">
        <thead>
          <tr>
            <th>Raised</th>
            <th>Severity</th>
            <th>Alert</th>
            <th>Site</th>
            <th>Acknowledged</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((a) => (
            <tr key={a.id} data-testid="alert-row">
              <td>{formatInZone(a.raisedAt, range.timeZone, true, true)}</td>
              <td><span className={`report-pill ${a.severity}`}>{a.severity}</span></td>
              <td className="text-cell" data-testid="alert-title">{a.title}<div className="muted small">{a.kind}</div></td>
              <td>{a.site ?? 'all sites'}</td>
              <td className={a.acknowledgedAt === null ? 'bad' : ''}>{a.acknowledgedAt === null ? 'not acknowledged' : formatInZone(a.acknowledgedAt, range.timeZone, true, true)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more}
    </Section>
  );
}
