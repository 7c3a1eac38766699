// One 事前绩效评估: the five aspects (必要性, 可行性, 绩效目标合理性, 投入经济性, 实施方案), the conclusion with
// its explanation, what is still missing before it can be submitted, and the review panel. Editable by
// the clerk while a draft (or returned); under review only the fields the current step allows (the 处长
// may change the conclusion); frozen: read-only.
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Alert, Button, Card, Descriptions, Form, Input, Radio, Space, Spin, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, SaveOutlined } from '@ant-design/icons';
import {
  ASPECT_NAMES,
  ASPECT_QUESTIONS,
  PRE_ASSESSMENT_ASPECTS,
  PRE_ASSESSMENT_CONCLUSIONS,
} from '../../../../src/domain/pre-assessment/index.ts';
import { fieldMatches } from '../../../../src/domain/workflow/index.ts';
import { isStale } from '../../shared/api/query';
import { useSeeded } from '../../shared/api/useSeeded';
import { useSession } from '../../shared/session/SessionContext';
import { useNotify } from '../../shared/ui/useNotify';
import type { WorkflowView } from '../workflow/api';
import { WorkflowPanel } from '../workflow/WorkflowPanel';
import type { PreAssessmentContent } from './api';
import { CONCLUSION_COLORS } from './PreAssessmentsPage';
import { usePreAssessment, useReloadPreAssessment, useSavePreAssessment } from './queries';
import { preAssessmentTexts as T } from './texts';

const contentOf = (p: PreAssessmentContent): PreAssessmentContent => ({
  necessity: p.necessity,
  feasibility: p.feasibility,
  goalReasonableness: p.goalReasonableness,
  inputEconomy: p.inputEconomy,
  implementationPlan: p.implementationPlan,
  conclusion: p.conclusion,
  conclusionNote: p.conclusionNote,
});

export function PreAssessmentPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const notify = useNotify();
  const { can, state: session } = useSession();
  const query = usePreAssessment(id);
  const pa = query.data;
  const [draft, setDraft] = useSeeded(pa, query.dataUpdatedAt, contentOf);
  const save = useSavePreAssessment();
  const reload = useReloadPreAssessment();
  const [review, setReview] = useState<WorkflowView | null>(null);

  if (!pa || !draft) return <Spin style={{ display: 'block', margin: 48 }} />;

  const userId = session.status === 'authenticated' ? session.user.id : '';
  const scope = review?.editScope ?? { mode: 'all' as const };
  const mayEdit = (field: keyof PreAssessmentContent): boolean => {
    if (scope.mode === 'all') return can('work.edit');
    if (scope.mode === 'fields') return scope.patterns.some((p) => fieldMatches(p, field, userId));
    return false;
  };
  const anyEditable = [...PRE_ASSESSMENT_ASPECTS, 'conclusion', 'conclusionNote'].some((f) =>
    mayEdit(f as keyof PreAssessmentContent),
  );
  const set = (patch: Partial<PreAssessmentContent>) => setDraft((d) => (d ? { ...d, ...patch } : d));
  const onSave = () => {
    // Only the fields this user may change now are sent (a reviewer's step allows some).
    const content = Object.fromEntries(
      Object.entries(draft).filter(([k]) => mayEdit(k as keyof PreAssessmentContent)),
    ) as Partial<PreAssessmentContent>;
    save.mutate(
      { id: pa.id, content, version: pa.version },
      {
        onSuccess: () => notify.success(T.saved),
        onError: (e) => {
          if (isStale(e)) void reload(pa.id);
          notify.error(e);
        },
      },
    );
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="pre-assessment-detail">
      <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/pre-assessment')}>
        {T.back}
      </Button>
      <Card
        title={`${pa.projectName} · ${T.title}`}
        extra={
          anyEditable ? (
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={save.isPending}
              onClick={onSave}
              data-testid="save-pre-assessment"
            >
              {T.save}
            </Button>
          ) : null
        }
      >
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions size="small" column={3} bordered>
            <Descriptions.Item label={T.colOrg}>{pa.orgName}</Descriptions.Item>
            <Descriptions.Item label={T.colYear}>{pa.fiscalYear}</Descriptions.Item>
            <Descriptions.Item label={T.colStatus}>{T.status[pa.status] ?? pa.status}</Descriptions.Item>
          </Descriptions>
          {pa.status === 'frozen' && pa.conclusion === '不予支持' ? (
            <Alert type="error" showIcon title={T.blocksGoals} />
          ) : !anyEditable && pa.status !== 'draft' ? (
            <Alert type="info" showIcon title={T.locked} />
          ) : null}
          {pa.missing.length > 0 && pa.status !== 'frozen' ? (
            <Alert
              type="warning"
              showIcon
              title={T.missingTitle}
              description={
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {pa.missing.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              }
            />
          ) : null}
          <Form layout="vertical">
            {PRE_ASSESSMENT_ASPECTS.map((a) => (
              <Form.Item
                key={a}
                label={<Typography.Text strong>{ASPECT_NAMES[a]}</Typography.Text>}
                extra={ASPECT_QUESTIONS[a]}
              >
                <Input.TextArea
                  aria-label={ASPECT_NAMES[a]}
                  autoSize={{ minRows: 2, maxRows: 8 }}
                  value={draft[a]}
                  disabled={!mayEdit(a)}
                  onChange={(e) => set({ [a]: e.target.value })}
                />
              </Form.Item>
            ))}
            <Form.Item label={<Typography.Text strong>{T.conclusion}</Typography.Text>}>
              <Space wrap>
                <Radio.Group
                  aria-label={T.conclusion}
                  value={draft.conclusion}
                  disabled={!mayEdit('conclusion')}
                  onChange={(e) => set({ conclusion: e.target.value })}
                  options={PRE_ASSESSMENT_CONCLUSIONS.map((c) => ({ value: c, label: c }))}
                />
                {pa.conclusion ? <Tag color={CONCLUSION_COLORS[pa.conclusion]}>{pa.conclusion}</Tag> : null}
              </Space>
            </Form.Item>
            <Form.Item label={T.conclusionNote} extra={T.conclusionNoteHint}>
              <Input.TextArea
                aria-label={T.conclusionNote}
                autoSize={{ minRows: 2, maxRows: 6 }}
                value={draft.conclusionNote}
                disabled={!mayEdit('conclusionNote')}
                onChange={(e) => set({ conclusionNote: e.target.value })}
              />
            </Form.Item>
          </Form>
        </Space>
      </Card>
      <WorkflowPanel
        documentId={pa.id}
        onView={setReview}
        onChanged={() => void reload(pa.id)}
        refreshKey={pa.version}
      />
    </Space>
  );
}
