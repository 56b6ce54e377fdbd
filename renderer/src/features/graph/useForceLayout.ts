import { useCallback, useEffect, useRef, useState } from 'react';
import type { LayoutCommand, LayoutFrame, LayoutGraph } from './layoutProtocol';

/** The layout of the shown graph, computed in a Web Worker. */
export interface ForceLayout {
  /** The latest positions (read on every draw; not React state, so frames never re-render the view). */
  frame: { current: LayoutFrame | null };
  running: boolean;
  send(cmd: LayoutCommand): void;
  /** Calls `fn` on every new frame; returns the unsubscribe function. */
  onFrame(fn: () => void): () => void;
}

/**
 * Runs d3-force for `graph` in layout.worker.ts (one worker per graph, ended when the graph
 * changes or the view unmounts). Positions arrive as transferred Float32Arrays.
 */
export function useForceLayout(graph: LayoutGraph | null): ForceLayout {
  const worker = useRef<Worker | null>(null);
  const frame = useRef<LayoutFrame | null>(null);
  const listeners = useRef(new Set<() => void>());
  const [running, setRunning] = useState(false);

  useEffect(() => {
    frame.current = null;
    if (!graph) return;
    const w = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (e: MessageEvent<LayoutFrame>) => {
      frame.current = e.data;
      setRunning(e.data.running);
      for (const fn of listeners.current) fn();
    };
    const links = graph.links.slice();
    w.postMessage({ type: 'start', graph: { ...graph, links } } satisfies LayoutCommand, [links.buffer]);
    return () => {
      w.terminate();
      worker.current = null;
      setRunning(false);
    };
  }, [graph]);

  const send = useCallback((cmd: LayoutCommand) => worker.current?.postMessage(cmd), []);
  const onFrame = useCallback((fn: () => void) => {
    listeners.current.add(fn);
    return () => void listeners.current.delete(fn);
  }, []);
  return { frame, running, send, onFrame };
}
