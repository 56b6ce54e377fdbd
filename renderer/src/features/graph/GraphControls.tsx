import { METRIC_LABELS, type ColourMetric, type SizeMetric } from './graphStyle';

/** Node caps offered. */
export const NODE_CAPS = [100, 300, 1000, 2000, 5000, 20000] as const;

/** Props of {@link GraphControls}. */
export interface GraphControlsProps {
  sizes: readonly SizeMetric[];
  colours: readonly ColourMetric[];
  sizeBy: SizeMetric;
  colourBy: ColourMetric;
  onSizeBy(m: SizeMetric): void;
  onColourBy(m: ColourMetric): void;
  /** The node cap, when the mode has one. */
  maxNodes?: number;
  onMaxNodes?(n: number): void;
}

/** The graph toolbar: what sets node size and colour (the choices the mode offers), and the node cap. */
export function GraphControls(p: GraphControlsProps) {
  return (
    <div className="graph-controls">
      <label>
        Size
        <select value={p.sizeBy} data-testid="graph-size-by" onChange={(e) => p.onSizeBy(e.target.value as SizeMetric)}>
          {p.sizes.map((m) => (
            <option key={m} value={m}>{METRIC_LABELS[m]}</option>
          ))}
        </select>
      </label>
      <label>
        Colour
        <select value={p.colourBy} data-testid="graph-colour-by" onChange={(e) => p.onColourBy(e.target.value as ColourMetric)}>
          {p.colours.map((m) => (
            <option key={m} value={m}>{METRIC_LABELS[m]}</option>
          ))}
        </select>
      </label>
      {p.maxNodes !== undefined && p.onMaxNodes && (
        <label>
          Up to
          <select value={p.maxNodes} data-testid="graph-max-nodes" onChange={(e) => p.onMaxNodes?.(Number(e.target.value))}>
            {NODE_CAPS.map((n) => (
              <option key={n} value={n}>{n.toLocaleString('en-US')} nodes</option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
