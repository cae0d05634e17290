import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Spin } from 'antd';
import type { RouteKey } from './route-list';
import { ALL_ROUTES } from './route-list';
import { UnderConstruction } from '../features/placeholder/UnderConstruction';

/** Each page is its own chunk, fetched when first opened, so the app starts on a small bundle. */
const LOADERS = {
  dashboard: () => import('../features/dashboard/DashboardPage'),
  plan: () => import('../features/plan/PlanPage'),
  calendar: () => import('../features/calendar/CalendarPage'),
  members: () => import('../features/members/MembersPage'),
  meetings: () => import('../features/meetings/MeetingsPage'),
  ledger: () => import('../features/ledger/LedgerPage'),
  reports: () => import('../features/reports/ReportsPage'),
  settings: () => import('../features/settings/SettingsPage'),
  help: () => import('../features/help/HelpPage'),
} satisfies Partial<Record<RouteKey, () => Promise<Record<string, unknown>>>>;

const started = new Map<keyof typeof LOADERS, Promise<Record<string, unknown>>>();
const loadChunk = (key: keyof typeof LOADERS) => {
  let p = started.get(key);
  if (!p) {
    started.set(key, (p = LOADERS[key]()));
    p.catch(() => started.delete(key)); // a failed fetch is tried again next time
  }
  return p;
};

/** Starts fetching a page's chunk (the start page's, while the shell asks the core what it needs). */
export const preloadPage = (route: RouteKey): void => {
  if (route in LOADERS) void loadChunk(route as keyof typeof LOADERS).catch(() => undefined);
};

const lazyPage = <P extends object>(key: keyof typeof LOADERS, name: string) =>
  lazy(() => loadChunk(key).then((m) => ({ default: m[name] as ComponentType<P> })));

const DashboardPage = lazyPage('dashboard', 'DashboardPage');
const PlanPage = lazyPage('plan', 'PlanPage');
const CalendarPage = lazyPage('calendar', 'CalendarPage');
const MembersPage = lazyPage('members', 'MembersPage');
const MeetingsPage = lazyPage('meetings', 'MeetingsPage');
const LedgerPage = lazyPage('ledger', 'LedgerPage');
const ReportsPage = lazyPage('reports', 'ReportsPage');
const SettingsPage = lazyPage<{ onSaved: () => void }>('settings', 'SettingsPage');
const HelpPage = lazyPage('help', 'HelpPage');

/** Context every page may use from the shell. */
export interface PageProps {
  /** Ask the shell to reload the unit name / demo banner. */
  onUnitChanged: () => void;
}

/** One entry per page; a feature registers its page here (pages not built yet say 建设中). */
const PAGES: Partial<Record<RouteKey, (p: PageProps) => ReactNode>> = {
  dashboard: () => <DashboardPage />,
  plan: () => <PlanPage />,
  calendar: () => <CalendarPage />,
  members: () => <MembersPage />,
  meetings: () => <MeetingsPage />,
  ledger: () => <LedgerPage />,
  reports: () => <ReportsPage />,
  settings: (p) => <SettingsPage onSaved={p.onUnitChanged} />,
  help: () => <HelpPage />,
};

export function Page({ route, ...props }: PageProps & { route: RouteKey }) {
  const render = PAGES[route];
  return render ? <Suspense fallback={<Spin style={{ display: 'block', margin: '80px auto' }} />}>{render(props)}</Suspense> : <UnderConstruction title={ALL_ROUTES.find((r) => r.key === route)!.label} />;
}
