// Calls and shapes of the evidence feature (佐证材料): list and upload per owner, remove per file. A file
// is sent as it is (POST …/evidence/file, application/octet-stream, its name and indicator in the query:
// nothing for the server to decode); downloads are plain links (`file.url`) the server answers as
// attachments.
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
  upload: (owner: EvidenceOwner, id: string, file: File, indicatorId?: string) =>
    api.upload<{ file: EvidenceFile; duplicate: boolean }>(`${path(owner, id)}/file`, file, {
      fileName: file.name,
      indicatorId,
    }),
  remove: (fileId: string) => api.delete<{ deleted: true }>(`/api/evidence/${encodeURIComponent(fileId)}`),
};
