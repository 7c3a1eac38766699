// The timeline of a document's review: who (position), when, the opinion or reason, and the data changed.
import { Space, Tag, Timeline, Typography } from 'antd';
import type { WorkflowView } from './api';
import { formatTime } from './format';
import { workflowTexts as T } from './texts';

const shown = (v: unknown): string =>
  v === null || v === undefined || v === ''
    ? '（空）'
    : v === true
      ? '是'
      : v === false
        ? '否'
        : typeof v === 'string'
          ? v
          : JSON.stringify(v);

export function WorkflowTimeline({ timeline }: { timeline: WorkflowView['timeline'] }) {
  return (
    <>
      <Typography.Title level={5}>{T.timeline}</Typography.Title>
      {timeline.length === 0 ? (
        <Typography.Text type="secondary">{T.noTimeline}</Typography.Text>
      ) : (
        <Timeline
          data-testid="wf-timeline"
          items={timeline.map((e) => ({
            key: e.seq,
            color:
              e.action === 'returned' || e.action === 'withdrawn'
                ? 'red'
                : e.action === 'frozen'
                  ? 'green'
                  : e.action === 'step_activated'
                    ? 'gray'
                    : 'blue',
            content: (
              <div data-testid="wf-timeline-entry">
                <Space size={6} wrap>
                  <Typography.Text strong>{e.label}</Typography.Text>
                  {e.stepName ? <Tag>{e.stepName}</Tag> : null}
                  <Typography.Text>{e.actorName}</Typography.Text>
                  {e.position ? <Typography.Text type="secondary">（{e.position}）</Typography.Text> : null}
                  <Typography.Text type="secondary">{formatTime(e.at)}</Typography.Text>
                  {e.to.length > 0 ? (
                    <Typography.Text type="secondary">→ {e.to.join('、')}</Typography.Text>
                  ) : null}
                </Space>
                {e.text ? <div style={{ marginTop: 2 }}>“{e.text}”</div> : null}
                {e.changes.length > 0 ? (
                  <ul style={{ margin: '4px 0 0', paddingLeft: 18, fontSize: 12, color: '#555' }}>
                    {e.changes.slice(0, 8).map((c) => (
                      <li key={c.field} title={c.field}>
                        {T.changed}「{c.label}」：{shown(c.before)} → {shown(c.after)}
                      </li>
                    ))}
                    {e.changes.length > 8 ? <li>{T.moreChanges(e.changes.length - 8)}</li> : null}
                  </ul>
                ) : null}
              </div>
            ),
          }))}
        />
      )}
    </>
  );
}
