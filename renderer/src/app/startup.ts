// What the start page needs is asked for in parallel, not one after another: the page's chunk
// while the shell asks lock.status and the working year, the dashboard's figures as soon as the
// working year is known (while the chunk may still load). Issue 15 item 7: first paint < 1 s.

import { useCompliance } from '../features/compliance/store';
import { useWorkingYear } from '../features/year/store';
import { preloadPage } from './pages';
import { useRoute } from './routes';

let started = false;

export function startEarly(): void {
  if (started) return;
  started = true;
  preloadPage(useRoute.getState().route);
  useWorkingYear.subscribe((s, prev) => {
    if (prev.year === null && s.year !== null && useRoute.getState().route === 'dashboard') useCompliance.getState().prefetch();
  });
  useRoute.subscribe((s, prev) => s.route !== prev.route && useCompliance.getState().dropPrefetch());
}
