// The 指标库's parts of a goal table row: the direction cell (set, or left to the default read from the
// 预期指标值), the unit / 计分规则 / origin shown under the 三级指标, and 建议入库 for a freely typed row.
import { useState } from 'react';
import { Button, Form, Input, Modal, Select, Tooltip, Typography } from 'antd';
import {
  defaultDirection,
  DIRECTION_NAMES,
  INDICATOR_DIRECTIONS,
  type IndicatorDirection,
} from '../../../../src/domain/indicators/direction.ts';
import { useNotify } from '../../shared/ui/useNotify';
import { DirectionTag } from './LibraryPicker';
import { usePropose } from './queries';
import { libraryTexts as T } from './texts';

type RowLike = {
  level1: string;
  level2: string;
  level3: string;
  target: string;
  direction?: IndicatorDirection | null;
  unit?: string;
  scoringRule?: string;
  libraryCode?: string | null;
};

export function DirectionCell({
  row,
  index,
  editable,
  onChange,
}: {
  row: RowLike;
  index: number;
  editable: boolean;
  onChange: (direction: IndicatorDirection | null) => void;
}) {
  const fallback = defaultDirection({ target: row.target, level2: row.level2, name: row.level3 });
  if (!editable)
    return (
      <span data-testid={`ind-direction-${index}`}>
        <DirectionTag direction={row.direction ?? fallback} />
        {row.direction ? null : <div style={{ fontSize: 12, color: '#888' }}>{T.directionDefault}</div>}
      </span>
    );
  return (
    <Select
      size="small"
      value={row.direction ?? ''}
      onChange={(v: IndicatorDirection | '') => onChange(v === '' ? null : v)}
      options={[
        { value: '', label: `${T.directionDefault}：${DIRECTION_NAMES[fallback]}` },
        ...INDICATOR_DIRECTIONS.map((d) => ({ value: d, label: DIRECTION_NAMES[d] })),
      ]}
      // In the narrow cell the default shows the direction it stands for first (the long option text
      // was cut to "默认（按…" and hid it); the open list keeps the full wording.
      labelRender={({ value, label }) =>
        value === '' ? T.directionDefaultShort(DIRECTION_NAMES[fallback]) : label
      }
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
      aria-label={`${T.direction} ${index + 1}`}
      data-testid={`ind-direction-${index}`}
    />
  );
}

/** Unit, 计分规则 and origin of a row, shown small under its 三级指标. */
export function LibraryRowInfo({ row, index }: { row: RowLike; index: number }) {
  if (!row.unit && !row.libraryCode && !row.scoringRule) return null;
  return (
    <div style={{ fontSize: 12, color: '#888', marginTop: 2 }} data-testid={`ind-library-${index}`}>
      {row.unit ? <span>{T.unitLabel(row.unit)}</span> : null}
      {row.libraryCode ? <span> · {T.fromLibrary(row.libraryCode)}</span> : null}
      {row.scoringRule ? (
        <Tooltip title={row.scoringRule}>
          <span style={{ textDecoration: 'underline dotted', cursor: 'help' }}> · {T.ruleLabel}</span>
        </Tooltip>
      ) : null}
    </div>
  );
}

/** 建议入库: a freely typed row offered to the administrators for the library. */
export function ProposeIndicatorButton({
  row,
  index,
  orgId,
  projectId,
}: {
  row: RowLike;
  index: number;
  orgId: string;
  projectId: string;
}) {
  const notify = useNotify();
  const propose = usePropose();
  const [open, setOpen] = useState(false);
  const [unit, setUnit] = useState('');
  const [rule, setRule] = useState('');
  const [note, setNote] = useState('');
  if (row.libraryCode || row.level3.trim() === '') return null;
  const submit = () =>
    propose.mutate(
      {
        orgId,
        projectId,
        level1: row.level1,
        level2: row.level2,
        name: row.level3,
        unit: unit || row.unit || '',
        direction: row.direction ?? null,
        scoringRule: rule || row.scoringRule || '',
        valueNote: '',
        note,
      },
      {
        onSuccess: () => {
          notify.success(T.proposed);
          setOpen(false);
        },
        onError: (err) => notify.error(err),
      },
    );
  return (
    <>
      <Button size="small" type="link" onClick={() => setOpen(true)} data-testid={`ind-propose-${index}`}>
        {T.propose}
      </Button>
      <Modal
        title={T.proposeTitle}
        open={open}
        onCancel={() => setOpen(false)}
        onOk={submit}
        confirmLoading={propose.isPending}
        destroyOnHidden
      >
        <Typography.Paragraph>
          {row.level1} / {row.level2} / <b>{row.level3}</b>
        </Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={T.unit}>
            <Input
              aria-label={T.unit}
              value={unit}
              onChange={(e) => setUnit(e.target.value)}
              placeholder={row.unit}
            />
          </Form.Item>
          <Form.Item label={T.scoringRule}>
            <Input.TextArea
              value={rule}
              onChange={(e) => setRule(e.target.value)}
              autoSize={{ minRows: 2 }}
            />
          </Form.Item>
          <Form.Item label={T.proposeNote}>
            <Input.TextArea
              value={note}
              onChange={(e) => setNote(e.target.value)}
              autoSize={{ minRows: 2 }}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
