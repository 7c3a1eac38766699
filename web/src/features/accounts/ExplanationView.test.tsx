// The 决算情况说明 tab while a balance violation is unexplained: it never says every reason is filled in,
// and the downloads are disabled with the reason shown.
import { describe, expect, it } from 'vitest';
import { renderPage, screen, user } from '../../test/render';
import { DocumentButtons } from './DocumentButtons';
import { ExplanationView } from './ExplanationView';
import type { Explanation } from '../../../../src/domain/accounts/index.ts';
import { accountsTexts as T } from './texts';

const complete: Explanation = {
  title: '某单位2020年度单位决算情况说明',
  paragraphs: [],
  charts: [],
  missing: [],
};

describe('决算情况说明 tab', { timeout: 120_000 }, () => {
  it('says every reason is filled in only when no balance violation is unexplained', async () => {
    const view = renderPage(<ExplanationView explanation={complete} target={() => null} unexplained={0} />, {
      path: '/',
      me: user(['work.read']),
    });
    expect(await screen.findByText(T.missingNone)).toBeTruthy();
    view.unmount();
    renderPage(<ExplanationView explanation={complete} target={() => null} unexplained={2} />, {
      path: '/',
      me: user(['work.read']),
    });
    await screen.findByText(complete.title);
    expect(screen.queryByText(T.missingNone)).toBeNull();
  });

  it('disables the downloads and says why while a violation is unexplained', async () => {
    renderPage(<DocumentButtons orgId="o-1" year={2020} source="own" blocked={T.downloadBlocked(1)} />, {
      path: '/',
      me: user(['work.read']),
    });
    expect((await screen.findByTestId('download-blocked-own')).textContent).toContain(
      '还有 1 处平衡关系未通过',
    );
    expect((screen.getByTestId('download-docx-own') as HTMLButtonElement).disabled).toBe(true);
  });
});
