/**
 * Chains as configuration: which chain applies to a document (the nearest organisation up the tree
 * that configures one for the document kind), whether a chain is well-formed, and the snapshot a
 * document takes at submission so that a later edit of the chain only affects later submissions.
 */
import { patternProblem } from './fields.ts';
import type { AssigneeSelector, ChainDefinition, ChainSetting, DocumentKind } from './types.ts';

export type ResolvedChain = {
  chain: ChainDefinition;
  /** The organisation whose setting applies (null for the fallback). */
  sourceOrgId: string | null;
  /** True when it came from an ancestor rather than the organisation itself. */
  inherited: boolean;
};

/**
 * The chain for a document of `kind` in the organisation `orgPath[0]`, given its ancestors after it
 * (`orgPath` = own organisation, parent, …, root): the nearest setting wins, so a unit overrides its
 * department, which overrides the finance department.
 */
export function resolveChain(
  settings: readonly ChainSetting[],
  orgPath: readonly string[],
  kind: DocumentKind,
  fallback?: ChainDefinition,
): ResolvedChain | null {
  for (let i = 0; i < orgPath.length; i++) {
    const hit = settings.find((s) => s.orgId === orgPath[i] && s.kind === kind);
    if (hit) return { chain: hit.chain, sourceOrgId: hit.orgId, inherited: i > 0 };
  }
  return fallback ? { chain: fallback, sourceOrgId: null, inherited: true } : null;
}

function selectorProblem(sel: AssigneeSelector, where: string): string | null {
  if (!sel.role && !sel.position) return `${where}必须指定角色或职务`;
  if (sel.orgLevel !== undefined && !(Number.isInteger(sel.orgLevel) && sel.orgLevel >= 0))
    return `${where}的单位层级必须是非负整数`;
  return null;
}

/** Every problem of a chain, in Chinese; an empty list means it can be used. */
export function validateChain(chain: ChainDefinition): string[] {
  const out: string[] = [];
  if (!chain.id.trim()) out.push('流程编号不能为空');
  if (!chain.name.trim()) out.push('流程名称不能为空');
  if (!Number.isInteger(chain.revision) || chain.revision < 1) out.push('流程修订号必须是正整数');
  const ini = selectorProblem(chain.initiator, '提交人');
  if (ini) out.push(ini);
  if (chain.reopenBy) {
    const r = selectorProblem(chain.reopenBy, '重新打开权限');
    if (r) out.push(r);
  }
  if (chain.resubmitTo !== undefined && chain.resubmitTo !== 'first' && chain.resubmitTo !== 'returning')
    out.push('退回后重新提交的去向必须是“从第一步重新审核”或“直接回到退回的步骤”');
  if (chain.steps.length === 0) out.push('流程至少需要一个审核步骤');
  const ids = new Set<string>();
  chain.steps.forEach((s, i) => {
    const where = `第 ${i + 1} 步「${s.name || s.id}」`;
    if (!s.id.trim()) out.push(`${where}的编号不能为空`);
    else if (ids.has(s.id)) out.push(`${where}的编号「${s.id}」重复`);
    ids.add(s.id);
    if (!s.name.trim()) out.push(`第 ${i + 1} 步的名称不能为空`);
    const sel = selectorProblem(s.assignee, where);
    if (sel) out.push(sel);
    if (s.mode !== 'single' && s.mode !== 'panel') out.push(`${where}的办理方式必须是单人或会签`);
    if (s.panelSize !== undefined) {
      if (s.mode !== 'panel') out.push(`${where}不是会签步骤，不能设置人数`);
      else if (!Number.isInteger(s.panelSize) || s.panelSize < 2)
        out.push(`${where}的会签人数必须是不少于 2 的整数`);
    }
    if (
      s.deadlineDays !== undefined &&
      !(Number.isInteger(s.deadlineDays) && s.deadlineDays >= 1 && s.deadlineDays <= 365)
    )
      out.push(`${where}的办理期限必须是 1 到 365 之间的整数天`);
    for (const p of s.editable ?? []) {
      const prob = patternProblem(p);
      if (prob) out.push(`${where}：${prob}`);
    }
  });
  return out;
}

/** A deep copy taken at submission; later edits of the configured chain do not reach it. */
export function snapshotChain(chain: ChainDefinition): ChainDefinition {
  return JSON.parse(JSON.stringify(chain)) as ChainDefinition;
}

/**
 * The step a resubmission after a 退回 starts at: 0, or — when the chain says 'returning' — the step that
 * returned the document to its originator in this round (`returnedFrom`, null when unknown).
 */
export function resubmissionStep(chain: ChainDefinition, returnedFrom: number | null): number {
  if (chain.resubmitTo !== 'returning' || returnedFrom === null) return 0;
  return returnedFrom >= 0 && returnedFrom < chain.steps.length ? returnedFrom : 0;
}

/** Who may reopen a frozen document under a chain: `reopenBy`, else the holders of its last step. */
export function reopenSelector(chain: ChainDefinition): AssigneeSelector | null {
  return chain.reopenBy ?? chain.steps[chain.steps.length - 1]?.assignee ?? null;
}
