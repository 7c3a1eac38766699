/**
 * Charts rendered on the server with Apache ECharts (SVG, no browser) and rasterised to PNG with resvg
 * for embedding in DOCX. Labels print the exact figures from the spec (2 decimals, as in the text);
 * the numbers given to ECharts only place the bars and slices.
 */
import fs from 'node:fs';
import * as echarts from 'echarts';
import { Resvg } from '@resvg/resvg-js';
import { fixed, sharePercent, sum } from '../../domain/money/index.ts';
import type { ChartSpec } from './chart-spec.ts';

const FONT_FILES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
].filter((f) => fs.existsSync(f));
const FONT_FAMILY = 'Noto Sans CJK SC';
const PALETTE = ['#1f5fa6', '#e8a33d', '#3a9e6b', '#c0504d', '#7e62b3', '#4bacc6', '#8c8c8c', '#d4a5a5'];

export type RenderedChart = { svg: string; png: Buffer; width: number; height: number };

function option(spec: ChartSpec): echarts.EChartsCoreOption {
  const base = {
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: FONT_FAMILY },
    title: {
      text: spec.title,
      left: 'center',
      top: 8,
      textStyle: { fontSize: 16, fontWeight: 'bold', fontFamily: FONT_FAMILY },
    },
  };
  if (spec.kind === 'bar') {
    return {
      ...base,
      legend: { bottom: 8, textStyle: { fontSize: 12 } },
      grid: { left: 70, right: 30, top: 60, bottom: 60 },
      xAxis: { type: 'category', data: spec.categories, axisLabel: { fontSize: 12, interval: 0 } },
      yAxis: {
        type: 'value',
        name: `单位：${spec.unit}`,
        nameTextStyle: { fontSize: 12 },
        axisLabel: { fontSize: 11 },
      },
      series: spec.series.map((s) => ({
        name: s.name,
        type: 'bar',
        barMaxWidth: 48,
        data: s.values.map((v) => ({
          value: Number(v),
          label: { show: true, position: 'top', fontSize: 11, formatter: fixed(v, 2) },
        })),
      })),
    };
  }
  const total = sum(spec.slices.map((s) => s.value));
  return {
    ...base,
    legend: { bottom: 8, type: 'plain', textStyle: { fontSize: 12 } },
    series: [
      {
        type: 'pie',
        radius: ['0%', '58%'],
        center: ['50%', '52%'],
        label: { fontSize: 12, formatter: '{b}\n{c}' },
        data: spec.slices
          .filter((s) => Number(s.value) !== 0 || total.isZero())
          .map((s) => {
            // The text's own percentage when given, so that the chart and its sentence cannot differ.
            const share =
              s.percent !== undefined
                ? s.percent
                : sharePercent(s.value, total) && fixed(sharePercent(s.value, total)!, 2);
            const shareText = share ? `（${share}%）` : '';
            return {
              name: s.name,
              value: Number(s.value),
              label: { formatter: `${s.name}\n${fixed(s.value, 2)}${spec.unit}${shareText}` },
            };
          }),
      },
    ],
  };
}

export function renderChartSvg(spec: ChartSpec, width = 720, height = 420): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option(spec));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export function renderChart(spec: ChartSpec, width = 720, height = 420, scale = 2): RenderedChart {
  const svg = renderChartSvg(spec, width, height);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { fontFiles: FONT_FILES, loadSystemFonts: FONT_FILES.length === 0, defaultFontFamily: FONT_FAMILY },
  });
  const png = resvg.render().asPng();
  return { svg, png: Buffer.from(png), width, height };
}
