// The review panel of one document: its review state (WorkflowStatus), the buttons the server says this
// user may press, the dialog of each command (WorkflowDialog) and the timeline (WorkflowTimeline). Reads
// and commands go through useWorkflowView / useWorkflowCommand; a 412 shows the server's message and
// reloads. Mounted by a document page: <WorkflowPanel documentId={id} indicators={…} onChanged={reload} />.
import { useEffect, useState } from 'react';
import { Button, Card, Form, Space } from 'antd';
import { isStale } from '../../shared/api/query';
import { useNotify } from '../../shared/ui/useNotify';
import { workflowApi, type Change, type WorkflowView } from './api';
import { useWorkflowCommand, useWorkflowView } from './queries';
import { workflowTexts as T } from './texts';
import { WorkflowDialog, type Dialog } from './WorkflowDialog';
import { WorkflowStatus } from './WorkflowStatus';
import { WorkflowTimeline } from './WorkflowTimeline';

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

const adjustmentsToChanges = (list: Adjustment[] | undefined): Change[] =>
  (list ?? [])
    .filter((a) => a.indicator)
    .flatMap((a) => [
      ...(a.score ? [{ field: `scores.${a.indicator}.score`, after: a.score.trim() }] : []),
      ...(a.problems ? [{ field: `scores.${a.indicator}.problems`, after: a.problems }] : []),
      ...(a.suggestions ? [{ field: `scores.${a.indicator}.suggestions`, after: a.suggestions }] : []),
    ]);

export function WorkflowPanel({
  documentId,
  indicators = [],
  onChanged,
  refreshKey,
  onView,
}: WorkflowPanelProps) {
  const notify = useNotify();
  const view = useWorkflowView(documentId, refreshKey).data ?? null;
  const command = useWorkflowCommand(documentId, refreshKey);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form] = Form.useForm();

  useEffect(() => {
    if (view) onView?.(view);
  }, [view, onView]);

  if (!view) return <Card title={T.panelTitle} loading />;

  const step = view.current?.index ?? 0;
  const scoreAdjustable =
    !!view.current?.editable.some((p) => p.startsWith('scores.')) && indicators.length > 0;
  const panelStep = view.current?.mode === 'panel';

  const run = (send: () => Promise<WorkflowView>, label: string) =>
    command.mutate(send, {
      onSuccess: () => {
        setDialog(null);
        form.resetFields();
        notify.success(T.done_(label));
        onChanged?.();
      },
      onError: (err) => {
        if (isStale(err)) {
          notify.error(new Error(err.message));
          setDialog(null);
          onChanged?.();
        } else notify.error(err);
      },
    });

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

  const titles: Record<Exclude<Dialog, null>, string> = {
    submit: view.status === 'returned' ? T.resubmit : T.submit,
    approve: panelStep ? T.completeScoring : T.approve,
    return: T.giveBack,
    withdraw: T.withdraw,
    delegate: T.delegate,
    edit: T.edit,
    reopen: T.reopen,
  };

  const buttons: Array<{ key: Exclude<Dialog, null>; primary?: boolean; danger?: boolean }> = [];
  if (view.actions.includes('submit')) buttons.push({ key: 'submit', primary: true });
  if (view.actions.includes('approve')) buttons.push({ key: 'approve', primary: true });
  if (view.actions.includes('return')) buttons.push({ key: 'return', danger: true });
  if (view.actions.includes('edit') && scoreAdjustable) buttons.push({ key: 'edit' });
  if (view.actions.includes('delegate')) buttons.push({ key: 'delegate' });
  if (view.actions.includes('withdraw')) buttons.push({ key: 'withdraw' });
  if (view.actions.includes('reopen')) buttons.push({ key: 'reopen' });

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
              {titles[b.key]}
            </Button>
          ))}
        </Space>
      }
    >
      <WorkflowStatus view={view} />
      <WorkflowTimeline timeline={view.timeline} />
      <WorkflowDialog
        view={view}
        dialog={dialog}
        title={dialog ? titles[dialog] : ''}
        busy={command.isPending}
        scoreAdjustable={scoreAdjustable}
        indicators={indicators}
        form={form}
        onOk={() => void onOk()}
        onCancel={() => {
          setDialog(null);
          form.resetFields();
        }}
      />
    </Card>
  );
}
