/**
 * Looking at an uploaded JSON document (already parsed by the HTTP layer) before validating it: how
 * deeply it nests and how many values it holds, walked without recursion. A document nested or sized
 * beyond anything real is refused at once — 422 for nesting (a recursive validator would exhaust its
 * stack), 413 for size — before a worker spends time on it.
 */
import { AppError } from '../../platform/errors.ts';

export type JsonLimits = { maxDepth: number; maxValues: number };

export const jsonTexts = {
  tooDeep: (what: string, depth: number) => `${what}的嵌套层级超过 ${depth} 层，不是有效的内容，已拒绝处理。`,
  tooLarge: (what: string, values: number) =>
    `${what}包含的数据项超过 ${values.toLocaleString('en-US')} 个，超出了允许的大小，已拒绝处理。请删去无关内容后重试。`,
};

export function guardJson(what: string, value: unknown, limits: JsonLimits): void {
  const stack: Array<[unknown, number]> = [[value, 1]];
  let values = 0;
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (++values > limits.maxValues)
      throw new AppError('TOO_LARGE', jsonTexts.tooLarge(what, limits.maxValues), { reason: 'json-values' });
    if (v === null || typeof v !== 'object') continue;
    if (depth > limits.maxDepth)
      throw new AppError('UNPROCESSABLE', jsonTexts.tooDeep(what, limits.maxDepth), { reason: 'json-depth' });
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
}
