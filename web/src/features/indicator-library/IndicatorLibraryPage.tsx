// 指标库 (administrators): one edition (region and year) at a time, chosen at the top — by default the one
// serving the selected organisation this year — or a new edition (empty or a copy of another). Its entries
// the selected organisation's administrators maintain — 共性 and 行业 indicators by the edition's finance
// organisation, 个性 indicators per department — searched and filtered, created and edited in a dialog,
// deleted, exported to and imported from Excel (a preview first: problems by row and column, what would be
// created and updated), and the units' 入库建议 accepted or rejected.
import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Radio,
  Select,
  Space,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
  Upload,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import {
  DIRECTION_NAMES,
  INDICATOR_DIRECTIONS,
  type IndicatorDirection,
} from '../../../../src/domain/indicators/direction.ts';
import {
  LIBRARY_LEVELS,
  LIBRARY_SCOPE_NAMES,
  LIBRARY_SCOPES,
  type LibraryScope,
} from '../../../../src/domain/indicators/library.ts';
import { useOrgs } from '../../shared/orgs/OrgContext';
import { useNotify } from '../../shared/ui/useNotify';
import { downloadUrl } from '../accounts/DocumentButtons';
import type { Edition, EntryInput, ImportResult, LibraryEntry, Proposal } from './api';
import { DirectionTag } from './LibraryPicker';
import {
  useAccept,
  useCreateEdition,
  useCreateEntry,
  useDeleteEntry,
  useEditions,
  useImportLibrary,
  useLibrarySearch,
  useProposals,
  useReject,
  useUpdateEntry,
} from './queries';
import { libraryTexts as T } from './texts';

const MAX_BYTES = 10 * 1024 * 1024;

type Editing = { entry: LibraryEntry | null };

