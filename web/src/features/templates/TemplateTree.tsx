// The indicator tree of a template: names, weights and rule texts (weights and rule texts editable for
// an organisation's own template).
import { Button, Input, Space, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
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

/** A new child under `parentId` (a leaf that gets one becomes a group: its rule goes). Any depth the domain allows. */
export function addChild(nodes: IndicatorNode[], parentId: string, child: IndicatorNode): IndicatorNode[] {
  return nodes.map((n) => {
    if (n.id === parentId) {
      const { rule: _rule, ruleText: _text, direction: _dir, ...group } = n;
      return { ...group, children: [...(n.children ?? []), child] };
    }
    return n.children ? { ...n, children: addChild(n.children, parentId, child) } : n;
  });
}

export function removeNode(nodes: IndicatorNode[], id: string): IndicatorNode[] {
  return nodes
    .filter((n) => n.id !== id)
    .map((n) => (n.children ? { ...n, children: removeNode(n.children, id) } : n));
}

function allIds(nodes: readonly IndicatorNode[]): string[] {
  return nodes.flatMap((n) => [n.id, ...allIds(n.children ?? [])]);
}

export function TemplateTree({
  draft,
  editable,
  onEdit,
  onTree,
}: {
  draft: IndicatorTemplate;
  editable: boolean;
  /** Changes one node of the draft. */
  onEdit: (id: string, patch: Partial<IndicatorNode>) => void;
  /** Replaces the whole tree (a node added or removed). */
  onTree?: (indicators: IndicatorNode[]) => void;
}) {
  const freshId = (parent: string) => {
    const ids = new Set(allIds(draft.indicators));
    let k = 1;
    while (ids.has(`${parent}.${k}`)) k++;
    return `${parent}.${k}`;
  };
  const columns: TableColumnsType<TreeRow> = [
    {
      title: T.name,
      width: 260,
      render: (_v, r) =>
        editable ? (
          <Input
            size="small"
            value={r.node.name}
            onChange={(e) => onEdit(r.node.id, { name: e.target.value })}
            data-testid={`name-${r.node.id}`}
          />
        ) : (
          r.node.name
        ),
    },
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
    ...(editable && onTree
      ? [
          {
            title: T.actions,
            width: 150,
            render: (_v: unknown, r: TreeRow) => (
              <Space size={0}>
                <Button
                  size="small"
                  type="link"
                  icon={<PlusOutlined />}
                  data-testid={`add-child-${r.node.id}`}
                  onClick={() =>
                    onTree(
                      addChild(draft.indicators, r.node.id, {
                        id: freshId(r.node.id),
                        name: T.newIndicator,
                        weight: '0',
                        rule: { kind: 'manual' },
                      }),
                    )
                  }
                >
                  {T.addChild}
                </Button>
                <Button
                  size="small"
                  type="link"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => onTree(removeNode(draft.indicators, r.node.id))}
                >
                  {T.remove}
                </Button>
              </Space>
            ),
          },
        ]
      : []),
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
      scroll={{ x: 900 }}
    />
  );
}
