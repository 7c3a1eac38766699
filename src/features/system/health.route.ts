/** GET /api/health: liveness and which database the server runs on. */
import { sql } from 'drizzle-orm';
import { route } from '../../app/route.ts';

export function healthRoutes() {
  return [
    route({
      method: 'GET',
      url: '/api/health',
      summary: '健康检查',
      tags: ['system'],
      access: { kind: 'public' },
      handler: async ({ deps }) => {
        await deps.db.execute(sql`SELECT 1`);
        return { status: 'ok', database: deps.databaseKind, version: deps.config.version };
      },
    }),
  ];
}
