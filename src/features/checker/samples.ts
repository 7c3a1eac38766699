/**
 * Sample documents for the 校验 page ("用示例文件试一试"): our own invented documents with errors planted
 * on purpose, so a new user sees the checker at work before holding a file of their own. They are data
 * beside this module (samples/index.json lists them, with the errors each holds), read once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../platform/errors.ts';
import { checkerTexts } from './texts.ts';

export type Sample = { id: string; fileName: string; title: string; description: string; errors: string[] };
type SampleIndex = { samples: Sample[] };

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'samples');
let index: SampleIndex | null = null;

function loaded(): SampleIndex {
  return (index ??= JSON.parse(fs.readFileSync(path.join(DIR, 'index.json'), 'utf8')) as SampleIndex);
}

/** The samples as the page lists them (the planted errors' rules stay for the tests). */
export function listSamples(): Omit<Sample, 'errors'>[] {
  return loaded().samples.map(({ errors: _errors, ...shown }) => shown);
}

/** A sample's text, as the page then checks it like an uploaded file. */
export function sampleDocument(id: string): { fileName: string; text: string } {
  const sample = loaded().samples.find((s) => s.id === id);
  if (!sample) throw new AppError('NOT_FOUND', checkerTexts.noSample);
  return { fileName: sample.fileName, text: fs.readFileSync(path.join(DIR, `${sample.id}.txt`), 'utf8') };
}
