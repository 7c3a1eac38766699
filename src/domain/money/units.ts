/** Amount units: 元, 万元, 亿元. Stored amounts are 元 as exact decimals. */
import { Dec, dec, type DecInput } from './decimal.ts';

export type AmountUnit = '元' | '万元' | '亿元';

const FACTOR: Record<AmountUnit, Dec> = { 元: new Dec(1), 万元: new Dec(10000), 亿元: new Dec(100000000) };

export function toYuan(amount: DecInput, unit: AmountUnit): Dec {
  return dec(amount).times(FACTOR[unit]);
}

export function fromYuan(yuan: DecInput, unit: AmountUnit): Dec {
  return dec(yuan).div(FACTOR[unit]);
}
