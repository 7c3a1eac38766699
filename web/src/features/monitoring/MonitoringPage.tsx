// 运行监控与整改: monitoring rounds, the rectification ledger and the use of evaluation results, one tab each.
import { Result, Tabs } from 'antd';
import { useSession } from '../../shared/session/SessionContext';
import { RectificationsView } from './RectificationsView';
import { ResultsView } from './ResultsView';
import { RoundsView } from './RoundsView';
import { monitoringTexts as T } from './texts';
import './monitoring.css';

export function MonitoringPage() {
  const { can } = useSession();
  if (!can('work.read')) return <Result status="info" title={T.title} subTitle={T.noAccess} />;
  return (
    <Tabs
      data-testid="monitoring-page"
      items={[
        { key: 'rounds', label: T.tabRounds, children: <RoundsView /> },
        { key: 'rectifications', label: T.tabRectifications, children: <RectificationsView /> },
        { key: 'results', label: T.tabResults, children: <ResultsView /> },
      ]}
    />
  );
}
