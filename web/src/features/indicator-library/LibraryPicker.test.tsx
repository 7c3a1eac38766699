// 从指标库选用 in the goal table: the picker searches the unit's view of the 指标库 (its organisation, the
// project's year, the words typed, 一级 and direction), and picking fills the row's 一级 / 二级 / 三级, unit,
// direction and 计分规则; a freely typed row can be proposed for the library.
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { fireEvent, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage, screen, toasts, user } from '../../test/render';
import { GoalTable } from '../goals/GoalTable';
import { emptyIndicator, type GoalRow } from '../goals/useProjectDraft';
import type { IndicatorRow } from '../goals/api';
import type { LibraryEntry } from './api';

const entry = (over: Partial<LibraryEntry>): LibraryEntry => ({
  id: `id-${over.code}`,
  code: 'GX-0001',
  scope: 'common',
  ownerCode: '',
  ownerName: '财政部门',
  industry: '',
  level1: '成本指标',
  level2: '经济成本指标',
  name: '项目预算控制数',
  unit: '万元',
  direction: 'lower',
  scoringRule: '实际支出不超过预算控制数的得满分。',
  valueNote: '以批复的项目预算数为控制数。',
  active: true,
  editionId: 'ed-1',
  orgId: 'root',
  source: 'starter',
  version: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

const EDITION = {
  id: 'ed-1',
  region: '全国',
  regionName: '全国',
  year: 2020,
  label: '全国 2020 年版',
  note: '',
  entries: 36,
  manageable: false,
  version: 1,
  match: 'national' as const,
  explanation: '指标库：全国 2020 年版（本地区没有 2024 年或更早的版本，使用上级或全国版本）',
};

const LIBRARY = [
  entry({}),
  entry({
    code: 'GX-0033',
    level1: '满意度指标',
    level2: '服务对象满意度指标',
    name: '服务对象满意度',
    unit: '%',
    direction: 'higher',
    scoringRule: '满意度90%及以上得满分。',
  }),
];

let n = 0;
function Harness({ initial }: { initial: IndicatorRow[] }) {
  const [rows, setRows] = useState<GoalRow[]>(initial.map((r) => ({ ...r, key: `k${++n}` })));
  const setRow = (i: number, patch: Partial<IndicatorRow>) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <>
      <GoalTable
        rows={rows}
        editable
        setRow={setRow}
        setRun={(start, length, patch) =>
          setRows((rs) => rs.map((r, j) => (j >= start && j < start + length ? { ...r, ...patch } : r)))
        }
        addRow={() => setRows((rs) => [...rs, { ...emptyIndicator(rs[rs.length - 1]), key: `k${++n}` }])}
        removeRow={(i) => setRows((rs) => rs.filter((_r, j) => j !== i))}
        library={{ orgId: 'org-1', year: 2024, projectId: 'p-1' }}
      />
      <pre data-testid="rows">{JSON.stringify(rows.map(({ key: _k, ...r }) => r))}</pre>
    </>
  );
}

const rowsNow = () => JSON.parse(screen.getByTestId('rows').textContent ?? '[]') as IndicatorRow[];

describe('从指标库选用', { timeout: 120_000 }, () => {
  it('searches the unit’s library and fills a new row with 一级, 二级, name, unit, direction and 计分规则', async () => {
    const { server } = renderPage(
      <Harness initial={[{ ...emptyIndicator(), level3: '信息采集数量', target: '≥1000条', actual: '' }]} />,
      { path: '/', me: user(['work.edit', 'templates.read']) },
    );
    server.get('/api/indicator-library', (req) => {
      const text = req.query.get('text') ?? '';
      const items = LIBRARY.filter((e) => e.name.includes(text));
      return { items, total: items.length, edition: EDITION };
    });
    await userEvent.click(await screen.findByTestId('library-open'));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText('服务对象满意度');
    // Which edition is searched, and why.
    expect(within(dialog).getByTestId('library-edition-note').textContent).toBe(EDITION.explanation);
    fireEvent.change(
      within(dialog).getByTestId('library-search').querySelector('input') ??
        within(dialog).getByTestId('library-search'),
      {
        target: { value: '预算' },
      },
    );
    await waitFor(() => expect(within(dialog).queryByText('服务对象满意度')).toBeNull());
    const last = server.calls('GET', '/api/indicator-library').at(-1)!;
    expect(Object.fromEntries(last.query)).toEqual({ orgId: 'org-1', text: '预算', year: '2024' });

    await userEvent.click(within(dialog).getByTestId('library-pick-GX-0001'));
    await waitFor(() => expect(rowsNow()).toHaveLength(2));
    // The first row (typed freely) is kept; the pick fills a new one.
    expect(rowsNow()[0]!.level3).toBe('信息采集数量');
    expect(rowsNow()[1]).toMatchObject({
      level1: '成本指标',
      level2: '经济成本指标',
      level3: '项目预算控制数',
      unit: '万元',
      direction: 'lower',
      scoringRule: '实际支出不超过预算控制数的得满分。',
      libraryCode: 'GX-0001',
      target: '',
    });
    expect(screen.getByTestId('ind-library-1').textContent).toContain('单位：万元');
    expect(screen.getByTestId('ind-library-1').textContent).toContain('来自指标库 GX-0001');
    expect(screen.getByTestId('ind-direction-1').textContent).toContain('反向（≤）');
    // A picked row is the library's already: only the freely typed one can be proposed.
    expect(screen.queryByTestId('ind-propose-1')).toBeNull();
    expect(screen.getByTestId('ind-propose-0')).toBeTruthy();
  });

  it('fills an empty last row instead of adding one, and filters by 一级 and direction', async () => {
    const { server } = renderPage(<Harness initial={[emptyIndicator()]} />, {
      path: '/',
      me: user(['work.edit', 'templates.read']),
    });
    server.get('/api/indicator-library', (req) => {
      const items = LIBRARY.filter(
        (e) =>
          (!req.query.get('level1') || e.level1 === req.query.get('level1')) &&
          (!req.query.get('direction') || e.direction === req.query.get('direction')),
      );
      return { items, total: items.length, edition: EDITION };
    });
    await userEvent.click(await screen.findByTestId('library-open'));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByLabelText('指标方向'));
    await userEvent.click(await screen.findByTitle('正向（≥）'));
    await waitFor(() => expect(within(dialog).queryByText('项目预算控制数')).toBeNull());
    expect(server.calls('GET', '/api/indicator-library').at(-1)!.query.get('direction')).toBe('higher');
    await userEvent.click(within(dialog).getByTestId('library-pick-GX-0033'));
    await waitFor(() => expect(rowsNow()[0]!.level3).toBe('服务对象满意度'));
    expect(rowsNow()).toHaveLength(1);
    expect(rowsNow()[0]).toMatchObject({ level1: '满意度指标', direction: 'higher', unit: '%' });
  });

  it('proposes a freely typed row for the library', async () => {
    const { server } = renderPage(
      <Harness initial={[{ ...emptyIndicator(), level3: '信息发布准确率', target: '≥99%' }]} />,
      { path: '/', me: user(['work.edit', 'templates.read']) },
    );
    server.post('/api/indicator-library/proposals', (req) => ({ id: 'x', ...(req.body as object) }));
    await userEvent.click(await screen.findByTestId('ind-propose-0'));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('计量单位'), '%');
    await userEvent.click(within(dialog).getByRole('button', { name: /确\s*定|OK/ }));
    await waitFor(() => expect(server.calls('POST', '/api/indicator-library/proposals')).toHaveLength(1));
    expect(server.calls('POST', '/api/indicator-library/proposals')[0]!.body).toMatchObject({
      orgId: 'org-1',
      projectId: 'p-1',
      level1: '产出指标',
      level2: '数量指标',
      name: '信息发布准确率',
      unit: '%',
    });
    await waitFor(() => expect(toasts().join()).toContain('已提交入库建议'));
  });
});
