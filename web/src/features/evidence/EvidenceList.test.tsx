// The 佐证材料 list as a user works it: files listed with their download links, a file chosen is sent as it
// is (raw bytes) to its owner (and the list reloads), a file over the limit is refused before sending, the
// server's refusal (422) is shown in Chinese, removal asks first, and a frozen document shows why
// nothing can be added. Only fetch is fake.
import { describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { failure } from '../../test/fake-server';
import { renderPage, screen, toasts, user } from '../../test/render';
import type { EvidenceFile, EvidenceList as ListDto } from './api';
import { EvidenceList } from './EvidenceList';

const CLERK = user(['work.read', 'work.edit']);

const file = (over: Partial<EvidenceFile> = {}): EvidenceFile => ({
  id: 'f-1',
  ownerKind: 'evaluation',
  ownerId: 'ev-1',
  indicatorId: null,
  indicator: '',
  fileName: '验收报告.pdf',
  size: 2048,
  contentType: 'application/pdf',
  typeLabel: 'PDF 文档',
  sha256: 'a'.repeat(64),
  uploadedBy: '经办人甲',
  uploadedAt: '2026-03-02T09:00:00.000Z',
  url: '/api/evidence/f-1',
  ...over,
});

const list = (files: EvidenceFile[], over: Partial<ListDto> = {}): ListDto => ({
  files,
  readOnly: null,
  limits: { maxFileBytes: 1024 * 1024, maxTotalBytes: 10 * 1024 * 1024 },
  accept: '.pdf,.png',
  typesLabel: 'PDF、图片',
  ...over,
});

function open(initial: ListDto) {
  let current = initial;
  const view = renderPage(<EvidenceList owner="evaluation" ownerId="ev-1" />, { path: '/x', me: CLERK });
  view.server.get('/api/evaluations/:id/evidence', () => current);
  return { ...view, set: (l: ListDto) => (current = l) };
}

const input = () => document.querySelector('input[type=file]') as HTMLInputElement;

describe('evidence list', { timeout: 120_000 }, () => {
  it('lists files as downloads and uploads a chosen file as it is (raw bytes), then shows it', async () => {
    const { server, set } = open(list([file()]));
    const link = await screen.findByTestId('evidence-download-验收报告.pdf');
    expect(link.getAttribute('href')).toBe('/api/evidence/f-1');
    expect(screen.getByText('2 KB')).toBeTruthy();

    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0xe4, 0xb8, 0x80]);
    server.post('/api/evaluations/:id/evidence/file', () => {
      set(list([file(), file({ id: 'f-2', fileName: '照片.pdf', url: '/api/evidence/f-2', size: 8 })]));
      return { file: file({ id: 'f-2', fileName: '照片.pdf' }), duplicate: false };
    });
    await userEvent.upload(input(), new File([bytes], '照片.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(toasts().join()).toContain('已上传「照片.pdf」'));
    // The file itself is the body (no Base64 for the server to decode), its name in the query.
    const [post] = server.calls('POST', '/api/evaluations/ev-1/evidence/file');
    expect(post!.headers.get('content-type')).toBe('application/octet-stream');
    expect(post!.query.get('fileName')).toBe('照片.pdf');
    expect(post!.query.has('indicatorId')).toBe(false);
    expect(await screen.findByTestId('evidence-download-照片.pdf')).toBeTruthy();
  });

  it('refuses a file over the limit before sending it, and shows the server’s refusal of a type', async () => {
    const { server } = open(list([], { limits: { maxFileBytes: 4, maxTotalBytes: 100 } }));
    await screen.findByTestId('evidence-upload');
    await userEvent.upload(input(), new File([new Uint8Array(10)], '大.pdf'));
    await waitFor(() =>
      expect(toasts().join()).toContain('文件过大：「大.pdf」为 10 字节，单个佐证材料不能超过 4 字节。'),
    );
    expect(server.calls('POST', '/api/evaluations/ev-1/evidence/file')).toHaveLength(0);

    server.post('/api/evaluations/:id/evidence/file', () =>
      failure(422, 'UNPROCESSABLE', '文件「a.pdf」的内容不是有效的PDF 文档（按文件内容识别）'),
    );
    await userEvent.upload(input(), new File([new Uint8Array(2)], 'a.pdf'));
    await waitFor(() => expect(toasts().join()).toContain('的内容不是有效的PDF 文档'));
  });

  it('asks before removing a file, then sends the removal', async () => {
    const { server, set } = open(list([file()]));
    await screen.findByTestId('evidence-download-验收报告.pdf');
    server.delete('/api/evidence/:id', () => {
      set(list([]));
      return { deleted: true };
    });
    await userEvent.click(screen.getByRole('button', { name: /删除 验收报告\.pdf/ }));
    await userEvent.click(await screen.findByRole('button', { name: '确定删除' }));
    await waitFor(() => expect(server.calls('DELETE', '/api/evidence/f-1')).toHaveLength(1));
    expect(await screen.findByText('尚无佐证材料')).toBeTruthy();
  });

  it('shows why the files are fixed and offers neither upload nor removal', async () => {
    open(
      list([file()], {
        readOnly: '该文档已定稿（第 1 版），不能修改；如需修改，请先由有权限的人员重新打开。',
      }),
    );
    expect(await screen.findByText(/已定稿（第 1 版）/)).toBeTruthy();
    expect(screen.queryByTestId('evidence-upload')).toBeNull();
    expect(screen.queryByRole('button', { name: /删除/ })).toBeNull();
    expect(screen.getByTestId('evidence-download-验收报告.pdf')).toBeTruthy();
  });
});
