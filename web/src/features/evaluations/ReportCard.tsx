// 「自评报告」: the texts of the 项目支出绩效自评报告, sections 一 to 六 as the seeds write them, saved with
// their version (412 reloads; useReport / useSaveReport), and the report's download. Figures are not written here: the server
// computes them into the document. An empty section shows, as its placeholder, what the document will
// print instead (the project's goals, the evaluators' 存在问题 / 有关建议).
import { useMemo } from 'react';
import { Alert, Button, Card, Col, Divider, Form, Input, Row, Space, Typography } from 'antd';
import { FilePdfOutlined, FileWordOutlined, SaveOutlined } from '@ant-design/icons';
import { useSeeded } from '../../shared/api/useSeeded';
import { useNotify } from '../../shared/ui/useNotify';
import type { ReportNarrative } from './api';
import { useReport, useSaveReport } from './queries';
import { evaluationsTexts } from './texts';

const T = evaluationsTexts.report;
const D = evaluationsTexts.departmentReport;

type Draft = Omit<ReportNarrative, 'problems' | 'suggestions'> & { problems: string; suggestions: string };

const toDraft = (n: ReportNarrative): Draft => ({
  ...n,
  problems: (n.problems ?? []).join('\n'),
  suggestions: (n.suggestions ?? []).join('\n'),
});
const lines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);
const toNarrative = (d: Draft): ReportNarrative => ({
  ...d,
  problems: lines(d.problems),
  suggestions: lines(d.suggestions),
});
const EMPTY: Draft = toDraft({});
const fallback = (text: string | undefined, none: string = T.noFallback) =>
  text ? `${T.fallback}${text}` : none;

