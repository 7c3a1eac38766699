/**
 * Migration 0017 on a database that already holds data: the 指标库 entries kept so far (and a pending
 * proposal) go into the national edition of 2020, and an indicator's 佐证材料 — keyed by the 三级指标 name
 * until then — get tied to the indicator of that name (the first when two share it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db.ts';

let db: TestDatabase | null = null;
afterAll(async () => db?.close());

const dir = join(import.meta.dirname, '../../drizzle');
const files = readdirSync(dir)
  .filter((f) => /^\d{4}_.*\.sql$/.test(f))
  .sort();

async function apply(file: string) {
  for (const statement of readFileSync(join(dir, file), 'utf8').split('--> statement-breakpoint'))
    if (statement.trim()) await db!.pool.query(statement);
}

describe('the migration to 指标库 editions (0017_indicator_library_editions)', () => {
  it('moves the library into the national 2020 edition and ties evidence to indicators by id', async () => {
    db = await createTestDatabase({ empty: true });
    // The migration that creates the editions (found by what it does, whatever its number).
    const target = files.findIndex((f) =>
      readFileSync(join(dir, f), 'utf8').includes('CREATE TABLE "indicator_library_editions"'),
    );
    expect(target).toBeGreaterThan(0);
    for (const f of files.slice(0, target)) await apply(f);

    const q = async (sql: string, params: unknown[] = []) => (await db!.pool.query(sql, params)).rows;
    const [org] = await q(
      `insert into organisations (code, name, kind) values ('ROOT', '财政部门', 'finance') returning id`,
    );
    const [user] = await q(
      `insert into users (username, display_name, org_id, password_hash) values ('u', '经办人', $1, 'x') returning id`,
      [org.id],
    );
    const [project] = await q(
      `insert into projects (org_id, fiscal_year, name) values ($1, 2020, '项目') returning id`,
      [org.id],
    );
    const ind = async (position: number, level3: string) =>
      (
        await q(
          `insert into project_indicators (project_id, position, level1, level3) values ($1, $2, '产出指标', $3) returning id`,
          [project.id, position, level3],
        )
      )[0].id as string;
    const first = await ind(1, '培训场次');
    await ind(2, '培训场次');
    const other = await ind(3, '满意度');
    await q(
      `insert into evidence_blobs (sha256, size, content_type, content) values ('a', 1, 'application/pdf', '\\x00')`,
    );
    const file = async (indicator: string) =>
      (
        await q(
          `insert into evidence_files (owner_kind, owner_id, indicator, org_id, file_name, sha256, size, content_type)
           values ('indicator', $1, $2, $3, 'f.pdf', 'a', 1, 'application/pdf') returning id`,
          [project.id, indicator, org.id],
        )
      )[0].id as string;
    const onShared = await file('培训场次');
    const onOther = await file('满意度');
    const renamedAway = await file('旧名称');
    await q(
      `insert into indicator_library (code, scope, org_id, level1, level2, name, direction, region, year)
       values ('GX-0001', 'common', $1, '成本指标', '经济成本指标', '项目预算控制数', 'lower', '全国', null),
              ('GX-0002', 'common', $1, '产出指标', '数量指标', '培训人次', 'higher', '四川', 2023)`,
      [org.id],
    );
    await q(
      `insert into indicator_proposals (org_id, level1, level2, name, proposed_by) values ($1, '产出指标', '数量指标', '建议', $2)`,
      [org.id, user.id],
    );

    await apply(files[target]!);

    const editions = await q(`select id, region, year from indicator_library_editions`);
    expect(editions.map((e) => [e.region, e.year])).toEqual([['全国', 2020]]);
    const entries = await q(`select code, edition_id from indicator_library order by code`);
    expect(entries.map((e) => [e.code, e.edition_id])).toEqual([
      ['GX-0001', editions[0].id],
      ['GX-0002', editions[0].id],
    ]);
    expect((await q(`select edition_id from indicator_proposals`))[0].edition_id).toBe(editions[0].id);
    const links = new Map(
      (await q(`select id, indicator_id from evidence_files`)).map((r) => [r.id, r.indicator_id]),
    );
    expect(links.get(onShared)).toBe(first);
    expect(links.get(onOther)).toBe(other);
    expect(links.get(renamedAway)).toBeNull();
  });
});
