import type { WeeklyReport } from '../../../../shared/domain/report';
import { Delta } from './Delta';
import { formatNet, formatNumber, formatShare } from './reportFormat';
import { Section } from './Section';

/** Social sites against phone, e-mail, chat … for the customers with a confirmed identity link. */
export function ChannelsTable(props: { report: WeeklyReport }) {
  const { channels, range } = props.report;
  return (
    <Section title="Social and traditional channels" note="linked customers only" empty={channels.length ? null : 'No linked customers were active on any channel in this range.'} testId="section-channels" className="wide">
      <table className="report-table" data-testid="channels-table">
        <thead>
          <tr>
            <th>Channel</th>
            <th>Kind</th>
            <th className="num">Volume</th>
            <th className="num">Customers</th>
            <th className="num">Net</th>
            <th className="num">Resolved</th>
            <th>Top reasons / topics</th>
          </tr>
        </thead>
        <tbody>
          {channels.map((c) => (
            <tr key={c.channel} data-testid="channel-row">
              <td className="strong">{c.channel}</td>
              <td>{c.social ? 'social' : 'traditional'}</td>
              <td className="num">
                {formatNumber(c.volume.current)}
                <div><Delta change={c.volume} kind="count" polarity="neutral" previousLabel={range.previousLabel} /></div>
              </td>
              <td className="num">{formatNumber(c.customers)}</td>
              <td className="num">{c.social ? formatNet(c.net) : <span className="muted">n/a</span>}</td>
              <td className="num">{formatShare(c.resolvedShare)}</td>
              <td className="text-cell">{c.topReasons.length ? c.topReasons.map((t) => `${t.name} (${t.count})`).join(', ') : <span className="muted">none</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

/** Share of the active linked customers seen on each site (a customer can be on several). */
export function SiteSharesTable(props: { report: WeeklyReport }) {
  const { siteShares, activeCustomers } = props.report;
  return (
    <Section title="Customers per site" note={`${formatNumber(activeCustomers)} active linked customers`} empty={siteShares.length ? null : 'No linked customers were active in this range.'} testId="section-shares">
      <table className="report-table" data-testid="shares-table">
        <thead>
          <tr>
            <th>Site</th>
            <th className="num">Customers</th>
            <th>Share</th>
          </tr>
        </thead>
        <tbody>
          {siteShares.map((s) => (
            <tr key={s.site} data-testid="share-row">
              <td>{s.site}</td>
              <td className="num">{formatNumber(s.customers)}</td>
              <td>
                <span className="share-bar" aria-hidden="true"><span style={{ width: `${Math.min(100, s.share * 100)}%` }} /></span> {formatShare(s.share)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
