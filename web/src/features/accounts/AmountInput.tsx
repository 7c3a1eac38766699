// One amount cell of the entry forms: shows the 元 value in the chosen unit, keeps what is typed until
// the field is left, then stores it in 元 (or marks the field when it is not an amount to the fen).
import { useState } from 'react';
import { Input, Tooltip } from 'antd';
import { parseAmount, showAmount, type EntryUnit } from './amount';
import { accountsTexts as T } from './texts';

type Props = {
  id: string;
  yuan: string | undefined;
  unit: EntryUnit;
  onChange: (yuan: string | undefined) => void;
  invalid?: boolean;
  disabled?: boolean;
  /** An optional amount may be left empty (undefined). */
  optional?: boolean;
  cell?: string;
  /** A computed total: shown, focusable (a violation can point at it), not editable. */
  computed?: boolean;
};

export function AmountInput({
  id,
  yuan,
  unit,
  onChange,
  invalid,
  disabled,
  optional,
  cell,
  computed,
}: Props) {
  const [text, setText] = useState<string | null>(null);
  const [bad, setBad] = useState(false);
  const commit = () => {
    if (text === null) return;
    if (optional && text.trim() === '') {
      onChange(undefined);
      setText(null);
      setBad(false);
      return;
    }
    const y = parseAmount(text === '' ? '0' : text, unit);
    if (y === null) {
      setBad(true);
      return;
    }
    setBad(false);
    setText(null);
    onChange(y);
  };
  return (
    <Tooltip title={bad ? T.invalidAmount(unit) : undefined} open={bad ? undefined : false}>
      <Input
        id={id}
        data-cell={cell}
        className={`jx-amount${invalid ? ' jx-violation' : ''}${computed ? ' jx-computed' : ''}`}
        readOnly={computed}
        title={computed ? T.computedHint : undefined}
        status={bad || invalid ? 'error' : undefined}
        value={text ?? showAmount(yuan, unit)}
        disabled={disabled}
        inputMode="decimal"
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onPressEnter={commit}
        style={{ textAlign: 'right' }}
      />
    </Tooltip>
  );
}
