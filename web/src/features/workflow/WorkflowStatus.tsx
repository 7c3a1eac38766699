// The review state of a document: status and version, the current step, its deadline and assignees, the
// chain in force, the chain's problems, and the frozen versions with their downloads.
import { Alert, Button, Descriptions, Space, Tag, Typography } from 'antd';
import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { workflowApi, type WorkflowView } from './api';
import { formatTime, statusColor } from './format';
import { workflowTexts as T } from './texts';

const EVALUATION_DOCS = [
  { kind: 'score-table', label: T.docScoreTable },
  { kind: 'panel-sheet', label: T.docPanel },
  { kind: 'self-evaluation-report', label: T.docReport },
] as const;

/** The documents a frozen version of each document kind downloads (rendered from its snapshot). */
const FROZEN_DOCS: Record<WorkflowView['kind'], ReadonlyArray<{ kind: string; label: string }>> = {
  project_evaluation: EVALUATION_DOCS,
  department_evaluation: EVALUATION_DOCS,
  project_goals: [{ kind: 'project-sheet', label: T.docGoalsSheet }],
  final_accounts: [{ kind: 'accounts-explanation', label: T.docAccountsExplanation }],
  // The monitoring page prints a frozen report's (read-only) rows itself.
  monitoring_report: [],
  project_pre_assessment: [],
};

export function WorkflowStatus({ view }: { view: WorkflowView }) {
  const deadline = view.current?.deadline;
  return (
    <>
      <Descriptions size="small" column={3} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={T.status}>
          <Tag color={statusColor(view.status)} data-testid="wf-status">
            {view.statusLabel}
          </Tag>
          <Typography.Text type="secondary">{T.version(view.documentVersion)}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={T.currentStep}>
          <span data-testid="wf-step">
            {view.current?.name ??
              (view.status === 'returned' ? `${view.submitter?.name ?? ''}（退回修改）` : '—')}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={T.dueAt}>
          {deadline?.dueAt ? (
            <Tag color={deadline.overdue ? 'red' : 'default'}>
              {deadline.overdue ? T.overdueBy(-(deadline.daysLeft ?? 0)) : T.daysLeft(deadline.daysLeft ?? 0)}
            </Tag>
          ) : (
            '—'
          )}
        </Descriptions.Item>
        {view.current ? (
          <Descriptions.Item label={T.assignees} span={3}>
            <Space wrap>
              {view.current.assignees.map((a) => (
                <Tag key={a.userId} color={a.completed ? 'green' : 'blue'}>
                  {a.name}（{a.position}）
                  {view.current!.mode === 'panel' ? ` · ${a.completed ? T.completed : T.pending}` : ''}
                </Tag>
              ))}
            </Space>
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={T.chain} span={3}>
          {view.chain ? (
            <Typography.Text data-testid="wf-chain">
              {[view.chain.initiatorStepName ?? '提交', ...view.chain.steps.map((s) => s.name)].join(' → ')}
              {view.chainInherited ? T.chainInherited : ''}
            </Typography.Text>
          ) : (
            <Typography.Text type="warning">{T.noChain}</Typography.Text>
          )}
        </Descriptions.Item>
      </Descriptions>
      {view.chainProblems.length > 0 ? (
        <Alert type="warning" showIcon title={view.chainProblems.join('；')} style={{ marginBottom: 12 }} />
      ) : null}

      {view.frozen.length > 0 ? (
        <div style={{ marginBottom: 12 }} data-testid="wf-frozen">
          <Typography.Text strong>{T.frozenVersions}：</Typography.Text>
          {view.frozen.map((f) => (
            <Space key={f.number} wrap style={{ marginLeft: 8 }}>
              <Tag color="green">
                {T.version(f.number)} · {formatTime(f.frozenAt)}
              </Tag>
              {(FROZEN_DOCS[view.kind] ?? []).map((d) => (
                <Space.Compact key={d.kind}>
                  <Button
                    size="small"
                    icon={<FileWordOutlined />}
                    href={workflowApi.frozenUrl(view.id, f.number, d.kind, 'docx')}
                    data-testid={`wf-frozen-${f.number}-${d.kind}-docx`}
                  >
                    {d.label}
                  </Button>
                  <Button
                    size="small"
                    icon={<FilePdfOutlined />}
                    href={workflowApi.frozenUrl(view.id, f.number, d.kind, 'pdf')}
                    data-testid={`wf-frozen-${f.number}-${d.kind}-pdf`}
                  />
                </Space.Compact>
              ))}
            </Space>
          ))}
        </div>
      ) : null}
    </>
  );
}
