// 事前绩效评估: the pre-assessments of the organisation selected in the tree (and its units), with their
// conclusion and review status; a clerk starts one for a new project (projects come from 绩效目标).
import { useState } from 'react';
import { Alert, Button, Card, Empty, Modal, Result, Select, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useOrgs } from '../../shared/orgs/OrgContext';
import { useSession } from '../../shared/session/SessionContext';
import { useNotify } from '../../shared/ui/useNotify';
import { useProjects } from '../goals/queries';
import type { PreAssessment } from './api';
import { useCreatePreAssessment, usePreAssessments } from './queries';
import { preAssessmentTexts as T } from './texts';

export const CONCLUSION_COLORS: Record<string, string> = {
  予以支持: 'green',
  调整后支持: 'gold',
  不予支持: 'red',
};

export function PreAssessmentsPage() {
  const { currentOrg } = useOrgs();
  const { can } = useSession();
  const navigate = useNavigate();
  const notify = useNotify();
  const orgId = can('work.read') ? (currentOrg?.id ?? null) : null;
  const list = usePreAssessments(orgId);
  const projects = useProjects(orgId, can('work.edit'));
  const create = useCreatePreAssessment();
  const [open, setOpen] = useState(false);
  const [projectId, setProjectId] = useState<string | null>(null);

  if (!can('work.read'))
    return (
      <Result status="info" title={T.title} subTitle={T.noAccess} data-testid="pre-assessment-no-access" />
    );

  const taken = new Set((list.data ?? []).map((p) => p.projectId));
  const candidates = (projects.data ?? []).filter((p) => !taken.has(p.id));
  const columns: TableColumnsType<PreAssessment> = [
    {
      title: T.colProject,
      dataIndex: 'projectName',
      render: (name: string, p) => <a onClick={() => navigate(`/pre-assessment/${p.id}`)}>{name}</a>,
    },
    { title: T.colOrg, dataIndex: 'orgName', width: 220 },
    { title: T.colYear, dataIndex: 'fiscalYear', width: 70 },
    {
      title: T.colConclusion,
      dataIndex: 'conclusion',
      width: 120,
      render: (c: string | null) => (c ? <Tag color={CONCLUSION_COLORS[c]}>{c}</Tag> : T.undecided),
    },
    { title: T.colStatus, dataIndex: 'status', width: 90, render: (s: string) => T.status[s] ?? s },
    {
      title: T.colMissing,
      dataIndex: 'missing',
      width: 90,
      render: (m: string[]) => (m.length === 0 ? '—' : `${m.length} 项`),
    },
  ];

  return (
    <Card
      data-testid="pre-assessment-page"
      title={T.listTitle(currentOrg?.name ?? '')}
      extra={
        can('work.edit') ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setOpen(true)}
            data-testid="new-pre-assessment"
          >
            {T.create}
          </Button>
        ) : null
      }
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Alert type="info" showIcon title={T.intro} />
        <Table<PreAssessment>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          columns={columns}
          dataSource={list.data ?? []}
          pagination={false}
          locale={{ emptyText: <Empty description={T.empty} /> }}
        />
      </Space>
      <Modal
        open={open}
        title={T.createTitle}
        okButtonProps={{ disabled: !projectId, loading: create.isPending }}
        onCancel={() => setOpen(false)}
        onOk={() =>
          projectId &&
          create.mutate(projectId, {
            onSuccess: (pa) => {
              notify.success(T.created);
              setOpen(false);
              navigate(`/pre-assessment/${pa.id}`);
            },
            onError: (e) => notify.error(e),
          })
        }
      >
        <Select
          style={{ width: '100%' }}
          placeholder={T.pickProject}
          aria-label={T.project}
          value={projectId ?? undefined}
          onChange={setProjectId}
          notFoundContent={T.noProjects}
          options={candidates.map((p) => ({ value: p.id, label: `${p.name}（${p.fiscalYear}年度）` }))}
        />
      </Modal>
    </Card>
  );
}
