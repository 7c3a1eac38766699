/**
 * Logical backup and restore of every table, exact for every type (each value travels as PostgreSQL's
 * own text form and is cast back), engine-independent: the same file restores into the embedded or
 * an external server. Format: gzip of JSON lines — a header, then one line per table chunk.
 */
import { createGunzip, createGzip } from 'node:zlib';
import fs from 'node:fs';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { once } from 'node:events';
import type pg from 'pg';

export const BACKUP_FORMAT = 'jixiao-backup';
const CHUNK = 1000;

type Column = { name: string; type: string };
type TableInfo = { name: string; columns: Column[]; primaryKey: string[] };

const ident = (s: string) => '"' + s.replace(/"/g, '""') + '"';

/** Tables of the public schema in an order that satisfies foreign keys (parents first). */
export async function listTables(client: pg.PoolClient | pg.Client): Promise<TableInfo[]> {
  const tables = (
    await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    )
  ).rows.map((r) => r.name);
  const deps = (
    await client.query<{ child: string; parent: string }>(`
    SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
    WHERE c.contype = 'f' AND n.nspname = 'public'`)
  ).rows;
  const ordered: string[] = [];
  const remaining = new Set(tables);
  while (remaining.size > 0) {
    const ready = [...remaining].filter((t) =>
      deps.every(
        (d) =>
          d.child.replace(/"/g, '') !== t ||
          d.parent.replace(/"/g, '') === t ||
          !remaining.has(d.parent.replace(/"/g, '')),
      ),
    );
    if (ready.length === 0) throw new Error('foreign-key cycle between tables');
    for (const t of ready.sort()) {
      ordered.push(t);
      remaining.delete(t);
    }
  }
  const out: TableInfo[] = [];
  for (const name of ordered) {
    const columns = (
      await client.query<Column>(
        `
      SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
      FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
        [ident(name)],
      )
    ).rows;
    const primaryKey = (
      await client.query<{ name: string }>(
        `
      SELECT a.attname AS name FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
      WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)`,
        [ident(name)],
      )
    ).rows.map((r) => r.name);
    out.push({ name, columns, primaryKey });
  }
  return out;
}

async function migrationsApplied(client: pg.PoolClient | pg.Client): Promise<string[]> {
  try {
    return (
      await client.query<{ hash: string }>('SELECT hash FROM drizzle.__drizzle_migrations ORDER BY id')
    ).rows.map((r) => r.hash);
  } catch {
    return [];
  }
}

/** Every row of a table as text values, ordered by primary key (so two dumps compare equal). */
export async function tableRowsAsText(
  client: pg.PoolClient | pg.Client,
  table: TableInfo,
  offset = 0,
  limit?: number,
): Promise<Array<Array<string | null>>> {
  const cols = table.columns.map((c) => `${ident(c.name)}::text`).join(', ');
  const order = (table.primaryKey.length > 0 ? table.primaryKey : table.columns.map((c) => c.name))
    .map(ident)
    .join(', ');
  const res = await client.query({
    text: `SELECT ${cols} FROM ${ident(table.name)} ORDER BY ${order}${limit ? ` LIMIT ${limit} OFFSET ${offset}` : ''}`,
    rowMode: 'array',
  });
  return res.rows as Array<Array<string | null>>;
}

/** The last audit entry: kept apart from the database, it lets `audit verify --expect-head` see a deleted tail. */
export type AuditHead = { seq: number; hash: string };

type Queryable = { query: (text: string) => Promise<{ rows: unknown[] }> };

export async function readAuditHead(client: Queryable): Promise<AuditHead | null> {
  const result = (await client.query(
    'SELECT seq::text AS seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
  )) as { rows: { seq: string; hash: string }[] };
  const row = result.rows[0];
  return row ? { seq: Number(row.seq), hash: row.hash } : null;
}

/**
 * Rows per line: 1000, but one for a table holding files (bytea: 佐证材料, job results), so that no line
 * carries more than one file — a line is read whole on restore. The format is unchanged (the same
 * `{ table, rows }` lines), so a backup made before files existed restores the same way.
 */
function chunkSize(table: TableInfo): number {
  return table.columns.some((c) => c.type === 'bytea') ? 1 : CHUNK;
}

export async function backupToFile(
  pool: pg.Pool,
  file: string,
  now: Date,
): Promise<{ tables: number; rows: number; auditHead: AuditHead | null }> {
  const client = await pool.connect();
  let rows = 0;
  // Lines go to the file as they are read (files make a backup too large to hold in memory).
  const gzip = createGzip();
  const written = pipeline(gzip, fs.createWriteStream(file, { mode: 0o600 }));
  written.catch(() => {});
  const write = async (line: string) => {
    if (!gzip.write(line + '\n')) await once(gzip, 'drain');
  };
  try {
    // One snapshot for the whole dump.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await listTables(client);
    const auditHead = await readAuditHead(client);
    await write(
      JSON.stringify({
        format: BACKUP_FORMAT,
        version: 1,
        createdAt: now.toISOString(),
        migrations: await migrationsApplied(client),
        auditHead,
        tables: tables.map((t) => ({ name: t.name, columns: t.columns })),
      }),
    );
    for (const table of tables) {
      const size = chunkSize(table);
      for (let offset = 0; ; offset += size) {
        const chunk = await tableRowsAsText(client, table, offset, size);
        if (chunk.length === 0) break;
        rows += chunk.length;
        await write(JSON.stringify({ table: table.name, rows: chunk }));
        if (chunk.length < size) break;
      }
    }
    await client.query('COMMIT');
    gzip.end();
    await written;
    return { tables: tables.length, rows, auditHead };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    gzip.destroy();
    await written.catch(() => {});
    fs.rmSync(file, { force: true });
    throw error;
  } finally {
    client.release();
  }
}

export class RestoreError extends Error {}

/**
 * Restores into a database at the same schema version. The target must hold no users (a fresh
 * install) unless `force`, which empties every table first. One transaction: all or nothing.
 */
export async function restoreFromFile(
  pool: pg.Pool,
  file: string,
  options: { force: boolean },
): Promise<{ tables: number; rows: number }> {
  if (!fs.existsSync(file)) throw new RestoreError(`找不到备份文件：${file}`);
  const client = await pool.connect();
  let rows = 0;
  try {
    await client.query('BEGIN');
    const tables = await listTables(client);
    const byName = new Map(tables.map((t) => [t.name, t]));
    let header: {
      format?: string;
      migrations?: string[];
      tables?: Array<{ name: string; columns: Column[] }>;
    } | null = null;
    let cleared = false;
    // Created only now: readline starts reading at once, and lines emitted before the loop is
    // iterating would be lost.
    const input = readline.createInterface({
      input: fs.createReadStream(file).pipe(createGunzip()),
      crlfDelay: Infinity,
    });
    for await (const line of input) {
      if (line.trim() === '') continue;
      if (!header) {
        try {
          header = JSON.parse(line);
        } catch {
          throw new RestoreError('这不是 Jixiao 备份文件（无法读取文件头）。');
        }
        if (header?.format !== BACKUP_FORMAT) throw new RestoreError('这不是 Jixiao 备份文件。');
        const here = await migrationsApplied(client);
        if (JSON.stringify(here) !== JSON.stringify(header.migrations)) {
          throw new RestoreError(
            `备份文件的数据库版本（${header.migrations?.length ?? 0} 个迁移）与当前数据库（${here.length} 个迁移）不一致，请使用相同版本的 Jixiao 恢复。`,
          );
        }
        const users = await client.query('SELECT count(*)::int AS n FROM users');
        if (users.rows[0].n > 0 && !options.force) {
          throw new RestoreError('目标数据库中已有数据。若确定要用备份覆盖全部数据，请加 --force。');
        }
        // The audit log is append-only by trigger; a restore replaces the database wholesale, so the
        // table owner lifts the trigger for this transaction only.
        await client.query('ALTER TABLE audit_log DISABLE TRIGGER USER');
        await client.query(
          `TRUNCATE ${tables.map((t) => ident(t.name)).join(', ')} RESTART IDENTITY CASCADE`,
        );
        await client.query('ALTER TABLE audit_log ENABLE TRIGGER USER');
        cleared = true;
        continue;
      }
      const chunk = JSON.parse(line) as { table: string; rows: Array<Array<string | null>> };
      const table = byName.get(chunk.table);
      const saved = header.tables?.find((t) => t.name === chunk.table);
      if (!table || !saved) throw new RestoreError(`备份中的表 ${chunk.table} 在当前数据库中不存在。`);
      const columns = saved.columns;
      const recordType = columns.map((c, i) => `c${i} text`).join(', ');
      const selectList = columns.map((c, i) => `x.c${i}::${c.type}`).join(', ');
      const objects = chunk.rows.map((r) => Object.fromEntries(r.map((v, i) => [`c${i}`, v])));
      await client.query(
        `INSERT INTO ${ident(table.name)} (${columns.map((c) => ident(c.name)).join(', ')}) SELECT ${selectList} FROM json_to_recordset($1::json) AS x(${recordType})`,
        [JSON.stringify(objects)],
      );
      rows += chunk.rows.length;
    }
    if (!header || !cleared) throw new RestoreError('备份文件为空或已损坏。');
    // Serial columns continue after the restored rows.
    for (const table of tables) {
      for (const column of table.columns) {
        const seq = await client.query<{ seq: string | null }>(
          'SELECT pg_get_serial_sequence($1, $2) AS seq',
          [ident(table.name), column.name],
        );
        const name = seq.rows[0]?.seq;
        if (name)
          await client.query(
            `SELECT setval($1, COALESCE((SELECT max(${ident(column.name)}) FROM ${ident(table.name)}), 0) + 1, false)`,
            [name],
          );
      }
    }
    await client.query('COMMIT');
    return { tables: tables.length, rows };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    if (error instanceof Error && /incorrect header check|unexpected end of file/.test(error.message))
      throw new RestoreError('备份文件已损坏或不是 gzip 格式。');
    throw error;
  } finally {
    client.release();
  }
}
