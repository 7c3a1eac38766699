/**
 * 导入 from the 预算管理一体化 platform, in two steps: `previewImport` reads the file, validates every row
 * and says what would be created, updated or left as it is (nothing is written); `commitImport` reads the
 * same file again, refuses it if anything is wrong or if the data moved since the preview (planHash), and
 * applies it in the route's one transaction through the features' own use cases (so the editing locks,
 * versions and audit entries of goals and monitoring apply), then writes one summary audit entry.
 * An import adds and updates; it never deletes what the file does not mention.
 */
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import { subtreeIds } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { requireScope } from '../../app/scope.ts';
import {
  fromRecords,
  problemText,
  projectKey,
  SHEETS,
  type ExchangeMonitoringProject,
  type ExchangeProblem,
  type ExchangeProject,
  type ExchangeSelfResult,
  type ExchangeUnit,
} from '../../domain/exchange/index.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { exchangeProjectCodes, exchangeSelfResults, organisations } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import { createProject } from '../goals/create-project.ts';
import { ZCreateProject } from '../goals/goals.schema.ts';
import { saveIndicators } from '../goals/save-indicators.ts';
import { updateProject } from '../goals/update-project.ts';
import { ZSaveReport, type ReportProject } from '../monitoring/monitoring.schema.ts';
import { saveReport } from '../monitoring/save-report.ts';
import { loadUnitState, type UnitState } from './load-unit.ts';
import { readUpload } from './read-upload.ts';
import { uploadPool } from '../uploads/isolated.ts';
import { sizeText, uploadedBytes, type UploadContent } from '../uploads/upload-bytes.ts';
import { exchangeTexts as T } from './texts.ts';

/** The file: raw bytes (POST …/file, the CLI) or Base64 (the older JSON shape). */
export type ImportFile = { orgId: string; fileName: string } & UploadContent;

/** The largest file an import takes. */
export const MAX_EXCHANGE_BYTES = 15 * 1024 * 1024;

/** Options of a read: the request's end stops the parsing. */
export type ImportOptions = { signal?: AbortSignal | undefined };

export type PlanAction = 'create' | 'update' | 'unchanged' | 'skip';

export type PlanItem = {
  area: 'project' | 'monitoring' | 'self-result';
  agencyCode: string;
  agencyName: string;
  fiscalYear: number;
  name: string;
  action: PlanAction;
  /** What changes (Chinese), or why it is skipped. */
  changes: string[];
};

export type ImportProblem = ExchangeProblem & { caption: string; text: string };

export type ImportPreview = {
  fileName: string;
  units: Array<{ agencyCode: string; agencyName: string; fiscalYear: number }>;
  items: PlanItem[];
  problems: ImportProblem[];
  counts: Record<PlanAction, number>;
  /** Stands for this plan against this state of the data; commit refuses another. */
  planHash: string;
};

type UnitPlan = { orgId: string; orgName: string; incoming: ExchangeUnit; state: UnitState };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const FIELD_NAMES: Array<[keyof ExchangeProject, string]> = [
  ['code', '项目代码'],
  ['name', '项目名称'],
  ['budgetFiscal', '预算数（财政拨款）'],
  ['budgetOther', '预算数（其他资金）'],
  ['executedFiscal', '执行数（财政拨款）'],
  ['executedOther', '执行数（其他资金）'],
  ['goalExpected', '年度总体目标'],
  ['goalActual', '年度总体目标完成情况'],
];

function projectChanges(before: ExchangeProject | undefined, after: ExchangeProject): string[] {
  if (!before) return [`${after.indicators.length} 个绩效指标`];
  const out = FIELD_NAMES.filter(([k]) => before[k] !== after[k]).map(([, label]) => label);
  if (!same(before.indicators, after.indicators))
    out.push(`绩效指标（${before.indicators.length} 个 → ${after.indicators.length} 个）`);
  return out;
}

function toProblem(p: ExchangeProblem): ImportProblem {
  const caption = SHEETS.flatMap((s) => s.fields).find((f) => f.code === p.field)?.caption ?? '';
  return { ...p, caption, text: problemText(p) };
}

/** The existing project an incoming one updates: by 项目代码, else by name (a project not yet coded). */
function matchProject(state: UnitState, p: ExchangeProject) {
  if (p.code !== '') {
    const byCode = state.projects.find((x) => x.code === p.code);
    if (byCode) return byCode;
    return state.projects.find((x) => x.code === '' && x.name === p.name);
  }
  return state.projects.find((x) => x.name === p.name);
}

