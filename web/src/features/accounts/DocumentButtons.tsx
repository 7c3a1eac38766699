// Downloads of the generated documents: the 决算情况说明 as Word or PDF and the 附表 workbook, rendered
// on the server from the same data the preview shows.
import { Alert, Button, Space } from 'antd';
import { FilePdfOutlined, FileWordOutlined, FileExcelOutlined } from '@ant-design/icons';
import { accountsApi } from './api';
import { accountsTexts as T } from './texts';

export function downloadUrl(url: string) {
  const a = document.createElement('a');
  a.href = url;
  a.download = '';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export function DocumentButtons({
  orgId,
  year,
  source,
  blocked,
}: {
  orgId: string;
  year: number;
  source: 'own' | 'consolidated';
  /** Why the 决算情况说明 cannot be downloaded yet (unexplained balance violations); the server refuses it too. */
  blocked?: string;
}) {
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      {blocked ? (
        <Alert type="error" showIcon title={blocked} data-testid={`download-blocked-${source}`} />
      ) : null}
      <Button
        icon={<FileWordOutlined />}
        disabled={!!blocked}
        data-testid={`download-docx-${source}`}
        onClick={() => downloadUrl(accountsApi.documentUrl(orgId, year, 'explanation', 'docx', source))}
      >
        {T.downloadDocx}
      </Button>
      <Button
        icon={<FilePdfOutlined />}
        disabled={!!blocked}
        onClick={() => downloadUrl(accountsApi.documentUrl(orgId, year, 'explanation', 'pdf', source))}
      >
        {T.downloadPdf}
      </Button>
      <Button
        icon={<FileExcelOutlined />}
        onClick={() => downloadUrl(accountsApi.documentUrl(orgId, year, 'appendix', 'xlsx', source))}
      >
        {T.downloadAppendix}
      </Button>
    </Space>
  );
}
