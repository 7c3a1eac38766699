// 从指标库选用: a dialog in the goals editor that searches the 指标库 as the unit sees it (共性 indicators
// and its department's 个性 ones) in the edition serving its region for the goals' year — named above the
// results, with why it was chosen (an earlier year, the national edition) — by text, 一级指标 and
// direction, and hands the picked entry back — the goal table fills 一级 / 二级 / 三级, the unit, the
// direction and the 计分规则 from it.
import { useDeferredValue, useState } from 'react';
import { Button, Input, Modal, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { BookOutlined } from '@ant-design/icons';
import {
  DIRECTION_NAMES,
  INDICATOR_DIRECTIONS,
  type IndicatorDirection,
} from '../../../../src/domain/indicators/direction.ts';
import { LIBRARY_LEVELS, LIBRARY_SCOPE_NAMES } from '../../../../src/domain/indicators/library.ts';
import type { LibraryEntry } from './api';
import { useLibrarySearch } from './queries';
import { libraryTexts as T } from './texts';

export const DIRECTION_COLORS: Record<IndicatorDirection, string> = {
  higher: 'blue',
  lower: 'orange',
  equal: 'purple',
  qualitative: 'default',
};

export function DirectionTag({ direction }: { direction: IndicatorDirection }) {
  return <Tag color={DIRECTION_COLORS[direction]}>{DIRECTION_NAMES[direction]}</Tag>;
}

export type LibraryPickerProps = {
  orgId: string;
  year?: number;
  open: boolean;
  onClose: () => void;
  onPick: (entry: LibraryEntry) => void;
};

export function LibraryPicker({ orgId, year, open, onClose, onPick }: LibraryPickerProps) {
  const [text, setText] = useState('');
  const [level1, setLevel1] = useState<string | undefined>();
  const [direction, setDirection] = useState<IndicatorDirection | undefined>();
  const deferredText = useDeferredValue(text);
  const query = useLibrarySearch(
    open
      ? {
          orgId,
          ...(deferredText.trim() ? { text: deferredText.trim() } : {}),
          ...(level1 ? { level1 } : {}),
          ...(direction ? { direction } : {}),
          ...(year ? { year } : {}),
        }
      : null,
  );
  const items = query.data?.items ?? [];

  const columns: TableColumnsType<LibraryEntry> = [
    {
      title: `${T.level1} / ${T.level2}`,
      width: 150,
      render: (_v, e) => (
        <>
          <div>{e.level1}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {e.level2}
          </Typography.Text>
        </>
      ),
    },
    {
      title: T.name,
      render: (_v, e) => (
        <>
          <div>{e.name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {e.code} · {e.scope === 'department' ? e.ownerName : LIBRARY_SCOPE_NAMES[e.scope]}
            {e.industry ? ` · ${e.industry}` : ''}
          </Typography.Text>
        </>
      ),
    },
    { title: T.unit, dataIndex: 'unit', width: 80 },
    {
      title: T.direction,
      width: 100,
      render: (_v, e) => <DirectionTag direction={e.direction} />,
    },
    {
      title: T.scoringRule,
      width: 300,
      render: (_v, e) => (
        <Tooltip title={e.valueNote ? `${T.valueNote}：${e.valueNote}` : undefined}>
          <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0, fontSize: 12 }}>
            {e.scoringRule}
          </Typography.Paragraph>
        </Tooltip>
      ),
    },
    {
      title: '',
      width: 80,
      render: (_v, e) => (
        <Button size="small" type="primary" data-testid={`library-pick-${e.code}`} onClick={() => onPick(e)}>
          {T.pickIt}
        </Button>
      ),
    },
  ];

  return (
    <Modal title={T.pickTitle} open={open} onCancel={onClose} footer={null} width={1100} destroyOnHidden>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          autoFocus
          placeholder={T.search}
          value={text}
          onChange={(e) => setText(e.target.value)}
          style={{ width: 320 }}
          aria-label={T.search}
          data-testid="library-search"
        />
        <Select
          allowClear
          placeholder={T.anyLevel}
          value={level1}
          onChange={(v?: string) => setLevel1(v)}
          options={LIBRARY_LEVELS.map((l) => ({ value: l.level1, label: l.level1 }))}
          style={{ width: 150 }}
          aria-label={T.level1}
          data-testid="library-level1"
        />
        <Select
          allowClear
          placeholder={T.anyDirection}
          value={direction}
          onChange={(v?: IndicatorDirection) => setDirection(v)}
          options={INDICATOR_DIRECTIONS.map((d) => ({ value: d, label: DIRECTION_NAMES[d] }))}
          style={{ width: 150 }}
          aria-label={T.direction}
          data-testid="library-direction"
        />
        <Typography.Text type="secondary">{T.total(query.data?.total ?? 0)}</Typography.Text>
      </Space>
      {query.data?.edition ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: -4 }} data-testid="library-edition-note">
          {query.data.edition.explanation}
        </Typography.Paragraph>
      ) : null}
      <Table<LibraryEntry>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={items}
        loading={query.isFetching}
        pagination={{ pageSize: 8, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: T.noHits }}
        data-testid="library-results"
      />
    </Modal>
  );
}

/** The button under a goal table that opens the picker. */
export function LibraryPickButton(props: Omit<LibraryPickerProps, 'open' | 'onClose'>) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<BookOutlined />} onClick={() => setOpen(true)} data-testid="library-open">
        {T.pick}
      </Button>
      <LibraryPicker
        {...props}
        open={open}
        onClose={() => setOpen(false)}
        onPick={(e) => {
          setOpen(false);
          props.onPick(e);
        }}
      />
    </>
  );
}
