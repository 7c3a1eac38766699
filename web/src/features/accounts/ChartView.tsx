// 图1–图7 drawn in the browser with ECharts from the domain's chart data: the labels print the same
// 万元 figures (2 decimals) as the text; the numbers handed to ECharts only place bars and slices.
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { Chart } from '../../../../src/domain/accounts/index.ts';

echarts.use([
  BarChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

const PALETTE = ['#1f5fa6', '#e8a33d', '#3a9e6b', '#c0504d', '#7e62b3', '#4bacc6', '#8c8c8c', '#d4a5a5'];

function option(chart: Chart): echarts.EChartsCoreOption {
  const base = {
    animation: false,
    color: PALETTE,
    title: { text: `${chart.id} ${chart.title}`, left: 'center', top: 6, textStyle: { fontSize: 14 } },
    tooltip: {},
  };
  if (chart.kind === 'bar')
    return {
      ...base,
      legend: { bottom: 4 },
      grid: { left: 64, right: 20, top: 56, bottom: 48 },
      xAxis: { type: 'category', data: chart.categories },
      yAxis: { type: 'value', name: `单位：${chart.unit}` },
      series: chart.series.map((s) => ({
        name: s.name,
        type: 'bar',
        barMaxWidth: 44,
        data: s.values.map((v) => ({
          value: Number(v),
          label: { show: true, position: 'top', formatter: v },
        })),
      })),
    };
  return {
    ...base,
    legend: { bottom: 4, type: 'scroll' },
    series: [
      {
        type: 'pie',
        radius: ['0%', '52%'],
        center: ['50%', '50%'],
        data: chart.slices.map((s) => ({
          name: s.name,
          value: Number(s.value),
          label: {
            formatter: `${s.name}\n${s.value}${chart.unit}${s.percent === null ? '' : `（${s.percent}%）`}`,
          },
        })),
      },
    ],
  };
}

export function ChartView({ chart }: { chart: Chart }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const instance = echarts.init(ref.current, undefined, { renderer: 'svg' });
    instance.setOption(option(chart));
    const onResize = () => instance.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      instance.dispose();
    };
  }, [chart]);
  const empty = chart.kind === 'pie' && chart.slices.length === 0;
  return (
    <div className="jx-acc-chart" data-testid="accounts-chart" data-chart={chart.id}>
      <div ref={ref} style={{ width: '100%', height: 300, display: empty ? 'none' : 'block' }} />
      {empty && (
        <div className="jx-acc-chart-empty">
          {chart.id} {chart.title}：本年无数据
        </div>
      )}
    </div>
  );
}
