// 报告 · 绩效管理总览: for the selected organisation and a year, the 主管部门 in reach, then the units of one,
// then the projects of one unit (a breadcrumb leads back). Filters go to the server, which answers with
// the filtered rows; every table exports to Excel with the same filters. Tables keep their first
// column in place and scroll sideways, so they fit a 1440 px screen.
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { dec, fixed } from '../../../../src/domain/money/index.ts';
import { useOrgs } from '../../shared/orgs/OrgContext';
import { downloadUrl } from '../accounts/DocumentButtons';
import {
  overviewApi,
  type DepartmentOverview,
  type OverviewFilters,
  type OverviewParams,
  type OverviewTable,
  type ProjectOverview,
  type Stage,
  type UnitOverview,
} from './overview-api';
import { useOverview } from './overview-queries';
import { OverviewCharts, type RateBar } from './OverviewCharts';
import { overviewTexts as T } from './overview-texts';

const STAGE_LABELS: Record<Stage, string> = {
  goals: '绩效目标',
  monitoring: '运行监控',
  evaluation: '绩效自评',
  accounts: '决算',
};
const GRADE_OPTIONS = ['优', '良', '中', '差', '未评分'];
const GRADE_COLORS: Record<string, string> = { 优: 'green', 良: 'blue', 中: 'orange', 差: 'red' };
const LIGHT_COLORS: Record<string, string> = { red: 'red', yellow: 'gold', green: 'green', blue: 'blue' };

type Level =
  | { level: 'departments' }
  | { level: 'units'; departmentId: string }
  | { level: 'projects'; departmentId: string; unitId: string };

