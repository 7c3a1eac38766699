// Under one indicator's facts: where each prefilled figure came from (「来自绩效目标：…」), and for a figure
// the user changed, the prefilled value, a 修改原因 (required by the server) and a way back to the figure.
import { Button, Input, Space, Tag, Typography } from 'antd';
import { showFigure, type IndicatorInput } from '../../../../src/domain/scoring/index.ts';
import type { PrefillState } from './usePrefill';

type Props = {
  leafId: string;
  prefill: PrefillState;
  editable: boolean;
  input: IndicatorInput;
  /** Writes a prefilled figure back into the input. */
  onRestore: (patch: Partial<IndicatorInput>) => void;
};

export function PrefillNote({ leafId, prefill, editable, input, onRestore }: Props) {
  const leaf = prefill.leaf(leafId);
  if (!leaf || input.notSet) return null;
  const overrides = prefill.overrides(leafId);
  return (
    <Space orientation="vertical" size={2} style={{ marginTop: 4 }} data-testid={`prefill-${leafId}`}>
      {leaf.hint ? (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {leaf.hint}
        </Typography.Text>
      ) : null}
      {leaf.fields.map((f) => {
        const o = overrides.find((x) => x.field === f.field);
        return (
          <Space key={f.field} orientation="vertical" size={2}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="prefill-source">
              {`${f.label}：${f.source}`}
            </Typography.Text>
            {o ? (
              <Space wrap size={4}>
                <Tag color="orange">{`已修改，带入值：${showFigure(o.prefilled)}`}</Tag>
                <Input
                  size="small"
                  style={{ width: 280 }}
                  aria-label={`「${f.label}」修改原因`}
                  placeholder="修改原因（必填）"
                  status={prefill.reason(o).trim() ? undefined : 'error'}
                  value={prefill.reason(o)}
                  disabled={!editable}
                  onChange={(e) => prefill.setReason(o, e.target.value)}
                />
                {editable ? (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => onRestore(restorePatch(input, f.field, f.value))}
                  >
                    恢复带入值
                  </Button>
                ) : null}
              </Space>
            ) : null}
          </Space>
        );
      })}
    </Space>
  );
}

function restorePatch(
  input: IndicatorInput,
  field: string,
  value: string | boolean | NonNullable<IndicatorInput['items']>,
): Partial<IndicatorInput> {
  if (field.startsWith('values.'))
    return { values: { ...(input.values ?? {}), [field.slice('values.'.length)]: String(value) } };
  return { [field]: value } as Partial<IndicatorInput>;
}
