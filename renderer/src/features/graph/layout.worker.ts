import { createLayoutEngine, type LayoutEngine } from './layoutEngine';
import type { LayoutCommand, LayoutFrame } from './layoutProtocol';

// The layout runs here, off the thread that draws. Each loop turn ticks for up to FRAME_MS (at
// least once) and posts the positions (transferred, not copied), so small graphs settle in a second
// or two and big ones still show progress about once a frame. `stop` halts the loop; `tick` steps by hand.
const FRAME_MS = 14;
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
  const start = performance.now();
  do {
    engine.advance(1);
    ticks++;
  } while (engine.isActive() && performance.now() - start < FRAME_MS);
  if (!engine.isActive()) running = false;
  post(engine.positions());
  if (running) timer = setTimeout(step, Math.max(0, 16 - (performance.now() - start)));
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
