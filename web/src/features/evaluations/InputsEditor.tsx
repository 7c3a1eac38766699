// 评价数据: the facts a rule scores from, per leaf and rule kind (met, parts, rate or target/actual,
// measured value, checkpoints, formula variables, 优/良/中/差 actual, 定性 level, 执行数/预算数), and
// 未设定 with its reason. Manual indicators need nothing here: the evaluators score them.
import { Checkbox, Input, Select, Space, Switch, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import {
  leaves,
  RULE_KIND_NAMES,
  type IndicatorTemplate,
  type RuleConfig,
} from '../../../../src/domain/indicators/index.ts';
import type { IndicatorInput } from '../../../../src/domain/scoring/index.ts';
import { evaluationsTexts as T } from './texts';

type Props = {
  template: IndicatorTemplate;
  inputs: Record<string, IndicatorInput>;
  editable: boolean;
  onChange: (next: Record<string, IndicatorInput>) => void;
};
type LeafRow = { id: string; label: string; weight: string; rule: RuleConfig };

function RuleFields({
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

export function InputsEditor({ template, inputs, editable, onChange }: Props) {
  const rows: LeafRow[] = leaves(template).map((l) => ({
    id: l.node.id,
    label: l.path.map((p) => p.name).join(' > '),
    weight: l.node.weight,
    rule: l.node.rule ?? { kind: 'manual' },
  }));
  const set = (id: string, patch: Partial<IndicatorInput>) => {
    const next = { ...(inputs[id] ?? {}), ...patch };
    for (const k of Object.keys(next) as Array<keyof IndicatorInput>)
      if (next[k] === undefined) delete next[k];
    const all = { ...inputs, [id]: next };
    if (Object.keys(next).length === 0) delete all[id];
    onChange(all);
  };
  const columns: TableColumnsType<LeafRow> = [
    { title: '指标', dataIndex: 'label', width: 280 },
    { title: T.weight, dataIndex: 'weight', width: 60, align: 'right' },
    { title: T.rule, width: 140, render: (_v, r) => RULE_KIND_NAMES[r.rule.kind] },
    {
      title: '数据',
      render: (_v, r) =>
        inputs[r.id]?.notSet ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <RuleFields
            rule={r.rule}
            input={inputs[r.id] ?? {}}
            editable={editable}
            set={(p) => set(r.id, p)}
          />
        ),
    },
    {
      title: T.notSet,
      width: 260,
      render: (_v, r) => (
        <Space orientation="vertical" size={2}>
          <Checkbox
            checked={inputs[r.id]?.notSet === true}
            disabled={!editable}
            onChange={(e) => set(r.id, { notSet: e.target.checked || undefined })}
          >
            {T.notSet}
          </Checkbox>
          {inputs[r.id]?.notSet ? (
            <Input
              size="small"
              placeholder={T.notSetReason}
              value={inputs[r.id]?.reason ?? ''}
              disabled={!editable}
              onChange={(e) => set(r.id, { reason: e.target.value || undefined })}
            />
          ) : null}
        </Space>
      ),
    },
  ];
  return (
    <Table<LeafRow>
      rowKey="id"
      size="small"
      bordered
      columns={columns}
      dataSource={rows}
      pagination={false}
    />
  );
}
