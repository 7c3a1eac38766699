/**
 * 图1–图7 of the 决算情况说明 as PNG images: the domain's chart data (the same printed 万元 figures as the
 * text) drawn with ECharts (renderChartSvg) and rasterised with resvg. Text is set in the chart font
 * (chart-font/chart-font.otf, a 48 KB subset of Noto Sans CJK SC): resvg reads the font file again for
 * every label, so the full 19 MB collection costs ~25 ms per label; the subset makes a chart ~20 ms. A label
 * with a character outside the subset is drawn with the full Noto font as fallback (correct, slower).
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import type { Chart } from '../../domain/accounts/index.ts';
import { renderChartSvg } from '../charts/render-chart.ts';
import type { ChartSpec } from '../charts/chart-spec.ts';

export const CHART_FONT_FILE = fileURLToPath(new URL('./chart-font/chart-font.otf', import.meta.url));
const CHART_FONT_CHARS = new Set(
  fs.readFileSync(fileURLToPath(new URL('./chart-font/chart-font.chars.txt', import.meta.url)), 'utf8'),
);
const FULL_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const CHART_FAMILY = 'Jixiao Chart Sans';

/** Size of a chart on the page (mm) and in CSS pixels before the 2× print scale. */
export const CHART_SIZE = { widthMm: 150, heightMm: 84, widthPx: 640, heightPx: 360, scale: 2.5 } as const;

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

/** Characters of an SVG's text that the chart font lacks. */
export function missingChartGlyphs(svg: string): string[] {
  const text = [...svg.matchAll(/>([^<>]+)</g)].map((m) => m[1]!).join('');
  return [...new Set([...text])].filter((ch) => !CHART_FONT_CHARS.has(ch) && !/\s/.test(ch));
}

export function rasterise(svg: string, scale: number = CHART_SIZE.scale): Buffer {
  const ours = svg.replace(/Noto Sans CJK SC/g, CHART_FAMILY);
  const fallback = missingChartGlyphs(ours).length > 0 && fs.existsSync(FULL_FONT);
  const resvg = new Resvg(ours, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: {
      loadSystemFonts: false,
      fontFiles: fallback ? [CHART_FONT_FILE, FULL_FONT] : [CHART_FONT_FILE],
      defaultFontFamily: CHART_FAMILY,
      sansSerifFamily: CHART_FAMILY,
    },
  });
  return Buffer.from(resvg.render().asPng());
}

/** Draws every chart once; the explanation embeds each at CHART_SIZE with a caption "图n：…". */
export function renderAccountsCharts(charts: readonly Chart[]): ChartImage[] {
  return charts.map((chart) => {
    const svg = renderChartSvg(chartSpec(chart), CHART_SIZE.widthPx, CHART_SIZE.heightPx);
    return {
      id: chart.id,
      title: chart.title,
      caption: `${chart.id}：${chart.title}`,
      png: rasterise(svg),
      widthMm: CHART_SIZE.widthMm,
      heightMm: CHART_SIZE.heightMm,
    };
  });
}
