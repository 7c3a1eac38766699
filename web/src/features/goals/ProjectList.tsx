// The projects of an organisation: name (opens the goal table), unit, year, budget, execution and rate.
import { Empty, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useNavigate } from 'react-router';
import { fixed, grouped } from '../../../../src/domain/money/index.ts';
import type { ProjectListItem } from './api';
import { goalsTexts as T } from './texts';

export function ProjectList({ items, loading }: { items: ProjectListItem[]; loading: boolean }) {
  const navigate = useNavigate();
  const columns: TableColumnsType<ProjectListItem> = [
    {
      title: T.colName,
      dataIndex: 'name',
      // No width: the name takes what the other columns leave, so all seven fit a 1440 px screen.
      fixed: 'left',
      render: (name: string, p) => <a onClick={() => navigate(`/goals/${p.id}`)}>{name}</a>,
    },
    { title: T.colOrg, dataIndex: 'orgName', width: 180 },
    { title: T.colYear, dataIndex: 'fiscalYear', width: 70 },
    {
      title: T.colBudget,
      dataIndex: 'budgetTotal',
      align: 'right',
      width: 120,
      render: (v: string) => grouped(v, 2),
    },
    {
      title: T.colExecuted,
      dataIndex: 'executedTotal',
      align: 'right',
      width: 120,
      render: (v: string) => grouped(v, 2),
    },
    {
      title: T.colRate,
      dataIndex: 'executionRate',
      align: 'right',
      width: 100,
      render: (v: string | null) => (v === null ? '—' : `${fixed(v, 2)}%`),
    },
    { title: T.colIndicators, dataIndex: 'indicatorCount', align: 'right', width: 90 },
  ];
  return (
    <Table<ProjectListItem>
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={items}
      pagination={false}
      scroll={{ x: 820 }}
      locale={{ emptyText: <Empty description={T.noProjects} /> }}
    />
  );
}
