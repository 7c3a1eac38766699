// Entry point of the browser UI: Chinese locale for antd and dayjs, the theme, the data layer (TanStack
// Query), the session.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { DataProvider } from './shared/api/DataProvider';
import { SessionProvider } from './shared/session/SessionContext';
import { App } from './App';
import './shared/layout/layout.css';

dayjs.locale('zh-cn');

// Users who ask their system for less motion get no animations (this also makes browser tests deterministic).
const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

createRoot(root).render(
  <StrictMode>
    <ConfigProvider
      locale={zhCN}
      theme={{
        token: { colorPrimary: '#1f5fa8', borderRadius: 4, fontSize: 14, motion: !reducedMotion },
        components: { Layout: { headerBg: '#143f73', siderBg: '#ffffff', bodyBg: '#f5f7fa' } },
      }}
    >
      <AntApp>
        <DataProvider>
          <SessionProvider>
            <App />
          </SessionProvider>
        </DataProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