function zodProblems(what: string, issues: ReadonlyArray<{ message: string }>): ExchangeProblem[] {
  return issues.map((i) => ({ at: what, field: '', message: i.message }));
}

async function plan(deps: TxDeps, actor: Actor, input: ImportFile, options: ImportOptions) {
  const isolated = { workers: uploadPool(deps.config.uploads), signal: options.signal };
  const bytes = await uploadedBytes(
    input.fileName,
    input,
    {
      maxBytes: MAX_EXCHANGE_BYTES,
      tooLarge: (size) => T.tooLarge(input.fileName, sizeText(size), sizeText(MAX_EXCHANGE_BYTES)),
      empty: T.emptyFile(input.fileName),
      badBase64: T.badBase64,
    },
    isolated,
  );
  const read = await readUpload(input.fileName, bytes, {
    uploads: deps.config.uploads,
    signal: options.signal,
  });
  const problems: ExchangeProblem[] = [];
  const items: PlanItem[] = [];
  const units: UnitPlan[] = [];
  if (!read.ok) return { problems: read.problems, items, units };
  const parsed = fromRecords(read.sheets);
  problems.push(...parsed.problems);
  const [target] = await deps.db.select().from(organisations).where(eq(organisations.id, input.orgId));
  if (!target) throw new AppError('NOT_FOUND', T.orgNotFound);
  const allowed = new Set(await subtreeIds(deps.db, input.orgId));

  for (const incoming of parsed.units) {
    const at = `单位 ${incoming.agencyCode}（${incoming.fiscalYear} 年）`;
    const [org] = await deps.db
      .select()
      .from(organisations)
      .where(eq(organisations.code, incoming.agencyCode));
    if (!org) {
      problems.push({ at, field: 'agency_code', message: T.unknownAgency(incoming.agencyCode) });
      continue;
    }
    if (!actor.reach.has(org.id)) throw new AppError('FORBIDDEN', T.outsideReach(org.code, org.name));
    requireScope(actor, 'work.edit', org.id);
    if (!allowed.has(org.id)) {
      problems.push({ at, field: 'agency_code', message: T.notUnderTarget(org.code, org.name, target.name) });
      continue;
    }
    const state = await loadUnitState(deps.db, org.id, incoming.fiscalYear);
    if (incoming.mofDivCode !== state.unit.mofDivCode)
      problems.push({
        at,
        field: 'mof_div_code',
        message: T.regionMismatch(incoming.mofDivCode, state.unit.mofDivCode, state.unit.mofDivName),
      });
    units.push({ orgId: org.id, orgName: org.name, incoming, state });
    const item = (area: PlanItem['area'], name: string, action: PlanAction, changes: string[]) =>
      items.push({
        area,
        agencyCode: org.code,
        agencyName: org.name,
        fiscalYear: incoming.fiscalYear,
        name,
        action,
        changes,
      });

    for (const p of incoming.projects) {
      const what = `${at}项目“${p.name}”`;
      const check = ZCreateProject.safeParse({ orgId: org.id, fiscalYear: incoming.fiscalYear, ...p });
      if (!check.success) problems.push(...zodProblems(what, check.error.issues));
      const match = matchProject(state, p);
      const before = match ? state.unit.projects.find((x) => projectKey(x) === projectKey(match)) : undefined;
      const changes = projectChanges(before, p);
      if (!match) item('project', p.name, 'create', changes);
      else if (changes.length === 0) item('project', p.name, 'unchanged', []);
      else {
        if (match.goalsStatus === 'in_review' || match.goalsStatus === 'frozen')
          problems.push({
            at: what,
            field: '',
            message: T.goalsLocked(p.name, T.statusNames[match.goalsStatus]!),
          });
        item('project', p.name, 'update', changes);
      }
    }

    for (const r of incoming.monitoring) {
      const what = `${at}截至 ${r.month} 月的监控`;
      const report = state.reports.find((x) => x.month === r.month);
      if (!report) {
        problems.push({ at: what, field: 'mon_month', message: T.noRound(r.month, incoming.fiscalYear) });
        continue;
      }
      const check = ZSaveReport.safeParse({
        version: report.version,
        projects: r.projects.map((p) => reportProject(p, null)),
      });
      if (!check.success) problems.push(...zodProblems(what, check.error.issues));
      const before = state.unit.monitoring.find((x) => x.month === r.month);
      if (before && same(before.projects, r.projects)) {
        item('monitoring', `截至 ${r.month} 月`, 'unchanged', []);
        continue;
      }
      if (report.status === 'reviewing' || report.status === 'submitted')
        problems.push({
          at: what,
          field: '',
          message: T.reportLocked(r.month, T.reportStatus[report.status]!),
        });
      item('monitoring', `截至 ${r.month} 月`, 'update', [`${r.projects.length} 个项目的执行数与指标进度`]);
    }

    for (const s of incoming.selfResults) {
      const key = `${s.kind}:${projectKey(s)}`;
      if (state.scored.has(key)) {
        item('self-result', s.name, 'skip', [T.scoredHere(s.name)]);
        continue;
      }
      const stored = storedResult(state, s);
      const now = { score: s.score, grade: s.grade, final: s.final };
      if (!stored) item('self-result', s.name, 'create', [resultText(s)]);
      else if (
        same(
          {
            score: stored.score === null ? null : stored.score,
            grade: stored.grade,
            final: stored.isLastInst,
          },
          now,
        )
      )
        item('self-result', s.name, 'unchanged', []);
      else item('self-result', s.name, 'update', [resultText(s)]);
    }
  }
  return { problems, items, units };
}

