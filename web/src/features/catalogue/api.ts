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
/** What a preview or an import sends: the file itself (application/octet-stream), the rest in the query. */
export type CatalogueUpload = { region: string; year: number; file: File };

const query = (u: CatalogueUpload) => ({ region: u.region, year: u.year, fileName: u.file.name });

export const catalogueApi = {
  list: (region: string) =>
    api.get<{ builtInYears: number[]; items: StoredCatalogue[] }>('/api/accounts/catalogues', { region }),
  preview: (u: CatalogueUpload) =>
    api.upload<CataloguePreview>('/api/accounts/catalogues/preview/file', u.file, query(u)),
  apply: (u: CatalogueUpload & { version: number }) =>
    api.upload<CataloguePreview>('/api/accounts/catalogues/file', u.file, {
      ...query(u),
      version: u.version,
    }),
};
