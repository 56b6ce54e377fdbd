import { useRef, useState } from 'react';
import type { NodePosition } from '../../../../shared/domain/reach';
import { call } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { formatCount } from '../../format';
import { saveBlob } from './download';
import { edgeStride } from './drawGraph';
import { EgoCanvas } from './EgoCanvas';
import { GraphControls } from './GraphControls';
import type { ColourMetric, SizeMetric } from './graphStyle';
import { Legend } from './Legend';
import { NodeDetails } from './NodeDetails';
import { useEgoScene, useLayoutGraph } from './useEgoScene';
import { useForceLayout } from './useForceLayout';
import { useEgo } from './useReachData';

const ordinal = (n: number): string => `${n}${n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : n % 10 === 1 && n % 100 !== 11 ? 'st' : 'th'}`;

/** The ego network of the chosen author: controls, the sampling rule, the canvas, legend and hover details. */
export function EgoPanel(props: { authorId: number | null; pageRankScale(siteId: number): number; onSelect(authorId: number): void }) {
  const [maxNodes, setMaxNodes] = useState(300);
  const [sizeBy, setSizeBy] = useState<SizeMetric>('score');
  const [colourBy, setColourBy] = useState<ColourMetric>('role');
  const [fitKey, setFitKey] = useState(0);
  const [hover, setHover] = useState<{ index: number; x: number; y: number }>({ index: -1, x: 0, y: 0 });
  const [fps, setFps] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { net, error } = useEgo(props.authorId, maxNodes);
  const graph = useLayoutGraph(net);
  const styled = useEgoScene(net, graph, sizeBy, colourBy);
  const layout = useForceLayout(graph);

  if (props.authorId === null) return <EmptyState title="Pick an author" testId="ego-empty"><p>Click a row of the leaderboard to see who follows them and whom they follow.</p></EmptyState>;
  if (error) return <div className="error-banner" role="alert">{error}</div>;
  if (!net || !styled) return <div className="muted ego-loading">Loading the ego network…</div>;
  const ego = net.nodes.find((n) => n.authorId === net.egoId);
  const slug = (ego?.handle ?? 'graph').replace(/[^\w-]+/g, '_');

  const exportPng = (): void => canvasRef.current?.toBlob((b) => b && saveBlob(`ego-${slug}.png`, b), 'image/png');
  const exportGexf = async (): Promise<void> => {
    const xy = layout.frame.current?.xy;
    const positions: NodePosition[] = xy ? net.nodes.map((n, i) => ({ id: n.authorId, x: xy[2 * i], y: xy[2 * i + 1] })) : [];
    const r = await call('reach.exportGexf', { authorId: net.egoId, maxNodes, positions });
    if (r.ok) saveBlob(r.value.fileName, new Blob([r.value.gexf], { type: 'application/xml' }));
    setNotice(r.ok ? `Saved ${r.value.fileName}` : r.error.message);
  };
  const hovered = hover.index >= 0 ? net.nodes[hover.index] : undefined;

  return (
    <div className="ego-panel" data-testid="ego-panel">
      <div className="ego-head">
        <div className="ego-title">
          <h3>
            Ego network of <span className="author">@{ego?.handle}</span> <span className="chip">{ego?.site}</span>
          </h3>
          <span className="muted" data-testid="graph-sampling">
            {net.sampling.rule}
            {net.sampling.sampled ? ' (sampled to keep the view responsive)' : ''} · {formatCount(net.edges.length)} follows among them
            {edgeStride(net.nodes.length, net.edges.length) > 1 && `, every ${ordinal(edgeStride(net.nodes.length, net.edges.length))} line drawn`}
          </span>
        </div>
        <div className="ego-actions">
          <button type="button" title="Fit the graph to the panel" onClick={() => setFitKey((k) => k + 1)}>Fit</button>
          <button type="button" data-testid="graph-layout-toggle" onClick={() => layout.send({ type: layout.running ? 'stop' : 'resume' })}>
            {layout.running ? 'Stop layout' : 'Resume layout'}
          </button>
          <button type="button" data-testid="graph-export-png" title="Save the picture as PNG" onClick={exportPng}>PNG</button>
          <button type="button" data-testid="graph-export-gexf" title="Save the shown graph for Gephi" onClick={() => void exportGexf()}>GEXF</button>
        </div>
      </div>
      <GraphControls
        sizeBy={sizeBy}
        colourBy={colourBy}
        maxNodes={maxNodes}
        onSizeBy={setSizeBy}
        onColourBy={setColourBy}
        onMaxNodes={setMaxNodes}
      />
      <div className="ego-stage">
        <EgoCanvas
          scene={styled.scene}
          layout={layout}
          canvasRef={canvasRef}
          fitKey={fitKey}
          onHover={(index, x, y) => setHover((h) => (h.index === index && index < 0 ? h : { index, x, y }))}
          onSelect={(i) => props.onSelect(net.nodes[i].authorId)}
          onFps={setFps}
        />
        <Legend items={styled.legend} colourBy={colourBy} sizeBy={sizeBy} />
        {hovered && <NodeDetails node={hovered} x={hover.x} y={hover.y} pageRankScale={props.pageRankScale(hovered.siteId)} />}
      </div>
      <div className="ego-foot muted" data-testid="graph-status">
        {formatCount(net.nodes.length)} nodes · layout {layout.running ? 'running' : 'settled'}
        {fps !== null && ` · ${fps} fps`}
        {notice && ` · ${notice}`}
      </div>
    </div>
  );
}
