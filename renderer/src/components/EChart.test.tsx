// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const zrOn = vi.fn();
const chart = {
  setOption: vi.fn(),
  dispatchAction: vi.fn(),
  resize: vi.fn(),
  dispose: vi.fn(),
  on: vi.fn(),
  off: vi.fn(),
  getZr: () => ({ on: zrOn }),
  containPixel: vi.fn((_finder: string, at: number[]) => at[0] < 100),
  convertFromPixel: vi.fn((_finder: object, at: number[]) => [at[0] / 10, at[1] / 10]),
};
const init = vi.fn(() => chart);
vi.mock('echarts/core', () => ({ init, use: vi.fn() }));

let observed: (() => void) | null = null;
class FakeResizeObserver {
  constructor(cb: () => void) {
    observed = cb;
  }
  observe(): void {}
  disconnect(): void {
    observed = null;
  }
}

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
globalThis.ResizeObserver = FakeResizeObserver as unknown as typeof ResizeObserver;
const { EChart } = await import('./EChart');

describe('EChart', () => {
  beforeEach(() => vi.clearAllMocks());

  it('inits once, sets each new option, follows resizes and disposes on unmount', async () => {
    const host = document.createElement('div');
    const root = createRoot(host);
    const first = { series: [] };
    await act(async () => root.render(<EChart option={first} label="chart" testId="c" />));
    expect(init).toHaveBeenCalledTimes(1);
    expect(chart.setOption).toHaveBeenLastCalledWith(first, expect.objectContaining({ replaceMerge: ['series'] }));

    const second = { series: [{ id: 'a', type: 'bar' as const, data: [1] }] };
    await act(async () => root.render(<EChart option={second} label="chart" testId="c" />));
    await act(async () => root.render(<EChart option={second} label="chart" testId="c" />));
    expect(init).toHaveBeenCalledTimes(1);
    expect(chart.setOption).toHaveBeenCalledTimes(2);
    expect(chart.dispatchAction).toHaveBeenCalledWith({ type: 'hideTip' }); // the series changed
    chart.dispatchAction.mockClear();
    await act(async () => root.render(<EChart option={{ series: [{ id: 'a', type: 'bar' as const, data: [2] }] }} label="chart" testId="c" />));
    expect(chart.dispatchAction).not.toHaveBeenCalled(); // same series, new data: the tooltip stays
    expect(host.querySelector('[data-testid=c]')?.getAttribute('aria-label')).toBe('chart');

    observed?.();
    expect(chart.resize).toHaveBeenCalledTimes(1);
    await act(async () => root.unmount());
    expect(chart.dispose).toHaveBeenCalledTimes(1);
    expect(observed).toBeNull();
  });

  it('routes chart events to the latest handler', async () => {
    const host = document.createElement('div');
    const root = createRoot(host);
    const a = vi.fn();
    const b = vi.fn();
    await act(async () => root.render(<EChart option={{}} label="x" onEvents={{ click: a }} />));
    await act(async () => root.render(<EChart option={{}} label="x" onEvents={{ click: b }} />));
    expect(chart.on).toHaveBeenCalledTimes(1);
    const [name, listener] = chart.on.mock.calls[0] as unknown as [string, (p: unknown) => void];
    expect(name).toBe('click');
    listener({ dataIndex: 2 });
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledWith({ dataIndex: 2 }, chart);
    await act(async () => root.unmount());
  });

  it('turns a click on empty plot space into data coordinates, and ignores clicks on items or outside', async () => {
    const host = document.createElement('div');
    const root = createRoot(host);
    const onGridClick = vi.fn();
    await act(async () => root.render(<EChart option={{}} label="x" onGridClick={onGridClick} />));
    const click = zrOn.mock.calls[0][1] as (e: object) => void;
    click({ offsetX: 42, offsetY: 18 });
    click({ offsetX: 42, offsetY: 18, target: {} });
    click({ offsetX: 420, offsetY: 18 });
    expect(onGridClick.mock.calls).toEqual([[[4, 2]]]);
    await act(async () => root.unmount());
  });
});
