// 校验: a checked file shows how many claims were recognised and held, lets the user expand what was
// checked (with the arithmetic), names rules in Chinese, and says so when nothing was recognised.
import { describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage, screen, user } from '../../test/render';
import { reply } from '../../test/fake-server';
import type { CheckResult } from './api';
import { CheckerPage } from './CheckerPage';

const result = (over: Partial<CheckResult> = {}): CheckResult => ({
  file: '决算说明.txt',
  lines: [
    { text: '本年支出合计300.00万元，其中：基本支出200.00万元，占66.67%；' },
    { text: '项目支出100.00万元，占30.00%。' },
  ],
  findings: [
    {
      rule: 'share.percent',
      severity: 'error',
      line: 2,
      excerpt: '项目支出100.00万元，占30.00%',
      expected: '33.33%',
      found: '30.00%',
      message: '占比应为 100.00 ÷ 300.00 × 100% = 33.33%，文中为30.00%。',
    },
  ],
  summary: { error: 1, warning: 0, note: 0 },
  claims: { sum: { recognised: 1, verified: 1 }, share: { recognised: 2, verified: 1 } },
  checked: [
    { kind: 'sum', line: 1, verified: true, arithmetic: '200.00 + 100.00 = 300.00万元，合计300.00万元' },
    { kind: 'share', line: 1, verified: true, arithmetic: '200.00 ÷ 300.00万元 × 100% = 66.67%，文中66.67%' },
    {
      kind: 'share',
      line: 2,
      verified: false,
      arithmetic: '100.00 ÷ 300.00万元 × 100% = 33.33%，文中30.00%',
    },
  ],
  ruleNames: { 'share.percent': '占比' },
  claimNames: { sum: '合计与分项', share: '占比' },
  ...over,
});

async function upload(body: CheckResult) {
  const { server } = renderPage(<CheckerPage />, { path: '/checker', me: user(['work.read']) });
  server.post('/api/checks/file', () => body);
  const input = () => document.querySelector('input[type=file]') as HTMLInputElement;
  await waitFor(() => expect(input()).toBeTruthy());
  await userEvent.upload(input(), new File(['x'], '决算说明.txt', { type: 'text/plain' }));
  return server;
}

describe('checker page: claims', { timeout: 120_000 }, () => {
  it('shows the claims count, the Chinese rule name, and expands what was checked', async () => {
    const server = await upload(result());
    // The file goes as it is (no Base64 for the server to decode), its name in the query.
    await waitFor(() => expect(server.requests.some((r) => r.path === '/api/checks/file')).toBe(true));
    const sent = server.requests.find((r) => r.path === '/api/checks/file')!;
    expect(sent.headers.get('content-type')).toBe('application/octet-stream');
    expect(sent.query.get('fileName')).toBe('决算说明.txt');
    await waitFor(() =>
      expect(screen.getByTestId('claims-summary').textContent).toContain('共核对 3 处表述，其中 2 处成立'),
    );
    expect(screen.getByTestId('claims-summary').textContent).toContain('占比 1/2');
    expect(screen.getByTestId('finding').textContent).toContain('规则：占比');
    await userEvent.click(screen.getByText('查看核对过程'));
    await waitFor(() =>
      expect(screen.getByTestId('claims-checked').textContent).toContain(
        '100.00 ÷ 300.00万元 × 100% = 33.33%',
      ),
    );
  });

  it('says so when nothing was recognised, so an empty list is not taken for a clean document', async () => {
    await upload(
      result({ findings: [], summary: { error: 0, warning: 0, note: 0 }, claims: {}, checked: [] }),
    );
    await waitFor(() =>
      expect(screen.getByTestId('claims-summary').textContent).toContain('未识别到可核对的数字表述'),
    );
  });
});

describe('checker page: a large file checked as a background job', { timeout: 120_000 }, () => {
  it('follows the job (202) and shows its result when it has finished', async () => {
    const { server } = renderPage(<CheckerPage />, { path: '/checker', me: user(['work.read']) });
    server.post('/api/checks/file', () => reply(202, { jobId: 'job-1' }));
    let asked = 0;
    server.get('/api/jobs/job-1', () =>
      ++asked < 2
        ? { id: 'job-1', status: 'running', statusLabel: '进行中', message: null }
        : {
            id: 'job-1',
            status: 'succeeded',
            statusLabel: '已完成',
            message: '校验完成：1 处错误，0 处提醒。',
          },
    );
    server.get('/api/jobs/job-1/result', () => result({ file: '大文件.txt' }));
    const input = () => document.querySelector('input[type=file]') as HTMLInputElement;
    await waitFor(() => expect(input()).toBeTruthy());
    await userEvent.upload(input(), new File(['x'], '大文件.txt', { type: 'text/plain' }));
    await waitFor(() => expect(screen.getByText(/已转为后台任务校验（进行中）/)).toBeTruthy());
    await waitFor(() => expect(screen.getByTestId('finding').textContent).toContain('规则：占比'), {
      timeout: 5_000,
    });
    expect(asked).toBe(2);
  });

  it('says why when the job failed', async () => {
    const { server } = renderPage(<CheckerPage />, { path: '/checker', me: user(['work.read']) });
    server.post('/api/checks/file', () => reply(202, { jobId: 'job-2' }));
    server.get('/api/jobs/job-2', () => ({
      id: 'job-2',
      status: 'failed',
      statusLabel: '失败',
      message: '文件“大文件.txt”中没有可读取的文字。',
    }));
    const input = () => document.querySelector('input[type=file]') as HTMLInputElement;
    await waitFor(() => expect(input()).toBeTruthy());
    await userEvent.upload(input(), new File(['x'], '大文件.txt', { type: 'text/plain' }));
    await waitFor(() => expect(screen.getByText(/没有可读取的文字/)).toBeTruthy());
  });
});

describe('checker page: sample documents', { timeout: 120_000 }, () => {
  it('offers the samples and checks the one chosen like a dropped file', async () => {
    const { server } = renderPage(<CheckerPage />, { path: '/checker', me: user(['work.read']) });
    server.get('/api/checks/samples', () => ({
      items: [
        {
          id: 'three-fees',
          fileName: '示例-三公.txt',
          title: '“三公”经费决算情况说明',
          description: '埋有 2 处错误',
        },
      ],
    }));
    server.get('/api/checks/samples/:id', () => ({
      fileName: '示例-三公.txt',
      text: '本年支出合计300.00万元。',
    }));
    server.post('/api/checks/file', () => result({ file: '示例-三公.txt' }));
    await userEvent.click(await screen.findByRole('button', { name: '“三公”经费决算情况说明' }));
    await waitFor(() => expect(server.calls('POST', '/api/checks/file')).toHaveLength(1));
    expect(server.calls('GET', '/api/checks/samples/three-fees')).toHaveLength(1);
    expect(server.calls('POST', '/api/checks/file')[0]!.query.get('fileName')).toBe('示例-三公.txt');
    await waitFor(() => expect(screen.getByTestId('finding').textContent).toContain('规则：占比'));
  });
});
