/** The pool names a statement text sent with parameters from its third use (src/platform/db/database.ts). */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/platform/db/database.ts';
import { createTestDatabase, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
let one: Database;
beforeAll(async () => {
  t = await createTestDatabase();
  one = openDatabase(t.url, 1); // one connection: every query below runs on it
});
afterAll(async () => {
  await one.close();
  await t.close();
});

it('prepares a repeated statement once per connection, leaves texts without parameters unnamed', async () => {
  const text = 'SELECT $1::int + 1 AS n';
  const prepared = async () =>
    (
      await one.pool.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement = $1',
        [text],
      )
    ).rows[0]!.n;
  for (let i = 1; i <= 2; i++) expect((await one.pool.query(text, [i])).rows[0].n).toBe(i + 1);
  expect(await prepared()).toBe(0);
  for (let i = 3; i <= 5; i++) expect((await one.pool.query(text, [i])).rows[0].n).toBe(i + 1);
  expect(await prepared()).toBe(1);
  // Several statements in one text (no parameters) still run, as the simple protocol requires.
  for (let i = 0; i < 4; i++) await one.pool.query('SELECT 1; SELECT 2');
  expect(
    (
      await one.pool.query('SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement LIKE $1', [
        'SELECT 1;%',
      ])
    ).rows[0].n,
  ).toBe(0);
});
