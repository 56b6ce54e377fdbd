import { METRIC_LABELS, RADIUS, type ColourMetric, type LegendItem, type SizeMetric } from './graphStyle';

/** What node colour, size and lines mean in the current graph. */
export function Legend(props: { items: LegendItem[]; colourBy: ColourMetric; sizeBy: SizeMetric; lines: string }) {
  return (
    <div className="graph-legend" data-testid="graph-legend">
      <div className="legend-title">Colour: {METRIC_LABELS[props.colourBy]}</div>
      <ul>
        {props.items.map((it) => (
          <li key={it.label}>
            <span className="dot" style={{ background: it.colour }} aria-hidden="true" />
            {it.label}
          </li>
        ))}
      </ul>
      <div className="legend-title">Size: {METRIC_LABELS[props.sizeBy]}</div>
      <div className="legend-sizes" aria-hidden="true">
        <span className="dot hollow" style={{ width: RADIUS.min * 2, height: RADIUS.min * 2 }} /> low
        <span className="dot hollow" style={{ width: RADIUS.max * 2, height: RADIUS.max * 2 }} /> high
      </div>
      <div className="muted legend-note">{props.lines} Drag nodes, drag the background to pan, wheel to zoom, click a node for details.</div>
    </div>
  );
}
