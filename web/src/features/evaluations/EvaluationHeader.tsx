// The head of an evaluation page: title, the documents to download (DOCX / PDF), organisation, object,
// year, indicator system and rounding rule.
import { Button, Card, Descriptions, Space } from 'antd';
import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import type { Evaluation } from './api';
import { evaluationsTexts as T } from './texts';

const DOCS = [
  { kind: 'project-sheet', label: T.docProjectSheet },
  { kind: 'score-table', label: T.docScoreTable },
  { kind: 'panel-sheet', label: T.docPanel },
  { kind: 'self-evaluation-report', label: T.docReport },
] as const;

export const docUrl = (id: string, kind: string, format: 'docx' | 'pdf') =>
  `/api/evaluations/${encodeURIComponent(id)}/document?kind=${kind}&format=${format}`;

export function EvaluationHeader({ ev }: { ev: Evaluation }) {
  return (
    <Card
      title={ev.title}
      extra={
        <Space wrap>
          {DOCS.filter((d) => d.kind !== 'project-sheet' || ev.projectId).map((d) => (
            <Space.Compact key={d.kind}>
              <Button
                size="small"
                icon={<FileWordOutlined />}
                href={docUrl(ev.id, d.kind, 'docx')}
                data-testid={`doc-${d.kind}-docx`}
              >
                {d.kind === 'self-evaluation-report' && !ev.projectId ? T.docDepartmentReport : d.label}
              </Button>
              <Button
                size="small"
                icon={<FilePdfOutlined />}
                href={docUrl(ev.id, d.kind, 'pdf')}
                data-testid={`doc-${d.kind}-pdf`}
              />
            </Space.Compact>
          ))}
        </Space>
      }
    >
      <Descriptions size="small" column={3}>
        <Descriptions.Item label={T.colOrg}>{ev.orgName}</Descriptions.Item>
        <Descriptions.Item label={T.chooseProject}>{ev.projectName ?? T.department}</Descriptions.Item>
        <Descriptions.Item label={T.fiscalYear}>{ev.fiscalYear}</Descriptions.Item>
        <Descriptions.Item
          label={T.colTemplate}
          span={2}
        >{`${ev.template.name}（第${ev.template.version}版）`}</Descriptions.Item>
        <Descriptions.Item label={T.rounding}>{ev.result.roundingText}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
