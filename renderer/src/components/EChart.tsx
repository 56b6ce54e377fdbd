import { useEffect, useRef } from 'react';
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
  BrushComponent,
  GridComponent,
  LegendComponent,
  ToolboxComponent,
  TooltipComponent,
  type BrushComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type ToolboxComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { init, use, type ComposeOption, type ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the app draws is registered, so the bundle carries no other chart types.
use([LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent, BrushComponent, ToolboxComponent, CanvasRenderer]);

/** The option type of every chart in the app: only the registered series and components. */
export type ChartOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | BrushComponentOption
  | ToolboxComponentOption
>;

/** A chart event handler; gets the event's params and the chart (e.g. to clear a brush). */
export type ChartHandler = (params: unknown, chart: ECharts) => void;

/** Props of the one ECharts wrapper. */
export interface EChartProps {
  option: ChartOption;
  /** Event name → handler (`click`, `brushEnd`, …). */
  onEvents?: Record<string, ChartHandler>;
  className?: string;
  testId?: string;
  /** Accessible description of what the chart shows. */
  label: string;
  /**
   * A click on the plot away from any series item, in data coordinates of the first grid
   * ([x, y]; category axes give indexes): lets a whole column be clicked, not only its bars.
   */
  onGridClick?(value: [number, number]): void;
}

/**
 * The one ECharts component: initialises the chart once, calls `setOption` whenever the option
 * changes (series replaced by id, so data animates and dropped series go), resizes with its element and disposes on unmount.
 */
export function EChart(props: EChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const handlers = useRef(props.onEvents);
  handlers.current = props.onEvents;
  const gridClick = useRef(props.onGridClick);
  gridClick.current = props.onGridClick;

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const c = init(el, undefined, { renderer: 'canvas' });
    chart.current = c;
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(el);
    c.getZr().on('click', (e: { target?: unknown; offsetX: number; offsetY: number }) => {
      const at = [e.offsetX, e.offsetY];
      if (e.target || !gridClick.current || !c.containPixel('grid', at)) return;
      const v = c.convertFromPixel({ gridIndex: 0 }, at) as number[];
      gridClick.current([Math.round(v[0]), Math.round(v[1])]);
    });
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  const eventNames = Object.keys(props.onEvents ?? {}).sort().join(',');
  useEffect(() => {
    const c = chart.current;
    if (!c || !eventNames) return;
    const names = eventNames.split(',');
    for (const name of names) c.on(name, (params: unknown) => handlers.current?.[name]?.(params, c));
    return () => names.forEach((name) => c.off(name));
  }, [eventNames]);

  const seriesIds = useRef('');
  useEffect(() => {
    const c = chart.current;
    if (!c) return;
    const series = props.option.series;
    const ids = (Array.isArray(series) ? series : series ? [series] : []).map((x) => String(x.id ?? '')).join('|');
    // A tooltip left over a series that is about to go would read it after it is gone (an ECharts throw).
    if (ids !== seriesIds.current) c.dispatchAction({ type: 'hideTip' });
    seriesIds.current = ids;
    c.setOption(props.option, { replaceMerge: ['series'], lazyUpdate: true });
  }, [props.option]);

  return <div ref={host} className={props.className ?? 'echart'} data-testid={props.testId} role="img" aria-label={props.label} />;
}
