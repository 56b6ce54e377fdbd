import type { ReportSiteRow, WeeklyReport } from '../../../../shared/domain/report';
import { Delta } from './Delta';
import { changeOf, formatMinutes, formatNet, formatNumber, formatShare, slaMarker } from './reportFormat';
import { Section } from './Section';

/** Negative / neutral / positive counts as a small bar with the numbers beside it. */
export function SentimentMixBar(props: { mix: ReportSiteRow['sentiment'] }) {
  const { positive, neutral, negative, unscored } = props.mix;
  const total = positive + neutral + negative + unscored;
  const pct = (n: number): string => `${total ? (100 * n) / total : 0}%`;
  return (
    <span className="mix" title={`${negative} negative, ${neutral} neutral, ${positive} positive, ${unscored} not scored`}>
      <span className="mix-bar" aria-hidden="true">
        <span className="neg" style={{ width: pct(negative) }} />
        <span className="neu" style={{ width: pct(neutral) }} />
        <span className="pos" style={{ width: pct(positive) }} />
      </span>
      <span className="mix-text">{negative} / {neutral} / {positive}</span>
    </span>
  );
}

function SlaCell(props: { row: ReportSiteRow }) {
  const { medianFirstResponseMin: median, slaTargetMin: target, withinSla } = props.row;
  const marker = slaMarker(median, target);
  const mark = marker.state === 'over' ? '✗' : marker.state === 'within' ? '✓' : '';
  return (
    <td className={`sla ${marker.state}`} data-testid="site-sla">
      <span>{formatMinutes(median)}</span>
      <span className="muted"> / {target === null ? 'no target' : formatMinutes(target)}</span>
      <div className="sla-mark">
        {mark && <span aria-hidden="true">{mark} </span>}
        {marker.text}
        {withinSla !== null && <span className="muted"> · {formatShare(withinSla)} in time</span>}
      </div>
    </td>
  );
}

function SiteRow(props: { row: ReportSiteRow; previousLabel: string }) {
  const s = props.row;
  const rate = changeOf(s.responseRate, s.previousResponseRate);
  const net = changeOf(s.sentiment.net, s.previousSentiment.net);
  return (
    <tr data-testid="site-row">
      <td>
        <div className="strong">{s.site}</div>
        <div className="muted small">{s.kind} · {s.policy}</div>
      </td>
      <td className="num">
        {formatNumber(s.volume.current)}
        <div><Delta change={s.volume} kind="count" polarity="neutral" previousLabel={props.previousLabel} /></div>
      </td>
      <td><SentimentMixBar mix={s.sentiment} /></td>
      <td className="num">
        {formatNet(s.sentiment.net)}
        {net && <div><Delta change={net} kind="net" polarity="up-good" previousLabel={props.previousLabel} /></div>}
      </td>
      <td className="num">
        {formatShare(s.responseRate)}
        {rate && <div><Delta change={rate} kind="share" polarity="up-good" previousLabel={props.previousLabel} /></div>}
      </td>
      <SlaCell row={s} />
    </tr>
  );
}

/** Each site's range: volume, sentiment mix, net, response rate, and median first response against its SLA target. */
export function SitesTable(props: { report: WeeklyReport }) {
  const { sites, range } = props.report;
  // Core lists every site, with zeros where nothing happened.
  const quiet = sites.every((s) => !s.volume.current && !s.volume.previous);
  return (
    <Section title="By site" note="negative / neutral / positive" empty={quiet ? 'No site had posts in this range or the one before.' : null} testId="section-sites" className="wide">
      <table className="report-table" data-testid="sites-table">
        <thead>
          <tr>
            <th>Site</th>
            <th className="num">Posts</th>
            <th>Sentiment mix</th>
            <th className="num">Net</th>
            <th className="num">Response rate</th>
            <th>Median first response / SLA target</th>
          </tr>
        </thead>
        <tbody>
          {sites.map((s) => (
            <SiteRow key={s.siteId} row={s} previousLabel={range.previousLabel} />
          ))}
        </tbody>
      </table>
    </Section>
  );
}
