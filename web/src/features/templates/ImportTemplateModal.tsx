// 导入指标体系 JSON: pasted or read from a .json file; the server validates it against the JSON Schema and
// names where it is wrong (e.g. $.indicators[0].weight).
import { Button, Input, Modal, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { templatesTexts as T } from './texts';

export function ImportTemplateModal({
  open,
  text,
  busy,
  onText,
  onImport,
  onClose,
}: {
  open: boolean;
  text: string;
  busy: boolean;
  onText: (text: string) => void;
  onImport: () => void;
  onClose: () => void;
}) {
  return (
    <Modal
      title={T.importTitle}
      open={open}
      onOk={onImport}
      confirmLoading={busy}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{T.importHint}</Typography.Paragraph>
      <Upload
        accept=".json,application/json"
        showUploadList={false}
        beforeUpload={(file) => {
          void file.text().then(onText);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />}>{T.chooseFile}</Button>
      </Upload>
      <Input.TextArea
        style={{ marginTop: 12, fontFamily: 'monospace' }}
        rows={14}
        value={text}
        onChange={(e) => onText(e.target.value)}
        data-testid="import-text"
      />
    </Modal>
  );
}
