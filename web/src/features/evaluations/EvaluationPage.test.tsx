// The score sheet as an evaluator and a clerk work it: every figure on screen is what the domain's
// evaluate() makes of what is typed — the evaluator's scores move the total, base score and grade; the
// facts typed in 评价数据 (实际 / 目标) move the computed score; an incomplete sheet shows what is missing.
// Only fetch is fake (it answers with the server's evaluation DTO).
import { describe, expect, it } from 'vitest';
import { fireEvent, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { failure } from '../../test/fake-server';
import { draftView, evaluation, sheet } from '../../test/fixtures';
import { renderPage, screen, toasts, user } from '../../test/render';
import type { Evaluation } from './api';
import { EvaluationPage } from './EvaluationPage';

const EVALUATOR = user(['work.read', 'work.score']);
const CLERK = user(['work.read', 'work.edit']);

function open(ev: Evaluation, me = EVALUATOR) {
  const view = renderPage(<EvaluationPage />, {
    path: `/evaluations/${ev.id}`,
    route: '/evaluations/:id',
    me,
  });
  view.server.get('/api/evaluations/:id', () => ev);
  view.server.get('/api/workflow/documents/:id', () => draftView(ev.id, 'project_evaluation'));
  return view;
}

const text = (testId: string) => screen.getByTestId(testId).textContent ?? '';

describe('score sheet', { timeout: 120_000 }, () => {
  it('recomputes the total, base score and grade as the evaluator types scores', async () => {
    open(evaluation({ inputs: { output: { target: '100', actual: '100' } } }));
    await screen.findByTestId('live-total');
    // The manual indicator is not scored yet: the sheet is incomplete, so no total or grade, and it says which.
    expect(text('live-total')).not.toMatch(/\d/);
    expect(text('live-grade')).toBe('—');
    expect(text('live-incomplete')).toContain('计划管理');
    expect(text('computed-plan')).toMatch(/^—/);
    expect(text('computed-output')).toContain('40.00');

    fireEvent.change(screen.getByTestId('entry-score-plan'), { target: { value: '55' } });
    expect(text('live-total')).toContain('95.00');
    expect(text('live-base')).toContain('95.00');
    expect(text('live-grade')).toBe('优');
    expect(text('computed-plan')).toContain('55.00');
    expect(screen.queryByTestId('live-incomplete')).toBeNull();

    fireEvent.change(screen.getByTestId('entry-score-plan'), { target: { value: '30' } });
    expect(text('live-total')).toContain('70.00');
    expect(text('live-grade')).toBe('中');
    // A deduction without 存在问题 / 有关建议 is pointed out before the server refuses it.
    expect(text('computed-plan')).toMatch(/存在问题/);

    fireEvent.change(screen.getByTestId('entry-score-plan'), { target: { value: '' } });
    expect(text('live-total')).not.toMatch(/\d/);
    expect(text('live-grade')).toBe('—');
  });

  it('fills every unscored manual indicator with its full weight', async () => {
    open(evaluation({ inputs: { output: { target: '100', actual: '100' } } }));
    await userEvent.click(await screen.findByTestId('fill-full'));
    expect((screen.getByTestId('entry-score-plan') as HTMLInputElement).value).toBe('60');
    expect(text('live-total')).toContain('100.00');
    expect(text('live-grade')).toBe('优');
  });

  it('moves the computed score as the clerk types the actual value', async () => {
    open(
      evaluation({ sheets: [sheet({ mine: false, submitted: true, entries: { plan: { score: '60' } } })] }),
      CLERK,
    );
    await screen.findByTestId('live-total');
    // Without the facts the computed indicator has no score, and the sheet no total.
    expect(text('computed-output')).toMatch(/^—/);
    expect(text('live-incomplete')).toContain('产出数量');
    expect(text('live-total')).not.toMatch(/\d/);

    fireEvent.change(screen.getByRole('textbox', { name: '目标' }), { target: { value: '200' } });
    fireEvent.change(screen.getByRole('textbox', { name: '实际' }), { target: { value: '150' } });
    expect(text('computed-output')).toContain('30.00');
    expect(text('computed-output')).toContain('75%');
    expect(text('live-total')).toContain('90.00');
    expect(text('live-grade')).toBe('优');

    fireEvent.change(screen.getByRole('textbox', { name: '实际' }), { target: { value: '50' } });
    expect(text('computed-output')).toContain('10.00');
    expect(text('live-total')).toContain('70.00');
    expect(text('live-grade')).toBe('中');
  });

  it('saves the sheet under its version and shows what the server stored', async () => {
    const ev = evaluation({ inputs: { output: { target: '100', actual: '100' } } });
    const { server } = open(ev);
    server.put('/api/score-sheets/:id', (req) => {
      const body = req.body as { entries: Record<string, { score?: string }>; version: number };
      return { ...ev, sheets: [sheet({ entries: body.entries, version: body.version + 1 })] };
    });
    fireEvent.change(await screen.findByTestId('entry-score-plan'), { target: { value: '58' } });
    await userEvent.click(screen.getByTestId('save-sheet'));
    await waitFor(() => expect(toasts()).toContain('已保存'));
    expect(server.calls('PUT', '/api/score-sheets/s-1')[0]!.body).toEqual({
      entries: { plan: { score: '58' } },
      total: null,
      version: 1,
    });
    expect((screen.getByTestId('entry-score-plan') as HTMLInputElement).value).toBe('58');
    expect(text('live-total')).toContain('98.00');
  });

  it("shows the server's refusal of a submission in Chinese and keeps the sheet open", async () => {
    const ev = evaluation({ inputs: { output: { target: '100', actual: '100' } } });
    const { server } = open(ev);
    server.put('/api/score-sheets/:id', (req) => ({
      ...ev,
      sheets: [
        sheet({ entries: (req.body as { entries: Evaluation['sheets'][0]['entries'] }).entries, version: 2 }),
      ],
    }));
    server.post('/api/score-sheets/:id/submit', () =>
      failure(400, 'VALIDATION', '评分表不能提交：“计划管理”扣分但未填写存在问题。'),
    );
    fireEvent.change(await screen.findByTestId('entry-score-plan'), { target: { value: '50' } });
    await userEvent.click(screen.getByTestId('submit-sheet'));
    await waitFor(() => expect(toasts()).toContain('评分表不能提交：“计划管理”扣分但未填写存在问题。'));
    // Saved first, then submitted under the version the save returned.
    expect(server.calls('POST', '/api/score-sheets/s-1/submit')[0]!.body).toEqual({ version: 2 });
    expect((screen.getByTestId('entry-score-plan') as HTMLInputElement).value).toBe('50');
  });

  it('shows a submitted sheet read-only to a user who is not an evaluator', async () => {
    open(
      evaluation({
        inputs: { output: { target: '100', actual: '90' } },
        sheets: [
          sheet({
            mine: false,
            submitted: true,
            evaluatorName: '评价人乙',
            entries: { plan: { score: '60' } },
          }),
        ],
      }),
      user(['work.read']),
    );
    await screen.findByTestId('live-total');
    expect(screen.getByText('仅评价人员可以评分；您可以查看已提交的评分表。')).toBeTruthy();
    expect(screen.queryByTestId('entry-score-plan')).toBeNull();
    expect(screen.queryByTestId('start-scoring')).toBeNull();
    expect(text('live-total')).toContain('96.00');
    expect(text('live-grade')).toBe('优');
  });
});
