import { afterAll, describe, expect, it } from 'vitest';
import example from '../../../docs/examples/monitoring-round.json' with { type: 'json' };
import { readRound } from '../../domain/monitoring/index.ts';
import { extractRendered } from '../self-check.ts';
import { closePdfRenderer } from '../pdf/render-pdf.ts';
import {
  buildProjectSheet,
  buildReport,
  renderMonitoringDocument,
  type MonitoringDocumentData,
} from './index.ts';
import { tableGrid } from '../model.ts';

function data(): MonitoringDocumentData {
  const read = readRound(example);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return { unit: '示例政务服务中心', department: '示例主管部门', round: read.round };
}

afterAll(async () => closePdfRenderer());

describe('monitoring documents', () => {
  it('builds a well-formed 项目支出绩效运行监控表 with execution by source, progress and each indicator', () => {
    const model = buildProjectSheet(data(), 0);
    const table = model.blocks[0]!;
    if (table.kind !== 'table') throw new Error('not a table');
    expect(() => tableGrid(table)).not.toThrow();
    const text = table.rows.flatMap((r) => r.cells.map((c) => c.text)).join('|');
    expect(text).toContain('财政拨款|700.00|710.00|420.50|59.23');
    expect(text).toContain('合计|770.44|780.00|455.70|58.42|100.15|绿灯');
    expect(text).toContain('大厅服务人次|≥360000人次|215000人次|370000人次|绿灯');
  });

  it('prints the red-light response on the sheet of a red project', () => {
    const table = buildProjectSheet(data(), 2).blocks[0]!;
    if (table.kind !== 'table') throw new Error('not a table');
    const last = table.rows.at(-1)!.cells.map((c) => c.text);
    expect(last).toEqual(['红灯处理意见', '继续执行：招标文件已发布，预计9月完成采购并支付，全年可执行完毕']);
  });

  it('writes the report’s totals from the projects: 预算数, 执行数, 执行率 and lights agree', () => {
    const model = buildReport(data());
    expect(model.title).toBe('示例政务服务中心2026年1—7月绩效监控情况报告');
    const text = model.blocks
      .map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : ''))
      .join('\n');
    // 780.00 + 195.01 + 9.70 + 0 + 2150.00 = 3134.71; 455.70 + 80.00 + 0.00 + 0 + 1180.30 = 1716.00
    expect(text).toContain('预算数合计3134.71万元，累计执行1716.00万元，执行率54.74%');
    expect(text).toContain('红灯1个、黄灯1个、绿灯2个，1个项目预算数为0未亮灯');
    expect(text).toContain('“办公设备采购”执行进度0.00%，亮红灯，处理意见：继续执行');
  });

  it.each(['docx', 'pdf'] as const)(
    'renders both documents as %s and the checker finds no error in them',
    async (format) => {
      for (const kind of ['project-sheet', 'report'] as const) {
        const out = await renderMonitoringDocument(kind, data(), format, { projectIndex: 0 });
        expect(out.bytes.length).toBeGreaterThan(1000);
        expect(
          out.findings.filter((f) => f.severity === 'error'),
          JSON.stringify(out.findings),
        ).toEqual([]);
        const lines = (await extractRendered(out.bytes, format)).map((l) => l.text).join('\n');
        expect(lines).toContain(kind === 'report' ? '绩效监控情况报告' : '项目支出绩效运行监控表');
      }
    },
    60_000,
  );
});
