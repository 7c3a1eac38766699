/**
 * 佐证材料 routes: list and upload a project's (and its indicators'), an evaluation's or a
 * rectification's files; download one (only as an attachment, with its stored type); remove one.
 * Every route is scoped by the owner's organisation.
 */
import { route } from '../../app/route.ts';
import type { Actor } from '../../app/actor.ts';
import type { AppDeps, TxDeps } from '../../app/deps.ts';
import { mayEdit } from '../../domain/workflow/index.ts';
import { lockRefusal, workflowStateOf } from '../workflow/document-lock.ts';
import { deleteEvidence, loadOwnerOrFail, uploadEvidence } from './evidence-commands.ts';
import { indicatorNames, ownerOrg, type OwnerRoute } from './evidence-owner.ts';
import { fileContent, fileOrg, kindsOf, liveFiles, toDto, type EvidenceFileDto } from './evidence-store.ts';
import { EVIDENCE_ACCEPT, EVIDENCE_TYPES_LABEL } from './file-types.ts';
import { ZIdParam, ZUploadEvidence, ZUploadEvidenceQuery } from './evidence.schema.ts';
import { rawUpload } from '../uploads/upload-bytes.ts';
import { evidenceTexts as T } from './texts.ts';

export type EvidenceListDto = {
  files: EvidenceFileDto[];
  /** Why this user cannot add or remove files here now (frozen, under review, closed, no permission), or null. */
  readOnly: string | null;
  limits: { maxFileBytes: number; maxTotalBytes: number };
  /** The accepted extensions (`<input accept>`) and their names. */
  accept: string;
  typesLabel: string;
};

async function listing(deps: TxDeps, actor: Actor, kind: OwnerRoute, id: string): Promise<EvidenceListDto> {
  const owner = await loadOwnerOrFail(deps, kind, id);
  const files = await liveFiles(deps.db, kindsOf(kind), id);
  const names = kind === 'project' ? await indicatorNames(deps.db, id) : new Map<string, string>();
  let readOnly: string | null = null;
  if (!actor.permissions.has('work.edit')) readOnly = T.noEditPermission;
  else if (owner.closed) readOnly = T.rectificationClosed;
  else if (owner.documentId) {
    const state = await workflowStateOf(deps, owner.documentId);
    if (state && !mayEdit(state, actor.userId, 'evidence'))
      readOnly = lockRefusal(state, actor.userId, '').message;
  }
  return {
    // An indicator's file shows its indicator's name as it is now (it follows a rename).
    files: files.map((f) => toDto(f, names)),
    readOnly,
    limits: deps.config.evidence,
    accept: EVIDENCE_ACCEPT,
    typesLabel: EVIDENCE_TYPES_LABEL,
  };
}

/** RFC 5987 / 6266: the Chinese name in `filename*`, an ASCII stand-in in `filename`. */
export function contentDisposition(fileName: string): string {
  const ext = /\.[A-Za-z0-9]+$/.exec(fileName)?.[0] ?? '';
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_');
  const fallback = /[A-Za-z0-9]/.test(ascii.slice(0, ascii.length - ext.length)) ? ascii : `evidence${ext}`;
  const encoded = encodeURIComponent(fileName).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

function ownerRoutes(kind: OwnerRoute, base: string, title: string) {
  const org = ({ params }: { params: { id: string } }, _a: unknown, deps: AppDeps) =>
    ownerOrg(deps.db, kind, params.id);
  return [
    route({
      method: 'GET',
      url: `${base}/:id/evidence`,
      summary: `${title}的佐证材料`,
      tags: ['evidence'],
      params: ZIdParam,
      access: { kind: 'scoped', permission: 'work.read', org },
      handler: async ({ deps, actor, input }) => listing(deps, actor, kind, input.params.id),
    }),
    route({
      method: 'POST',
      url: `${base}/:id/evidence`,
      upload: true,
      summary: `上传${title}的佐证材料（JSON，文件内容为 Base64；按内容识别类型，相同内容只存一份）`,
      tags: ['evidence'],
      params: ZIdParam,
      body: ZUploadEvidence,
      idempotent: true,
      access: { kind: 'scoped', permission: 'work.edit', org },
      handler: async ({ deps, actor, input }) =>
        uploadEvidence(deps, actor, kind, input.params.id, input.body),
    }),
    // The body is the file itself; nothing is decoded on the main thread. Not `idempotent`: a retry of the
    // same file to the same place answers the file already stored (same content, stored once).
    route({
      method: 'POST',
      url: `${base}/:id/evidence/file`,
      upload: true,
      summary: `上传${title}的佐证材料（请求体即文件本身：application/octet-stream；文件名 fileName、指标 indicatorId 在查询参数中）`,
      tags: ['evidence'],
      params: ZIdParam,
      query: ZUploadEvidenceQuery,
      access: { kind: 'scoped', permission: 'work.edit', org },
      handler: async ({ deps, actor, input, request }) =>
        uploadEvidence(deps, actor, kind, input.params.id, {
          ...input.query,
          bytes: rawUpload(request, '文件名（fileName）和所属指标（indicatorId，可选）'),
        }),
    }),
  ];
}

export function evidenceRoutes() {
  return [
    ...ownerRoutes('project', '/api/projects', '项目及其绩效指标'),
    ...ownerRoutes('evaluation', '/api/evaluations', '绩效自评'),
    ...ownerRoutes('rectification', '/api/rectifications', '整改事项'),
    route({
      method: 'GET',
      url: '/api/evidence/:id',
      summary: '下载佐证材料（仅以附件下载，类型为上传时按内容识别的类型）',
      tags: ['evidence'],
      params: ZIdParam,
      access: {
        kind: 'scoped',
        permission: 'work.read',
        org: ({ params }, _a, deps) => fileOrg(deps.db, params.id),
      },
      handler: async ({ deps, input, reply }) => {
        const { file, size, stream } = await fileContent(deps.db, input.params.id);
        reply
          .header('Content-Type', file.contentType)
          .header('Content-Length', String(size))
          .header('Content-Disposition', contentDisposition(file.fileName))
          .header('X-Content-Type-Options', 'nosniff')
          .header('Content-Security-Policy', "default-src 'none'; sandbox")
          .header('X-Evidence-SHA256', file.sha256);
        // Streamed in slices from the database (the kernel sends the stream it is given).
        return stream();
      },
    }),
    route({
      method: 'DELETE',
      url: '/api/evidence/:id',
      summary: '删除佐证材料（所属文档定稿后不能删除）',
      tags: ['evidence'],
      params: ZIdParam,
      access: {
        kind: 'scoped',
        permission: 'work.edit',
        org: ({ params }, _a, deps) => fileOrg(deps.db, params.id),
      },
      handler: async ({ deps, actor, input }) => deleteEvidence(deps, actor, input.params.id),
    }),
  ];
}
