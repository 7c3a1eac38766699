// The generated 决算情况说明: paragraphs of sections 1–10 and 名词解释 as the domain wrote them, each
// chart after its section, and every 【待填写】 marked red with a link to the field that fills it.
import type { ReactNode } from 'react';
import { Alert, Tag, Tooltip, Typography } from 'antd';
import {
  MISSING_TEXT,
  TEXT_LABEL,
  type AccountsTexts,
  type Explanation,
} from '../../../../src/domain/accounts/index.ts';
import { ChartView } from './ChartView';
import { accountsTexts as T } from './texts';

/** Where a missing field is filled: a text of the 文字说明 sheet, or the reason of a 科目 row. */
export type MissingTarget = (field: string) => (() => void) | null;

const CHART_SECTION: Record<string, string> = {
  图1: '1',
  图2: '2',
  图3: '3',
  图4: '4',
  图5: '5',
  图6: '5',
  图7: '7',
};

export function missingLabel(field: string): string {
  if (field.startsWith('reason:')) return `科目 ${field.slice(7)} 的差异原因`;
  return TEXT_LABEL[field as keyof AccountsTexts] ?? field;
}

function withMarks(text: string, missing: string[], target: MissingTarget, pid: string): ReactNode[] {
  const parts = text.split(MISSING_TEXT);
  const out: ReactNode[] = [];
  parts.forEach((p, i) => {
    out.push(p);
    if (i === parts.length - 1) return;
    const field = missing[Math.min(i, missing.length - 1)] ?? '';
    const go = target(field);
    const tag = (
      <Tag
        color="red"
        className="jx-acc-missing"
        data-testid="missing-mark"
        data-field={field}
        style={{ cursor: go ? 'pointer' : 'default', marginInline: 2 }}
        onClick={go ?? undefined}
      >
        {T.fillIn}
        {go ? ` ${missingLabel(field)} →` : ''}
      </Tag>
    );
    out.push(
      go ? (
        <span key={`${pid}-${i}`}>{tag}</span>
      ) : (
        <Tooltip key={`${pid}-${i}`} title={T.fillInMember}>
          {tag}
        </Tooltip>
      ),
    );
  });
  return out;
}

export function ExplanationView({
  explanation,
  target,
  unexplained = 0,
}: {
  explanation: Explanation;
  target: MissingTarget;
  /** Balance violations without an explanation: while any is left, nothing says the texts are complete. */
  unexplained?: number;
}) {
  const lastOfSection = new Map<string, string>();
  for (const p of explanation.paragraphs) lastOfSection.set(p.section, p.id);
  return (
    <div className="jx-acc-explanation" data-testid="explanation">
      <Typography.Title level={4} style={{ textAlign: 'center' }}>
        {explanation.title}
      </Typography.Title>
      {explanation.missing.length ? (
        <Alert
          type="warning"
          showIcon
          title={T.missingCount(explanation.missing.length)}
          style={{ marginBottom: 16 }}
          data-testid="missing-summary"
        />
      ) : unexplained > 0 ? null : (
        <Alert type="success" showIcon title={T.missingNone} style={{ marginBottom: 16 }} />
      )}
      {explanation.paragraphs.map((p) => (
        <div key={p.id}>
          {p.heading ? (
            <Typography.Title level={5} className="jx-acc-heading" data-paragraph={p.id}>
              {p.text}
            </Typography.Title>
          ) : (
            <Typography.Paragraph className="jx-acc-paragraph" data-paragraph={p.id}>
              {withMarks(p.text, p.missing, target, p.id)}
            </Typography.Paragraph>
          )}
          {lastOfSection.get(p.section) === p.id && (
            <div className="jx-acc-chart-row">
              {explanation.charts
                .filter((c) => CHART_SECTION[c.id] === p.section)
                .map((c) => (
                  <ChartView key={c.id} chart={c} />
                ))}
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
