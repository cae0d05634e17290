import { useEffect, useState } from 'react';
import { Alert, Layout, Menu } from 'antd';
import {
  AppstoreOutlined,
  BarChartOutlined,
  BookOutlined,
  CalendarOutlined,
  FileTextOutlined,
  SettingOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
  QuestionCircleOutlined,
} from '@ant-design/icons';
import { call } from '../api/client';
import type { SystemInfo } from '../../../shared/contract/system';
import { ROUTES, useRoute, type RouteKey } from './routes';
import { Page } from './pages';
import { checkOpenedBackup } from '../features/backup/openedFile';
import { SetupGuide } from '../features/setup/SetupGuide';
import { SearchBox } from '../features/ledger/SearchBox';
import { LockScreen } from '../features/security/LockScreen';
import { useLock } from '../features/security/store';
import { useIdleLock } from '../features/security/useIdleLock';
import { YearSwitcher } from '../features/year/YearSwitcher';
import { useWorkingYear } from '../features/year/store';
import { startYearSync } from '../features/year/sync';
import { ignoreFormValidationRejections } from './forms';
import { startEarly } from './startup';
import { useUnit, useUnitWords } from '../features/settings/unit-store';

startYearSync();
startEarly();
ignoreFormValidationRejections();

const ICONS: Record<(typeof ROUTES)[number]['key'], React.ReactNode> = {
  dashboard: <AppstoreOutlined />,
  plan: <BookOutlined />,
  calendar: <CalendarOutlined />,
  meetings: <UsergroupAddOutlined />,
  ledger: <FileTextOutlined />,
  members: <TeamOutlined />,
  reports: <BarChartOutlined />,
  settings: <SettingOutlined />,
};

/** What the shell needs, asked while the first render runs rather than after it. */
let early: { info: Promise<SystemInfo> } | null = { info: call('system.info', {}) };
early.info.catch(() => undefined); // shown by the effect that takes it
void useLock.getState().refresh();
/** The working year, asked alongside lock.status rather than after it. */
let startYear: Promise<void> | null = useWorkingYear.getState().load();

export function AppShell() {
  const { route, go } = useRoute();
  const [info, setInfo] = useState<SystemInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () => call('system.info', {}).then(setInfo, (e: Error) => setError(e.message));
  // Loading the demo, clearing it or restoring a backup can move the working year too.
  const reload = () => {
    void load();
    void useWorkingYear.getState().load();
  };
  const lock = useLock();
  useEffect(() => {
    // Asked before the first render (above), so the answers are there when it is done.
    const asked = early;
    early = null;
    if (asked) void asked.info.then(setInfo, (e: Error) => setError(e.message));
    else {
      void load();
      void lock.refresh();
    }
  }, []);
  const unlocked = lock.status?.locked === false;
  const year = useWorkingYear((s) => s.year);
  const yearError = useWorkingYear((s) => s.error);
  useEffect(() => {
    if (!unlocked) return;
    // At start the year was asked alongside lock.status (refused quietly if locked: asked again now).
    const asked = startYear;
    startYear = null;
    const again = () => void useWorkingYear.getState().load();
    if (asked) void asked.then(() => useWorkingYear.getState().year === null && again());
    else again();
  }, [unlocked]);
  useEffect(() => {
    // After unlocking too: a locked app cannot take the file yet.
    if (unlocked) void checkOpenedBackup((hash) => void (window.location.hash = hash)).catch(() => undefined);
  }, [unlocked]);
  useIdleLock();
  // The unit's name is refused while locked: asked again once unlocked, for the words of its body.
  useEffect(() => {
    if (unlocked) void useUnit.getState().load();
  }, [unlocked]);
  const words = useUnitWords();

  if (lock.status?.locked) return <LockScreen unitName={info?.unitName ?? ''} />;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', paddingInline: 20 }}>
        <div className="ls-brand">
          <span className="ls-brand-mark">实</span>
          <span>落实</span>
          <span className="ls-brand-sub">{words.body}工作台账</span>
        </div>
        <div className="ls-header-right">
          <YearSwitcher />
          <SearchBox />
          <span data-testid="unit-name">{info?.unitName || '（尚未设置单位名称）'}</span>
          <a className="ls-header-link" href="#/help" onClick={() => go('help')}>
            <QuestionCircleOutlined /> 帮助
          </a>
        </div>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={180} theme="light" style={{ borderRight: '1px solid #eee' }}>
          <Menu
            mode="inline"
            selectedKeys={[route]}
            onClick={(e) => go(e.key as RouteKey)}
            items={ROUTES.map((r) => ({ key: r.key, icon: ICONS[r.key], label: r.label }))}
            style={{ borderInlineEnd: 'none', paddingTop: 8 }}
          />
        </Layout.Sider>
        <Layout.Content>
          {info?.demo && <Alert type="warning" banner showIcon message="演示数据：当前为示例单位，可随意操作；正式使用前请在“设置”中清除演示数据。" />}
          {(error ?? yearError) && <Alert type="error" showIcon message={error ?? yearError} style={{ margin: 16 }} />}
          {/* Pages wait for the working year, so none starts in the wrong one. */}
          {year !== null && <Page route={route} onUnitChanged={reload} />}
          <SetupGuide onChanged={reload} />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
