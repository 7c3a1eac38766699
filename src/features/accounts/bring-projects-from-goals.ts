/**
 * 从绩效目标带入 for a 决算 saved before the goals were filed (issue 15, no figure typed twice): the preview
 * lists what would change (src/domain/accounts/projects-from-goals.ts); applying adds the missing projects,
 * fills empty fields and replaces a typed figure only for the projects the user confirmed — saved as any
 * save is (the document lock: frozen → 409, submitted → 409; the balance checks; audited).
 */
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import type { FinalAccounts } from '../../domain/accounts/index.ts';
import {
  applyProjectsFromGoals,
  planProjectsFromGoals,
  type ProjectsFromGoalsItem,
} from '../../domain/accounts/projects-from-goals.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { loadAccountsRow } from './accounts-model.ts';
import { projectRowsFromGoals } from './projects-from-goals.ts';
import { saveAccounts } from './save-accounts.ts';
import { accountsMessages as M } from './texts.ts';

export type ProjectsFromGoalsPreview = { version: number; items: ProjectsFromGoalsItem[] };

async function savedAccounts(db: DbOrTx, orgId: string, year: number) {
  const row = await loadAccountsRow(db, orgId, year);
  if (!row) throw new AppError('NOT_FOUND', M.notFound);
  return row;
}

/** What 从绩效目标带入 would change in the saved 决算, project by project of the goals. */
export async function previewProjectsFromGoals(
  db: DbOrTx,
  orgId: string,
  year: number,
): Promise<ProjectsFromGoalsPreview> {
  const row = await savedAccounts(db, orgId, year);
  const fa = row.data as FinalAccounts;
  return {
    version: row.version,
    items: planProjectsFromGoals(fa.current.projects, await projectRowsFromGoals(db, orgId, year)),
  };
}

/** Brings the goals into the saved 决算's project rows; `overwrite`: the projects whose typed figures the user agreed to replace. */
export async function bringProjectsFromGoals(
  deps: TxDeps,
  actor: Actor,
  orgId: string,
  year: number,
  input: { version: number; overwrite?: string[] | undefined },
) {
  const row = await savedAccounts(deps.db, orgId, year);
  const goals = await projectRowsFromGoals(deps.db, orgId, year);
  if (goals.length === 0) throw new AppError('VALIDATION', M.noGoalsProjects(year));
  const fa = row.data as FinalAccounts;
  const data: FinalAccounts = {
    ...fa,
    current: { ...fa.current, projects: applyProjectsFromGoals(fa.current.projects, goals, input.overwrite) },
  };
  return saveAccounts(
    deps,
    actor,
    orgId,
    year,
    { version: input.version, data },
    'accounts.projects_from_goals',
  );
}
