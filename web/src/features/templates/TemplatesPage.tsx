// 指标体系管理 (administrators): the built-in and imported indicator systems; view a tree, import and
// export JSON, copy a built-in one, and edit weights and rule texts. The server validates every save
// against the template JSON Schema; weight sums are checked live here with the domain's checkTemplate.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Input, Modal, Row, Space, Table, Tag, Typography, Upload } from 'antd';
import type { TableColumnsType } from 'antd';
import { CopyOutlined, DownloadOutlined, SaveOutlined, UploadOutlined } from '@ant-design/icons';
import { newIdempotencyKey } from '../../shared/api/client';
import { useMe, useSession } from '../../shared/session/SessionContext';
import { useNotify } from '../../shared/ui/useNotify';
import {
  checkTemplate,
  describeRounding,
  RULE_KIND_NAMES,
  type IndicatorNode,
  type IndicatorTemplate,
} from '../../../../src/domain/indicators/index.ts';
import { templatesApi, type TemplateDetail, type TemplateSummary } from './api';
import { templatesTexts as T } from './texts';

type TreeRow = { key: string; node: IndicatorNode; children?: TreeRow[] };

const toRows = (nodes: IndicatorNode[]): TreeRow[] =>
  nodes.map((n) => ({
    key: n.id,
    node: n,
    ...(n.children && n.children.length > 0 ? { children: toRows(n.children) } : {}),
  }));

function mapNode(nodes: IndicatorNode[], id: string, patch: Partial<IndicatorNode>): IndicatorNode[] {
  return nodes.map((n) =>
    n.id === id ? { ...n, ...patch } : n.children ? { ...n, children: mapNode(n.children, id, patch) } : n,
  );
}

