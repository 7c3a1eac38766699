// 审计日志 (审计管理员): newest first, 50 at a time (useAuditLog), filtered by who / what / when /
// organisation, exported to Excel with the same filters; each entry's before/after on expansion.
import { useMemo, useState } from 'react';
import { Button, Card, DatePicker, Form, Input, Select, Space, TreeSelect, Typography } from 'antd';
import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useOrgs } from '../../shared/orgs/OrgContext';
import { downloadUrl } from '../accounts/DocumentButtons';
import { orgSelectOptions } from '../orgs/tree';
import { auditApi, type AuditFilters } from './api';
import { AuditTable } from './AuditTable';
import { auditKeys, useAuditActions, useAuditLog } from './queries';
import { auditTexts } from './texts';

type FilterForm = { who?: string; action?: string; orgId?: string; dates?: [Dayjs, Dayjs] | null };

/** Areas of action codes: a prefix filter (e.g. every 审核 step) beside the single actions. */
const AREAS: Array<{ value: string; label: string }> = [
  { value: 'auth.', label: '登录（全部）' },
  { value: 'user.', label: '用户管理（全部）' },
  { value: 'workflow.', label: '审核流程（全部）' },
  { value: 'accounts.', label: '决算（全部）' },
  { value: 'evaluation.', label: '绩效自评（全部）' },
  { value: 'project.', label: '项目与绩效目标（全部）' },
  { value: 'monitoring.', label: '绩效监控（全部）' },
  { value: 'rectification.', label: '整改（全部）' },
];

function toFilters(v: FilterForm): AuditFilters {
  return {
    who: v.who?.trim() || undefined,
    action: v.action || undefined,
    orgId: v.orgId || undefined,
    from: v.dates?.[0]?.format('YYYY-MM-DD'),
    to: v.dates?.[1]?.format('YYYY-MM-DD'),
  };
}

export function AuditPage() {
  const qc = useQueryClient();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [form] = Form.useForm<FilterForm>();
  const query = useAuditLog(filters);
  const actions = useAuditActions();
  const { tree } = useOrgs();
  const orgOptions = useMemo(() => orgSelectOptions(tree), [tree]);
  const actionOptions = useMemo(
    () => [...AREAS, ...(actions.data ?? []).map((a) => ({ value: a.code, label: a.label }))],
    [actions.data],
  );
  const items = query.data?.pages.flat() ?? [];

  return (
    <Card
      title={auditTexts.title}
      extra={
        <Space>
          <Button icon={<DownloadOutlined />} onClick={() => downloadUrl(auditApi.exportUrl(filters))}>
            {auditTexts.export}
          </Button>
          {/* 刷新 starts again from the newest 50. */}
          <Button
            icon={<ReloadOutlined />}
            onClick={() => void qc.resetQueries({ queryKey: auditKeys.pages(filters) })}
          >
            {auditTexts.refresh}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{auditTexts.description}</Typography.Paragraph>
      <Form<FilterForm>
        form={form}
        layout="inline"
        style={{ marginBottom: 16, rowGap: 8 }}
        onFinish={(v) => setFilters(toFilters(v))}
      >
        <Form.Item name="who">
          <Input allowClear placeholder={auditTexts.filterWho} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="action">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={auditTexts.filterAction}
            options={actionOptions}
            style={{ width: 220 }}
          />
        </Form.Item>
        <Form.Item name="orgId">
          <TreeSelect
            allowClear
            treeData={orgOptions}
            treeDefaultExpandAll
            placeholder={auditTexts.filterOrg}
            style={{ width: 240 }}
          />
        </Form.Item>
        <Form.Item name="dates">
          <DatePicker.RangePicker placeholder={auditTexts.filterDates} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              {auditTexts.search}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                setFilters({});
              }}
            >
              {auditTexts.reset}
            </Button>
          </Space>
        </Form.Item>
      </Form>
      <AuditTable items={items} loading={query.isFetching} />
      {items.length > 0 && (
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          {query.hasNextPage ? (
            <Button onClick={() => void query.fetchNextPage()} loading={query.isFetching}>
              {auditTexts.loadMore}
            </Button>
          ) : (
            <Typography.Text type="secondary">{auditTexts.noMore}</Typography.Text>
          )}
        </div>
      )}
    </Card>
  );
}
