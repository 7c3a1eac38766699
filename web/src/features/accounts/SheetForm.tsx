// The entry form of one table (one sheet of ACCOUNTS_LAYOUT): labelled rows of amounts, counts and
// texts, or the repeating rows of the 科目 / 经济分类 / 项目 tables. Cells that a balance rule
// flags are outlined red; every input has an id so a violation or a 【待填写】 can jump to it.
import type { ReactNode } from 'react';
import { AutoComplete, Button, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  COMPUTED_PATHS,
  isComputedSubjectRow,
  UNIT_KINDS,
  getPath,
  setPath,
  type FinalAccounts,
  type FixedBlock,
  type LayoutField,
  type LayoutSheet,
  type ListBlock,
} from '../../../../src/domain/accounts/index.ts';
import { AmountInput } from './AmountInput';
import type { Catalog } from './api';
import { showAmount, type EntryUnit } from './amount';
import { dec } from '../../../../src/domain/money/index.ts';
import type { GoalsProjectRow } from '../../../../src/domain/accounts/projects-from-goals.ts';
import { accountsTexts as T } from './texts';

export type SheetFormProps = {
  sheet: LayoutSheet;
  data: FinalAccounts;
  onChange: (next: FinalAccounts) => void;
  unit: EntryUnit;
  readOnly: boolean;
  flagged: ReadonlySet<string>;
  catalog: Catalog | null;
  /** Prefix of input ids (two forms on one page must not share ids). */
  idPrefix?: string;
  /** Shown above the project rows: 从绩效目标带入 for a saved 决算 the user may change. */
  projectsAction?: ReactNode;
  /** What the goals give per project: a 预算数 / 执行数 that differs from it asks for a 修改原因. */
  projectsFromGoals?: readonly GoalsProjectRow[];
};

export const fieldId = (prefix: string, path: string) => `${prefix}f-${path}`;

function FieldInput({ field, props }: { field: LayoutField; props: SheetFormProps }) {
  const { data, onChange, unit, readOnly, flagged, idPrefix = '' } = props;
  const id = fieldId(idPrefix, field.path);
  const value = getPath(data, field.path);
  const set = (v: unknown) => onChange(setPath(data, field.path, v));
  if (field.kind === 'yuan')
    return (
      <AmountInput
        id={id}
        cell={field.cell}
        yuan={value as string}
        unit={unit}
        disabled={readOnly}
        computed={COMPUTED_PATHS.has(field.path)}
        optional={field.optional}
        invalid={!!field.cell && flagged.has(field.cell)}
        onChange={(y) => set(field.optional ? y : (y ?? '0.00'))}
      />
    );
  if (field.kind === 'count' || field.kind === 'year')
    return (
      <InputNumber
        id={id}
        data-cell={field.cell}
        className={field.cell && flagged.has(field.cell) ? 'jx-violation' : undefined}
        status={field.cell && flagged.has(field.cell) ? 'error' : undefined}
        value={value as number}
        min={field.kind === 'year' ? 2000 : 0}
        precision={0}
        disabled={readOnly || field.kind === 'year'}
        readOnly={COMPUTED_PATHS.has(field.path)}
        onChange={(v) => set(v ?? (field.optional ? undefined : 0))}
        style={{ width: '100%' }}
      />
    );
  if (field.kind === 'unitKind')
    return (
      <Select
        id={id}
        value={value as string}
        disabled={readOnly}
        options={UNIT_KINDS.map((k) => ({ value: k, label: k }))}
        onChange={set}
        style={{ width: '100%' }}
      />
    );
  if (field.kind === 'longText')
    return (
      <Input.TextArea
        id={id}
        value={value as string}
        disabled={readOnly}
        autoSize={{ minRows: 2, maxRows: 8 }}
        onChange={(e) => set(e.target.value)}
      />
    );
  return <Input id={id} value={value as string} disabled={readOnly} onChange={(e) => set(e.target.value)} />;
}

