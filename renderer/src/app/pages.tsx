import type { ReactNode } from 'react';
import type { RouteKey } from './route-list';
import { ALL_ROUTES } from './route-list';
import { HelpPage } from '../features/help/HelpPage';
import { MembersPage } from '../features/members/MembersPage';
import { MeetingsPage } from '../features/meetings/MeetingsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { PlanPage } from '../features/plan/PlanPage';
import { CalendarPage } from '../features/calendar/CalendarPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { LedgerPage } from '../features/ledger/LedgerPage';
import { UnderConstruction } from '../features/placeholder/UnderConstruction';

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
  return render ? <>{render(props)}</> : <UnderConstruction title={ALL_ROUTES.find((r) => r.key === route)!.label} />;
}
