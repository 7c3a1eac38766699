// The review panel of one document: status and current step (assignees, deadline), the buttons the
// server says this user may press, dialogs for opinions / reasons / delegation / score adjustments,
// the timeline (who, position, when, opinion, data changed) and the frozen versions' downloads.
// Mounted by a document page: <WorkflowPanel documentId={id} indicators={…} onChanged={reload} />.
import { useCallback, useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { FilePdfOutlined, FileWordOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { ApiError } from '../../shared/api/client';
import { useNotify } from '../../shared/ui/useNotify';
import { workflowApi, type Change, type WorkflowView } from './api';
import { workflowTexts as T } from './texts';
import { formatTime, statusColor } from './format';
import { INBOX_CHANGED } from './InboxBadge';

type Dialog = null | 'submit' | 'approve' | 'return' | 'withdraw' | 'delegate' | 'edit' | 'reopen';
type Adjustment = { indicator?: string; score?: string; problems?: string; suggestions?: string };

export type WorkflowPanelProps = {
  documentId: string;
  /** Indicators a reviewer may adjust (002: scores.<id>.score / problems / suggestions). */
  indicators?: Array<{ id: string; name: string }>;
  /** Called after a command changed the document (reload its data). */
  onChanged?: () => void;
  /** Changes when the page saved the document itself (its saves under review move the workflow's version). */
  refreshKey?: string | number;
  /** Told every view the panel shows (a page locks its own editing by `editScope`, hides its own submit…). */
  onView?: (view: WorkflowView) => void;
};

const shown = (v: unknown): string =>
  v === null || v === undefined || v === ''
    ? '（空）'
    : v === true
      ? '是'
      : v === false
        ? '否'
        : typeof v === 'string'
          ? v
          : JSON.stringify(v);

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
};

export function WorkflowPanel({
  documentId,
  indicators = [],
  onChanged,
  refreshKey,
  onView,
}: WorkflowPanelProps) {
  const notify = useNotify();
  const [view, setView] = useState<WorkflowView | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState(false);
  const [tick, setTick] = useState(0);
  const [form] = Form.useForm();

  useEffect(() => {
    const controller = new AbortController();
    workflowApi
      .view(documentId, controller.signal)
      .then(setView)
      .catch((err: unknown) => {
        if (!controller.signal.aborted) notify.error(err);
      });
    return () => controller.abort();
  }, [documentId, tick, refreshKey, notify]);

  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    if (view) onView?.(view);
  }, [view, onView]);

  if (!view) return <Card title={T.panelTitle} loading />;

  const step = view.current?.index ?? 0;
  const scoreAdjustable =
    view.current?.editable.some((p) => p.startsWith('scores.')) && indicators.length > 0;
  const panelStep = view.current?.mode === 'panel';

  const run = async (call: () => Promise<WorkflowView>, label: string) => {
    setBusy(true);
    try {
      const next = await call();
      setView(next);
      setDialog(null);
      form.resetFields();
      notify.success(T.done_(label));
      window.dispatchEvent(new Event(INBOX_CHANGED));
      onChanged?.();
    } catch (err) {
      if (err instanceof ApiError && err.status === 412) {
        notify.error(new Error(`${err.message}`));
        setDialog(null);
        reload();
        onChanged?.();
      } else notify.error(err);
    } finally {
      setBusy(false);
    }
  };

  const adjustmentsToChanges = (list: Adjustment[] | undefined): Change[] =>
    (list ?? [])
      .filter((a) => a.indicator)
      .flatMap((a) => [
        ...(a.score ? [{ field: `scores.${a.indicator}.score`, after: a.score.trim() }] : []),
        ...(a.problems ? [{ field: `scores.${a.indicator}.problems`, after: a.problems }] : []),
        ...(a.suggestions ? [{ field: `scores.${a.indicator}.suggestions`, after: a.suggestions }] : []),
      ]);

  const onOk = async () => {
    let values: Record<string, unknown>;
    try {
      values = (await form.validateFields()) as Record<string, unknown>;
    } catch {
      return; // the form shows what is missing
    }
    const v = view.version;
    switch (dialog) {
      case 'submit':
        return run(
          () => workflowApi.submit(view.id, v, values.note as string | undefined),
          view.status === 'returned' ? T.resubmit : T.submit,
        );
      case 'approve':
        return run(
          () =>
            workflowApi.approve(
              view.id,
              v,
              step,
              (values.opinion as string | undefined) ?? '',
              adjustmentsToChanges(values.adjustments as Adjustment[] | undefined),
            ),
          panelStep ? T.completeScoring : T.approve,
        );
      case 'return':
        return run(
          () =>
            workflowApi.giveBack(
              view.id,
              v,
              step,
              values.to as 'originator' | number,
              values.reason as string,
            ),
          T.giveBack,
        );
      case 'withdraw':
        return run(() => workflowApi.withdraw(view.id, v, values.reason as string | undefined), T.withdraw);
      case 'delegate':
        return run(
          () =>
            workflowApi.delegate(view.id, v, step, values.to as string, values.note as string | undefined),
          T.delegate,
        );
      case 'edit':
        return run(
          () =>
            workflowApi.edit(
              view.id,
              v,
              step,
              adjustmentsToChanges(values.adjustments as Adjustment[] | undefined),
            ),
          T.edit,
        );
      case 'reopen':
        return run(() => workflowApi.reopen(view.id, v, values.reason as string), T.reopen);
    }
  };

  const buttons: Array<{ key: Exclude<Dialog, null>; label: string; primary?: boolean; danger?: boolean }> =
    [];
  if (view.actions.includes('submit'))
    buttons.push({ key: 'submit', label: view.status === 'returned' ? T.resubmit : T.submit, primary: true });
  if (view.actions.includes('approve'))
    buttons.push({ key: 'approve', label: panelStep ? T.completeScoring : T.approve, primary: true });
  if (view.actions.includes('return')) buttons.push({ key: 'return', label: T.giveBack, danger: true });
  if (view.actions.includes('edit') && scoreAdjustable) buttons.push({ key: 'edit', label: T.edit });
  if (view.actions.includes('delegate')) buttons.push({ key: 'delegate', label: T.delegate });
  if (view.actions.includes('withdraw')) buttons.push({ key: 'withdraw', label: T.withdraw });
  if (view.actions.includes('reopen')) buttons.push({ key: 'reopen', label: T.reopen });

  const titles: Record<Exclude<Dialog, null>, string> = {
    submit: view.status === 'returned' ? T.resubmit : T.submit,
    approve: panelStep ? T.completeScoring : T.approve,
    return: T.giveBack,
    withdraw: T.withdraw,
    delegate: T.delegate,
    edit: T.edit,
    reopen: T.reopen,
  };

  const deadline = view.current?.deadline;

  return (
    <Card
      title={T.panelTitle}
      data-testid="workflow-panel"
      extra={
        <Space wrap>
          {buttons.map((b) => (
            <Button
              key={b.key}
              type={b.primary ? 'primary' : 'default'}
              danger={b.danger}
              onClick={() => setDialog(b.key)}
              data-testid={`wf-${b.key}`}
            >
              {b.label}
            </Button>
          ))}
        </Space>
      }
    >
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

      <Typography.Title level={5}>{T.timeline}</Typography.Title>
      {view.timeline.length === 0 ? (
        <Typography.Text type="secondary">{T.noTimeline}</Typography.Text>
      ) : (
        <Timeline
          data-testid="wf-timeline"
          items={view.timeline.map((e) => ({
            key: e.seq,
            color:
              e.action === 'returned' || e.action === 'withdrawn'
                ? 'red'
                : e.action === 'frozen'
                  ? 'green'
                  : e.action === 'step_activated'
                    ? 'gray'
                    : 'blue',
            content: (
              <div data-testid="wf-timeline-entry">
                <Space size={6} wrap>
                  <Typography.Text strong>{e.label}</Typography.Text>
                  {e.stepName ? <Tag>{e.stepName}</Tag> : null}
                  <Typography.Text>{e.actorName}</Typography.Text>
                  {e.position ? <Typography.Text type="secondary">（{e.position}）</Typography.Text> : null}
                  <Typography.Text type="secondary">{formatTime(e.at)}</Typography.Text>
                  {e.to.length > 0 ? (
                    <Typography.Text type="secondary">→ {e.to.join('、')}</Typography.Text>
                  ) : null}
                </Space>
                {e.text ? <div style={{ marginTop: 2 }}>“{e.text}”</div> : null}
                {e.changes.length > 0 ? (
                  <ul style={{ margin: '4px 0 0', paddingLeft: 18, fontSize: 12, color: '#555' }}>
                    {e.changes.slice(0, 8).map((c) => (
                      <li key={c.field} title={c.field}>
                        {T.changed}「{c.label}」：{shown(c.before)} → {shown(c.after)}
                      </li>
                    ))}
                    {e.changes.length > 8 ? <li>{T.moreChanges(e.changes.length - 8)}</li> : null}
                  </ul>
                ) : null}
              </div>
            ),
          }))}
        />
      )}

      <Modal
        open={dialog !== null}
        title={dialog ? titles[dialog] : ''}
        okText={T.ok}
        cancelText={T.cancel}
        confirmLoading={busy}
        onOk={() => void onOk()}
        onCancel={() => {
          setDialog(null);
          form.resetFields();
        }}
        width={(dialog === 'approve' || dialog === 'edit') && scoreAdjustable ? 760 : 520}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false} data-testid="wf-dialog">
          {dialog === 'submit' || dialog === 'withdraw' ? (
            <Form.Item name={dialog === 'submit' ? 'note' : 'reason'} label={T.note}>
              <Input.TextArea autoSize={{ minRows: 2 }} data-testid="wf-note" />
            </Form.Item>
          ) : null}
          {dialog === 'approve' || dialog === 'edit' ? (
            <>
              {dialog === 'approve' ? (
                <Form.Item
                  name="opinion"
                  label={T.opinion}
                  rules={
                    view.current?.opinionRequired
                      ? [{ required: true, whitespace: true, message: T.opinionRequired }]
                      : []
                  }
                >
                  <Input.TextArea
                    autoSize={{ minRows: 2 }}
                    placeholder={view.current?.opinionRequired ? T.opinionRequired : T.opinionPlaceholder}
                    data-testid="wf-opinion"
                  />
                </Form.Item>
              ) : null}
              {scoreAdjustable ? (
                <Form.List name="adjustments">
                  {(fields, { add, remove }) => (
                    <>
                      <Typography.Text type="secondary">{T.adjust}</Typography.Text>
                      {fields.map((f) => (
                        <Space key={f.key} align="start" wrap style={{ display: 'flex', marginTop: 8 }}>
                          <Form.Item
                            name={[f.name, 'indicator']}
                            rules={[{ required: true, message: T.indicator }]}
                            style={{ width: 200, marginBottom: 0 }}
                          >
                            <Select
                              showSearch
                              optionFilterProp="label"
                              placeholder={T.indicator}
                              options={indicators.map((i) => ({ value: i.id, label: i.name }))}
                              data-testid="wf-adjust-indicator"
                            />
                          </Form.Item>
                          <Form.Item name={[f.name, 'score']} style={{ width: 90, marginBottom: 0 }}>
                            <Input placeholder={T.newScore} data-testid="wf-adjust-score" />
                          </Form.Item>
                          <Form.Item name={[f.name, 'problems']} style={{ width: 160, marginBottom: 0 }}>
                            <Input placeholder={T.problems} data-testid="wf-adjust-problems" />
                          </Form.Item>
                          <Form.Item name={[f.name, 'suggestions']} style={{ width: 160, marginBottom: 0 }}>
                            <Input placeholder={T.suggestions} data-testid="wf-adjust-suggestions" />
                          </Form.Item>
                          <MinusCircleOutlined onClick={() => remove(f.name)} style={{ marginTop: 8 }} />
                        </Space>
                      ))}
                      <Button
                        type="dashed"
                        icon={<PlusOutlined />}
                        onClick={() => add({})}
                        style={{ marginTop: 8 }}
                        data-testid="wf-adjust-add"
                      >
                        {T.addAdjustment}
                      </Button>
                    </>
                  )}
                </Form.List>
              ) : null}
            </>
          ) : null}
          {dialog === 'return' ? (
            <>
              <Form.Item name="to" label={T.returnTo} initialValue="originator">
                <Select
                  options={view.returnTargets.map((r) => ({ value: r.to, label: r.name }))}
                  data-testid="wf-return-to"
                />
              </Form.Item>
              <Form.Item
                name="reason"
                label={T.reason}
                rules={[{ required: true, whitespace: true, message: T.reasonRequired }]}
              >
                <Input.TextArea autoSize={{ minRows: 2 }} data-testid="wf-reason" />
              </Form.Item>
            </>
          ) : null}
          {dialog === 'delegate' ? (
            <>
              <Form.Item name="to" label={T.delegateTo} rules={[{ required: true, message: T.delegateTo }]}>
                <Select
                  options={view.delegateCandidates.map((c) => ({
                    value: c.id,
                    label: `${c.name}（${c.position}）`,
                  }))}
                  data-testid="wf-delegate-to"
                />
              </Form.Item>
              <Form.Item name="note" label={T.note}>
                <Input.TextArea autoSize={{ minRows: 2 }} />
              </Form.Item>
            </>
          ) : null}
          {dialog === 'reopen' ? (
            <Form.Item
              name="reason"
              label={T.reason}
              rules={[{ required: true, whitespace: true, message: T.reasonRequired }]}
            >
              <Input.TextArea autoSize={{ minRows: 2 }} data-testid="wf-reason" />
            </Form.Item>
          ) : null}
        </Form>
      </Modal>
    </Card>
  );
}