function FixedBlockForm({ block, props }: { block: FixedBlock; props: SheetFormProps }) {
  const rows = block.rows.filter((r) => r.fields.some(Boolean));
  const columns: TableColumnsType<(typeof rows)[number]> = [
    { title: block.headers[0], dataIndex: 'label', width: block.headers.length > 2 ? '40%' : '45%' },
    ...block.headers.slice(1).map((h, j) => ({
      title: h,
      key: String(j),
      render: (_: unknown, row: (typeof rows)[number]) =>
        row.fields[j] ? <FieldInput field={row.fields[j]!} props={props} /> : null,
    })),
  ];
  return (
    <Table
      size="small"
      bordered
      pagination={false}
      rowKey="label"
      columns={columns}
      dataSource={rows}
      className="jx-acc-table"
    />
  );
}

type GeneralRow = FinalAccounts['current']['generalByFunction'][number];

/**
 * A 科目 code: chosen from the catalogue or typed (a code the catalogue does not hold is accepted; its
 * row then takes the name the user gives and is marked "不在 YYYY 年科目表中").
 */
function CodeInput(props: {
  id: string;
  value: string;
  disabled: boolean;
  options: { value: string; label: string }[];
  onChange: (code: string) => void;
}) {
  return (
    <AutoComplete
      id={props.id}
      value={props.value || undefined}
      placeholder={T.pickCode}
      disabled={props.disabled}
      style={{ width: '100%' }}
      options={props.options}
      showSearch={{
        filterOption: (input, option) => String(option?.label ?? '').includes(input.trim()),
      }}
      onChange={(v: string) =>
        props.onChange(
          String(v ?? '')
            .replace(/\D/g, '')
            .slice(0, 7),
        )
      }
    />
  );
}

/** The catalogue's name of a code, or an input for the name when the catalogue does not hold it. */
function SubjectName(props: {
  id: string;
  code: string;
  name: string | undefined;
  known: string | undefined;
  year: number | undefined;
  disabled: boolean;
  onChange: (name: string | undefined) => void;
}) {
  if (!props.code) return null;
  if (props.known !== undefined && !props.name) return <Typography.Text>{props.known}</Typography.Text>;
  return (
    <>
      <Input
        id={props.id}
        value={props.name ?? ''}
        placeholder={T.subjectNamePlaceholder}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.value || undefined)}
      />
      {props.known === undefined && props.year !== undefined && (
        <Typography.Text type="warning" data-testid="not-in-catalogue">
          {T.notInCatalogue(props.year)}
        </Typography.Text>
      )}
    </>
  );
}

