// One unit's monitoring report: per project the budget and execution by funding source and each
// indicator's progress; the lights come back from the server on every save (computed, never typed).
// A red light asks for the unit's response before the report can be submitted. Under a review chain the
// buttons below are the workflow's commands, and the review's timeline is shown under the report.
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Input, Modal, Select, Space, Table, Typography } from 'antd';
import { useSession } from '../../shared/session/SessionContext';
import { useNotify } from '../../shared/ui/useNotify';
import { monitoringApi, type ReportDto, type ReportProject } from './api';
import { LightTag } from './LightTag';
import { useWorkflowView } from '../workflow/queries';
import { WorkflowTimeline } from '../workflow/WorkflowTimeline';
import { monitoringTexts as T } from './texts';

const LIKELIHOODS = ['确定能', '有可能', '完全不可能'];
const CATEGORIES = ['经费保障', '制度保障', '人员保障', '硬件条件保障', '其他'];
const RESPONSES = ['继续执行', '调整', '暂缓', '取消'];

function stored(r: ReportDto): ReportProject[] {
  return r.projects.map((p) => ({
    projectId: p.projectId,
    name: p.name,
    kind: p.kind,
    sources: p.sources,
    indicators: p.indicators,
    response: p.response,
  }));
}

export function ReportEditor({ reportId, onBack }: { reportId: string; onBack: () => void }) {
  const { can } = useSession();
  const notify = useNotify();
  const [report, setReport] = useState<ReportDto | null>(null);
  const [draft, setDraft] = useState<ReportProject[]>([]);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');

  useEffect(() => {
    monitoringApi.report(reportId).then(
      (r) => {
        setReport(r);
        setDraft(stored(r));
      },
      (e) => notify.error(e),
    );
  }, [reportId, notify]);

  if (!report) return <Card loading />;
  const editable = (report.status === 'not-started' || report.status === 'filling') && can('work.edit');
  const loaded = (r: ReportDto) => {
    setReport(r);
    setDraft(stored(r));
  };
  const run = async (call: () => Promise<ReportDto>, ok = T.done) => {
    try {
      loaded(await call());
      notify.success(ok);
    } catch (e) {
      notify.error(e);
    }
  };
  const patch = (i: number, change: (p: ReportProject) => ReportProject) =>
    setDraft((d) => d.map((p, j) => (j === i ? change(p) : p)));

  return (
    <Card
      data-testid="monitoring-report"
      title={`${report.round.title} · ${report.orgName}`}
      extra={
        <Space>
          <Typography.Text data-testid="report-status">{report.statusLabel}</Typography.Text>
          <Button href={monitoringApi.documentUrl(report.id, 'report', 'docx')}>{T.reportDocx}</Button>
          <Button href={monitoringApi.documentUrl(report.id, 'report', 'pdf')}>{T.reportPdf}</Button>
          <Button onClick={onBack}>{T.back}</Button>
        </Space>
      }
    >
      {report.returnReason && report.status === 'filling' ? (
        <Alert type="warning" showIcon title={T.returned(report.returnReason)} style={{ marginBottom: 12 }} />
      ) : null}
      {report.submissionProblems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          data-testid="submission-problems"
          title={T.cannotSubmit}
          description={report.submissionProblems.join(' ')}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {report.projects.map((computed, i) => {
        const p = draft[i];
        if (!p) return null;
        return (
          <Card
            key={`${computed.name}-${i}`}
            type="inner"
            size="small"
            style={{ marginBottom: 12 }}
            data-testid={`project-${computed.name}`}
            title={
              <Space>
                {computed.name}
                <LightTag light={computed.light} />
                <Typography.Text type="secondary">
                  {T.budget} {computed.budget} · {T.executed} {computed.executed} · {T.progress}{' '}
                  {computed.progress ?? '—'}
                </Typography.Text>
              </Space>
            }
          >
            <Typography.Paragraph type="secondary">
              {computed.message}{' '}
              <a href={monitoringApi.documentUrl(report.id, 'project-sheet', 'docx', i)}>{T.sheetDocx}</a>{' '}
              <a href={monitoringApi.documentUrl(report.id, 'project-sheet', 'pdf', i)}>{T.sheetPdf}</a>
            </Typography.Paragraph>
            <Table
              size="small"
              pagination={false}
              rowKey={(_, j) => String(j)}
              dataSource={p.sources}
              columns={[
                { title: T.source, dataIndex: 'source', width: 140 },
                ...(['initialBudget', 'adjustedBudget', 'executed'] as const).map((field) => ({
                  title:
                    field === 'initialBudget'
                      ? T.initialBudget
                      : field === 'adjustedBudget'
                        ? T.adjustedBudget
                        : T.executedCol,
                  key: field,
                  render: (_: unknown, s: ReportProject['sources'][number], j: number) => (
                    <Input
                      disabled={!editable}
                      value={s[field] ?? ''}
                      // Amounts (万元) line up on the right like every other amount column.
                      style={{ textAlign: 'right' }}
                      data-testid={`${computed.name}-${field}-${j}`}
                      onChange={(e) =>
                        patch(i, (x) => ({
                          ...x,
                          sources: x.sources.map((y, k) =>
                            k === j
                              ? field === 'adjustedBudget' && e.target.value === ''
                                ? { source: y.source, initialBudget: y.initialBudget, executed: y.executed }
                                : { ...y, [field]: e.target.value }
                              : y,
                          ),
                        }))
                      }
                    />
                  ),
                })),
              ]}
            />
            <Table
              size="small"
              style={{ marginTop: 8 }}
              pagination={false}
              rowKey={(_, j) => String(j)}
              dataSource={p.indicators}
              // Every column keeps a readable width (no name wrapped a character or two per line); the
              // table scrolls sideways with the indicator's name and its light in place.
              scroll={{ x: 1180 }}
              columns={[
                { title: T.indicator, dataIndex: 'name', width: 170, fixed: 'left' as const },
                { title: T.target, dataIndex: 'target', width: 110 },
                ...(['actual', 'forecast'] as const).map((field) => ({
                  title: field === 'actual' ? T.actual : T.forecast,
                  key: field,
                  width: 120,
                  render: (_: unknown, ind: ReportProject['indicators'][number], j: number) => (
                    <Input
                      disabled={!editable}
                      value={ind[field] ?? ''}
                      data-testid={`${computed.name}-${field}-${j}`}
                      onChange={(e) =>
                        patch(i, (x) => ({
                          ...x,
                          indicators: x.indicators.map((y, k) =>
                            k === j ? { ...y, [field]: e.target.value } : y,
                          ),
                        }))
                      }
                    />
                  ),
                })),
                {
                  title: T.likelihood,
                  key: 'likelihood',
                  width: 130,
                  render: (_: unknown, ind, j) => (
                    <Select
                      disabled={!editable}
                      allowClear
                      style={{ width: 110 }}
                      value={ind.likelihood}
                      options={LIKELIHOODS.map((v) => ({ value: v, label: v }))}
                      onChange={(v) =>
                        patch(i, (x) => ({
                          ...x,
                          indicators: x.indicators.map((y, k) => (k === j ? { ...y, likelihood: v } : y)),
                        }))
                      }
                    />
                  ),
                },
                {
                  title: T.deviationCategory,
                  key: 'deviationCategory',
                  width: 140,
                  render: (_: unknown, ind, j) => (
                    <Select
                      disabled={!editable}
                      allowClear
                      style={{ width: 120 }}
                      value={ind.deviationCategory}
                      options={CATEGORIES.map((v) => ({ value: v, label: v }))}
                      onChange={(v) =>
                        patch(i, (x) => ({
                          ...x,
                          indicators: x.indicators.map((y, k) =>
                            k === j ? { ...y, deviationCategory: v } : y,
                          ),
                        }))
                      }
                    />
                  ),
                },
                ...(['deviationReason', 'correctiveAction'] as const).map((field) => ({
                  title: field === 'deviationReason' ? T.deviationReason : T.correctiveAction,
                  key: field,
                  width: 170,
                  render: (_: unknown, ind: ReportProject['indicators'][number], j: number) => (
                    <Input.TextArea
                      autoSize={{ minRows: 1, maxRows: 4 }}
                      disabled={!editable}
                      value={ind[field] ?? ''}
                      onChange={(e) =>
                        patch(i, (x) => ({
                          ...x,
                          indicators: x.indicators.map((y, k) =>
                            k === j ? { ...y, [field]: e.target.value } : y,
                          ),
                        }))
                      }
                    />
                  ),
                })),
                {
                  title: T.light,
                  key: 'light',
                  width: 70,
                  fixed: 'right' as const,
                  render: (_: unknown, _ind, j) => {
                    const r = computed.indicatorResults[j];
                    return r ? (
                      <span title={r.message}>
                        <LightTag light={r.light} />
                      </span>
                    ) : null;
                  },
                },
              ]}
            />
            {computed.needsResponse || p.response ? (
              <Space style={{ marginTop: 8 }} wrap>
                <Typography.Text strong>{T.response}</Typography.Text>
                <Select
                  disabled={!editable}
                  style={{ width: 120 }}
                  value={p.response?.action}
                  data-testid={`${computed.name}-response`}
                  options={RESPONSES.map((v) => ({ value: v, label: v }))}
                  onChange={(v) =>
                    patch(i, (x) => ({
                      ...x,
                      response: {
                        action: v as NonNullable<ReportProject['response']>['action'],
                        reason: x.response?.reason ?? '',
                      },
                    }))
                  }
                />
                <Input
                  disabled={!editable}
                  style={{ width: 420 }}
                  placeholder={T.responseReason}
                  value={p.response?.reason ?? ''}
                  data-testid={`${computed.name}-response-reason`}
                  onChange={(e) =>
                    patch(i, (x) => ({
                      ...x,
                      response: { action: x.response?.action ?? '继续执行', reason: e.target.value },
                    }))
                  }
                />
              </Space>
            ) : null}
          </Card>
        );
      })}
      <Space>
        {editable ? (
          <>
            {draft.some((p) => p.kind === 'department') ? null : (
              <Button
                data-testid="add-department"
                onClick={() =>
                  run(
                    () =>
                      monitoringApi.save(
                        report.id,
                        [
                          ...draft,
                          {
                            projectId: null,
                            name: T.departmentName(report.orgName),
                            kind: 'department',
                            sources: [{ source: '财政拨款', initialBudget: '0', executed: '0' }],
                            indicators: [],
                            response: null,
                          },
                        ],
                        report.version,
                      ),
                    T.saved,
                  )
                }
              >
                {T.addDepartment}
              </Button>
            )}
            <Button
              data-testid="report-save"
              onClick={() => run(() => monitoringApi.save(report.id, draft, report.version), T.saved)}
            >
              {T.save}
            </Button>
            <Button
              type="primary"
              data-testid="report-submit"
              onClick={() => run(() => monitoringApi.submit(report.id, report.version))}
            >
              {T.submit}
            </Button>
          </>
        ) : null}
        {report.status === 'reviewing' && can('work.review') ? (
          <Button
            type="primary"
            data-testid="report-approve"
            onClick={() => run(() => monitoringApi.approve(report.id, report.version))}
          >
            {T.approve}
          </Button>
        ) : null}
        {(report.status === 'reviewing' || report.status === 'submitted') && can('work.review') ? (
          <Button danger data-testid="report-return" onClick={() => setReturning(true)}>
            {T.returnIt}
          </Button>
        ) : null}
      </Space>
      <Modal
        open={returning}
        title={T.returnIt}
        onCancel={() => setReturning(false)}
        onOk={async () => {
          await run(() => monitoringApi.returnIt(report.id, report.version, reason));
          setReturning(false);
        }}
      >
        <Input.TextArea
          data-testid="return-reason"
          placeholder={T.returnReason}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
      {report.status === 'not-started' ? null : (
        <ReviewTimeline reportId={report.id} refreshKey={report.version} />
      )}
    </Card>
  );
}

/** The review history of a report that went through a chain (nothing for one submitted without a chain). */
function ReviewTimeline({ reportId, refreshKey }: { reportId: string; refreshKey: number }) {
  const view = useWorkflowView(reportId, refreshKey).data;
  if (!view || view.timeline.length === 0) return null;
  return <WorkflowTimeline timeline={view.timeline} />;
}
