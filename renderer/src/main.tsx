import React from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { AppShell } from './app/AppShell';
import { theme } from './theme/theme';
// antd's styles, extracted at build time (scripts/antd-static-styles.ts); before ours, so ours win.
import 'virtual:antd-static.css';
import './theme/global.css';

dayjs.locale('zh-cn'); // weeks start on Monday, month names in Chinese

createRoot(document.getElementById('root')!).render(
  <React.StrictMode>
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp>
        <AppShell />
      </AntApp>
    </ConfigProvider>
  </React.StrictMode>,
);
