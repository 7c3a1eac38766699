// The overview's two charts, drawn with ECharts: how many evaluations got each grade (项目 and 部门整体),
// and the budget execution rate of each row shown below (主管部门, 单位 or 项目). Labels print the exact
// rate the table shows; the numbers handed to ECharts only place the bars.
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { Card, Col, Empty, Row } from 'antd';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { Overview } from './overview-api';
import { overviewTexts as T } from './overview-texts';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

function EChart({
  option,
  height,
  testId,
}: {
  option: echarts.EChartsCoreOption;
  height: number;
  testId: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const instance = echarts.init(ref.current, undefined, { renderer: 'svg' });
    instance.setOption(option);
    const onResize = () => instance.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      instance.dispose();
    };
  }, [option]);
  return <div ref={ref} data-testid={testId} style={{ width: '100%', height }} />;
}

export type RateBar = { name: string; rate: string };

export function OverviewCharts({
  distribution,
  rates,
  gradeExtra,
}: {
  distribution: Overview['distribution'];
  rates: RateBar[];
  gradeExtra?: ReactNode;
}) {
  const anyGrade = distribution.some((d) => d.project + d.department > 0);
  const gradeOption = useMemo<echarts.EChartsCoreOption>(
    () => ({
      animation: false,
      color: ['#1f5fa6', '#e8a33d'],
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      // Room below the grade labels for the legend: they must not overlap.
      grid: { left: 40, right: 16, top: 16, bottom: 56 },
      xAxis: { type: 'category', data: distribution.map((d) => d.grade) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: T.projectSeries, key: 'project' as const },
        { name: T.departmentSeries, key: 'department' as const },
      ].map((s) => ({
        name: s.name,
        type: 'bar',
        stack: 'grades',
        barMaxWidth: 40,
        data: distribution.map((d) => d[s.key]),
      })),
    }),
    [distribution],
  );
  const shown = useMemo(() => rates.slice(0, 20), [rates]);
  const rateOption = useMemo<echarts.EChartsCoreOption>(
    () => ({
      animation: false,
      color: ['#3a9e6b'],
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 72, top: 8, bottom: 8, containLabel: true },
      // Room for the label beyond the longest bar; 100 % always on the scale.
      xAxis: {
        type: 'value',
        max: (v: { max: number }) => Math.max(100, Math.ceil(v.max / 10) * 10),
        axisLabel: { formatter: '{value}%' },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: shown.map((r) => r.name),
        axisLabel: { width: 200, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: 18,
          data: shown.map((r) => ({
            value: Number(r.rate),
            label: { show: true, position: 'right', formatter: `${r.rate}%` },
          })),
        },
      ],
    }),
    [shown],
  );
  return (
    <Row gutter={16}>
      <Col xs={24} lg={10}>
        <Card size="small" title={T.gradeChart} extra={gradeExtra}>
          {anyGrade ? (
            <EChart option={gradeOption} height={240} testId="grade-chart" />
          ) : (
            <Empty description={T.noChartData} />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card size="small" title={T.rateChart}>
          {shown.length > 0 ? (
            <EChart option={rateOption} height={Math.max(240, shown.length * 28 + 24)} testId="rate-chart" />
          ) : (
            <Empty description={T.noChartData} />
          )}
        </Card>
      </Col>
    </Row>
  );
}
