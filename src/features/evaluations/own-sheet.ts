/** An evaluator touches only their own score sheet: anyone else's is refused, whatever their role. */
import { eq } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { evaluations, scoreSheets } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';

export async function ownSheet(db: DbOrTx, actor: Actor, sheetId: string) {
  const rows = await db
    .select({ sheet: scoreSheets, ev: evaluations })
    .from(scoreSheets)
    .innerJoin(evaluations, eq(evaluations.id, scoreSheets.evaluationId))
    .where(eq(scoreSheets.id, sheetId));
  const found = rows[0];
  if (!found) throw new AppError('NOT_FOUND', '找不到该评分表。');
  if (found.sheet.evaluatorId !== actor.userId) throw new AppError('FORBIDDEN', '只能填写自己的评分表。');
  return found;
}
