// Calls of 科目表管理 (/api/accounts/catalogues).
import { api } from '../../shared/api/client';

export type StoredCatalogue = {
  region: string;
  year: number;
  fileName: string;
  rowCount: number;
  version: number;
  updatedAt: string;
};
type Entry = { code: string; name: string; explanation?: string };
export type CatalogueProblem = { row: number; cell: string; column: string; message: string };
export type CataloguePreview = {
  region: string;
  year: number;
  fileName: string;
  rows: { row: number; code: string; name: string; kind: string }[];
  problems: CatalogueProblem[];
  notes: CatalogueProblem[];
  differences: {
    kind: string;
    label: string;
    diff: { added: Entry[]; renamed: { code: string; before: string; after: string }[]; removed: Entry[] };
  }[];
  version: number;
  applicable: boolean;
};
export type CatalogueFileBody = { region: string; year: number; fileName: string; contentBase64: string };

export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export const catalogueApi = {
  list: (region: string) =>
    api.get<{ builtInYears: number[]; items: StoredCatalogue[] }>('/api/accounts/catalogues', { region }),
  preview: (body: CatalogueFileBody) => api.post<CataloguePreview>('/api/accounts/catalogues/preview', body),
  apply: (body: CatalogueFileBody & { version: number }, key: string) =>
    api.post<CataloguePreview>('/api/accounts/catalogues', body, key),
};
