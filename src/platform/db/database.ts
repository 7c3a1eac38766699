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

/** A statement text sent this many times with parameters becomes a named prepared statement. */
const PREPARE_FROM_USE = 3;
/** At most this many statements per pool are prepared (each connection keeps its parsed ones). */
const MAX_PREPARED = 200;

/**
 * Names for the statement texts a pool's connections prepare: a text sent with parameters gets one from
 * its PREPARE_FROM_USE-th use (as the PostgreSQL JDBC driver does from its fifth), so that the statements
 * every request repeats — the query builder's, the audit append's — are parsed once per connection and
 * planned by PostgreSQL's plan cache instead of on every call. One-off texts stay unnamed.
 */
function statementNames(): (text: string) => string | undefined {
  const uses = new Map<string, number>();
  const names = new Map<string, string>();
  return (text) => {
    const name = names.get(text);
    if (name !== undefined || names.size >= MAX_PREPARED) return name;
    const n = (uses.get(text) ?? 0) + 1;
    if (n < PREPARE_FROM_USE) {
      if (uses.size >= 10 * MAX_PREPARED) uses.clear();
      uses.set(text, n);
      return undefined;
    }
    uses.delete(text);
    const assigned = `jixiao_s${names.size + 1}`;
    names.set(text, assigned);
    return assigned;
  };
}

type QueryArgs = [config: unknown, values?: unknown, callback?: unknown];

export function openDatabase(connectionString: string, poolSize = 10): Database {
  const pool = new pg.Pool({ connectionString, max: poolSize, connectionTimeoutMillis: 10000 });
  const nameOf = statementNames();
  // A lost connection must never end the process: an idle client's error (server restart) is reported
  // on the pool, a checked-out client's on the client itself — without a listener either one would be
  // an uncaught exception. The query in progress fails (→ 503), the broken client is discarded on
  // release, and the next query opens a new connection.
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    client.on('error', () => {});
    // Statements with parameters (never a multi-statement text: those have none) are named per text.
    const query = client.query as (...args: QueryArgs) => unknown;
    (client as { query: unknown }).query = function namedQuery(...args: QueryArgs) {
      const [config, values] = args;
      if (typeof config === 'string') {
        const name = Array.isArray(values) && values.length > 0 ? nameOf(config) : undefined;
        if (name) args[0] = { text: config, name };
      } else if (config && typeof config === 'object' && !('submit' in config)) {
        const c = config as { text?: unknown; name?: unknown; values?: unknown };
        const params = Array.isArray(values) ? values : c.values;
        if (typeof c.text === 'string' && !c.name && Array.isArray(params) && params.length > 0) {
          const name = nameOf(c.text);
          if (name) args[0] = { ...c, name };
        }
      }
      return query.apply(this, args);
    };
  });
  const db = drizzle(pool, { schema });
  return { db, pool, close: () => pool.end() };
}

/**
 * A statement run as a named prepared statement: PostgreSQL parses and plans it once per connection
 * instead of on every call, and the query is not rebuilt by the query builder each time. For the few
 * statements every request runs (the session and its actor) and the hottest writes; everything else goes
 * through Drizzle. Inside a transaction it runs on the transaction's connection.
 */
export async function queryPrepared<Row extends pg.QueryResultRow>(
  db: DbOrTx,
  name: string,
  text: string,
  values: unknown[],
): Promise<Row[]> {
  return (await clientOf(db).query<Row>({ name, text, values })).rows;
}

/** The pool (outside a transaction) or the transaction's own connection, under Drizzle. */
function clientOf(db: DbOrTx): pg.Pool | pg.PoolClient {
  return (db as unknown as { session: { client: pg.Pool | pg.PoolClient } }).session.client;
}
