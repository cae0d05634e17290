import { useEffect, useRef } from 'react';

/**
 * Links into a page from the dashboard, calendar and search: `#/page?id=12` opens item 12,
 * `#/page?new=KIND` opens the form for that kind (`&date=2022-03-15` from a calendar day). Followed on
 * arrival and on every hash change.
 */
export function useDeepLink(handlers: { open: (id: number) => void; create: (kind: string, date?: string) => void }): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const follow = () => {
      const q = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
      const id = Number(q.get('id'));
      const kind = q.get('new');
      const date = /^\d{4}-\d{2}-\d{2}$/.test(q.get('date') ?? '') ? q.get('date')! : undefined;
      if (id > 0) latest.current.open(id);
      else if (kind) latest.current.create(kind, date);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
}
