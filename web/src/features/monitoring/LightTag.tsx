// One warning light as a coloured tag; "不亮灯" when there is none (e.g. a zero budget).
import { Tag } from 'antd';
import { monitoringTexts as T } from './texts';

const COLOURS: Record<string, string> = { red: 'red', yellow: 'gold', green: 'green', blue: 'blue' };

export function LightTag({ light }: { light: string | null }) {
  return (
    <Tag color={light ? COLOURS[light] : 'default'} data-testid={`light-${light ?? 'none'}`}>
      {T.lights[light ?? 'none']}
    </Tag>
  );
}

export function LightCounts({ counts }: { counts: Record<string, number> }) {
  return (
    <>
      {(['red', 'yellow', 'green', 'blue'] as const)
        .filter((l) => (counts[l] ?? 0) > 0)
        .map((l) => (
          <Tag key={l} color={COLOURS[l]}>
            {T.lights[l]} {counts[l]}
          </Tag>
        ))}
    </>
  );
}
