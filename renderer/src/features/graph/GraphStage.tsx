import { useRef, useState, type ReactNode } from 'react';
import type { GexfExport, NodePosition } from '../../../../shared/domain/reach';
import { formatCount } from '../../format';
import { saveBlob } from './download';
import { EgoCanvas } from './EgoCanvas';
import { GraphControls } from './GraphControls';
import type { ColourMetric, SizeMetric } from './graphStyle';
import { Legend } from './Legend';
import { NodeDetails } from './NodeDetails';
import { useForceLayout } from './useForceLayout';
import { useGraphScene } from './useGraphScene';
import type { ShownGraph, ViewNode } from './viewGraph';

/** Props of {@link GraphStage}. */
export interface GraphStageProps {
  /** data-testid of the panel (ego-panel, cascade-panel, community-panel). */
  testId: string;
  shown: ShownGraph;
  /** Title and sampling line, above the controls. */
  head: ReactNode;
  sizes: readonly SizeMetric[];
  colours: readonly ColourMetric[];
  initialSize: SizeMetric;
  initialColour: ColourMetric;
  maxNodes?: number;
  onMaxNodes?(n: number): void;
  /** What lines mean, for the legend ("Lines: follows."). */
  lines: string;
  /** File name of the PNG, without extension. */
  fileName: string;
  /** The GEXF of what is shown, given the layout's positions (by node key). */
  exportGexf(positions: NodePosition[]): Promise<GexfExport | string>;
  pageRankScale(siteId: number): number;
  onNodeClick(node: ViewNode): void;
}

/**
 * One graph on canvas, whatever the mode: size/colour controls, layout in the worker, pan, zoom,
 * drag, hover details, legend, PNG and GEXF export, and the status line.
 */
export function GraphStage(props: GraphStageProps) {
  const { shown } = props;
  const [sizeBy, setSizeBy] = useState<SizeMetric>(props.initialSize);
  const [colourBy, setColourBy] = useState<ColourMetric>(props.initialColour);
  const [fitKey, setFitKey] = useState(0);
  const [hover, setHover] = useState<{ index: number; x: number; y: number }>({ index: -1, x: 0, y: 0 });
  const [fps, setFps] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const styled = useGraphScene(shown, sizeBy, colourBy);
  const layout = useForceLayout(shown.layout);
  if (!styled) return null;

  const exportPng = (): void => canvasRef.current?.toBlob((b) => b && saveBlob(`${props.fileName}.png`, b), 'image/png');
  const exportGexf = async (): Promise<void> => {
    const xy = layout.frame.current?.xy;
    const positions: NodePosition[] = xy ? shown.nodes.map((n, i) => ({ id: n.key, x: xy[2 * i], y: xy[2 * i + 1] })) : [];
    const r = await props.exportGexf(positions);
    if (typeof r !== 'string') saveBlob(r.fileName, new Blob([r.gexf], { type: 'application/xml' }));
    setNotice(typeof r === 'string' ? r : `Saved ${r.fileName}`);
  };
  const hovered = hover.index >= 0 ? shown.nodes[hover.index] : undefined;

  return (
    <div className="ego-panel" data-testid={props.testId}>
      <div className="ego-head">
        <div className="ego-title">{props.head}</div>
        <div className="ego-actions">
          <button type="button" title="Fit the graph to the panel" onClick={() => setFitKey((k) => k + 1)}>Fit</button>
          <button type="button" data-testid="graph-layout-toggle" onClick={() => layout.send({ type: layout.running ? 'stop' : 'resume' })}>
            {layout.running ? 'Stop layout' : 'Resume layout'}
          </button>
          <button type="button" data-testid="graph-export-png" title="Save the picture as PNG" onClick={exportPng}>PNG</button>
          <button type="button" data-testid="graph-export-gexf" title="Save the shown graph for Gephi" onClick={() => void exportGexf()}>GEXF</button>
        </div>
      </div>
      <GraphControls sizes={props.sizes} colours={props.colours} sizeBy={sizeBy} colourBy={colourBy} onSizeBy={setSizeBy} onColourBy={setColourBy} maxNodes={props.maxNodes} onMaxNodes={props.onMaxNodes} />
      <div className="ego-stage">
        <EgoCanvas
          scene={styled.scene}
          layout={layout}
          canvasRef={canvasRef}
          label={props.fileName}
          fitKey={fitKey}
          onHover={(index, x, y) => setHover((h) => (h.index === index && index < 0 ? h : { index, x, y }))}
          onSelect={(i) => props.onNodeClick(shown.nodes[i])}
          onFps={setFps}
        />
        <Legend items={styled.legend} colourBy={colourBy} sizeBy={sizeBy} lines={props.lines} />
        {hovered && <NodeDetails node={hovered} x={hover.x} y={hover.y} pageRankScale={props.pageRankScale(hovered.siteId)} />}
      </div>
      <div className="ego-foot muted" data-testid="graph-status">
        {formatCount(shown.nodes.length)} nodes · layout {layout.running ? 'running' : 'settled'}
        {fps !== null && ` · ${fps} fps`}
        {notice && ` · ${notice}`}
      </div>
    </div>
  );
}
