// 一体化平台交换: export the selected unit's year with the platform's field names, and import a file from
// the platform — previewed first (what is created, updated, left as it is; every problem by row and
// field), then applied in one step.
import { useState } from 'react';
import { Alert, Button, Card, InputNumber, Space, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useOrgs } from '../../shared/orgs/OrgContext';
import { useNotify } from '../../shared/ui/useNotify';
import { downloadUrl } from '../accounts/DocumentButtons';
import { exchangeApi, type ImportBody, type ImportPreview, type PlanItem } from './api';
import { useCommitImport, usePreviewImport } from './queries';
import { exchangeTexts as T } from './texts';

const MAX_BYTES = 15 * 1024 * 1024;
const ACTION_COLORS: Record<string, string> = {
  create: 'green',
  update: 'blue',
  unchanged: 'default',
  skip: 'orange',
};

function PreviewCard({
  preview,
  busy,
  onCommit,
  onCancel,
}: {
  preview: ImportPreview;
  busy: boolean;
  onCommit: () => void;
  onCancel: () => void;
}) {
  const blocked = preview.problems.length > 0;
  const work = preview.counts.create + preview.counts.update;
  return (
    <Card title={T.previewTitle(preview.fileName)} data-testid="exchange-preview">
      <Space wrap style={{ marginBottom: 12 }}>
        {Object.entries(preview.counts).map(([k, n]) => (
          <Tag key={k} color={ACTION_COLORS[k]} data-testid={`exchange-count-${k}`}>
            {T.counts[k]} {n}
          </Tag>
        ))}
      </Space>
      {blocked && (
        <>
          <Alert
            type="error"
            showIcon
            title={T.problemsTitle(preview.problems.length)}
            style={{ marginBottom: 12 }}
          />
          <Table
            size="small"
            rowKey={(p) => `${p.at}|${p.field}|${p.message}`}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            dataSource={preview.problems}
            data-testid="exchange-problems"
            columns={[
              { title: T.at, dataIndex: 'at', width: 260 },
              {
                title: T.field,
                width: 220,
                render: (_, p) => (p.field ? `${p.field}（${p.caption}）` : ''),
              },
              { title: T.problem, dataIndex: 'message' },
            ]}
          />
        </>
      )}
      {!blocked && work === 0 && (
        <Alert type="info" showIcon title={T.nothing} style={{ marginBottom: 12 }} />
      )}
      <Table<PlanItem>
        size="small"
        style={{ marginTop: 12 }}
        rowKey={(i) => `${i.area}-${i.agencyCode}-${i.fiscalYear}-${i.name}`}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={preview.items}
        data-testid="exchange-items"
        columns={[
          { title: T.unit, width: 220, render: (_, i) => `${i.agencyName}（${i.fiscalYear}）` },
          { title: T.area, width: 130, render: (_, i) => T.areas[i.area] },
          { title: T.name, dataIndex: 'name' },
          {
            title: T.action,
            width: 80,
            render: (_, i) => <Tag color={ACTION_COLORS[i.action]}>{T.counts[i.action]}</Tag>,
          },
          { title: T.changes, render: (_, i) => i.changes.join('；') },
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        <Button
          type="primary"
          disabled={blocked || work === 0}
          loading={busy}
          onClick={onCommit}
          data-testid="exchange-commit"
        >
          {T.commit}
        </Button>
        <Button onClick={onCancel}>{T.cancel}</Button>
      </Space>
    </Card>
  );
}

export function ExchangePage() {
  const { currentOrg } = useOrgs();
  const notify = useNotify();
  const [year, setYear] = useState<number>(new Date().getFullYear() - 1);
  const [file, setFile] = useState<ImportBody | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const previewing = usePreviewImport();
  const committing = useCommitImport();

  if (!currentOrg) return <Alert type="info" showIcon title={T.noOrg} />;

  const choose = (f: File) => {
    setDone(null);
    if (f.size > MAX_BYTES) return notify.error(new Error(T.tooLarge));
    // The file itself is sent (no Base64): the server reads it in a parsing worker.
    const body = { orgId: currentOrg.id, file: f };
    setFile(body);
    previewing.mutate(body, { onSuccess: setPreview, onError: (e) => notify.error(e) });
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {T.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {T.summary}
      </Typography.Paragraph>
      <Card title={T.exportTitle}>
        <Typography.Paragraph type="secondary">{T.exportHint(currentOrg.name)}</Typography.Paragraph>
        <Space wrap>
          <span>{T.year}</span>
          <InputNumber
            aria-label={T.year}
            min={2000}
            max={2100}
            precision={0}
            value={year}
            onChange={(v) => v && setYear(v)}
            data-testid="exchange-year"
          />
          <Button
            icon={<DownloadOutlined />}
            onClick={() => downloadUrl(exchangeApi.exportUrl(currentOrg.id, year, 'xlsx'))}
            data-testid="exchange-export-xlsx"
          >
            {T.exportXlsx}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            onClick={() => downloadUrl(exchangeApi.exportUrl(currentOrg.id, year, 'json'))}
            data-testid="exchange-export-json"
          >
            {T.exportJson}
          </Button>
        </Space>
      </Card>
      <Card title={T.importTitle}>
        <Typography.Paragraph type="secondary">{T.importHint(currentOrg.name)}</Typography.Paragraph>
        <Upload
          accept=".xlsx,.json"
          showUploadList={false}
          beforeUpload={(f) => {
            void choose(f);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={previewing.isPending} data-testid="exchange-upload">
            {T.upload}
          </Button>
        </Upload>
        {done && (
          <Alert type="success" showIcon title={done} style={{ marginTop: 12 }} data-testid="exchange-done" />
        )}
      </Card>
      {preview && file && (
        <PreviewCard
          preview={preview}
          busy={committing.isPending}
          onCancel={() => {
            setPreview(null);
            setFile(null);
          }}
          onCommit={() =>
            committing.mutate(
              { ...file, planHash: preview.planHash },
              {
                onSuccess: (r) => {
                  setDone(T.done(r.counts.create + r.counts.update));
                  setPreview(null);
                  setFile(null);
                },
                onError: (e) => notify.error(e),
              },
            )
          }
        />
      )}
    </Space>
  );
}
