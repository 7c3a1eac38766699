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
      // No width: the title takes what is left, so 得分 and 等次 are in sight at 1440 px (they were
      // scrolled out of view).
      render: (title: string, e) => <a onClick={() => navigate(`/evaluations/${e.id}`)}>{title}</a>,
    },
    { title: T.colOrg, dataIndex: 'orgName', width: 170 },
    {
      title: T.colKind,
      dataIndex: 'kind',
      width: 70,
      render: (k: string) => (k === 'project' ? T.project : T.department),
    },
    { title: T.colTemplate, dataIndex: 'templateName', width: 180, ellipsis: { showTitle: true } },
    { title: T.colSheets, width: 100, render: (_v, e) => T.sheetsOf(e.submitted, e.sheets) },
    {
      title: T.colScore,
      dataIndex: 'base',
      width: 80,
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
      scroll={{ x: 890 }}
      locale={{ emptyText: <Empty description={T.none} /> }}
    />
  );
}
