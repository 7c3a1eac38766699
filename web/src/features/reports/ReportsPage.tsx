// 报告: batch documents for the units in the user's reach, run as background jobs with their progress
// and the result to download.
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Form,
  InputNumber,
  Progress,
  Radio,
  Space,
  Table,
  Tag,
  TreeSelect,
  Typography,
} from 'antd';
import { DownloadOutlined, FileZipOutlined } from '@ant-design/icons';
import { useOrgs } from '../../shared/orgs/OrgContext';
import { orgSelectOptions } from '../orgs/tree';
import { downloadUrl } from '../accounts/DocumentButtons';
import { reportsApi, type JobDto } from './api';
import { useJobs, useStartBatch } from './queries';
import { reportsTexts as T } from './texts';
import { OverviewSection } from './OverviewSection';

const STATUS_COLORS: Record<JobDto['status'], string> = {
  queued: 'default',
  running: 'processing',
  succeeded: 'success',
  failed: 'error',
};

type BatchForm = { year: number; orgIds: string[]; format: 'docx' | 'pdf' };

/** `year`: the year the overview above shows — the batch's year until the user picks another. */
function BatchCard({ year }: { year: number | undefined }) {
  const { tree } = useOrgs();
  const options = useMemo(() => orgSelectOptions(tree), [tree]);
  const start = useStartBatch();
  const [form] = Form.useForm<BatchForm>();
  const [done, setDone] = useState(false);
  // The year last taken from the overview: while the field still holds it, the user has not picked another.
  const followed = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (year === undefined) return;
    const untouched =
      followed.current === undefined
        ? !form.isFieldTouched('year')
        : form.getFieldValue('year') === followed.current;
    if (!untouched) return;
    form.setFieldsValue({ year });
    followed.current = year;
  }, [form, year]);
  return (
    <Card title={T.batchTitle}>
      <Typography.Paragraph type="secondary">{T.summary}</Typography.Paragraph>
      <Form<BatchForm>
        form={form}
        layout="inline"
        initialValues={{ year: new Date().getFullYear() - 1, orgIds: [], format: 'docx' }}
        onFinish={(values) => {
          setDone(false);
          start.mutate(values, { onSuccess: () => setDone(true) });
        }}
      >
        <Form.Item name="year" label={T.year} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: 100 }} data-testid="batch-year" />
        </Form.Item>
        <Form.Item name="orgIds" label={T.units} rules={[{ required: true, message: T.unitsRequired }]}>
          <TreeSelect
            data-testid="batch-units"
            treeData={options}
            treeCheckable
            treeDefaultExpandAll
            showCheckedStrategy={TreeSelect.SHOW_ALL}
            placeholder={T.unitsPlaceholder}
            style={{ minWidth: 420 }}
            showSearch={{ treeNodeFilterProp: 'title' }}
          />
        </Form.Item>
        <Form.Item name="format" label={T.format}>
          <Radio.Group
            options={[
              { value: 'docx', label: 'Word' },
              { value: 'pdf', label: 'PDF' },
            ]}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<FileZipOutlined />} loading={start.isPending}>
            {T.start}
          </Button>
        </Form.Item>
      </Form>
      {start.error && <Alert style={{ marginTop: 12 }} type="error" showIcon message={start.error.message} />}
      {done && !start.error && (
        <Alert style={{ marginTop: 12 }} type="success" showIcon message={T.started} />
      )}
    </Card>
  );
}

function JobsCard() {
  const jobs = useJobs();
  return (
    <Card title={T.jobsTitle}>
      <Table<JobDto>
        rowKey="id"
        size="middle"
        loading={jobs.isPending}
        dataSource={jobs.data ?? []}
        locale={{ emptyText: T.noJobs }}
        pagination={false}
        tableLayout="fixed"
        columns={[
          { title: T.job, dataIndex: 'title' },
          {
            title: T.status,
            dataIndex: 'statusLabel',
            width: 80,
            render: (label: string, j) => <Tag color={STATUS_COLORS[j.status]}>{label}</Tag>,
          },
          {
            title: T.progress,
            width: 150,
            render: (_x, j) =>
              j.total > 0 ? (
                <Progress
                  percent={Math.floor((j.done * 100) / j.total)}
                  format={() => `${j.done}/${j.total}`}
                  status={j.status === 'failed' ? 'exception' : undefined}
                />
              ) : null,
          },
          { title: T.note, dataIndex: 'message', render: (m: string | null) => m ?? '' },
          {
            title: T.createdAt,
            dataIndex: 'createdAt',
            width: 150,
            render: (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false }),
          },
          {
            title: '',
            width: 110,
            render: (_x, j) =>
              j.status === 'succeeded' ? (
                <Button
                  size="small"
                  icon={<DownloadOutlined />}
                  data-testid={`job-download-${j.id}`}
                  onClick={() => downloadUrl(reportsApi.resultUrl(j.id))}
                >
                  {T.download}
                </Button>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}

export function ReportsPage() {
  const [overviewYear, setOverviewYear] = useState<number | undefined>();
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <OverviewSection onYear={setOverviewYear} />
      <BatchCard year={overviewYear} />
      <JobsCard />
    </Space>
  );
}
