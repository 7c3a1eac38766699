// The 科目 code of a row: a code the catalogue does not hold is accepted, asks for its name and is marked
// "不在 YYYY 年科目表中" with the edition the catalogue answered with — never refused.
import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { fireEvent, waitFor } from '@testing-library/react';
import { ACCOUNTS_LAYOUT, type FinalAccounts } from '../../../../src/domain/accounts/index.ts';
import { seed000 } from '../../../../src/domain/accounts/fixtures/seed000.ts';
import { renderPage, screen, user } from '../../test/render';
import type { Catalog } from './api';
import { SheetForm } from './SheetForm';

const catalog: Catalog = {
  year: 2020,
  region: '全国',
  functions: seed000.current.generalByFunction.map((r) => ({
    code: r.code,
    name: `名称${r.code}`,
    level: r.code.length === 3 ? '类' : r.code.length === 5 ? '款' : '项',
  })),
  economic: [],
};

let latest: FinalAccounts = seed000;
function Form() {
  const [data, setData] = useState<FinalAccounts>(seed000);
  return (
    <SheetForm
      sheet={ACCOUNTS_LAYOUT.find((s) => s.id === 'general')!}
      data={data}
      onChange={(next) => {
        latest = next;
        setData(next);
      }}
      unit="元"
      readOnly={false}
      flagged={new Set()}
      catalog={catalog}
    />
  );
}

describe('科目 code entry', { timeout: 120_000 }, () => {
  it('accepts a code the catalogue does not hold, keeps the name typed and marks it', async () => {
    renderPage(<Form />, { path: '/', me: user(['work.read', 'work.edit']) });
    const first = seed000.current.generalByFunction[0]!.code;
    await screen.findByText(`名称${first}`);
    expect(screen.queryByTestId('not-in-catalogue')).toBeNull();
    const code = document.getElementById(`f-general-${first}-code`) as HTMLInputElement;
    fireEvent.change(code, { target: { value: '2019998' } });
    await waitFor(() => expect(latest.current.generalByFunction[0]!.code).toBe('2019998'));
    expect((await screen.findByTestId('not-in-catalogue')).textContent).toBe('不在 2020 年科目表中');
    const name = document.getElementById('f-general-2019998-name') as HTMLInputElement;
    fireEvent.change(name, { target: { value: '自定义事务' } });
    await waitFor(() => expect(latest.current.generalByFunction[0]!.name).toBe('自定义事务'));
  });
});