function GeneralList({ props }: { props: SheetFormProps }) {
  const { data, onChange, unit, readOnly, flagged, catalog, idPrefix = '' } = props;
  const rows = data.current.generalByFunction;
  const names = new Map(catalog?.functions.map((f) => [f.code, f]) ?? []);
  const setRows = (next: GeneralRow[]) => onChange(setPath(data, 'current.generalByFunction', next));
  const setRow = (i: number, patch: Partial<GeneralRow>) =>
    setRows(rows.map((r, k) => (k === i ? ({ ...r, ...patch } as GeneralRow) : r)));
  const amount = (col: 'budget' | 'actual' | 'basic' | 'project', optional = false) => ({
    title: { budget: '预算数', actual: '决算数', basic: '其中：基本支出', project: '其中：项目支出' }[col],
    key: col,
    width: 140,
    render: (_: unknown, r: GeneralRow, i: number) => (
      <AmountInput
        id={`${idPrefix}f-general-${r.code}-${col}`}
        cell={`general/${r.code}/${col}`}
        yuan={r[col]}
        unit={unit}
        optional={optional}
        disabled={readOnly}
        computed={isComputedSubjectRow(data, r.code)}
        invalid={flagged.has(`general/${r.code}/${col}`)}
        onChange={(y) => setRow(i, { [col]: y } as Partial<GeneralRow>)}
      />
    ),
  });
  const columns: TableColumnsType<GeneralRow> = [
    {
      title: T.code,
      key: 'code',
      width: 180,
      render: (_: unknown, r, i) => (
        <CodeInput
          id={`${idPrefix}f-general-${r.code}-code`}
          value={r.code}
          disabled={readOnly}
          options={
            catalog?.functions.map((f) => ({
              value: f.code,
              label: `${f.code} ${'　'.repeat(f.level === '类' ? 0 : f.level === '款' ? 1 : 2)}${f.name}`,
            })) ?? []
          }
          onChange={(code) => setRow(i, { code })}
        />
      ),
    },
    {
      title: T.subjectName,
      key: 'name',
      width: 220,
      render: (_: unknown, r, i) => (
        <SubjectName
          id={`${idPrefix}f-general-${r.code}-name`}
          code={r.code}
          name={r.name}
          known={names.get(r.code)?.name}
          year={catalog?.year}
          disabled={readOnly}
          onChange={(name) => setRow(i, { name })}
        />
      ),
    },
    { title: '层级', key: 'level', width: 56, render: (_: unknown, r) => names.get(r.code)?.level ?? '' },
    amount('budget'),
    amount('actual'),
    amount('basic', true),
    amount('project', true),
    {
      title: '决算数与预算数差异原因',
      key: 'reason',
      width: 240,
      render: (_: unknown, r, i) => (
        <Input.TextArea
          id={`${idPrefix}f-general-${r.code}-reason`}
          value={r.reason ?? ''}
          disabled={readOnly}
          autoSize={{ minRows: 1, maxRows: 4 }}
          onChange={(e) => setRow(i, { reason: e.target.value || undefined })}
        />
      ),
    },
    ...(readOnly
      ? []
      : [
          {
            title: '',
            key: 'x',
            width: 48,
            render: (_: unknown, _r: GeneralRow, i: number) => (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={T.remove}
                onClick={() => setRows(rows.filter((_x, k) => k !== i))}
              />
            ),
          },
        ]),
  ];
  return (
    <>
      <Table
        size="small"
        bordered
        pagination={false}
        rowKey={(r) => `${r.code}-${rows.indexOf(r)}`}
        columns={columns}
        dataSource={rows}
        className="jx-acc-table"
        rowClassName={(r) => ([r.budget, r.actual].every((v) => !v || Number(v) === 0) ? 'jx-zero-row' : '')}
        // The columns' widths added up (180 + 220 + 56 + 4 × 140 + 240 + 48), laid out as set: under the
        // automatic layout the code's input took a third of the table and squeezed the 差异原因 column.
        scroll={{ x: 1304 }}
        tableLayout="fixed"
      />
      {!readOnly && (
        <Button
          icon={<PlusOutlined />}
          style={{ marginTop: 8 }}
          onClick={() => setRows([...rows, { code: '', budget: '0.00', actual: '0.00' }])}
        >
          {T.addRow}
        </Button>
      )}
    </>
  );
}

type ItemRow = FinalAccounts['current']['basicByEconomic']['items'][number];

