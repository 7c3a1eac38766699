// Calls and shapes of the evidence feature (佐证材料): list and upload per owner, remove per file. Files
// travel as Base64 JSON like every upload of Jixiao; downloads are plain links (`file.url`) the server
// answers as attachments.
import { api } from '../../shared/api/client';
import type { EvidenceListDto } from '../../../../src/features/evidence/evidence.route.ts';
import type { EvidenceFileDto } from '../../../../src/features/evidence/evidence-store.ts';

export type EvidenceList = EvidenceListDto;
export type EvidenceFile = EvidenceFileDto;
/** What files belong to: a project (and its indicators), a self-evaluation, a rectification. */
export type EvidenceOwner = 'project' | 'evaluation' | 'rectification';

const BASE: Record<EvidenceOwner, string> = {
  project: '/api/projects',
  evaluation: '/api/evaluations',
  rectification: '/api/rectifications',
};

const path = (owner: EvidenceOwner, id: string) => `${BASE[owner]}/${encodeURIComponent(id)}/evidence`;

export const evidenceApi = {
  list: (owner: EvidenceOwner, id: string, signal?: AbortSignal) =>
    api.get<EvidenceList>(path(owner, id), undefined, signal),
  upload: (
    owner: EvidenceOwner,
    id: string,
    body: { fileName: string; contentBase64: string; indicatorId?: string },
    idempotencyKey: string,
  ) => api.post<{ file: EvidenceFile; duplicate: boolean }>(path(owner, id), body, idempotencyKey),
  remove: (fileId: string) => api.delete<{ deleted: true }>(`/api/evidence/${encodeURIComponent(fileId)}`),
};

/** A file's bytes as Base64, in slices (a large file does not fit one String.fromCharCode call). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, Math.min(i + 0x8000, bytes.length)));
  return btoa(binary);
}
