// The app's pages, in menu order (no DOM access, so tests can import it).
export const ROUTES = [
  { key: 'dashboard', label: '工作台' },
  { key: 'plan', label: '工作要点' },
  { key: 'calendar', label: '日历' },
  { key: 'meetings', label: '会议' },
  { key: 'ledger', label: '台账' },
  { key: 'members', label: '成员' },
  { key: 'reports', label: '报表' },
  { key: 'settings', label: '设置' },
] as const;
/** Pages reached from links rather than the menu. */
export const HIDDEN_ROUTES = [{ key: 'help', label: '使用说明' }] as const;

export type RouteKey = (typeof ROUTES)[number]['key'] | (typeof HIDDEN_ROUTES)[number]['key'];
export const ALL_ROUTES: readonly { key: RouteKey; label: string }[] = [...ROUTES, ...HIDDEN_ROUTES];