export function TemplatesPage() {
  const me = useMe();
  const { can } = useSession();
  const notify = useNotify();
  const [items, setItems] = useState<TemplateSummary[]>([]);
  const [selected, setSelected] = useState<TemplateDetail | null>(null);
  const [draft, setDraft] = useState<IndicatorTemplate | null>(null);
  const [importing, setImporting] = useState(false);
  const [importText, setImportText] = useState('');
  const [busy, setBusy] = useState(false);
  const manage = can('templates.manage');

  const reload = useCallback(async () => {
    try {
      setItems((await templatesApi.list()).items);
    } catch (err) {
      notify.error(err);
    }
  }, [notify]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const open = async (id: string) => {
    try {
      const t = await templatesApi.get(id);
      setSelected(t);
      setDraft(t.body);
    } catch (err) {
      notify.error(err);
    }
  };

  const problems = useMemo(() => (draft ? checkTemplate(draft) : []), [draft]);
  const editable = manage && selected !== null && !selected.builtIn;

  const doImport = async (text: string, copiedFrom?: string) => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      notify.error(new Error(T.notJson));
      return;
    }
    setBusy(true);
    try {
      const t = await templatesApi.import(me.orgId, json, newIdempotencyKey(), copiedFrom);
      notify.success(copiedFrom ? T.copied : T.imported);
      setImporting(false);
      setImportText('');
      await reload();
      setSelected(t);
      setDraft(t.body);
    } catch (err) {
      notify.error(err);
    } finally {
      setBusy(false);
    }
  };

  const copy = () => {
    if (!selected) return;
    const body = {
      ...selected.body,
      id: T.copyId(selected.code),
      name: T.copyName(selected.name),
      version: 1,
    };
    void doImport(JSON.stringify(body), selected.code);
  };

  const save = async () => {
    if (!selected || !draft) return;
    setBusy(true);
    try {
      const t = await templatesApi.update(selected.id, draft, selected.version);
      notify.success(T.saved);
      setSelected(t);
      setDraft(t.body);
      await reload();
    } catch (err) {
      notify.error(err);
    } finally {
      setBusy(false);
    }
  };

  const listColumns: TableColumnsType<TemplateSummary> = [
    {
      title: T.colName,
      dataIndex: 'name',
      render: (n: string, t) => <a onClick={() => void open(t.id)}>{n}</a>,
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

  const treeColumns: TableColumnsType<TreeRow> = [
    { title: T.name, render: (_v, r) => r.node.name, width: 260 },
    {
      title: T.weight,
      width: 100,
      render: (_v, r) =>
        editable ? (
          <Input
            size="small"
            value={r.node.weight}
            onChange={(e) =>
              setDraft((d) =>
                d
                  ? { ...d, indicators: mapNode(d.indicators, r.node.id, { weight: e.target.value.trim() }) }
                  : d,
              )
            }
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
            onChange={(e) =>
              setDraft((d) =>
                d ? { ...d, indicators: mapNode(d.indicators, r.node.id, { ruleText: e.target.value }) } : d,
              )
            }
          />
        ) : (
          <Typography.Text style={{ fontSize: 12 }}>{r.node.ruleText ?? ''}</Typography.Text>
        ),
    },
  ];

  return (
    <Row gutter={16}>
      <Col span={9}>
        <Card
          title={T.title}
          extra={
            manage ? (
              <Button
                icon={<UploadOutlined />}
                onClick={() => setImporting(true)}
                data-testid="import-template"
              >
                {T.import}
              </Button>
            ) : null
          }
        >
          <Table<TemplateSummary>
            rowKey="id"
            size="small"
            columns={listColumns}
            dataSource={items}
            pagination={false}
            rowClassName={(t) => (t.id === selected?.id ? 'ant-table-row-selected' : '')}
          />
        </Card>
      </Col>
      <Col span={15}>
        <Card
          title={selected ? `${selected.name}（${selected.code}，第${selected.templateVersion}版）` : T.tree}
          extra={
            selected ? (
              <Space>
                <Button
                  icon={<DownloadOutlined />}
                  href={templatesApi.exportUrl(selected.id)}
                  download={`${selected.code}.json`}
                >
                  {T.export}
                </Button>
                {manage ? (
                  <Button icon={<CopyOutlined />} loading={busy} onClick={copy}>
                    {T.copy}
                  </Button>
                ) : null}
                {editable ? (
                  <Button
                    type="primary"
                    icon={<SaveOutlined />}
                    loading={busy}
                    disabled={problems.length > 0}
                    onClick={() => void save()}
                    data-testid="save-template"
                  >
                    {T.save}
                  </Button>
                ) : null}
              </Space>
            ) : null
          }
        >
          {!selected || !draft ? (
            <Typography.Text type="secondary">{T.pick}</Typography.Text>
          ) : (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {selected.builtIn ? <Alert type="info" showIcon title={T.builtInReadOnly} /> : null}
              {problems.length > 0 ? (
                <Alert
                  type="error"
                  showIcon
                  title={problems.map((p) => `$.${p.path}：${p.message}`).join('；')}
                />
              ) : null}
              <Typography.Text type="secondary">
                {`${T.grades}：${draft.grades.map((g) => `${g.grade} ≥ ${g.min}`).join('，')}；${T.rounding}：${describeRounding(draft.rounding)}`}
              </Typography.Text>
              <Table<TreeRow>
                rowKey="key"
                size="small"
                bordered
                columns={treeColumns}
                dataSource={toRows(draft.indicators)}
                pagination={false}
                expandable={{ defaultExpandAllRows: true }}
              />
            </Space>
          )}
        </Card>
      </Col>
      <Modal
        title={T.importTitle}
        open={importing}
        onOk={() => void doImport(importText)}
        confirmLoading={busy}
        onCancel={() => setImporting(false)}
        width={720}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{T.importHint}</Typography.Paragraph>
        <Upload
          accept=".json,application/json"
          showUploadList={false}
          beforeUpload={(file) => {
            void file.text().then(setImportText);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />}>{T.chooseFile}</Button>
        </Upload>
        <Input.TextArea
          style={{ marginTop: 12, fontFamily: 'monospace' }}
          rows={14}
          value={importText}
          onChange={(e) => setImportText(e.target.value)}
          data-testid="import-text"
        />
      </Modal>
    </Row>
  );
}
