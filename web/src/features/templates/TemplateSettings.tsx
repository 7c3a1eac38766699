// The settings of an indicator system that are not in its tree: the heading of each level (as many levels
// as the tree is deep — real templates use four: 预算执行 / 绩效指标 → 一级 → 二级 → 三级) and the rounding
// policy, including "round each indicator's score to 2 decimals, then add" (round-scores-first).
import { Input, Select, Space, Typography } from 'antd';
import {
  describeRounding,
  levelNames,
  type IndicatorNode,
  type IndicatorTemplate,
  type RoundingPolicy,
} from '../../../../src/domain/indicators/index.ts';
import { templatesTexts as T } from './texts';

export function treeDepth(nodes: readonly IndicatorNode[]): number {
  return nodes.reduce((d, n) => Math.max(d, 1 + (n.children?.length ? treeDepth(n.children) : 0)), 0);
}

type Mode = RoundingPolicy['mode'];

/** The policy for a mode chosen in the form, keeping the places already set. */
export function roundingFor(mode: Mode, current: RoundingPolicy): RoundingPolicy {
  const places = current.places;
  if (mode === 'round-ratios-first')
    return { mode, places, ratioPlaces: current.mode === 'round-ratios-first' ? current.ratioPlaces : 4 };
  return { mode, places };
}

export function TemplateSettings({
  draft,
  editable,
  onChange,
}: {
  draft: IndicatorTemplate;
  editable: boolean;
  onChange: (patch: Partial<IndicatorTemplate>) => void;
}) {
  const depth = treeDepth(draft.indicators);
  const names = levelNames(draft, depth);
  const modes: Mode[] = ['exact', 'round-scores-first', 'round-ratios-first'];
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="template-settings">
      <Space wrap>
        <Typography.Text>{T.levelNames(depth)}</Typography.Text>
        {names.map((name, i) =>
          editable ? (
            <Input
              key={i}
              size="small"
              style={{ width: 120 }}
              value={draft.levelNames?.[i] ?? ''}
              placeholder={name}
              aria-label={T.levelName(i)}
              data-testid={`level-name-${i}`}
              onChange={(e) => {
                const next = Array.from({ length: depth }, (_, k) => draft.levelNames?.[k] ?? '');
                next[i] = e.target.value;
                // Unnamed levels fall back to 一级指标 …: trailing blanks are dropped, inner ones get the default.
                const trimmed = next.map((n, k) => n.trim() || levelNames({}, depth)[k]!);
                onChange({ levelNames: next.some((n) => n.trim()) ? trimmed : undefined });
              }}
            />
          ) : (
            <Typography.Text key={i} code>
              {name}
            </Typography.Text>
          ),
        )}
      </Space>
      <Space wrap>
        <Typography.Text>{T.rounding}：</Typography.Text>
        {editable ? (
          <Select<Mode>
            size="small"
            style={{ minWidth: 420 }}
            value={draft.rounding.mode}
            data-testid="rounding-mode"
            options={modes.map((m) => ({
              value: m,
              label: describeRounding(roundingFor(m, draft.rounding)),
            }))}
            onChange={(m) => onChange({ rounding: roundingFor(m, draft.rounding) })}
          />
        ) : (
          <Typography.Text>{describeRounding(draft.rounding)}</Typography.Text>
        )}
      </Space>
    </Space>
  );
}
