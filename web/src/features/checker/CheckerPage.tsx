// 校验: upload documents (several at once), see each one's text with every finding highlighted in its
// line, the findings beside it (filter by 错误/警告/提示), and jump from a finding to its line.
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Collapse,
  Col,
  Descriptions,
  Empty,
  Flex,
  Row,
  Spin,
  Tabs,
  Tag,
  Tooltip,
  Typography,
  Upload,
} from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { ApiError } from '../../shared/api/client';
import { useNotify } from '../../shared/ui/useNotify';
import { checkerApi, MAX_FILE_BYTES, type CheckResult, type Finding, type Severity } from './api';
import { mergeRanges, rangeOf, type Range } from './highlight';
import { checkerTexts as T } from './texts';
import './checker.css';

const SEVERITIES: Severity[] = ['error', 'warning', 'note'];
const COLOR: Record<Severity, string> = { error: 'red', warning: 'orange', note: 'blue' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

type Checked = { key: string; result: CheckResult };

function worst(findings: readonly Finding[]): Severity | null {
  let best: Severity | null = null;
  for (const f of findings) if (best === null || RANK[f.severity] < RANK[best]) best = f.severity;
  return best;
}

function LineText({
  text,
  marks,
}: {
  text: string;
  marks: Array<Range & { severity: Severity }>;
}): ReactNode {
  if (marks.length === 0) return text || ' ';
  const out: ReactNode[] = [];
  let at = 0;
  const merged = mergeRanges(marks).map((r) => ({
    ...r,
    severity: marks
      .filter((m) => m.start < r.end && m.end > r.start)
      .map((m) => m.severity)
      .sort((a, b) => RANK[a] - RANK[b])[0]!,
  }));
  for (const r of merged) {
    if (r.start > at) out.push(text.slice(at, r.start));
    out.push(
      <mark key={r.start} className={`jx-hl jx-hl-${r.severity}`} data-testid="highlight">
        {text.slice(r.start, r.end)}
      </mark>,
    );
    at = r.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

function FindingCard({
  f,
  ruleName,
  selected,
  onClick,
}: {
  f: Finding;
  ruleName: string;
  selected: boolean;
  onClick: () => void;
}) {
  return (
    <Card
      size="small"
      className={`jx-check-finding${selected ? ' selected' : ''}`}
      data-testid="finding"
      data-line={f.line}
      data-rule={f.rule}
      onClick={onClick}
      style={{ marginBottom: 8 }}
    >
      <Flex gap={8} align="center" wrap>
        <Tag color={COLOR[f.severity]} style={{ marginInlineEnd: 0 }}>
          {T.severity[f.severity]}
        </Tag>
        <Typography.Text strong>{T.line(f.line)}</Typography.Text>
        {f.location ? <Typography.Text type="secondary">{f.location}</Typography.Text> : null}
        <Typography.Text type="secondary" style={{ marginInlineStart: 'auto', fontSize: 12 }}>
          {T.rule}：<span title={f.rule}>{ruleName}</span>
        </Typography.Text>
      </Flex>
      <Typography.Paragraph style={{ margin: '6px 0' }} className="jx-check-arith">
        {f.message}
      </Typography.Paragraph>
      <Descriptions
        size="small"
        column={2}
        items={[
          {
            key: 'e',
            label: T.expected,
            children: (
              <Typography.Text type="success" strong>
                {f.expected}
              </Typography.Text>
            ),
          },
          {
            key: 'f',
            label: T.found,
            children: (
              <Typography.Text type="danger" strong>
                {f.found}
              </Typography.Text>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** How many claims were recognised and held, by kind, and what was checked (expandable). */
function ClaimsSummary({ result }: { result: CheckResult }) {
  const kinds = Object.entries(result.claims ?? {}).filter(([, c]) => c.recognised > 0);
  const recognised = kinds.reduce((a, [, c]) => a + c.recognised, 0);
  const verified = kinds.reduce((a, [, c]) => a + c.verified, 0);
  const name = (k: string): string => result.claimNames?.[k] ?? k;
  return (
    <div data-testid="claims-summary" style={{ marginBottom: 12 }}>
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        {T.claimsSummary(recognised, verified)}{' '}
        {kinds.map(([k, c]) => (
          <Tag key={k} color={c.verified === c.recognised ? 'green' : 'red'} data-kind={k}>
            {name(k)} {c.verified}/{c.recognised}
          </Tag>
        ))}
      </Typography.Paragraph>
      {recognised > 0 ? (
        <Collapse
          size="small"
          items={[
            {
              key: 'checked',
              label: T.claimsDetail,
              children: (
                <div style={{ maxHeight: 260, overflow: 'auto' }} data-testid="claims-checked">
                  {result.checked.map((c, i) => (
                    <div key={i} className="jx-check-claim" data-verified={c.verified}>
                      <Tag color={c.verified ? 'green' : 'red'}>
                        {c.verified ? T.claimHeld : T.claimFailed}
                      </Tag>
                      <Typography.Text type="secondary">{T.line(c.line)}</Typography.Text>{' '}
                      <Typography.Text strong>{name(c.kind)}</Typography.Text>：{c.arithmetic}
                    </div>
                  ))}
                </div>
              ),
            },
          ]}
        />
      ) : null}
    </div>
  );
}

function Report({ result }: { result: CheckResult }) {
  const [shown, setShown] = useState<Severity[]>(SEVERITIES);
  const [selected, setSelected] = useState<number | null>(null);
  const textRef = useRef<HTMLDivElement>(null);

  const byLine = useMemo(() => {
    const map = new Map<number, Finding[]>();
    for (const f of result.findings) map.set(f.line, [...(map.get(f.line) ?? []), f]);
    return map;
  }, [result]);
  const visible = result.findings.filter((f) => shown.includes(f.severity));

  const jump = useCallback((index: number, line: number) => {
    setSelected(index);
    // Scroll the text pane only (scrollIntoView would scroll the whole page too).
    const pane = textRef.current;
    const el = pane?.querySelector<HTMLElement>(`[data-line="${line}"]`);
    if (pane && el) pane.scrollTop = Math.max(0, el.offsetTop - pane.clientHeight / 2 + el.offsetHeight / 2);
  }, []);

  const height = 'calc(100vh - 330px)';
  return (
    <Row gutter={16}>
      <Col xs={24} lg={14}>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {T.documentText}
        </Typography.Title>
        <div
          ref={textRef}
          className="jx-check-text"
          style={{ height, minHeight: 360, overflow: 'auto', position: 'relative' }}
          data-testid="document-text"
        >
          {result.lines.map((l, i) => {
            const n = i + 1;
            const here = (byLine.get(n) ?? []).filter((f) => shown.includes(f.severity));
            const sev = worst(here);
            const marks = here.map((f) => ({ ...rangeOf(l.text, f), severity: f.severity }));
            const isSelected = selected !== null && visible[selected]?.line === n;
            return (
              <div
                key={n}
                data-line={n}
                title={l.location}
                className={`jx-check-line${sev ? ` has-${sev}` : ''}${isSelected ? ' selected' : ''}`}
              >
                <span className="jx-check-lineno">{n}</span>
                <span className="jx-check-linetext">
                  <LineText text={l.text} marks={marks} />
                </span>
              </div>
            );
          })}
        </div>
      </Col>
      <Col xs={24} lg={10}>
        <Flex justify="space-between" align="center" wrap style={{ marginBottom: 8 }}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {T.findingsTitle}
          </Typography.Title>
          <Checkbox.Group
            value={shown}
            onChange={(v) => {
              setShown(v as Severity[]);
              setSelected(null);
            }}
            options={SEVERITIES.map((s) => ({ value: s, label: `${T.severity[s]}（${result.summary[s]}）` }))}
            data-testid="severity-filter"
          />
        </Flex>
        <div style={{ height, minHeight: 360, overflow: 'auto', paddingRight: 4 }} data-testid="findings">
          {visible.length === 0 ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={result.findings.length === 0 ? T.noFindings : T.noneOfSelected}
            />
          ) : (
            visible.map((f, i) => (
              <FindingCard
                key={`${f.line}-${f.rule}-${i}`}
                f={f}
                ruleName={result.ruleNames?.[f.rule] ?? f.rule}
                selected={selected === i}
                onClick={() => jump(i, f.line)}
              />
            ))
          )}
        </div>
      </Col>
    </Row>
  );
}

/** Sample documents with planted errors: opened, each is checked like a file the user dropped. */
function Samples({ onOpen }: { onOpen: (file: File) => void }) {
  const notify = useNotify();
  const samples = useQuery({
    queryKey: ['checks', 'samples'],
    queryFn: ({ signal }) => checkerApi.samples(signal),
  });
  if (!samples.data?.length) return null;
  const open = async (id: string) => {
    try {
      const doc = await checkerApi.sample(id);
      onOpen(new File([doc.text], doc.fileName, { type: 'text/plain' }));
    } catch (err) {
      notify.error(err, T.sampleFailed);
    }
  };
  return (
    <Flex wrap align="center" gap={4} style={{ marginBottom: 16 }} data-testid="checker-samples">
      <Typography.Text type="secondary">{T.samplesLead}</Typography.Text>
      {samples.data.map((s) => (
        <Tooltip key={s.id} title={s.description}>
          <Button size="small" type="link" onClick={() => void open(s.id)}>
            {s.title}
          </Button>
        </Tooltip>
      ))}
    </Flex>
  );
}

export function CheckerPage() {
  const notify = useNotify();
  const [checked, setChecked] = useState<Checked[]>([]);
  const [pending, setPending] = useState<string[]>([]);
  /** Per pending file checked as a background job: the job's state. */
  const [jobs, setJobs] = useState<Record<string, string>>({});
  const [active, setActive] = useState<string | undefined>();
  const seq = useRef(0);

  const run = useCallback(
    async (file: File) => {
      if (file.size > MAX_FILE_BYTES) {
        notify.error(new ApiError(413, 'too_large', T.tooLarge(file.name)), T.failed(file.name));
        return;
      }
      const tag = `${file.name}#${++seq.current}`;
      setPending((p) => [...p, tag]);
      try {
        const result = await checkerApi.check(file, (status) => setJobs((j) => ({ ...j, [tag]: status })));
        setChecked((c) => [...c, { key: tag, result }]);
        setActive(tag);
      } catch (err) {
        notify.error(err, T.failed(file.name));
      } finally {
        setPending((p) => p.filter((x) => x !== tag));
        setJobs(({ [tag]: _done, ...rest }) => rest);
      }
    },
    [notify],
  );

  return (
    <Card variant="borderless" title={T.title}>
      <Upload.Dragger
        multiple
        accept=".txt,.docx,.xlsx,.pdf"
        showUploadList={false}
        beforeUpload={(file) => {
          void run(file);
          return Upload.LIST_IGNORE;
        }}
        style={{ marginBottom: 8 }}
        data-testid="checker-upload"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{T.uploadTitle}</p>
        <p className="ant-upload-hint">{T.uploadHint}</p>
      </Upload.Dragger>
      <Samples onOpen={(file) => void run(file)} />
      {pending.length > 0 ? (
        <Flex gap={16} style={{ marginBottom: 12 }}>
          {pending.map((p) => (
            <Spin key={p} size="small">
              <Typography.Text type="secondary" style={{ paddingLeft: 24 }}>
                {jobs[p]
                  ? T.checkingAsJob(p.replace(/#\d+$/, ''), jobs[p])
                  : T.checking(p.replace(/#\d+$/, ''))}
              </Typography.Text>
            </Spin>
          ))}
        </Flex>
      ) : null}
      {checked.length === 0 ? (
        pending.length === 0 ? (
          <Empty description={T.empty} />
        ) : null
      ) : (
        <Tabs
          type="editable-card"
          hideAdd
          activeKey={active ?? checked[checked.length - 1]!.key}
          onChange={setActive}
          onEdit={(key, action) => {
            if (action !== 'remove') return;
            setChecked((c) => c.filter((x) => x.key !== key));
            setActive(undefined);
          }}
          items={checked.map(({ key, result }) => {
            const s = result.summary;
            return {
              key,
              label: (
                <span data-testid="file-tab">
                  {result.file} <Badge count={s.error} color="red" showZero={false} />{' '}
                  <Badge count={s.warning} color="orange" showZero={false} />
                </span>
              ),
              children: (
                <>
                  <Typography.Paragraph type="secondary">
                    {T.counts(s.error, s.warning, s.note)}
                  </Typography.Paragraph>
                  <ClaimsSummary result={result} />
                  <Report result={result} />
                </>
              ),
            };
          })}
        />
      )}
    </Card>
  );
}
