// The head of a 项目绩效目标完成情况表: name, budget and execution (财政拨款 / 其他资金) with their totals and
// the execution rate, and the overall goal (预期目标 / 实际完成情况).
import { Descriptions, Input } from 'antd';
import { fixed } from '../../../../src/domain/money/index.ts';
import type { ProjectFields } from './api';
import { goalsTexts as T } from './texts';
import { money, type MoneyField } from './useProjectDraft';

export type ProjectSummaryProps = {
  fields: ProjectFields;
  totals: { budget: string; executed: string; rate: string } | null;
  editable: boolean;
  setField: (k: keyof ProjectFields, v: string) => void;
};

export function ProjectSummary({ fields, totals, editable, setField }: ProjectSummaryProps) {
  const moneyInput = (k: MoneyField) =>
    editable ? (
      <Input
        value={fields[k]}
        status={money(fields[k]) === null ? 'error' : undefined}
        onChange={(e) => setField(k, e.target.value)}
        placeholder={T.moneyHint}
        style={{ maxWidth: 200 }}
        data-testid={`project-${k}`}
      />
    ) : (
      fixed(fields[k], 2)
    );
  const goalText = (k: 'goalExpected' | 'goalActual', testId: string) =>
    editable ? (
      <Input.TextArea
        autoSize={{ minRows: 2, maxRows: 6 }}
        value={fields[k]}
        onChange={(e) => setField(k, e.target.value)}
        data-testid={testId}
      />
    ) : (
      fields[k]
    );

  return (
    <Descriptions bordered size="small" column={2} styles={{ label: { width: 150 } }}>
      <Descriptions.Item label={T.colName} span={2}>
        {editable ? (
          <Input
            value={fields.name}
            onChange={(e) => setField('name', e.target.value)}
            data-testid="project-name"
          />
        ) : (
          fields.name
        )}
      </Descriptions.Item>
      <Descriptions.Item label={`${T.budget}（万元）`}>
        <span data-testid="project-budget-total">{totals?.budget ?? '—'}</span>
      </Descriptions.Item>
      <Descriptions.Item label={`${T.executed}（万元）`}>
        <span data-testid="project-executed-total">{totals?.executed ?? '—'}</span>
      </Descriptions.Item>
      <Descriptions.Item label={T.fiscal}>{moneyInput('budgetFiscal')}</Descriptions.Item>
      <Descriptions.Item label={T.fiscal}>{moneyInput('executedFiscal')}</Descriptions.Item>
      <Descriptions.Item label={T.other}>{moneyInput('budgetOther')}</Descriptions.Item>
      <Descriptions.Item label={T.other}>{moneyInput('executedOther')}</Descriptions.Item>
      <Descriptions.Item label={T.executionRate} span={2}>
        <span data-testid="project-rate">{totals?.rate ?? '—'}</span>
      </Descriptions.Item>
      <Descriptions.Item label={`${T.overallGoal}·${T.expected}`}>
        {goalText('goalExpected', 'project-goal-expected')}
      </Descriptions.Item>
      <Descriptions.Item label={T.actualGoal}>
        {goalText('goalActual', 'project-goal-actual')}
      </Descriptions.Item>
    </Descriptions>
  );
}
