// The 绩效运行监控 tab opened from the 审核 inbox (/monitoring?report=…) shows that report at once.
import { describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import { renderPage, screen, user } from '../../test/render';
import { documentPath } from '../workflow/api';
import { RoundsView } from './RoundsView';

describe('RoundsView', () => {
  it('opens the report named in the address instead of the list of rounds', async () => {
    expect(documentPath('monitoring_report', 'rep-1')).toBe('/monitoring?report=rep-1');
    const { server } = renderPage(<RoundsView />, {
      path: '/monitoring?report=rep-1',
      route: '/monitoring',
      me: user(['work.read']),
    });
    server.get('/api/monitoring/rounds', () => ({ items: [] }));
    await waitFor(() => expect(server.calls('GET', '/api/monitoring/reports/rep-1')).toHaveLength(1));
    expect(screen.queryByTestId('monitoring-rounds')).toBeNull();
  });

  it('shows the list of rounds when no report is named', async () => {
    const { server } = renderPage(<RoundsView />, { path: '/monitoring', me: user(['work.read']) });
    server.get('/api/monitoring/rounds', () => ({ items: [] }));
    expect(await screen.findByTestId('monitoring-rounds')).toBeTruthy();
    expect(server.requests.some((r) => r.path.startsWith('/api/monitoring/reports/'))).toBe(false);
  });
});