const resultText = (s: ExchangeSelfResult) =>
  `得分 ${s.score ?? '（未评分）'}${s.grade ? `，${s.grade}` : ''}，${s.final ? '已终审' : '未终审'}`;

function storedResult(state: UnitState, s: ExchangeSelfResult) {
  const row = state.stored.find(
    (r) => r.kind === s.kind && projectKey({ code: r.proCode, name: r.proName }) === projectKey(s),
  );
  if (!row) return undefined;
  const plainScore =
    row.score === null
      ? null
      : (state.unit.selfResults.find((x) => x.kind === s.kind && projectKey(x) === projectKey(s))?.score ??
        row.score);
  return { ...row, score: plainScore };
}

/** A monitoring row as the monitoring feature stores it, linked to the unit's project when there is one. */
function reportProject(p: ExchangeMonitoringProject, projectId: string | null): ReportProject {
  return {
    projectId,
    name: p.name,
    kind: p.kind,
    sources: p.sources.map((s) => ({ ...s })),
    indicators: p.indicators.map((i) => ({ ...i })),
    response: p.response,
  };
}

function summarise(
  fileName: string,
  problems: ExchangeProblem[],
  items: PlanItem[],
  units: UnitPlan[],
): ImportPreview {
  const counts: Record<PlanAction, number> = { create: 0, update: 0, unchanged: 0, skip: 0 };
  for (const i of items) counts[i.action]++;
  const planHash = createHash('sha256')
    .update(
      JSON.stringify({
        items,
        versions: units.map((u) => [
          u.state.projects.map((p) => [p.id, p.version]),
          u.state.reports.map((r) => [r.id, r.version]),
        ]),
        stored: units.map((u) => u.state.stored.map((s) => [s.id, s.version])),
      }),
    )
    .digest('hex');
  return {
    fileName,
    units: units.map((u) => ({
      agencyCode: u.incoming.agencyCode,
      agencyName: u.orgName,
      fiscalYear: u.incoming.fiscalYear,
    })),
    items,
    problems: problems.map(toProblem),
    counts,
    planHash,
  };
}

export async function previewImport(
  deps: TxDeps,
  actor: Actor,
  input: ImportFile,
  options: ImportOptions = {},
): Promise<ImportPreview> {
  const { problems, items, units } = await plan(deps, actor, input, options);
  return summarise(input.fileName, problems, items, units);
}

export type ImportResult = ImportPreview & { applied: true };

