/**
 * A chart's SVG as PNG, with resvg and the chart font (see charts.ts). Its own module, without ECharts:
 * the server loads it in a worker thread that draws charts off the request's thread.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

export const CHART_FONT_FILE = fileURLToPath(new URL('./chart-font/chart-font.otf', import.meta.url));
const CHART_FONT_CHARS = new Set(
  fs.readFileSync(fileURLToPath(new URL('./chart-font/chart-font.chars.txt', import.meta.url)), 'utf8'),
);
const FULL_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const CHART_FAMILY = 'Jixiao Chart Sans';

/** Print scale of a chart: drawn at 640 × 360 CSS pixels, rasterised 2.5× for print. */
export const CHART_SCALE = 2.5;

/** Characters of an SVG's text that the chart font lacks. */
export function missingChartGlyphs(svg: string): string[] {
  const text = [...svg.matchAll(/>([^<>]+)</g)].map((m) => m[1]!).join('');
  return [...new Set([...text])].filter((ch) => !CHART_FONT_CHARS.has(ch) && !/\s/.test(ch));
}

export function rasterise(svg: string, scale: number = CHART_SCALE): Buffer {
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