function EditionDialog({
  editions,
  copyFrom,
  regions,
  onClose,
  onCreated,
}: {
  editions: Edition[];
  copyFrom: string | null;
  regions: Array<{ value: string; label: string }>;
  onClose: () => void;
  onCreated: (e: Edition) => void;
}) {
  const notify = useNotify();
  const create = useCreateEdition();
  const [form] = Form.useForm<{ region: string; year: number; note: string; copyFromId: string }>();
  const submit = async () => {
    const v = await form.validateFields();
    create.mutate(
      { region: v.region, year: v.year, note: v.note ?? '', copyFromId: v.copyFromId || null },
      {
        onSuccess: (e) => (notify.success(T.editionCreated(e.label)), onCreated(e)),
        onError: (err: unknown) => notify.error(err),
      },
    );
  };
  return (
    <Modal
      title={T.newEdition}
      open
      width={560}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        labelCol={{ span: 5 }}
        initialValues={{
          region: regions[0]?.value ?? T.nationalRegion,
          year: new Date().getFullYear(),
          note: '',
          copyFromId: copyFrom ?? '',
        }}
      >
        <Form.Item name="region" label={T.region} rules={[{ required: true, message: T.required }]}>
          <Select options={regions} data-testid="edition-region" />
        </Form.Item>
        <Form.Item name="year" label={T.year} rules={[{ required: true, message: T.required }]}>
          <InputNumber
            min={2000}
            max={2100}
            precision={0}
            style={{ width: 140 }}
            data-testid="edition-year"
          />
        </Form.Item>
        <Form.Item name="copyFromId" label={T.copyFrom}>
          <Select
            options={[
              { value: '', label: T.copyNone },
              ...editions.map((e) => ({
                value: e.id,
                label: `${e.label}（${T.editionEntries(e.entries)}）`,
              })),
            ]}
          />
        </Form.Item>
        <Form.Item name="note" label={T.editionNote}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function EntryDialog({
  editing,
  editionId,
  onClose,
  departments,
  defaultOwner,
}: {
  editing: Editing;
  editionId: string;
  onClose: () => void;
  departments: Array<{ value: string; label: string }>;
  defaultOwner: string | null;
}) {
  const notify = useNotify();
  const create = useCreateEntry();
  const update = useUpdateEntry();
  const e = editing.entry;
  const [form] = Form.useForm<EntryInput & { direction: IndicatorDirection | '' }>();
  const scope = Form.useWatch('scope', form) as LibraryScope | undefined;
  const level1 = Form.useWatch('level1', form) as string | undefined;
  const submit = async () => {
    const v = await form.validateFields();
    const input: EntryInput = {
      ...v,
      code: v.code?.trim() || undefined,
      direction: (v.direction as string) === '' ? null : v.direction,
      ownerOrgId: v.scope === 'department' ? v.ownerOrgId : null,
      industry: v.scope === 'industry' ? v.industry : '',
      editionId,
    };
    const done = {
      onSuccess: () => (notify.success(e ? T.saved : T.created), onClose()),
      onError: (err: unknown) => notify.error(err),
    };
    if (e) update.mutate({ id: e.id, input: { ...input, version: e.version } }, done);
    else create.mutate(input, done);
  };
  return (
    <Modal
      title={e ? `${T.edit}：${e.name}` : T.add}
      open
      width={720}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="horizontal"
        labelCol={{ span: 5 }}
        initialValues={{
          code: e?.code ?? '',
          scope: e?.scope ?? (defaultOwner ? 'department' : 'common'),
          ownerOrgId: e?.scope === 'department' ? e.orgId : defaultOwner,
          industry: e?.industry ?? '',
          level1: e?.level1 ?? '产出指标',
          level2: e?.level2 ?? '数量指标',
          name: e?.name ?? '',
          unit: e?.unit ?? '',
          direction: e?.direction ?? '',
          scoringRule: e?.scoringRule ?? '',
          valueNote: e?.valueNote ?? '',
          active: e?.active ?? true,
        }}
      >
        <Form.Item name="code" label={T.code}>
          <Input placeholder={T.codeHint} data-testid="entry-code" />
        </Form.Item>
        <Form.Item name="scope" label={T.scope}>
          <Radio.Group
            options={LIBRARY_SCOPES.map((s) => ({ value: s, label: LIBRARY_SCOPE_NAMES[s] }))}
            optionType="button"
          />
        </Form.Item>
        {scope === 'department' ? (
          <Form.Item
            name="ownerOrgId"
            label={T.ownerDepartment}
            rules={[{ required: true, message: T.required }]}
          >
            <Select
              options={departments}
              placeholder={T.chooseDepartment}
              showSearch
              optionFilterProp="label"
            />
          </Form.Item>
        ) : null}
        {scope === 'industry' ? (
          <Form.Item name="industry" label={T.industry} rules={[{ required: true, message: T.required }]}>
            <Input />
          </Form.Item>
        ) : null}
        <Form.Item name="level1" label={T.level1} rules={[{ required: true, message: T.required }]}>
          <Select
            options={LIBRARY_LEVELS.map((l) => ({ value: l.level1, label: l.level1 }))}
            onChange={(v: string) =>
              form.setFieldValue('level2', LIBRARY_LEVELS.find((l) => l.level1 === v)!.level2[0])
            }
          />
        </Form.Item>
        <Form.Item name="level2" label={T.level2} rules={[{ required: true, message: T.required }]}>
          <Select
            options={(LIBRARY_LEVELS.find((l) => l.level1 === level1)?.level2 ?? []).map((x) => ({
              value: x,
              label: x,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={T.name}
          rules={[{ required: true, whitespace: true, message: T.required }]}
        >
          <Input data-testid="entry-name" />
        </Form.Item>
        <Form.Item name="unit" label={T.unit}>
          <Input style={{ width: 160 }} data-testid="entry-unit" />
        </Form.Item>
        <Form.Item name="direction" label={T.direction}>
          <Select
            style={{ width: 260 }}
            options={[
              { value: '', label: T.directionDefault },
              ...INDICATOR_DIRECTIONS.map((d) => ({ value: d, label: DIRECTION_NAMES[d] })),
            ]}
          />
        </Form.Item>
        <Form.Item name="scoringRule" label={T.scoringRule}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        <Form.Item name="valueNote" label={T.valueNote}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        <Form.Item name="active" label={T.active} valuePropName="checked">
          <Switch checkedChildren={T.activeYes} unCheckedChildren={T.activeNo} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ImportCard({ orgId, edition }: { orgId: string; edition: Edition }) {
  const editionId = edition.id;
  const notify = useNotify();
  const importer = useImportLibrary();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const choose = (f: File) => {
    if (f.size > MAX_BYTES) return notify.error(new Error(T.tooBig));
    // The file itself is sent (no Base64): the server reads it in a parsing worker.
    setFile(f);
    importer.mutate(
      { orgId, editionId, file: f, dryRun: true },
      { onSuccess: setPreview, onError: (err: unknown) => (setPreview(null), notify.error(err)) },
    );
  };
  const apply = () =>
    file &&
    importer.mutate(
      { orgId, editionId, file, dryRun: false },
      {
        onSuccess: (r) => {
          notify.success(T.imported(r.created.length, r.updated.length));
          setPreview(null);
          setFile(null);
        },
        onError: (err: unknown) => notify.error(err),
      },
    );
  return (
    <>
      <Space wrap>
        <Button
          icon={<DownloadOutlined />}
          onClick={() =>
            downloadUrl(
              `/api/indicator-library/export?orgId=${orgId}&editionId=${encodeURIComponent(editionId)}`,
            )
          }
        >
          {T.exportXlsx}
        </Button>
        <Upload
          accept=".xlsx"
          showUploadList={false}
          beforeUpload={(f) => {
            void choose(f);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={importer.isPending} data-testid="library-import">
            {T.importXlsx}
          </Button>
        </Upload>
      </Space>
      {preview ? (
        <Card
          size="small"
          style={{ marginTop: 12 }}
          title={T.importPreview(preview.fileName, preview.rows, preview.edition)}
        >
          {preview.problems.length > 0 ? (
            <>
              <Alert type="error" showIcon title={T.importProblems(preview.problems.length)} />
              <Table
                size="small"
                rowKey={(p) => `${p.row}-${p.column}-${p.message}`}
                dataSource={preview.problems}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                columns={[
                  { title: T.problemRow, dataIndex: 'row', width: 60 },
                  { title: T.problemColumn, dataIndex: 'column', width: 120 },
                  { title: T.problemMessage, dataIndex: 'message' },
                ]}
                data-testid="library-import-problems"
              />
            </>
          ) : (
            <Space>
              <span>
                {T.importSummary(preview.created.length, preview.updated.length, preview.unchanged)}
              </span>
              <Button type="primary" onClick={apply} loading={importer.isPending}>
                {T.importApply}
              </Button>
            </Space>
          )}
        </Card>
      ) : null}
    </>
  );
}

function ProposalsTab({ orgId }: { orgId: string }) {
  const notify = useNotify();
  const proposals = useProposals(orgId);
  const accept = useAccept();
  const reject = useReject();
  const [rejecting, setRejecting] = useState<Proposal | null>(null);
  const [reason, setReason] = useState('');
  const columns: TableColumnsType<Proposal> = [
    { title: T.proposalOrg, dataIndex: 'orgName', width: 180 },
    { title: `${T.level1} / ${T.level2}`, width: 170, render: (_v, p) => `${p.level1} / ${p.level2}` },
    { title: T.name, dataIndex: 'name' },
    { title: T.unit, dataIndex: 'unit', width: 90 },
    { title: T.proposalBy, dataIndex: 'proposedBy', width: 140 },
    { title: T.proposalNote, width: 200, render: (_v, p) => p.decisionNote || p.note },
    {
      title: T.proposalStatus,
      width: 110,
      render: (_v, p) => (
        <Tag color={p.status === 'pending' ? 'gold' : p.status === 'accepted' ? 'green' : 'default'}>
          {p.statusName}
          {p.entryCode ? ` ${p.entryCode}` : ''}
        </Tag>
      ),
    },
    {
      title: '',
      width: 230,
      render: (_v, p) =>
        p.status === 'pending' ? (
          <Space size={4}>
            {(['common', 'department'] as const).map((scope) => (
              <Button
                key={scope}
                size="small"
                onClick={() =>
                  accept.mutate(
                    { id: p.id, version: p.version, scope },
                    {
                      onSuccess: (r) => notify.success(T.accepted(r.entryCode)),
                      onError: (err: unknown) => notify.error(err),
                    },
                  )
                }
              >
                {T.accept}·{scope === 'common' ? T.acceptCommon : '部门个性'}
              </Button>
            ))}
            <Button size="small" danger onClick={() => (setRejecting(p), setReason(''))}>
              {T.reject}
            </Button>
          </Space>
        ) : null,
    },
  ];
  return (
    <>
      <Table<Proposal>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={proposals.data ?? []}
        loading={proposals.isFetching}
        locale={{ emptyText: T.noProposals }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
      />
      <Modal
        title={`${T.reject}：${rejecting?.name ?? ''}`}
        open={rejecting !== null}
        onCancel={() => setRejecting(null)}
        onOk={() =>
          rejecting &&
          reject.mutate(
            { id: rejecting.id, version: rejecting.version, reason },
            {
              onSuccess: () => (notify.success(T.rejected), setRejecting(null)),
              onError: (err: unknown) => notify.error(err),
            },
          )
        }
      >
        <Input.TextArea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={T.rejectReason}
          autoSize={{ minRows: 3 }}
        />
      </Modal>
    </>
  );
}

export function IndicatorLibraryPage() {
  const notify = useNotify();
  const { currentOrg, orgs } = useOrgs();
  const orgId = currentOrg?.id ?? null;
  const [text, setText] = useState('');
  const [level1, setLevel1] = useState<string | undefined>();
  const [direction, setDirection] = useState<IndicatorDirection | undefined>();
  const [scope, setScope] = useState<LibraryScope | undefined>();
  const [all, setAll] = useState(true);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [newEdition, setNewEdition] = useState(false);
  const year = new Date().getFullYear();
  const editions = useEditions(orgId, year);
  const editionList = editions.data?.items ?? [];
  // The edition chosen, else the one serving the organisation this year, else the first.
  const edition =
    editionList.find((e) => e.id === chosen) ??
    editionList.find((e) => e.id === editions.data?.current?.id) ??
    editionList[0] ??
    null;
  const remove = useDeleteEntry();
  const search = useLibrarySearch(
    orgId && edition
      ? {
          orgId,
          editionId: edition.id,
          ...(text.trim() ? { text: text.trim() } : {}),
          ...(level1 ? { level1 } : {}),
          ...(direction ? { direction } : {}),
          ...(scope ? { scope } : {}),
          ...(all ? { all: '1' as const } : {}),
        }
      : null,
  );
  const departments = orgs
    .filter((o) => o.kind !== 'finance')
    .map((o) => ({ value: o.id, label: `${o.name}（${o.code}）` }));
  const defaultOwner = currentOrg && currentOrg.kind !== 'finance' ? currentOrg.id : null;
  const regions = [
    { value: T.nationalRegion, label: T.nationalRegion },
    ...orgs
      .filter((o) => o.kind === 'finance')
      .map((o) => ({ value: o.code, label: `${o.name}（${o.code}）` })),
  ];

  const columns: TableColumnsType<LibraryEntry> = [
    { title: T.code, dataIndex: 'code', width: 90 },
    {
      title: T.scope,
      width: 120,
      render: (_v, e) => (
        <>
          <div>{LIBRARY_SCOPE_NAMES[e.scope]}</div>
          {e.scope !== 'common' ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {e.scope === 'department' ? e.ownerName : e.industry}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    { title: T.level1, dataIndex: 'level1', width: 100 },
    { title: T.level2, dataIndex: 'level2', width: 120 },
    { title: T.name, dataIndex: 'name', width: 200 },
    { title: T.unit, dataIndex: 'unit', width: 90 },
    { title: T.direction, width: 100, render: (_v, e) => <DirectionTag direction={e.direction} /> },
    {
      title: T.scoringRule,
      width: 260,
      render: (_v, e) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: e.scoringRule }} style={{ marginBottom: 0 }}>
          {e.scoringRule}
        </Typography.Paragraph>
      ),
    },
    {
      title: T.active,
      width: 70,
      render: (_v, e) => (e.active ? <Tag color="green">{T.activeYes}</Tag> : <Tag>{T.activeNo}</Tag>),
    },
    {
      title: '',
      width: 110,
      render: (_v, e) => (
        <Space size={0}>
          <Button
            size="small"
            type="link"
            onClick={() => setEditing({ entry: e })}
            data-testid={`entry-edit-${e.code}`}
          >
            {T.edit}
          </Button>
          <Popconfirm
            title={T.removeConfirm(e.name)}
            onConfirm={() =>
              remove.mutate(
                { id: e.id, version: e.version },
                { onSuccess: () => notify.success(T.removed), onError: (err: unknown) => notify.error(err) },
              )
            }
          >
            <Button size="small" type="link" danger>
              {T.remove}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  if (!orgId) return null;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="library-page">
      <Typography.Title level={4}>{T.title}</Typography.Title>
      <Alert type="info" showIcon title={T.intro} />
      <Tabs
        items={[
          {
            key: 'entries',
            label: T.tabEntries,
            children: (
              <Space orientation="vertical" size={12} style={{ width: '100%' }}>
                <Card size="small">
                  <Space wrap style={{ marginBottom: 12 }}>
                    <Typography.Text strong>{T.edition}</Typography.Text>
                    <Select
                      value={edition?.id}
                      placeholder={T.chooseEdition}
                      onChange={(v: string) => setChosen(v)}
                      options={editionList.map((e) => ({
                        value: e.id,
                        label: `${e.label}（${T.editionEntries(e.entries)}）`,
                      }))}
                      loading={editions.isFetching}
                      style={{ width: 300 }}
                      aria-label={T.edition}
                      data-testid="library-edition"
                    />
                    <Button
                      icon={<PlusOutlined />}
                      onClick={() => setNewEdition(true)}
                      data-testid="edition-add"
                    >
                      {T.newEdition}
                    </Button>
                    {edition?.note ? (
                      <Typography.Text type="secondary">{edition.note}</Typography.Text>
                    ) : null}
                    {edition && !edition.manageable ? (
                      <Typography.Text type="secondary">{T.editionReadOnly}</Typography.Text>
                    ) : null}
                  </Space>
                  <Space wrap>
                    <Input.Search
                      allowClear
                      placeholder={T.search}
                      value={text}
                      onChange={(e) => setText(e.target.value)}
                      style={{ width: 280 }}
                      data-testid="library-admin-search"
                    />
                    <Select
                      allowClear
                      placeholder={T.anyLevel}
                      value={level1}
                      onChange={(v?: string) => setLevel1(v)}
                      options={LIBRARY_LEVELS.map((l) => ({ value: l.level1, label: l.level1 }))}
                      style={{ width: 140 }}
                    />
                    <Select
                      allowClear
                      placeholder={T.anyDirection}
                      value={direction}
                      onChange={(v?: IndicatorDirection) => setDirection(v)}
                      options={INDICATOR_DIRECTIONS.map((d) => ({ value: d, label: DIRECTION_NAMES[d] }))}
                      style={{ width: 130 }}
                    />
                    <Select
                      allowClear
                      placeholder={T.anyScope}
                      value={scope}
                      onChange={(v?: LibraryScope) => setScope(v)}
                      options={LIBRARY_SCOPES.map((s) => ({ value: s, label: LIBRARY_SCOPE_NAMES[s] }))}
                      style={{ width: 160 }}
                    />
                    <Checkbox checked={all} onChange={(e) => setAll(e.target.checked)}>
                      {T.showInactive}
                    </Checkbox>
                    <Button
                      type="primary"
                      icon={<PlusOutlined />}
                      onClick={() => setEditing({ entry: null })}
                      data-testid="library-add"
                    >
                      {T.add}
                    </Button>
                  </Space>
                  <div style={{ marginTop: 12 }}>
                    {edition ? <ImportCard orgId={orgId} edition={edition} /> : null}
                    <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
                      {T.importHint}
                    </Typography.Paragraph>
                  </div>
                </Card>
                <Table<LibraryEntry>
                  rowKey="id"
                  size="small"
                  bordered
                  columns={columns}
                  dataSource={search.data?.items ?? []}
                  loading={search.isFetching}
                  pagination={{ pageSize: 15, showTotal: (n) => T.total(n), showSizeChanger: false }}
                  scroll={{ x: 1240 }}
                  data-testid="library-table"
                />
              </Space>
            ),
          },
          { key: 'proposals', label: T.tabProposals, children: <ProposalsTab orgId={orgId} /> },
        ]}
      />
      {newEdition ? (
        <EditionDialog
          editions={editionList}
          copyFrom={edition?.id ?? null}
          regions={regions}
          onClose={() => setNewEdition(false)}
          onCreated={(e) => (setNewEdition(false), setChosen(e.id))}
        />
      ) : null}
      {editing && edition ? (
        <EntryDialog
          editing={editing}
          editionId={edition.id}
          onClose={() => setEditing(null)}
          departments={departments}
          defaultOwner={defaultOwner}
        />
      ) : null}
    </Space>
  );
}
