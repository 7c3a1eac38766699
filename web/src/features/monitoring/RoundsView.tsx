// 绩效运行监控: the rounds the selected organisation takes part in, every report's status and lights;
// a 主管部门 or 财政部门 opens a round here, and anyone opens a report to fill, review or return it.
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button, Card, Empty, Form, Input, InputNumber, Modal, Select, Space, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { newIdempotencyKey } from '../../shared/api/client';
import { useOrgs } from '../../shared/orgs/OrgContext';
import { useSession } from '../../shared/session/SessionContext';
import { useNotify } from '../../shared/ui/useNotify';
import { BUILT_IN_RULES } from '../../../../src/domain/monitoring/rules.ts';
import { monitoringApi, type RoundListItem } from './api';
import { LightCounts } from './LightTag';
import { ReportEditor } from './ReportEditor';
import { monitoringTexts as T } from './texts';

export function RoundsView() {
  const { currentOrg } = useOrgs();
  const { can } = useSession();
  const notify = useNotify();
  const [rounds, setRounds] = useState<RoundListItem[]>([]);
  const [loading, setLoading] = useState(false);
  const [opening, setOpening] = useState(false);
  // A report opened from the 审核 inbox (/monitoring?report=…) opens straight away, not the list of rounds.
  const [params, setParams] = useSearchParams();
  const [reportId, setReportId] = useState<string | null>(() => params.get('report'));
  const [form] = Form.useForm();

  const reload = useCallback(async () => {
    if (!currentOrg) return;
    setLoading(true);
    try {
      setRounds((await monitoringApi.rounds(currentOrg.id)).items);
    } catch (e) {
      notify.error(e);
    } finally {
      setLoading(false);
    }
  }, [currentOrg, notify]);

  useEffect(() => {
    void reload();
  }, [reload]);

  if (reportId)
    return (
      <ReportEditor
        reportId={reportId}
        onBack={() => {
          setReportId(null);
          if (params.has('report')) setParams({}, { replace: true });
          void reload();
        }}
      />
    );

  const supervisor = currentOrg !== null && currentOrg.kind !== 'unit' && can('work.edit');
  return (
    <Card
      data-testid="monitoring-rounds"
      extra={
        supervisor ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="open-round"
            onClick={() => setOpening(true)}
          >
            {T.openRound}
          </Button>
        ) : null
      }
      loading={loading}
    >
      {rounds.length === 0 ? <Empty description={T.noRounds} /> : null}
      {rounds.map((r) => (
        <Card
          key={r.id}
          type="inner"
          size="small"
          title={`${r.title}（${r.orgName}，截止${r.dueDate}）`}
          style={{ marginBottom: 12 }}
          extra={
            r.orgId === currentOrg?.id ? (
              <Space>
                <a href={monitoringApi.roundDocumentUrl(r.id, 'docx')}>{T.roundReportDocx}</a>
                <a href={monitoringApi.roundDocumentUrl(r.id, 'pdf')}>{T.roundReportPdf}</a>
              </Space>
            ) : null
          }
        >
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={r.reports}
            columns={[
              { title: T.colOrg, dataIndex: 'orgName', width: 220 },
              // Wide enough for 填报状态 and the three light counts each on one line.
              { title: T.colStatus, dataIndex: 'statusLabel', width: 100 },
              {
                title: T.colLights,
                key: 'lights',
                width: 210,
                render: (_, x) => <LightCounts counts={x.counts} />,
              },
              { title: T.colReason, dataIndex: 'returnReason' },
              {
                title: '',
                key: 'open',
                render: (_, x) => (
                  <Button
                    size="small"
                    data-testid={`open-report-${x.orgName}`}
                    onClick={() => setReportId(x.id)}
                  >
                    {T.open}
                  </Button>
                ),
              },
            ]}
          />
        </Card>
      ))}
      <Modal
        open={opening}
        title={T.openRoundTitle}
        onCancel={() => setOpening(false)}
        onOk={async () => {
          const v = await form.validateFields();
          try {
            await monitoringApi.openRound({ ...v, orgId: currentOrg!.id }, newIdempotencyKey());
            setOpening(false);
            notify.success(T.done);
            await reload();
          } catch (e) {
            notify.error(e);
          }
        }}
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            fiscalYear: new Date().getFullYear(),
            month: 7,
            dueDate: `${new Date().getFullYear()}-08-31`,
            rulesId: 'default',
          }}
        >
          <Space>
            <Form.Item name="fiscalYear" label={T.fiscalYear} rules={[{ required: true }]}>
              <InputNumber min={2000} max={2100} data-testid="round-year" />
            </Form.Item>
            <Form.Item name="month" label={T.month} rules={[{ required: true }]}>
              <InputNumber min={1} max={12} data-testid="round-month" />
            </Form.Item>
            <Form.Item
              name="dueDate"
              label={T.dueDate}
              rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/ }]}
            >
              <Input placeholder="YYYY-MM-DD" data-testid="round-due" />
            </Form.Item>
          </Space>
          <Form.Item name="title" label={T.roundTitle}>
            <Input />
          </Form.Item>
          <Form.Item name="rulesId" label={T.rules}>
            <Select options={BUILT_IN_RULES.map((r) => ({ value: r.id, label: r.name }))} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
