import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Spin } from 'antd';
import type { RouteKey } from './route-list';
import { ALL_ROUTES } from './route-list';
import { UnderConstruction } from '../features/placeholder/UnderConstruction';

/** Each page is its own chunk, fetched when first opened, so the app starts on a small bundle. */
const lazyPage = <P extends object>(load: () => Promise<Record<string, unknown>>, name: string) =>
  lazy(() => load().then((m) => ({ default: m[name] as ComponentType<P> })));

const DashboardPage = lazyPage(() => import('../features/dashboard/DashboardPage'), 'DashboardPage');
const PlanPage = lazyPage(() => import('../features/plan/PlanPage'), 'PlanPage');
const CalendarPage = lazyPage(() => import('../features/calendar/CalendarPage'), 'CalendarPage');
const MembersPage = lazyPage(() => import('../features/members/MembersPage'), 'MembersPage');
const MeetingsPage = lazyPage(() => import('../features/meetings/MeetingsPage'), 'MeetingsPage');
const LedgerPage = lazyPage(() => import('../features/ledger/LedgerPage'), 'LedgerPage');
const ReportsPage = lazyPage(() => import('../features/reports/ReportsPage'), 'ReportsPage');
const SettingsPage = lazyPage<{ onSaved: () => void }>(() => import('../features/settings/SettingsPage'), 'SettingsPage');
const HelpPage = lazyPage(() => import('../features/help/HelpPage'), 'HelpPage');

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