const money = (s: string | null) => (s === null ? '—' : fixed(s, 2));
const percent = (s: string | null) => (s === null ? '—' : `${s}%`);
/** Decimal strings compared exactly; an empty figure sorts last. */
function byDecimal<T>(get: (row: T) => string | null) {
  return (a: T, b: T) => {
    const x = get(a);
    const y = get(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? -1 : 1;
    return dec(x).comparedTo(dec(y));
  };
}
const byNumber =
  <T,>(get: (row: T) => number) =>
  (a: T, b: T) =>
    get(a) - get(b);
const ofTotal = (n: number, total: number) => `${n}/${total}`;
const count = (n: number, color: string) => (n > 0 ? <Tag color={color}>{n}</Tag> : <span>0</span>);

function Grades({ grades }: { grades: Record<string, number> }) {
  const shown = GRADE_OPTIONS.filter((g) => (grades[g] ?? 0) > 0);
  if (shown.length === 0) return <span>—</span>;
  return (
    <Space size={2} wrap>
      {shown.map((g) => (
        <Tag key={g} color={GRADE_COLORS[g]}>
          {g} {grades[g]}
        </Tag>
      ))}
    </Space>
  );
}

function ScoreGrade({ score, grade }: { score: string | null; grade: string | null }) {
  if (score === null) return <span>—</span>;
  return (
    <Space size={4}>
      <span>{score}</span>
      {grade && <Tag color={GRADE_COLORS[grade]}>{grade}</Tag>}
    </Space>
  );
}

function ExportButton({ onClick, table }: { onClick: () => void; table: OverviewTable }) {
  return (
    <Button size="small" icon={<FileExcelOutlined />} data-testid={`export-${table}`} onClick={onClick}>
      {T.export}
    </Button>
  );
}

function departmentColumns(open: (d: DepartmentOverview) => void): TableColumnsType<DepartmentOverview> {
  return [
    {
      title: T.department,
      dataIndex: 'departmentName',
      fixed: 'left',
      width: 230,
      sorter: (a, b) => a.departmentName.localeCompare(b.departmentName, 'zh-CN'),
      render: (name: string, d) => (
        <Button
          type="link"
          size="small"
          style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left' }}
          onClick={() => open(d)}
        >
          {name}
        </Button>
      ),
    },
    // Wide enough for the two-character title and its sort arrows on one line.
    { title: T.units, dataIndex: 'units', width: 90, align: 'right', sorter: byNumber((d) => d.units) },
    {
      title: T.projects,
      dataIndex: 'projects',
      width: 90,
      align: 'right',
      sorter: byNumber((d) => d.projects),
    },
    {
      title: T.goals,
      children: [
        { title: T.goalsFiled, width: 80, render: (_x, d) => ofTotal(d.goalsFiled, d.projects) },
        { title: T.goalsApproved, width: 80, render: (_x, d) => ofTotal(d.goalsApproved, d.projects) },
      ],
    },
    {
      title: T.monitoring,
      children: [
        {
          title: T.monitoringSubmitted,
          width: 100,
          render: (_x, d) => ofTotal(d.monitoringSubmitted, d.monitoringRounds),
        },
        { title: T.red, width: 70, sorter: byNumber((d) => d.red), render: (_x, d) => count(d.red, 'red') },
      ],
    },
    {
      title: T.evaluation,
      children: [
        { title: T.submitted, width: 80, render: (_x, d) => ofTotal(d.evaluationsSubmitted, d.evaluations) },
        { title: T.approved, width: 80, render: (_x, d) => ofTotal(d.evaluationsApproved, d.evaluations) },
        { title: T.frozen, width: 80, render: (_x, d) => ofTotal(d.evaluationsFrozen, d.evaluations) },
      ],
    },
    {
      title: T.scores,
      children: [
        {
          title: T.averageScore,
          dataIndex: 'averageScore',
          width: 90,
          sorter: byDecimal((d) => d.averageScore),
          render: (s: string | null) => s ?? '—',
        },
        { title: T.grades, width: 150, render: (_x, d) => <Grades grades={d.grades} /> },
      ],
    },
    {
      title: T.execution,
      children: [
        {
          title: T.budget,
          dataIndex: 'budget',
          width: 120,
          align: 'right',
          sorter: byDecimal((d) => d.budget),
          render: money,
        },
        {
          title: T.executed,
          dataIndex: 'executed',
          width: 120,
          align: 'right',
          sorter: byDecimal((d) => d.executed),
          render: money,
        },
        {
          title: T.rate,
          dataIndex: 'rate',
          width: 90,
          align: 'right',
          sorter: byDecimal((d) => d.rate),
          render: percent,
        },
      ],
    },
    {
      title: T.rectifications,
      children: [
        {
          title: T.open,
          width: 70,
          sorter: byNumber((d) => d.rectificationsOpen),
          render: (_x, d) => count(d.rectificationsOpen, 'orange'),
        },
        {
          title: T.overdue,
          width: 70,
          sorter: byNumber((d) => d.rectificationsOverdue),
          render: (_x, d) => count(d.rectificationsOverdue, 'red'),
        },
      ],
    },
    {
      title: T.accounts,
      children: [
        { title: T.saved, width: 70, render: (_x, d) => ofTotal(d.accountsSaved, d.units) },
        { title: T.checked, width: 70, render: (_x, d) => ofTotal(d.accountsChecked, d.units) },
        { title: T.accountsSubmitted, width: 70, render: (_x, d) => ofTotal(d.accountsSubmitted, d.units) },
      ],
    },
    {
      title: <Tooltip title={T.checksHint}>{T.checks}</Tooltip>,
      width: 80,
      sorter: byNumber((d) => d.checkErrors),
      render: (_x, d) => count(d.checkErrors, 'red'),
    },
  ];
}

function unitColumns(open: (u: UnitOverview) => void): TableColumnsType<UnitOverview> {
  return [
    {
      title: T.unit,
      dataIndex: 'name',
      fixed: 'left',
      width: 250,
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
      render: (name: string, u) => (
        <Space orientation="vertical" size={0}>
          <Button
            type="link"
            size="small"
            style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left', height: 'auto' }}
            data-testid={`open-unit-${u.name}`}
            onClick={() => open(u)}
          >
            {name}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {u.kindLabel}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: T.goals,
      children: [
        {
          title: T.projects,
          width: 70,
          sorter: byNumber((u) => u.goals.projects),
          render: (_x, u) => u.goals.projects,
        },
        { title: T.goalsFiled, width: 80, render: (_x, u) => ofTotal(u.goals.filed, u.goals.projects) },
        { title: T.goalsApproved, width: 80, render: (_x, u) => ofTotal(u.goals.approved, u.goals.projects) },
      ],
    },
    {
      title: T.monitoring,
      children: [
        {
          title: T.monitoringSubmitted,
          width: 100,
          render: (_x, u) => (
            <Tooltip title={u.monitoring.latestLabel ?? undefined}>
              {ofTotal(u.monitoring.submitted, u.monitoring.rounds)}
            </Tooltip>
          ),
        },
        {
          title: T.red,
          width: 70,
          sorter: byNumber((u) => u.monitoring.red),
          render: (_x, u) => count(u.monitoring.red, 'red'),
        },
      ],
    },
    {
      title: T.evaluation,
      children: [
        {
          title: T.submitted,
          width: 80,
          render: (_x, u) => ofTotal(u.evaluation.submitted, u.evaluation.total),
        },
        {
          title: T.approved,
          width: 80,
          render: (_x, u) => ofTotal(u.evaluation.approved, u.evaluation.total),
        },
        { title: T.frozen, width: 80, render: (_x, u) => ofTotal(u.evaluation.frozen, u.evaluation.total) },
      ],
    },
    {
      title: T.scores,
      children: [
        {
          title: T.departmentScore,
          width: 110,
          sorter: byDecimal((u) => u.scores.departmentScore),
          render: (_x, u) => <ScoreGrade score={u.scores.departmentScore} grade={u.scores.departmentGrade} />,
        },
        {
          title: T.projectAverage,
          width: 90,
          sorter: byDecimal((u) => u.scores.projectAverage),
          render: (_x, u) => u.scores.projectAverage ?? '—',
        },
        { title: T.grades, width: 130, render: (_x, u) => <Grades grades={u.scores.grades} /> },
      ],
    },
    {
      title: T.execution,
      children: [
        {
          title: T.budget,
          width: 120,
          align: 'right',
          sorter: byDecimal((u) => u.execution.budget),
          render: (_x, u) => money(u.execution.budget),
        },
        {
          title: T.executed,
          width: 120,
          align: 'right',
          sorter: byDecimal((u) => u.execution.executed),
          render: (_x, u) => money(u.execution.executed),
        },
        {
          title: T.rate,
          width: 90,
          align: 'right',
          sorter: byDecimal((u) => u.execution.rate),
          render: (_x, u) => percent(u.execution.rate),
        },
      ],
    },
    {
      title: T.rectifications,
      children: [
        {
          title: T.open,
          width: 70,
          sorter: byNumber((u) => u.rectifications.open),
          render: (_x, u) => count(u.rectifications.open, 'orange'),
        },
        {
          title: T.overdue,
          width: 70,
          sorter: byNumber((u) => u.rectifications.overdue),
          render: (_x, u) => count(u.rectifications.overdue, 'red'),
        },
      ],
    },
    {
      title: T.accounts,
      width: 90,
      render: (_x, u) => (
        <Tag
          color={
            u.accounts.submitted
              ? 'green'
              : u.accounts.checked
                ? 'blue'
                : u.accounts.saved
                  ? 'orange'
                  : 'default'
          }
        >
          {u.accounts.statusLabel}
        </Tag>
      ),
    },
    {
      title: <Tooltip title={T.checksHint}>{T.checks}</Tooltip>,
      width: 80,
      sorter: byNumber((u) => u.checks.total),
      render: (_x, u) => (
        <Tooltip
          title={`决算审核公式未通过 ${u.checks.accountsViolations} 条（未说明 ${u.checks.accountsUnexplained} 条）；未达成未说明偏差原因的指标 ${u.checks.goalShortfalls} 项`}
        >
          {count(u.checks.total, 'red')}
        </Tooltip>
      ),
    },
    {
      title: T.pending,
      width: 200,
      render: (_x, u) =>
        u.pending.length === 0 ? (
          <Tag color="green">{T.allDone}</Tag>
        ) : (
          <Space size={2} wrap>
            {u.pending.map((s) => (
              <Tag key={s}>{STAGE_LABELS[s]}</Tag>
            ))}
          </Space>
        ),
    },
  ];
}

const PROJECT_COLUMNS: TableColumnsType<ProjectOverview> = [
  {
    title: T.project,
    dataIndex: 'name',
    fixed: 'left',
    width: 250,
    sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
    render: (name: string, p) => (
      <Link to={`/goals/${p.id}`} data-testid={`project-link-${name}`}>
        {name}
      </Link>
    ),
  },
  {
    title: T.budget,
    dataIndex: 'budget',
    width: 120,
    align: 'right',
    sorter: byDecimal((p) => p.budget),
    render: money,
  },
  {
    title: T.executed,
    dataIndex: 'executed',
    width: 120,
    align: 'right',
    sorter: byDecimal((p) => p.executed),
    render: money,
  },
  {
    title: T.rate,
    dataIndex: 'rate',
    width: 90,
    align: 'right',
    sorter: byDecimal((p) => p.rate),
    render: percent,
  },
  { title: T.indicators, dataIndex: 'indicators', width: 70 },
  { title: T.goals, dataIndex: 'goalsStatusLabel', width: 90 },
  { title: T.goalShortfalls, dataIndex: 'goalShortfalls', width: 90, render: (n: number) => count(n, 'red') },
  {
    title: T.light,
    dataIndex: 'lightLabel',
    width: 90,
    render: (label: string, p) => (p.light ? <Tag color={LIGHT_COLORS[p.light]}>{label}</Tag> : label),
  },
  { title: T.evaluationStatus, dataIndex: 'evaluationStatusLabel', width: 90 },
  {
    title: T.score,
    dataIndex: 'score',
    width: 80,
    sorter: byDecimal((p) => p.score),
    render: (s: string | null, p) =>
      s !== null && p.evaluationId ? <Link to={`/evaluations/${p.evaluationId}`}>{s}</Link> : '—',
  },
  {
    title: T.gradeCol,
    dataIndex: 'grade',
    width: 70,
    render: (g: string | null) => (g ? <Tag color={GRADE_COLORS[g]}>{g}</Tag> : '—'),
  },
];

const scrollWidth = (columns: TableColumnsType<never>): number =>
  columns.reduce(
    (w, c) =>
      w +
      ('children' in c && c.children
        ? scrollWidth(c.children as TableColumnsType<never>)
        : Number(c.width ?? 100)),
    0,
  );

/** `onYear`: told the year shown (the latest with data until the user picks one), for the page's other cards. */
export function OverviewSection({ onYear }: { onYear?: (year: number) => void } = {}) {
  const { currentOrgId } = useOrgs();
  const [year, setYear] = useState<number | undefined>(undefined);
  const [filters, setFilters] = useState<OverviewFilters>({});
  const [level, setLevel] = useState<Level | null>(null);
  const params: OverviewParams | null = currentOrgId ? { orgId: currentOrgId, year, ...filters } : null;
  const query = useOverview(params);
  const data = query.data;
  const shownYear = data?.year ?? undefined;
  useEffect(() => {
    if (shownYear !== undefined) onYear?.(shownYear);
  }, [onYear, shownYear]);

  // With one 主管部门 in reach there is nothing to compare at the top: start at its units.
  const shownLevel: Level = useMemo(() => {
    if (level) return level;
    if (data && data.departments.length === 1)
      return { level: 'units', departmentId: data.departments[0]!.departmentId };
    return { level: 'departments' };
  }, [level, data]);

  const units = useMemo(
    () =>
      data && shownLevel.level !== 'departments'
        ? data.units.filter((u) => u.departmentId === shownLevel.departmentId)
        : [],
    [data, shownLevel],
  );
  const projects = useMemo(
    () =>
      data && shownLevel.level === 'projects'
        ? data.projects.filter((p) => p.orgId === shownLevel.unitId)
        : [],
    [data, shownLevel],
  );
  const rates: RateBar[] = useMemo(() => {
    if (!data) return [];
    const rows =
      shownLevel.level === 'departments'
        ? data.departments.map((d) => ({ name: d.departmentName, rate: d.rate }))
        : shownLevel.level === 'units'
          ? units.map((u) => ({ name: u.name, rate: u.execution.rate }))
          : projects.map((p) => ({ name: p.name, rate: p.rate }));
    return rows.filter((r): r is RateBar => r.rate !== null);
  }, [data, shownLevel, units, projects]);
  const distribution = useMemo(() => {
    if (!data) return [];
    if (shownLevel.level === 'departments') return data.distribution;
    const mine = shownLevel.level === 'units' ? units : units.filter((u) => u.orgId === shownLevel.unitId);
    return data.distribution.map((d) => ({
      grade: d.grade,
      project: mine.reduce(
        (n, u) =>
          n + u.evaluations.filter((e) => e.kind === 'project' && (e.grade ?? '未评分') === d.grade).length,
        0,
      ),
      department: mine.reduce(
        (n, u) =>
          n +
          u.evaluations.filter((e) => e.kind === 'department' && (e.grade ?? '未评分') === d.grade).length,
        0,
      ),
    }));
  }, [data, shownLevel, units]);

  const exportTable = (table: OverviewTable) => {
    if (!params) return;
    const scope =
      shownLevel.level === 'departments'
        ? {}
        : shownLevel.level === 'units'
          ? { departmentId: shownLevel.departmentId }
          : { departmentId: shownLevel.departmentId, unitId: shownLevel.unitId };
    downloadUrl(overviewApi.exportUrl({ ...params, year: data?.year ?? year }, table, scope));
  };
  const setFilter = <K extends keyof OverviewFilters>(key: K, value: OverviewFilters[K] | undefined) => {
    setFilters((f) => {
      const next = { ...f };
      if (value === undefined) delete next[key];
      else next[key] = value;
      return next;
    });
    setLevel(null);
  };

  const department = data?.departments.find((d) =>
    shownLevel.level !== 'departments' ? d.departmentId === shownLevel.departmentId : false,
  );
  const unit =
    shownLevel.level === 'projects' ? data?.units.find((u) => u.orgId === shownLevel.unitId) : undefined;
  const crumbs = [
    ...(data && data.departments.length > 1
      ? [{ title: <a onClick={() => setLevel({ level: 'departments' })}>{T.allDepartments}</a> }]
      : []),
    ...(shownLevel.level !== 'departments'
      ? [
          {
            title:
              shownLevel.level === 'projects' ? (
                <a onClick={() => setLevel({ level: 'units', departmentId: shownLevel.departmentId })}>
                  {department?.departmentName ?? unit?.departmentName}
                </a>
              ) : (
                (department?.departmentName ?? '')
              ),
          },
        ]
      : []),
    ...(shownLevel.level === 'projects' ? [{ title: unit?.name ?? '' }] : []),
  ];

  const deptCols = useMemo(
    () => departmentColumns((d) => setLevel({ level: 'units', departmentId: d.departmentId })),
    [],
  );
  const unitCols = useMemo(
    () => unitColumns((u) => setLevel({ level: 'projects', departmentId: u.departmentId, unitId: u.orgId })),
    [],
  );

  return (
    <Card title={T.title} data-testid="overview">
      <Typography.Paragraph type="secondary">{T.summary}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          data-testid="overview-year"
          prefix={`${T.year}：`}
          style={{ width: 130 }}
          value={data?.year ?? undefined}
          placeholder={T.noYear}
          options={(data?.years ?? []).map((y) => ({ value: y, label: `${y}` }))}
          onChange={(y: number) => {
            setYear(y);
            setLevel(null);
          }}
        />
        <Select
          data-testid="overview-department"
          prefix={`${T.department}：`}
          style={{ width: 320 }}
          allowClear
          placeholder={T.any}
          value={filters.departmentId}
          options={(data?.departmentOptions ?? []).map((d) => ({ value: d.id, label: d.name }))}
          onChange={(v: string | undefined) => setFilter('departmentId', v)}
        />
        <Select
          data-testid="overview-kind"
          prefix={`${T.kind}：`}
          style={{ width: 170 }}
          allowClear
          placeholder={T.any}
          value={filters.kind}
          options={[
            { value: 'department', label: T.kinds.department },
            { value: 'unit', label: T.kinds.unit },
          ]}
          onChange={(v: 'department' | 'unit' | undefined) => setFilter('kind', v)}
        />
        <Select
          data-testid="overview-grade"
          prefix={`${T.grade}：`}
          style={{ width: 130 }}
          allowClear
          placeholder={T.any}
          value={filters.grade}
          options={GRADE_OPTIONS.map((g) => ({ value: g, label: g }))}
          onChange={(v: string | undefined) => setFilter('grade', v)}
        />
        <Select
          data-testid="overview-stage"
          prefix={`${T.stage}：`}
          style={{ width: 190 }}
          allowClear
          placeholder={T.any}
          value={filters.stage}
          options={(Object.keys(STAGE_LABELS) as Stage[]).map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
          onChange={(v: Stage | undefined) => setFilter('stage', v)}
        />
      </Space>
      {query.error && (
        <Alert type="error" showIcon title={query.error.message} style={{ marginBottom: 16 }} />
      )}
      {data && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <OverviewCharts
            distribution={distribution}
            rates={rates}
            gradeExtra={<ExportButton table="grades" onClick={() => exportTable('grades')} />}
          />
          {crumbs.length > 0 && <Breadcrumb items={crumbs} data-testid="overview-breadcrumb" />}
          {shownLevel.level === 'departments' && (
            <Table<DepartmentOverview>
              data-testid="overview-departments"
              title={() => (
                <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                  <strong>{T.departmentsTable}</strong>
                  <ExportButton table="departments" onClick={() => exportTable('departments')} />
                </Space>
              )}
              rowKey="departmentId"
              size="small"
              bordered
              loading={query.isFetching}
              columns={deptCols}
              dataSource={data.departments}
              pagination={false}
              scroll={{ x: scrollWidth(deptCols as TableColumnsType<never>) }}
            />
          )}
          {shownLevel.level === 'units' && (
            <Table<UnitOverview>
              data-testid="overview-units"
              title={() => (
                <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                  <strong>{T.unitsTable}</strong>
                  <ExportButton table="units" onClick={() => exportTable('units')} />
                </Space>
              )}
              rowKey="orgId"
              size="small"
              bordered
              loading={query.isFetching}
              columns={unitCols}
              dataSource={units}
              pagination={false}
              scroll={{ x: scrollWidth(unitCols as TableColumnsType<never>) }}
            />
          )}
          {shownLevel.level === 'projects' && (
            <Table<ProjectOverview>
              data-testid="overview-projects"
              title={() => (
                <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                  <strong>{T.projectsTable}</strong>
                  <ExportButton table="projects" onClick={() => exportTable('projects')} />
                </Space>
              )}
              rowKey="id"
              size="small"
              bordered
              loading={query.isFetching}
              columns={PROJECT_COLUMNS}
              dataSource={projects}
              pagination={false}
              scroll={{ x: scrollWidth(PROJECT_COLUMNS as TableColumnsType<never>) }}
            />
          )}
        </Space>
      )}
    </Card>
  );
}
