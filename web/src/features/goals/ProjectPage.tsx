// A project's 项目绩效目标完成情况表: the head (ProjectSummary) and the indicator table (GoalTable), edited
// as a local draft (useProjectDraft) of what the server sent (useProject). 保存 writes the project and its
// table under the project's version (useSaveProject); a stale page gets the server's 412 message and
// reloads. The review workflow (WorkflowPanel) locks the page while the goals are under review.
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Alert, Button, Card, Space, Spin, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, SaveOutlined } from '@ant-design/icons';
import { ApiError } from '../../shared/api/client';
import { useSession } from '../../shared/session/SessionContext';
import { useNotify } from '../../shared/ui/useNotify';
import { WorkflowPanel } from '../workflow/WorkflowPanel';
import { EvidenceButton } from '../evidence/EvidenceButton';
import { EvidenceList } from '../evidence/EvidenceList';
import { evidenceTexts } from '../evidence/texts';
import type { WorkflowView } from '../workflow/api';
import { GoalTable } from './GoalTable';
import { ProjectSummary } from './ProjectSummary';
import { useProject, useReloadProject, useSaveProject } from './queries';
import { goalsTexts as T } from './texts';
import { useProjectDraft } from './useProjectDraft';

export function ProjectPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const notify = useNotify();
  const { can } = useSession();
  const query = useProject(id);
  const project = query.data;
  const { draft, totals, badMoney, indicators, setField, setRow, setRun, addRow, removeRow } =
    useProjectDraft(project, query.dataUpdatedAt);
  const saveProject = useSaveProject();
  const reload = useReloadProject();
  // The review workflow locks the goals while under review (except a step's own fields), and once frozen.
  const [review, setReview] = useState<WorkflowView | null>(null);
  const lockedByReview = review !== null && review.editScope.mode === 'none';
  const editable = can('work.edit') && !lockedByReview;

  if (!project || !draft) return <Spin style={{ display: 'block', margin: 48 }} />;

  const save = () => {
    if (badMoney) {
      notify.error(new ApiError(400, 'VALIDATION', T.badMoney));
      return;
    }
    saveProject.mutate(
      { project, fields: draft.fields, indicators },
      { onSuccess: () => notify.success(T.saved), onError: (err) => notify.error(err) },
    );
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/goals')}>
          {T.back}
        </Button>
        {draft.dirty ? <Tag color="orange">{T.dirty}</Tag> : null}
      </Space>
      {lockedByReview ? (
        <Alert
          type="warning"
          showIcon
          title={T.lockedByReview(review.statusLabel)}
          data-testid="project-locked"
        />
      ) : !editable ? (
        <Alert type="info" showIcon title={T.readOnly} />
      ) : null}
      <Card
        title={
          <div style={{ textAlign: 'center' }}>
            <div>{T.tableTitle}</div>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {T.year(project.fiscalYear)}
            </Typography.Text>
          </div>
        }
        extra={
          editable ? (
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={saveProject.isPending}
              onClick={save}
              data-testid="project-save"
            >
              {T.save}
            </Button>
          ) : null
        }
      >
        <ProjectSummary fields={draft.fields} totals={totals} editable={editable} setField={setField} />
        <Typography.Title level={5} style={{ marginTop: 20 }}>
          {T.indicatorsTitle}
        </Typography.Title>
        <GoalTable
          rows={draft.rows}
          editable={editable}
          setRow={setRow}
          setRun={setRun}
          addRow={addRow}
          removeRow={removeRow}
          library={{ orgId: project.orgId, year: project.fiscalYear, projectId: project.id }}
          rowExtra={{
            title: evidenceTexts.title,
            width: 90,
            render: (row) => (
              <EvidenceButton
                owner="project"
                ownerId={project.id}
                indicatorId={row.id ?? null}
                title={evidenceTexts.indicatorTitle(row.level3)}
              />
            ),
          }}
        />
      </Card>
      <EvidenceList owner="project" ownerId={project.id} />
      <WorkflowPanel
        documentId={project.id}
        onChanged={() => void reload(project.id)}
        refreshKey={project.version}
        onView={setReview}
      />
    </Space>
  );
}
