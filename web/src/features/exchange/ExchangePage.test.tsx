// 一体化平台交换: an uploaded file is previewed — its problems by row and field block the import; a clean
// preview lists what will be created or updated and is committed with the preview's planHash.
import { describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ORG, renderPage, screen, user } from '../../test/render';
import type { ImportPreview } from './api';
import { ExchangePage } from './ExchangePage';

const clean: ImportPreview = {
  fileName: '一体化.json',
  units: [{ agencyCode: 'U001', agencyName: '示例单位', fiscalYear: 2024 }],
  items: [
    {
      area: 'project',
      agencyCode: 'U001',
      agencyName: '示例单位',
      fiscalYear: 2024,
      name: '设备采购',
      action: 'create',
      changes: ['3 个绩效指标'],
    },
    {
      area: 'monitoring',
      agencyCode: 'U001',
      agencyName: '示例单位',
      fiscalYear: 2024,
      name: '截至 7 月',
      action: 'update',
      changes: ['1 个项目的执行数与指标进度'],
    },
  ],
  problems: [],
  counts: { create: 1, update: 1, unchanged: 0, skip: 0 },
  planHash: 'hash-1',
};

const upload = async (name: string) => {
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  await userEvent.upload(input, new File(['{"formatVersion":1}'], name, { type: 'application/json' }));
};

describe('一体化平台交换', { timeout: 120_000 }, () => {
  it('lists the problems of a file by row and field and does not let it be imported', async () => {
    const { server } = renderPage(<ExchangePage />, {
      path: '/exchange',
      me: user(['work.read', 'work.edit']),
    });
    server.post('/api/exchange/preview/file', () => ({
      ...clean,
      items: [],
      counts: { create: 0, update: 0, unchanged: 0, skip: 0 },
      problems: [
        {
          at: '工作表“绩效指标”第5行',
          field: 'kpi_lv3',
          caption: '三级指标',
          message: '必须填写',
          text: '工作表“绩效指标”第5行「kpi_lv3（三级指标）」：必须填写',
        },
      ],
    }));
    await screen.findByText('导出 Excel');
    await upload('一体化.xlsx');
    await screen.findByText('工作表“绩效指标”第5行');
    expect(screen.getByText('kpi_lv3（三级指标）')).toBeTruthy();
    expect(screen.getByText('文件中有 1 处问题，修改后重新上传；在此之前不能导入。')).toBeTruthy();
    expect(screen.getByTestId('exchange-commit').hasAttribute('disabled')).toBe(true);
    // The file itself is the body (no Base64), the unit and the name in the query.
    const sent = server.calls('POST', '/api/exchange/preview/file')[0]!;
    expect(sent.headers.get('content-type')).toBe('application/octet-stream');
    expect(Object.fromEntries(sent.query)).toMatchObject({ orgId: ORG.id, fileName: '一体化.xlsx' });
    expect(server.calls('POST', '/api/exchange/import/file')).toHaveLength(0);
  });

  it('shows what will be created and updated, then imports with the preview’s planHash', async () => {
    const { server } = renderPage(<ExchangePage />, {
      path: '/exchange',
      me: user(['work.read', 'work.edit']),
    });
    server.post('/api/exchange/preview/file', () => clean);
    server.post('/api/exchange/import/file', () => clean);
    await screen.findByText('导出 Excel');
    await upload('一体化.json');
    await screen.findByText('设备采购');
    expect(screen.getByText('3 个绩效指标')).toBeTruthy();
    expect(screen.getByText('监控结果')).toBeTruthy();
    expect(screen.getByTestId('exchange-count-create').textContent).toBe('新建 1');
    await userEvent.click(screen.getByTestId('exchange-commit'));
    await screen.findByText('已导入：新建或更新 2 项。');
    const sent = server.calls('POST', '/api/exchange/import/file')[0]!;
    expect(Object.fromEntries(sent.query)).toMatchObject({
      orgId: ORG.id,
      fileName: '一体化.json',
      planHash: 'hash-1',
    });
    await waitFor(() => expect(screen.queryByTestId('exchange-preview')).toBeNull());
  });
});
