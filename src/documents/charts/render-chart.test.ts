import { describe, expect, it } from 'vitest';
import { renderChart, renderChartSvg } from './render-chart.ts';

// 图1 of seed 001: 收入支出决算总计, 2019 vs 2020 (万元), from its chart data.
const figure1 = {
  kind: 'bar' as const,
  title: '图1：收入支出决算总计变动情况',
  unit: '万元',
  categories: ['收入总计', '支出总计'],
  series: [
    { name: '2019年', values: ['7408.45', '7408.45'] },
    { name: '2020年', values: ['8197.23', '8197.23'] },
  ],
};

describe('charts', () => {
  it('draws a bar chart whose labels print the exact figures at 2 decimals', () => {
    const svg = renderChartSvg(figure1);
    expect(svg).toContain('<svg');
    expect(svg).toContain('8197.23');
    expect(svg).toContain('7408.45');
    expect(svg).toContain('2019年');
    expect(svg).toContain('单位：万元');
  });

  it('draws a pie chart with each slice named and valued, leaving out empty slices', () => {
    const svg = renderChartSvg({
      kind: 'pie',
      title: '图2：收入结构',
      unit: '万元',
      slices: [
        { name: '财政拨款收入', value: '8031.47' },
        { name: '其他收入', value: '165.76' },
        { name: '事业收入', value: '0' },
      ],
    });
    expect(svg).toContain('财政拨款收入');
    expect(svg).toContain('8031.47万元（97.98%）'); // 8031.47 / 8197.23 = 97.978…%
    expect(svg).not.toContain('事业收入');
  });

  it('prints the share the text printed when the spec carries it', () => {
    const svg = renderChartSvg({
      kind: 'pie',
      title: '',
      unit: '万元',
      slices: [
        { name: '基本支出', value: '190.34', percent: '81.44' },
        { name: '项目支出', value: '43.38', percent: '18.56' },
      ],
    });
    expect(svg).toContain('190.34万元（81.44%）');
    expect(svg).toContain('43.38万元（18.56%）');
  });

  it('rasterises to a PNG at twice the size for print', () => {
    const { png } = renderChart(figure1, 720, 420, 2);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1440); // IHDR width
    expect(png.readUInt32BE(20)).toBe(840);
  });
});