function BasicItems({ props }: { props: SheetFormProps }) {
  const { data, onChange, unit, readOnly, flagged, catalog, idPrefix = '' } = props;
  const items = data.current.basicByEconomic.items;
  const economicNames = new Map(catalog?.economic.map((e) => [e.code, e.name]) ?? []);
  const setItems = (next: ItemRow[]) => onChange(setPath(data, 'current.basicByEconomic.items', next));
  const columns: TableColumnsType<ItemRow> = [
    {
      title: '经济分类科目',
      key: 'code',
      render: (_: unknown, r, i) => (
        <CodeInput
          id={`${idPrefix}f-basic-${r.code}-code`}
          value={r.code}
          disabled={readOnly}
          options={
            catalog?.economic.map((e) => ({
              value: e.code,
              label: `${e.code} ${e.name}（${T.economicGroup[e.group] ?? ''}）`,
            })) ?? []
          }
          onChange={(code) => setItems(items.map((x, k) => (k === i ? { ...x, code } : x)))}
        />
      ),
    },
    {
      title: T.subjectName,
      key: 'name',
      width: 220,
      render: (_: unknown, r, i) => (
        <SubjectName
          id={`${idPrefix}f-basic-${r.code}-name`}
          code={r.code}
          name={r.name}
          known={economicNames.get(r.code)}
          year={catalog?.year}
          disabled={readOnly}
          onChange={(name) => setItems(items.map((x, k) => (k === i ? { ...x, name } : x)))}
        />
      ),
    },
    {
      title: '金额',
      key: 'amount',
      width: 180,
      render: (_: unknown, r, i) => (
        <AmountInput
          id={`${idPrefix}f-basic-${r.code}`}
          cell={`basic/${r.code}/amount`}
          yuan={r.amount}
          unit={unit}
          disabled={readOnly}
          invalid={flagged.has(`basic/${r.code}/amount`)}
          onChange={(y) => setItems(items.map((x, k) => (k === i ? { ...x, amount: y ?? '0.00' } : x)))}
        />
      ),
    },
    ...(readOnly
      ? []
      : [
          {
            title: '',
            key: 'x',
            width: 48,
            render: (_: unknown, _r: ItemRow, i: number) => (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={T.remove}
                onClick={() => setItems(items.filter((_x, k) => k !== i))}
              />
            ),
          },
        ]),
  ];
  return (
    <>
      <Typography.Text type="secondary">
        经济分类明细（可选；填写后校验人员经费、公用经费与明细之和）
      </Typography.Text>
      <Table
        size="small"
        bordered
        pagination={false}
        rowKey={(r) => `${r.code}-${items.indexOf(r)}`}
        columns={columns}
        dataSource={items}
        className="jx-acc-table"
      />
      {!readOnly && (
        <Button
          icon={<PlusOutlined />}
          style={{ marginTop: 8 }}
          onClick={() => setItems([...items, { code: '', amount: '0.00' }])}
        >
          {T.addRow}
        </Button>
      )}
    </>
  );
}

type ProjectRow = FinalAccounts['current']['projects'][number];

