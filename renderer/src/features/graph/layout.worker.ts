import { createLayoutEngine, type LayoutEngine } from './layoutEngine';
import type { LayoutCommand, LayoutFrame } from './layoutProtocol';

// The layout runs here, off the thread that draws: one step per loop turn, positions posted back
// after each (transferred, not copied). `stop` halts the loop; `tick` advances by hand.
let engine: LayoutEngine | null = null;
let running = false;
let ticks = 0;
let timer: ReturnType<typeof setTimeout> | null = null;

const post = (xy: Float32Array): void => {
  const frame: LayoutFrame = { type: 'positions', xy, alpha: engine?.alpha() ?? 0, running, ticks };
  (self as unknown as Worker).postMessage(frame, [xy.buffer]);
};

function step(): void {
  timer = null;
  if (!engine || !running) return;
  const xy = engine.tick(1);
  ticks++;
  if (!engine.isActive()) running = false;
  post(xy);
  if (running) timer = setTimeout(step, 0);
}

function run(): void {
  running = true;
  if (timer === null) timer = setTimeout(step, 0);
}

self.onmessage = (e: MessageEvent<LayoutCommand>) => {
  const cmd = e.data;
  if (cmd.type === 'start') {
    engine = createLayoutEngine(cmd.graph);
    ticks = 0;
    post(engine.positions());
    run();
  } else if (!engine) return;
  else if (cmd.type === 'tick') {
    const xy = engine.tick(cmd.n);
    ticks += cmd.n;
    post(xy);
  } else if (cmd.type === 'stop') running = false;
  else if (cmd.type === 'resume') run();
  else if (cmd.type === 'drag') {
    engine.drag(cmd.index, cmd.x, cmd.y);
    run();
  } else if (cmd.type === 'release') engine.release(cmd.index);
};
