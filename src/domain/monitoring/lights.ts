/**
 * Warning lights (预警灯) of 运行监控. A light is computed from a figure and configured thresholds, never typed.
 * red < yellowFrom ≤ yellow < greenFrom ≤ green ≤ blueAbove < blue (blue: far above the schedule — a target
 * set too low or figures worth a second look). The figure is compared as printed, at 2 decimals half-up,
 * so the light always agrees with the number the user reads.
 */
import { Dec, roundHalfUp, type DecInput } from '../money/index.ts';

export type Light = 'red' | 'yellow' | 'green' | 'blue';

export const LIGHTS: readonly Light[] = ['red', 'yellow', 'green', 'blue'];

export const LIGHT_NAMES: Record<Light, string> = {
  red: '红灯',
  yellow: '黄灯',
  green: '绿灯',
  blue: '蓝灯',
};

/** Position on the scale of the figure: red 0 … blue 3. A lower figure never gives a higher rank. */
export function lightRank(light: Light): number {
  return LIGHTS.indexOf(light);
}

/** The more alarming of two lights (red before yellow before green); blue counts as above green. */
export function worseLight(a: Light, b: Light): Light {
  return lightRank(a) <= lightRank(b) ? a : b;
}

export type LightThresholds = {
  /** From this figure (inclusive) the light is yellow; below it red. */
  yellowFrom: string;
  /** From this figure (inclusive) the light is green. */
  greenFrom: string;
  /** Above this figure (exclusive) the light is blue; null: never blue. */
  blueAbove: string | null;
};

/** The light of a percentage figure, judged at 2 decimals half-up. */
export function lightOf(value: DecInput, t: LightThresholds): Light {
  const v = roundHalfUp(value, 2);
  if (t.blueAbove !== null && v.gt(new Dec(t.blueAbove))) return 'blue';
  if (v.gte(new Dec(t.greenFrom))) return 'green';
  if (v.gte(new Dec(t.yellowFrom))) return 'yellow';
  return 'red';
}

/** The rule that gave the light, as a user reads it ("60 ≤ v < 80"). */
export function lightBand(light: Light, t: LightThresholds, symbol = 'v'): string {
  switch (light) {
    case 'red':
      return `${symbol} < ${t.yellowFrom}`;
    case 'yellow':
      return `${t.yellowFrom} ≤ ${symbol} < ${t.greenFrom}`;
    case 'green':
      return t.blueAbove === null
        ? `${symbol} ≥ ${t.greenFrom}`
        : `${t.greenFrom} ≤ ${symbol} ≤ ${t.blueAbove}`;
    case 'blue':
      return `${symbol} > ${t.blueAbove ?? ''}`;
  }
}
