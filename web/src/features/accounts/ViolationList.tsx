// The violations of the balance rules (审核公式), each with where it is (table / row / column), its
// arithmetic, a link to the cell, and the reason the user gives for it (required before submission).
import { Empty, Input, Space, Tag, Typography, Button, Alert } from 'antd';
import { AimOutlined } from '@ant-design/icons';
import type { Violation } from './api';
import { accountsTexts as T } from './texts';

type Props = {
  violations: Violation[];
  explanations: Record<string, string>;
  editable: boolean;
  onExplain: (key: string, text: string) => void;
  onLocate: ((v: Violation) => void) | null;
};

export function ViolationList({ violations, explanations, editable, onExplain, onLocate }: Props) {
  if (!violations.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={T.noChecks} />;
  return (
    <>
      {editable && <Alert type="warning" showIcon title={T.checksIntro} style={{ marginBottom: 12 }} />}
      <div className="jx-acc-violations">
        {violations.map((v) => {
          const explanation = explanations[v.key] ?? '';
          // 科目表 notes (a code not in the catalogue, a name of another code) need no reason.
          const catalogueNote = v.ruleId.startsWith('K-');
          return (
            <div
              className="jx-acc-violation"
              key={v.key}
              data-testid="violation"
              data-rule={v.ruleId}
              data-cell={`${v.location.table}/${v.location.row}/${v.location.column}`}
            >
              <div style={{ width: '100%' }}>
                <Space wrap>
                  <Tag color={v.severity === 'error' ? 'red' : 'orange'}>
                    {catalogueNote ? T.catalogueNote : v.kind}
                  </Tag>
                  <Typography.Text strong>
                    {v.location.tableName} · {v.location.rowLabel} · {v.location.columnLabel}
                  </Typography.Text>
                  {onLocate && (
                    <Button size="small" type="link" icon={<AimOutlined />} onClick={() => onLocate(v)}>
                      {T.goToCell}
                    </Button>
                  )}
                </Space>
                <div style={{ marginTop: 4 }}>{v.description}</div>
                <Typography.Text type="secondary" className="jx-acc-arith">
                  {v.arithmetic}
                </Typography.Text>
                {!catalogueNote && (editable || explanation) && (
                  <Input.TextArea
                    style={{ marginTop: 8 }}
                    aria-label={`${T.explanationLabel}：${v.description}`}
                    data-testid="violation-explanation"
                    placeholder={T.explanationPlaceholder}
                    value={explanation}
                    disabled={!editable}
                    status={editable && !explanation.trim() ? 'warning' : undefined}
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    onChange={(e) => onExplain(v.key, e.target.value)}
                  />
                )}
              </div>
            </div>
          );
        })}
      </div>
    </>
  );
}