export function ReportCard({
  evaluationId,
  editable,
  docUrl,
  department = false,
}: {
  evaluationId: string;
  editable: boolean;
  docUrl: (format: 'docx' | 'pdf') => string;
  /** A 部门整体 evaluation: the 部门整体支出绩效评价报告's sections (002) over the same texts. */
  department?: boolean;
}) {
  const notify = useNotify();
  const query = useReport(evaluationId);
  const report = query.data ?? null;
  const [seeded, setDraft] = useSeeded(query.data, query.dataUpdatedAt, (r) => toDraft(r.narrative));
  const draft = seeded ?? EMPTY;
  const saveReport = useSaveReport(evaluationId);
  const busy = saveReport.isPending;

  const dirty = useMemo(
    () =>
      !!report && JSON.stringify(toDraft(report.narrative)) !== JSON.stringify(toDraft(toNarrative(draft))),
    [report, draft],
  );

  if (!report) return <Card title={T.title} loading />;

  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...(d ?? EMPTY), ...patch }));
  // The saved texts come back and replace the draft; a 412 reloads the report (useSaveReport).
  const save = async (): Promise<boolean> => {
    try {
      await saveReport.mutateAsync({ narrative: toNarrative(draft), version: report.version });
      notify.success(T.saved);
      return true;
    } catch (err) {
      notify.error(err);
      return false;
    }
  };
  const download = async (format: 'docx' | 'pdf') => {
    // What is on screen is what the document shows: save first.
    if (dirty && editable && !(await save())) return;
    window.location.assign(docUrl(format));
  };

  // `bare`: the section heading above already names the field (三, 五, 六), so it shows no label of its own.
  const area = (
    key: keyof Omit<Draft, 'analysis'>,
    label: string,
    help?: string,
    placeholder?: string,
    rows = 3,
    bare = false,
  ) => (
    <Form.Item label={bare ? undefined : label} extra={help} style={{ marginBottom: 12 }}>
      <Input.TextArea
        aria-label={label}
        autoSize={{ minRows: rows, maxRows: 12 }}
        value={draft[key] ?? ''}
        readOnly={!editable}
        placeholder={placeholder}
        onChange={(e) => set({ [key]: e.target.value })}
        data-testid={`report-${key}`}
      />
    </Form.Item>
  );
  const heading = (text: string) => (
    <Divider titlePlacement="start" style={{ margin: '8px 0 12px' }}>
      <Typography.Text strong>{text}</Typography.Text>
    </Divider>
  );
  const d = report.derived;
  const sections = report.analysisSections;
  const analysisItems = sections.map((s, i) => (
    <Form.Item
      key={s.name}
      label={T.analysis(i, s.name, s.weight)}
      extra={T.analysisHint}
      style={{ marginBottom: 12 }}
    >
      <Input.TextArea
        autoSize={{ minRows: 2, maxRows: 12 }}
        value={draft.analysis?.[s.name] ?? ''}
        readOnly={!editable}
        placeholder={T.noFallback}
        onChange={(e) => set({ analysis: { ...(draft.analysis ?? {}), [s.name]: e.target.value } })}
        data-testid={`report-analysis-${i}`}
      />
    </Form.Item>
  ));
  const items = (key: 'problems' | 'suggestions', label: string, none: string) =>
    area(key, label, T.itemsHint, d[key].length ? `${T.fallback}\n${d[key].join('\n')}` : none, 3, true);

  return (
    <Card
      title={department ? D.title : T.title}
      data-testid="report-card"
      extra={
        <Space wrap>
          <Typography.Text type={dirty ? 'warning' : 'secondary'} data-testid="report-version">
            {dirty
              ? T.unsaved
              : T.version(
                  report.version,
                  report.updatedBy,
                  report.updatedAt ? new Date(report.updatedAt).toLocaleString('zh-CN') : null,
                )}
          </Typography.Text>
          {editable ? (
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={busy}
              disabled={!dirty}
              onClick={() => void save()}
              data-testid="report-save"
            >
              {T.save}
            </Button>
          ) : null}
          <Space.Compact>
            <Button
              icon={<FileWordOutlined />}
              loading={busy}
              onClick={() => void download('docx')}
              data-testid="report-download-docx"
            >
              {department ? D.download : T.download}
            </Button>
            <Button
              icon={<FilePdfOutlined />}
              loading={busy}
              onClick={() => void download('pdf')}
              data-testid="report-download-pdf"
            >
              {T.downloadPdf}
            </Button>
          </Space.Compact>
        </Space>
      }
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={editable ? (department ? D.intro : T.intro) : T.readOnly}
      />
      <Form layout="vertical">
        {department ? (
          <>
            {area('preamble', T.preamble, undefined, T.preambleHint, 2)}
            {heading(D.s1)}
            {area('overview', D.overview, undefined, T.noFallback)}
            {area('fundsExplanation', D.funds, D.fundsHint, T.noFallback)}
            {heading(D.s2)}
            {area('organisation', D.organisation, undefined, fallback(d.organisation))}
            {area('method', D.method, T.methodHint, T.noFallback)}
            {area('conclusion', D.conclusion, T.conclusionHint, T.noFallback, 2)}
            {heading(D.s3)}
            {area('outcomes', D.outcomes, undefined, T.noFallback, 4, true)}
            {analysisItems}
            {heading(D.s4)}
            {items('problems', D.s4, T.noProblems)}
            {heading(D.s5)}
            {items('suggestions', D.s5, T.noSuggestions)}
          </>
        ) : (
          <>
            {area('preamble', T.preamble, undefined, T.preambleHint, 2)}

            {heading(T.s1)}
            {area('overview', T.overview, undefined, fallback(d.overview))}
            {area('implementation', T.implementation, undefined, fallback(d.implementation))}
            {area('fundsExplanation', T.funds, T.fundsHint, T.noFallback)}
            <Form.Item label={T.goals} style={{ marginBottom: 12 }}>
              <Typography.Text type="secondary">{T.goalsNote}</Typography.Text>
            </Form.Item>

            {heading(T.s2)}
            {area('organisation', T.organisation, undefined, fallback(d.organisation))}
            {area('method', T.method, T.methodHint, T.noFallback)}

            {heading(T.s3)}
            {area('conclusion', T.s3, T.conclusionHint, T.noFallback, 2, true)}

            {heading(T.s4)}
            {analysisItems}
            {area('outcomes', T.outcomes(sections.length), T.outcomesHint, T.noFallback)}

            {heading(T.s5)}
            {items('problems', T.s5, T.noProblems)}
            {heading(T.s6)}
            {items('suggestions', T.s6, T.noSuggestions)}
          </>
        )}

        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label={T.signedBy} style={{ marginBottom: 0 }}>
              <Input
                value={draft.signedBy ?? ''}
                readOnly={!editable}
                onChange={(e) => set({ signedBy: e.target.value })}
                data-testid="report-signedBy"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={T.date} style={{ marginBottom: 0 }}>
              <Input
                type="date"
                value={draft.date ?? ''}
                readOnly={!editable}
                onChange={(e) => set({ date: e.target.value })}
                data-testid="report-date"
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Card>
  );
}
