// 科目表管理: an upload is previewed (problems per cell, differences), refused while it has problems, and
// applied with the version the preview was made against.
import { describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage, screen, toasts, user } from '../../test/render';
import type { CataloguePreview } from './api';
import { CataloguePage } from './CataloguePage';

const base: CataloguePreview = {
  region: '全国',
  year: 2024,
  fileName: '科目.csv',
  rows: [{ row: 2, code: '201', name: '一般公共服务支出', kind: 'functions' }],
  problems: [],
  notes: [],
  differences: [],
  version: 3,
  applicable: true,
};

describe('科目表管理', { timeout: 120_000 }, () => {
  it('shows the problems per cell and refuses to apply; then shows the differences and applies', async () => {
    const { server } = renderPage(<CataloguePage />, { path: '/', me: user(['templates.manage']) });
    server.get('/api/accounts/catalogues', () => ({
      builtInYears: [2020, 2021, 2022, 2023, 2024, 2025],
      items: [],
    }));
    let answer: CataloguePreview = {
      ...base,
      problems: [
        {
          row: 4,
          cell: 'A4',
          column: '科目编码',
          message: '科目编码“20x”应为 3、5 或 7 位数字（类、款、项）。',
        },
      ],
      applicable: false,
    };
    server.post('/api/accounts/catalogues/preview/file', () => answer);
    server.post('/api/accounts/catalogues/file', (req) => ({ ...base, region: req.query.get('region') }));
    await screen.findByText('内置年度：2020、2021、2022、2023、2024、2025');

    const input = () => document.querySelector('input[type=file]') as HTMLInputElement;
    await userEvent.upload(
      input(),
      new File(['科目编码,科目名称\n20x,坏\n'], '科目.csv', { type: 'text/csv' }),
    );
    await screen.findByText('科目编码“20x”应为 3、5 或 7 位数字（类、款、项）。');
    expect(screen.getByText('A4')).toBeTruthy();
    // (findByRole: the button's name reads "loading …" until the preview's request has settled.)
    expect((await screen.findByRole('button', { name: '导入并启用' })).hasAttribute('disabled')).toBe(true);
    // The file itself is the body (no Base64), region, year and name in the query.
    const sent = server.calls('POST', '/api/accounts/catalogues/preview/file')[0]!;
    expect(sent.headers.get('content-type')).toBe('application/octet-stream');
    expect(Object.fromEntries(sent.query)).toMatchObject({ region: '全国', fileName: '科目.csv' });

    answer = {
      ...base,
      differences: [
        {
          kind: 'functions',
          label: '支出功能分类',
          diff: {
            added: [{ code: '2010698', name: '财政专项业务' }],
            renamed: [{ code: '21305', before: '扶贫', after: '巩固脱贫衔接乡村振兴' }],
            removed: [],
          },
        },
      ],
    };
    await userEvent.upload(input(), new File(['科目编码,科目名称\n201,一般公共服务支出\n'], '科目.csv'));
    await screen.findByText('新增 1');
    expect(screen.getByText('～ 21305 扶贫 → 巩固脱贫衔接乡村振兴')).toBeTruthy();
    await userEvent.click(await screen.findByRole('button', { name: '导入并启用' }));
    await waitFor(() => expect(server.calls('POST', '/api/accounts/catalogues/file')).toHaveLength(1));
    expect(Object.fromEntries(server.calls('POST', '/api/accounts/catalogues/file')[0]!.query)).toMatchObject(
      {
        region: '全国',
        version: '3',
      },
    );
    await waitFor(() => expect(toasts().join()).toContain('科目表已导入并启用'));
  });
});
