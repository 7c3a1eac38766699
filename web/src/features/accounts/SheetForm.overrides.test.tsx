// A 预算数 / 执行数 of a project row that differs from what the goals give shows the goals' figure and asks for
// a 修改原因 (the save refuses it without one); a figure equal to the goals' or left empty asks nothing.
import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { fireEvent, waitFor } from '@testing-library/react';
import { ACCOUNTS_LAYOUT, type FinalAccounts } from '../../../../src/domain/accounts/index.ts';
import { seed000 } from '../../../../src/domain/accounts/fixtures/seed000.ts';
import { renderPage, screen, user } from '../../test/render';
import { SheetForm } from './SheetForm';

const row = { summary: '', problems: '', measures: '' };
const start: FinalAccounts = {
  ...seed000,
  current: {
    ...seed000.current,
    projects: [
      { ...row, name: '档案数字化', budget: '200000.00', actual: '150000.00' },
      { ...row, name: '设备购置', budget: '0.00', actual: '80000' },
    ],
  },
};
const goals = [
  { name: '档案数字化', budget: '200000.00', actual: '180000.00', summary: '' },
  { name: '设备购置', budget: '90000.00', actual: '80000.00', summary: '' },
];

let latest: FinalAccounts = start;
function Form() {
  const [data, setData] = useState<FinalAccounts>(start);
  return (
    <SheetForm
      sheet={ACCOUNTS_LAYOUT.find((s) => s.id === 'projects')!}
      data={data}
      onChange={(next) => {
        latest = next;
        setData(next);
      }}
      unit="万元"
      readOnly={false}
      flagged={new Set()}
      catalog={null}
      projectsFromGoals={goals}
    />
  );
}

describe('project rows against the goals', { timeout: 120_000 }, () => {
  it('asks why for a changed figure only, and keeps the reason typed with the row', async () => {
    renderPage(<Form />, { path: '/', me: user(['work.read', 'work.edit']) });
    const asked = await screen.findByTestId('project-0-actual-override');
    expect(asked.textContent).toContain('绩效目标带入：18.00万元');
    // Same as the goals (200000.00), left empty (0.00 against 90000), equal by value (80000 = 80000.00).
    expect(screen.queryByTestId('project-0-budget-override')).toBeNull();
    expect(screen.queryByTestId('project-1-budget-override')).toBeNull();
    expect(screen.queryByTestId('project-1-actual-override')).toBeNull();
    fireEvent.change(screen.getByLabelText('执行数修改原因'), { target: { value: '部分款项次年支付' } });
    await waitFor(() =>
      expect(latest.current.projects[0]!.overrideReasons).toEqual({ actual: '部分款项次年支付' }),
    );
  });
});
