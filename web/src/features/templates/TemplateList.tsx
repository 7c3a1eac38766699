// The indicator systems: name (opens it), kind, full score, version, built-in or the organisation's own.
import { Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { TemplateSummary } from './api';
import { templatesTexts as T } from './texts';

export function TemplateList({
  items,
  selectedId,
  onOpen,
}: {
  items: TemplateSummary[];
  selectedId: string | null;
  onOpen: (id: string) => void;
}) {
  const columns: TableColumnsType<TemplateSummary> = [
    {
      title: T.colName,
      dataIndex: 'name',
      render: (n: string, t) => <a onClick={() => onOpen(t.id)}>{n}</a>,
    },
    {
      title: T.colKind,
      dataIndex: 'kind',
      width: 80,
      render: (k: string) => (k === 'project' ? T.project : T.department),
    },
    { title: T.colWeight, dataIndex: 'totalWeight', width: 60, align: 'right' },
    { title: T.colVersion, dataIndex: 'templateVersion', width: 60, align: 'right' },
    {
      title: '',
      dataIndex: 'builtIn',
      width: 70,
      render: (b: boolean) => <Tag color={b ? 'default' : 'blue'}>{b ? T.builtIn : T.own}</Tag>,
    },
  ];
  return (
    <Table<TemplateSummary>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={items}
      pagination={false}
      rowClassName={(t) => (t.id === selectedId ? 'ant-table-row-selected' : '')}
    />
  );
}
