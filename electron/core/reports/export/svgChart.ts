import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, type GridComponentOption, type LegendComponentOption } from 'echarts/components';
import { init, use, type ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, LineChart, GridComponent, LegendComponent, SVGRenderer]);

/** The chart options the HTML export uses (bars and lines on a grid, with a legend). */
export type ReportChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption>;

/**
 * Renders a chart to an SVG string with ECharts' server-side SVG renderer (no DOM, no canvas):
 * https://echarts.apache.org/handbook/en/how-to/cross-platform/server/ . ECharts escapes the text
 * of labels itself; the HTML test checks no tag of hostile names survives anyway. Every chart
 * names its clip paths and classes `zr0-…`, so they are renamed after `id` to keep the ids of
 * several charts in one page apart (a repeated id would clip one chart with another's rectangle).
 */
export function renderSvgChart(id: string, option: ReportChartOption, width: number, height: number): string {
  const chart = init(null as unknown as Parameters<typeof init>[0], null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: 'sans-serif' }, ...option });
    return chart.renderToSVGString().replace(/\bzr\d+-/g, `${id}-`);
  } finally {
    chart.dispose();
  }
}
