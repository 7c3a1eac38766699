// 指标体系管理 (administrators): the built-in and imported indicator systems (TemplateList); view a tree
// (TemplateTree), import and export JSON (ImportTemplateModal), copy a built-in one, and edit weights and
// rule texts. The server validates every save against the template JSON Schema; weight sums are checked
// live here with the domain's checkTemplate. Reads and writes: templates/queries.ts.
import { useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Row, Space, Typography } from 'antd';
import { CopyOutlined, DownloadOutlined, SaveOutlined, UploadOutlined } from '@ant-design/icons';
import { useSeeded } from '../../shared/api/useSeeded';
import { useMe, useSession } from '../../shared/session/SessionContext';
import { useNotify } from '../../shared/ui/useNotify';
import { checkTemplate, type IndicatorNode } from '../../../../src/domain/indicators/index.ts';
import { templatesApi } from './api';
import { ImportTemplateModal } from './ImportTemplateModal';
import { useImportTemplate, useTemplate, useTemplates, useUpdateTemplate } from './queries';
import { TemplateList } from './TemplateList';
import { TemplateSettings } from './TemplateSettings';
import { mapNode, TemplateTree } from './TemplateTree';
import { templatesTexts as T } from './texts';

export function TemplatesPage() {
  const me = useMe();
  const { can } = useSession();
  const notify = useNotify();
  const manage = can('templates.manage');
  const list = useTemplates();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const detail = useTemplate(selectedId);
  const selected = selectedId ? (detail.data ?? null) : null;
  const [draft, setDraft] = useSeeded(selected ?? undefined, detail.dataUpdatedAt, (t) => t.body);
  const [importing, setImporting] = useState(false);
  const [importText, setImportText] = useState('');
  const importTemplate = useImportTemplate();
  const updateTemplate = useUpdateTemplate();
  const busy = importTemplate.isPending || updateTemplate.isPending;

  const problems = useMemo(() => (draft ? checkTemplate(draft) : []), [draft]);
  const editable = manage && selected !== null && !selected.builtIn;

  const doImport = (text: string, copiedFrom?: string) => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      notify.error(new Error(T.notJson));
      return;
    }
    importTemplate.mutate(
      { orgId: me.orgId, json, ...(copiedFrom ? { copiedFrom } : {}) },
      {
        onSuccess: (t) => {
          notify.success(copiedFrom ? T.copied : T.imported);
          setImporting(false);
          setImportText('');
          setSelectedId(t.id);
        },
        onError: (err) => notify.error(err),
      },
    );
  };

  const copy = () => {
    if (!selected) return;
    const body = {
      ...selected.body,
      id: T.copyId(selected.code),
      name: T.copyName(selected.name),
      version: 1,
    };
    doImport(JSON.stringify(body), selected.code);
  };

  const save = () => {
    if (!selected || !draft) return;
    updateTemplate.mutate(
      { id: selected.id, template: draft, version: selected.version },
      { onSuccess: () => notify.success(T.saved), onError: (err) => notify.error(err) },
    );
  };

  const editNode = (id: string, patch: Partial<IndicatorNode>) =>
    setDraft((d) => (d ? { ...d, indicators: mapNode(d.indicators, id, patch) } : d));

  return (
    <Row gutter={16}>
      {/* The list gets room for the long 指标体系 names (they wrapped six lines at 9/24). */}
      <Col span={11}>
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
          <TemplateList items={list.data ?? []} selectedId={selected?.id ?? null} onOpen={setSelectedId} />
        </Card>
      </Col>
      <Col span={13}>
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
                    onClick={save}
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
                {`${T.grades}：${draft.grades.map((g) => `${g.grade} ≥ ${g.min}`).join('，')}`}
              </Typography.Text>
              <TemplateSettings
                draft={draft}
                editable={editable}
                onChange={(patch) => setDraft((d) => (d ? { ...d, ...patch } : d))}
              />
              <TemplateTree
                draft={draft}
                editable={editable}
                onEdit={editNode}
                onTree={(indicators) => setDraft((d) => (d ? { ...d, indicators } : d))}
              />
            </Space>
          )}
        </Card>
      </Col>
      <ImportTemplateModal
        open={importing}
        text={importText}
        busy={busy}
        onText={setImportText}
        onImport={() => doImport(importText)}
        onClose={() => setImporting(false)}
      />
    </Row>
  );
}
