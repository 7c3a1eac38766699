// The fields of one indicator's facts, by rule kind: met, parts, rate or target/actual, measured value,
// checkpoints, formula variables, 优/良/中/差 actual, 定性 level, 执行数/预算数.
import { Checkbox, Input, Select, Space, Switch, Typography } from 'antd';
import type { RuleConfig } from '../../../../src/domain/indicators/index.ts';
import type { IndicatorInput } from '../../../../src/domain/scoring/index.ts';
import { evaluationsTexts as T } from './texts';

export function RuleFields({
  rule,
  input,
  set,
  editable,
}: {
  rule: RuleConfig;
  input: IndicatorInput;
  set: (patch: Partial<IndicatorInput>) => void;
  editable: boolean;
}) {
  const field = (k: 'rate' | 'target' | 'actual' | 'value' | 'executed' | 'budget', label: string) => (
    <Input
      size="small"
      addonBefore={label}
      aria-label={label}
      value={input[k] ?? ''}
      disabled={!editable}
      onChange={(e) => set({ [k]: e.target.value || undefined })}
      style={{ width: 220 }}
    />
  );
  switch (rule.kind) {
    case 'yes-no':
      return (
        <Space>
          <Switch
            size="small"
            checked={input.met === true}
            disabled={!editable}
            onChange={(met) => set({ met })}
          />
          <span>符合要求</span>
        </Space>
      );
    case 'parts':
      return (
        <Space orientation="vertical" size={0}>
          {rule.parts.map((p, i) => (
            <Checkbox
              key={p.label}
              checked={input.parts?.[i] === true}
              disabled={!editable}
              onChange={(e) => {
                const parts = rule.parts.map((_x, j) =>
                  j === i ? e.target.checked : input.parts?.[j] === true,
                );
                set({ parts });
              }}
            >
              {`${p.label}（${p.points}分）`}
            </Checkbox>
          ))}
        </Space>
      );
    case 'ratio':
      return rule.basis === 'rate' || rule.basis === 'one-minus-rate' ? (
        field('rate', '比率')
      ) : (
        <Space wrap>
          {field('target', '目标')}
          {field('actual', '实际')}
        </Space>
      );
    case 'tiers':
      return field('value', '测得值');
    case 'grade-standard':
      return field('actual', '实际值');
    case 'direction':
      return rule.direction === 'qualitative' ? (
        <Select
          size="small"
          style={{ width: 160 }}
          value={input.level}
          disabled={!editable}
          placeholder="达成程度"
          onChange={(level) => set({ level })}
          options={['达成', '部分达成', '未达成'].map((v) => ({ value: v }))}
        />
      ) : (
        <Space wrap>
          {field('target', '目标')}
          {field('actual', '实际')}
        </Space>
      );
    case 'budget-execution':
      return (
        <Space wrap>
          {field('executed', '执行数')}
          {field('budget', '预算数')}
        </Space>
      );
    case 'checkpoints':
      return (
        <Space wrap>
          {rule.checkpoints.map((c) => (
            <Input
              key={c.month}
              size="small"
              addonBefore={`${c.month}月`}
              style={{ width: 150 }}
              value={input.progress?.[String(c.month)] ?? ''}
              disabled={!editable}
              onChange={(e) =>
                set({ progress: { ...(input.progress ?? {}), [String(c.month)]: e.target.value } })
              }
            />
          ))}
        </Space>
      );
    case 'formula':
      return (
        <Space wrap>
          {rule.variables.map((v) => (
            <Input
              key={v}
              size="small"
              addonBefore={v}
              style={{ width: 220 }}
              value={input.values?.[v] ?? ''}
              disabled={!editable}
              onChange={(e) => set({ values: { ...(input.values ?? {}), [v]: e.target.value } })}
            />
          ))}
        </Space>
      );
    case 'deviation':
      return (
        <Typography.Text type="secondary">
          {`数量指标 ${input.items?.length ?? 0} 项（取自各项目绩效目标完成情况表）`}
        </Typography.Text>
      );
    case 'manual':
      return <Typography.Text type="secondary">{T.noInputs}</Typography.Text>;
  }
}
