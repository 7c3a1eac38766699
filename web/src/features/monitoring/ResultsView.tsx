// 结果应用: each evaluated project's grade and the budget recommendation it maps to; the supervisor
// confirms or overrides it (with a reason) and downloads the list for next year's budget preparation.
import { useCallback, useEffect, useState } from 'react';
import { Button, Card, Form, Input, InputNumber, Modal, Space, Table } from 'antd';
import { useOrgs } from '../../shared/orgs/OrgContext';
import { useNotify } from '../../shared/ui/useNotify';
import { grouped, isDecimalString } from '../../../../src/domain/money/index.ts';
import { monitoringApi, type ResultItem } from './api';
import { monitoringTexts as T } from './texts';

export function ResultsView() {
  const { currentOrg } = useOrgs();
  const notify = useNotify();
  const [year, setYear] = useState(2020);
  const [items, setItems] = useState<ResultItem[]>([]);
  const [editing, setEditing] = useState<ResultItem | null>(null);
  const [form] = Form.useForm();

  const reload = useCallback(async () => {
    if (!currentOrg) return;
    try {
      setItems((await monitoringApi.results(currentOrg.id, year)).items);
    } catch (e) {
      notify.error(e);
    }
  }, [currentOrg, year, notify]);
  useEffect(() => {
    void reload();
  }, [reload]);

  return (
    <Card
      data-testid="results"
      extra={
        <Space>
          {T.year}
          <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
          <Button href={currentOrg ? monitoringApi.exportUrl(currentOrg.id, year) : undefined}>
            {T.exportXlsx}
          </Button>
        </Space>
      }
    >
      <Table
        size="small"
        rowKey="evaluationId"
        dataSource={items}
        // Readable widths (no title or 待确认 wrapped a character per line); amounts and scores on the right.
        scroll={{ x: 1280 }}
        columns={[
          { title: T.project, dataIndex: 'project', width: 220, fixed: 'left' },
          { title: T.unit, dataIndex: 'orgName', width: 190 },
          { title: T.score, dataIndex: 'score', width: 80, align: 'right' },
          { title: T.grade, dataIndex: 'grade', width: 64, align: 'center' },
          {
            title: T.suggestion,
            key: 's',
            width: 100,
            render: (_, r) => r.confirmed?.recommendation ?? r.suggested?.recommendation ?? '',
          },
          {
            title: T.currentBudget,
            dataIndex: 'budget',
            width: 140,
            align: 'right',
            render: (v: string | null | undefined) => amount(v),
          },
          {
            title: T.proposedBudget,
            key: 'p',
            width: 140,
            align: 'right',
            render: (_, r) => amount(r.confirmed ? r.confirmed.proposedBudget : r.suggested?.proposedBudget),
          },
          {
            title: T.confirmed,
            key: 'c',
            width: 90,
            render: (_, r) =>
              r.confirmed ? (r.confirmed.overridden ? T.overridden : T.accepted) : T.pending,
          },
          { title: T.reason, key: 'r', width: 160, render: (_, r) => r.confirmed?.reason ?? '' },
          {
            title: '',
            key: 'a',
            width: 100,
            fixed: 'right',
            render: (_, r) => (
              <Button
                size="small"
                onClick={() => {
                  form.setFieldsValue({
                    recommendation: r.confirmed?.recommendation ?? r.suggested?.recommendation ?? '',
                    proposedBudget: r.confirmed?.proposedBudget ?? r.suggested?.proposedBudget ?? '',
                    reason: r.confirmed?.reason ?? '',
                  });
                  setEditing(r);
                }}
              >
                {T.confirmRecommendation}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={T.confirmRecommendation}
        onCancel={() => setEditing(null)}
        onOk={async () => {
          const v = await form.validateFields();
          try {
            await monitoringApi.confirmRecommendation(editing!.evaluationId, {
              version: editing!.version,
              recommendation: v.recommendation,
              proposedBudget: v.proposedBudget ? String(v.proposedBudget) : null,
              reason: v.reason ?? '',
            });
            setEditing(null);
            notify.success(T.done);
            await reload();
          } catch (e) {
            notify.error(e);
          }
        }}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="recommendation" label={T.suggestion} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="proposedBudget" label={T.proposedBudget}>
            <Input />
          </Form.Item>
          <Form.Item name="reason" label={T.reason}>
            <Input.TextArea />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

/** An amount in 万元 with thousands separators, — when there is none (部门整体); other text as it is. */
function amount(v: string | null | undefined): string {
  if (v === null || v === undefined || v === '') return '—';
  return isDecimalString(v) ? grouped(v, 2) : v;
}
