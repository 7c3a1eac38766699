// 评价数据: the facts a rule scores from, per leaf and rule kind (met, parts, rate or target/actual,
// measured value, checkpoints, formula variables, 优/良/中/差 actual, 定性 level, 执行数/预算数), and
// 未设定 with its reason. Manual indicators need nothing here: the evaluators score them.
import type { ReactNode } from 'react';
import { Checkbox, Input, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import {
  leaves,
  RULE_KIND_NAMES,
  type IndicatorTemplate,
  type RuleConfig,
} from '../../../../src/domain/indicators/index.ts';
import type { IndicatorInput } from '../../../../src/domain/scoring/index.ts';
import { RuleFields } from './RuleFields';
import { evaluationsTexts as T } from './texts';

type Props = {
  template: IndicatorTemplate;
  inputs: Record<string, IndicatorInput>;
  editable: boolean;
  onChange: (next: Record<string, IndicatorInput>) => void;
  /** Shown under a leaf's fields (where prefilled figures came from: PrefillNote). */
  extra?: (leafId: string, input: IndicatorInput, set: (patch: Partial<IndicatorInput>) => void) => ReactNode;
};
type LeafRow = { id: string; label: string; weight: string; rule: RuleConfig };

export function InputsEditor({ template, inputs, editable, onChange, extra }: Props) {
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
          <>
            <RuleFields
              rule={r.rule}
              input={inputs[r.id] ?? {}}
              editable={editable}
              set={(p) => set(r.id, p)}
            />
            {extra?.(r.id, inputs[r.id] ?? {}, (p) => set(r.id, p))}
          </>
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
