// 科目表管理 (system administrators): the stored 政府收支分类科目 per region and year, and an import —
// choose the region (全国 or a finance organisation) and year, upload the XLSX / CSV the finance
// department issues, see its problems per cell and its differences against the edition in force, apply.
import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, InputNumber, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { api } from '../../shared/api/client';
import type { ListResponse, Org } from '../../shared/api/types';
import { useNotify } from '../../shared/ui/useNotify';
import { catalogueApi, type CatalogueUpload, type CataloguePreview, type StoredCatalogue } from './api';
import { catalogueTexts as T } from './texts';

const MAX_BYTES = 15 * 1024 * 1024;

export function CataloguePage() {
  const notify = useNotify();
  const [regions, setRegions] = useState<{ value: string; label: string }[]>([
    { value: T.national, label: T.national },
  ]);
  const [region, setRegion] = useState<string>(T.national);
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const [list, setList] = useState<{ builtInYears: number[]; items: StoredCatalogue[] } | null>(null);
  const [file, setFile] = useState<CatalogueUpload | null>(null);
  const [preview, setPreview] = useState<CataloguePreview | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api
      .get<ListResponse<Org>>('/api/orgs')
      .then((res) =>
        setRegions([
          { value: T.national, label: T.national },
          ...res.items
            .filter((o) => o.kind === 'finance')
            .map((o) => ({ value: o.code, label: `${o.name}（${o.code}）` })),
        ]),
      )
      .catch(notify.error);
  }, [notify]);

  const reload = useCallback(() => {
    catalogueApi.list(region).then(setList).catch(notify.error);
  }, [region, notify]);
  useEffect(reload, [reload]);

  const runPreview = async (body: CatalogueUpload) => {
    setBusy(true);
    try {
      setPreview(await catalogueApi.preview(body));
    } catch (err) {
      notify.error(err);
    } finally {
      setBusy(false);
    }
  };

  const choose = async (f: File) => {
    if (f.size > MAX_BYTES) {
      notify.error(new Error(T.tooBig));
      return;
    }
    // The file itself is sent (no Base64): the server reads it in a parsing worker.
    const body = { region, year, file: f };
    setFile(body);
    await runPreview(body);
  };

  const apply = async () => {
    if (!file || !preview) return;
    setBusy(true);
    try {
      await catalogueApi.apply({ ...file, region, year, version: preview.version });
      notify.success(T.applied(region, year));
      setPreview(null);
      setFile(null);
      reload();
    } catch (err) {
      notify.error(err);
    } finally {
      setBusy(false);
    }
  };

  const changed = (next: { region?: string; year?: number }) => {
    if (next.region !== undefined) setRegion(next.region);
    if (next.year !== undefined) setYear(next.year);
    if (file) void runPreview({ ...file, ...next });
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="catalogue-page">
      <Typography.Title level={4}>{T.title}</Typography.Title>
      <Alert type="info" showIcon title={T.intro} />
      <Card>
        <Space wrap>
          <span>{T.region}</span>
          <Select
            aria-label={T.region}
            style={{ minWidth: 220 }}
            value={region}
            options={regions}
            onChange={(v: string) => changed({ region: v })}
          />
          <span>{T.year}</span>
          <InputNumber
            aria-label={T.year}
            min={2000}
            max={2100}
            precision={0}
            value={year}
            onChange={(v) => v && changed({ year: v })}
          />
          <Upload
            accept=".xlsx,.csv"
            showUploadList={false}
            beforeUpload={(f) => {
              void choose(f);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy} data-testid="catalogue-upload">
              {T.upload}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{T.uploadHint}</Typography.Text>
        </Space>
      </Card>

      {preview && (
        <Card title={T.previewTitle(preview.fileName, preview.rows.length)} data-testid="catalogue-preview">
          {preview.problems.length > 0 && (
            <>
              <Alert
                type="error"
                showIcon
                title={T.problems(preview.problems.length)}
                style={{ marginBottom: 8 }}
              />
              <Table
                size="small"
                rowKey={(p) => `${p.cell}-${p.message}`}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                dataSource={preview.problems}
                columns={[
                  { title: T.problemColumns.cell, dataIndex: 'cell', width: 90 },
                  { title: T.problemColumns.column, dataIndex: 'column', width: 110 },
                  { title: T.problemColumns.message, dataIndex: 'message' },
                ]}
                data-testid="catalogue-problems"
              />
            </>
          )}
          {preview.notes.length > 0 && (
            <Typography.Paragraph type="secondary">
              {T.notes(preview.notes.length)}：
              {preview.notes
                .slice(0, 5)
                .map((n) => n.message)
                .join('；')}
            </Typography.Paragraph>
          )}
          <Typography.Title level={5}>{T.differences}</Typography.Title>
          {preview.differences.map((d) => {
            const none = !d.diff.added.length && !d.diff.renamed.length && !d.diff.removed.length;
            return (
              <div key={d.kind} style={{ marginBottom: 12 }} data-testid={`diff-${d.kind}`}>
                <Space wrap>
                  <Typography.Text strong>{d.label}</Typography.Text>
                  {none ? (
                    <Tag>{T.noDifference}</Tag>
                  ) : (
                    <>
                      <Tag color="green">{T.added(d.diff.added.length)}</Tag>
                      <Tag color="blue">{T.renamed(d.diff.renamed.length)}</Tag>
                      <Tag color="red">{T.removed(d.diff.removed.length)}</Tag>
                    </>
                  )}
                </Space>
                <ul style={{ margin: '4px 0 0', maxHeight: 200, overflow: 'auto' }}>
                  {d.diff.added.slice(0, 50).map((e) => (
                    <li key={`a${e.code}`}>
                      ＋ {e.code} {e.name}
                    </li>
                  ))}
                  {d.diff.renamed.slice(0, 50).map((e) => (
                    <li key={`r${e.code}`}>
                      ～ {e.code} {e.before} → {e.after}
                    </li>
                  ))}
                  {d.diff.removed.slice(0, 50).map((e) => (
                    <li key={`d${e.code}`}>
                      － {e.code} {e.name}
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
          <Button type="primary" disabled={!preview.applicable} loading={busy} onClick={() => void apply()}>
            {T.apply}
          </Button>
        </Card>
      )}

      <Card
        title={T.stored}
        extra={list && <Typography.Text type="secondary">{T.builtIn(list.builtInYears)}</Typography.Text>}
      >
        <Table
          size="small"
          rowKey={(r) => `${r.region}-${r.year}`}
          pagination={false}
          locale={{ emptyText: T.none }}
          dataSource={list?.items ?? []}
          columns={[
            { title: T.columns.region, dataIndex: 'region' },
            { title: T.columns.year, dataIndex: 'year' },
            { title: T.columns.file, dataIndex: 'fileName' },
            { title: T.columns.rows, dataIndex: 'rowCount' },
            { title: T.columns.version, dataIndex: 'version' },
            {
              title: T.columns.updatedAt,
              dataIndex: 'updatedAt',
              render: (v: string) => new Date(v).toLocaleString('zh-CN'),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
