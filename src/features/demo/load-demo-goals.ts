/**
 * The seeds' projects in the demo: goal tables and actuals (000, 001, 004), and the score sheets that
 * rebuild their 评分表 from the scoring fixtures (001's four projects and its department-wide
 * evaluation; 004's panel of two evaluators, 99 and 98). Every figure shown is computed from these
 * rows by the domain — nothing here stores a result.
 */
import { inArray, sql } from 'drizzle-orm';
import type { TxDeps } from '../../app/deps.ts';
import { readEvaluation, type Evaluation } from '../../domain/scoring/index.ts';
import f001Business from '../../domain/scoring/fixtures/001-business-support.json' with { type: 'json' };
import f001Department from '../../domain/scoring/fixtures/001-department.json' with { type: 'json' };
import f001Hall from '../../domain/scoring/fixtures/001-hall-expenses.json' with { type: 'json' };
import f001Procurement from '../../domain/scoring/fixtures/001-procurement.json' with { type: 'json' };
import f001Window from '../../domain/scoring/fixtures/001-window-reward.json' with { type: 'json' };
import f004Panel from '../../domain/scoring/fixtures/004-panel.json' with { type: 'json' };
import {
  evaluations,
  organisations,
  projectIndicators,
  projects,
  scoreSheets,
  users,
} from '../../platform/db/schema/index.ts';
import { DEMO_DEPARTMENT_EVALUATIONS, DEMO_PROJECTS, type DemoFixture } from '../goals/demo-goals.data.ts';
import { DEMO_FISCAL_YEAR } from './demo-data.ts';

const FIXTURES: Record<DemoFixture, unknown> = {
  '004-panel': f004Panel,
  '001-hall-expenses': f001Hall,
  '001-window-reward': f001Window,
  '001-business-support': f001Business,
  '001-procurement': f001Procurement,
  '001-department': f001Department,
};

function fixture(name: DemoFixture): Evaluation {
  const read = readEvaluation(FIXTURES[name]);
  if (!read.ok)
    throw new Error(
      `scoring fixture ${name}: ${read.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`,
    );
  return read.evaluation;
}

export async function loadDemoGoals(deps: TxDeps): Promise<{ projects: number; evaluations: number }> {
  const now = deps.clock();
  const orgRows = await deps.db
    .select({ id: organisations.id, code: organisations.code })
    .from(organisations);
  const orgId = new Map(orgRows.map((o) => [o.code, o.id]));
  const usernames = [
    ...DEMO_PROJECTS.flatMap((p) => p.evaluation?.evaluators ?? []),
    ...DEMO_DEPARTMENT_EVALUATIONS.flatMap((d) => d.evaluators),
  ];
  const userRows = await deps.db
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(sql`lower(${users.username})`, usernames));
  const userId = new Map(userRows.map((u) => [u.username, u.id]));
  const need = <T>(map: Map<string, T>, key: string, what: string): T => {
    const v = map.get(key);
    if (v === undefined) throw new Error(`demo goals: no ${what} ${key}`);
    return v;
  };

  async function addEvaluation(
    org: string,
    projectId: string | null,
    name: DemoFixture,
    evaluators: string[],
  ): Promise<void> {
    const ev = fixture(name);
    if (ev.sheets.length !== evaluators.length)
      throw new Error(
        `demo goals: ${name} has ${ev.sheets.length} sheets for ${evaluators.length} evaluators`,
      );
    const [row] = await deps.db
      .insert(evaluations)
      .values({
        orgId: org,
        projectId,
        fiscalYear: DEMO_FISCAL_YEAR,
        title: ev.title ?? name,
        templateRef: ev.template.id,
        template: ev.template,
        inputs: ev.inputs,
        given: ev.given ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: evaluations.id });
    for (const [i, sheet] of ev.sheets.entries()) {
      await deps.db.insert(scoreSheets).values({
        evaluationId: row!.id,
        evaluatorId: need(userId, evaluators[i]!, 'user'),
        evaluatorName: sheet.evaluator.name,
        evaluatorTitle: sheet.evaluator.title ?? '',
        evaluatorUnit: sheet.evaluator.unit ?? '',
        entries: sheet.scores ?? {},
        total: sheet.scores ? null : (sheet.total ?? null),
        given: sheet.given ?? null,
        submitted: true,
        submittedAt: now,
        createdAt: now,
        updatedAt: now,
      });
    }
  }

  let evaluationCount = 0;
  for (const p of DEMO_PROJECTS) {
    const org = need(orgId, p.orgCode, 'organisation');
    const [row] = await deps.db
      .insert(projects)
      .values({
        orgId: org,
        fiscalYear: DEMO_FISCAL_YEAR,
        name: p.name,
        budgetFiscal: p.budget[0],
        budgetOther: p.budget[1],
        executedFiscal: p.executed[0],
        executedOther: p.executed[1],
        goalExpected: p.goalExpected,
        goalActual: p.goalActual,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: projects.id });
    await deps.db.insert(projectIndicators).values(
      p.indicators.map(([level1, level2, level3, target, actual, standards], i) => ({
        projectId: row!.id,
        position: i + 1,
        level1,
        level2,
        level3,
        target,
        actual,
        standards: standards ?? null,
        updatedAt: now,
      })),
    );
    if (p.evaluation) {
      await addEvaluation(org, row!.id, p.evaluation.fixture, p.evaluation.evaluators);
      evaluationCount++;
    }
  }
  for (const d of DEMO_DEPARTMENT_EVALUATIONS) {
    await addEvaluation(need(orgId, d.orgCode, 'organisation'), null, d.fixture, d.evaluators);
    evaluationCount++;
  }
  return { projects: DEMO_PROJECTS.length, evaluations: evaluationCount };
}
