/**
 * Who holds a step: the users of the organisation (plain data) whose role grants match the step's
 * selector, at the organisation level it names, never the document's originators, never a disabled
 * account. A single-approver step is offered to every eligible holder (the first to act wins); a panel
 * is every eligible holder, or the ones picked at submission when the panel has a fixed size.
 */
import { MSG, ROLE_LABELS, refuse } from './messages.ts';
import type { AssigneeSelector, ChainStep, Grant, OrgUser, Person, Refusal } from './types.ts';

export function grantMatches(grant: Grant, selector: AssigneeSelector): boolean {
  if (selector.role !== undefined && grant.role !== selector.role) return false;
  if (selector.position !== undefined && grant.position !== selector.position) return false;
  return selector.role !== undefined || selector.position !== undefined;
}

/** The organisation a selector points at: `orgPath[orgLevel]` (the document's own organisation by default). */
export function selectorOrg(selector: AssigneeSelector, orgPath: readonly string[]): string | undefined {
  return orgPath[selector.orgLevel ?? 0];
}

export function holds(user: OrgUser, selector: AssigneeSelector, orgPath: readonly string[]): boolean {
  if (user.disabled) return false;
  const org = selectorOrg(selector, orgPath);
  if (org === undefined || user.orgId !== org) return false;
  return user.grants.some((g) => grantMatches(g, selector));
}

/** The position a user acts under for a selector: the matching grant's position, else its role's label. */
export function positionUnder(user: OrgUser, selector: AssigneeSelector | null): string {
  const grant = (selector ? user.grants.find((g) => grantMatches(g, selector)) : undefined) ?? user.grants[0];
  if (!grant) return '';
  return grant.position ?? ROLE_LABELS[grant.role] ?? grant.role;
}

export function personOf(user: OrgUser, selector: AssigneeSelector | null): Person {
  return {
    userId: user.id,
    name: user.name,
    position: positionUnder(user, selector),
    title: user.title ?? null,
  };
}

/** Everyone who could hold the step, in directory order, without the excluded (the originators). */
export function eligibleUsers(
  step: Pick<ChainStep, 'assignee'>,
  directory: readonly OrgUser[],
  orgPath: readonly string[],
  exclude: readonly string[] = [],
): OrgUser[] {
  return directory.filter((u) => holds(u, step.assignee, orgPath) && !exclude.includes(u.id));
}

/**
 * The assignees of a step when it becomes current. Refused when nobody is eligible, and for a panel
 * with a fixed size when the picks are missing or wrong.
 */
export function resolveAssignees(
  step: ChainStep,
  directory: readonly OrgUser[],
  orgPath: readonly string[],
  exclude: readonly string[],
  picks?: readonly string[],
): { ok: true; assignees: Person[] } | Refusal {
  const eligible = eligibleUsers(step, directory, orgPath, exclude);
  if (eligible.length === 0) return refuse('NO_ASSIGNEE', MSG.noAssignee(step.name));
  if (step.mode === 'single') return { ok: true, assignees: eligible.map((u) => personOf(u, step.assignee)) };
  const size = step.panelSize;
  if (picks === undefined || picks.length === 0) {
    if (size === undefined) return { ok: true, assignees: eligible.map((u) => personOf(u, step.assignee)) };
    if (eligible.length < size)
      return refuse('NO_ASSIGNEE', MSG.panelPickRequired(step.name, size, eligible.length));
    if (eligible.length > size)
      return refuse('INVALID_PANEL', MSG.panelPickRequired(step.name, size, eligible.length));
    return { ok: true, assignees: eligible.map((u) => personOf(u, step.assignee)) };
  }
  if (new Set(picks).size !== picks.length)
    return refuse('INVALID_PANEL', MSG.panelPickInvalid(step.name, '人员重复'));
  if (size !== undefined && picks.length !== size)
    return refuse(
      'INVALID_PANEL',
      MSG.panelPickInvalid(step.name, `应选 ${size} 名，实选 ${picks.length} 名`),
    );
  const chosen: Person[] = [];
  for (const id of picks) {
    const user = eligible.find((u) => u.id === id);
    if (!user)
      return refuse(
        'INVALID_PANEL',
        MSG.panelPickInvalid(step.name, `所选人员（${id}）不具备该岗位或是提交人`),
      );
    chosen.push(personOf(user, step.assignee));
  }
  return { ok: true, assignees: chosen };
}

/** The due date of a step activated at `activatedAt`: calendar days later (null without a deadline). */
export function dueDate(activatedAt: string, deadlineDays: number | undefined): string | null {
  if (deadlineDays === undefined) return null;
  return new Date(Date.parse(activatedAt) + deadlineDays * 86_400_000).toISOString();
}
