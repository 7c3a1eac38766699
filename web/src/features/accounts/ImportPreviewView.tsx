// The import preview of an XLSX: what the file is (unit, year, totals, unit of its amounts), the problems
// that refuse it — each on its sheet and cell — the notes of the import, and the 审核公式 results of what
// would be saved, each on the cell it was read from.
import { Alert, Table, Tag, Typography } from 'antd';
import type { ImportPreview } from './settings-api';
import { showAmount } from './amount';
import { accountsTexts as T } from './texts';

const COLOR: Record<string, string> = { error: 'red', warning: 'orange', note: 'blue' };

export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const s = preview.summary;
  return (
    <div data-testid="import-preview">
      {s && (
        <Typography.Paragraph>
          {T.previewSummary(s.unitName, s.year, showAmount(s.grandTotal, '元'), preview.amountUnit ?? '元')}
        </Typography.Paragraph>
      )}
      {preview.problems.length > 0 && (
        <>
          <Alert type="error" showIcon title={T.previewRefused(preview.problems.length)} />
          <Table
            size="small"
            rowKey={(r) => `${r.sheet}!${r.cell}!${r.message}`}
            pagination={false}
            data-testid="preview-problems"
            dataSource={preview.problems}
            columns={[
              { title: '位置', width: 200, render: (_, r) => T.sheetCell(r.sheet, r.cell) },
              { title: '问题', dataIndex: 'message' },
            ]}
          />
        </>
      )}
      {preview.warnings.length > 0 && (
        <>
          <Typography.Title level={5}>{T.previewNotes}</Typography.Title>
          <ul>
            {preview.warnings.map((w) => (
              <li key={`${w.sheet}${w.cell}${w.message}`}>{w.message}</li>
            ))}
          </ul>
        </>
      )}
      {preview.violations.length > 0 ? (
        <>
          <Typography.Title level={5}>{T.previewChecks(preview.violations.length)}</Typography.Title>
          <Table
            size="small"
            rowKey={(r, i) => `${r.ruleId}${r.sheet}${r.cell}${i}`}
            pagination={false}
            data-testid="preview-violations"
            dataSource={preview.violations}
            columns={[
              {
                title: '级别',
                width: 70,
                render: (_, r) => <Tag color={COLOR[r.severity]}>{T.severity[r.severity]}</Tag>,
              },
              { title: '位置', width: 200, render: (_, r) => T.sheetCell(r.sheet, r.cell) },
              { title: '审核公式', render: (_, r) => `${r.description}：${r.arithmetic}` },
            ]}
          />
        </>
      ) : (
        preview.problems.length === 0 && <Alert type="success" showIcon title={T.previewClean} />
      )}
    </div>
  );
}
