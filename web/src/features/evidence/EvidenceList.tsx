// 佐证材料 of one owner — a project (optionally one indicator of its goal table), a self-evaluation or a
// rectification: the files with type, size, uploader, time and SHA-256, each downloadable (the server
// answers as an attachment), an upload button (type and size checked here first, and by content on the
// server) and removal, both hidden when the server says the files are fixed (frozen, under review,
// rectification closed) — its reason is shown instead.
import { Alert, Button, Card, Popconfirm, Space, Table, Tag, Tooltip, Typography, Upload } from 'antd';
import type { TableColumnsType } from 'antd';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { ApiError } from '../../shared/api/client';
import { useNotify } from '../../shared/ui/useNotify';
import type { EvidenceFile, EvidenceOwner } from './api';
import { useEvidence, useRemoveEvidence, useUploadEvidence } from './queries';
import { evidenceTexts as T, formatSize } from './texts';

export type EvidenceListProps = {
  owner: EvidenceOwner;
  ownerId: string;
  /** Only this indicator's files (project owner; its id in the goal table), and uploads go to it. */
  indicatorId?: string;
  /** Card title; defaults to 佐证材料. */
  title?: string;
  /** Without the card frame (inside a drawer). */
  bare?: boolean;
};

export function EvidenceList({ owner, ownerId, indicatorId, title, bare }: EvidenceListProps) {
  const notify = useNotify();
  const query = useEvidence(owner, ownerId);
  const upload = useUploadEvidence(owner, ownerId);
  const remove = useRemoveEvidence(owner, ownerId);
  const data = query.data;
  const files = (data?.files ?? []).filter((f) =>
    indicatorId !== undefined ? f.indicatorId === indicatorId : true,
  );
  const writable = data ? data.readOnly === null : false;
  const showIndicator = owner === 'project' && indicatorId === undefined && files.some((f) => f.indicator);

  const send = (file: File) => {
    if (data && file.size > data.limits.maxFileBytes) {
      notify.error(
        new ApiError(
          413,
          'TOO_LARGE',
          T.tooLarge(file.name, formatSize(file.size), formatSize(data.limits.maxFileBytes)),
        ),
      );
      return;
    }
    upload.mutate(
      { file, ...(indicatorId ? { indicatorId } : {}) },
      {
        onSuccess: (r) =>
          r.duplicate
            ? notify.success(T.duplicate(r.file.fileName))
            : notify.success(T.uploaded(r.file.fileName)),
        onError: (err) => notify.error(err),
      },
    );
  };

  const columns: TableColumnsType<EvidenceFile> = [
    {
      title: T.fileName,
      minWidth: 200,
      render: (_v, f) => (
        <a href={f.url} download={f.fileName} data-testid={`evidence-download-${f.fileName}`}>
          <PaperClipOutlined /> {f.fileName}
        </a>
      ),
    },
    ...(showIndicator
      ? [
          {
            title: T.indicator,
            width: 150,
            ellipsis: true,
            render: (_v: unknown, f: EvidenceFile) =>
              f.indicator ? <Tag color="blue">{f.indicator}</Tag> : <Tag>{T.wholeProject}</Tag>,
          },
        ]
      : []),
    { title: T.type, width: 110, dataIndex: 'typeLabel', ellipsis: true },
    { title: T.size, width: 80, align: 'right', render: (_v, f) => formatSize(f.size) },
    {
      title: T.uploadedColumn,
      width: 150,
      render: (_v, f) => (
        <div style={{ lineHeight: 1.4 }}>
          <div>{f.uploadedBy}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {dayjs(f.uploadedAt).format('YYYY-MM-DD HH:mm')}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: T.hash,
      width: 100,
      render: (_v, f) => (
        <Tooltip title={f.sha256}>
          <Typography.Text code style={{ fontSize: 12 }}>
            {f.sha256.slice(0, 8)}
          </Typography.Text>
        </Tooltip>
      ),
    },
    ...(writable
      ? [
          {
            title: T.actions,
            width: 80,
            render: (_v: unknown, f: EvidenceFile) => (
              <Popconfirm
                title={T.confirmRemove(f.fileName)}
                okText={T.ok}
                cancelText={T.cancel}
                okButtonProps={{ danger: true }}
                onConfirm={() =>
                  remove.mutate(f.id, {
                    onSuccess: () => notify.success(T.removed(f.fileName)),
                    onError: (err) => notify.error(err),
                  })
                }
              >
                <Button
                  size="small"
                  type="link"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={`${T.remove} ${f.fileName}`}
                >
                  {T.remove}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  const uploadButton = writable ? (
    <Upload
      accept={data?.accept}
      multiple
      showUploadList={false}
      beforeUpload={(file) => {
        send(file);
        return Upload.LIST_IGNORE;
      }}
    >
      <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="evidence-upload">
        {upload.isPending ? T.uploading : T.upload}
      </Button>
    </Upload>
  ) : null;

  const body = (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      {data?.readOnly ? <Alert type="info" showIcon title={data.readOnly} /> : null}
      {writable && data ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {T.hint(data.typesLabel, formatSize(data.limits.maxFileBytes))}
        </Typography.Text>
      ) : null}
      <Table<EvidenceFile>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={files}
        loading={query.isLoading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: T.empty }}
        data-testid="evidence-table"
      />
    </Space>
  );

  if (bare)
    return (
      <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="evidence-list">
        {uploadButton}
        {body}
      </Space>
    );
  return (
    <Card title={title ?? T.title} extra={uploadButton} data-testid="evidence-list">
      {body}
    </Card>
  );
}
