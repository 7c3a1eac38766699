/**
 * 图1–图7 of the 决算情况说明 as PNG images: the domain's chart data (the same printed 万元 figures as the
 * text) drawn with ECharts (renderChartSvg) and rasterised with resvg. Text is set in the chart font
 * (chart-font/chart-font.otf, a 48 KB subset of Noto Sans CJK SC): resvg reads the font file again for
 * every label, so the full 19 MB collection costs ~25 ms per label; the subset makes a chart ~20 ms. A label
 * with a character outside the subset is drawn with the full Noto font as fallback (correct, slower).
 * The server draws them in a worker thread (drawAccountsCharts with its rasteriser): a chart costs ~60 ms
 * of CPU, and an explanation has up to seven.
 */
import type { Chart } from '../../domain/accounts/index.ts';
import { renderChartSvg } from '../charts/render-chart.ts';
import type { ChartSpec } from '../charts/chart-spec.ts';
import { CHART_SCALE, rasterise } from './chart-raster.ts';

/** Size of a chart on the page (mm) and in CSS pixels before the print scale. */
export const CHART_SIZE = {
  widthMm: 150,
  heightMm: 84,
  widthPx: 640,
  heightPx: 360,
  scale: CHART_SCALE,
} as const;

/** Draws a chart's SVG as PNG at the print scale; the server's runs in a worker thread. */
export type ChartRasteriser = (svg: string) => Promise<Uint8Array>;

export type ChartImage = {
  id: string;
  title: string;
  caption: string;
  png: Buffer;
  widthMm: number;
  heightMm: number;
};

/** The chart data of the domain as a renderer spec (no title inside the picture: the caption names it). */
export function chartSpec(chart: Chart): ChartSpec {
  return chart.kind === 'bar'
    ? { kind: 'bar', title: '', unit: chart.unit, categories: chart.categories, series: chart.series }
    : {
        kind: 'pie',
        title: '',
        unit: chart.unit,
        slices: chart.slices.map((s) => ({ name: s.name, value: s.value, percent: s.percent })),
      };
}

function chartImage(chart: Chart, png: Uint8Array): ChartImage {
  return {
    id: chart.id,
    title: chart.title,
    caption: `${chart.id}：${chart.title}`,
    png: Buffer.isBuffer(png) ? png : Buffer.from(png.buffer, png.byteOffset, png.byteLength),
    widthMm: CHART_SIZE.widthMm,
    heightMm: CHART_SIZE.heightMm,
  };
}

const chartSvg = (chart: Chart) => renderChartSvg(chartSpec(chart), CHART_SIZE.widthPx, CHART_SIZE.heightPx);

/** Draws every chart once, on this thread; the explanation embeds each at CHART_SIZE with a caption "图n：…". */
export function renderAccountsCharts(charts: readonly Chart[]): ChartImage[] {
  return charts.map((chart) => chartImage(chart, rasterise(chartSvg(chart))));
}

/**
 * As renderAccountsCharts, each chart's SVG drawn by `draw`, all at once: with a rasteriser that runs in
 * worker threads this thread only builds the SVGs (the request's thread stays free for other requests).
 */
export async function drawAccountsCharts(
  charts: readonly Chart[],
  draw: ChartRasteriser,
): Promise<ChartImage[]> {
  return Promise.all(charts.map(async (chart) => chartImage(chart, await draw(chartSvg(chart)))));
}
