// 评价人员评分汇总: each evaluator's submitted score and base score, the average and the grade, and where
// the figures disagree with those written down.
import { Alert, Card, Space, Statistic, Table, Tag, Typography } from 'antd';
import { fixed } from '../../../../src/domain/money/index.ts';
import type { Panel } from './api';
import { gradeColor } from './grade';
import { evaluationsTexts as T } from './texts';

export function PanelCard({ panel, places }: { panel: Panel | null; places: number }) {
  return (
    <Card title={T.panelTitle} data-testid="panel">
      {panel ? (
        <>
          <Table
            rowKey="sheetId"
            size="small"
            bordered
            pagination={false}
            dataSource={panel.evaluators}
            columns={[
              { title: T.name, dataIndex: 'name' },
              { title: T.position, dataIndex: 'title' },
              { title: T.unit, dataIndex: 'unit' },
              {
                title: T.sheetScore,
                dataIndex: 'total',
                align: 'right',
                render: (v: string) => fixed(v, places),
              },
              { title: T.base, dataIndex: 'base', align: 'right', render: (v: string) => fixed(v, places) },
            ]}
          />
          <Space size={48} style={{ marginTop: 16 }}>
            <Statistic
              title={T.average}
              value={fixed(panel.base, places)}
              styles={{ content: { color: '#1f5fa8' } }}
              data-testid="panel-average"
            />
            <Statistic
              title={T.grade}
              value={panel.grade}
              valueRender={() => (
                <Tag
                  color={gradeColor(panel.grade)}
                  style={{ fontSize: 20, padding: '4px 12px' }}
                  data-testid="panel-grade"
                >
                  {panel.grade}
                </Tag>
              )}
            />
          </Space>
          {panel.disagreements.map((d) => (
            <Alert key={d.message} type="warning" showIcon style={{ marginTop: 12 }} title={d.message} />
          ))}
        </>
      ) : (
        <Typography.Text type="secondary">{T.noPanel}</Typography.Text>
      )}
    </Card>
  );
}
