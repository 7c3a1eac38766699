// The page of a module that is not built yet: says so plainly, in Chinese.
import { Card, Result, Typography } from 'antd';
import { ToolOutlined } from '@ant-design/icons';
import { shellTexts } from '../texts';

export function ModulePlaceholder({ title, summary }: { title: string; summary: string }) {
  return (
    <Card variant="borderless">
      <Result
        icon={<ToolOutlined style={{ color: '#1f5fa8' }} />}
        title={shellTexts.underConstructionTitle(title)}
        subTitle={shellTexts.underConstructionBody}
        extra={
          <Typography.Paragraph type="secondary" style={{ maxWidth: 560, margin: '0 auto' }}>
            {summary}
          </Typography.Paragraph>
        }
      />
    </Card>
  );
}
