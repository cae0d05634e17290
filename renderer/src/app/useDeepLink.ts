import { useEffect, useRef } from 'react';

/**
 * Links into a page from the dashboard, calendar and search: `#/page?id=12` opens item 12,
 * `#/page?new=KIND` opens the form for that kind. Followed on arrival and on every hash change.
 */
export function useDeepLink(handlers: { open: (id: number) => void; create: (kind: string) => void }): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const follow = () => {
      const q = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
      const id = Number(q.get('id'));
      const kind = q.get('new');
      if (id > 0) latest.current.open(id);
      else if (kind) latest.current.create(kind);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
}
