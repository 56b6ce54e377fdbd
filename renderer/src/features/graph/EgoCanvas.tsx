import { useEffect, useRef, type RefObject } from 'react';
import { drawGraph, type GraphScene } from './drawGraph';
import type { ForceLayout } from './useForceLayout';
import { useCanvasGestures, type GestureTarget } from './useCanvasGestures';
import { fitView, type ViewTransform } from './viewTransform';

/** Props of {@link EgoCanvas}. */
export interface EgoCanvasProps {
  scene: Omit<GraphScene, 'xy' | 'hover' | 'background'>;
  layout: ForceLayout;
  canvasRef: RefObject<HTMLCanvasElement | null>;
  /** What the picture shows, for screen readers. */
  label: string;
  /** Changing it fits the graph to the canvas again (a new graph, or the Fit button). */
  fitKey: number;
  onHover(index: number, sx: number, sy: number): void;
  onSelect(index: number): void;
  /** Frames drawn per second while the layout runs, reported once a second. */
  onFps(fps: number): void;
}

const BACKGROUND = '#0f1419';
const LEGEND_WIDTH = 250;

/**
 * The graph on a canvas: draws a frame when the layout worker posts positions or the view
 * changes (at most once per animation frame), fits the view to the graph until the user pans or
 * zooms, and forwards drags to the worker.
 */
export function EgoCanvas(props: EgoCanvasProps) {
  const { canvasRef, layout } = props;
  const wrap = useRef<HTMLDivElement>(null);
  const view = useRef<ViewTransform>({ x: 0, y: 0, k: 1 });
  const autoFit = useRef(true);
  const hover = useRef(-1);
  const size = useRef({ w: 0, h: 0, dpr: 1 });
  const latest = useRef(props);
  latest.current = props;
  const schedule = useRef<() => void>(() => undefined);

  useEffect(() => {
    let pending = 0;
    let frames = 0;
    const draw = (): void => {
      pending = 0;
      const canvas = canvasRef.current;
      const xy = layout.frame.current?.xy;
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx || !xy) return;
      const { w, h, dpr } = size.current;
      // Fit left of the legend (top right) when there is room, so it does not cover nodes.
      if (autoFit.current) view.current = fitView(xy, w > 640 ? w - LEGEND_WIDTH : w, h);
      const t0 = performance.now();
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      drawGraph(ctx, { ...latest.current.scene, xy, hover: hover.current, background: BACKGROUND }, view.current, w, h, dpr);
      frames++;
      // Read by the e2e test and the graph-view benchmark: frames drawn so far and the last frame's cost.
      canvas.dataset.frames = String(Number(canvas.dataset.frames ?? 0) + 1);
      canvas.dataset.drawMs = (performance.now() - t0).toFixed(1);
      canvas.dataset.view = `${view.current.x.toFixed(1)},${view.current.y.toFixed(1)},${view.current.k.toFixed(3)}`;
    };
    schedule.current = () => {
      if (!pending) pending = requestAnimationFrame(draw);
    };
    const off = layout.onFrame(schedule.current);
    const timer = setInterval(() => {
      if (layout.frame.current?.running || frames > 0) latest.current.onFps(frames);
      frames = 0;
    }, 1000);
    schedule.current();
    return () => {
      off();
      clearInterval(timer);
      cancelAnimationFrame(pending);
    };
  }, [canvasRef, layout]);

  useEffect(() => {
    autoFit.current = true;
    schedule.current();
  }, [props.fitKey, props.scene]);

  useEffect(() => {
    const el = wrap.current;
    const canvas = canvasRef.current;
    if (!el || !canvas) return;
    const observer = new ResizeObserver(() => {
      const dpr = window.devicePixelRatio || 1;
      const w = el.clientWidth;
      const h = el.clientHeight;
      size.current = { w, h, dpr };
      canvas.width = Math.round(w * dpr);
      canvas.height = Math.round(h * dpr);
      canvas.style.width = `${w}px`;
      canvas.style.height = `${h}px`;
      schedule.current();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [canvasRef]);

  const target = useRef<GestureTarget>(null as unknown as GestureTarget);
  target.current = {
    view,
    hitData: () => (layout.frame.current ? { xy: layout.frame.current.xy, radii: latest.current.scene.radii } : null),
    onViewChange: () => {
      autoFit.current = false;
      schedule.current();
    },
    onDrag: (index, x, y) => {
      autoFit.current = false;
      layout.send({ type: 'drag', index, x, y });
    },
    onRelease: (index) => layout.send({ type: 'release', index }),
    onHover: (index, sx, sy) => {
      if (index !== hover.current) {
        hover.current = index;
        schedule.current();
      }
      latest.current.onHover(index, sx, sy);
    },
    onClick: (index) => latest.current.onSelect(index),
  };
  useCanvasGestures(canvasRef, target);

  return (
    <div className="graph-canvas-wrap" ref={wrap}>
      <canvas ref={canvasRef} data-testid="graph-canvas" aria-label={props.label} role="img" />
    </div>
  );
}

