/** Test support: seed lines and the numbers in a sentence (for comparing generated text with the seeds). */
import { dec } from '../money/index.ts';
import { seed } from '../checks/__fixtures__/seeds.ts';
import type { Explanation } from './explanation.ts';

export function seedLine(file: string, line: number): string {
  const text = seed(file).split(/\r?\n/)[line - 1];
  if (text === undefined) throw new Error(`no line ${line} in ${file}`);
  return text.replace(/\[bookmark:[^\]]*\]/g, '');
}

/** Every number of a sentence, normalised ("0" = "0.00", "6,804.88" = "6804.88"). */
export function numbers(s: string): string[] {
  return (s.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((x) => dec(x.replace(/,/g, '')).toString());
}

export function paragraph(e: Explanation, id: string): string {
  const p = e.paragraphs.find((x) => x.id === id);
  if (!p) throw new Error(`no paragraph ${id}`);
  return p.text;
}
