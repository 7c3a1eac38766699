// The evaluations of an organisation: title (opens it), unit, kind, indicator system, sheets submitted,
// the panel's base score and grade.
import { useNavigate } from 'react-router';
import { Empty, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { fixed } from '../../../../src/domain/money/index.ts';
import type { EvaluationListItem } from './api';
import { gradeColor } from './grade';
import { evaluationsTexts as T } from './texts';

export function EvaluationList({ items, loading }: { items: EvaluationListItem[]; loading: boolean }) {
  const navigate = useNavigate();
  const columns: TableColumnsType<EvaluationListItem> = [
    {
      title: T.colTitle,
      dataIndex: 'title',
      width: 340,
      render: (title: string, e) => <a onClick={() => navigate(`/evaluations/${e.id}`)}>{title}</a>,
    },
    { title: T.colOrg, dataIndex: 'orgName', width: 220 },
    {
      title: T.colKind,
      dataIndex: 'kind',
      width: 90,
      render: (k: string) => (k === 'project' ? T.project : T.department),
    },
    { title: T.colTemplate, dataIndex: 'templateName', width: 240, ellipsis: true },
    { title: T.colSheets, width: 110, render: (_v, e) => T.sheetsOf(e.submitted, e.sheets) },
    {
      title: T.colScore,
      dataIndex: 'base',
      width: 90,
      align: 'right',
      render: (b: string | null) => (b === null ? '—' : fixed(b, 2)),
    },
    {
      title: T.colGrade,
      dataIndex: 'grade',
      width: 90,
      render: (g: string | null) => (g ? <Tag color={gradeColor(g)}>{g}</Tag> : '—'),
    },
  ];
  return (
    <Table<EvaluationListItem>
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={items}
      pagination={false}
      scroll={{ x: 1180 }}
      locale={{ emptyText: <Empty description={T.none} /> }}
    />
  );
}
