// The indicator tree of a template: names, weights and rule texts (weights and rule texts editable for
// an organisation's own template).
import { Input, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import {
  RULE_KIND_NAMES,
  type IndicatorNode,
  type IndicatorTemplate,
} from '../../../../src/domain/indicators/index.ts';
import { templatesTexts as T } from './texts';

type TreeRow = { key: string; node: IndicatorNode; children?: TreeRow[] };

const toRows = (nodes: IndicatorNode[]): TreeRow[] =>
  nodes.map((n) => ({
    key: n.id,
    node: n,
    ...(n.children && n.children.length > 0 ? { children: toRows(n.children) } : {}),
  }));

export function mapNode(nodes: IndicatorNode[], id: string, patch: Partial<IndicatorNode>): IndicatorNode[] {
  return nodes.map((n) =>
    n.id === id ? { ...n, ...patch } : n.children ? { ...n, children: mapNode(n.children, id, patch) } : n,
  );
}

export function TemplateTree({
  draft,
  editable,
  onEdit,
}: {
  draft: IndicatorTemplate;
  editable: boolean;
  /** Changes one node of the draft. */
  onEdit: (id: string, patch: Partial<IndicatorNode>) => void;
}) {
  const columns: TableColumnsType<TreeRow> = [
    { title: T.name, render: (_v, r) => r.node.name, width: 260 },
    {
      title: T.weight,
      width: 100,
      render: (_v, r) =>
        editable ? (
          <Input
            size="small"
            value={r.node.weight}
            onChange={(e) => onEdit(r.node.id, { weight: e.target.value.trim() })}
            data-testid={`weight-${r.node.id}`}
          />
        ) : (
          r.node.weight
        ),
    },
    {
      title: T.ruleKind,
      width: 150,
      render: (_v, r) => (r.node.rule ? RULE_KIND_NAMES[r.node.rule.kind] : ''),
    },
    {
      title: T.ruleText,
      render: (_v, r) =>
        r.children ? null : editable ? (
          <Input.TextArea
            size="small"
            autoSize={{ minRows: 1, maxRows: 4 }}
            value={r.node.ruleText ?? ''}
            onChange={(e) => onEdit(r.node.id, { ruleText: e.target.value })}
          />
        ) : (
          <Typography.Text style={{ fontSize: 12 }}>{r.node.ruleText ?? ''}</Typography.Text>
        ),
    },
  ];
  return (
    <Table<TreeRow>
      rowKey="key"
      size="small"
      bordered
      columns={columns}
      dataSource={toRows(draft.indicators)}
      pagination={false}
      expandable={{ defaultExpandAllRows: true }}
    />
  );
}
