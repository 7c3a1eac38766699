/**
 * Opening the database: a node-postgres pool and Drizzle on top. `Db` is what use cases receive;
 * `Tx` is the same shape inside a transaction.
 */
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema/index.ts';

/** The database outside a transaction; `$client` is its pool (for the few prepared hot-path statements). */
export type Db = NodePgDatabase<typeof schema> & { $client: pg.Pool };
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export type Database = {
  db: Db;
  pool: pg.Pool;
  close: () => Promise<void>;
};

// numeric (OID 1700) stays a string: money is never a JS number. int8 (20) too, except where we cast.
pg.types.setTypeParser(1700, (value) => value);

export function openDatabase(connectionString: string, poolSize = 10): Database {
  const pool = new pg.Pool({ connectionString, max: poolSize, connectionTimeoutMillis: 10000 });
  // A lost connection must never end the process: an idle client's error (server restart) is reported
  // on the pool, a checked-out client's on the client itself — without a listener either one would be
  // an uncaught exception. The query in progress fails (→ 503), the broken client is discarded on
  // release, and the next query opens a new connection.
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  const db = drizzle(pool, { schema });
  return { db, pool, close: () => pool.end() };
}

/**
 * A statement run as a named prepared statement: PostgreSQL parses and plans it once per connection
 * instead of on every call, and the query is not rebuilt by the query builder each time. For the few
 * statements every request runs (the session and its actor); everything else goes through Drizzle.
 */
export async function queryPrepared<Row extends pg.QueryResultRow>(
  db: Db,
  name: string,
  text: string,
  values: unknown[],
): Promise<Row[]> {
  return (await db.$client.query<Row>({ name, text, values })).rows;
}
