import { useEffect, type RefObject } from 'react';
import { nodeAt, toWorld, zoomAt, type ViewTransform } from './viewTransform';

/** What the gestures act on. All callbacks are read through refs, so they may change every render. */
export interface GestureTarget {
  view: { current: ViewTransform };
  /** Positions and radii of the shown nodes, or null before the first frame. */
  hitData(): { xy: Float32Array; radii: Float32Array } | null;
  /** The user moved or zoomed the view (auto-fit stops). */
  onViewChange(): void;
  onDrag(index: number, wx: number, wy: number): void;
  onRelease(index: number): void;
  onHover(index: number, sx: number, sy: number): void;
  /** A click (no movement) on a node. */
  onClick(index: number): void;
}

/**
 * Pan (drag the background), zoom (wheel, around the pointer), drag a node, hover and click, on a
 * canvas. Pointer capture keeps a drag going outside the canvas.
 */
export function useCanvasGestures(canvas: RefObject<HTMLCanvasElement | null>, target: { current: GestureTarget }): void {
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    let mode: { kind: 'pan'; x: number; y: number } | { kind: 'node'; index: number } | null = null;
    let moved = 0;
    const local = (e: PointerEvent | WheelEvent): [number, number] => {
      const r = el.getBoundingClientRect();
      return [e.clientX - r.left, e.clientY - r.top];
    };
    const hit = (sx: number, sy: number): number => {
      const d = target.current.hitData();
      return d ? nodeAt(d.xy, d.radii, target.current.view.current, sx, sy) : -1;
    };
    const down = (e: PointerEvent): void => {
      const [sx, sy] = local(e);
      const index = hit(sx, sy);
      mode = index >= 0 ? { kind: 'node', index } : { kind: 'pan', x: sx, y: sy };
      moved = 0;
      el.setPointerCapture(e.pointerId);
    };
    const move = (e: PointerEvent): void => {
      const [sx, sy] = local(e);
      const t = target.current;
      if (!mode) return t.onHover(hit(sx, sy), sx, sy);
      moved += Math.abs(e.movementX) + Math.abs(e.movementY);
      if (mode.kind === 'pan') {
        const v = t.view.current;
        t.view.current = { ...v, x: v.x + sx - mode.x, y: v.y + sy - mode.y };
        mode = { kind: 'pan', x: sx, y: sy };
        t.onViewChange();
      } else if (moved > 2) {
        const [wx, wy] = toWorld(t.view.current, sx, sy);
        t.onDrag(mode.index, wx, wy);
        t.onHover(mode.index, sx, sy);
      }
    };
    const up = (e: PointerEvent): void => {
      if (mode?.kind === 'node') {
        if (moved > 2) target.current.onRelease(mode.index);
        else target.current.onClick(mode.index);
      }
      mode = null;
      if (el.hasPointerCapture(e.pointerId)) el.releasePointerCapture(e.pointerId);
    };
    const wheel = (e: WheelEvent): void => {
      e.preventDefault();
      const [sx, sy] = local(e);
      const t = target.current;
      t.view.current = zoomAt(t.view.current, sx, sy, Math.exp(-e.deltaY * 0.0015));
      t.onViewChange();
    };
    const leave = (): void => target.current.onHover(-1, 0, 0);
    el.addEventListener('pointerdown', down);
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', up);
    el.addEventListener('pointercancel', up);
    el.addEventListener('pointerleave', leave);
    el.addEventListener('wheel', wheel, { passive: false });
    return () => {
      el.removeEventListener('pointerdown', down);
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', up);
      el.removeEventListener('pointercancel', up);
      el.removeEventListener('pointerleave', leave);
      el.removeEventListener('wheel', wheel);
    };
  }, [canvas, target]);
}