export async function commitImport(
  deps: TxDeps,
  actor: Actor,
  input: ImportFile & { planHash?: string | undefined },
  options: ImportOptions = {},
): Promise<ImportResult> {
  const { problems, items, units } = await plan(deps, actor, input, options);
  const preview = summarise(input.fileName, problems, items, units);
  if (problems.length > 0)
    throw new AppError('UNPROCESSABLE', T.hasProblems(problems.length), { problems: preview.problems });
  if (input.planHash && input.planHash !== preview.planHash) throw new AppError('CONFLICT', T.stale);
  const now = deps.clock();
  const who = { id: actor.userId, username: actor.username, ip: actor.ip };

  for (const u of units) {
    const year = u.incoming.fiscalYear;
    const ids = new Map<string, string>();
    for (const p of u.incoming.projects) {
      const match = matchProject(u.state, p);
      const fields = {
        name: p.name,
        budgetFiscal: p.budgetFiscal,
        budgetOther: p.budgetOther,
        executedFiscal: p.executedFiscal,
        executedOther: p.executedOther,
        goalExpected: p.goalExpected,
        goalActual: p.goalActual,
      };
      let id: string;
      if (!match) {
        id = (
          await createProject(deps, actor, {
            orgId: u.orgId,
            fiscalYear: year,
            ...fields,
            indicators: p.indicators,
          })
        ).id;
      } else {
        id = match.id;
        const before = u.state.unit.projects.find((x) => projectKey(x) === projectKey(match))!;
        let version = match.version;
        if (FIELD_NAMES.some(([k]) => k !== 'code' && before[k] !== p[k]))
          version = (await updateProject(deps, actor, id, { ...fields, version })).version;
        if (!same(before.indicators, p.indicators))
          await saveIndicators(deps, actor, id, { indicators: p.indicators, version });
      }
      if (!match || match.code !== p.code) {
        await deps.db.delete(exchangeProjectCodes).where(eq(exchangeProjectCodes.projectId, id));
        if (p.code !== '')
          await deps.db
            .insert(exchangeProjectCodes)
            .values({ projectId: id, orgId: u.orgId, fiscalYear: year, proCode: p.code, createdAt: now });
      }
      ids.set(projectKey(p), id);
    }

    for (const r of u.incoming.monitoring) {
      const report = u.state.reports.find((x) => x.month === r.month)!;
      const before = u.state.unit.monitoring.find((x) => x.month === r.month);
      if (before && same(before.projects, r.projects)) continue;
      const projectIdOf = (p: ExchangeMonitoringProject) => {
        if (p.kind !== 'project') return null;
        const known = ids.get(projectKey(p));
        if (known) return known;
        const existing = matchProject(u.state, { ...p } as unknown as ExchangeProject);
        return existing?.id ?? null;
      };
      await saveReport(deps, actor, report.id, {
        version: report.version,
        projects: r.projects.map((p) => reportProject(p, projectIdOf(p))),
      });
    }

    for (const s of u.incoming.selfResults) {
      if (u.state.scored.has(`${s.kind}:${projectKey(s)}`)) continue;
      const stored = storedResult(u.state, s);
      const values = { score: s.score, grade: s.grade, isLastInst: s.final };
      if (stored && stored.score === s.score && stored.grade === s.grade && stored.isLastInst === s.final)
        continue;
      let id: string;
      if (stored) {
        id = stored.id;
        await deps.db
          .update(exchangeSelfResults)
          .set({ ...values, version: stored.version + 1, updatedAt: now })
          .where(and(eq(exchangeSelfResults.id, stored.id), eq(exchangeSelfResults.version, stored.version)));
      } else {
        const [row] = await deps.db
          .insert(exchangeSelfResults)
          .values({
            orgId: u.orgId,
            fiscalYear: year,
            kind: s.kind,
            proCode: s.code,
            proName: s.name,
            ...values,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: exchangeSelfResults.id });
        id = row!.id;
      }
      await appendAudit(
        deps.db,
        who,
        {
          action: 'exchange.self-result',
          entity: 'exchange_self_result',
          entityId: id,
          orgId: u.orgId,
          before: stored ? { score: stored.score, grade: stored.grade, isLastInst: stored.isLastInst } : null,
          after: { kind: s.kind, proCode: s.code, proName: s.name, ...values },
        },
        now,
      );
    }
  }

  await appendAudit(
    deps.db,
    who,
    {
      action: 'exchange.import',
      entity: 'exchange',
      entityId: input.orgId,
      orgId: input.orgId,
      after: {
        fileName: input.fileName,
        units: preview.units,
        counts: preview.counts,
        items: items.filter((i) => i.action === 'create' || i.action === 'update'),
      },
    },
    now,
  );
  return { ...preview, applied: true };
}