function Projects({ props }: { props: SheetFormProps }) {
  const { data, onChange, unit, readOnly, idPrefix = '', projectsAction, projectsFromGoals } = props;
  const items = data.current.projects;
  const setItems = (next: ProjectRow[]) => onChange(setPath(data, 'current.projects', next));
  const setItem = (i: number, patch: Partial<ProjectRow>) =>
    setItems(items.map((x, k) => (k === i ? { ...x, ...patch } : x)));
  const goalsByName = new Map((projectsFromGoals ?? []).map((g) => [g.name.trim(), g]));
  // A figure the goals give, changed to another (not left empty): the form shows the goals' figure and asks
  // why, as the save does (save-accounts.ts refuses it without a 修改原因).
  const fromGoals = (r: ProjectRow, field: 'budget' | 'actual'): string | null => {
    const g = goalsByName.get(r.name.trim())?.[field];
    const value = r[field];
    if (!g || dec(g).isZero() || !value || dec(value).isZero() || dec(g).eq(dec(value))) return null;
    return g;
  };
  const amountColumn = (field: 'budget' | 'actual', title: string) => ({
    title,
    key: field,
    width: 160,
    render: (_: unknown, r: ProjectRow, i: number) => {
      const prefilled = fromGoals(r, field);
      const reason = r.overrideReasons?.[field] ?? '';
      return (
        <>
          <AmountInput
            id={`${idPrefix}f-project-${i}-${field}`}
            yuan={r[field]}
            unit={unit}
            disabled={readOnly}
            onChange={(y) => setItem(i, { [field]: y ?? '0.00' })}
          />
          {prefilled !== null && (
            <div className="jx-acc-override" data-testid={`project-${i}-${field}-override`}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                绩效目标带入：{showAmount(prefilled, unit)}
                {unit}
              </Typography.Text>
              <Input
                size="small"
                value={reason}
                disabled={readOnly}
                status={reason.trim() ? undefined : 'error'}
                placeholder="修改原因（必填）"
                aria-label={`${title}修改原因`}
                onChange={(e) =>
                  setItem(i, { overrideReasons: { ...r.overrideReasons, [field]: e.target.value } })
                }
              />
            </div>
          )}
        </>
      );
    },
  });
  const text = (key: 'summary' | 'problems' | 'measures', title: string) => ({
    title,
    key,
    render: (_: unknown, r: ProjectRow, i: number) => (
      <Input.TextArea
        value={r[key]}
        disabled={readOnly}
        autoSize={{ minRows: 1, maxRows: 5 }}
        onChange={(e) => setItem(i, { [key]: e.target.value })}
      />
    ),
  });
  const columns: TableColumnsType<ProjectRow> = [
    {
      title: '项目名称',
      key: 'name',
      width: 200,
      render: (_: unknown, r, i) => (
        <Input value={r.name} disabled={readOnly} onChange={(e) => setItem(i, { name: e.target.value })} />
      ),
    },
    amountColumn('budget', '预算数'),
    amountColumn('actual', '执行数'),
    text('summary', '实施成效'),
    text('problems', '存在问题'),
    text('measures', '改进措施'),
    ...(readOnly
      ? []
      : [
          {
            title: '',
            key: 'x',
            width: 48,
            render: (_: unknown, _r: ProjectRow, i: number) => (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={T.remove}
                onClick={() => setItems(items.filter((_x, k) => k !== i))}
              />
            ),
          },
        ]),
  ];
  return (
    <>
      {/* No figure typed twice: an unsaved 决算 starts with these rows from the goals (issue 15). */}
      <Space align="start" style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Paragraph
          type="secondary"
          style={{ fontSize: 12, margin: 0 }}
          data-testid="projects-source"
        >
          新建决算时，项目名称、预算数、执行数和实施成效取自该年度的绩效目标（项目预算执行情况、年度总体目标实际完成情况），可修改；修改带入的预算数、执行数须填写修改原因。
          {projectsAction ? '已保存的决算可用“从绩效目标带入”补上后来填报的项目。' : ''}
        </Typography.Paragraph>
        {projectsAction}
      </Space>
      <Table
        size="small"
        bordered
        pagination={false}
        rowKey={(r) => `${items.indexOf(r)}`}
        columns={columns}
        dataSource={items}
        className="jx-acc-table"
        scroll={{ x: 1100 }}
      />
      {!readOnly && (
        <Button
          icon={<PlusOutlined />}
          style={{ marginTop: 8 }}
          onClick={() =>
            setItems([
              ...items,
              { name: '', budget: '0.00', actual: '0.00', summary: '', problems: '', measures: '' },
            ])
          }
        >
          {T.addRow}
        </Button>
      )}
    </>
  );
}

function ListBlockForm({ block, props }: { block: ListBlock; props: SheetFormProps }) {
  if (block.list === 'general') return <GeneralList props={props} />;
  if (block.list === 'basicItems') return <BasicItems props={props} />;
  return <Projects props={props} />;
}

export function SheetForm(props: SheetFormProps) {
  return (
    <div className="jx-acc-sheet" data-testid={`sheet-${props.sheet.id}`}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {props.sheet.title}
        <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal', marginLeft: 12 }}>
          金额单位：{props.unit}
        </Typography.Text>
      </Typography.Title>
      {props.sheet.blocks.map((block, i) => (
        <div key={i} style={{ marginBottom: 16 }}>
          {block.kind === 'fixed' ? (
            <FixedBlockForm block={block} props={props} />
          ) : (
            <ListBlockForm block={block} props={props} />
          )}
        </div>
      ))}
    </div>
  );
}
