import type { Change, WeeklyReport } from '../../../../shared/domain/report';
import { Delta } from './Delta';
import { formatNet, formatNumber, formatShare, type DeltaKind, type Polarity } from './reportFormat';

interface Tile {
  id: string;
  label: string;
  value: string;
  change: Change;
  kind: DeltaKind;
  polarity: Polarity;
  note: string;
}

function tilesOf(r: WeeklyReport): Tile[] {
  const t = r.totals;
  const scored = t.sentiment.positive + t.sentiment.neutral + t.sentiment.negative;
  return [
    { id: 'volume', label: 'Posts', value: formatNumber(t.volume.current), change: t.volume, kind: 'count', polarity: 'neutral', note: 'inbound customer posts' },
    {
      id: 'net',
      label: 'Net sentiment',
      value: t.sentiment.net === null ? '–' : formatNet(t.net.current),
      change: t.net,
      kind: 'net',
      polarity: 'up-good',
      note: `${formatNumber(t.sentiment.negative)} negative of ${formatNumber(scored)} scored`,
    },
    { id: 'response', label: 'Response rate', value: formatShare(t.responseRate.current), change: t.responseRate, kind: 'share', polarity: 'up-good', note: 'threads answered by the company' },
    { id: 'contacts', label: 'Contacts', value: formatNumber(t.contacts.current), change: t.contacts, kind: 'count', polarity: 'neutral', note: 'phone, e-mail, chat …' },
  ];
}

/** The headline figures of the range, each with its change against the previous range. */
export function KpiTiles(props: { report: WeeklyReport }) {
  const previous = props.report.range.previousLabel;
  return (
    <div className="kpi-tiles" data-testid="kpi-tiles">
      {tilesOf(props.report).map((t) => (
        <div key={t.id} className="kpi" data-testid={`kpi-${t.id}`}>
          <div className="kpi-label">{t.label}</div>
          <div className="kpi-value" data-testid="kpi-value">{t.value}</div>
          <Delta change={t.change} kind={t.kind} polarity={t.polarity} previousLabel={previous} testId="kpi-delta" />
          <div className="kpi-note muted">{t.note}</div>
        </div>
      ))}
    </div>
  );
}
