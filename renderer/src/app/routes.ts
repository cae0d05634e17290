import { create } from 'zustand';
import { ALL_ROUTES, ROUTES, type RouteKey } from './route-list';

export { ROUTES, type RouteKey };

const fromHash = (): RouteKey => {
  const key = window.location.hash.replace(/^#\/?/, '').split('?')[0];
  return ALL_ROUTES.find((r) => r.key === key)?.key ?? 'dashboard';
};

interface RouteState {
  route: RouteKey;
  go: (route: RouteKey) => void;
}

/** Hash routing: reload keeps the page, and the browser host's back button works. */
export const useRoute = create<RouteState>((set) => ({
  route: fromHash(),
  go: (route) => {
    window.location.hash = `#/${route}`;
    set({ route });
  },
}));

window.addEventListener('hashchange', () => useRoute.setState({ route: fromHash() }));
