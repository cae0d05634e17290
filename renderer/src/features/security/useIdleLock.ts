import { useEffect } from 'react';
import { call } from '../../api/client';
import { useLock } from './store';

const EVENTS = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart'] as const;

/** Locks the screen after the configured idle time; the core enforces the same rule on its side. */
export function useIdleLock(): void {
  const status = useLock((s) => s.status);
  const setStatus = useLock((s) => s.set);
  useEffect(() => {
    if (!status?.enabled || status.locked) return;
    let timer = 0;
    const arm = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void call('lock.lock', {}).then(setStatus), status.idleMinutes * 60_000);
    };
    arm();
    EVENTS.forEach((e) => window.addEventListener(e, arm, { passive: true }));
    return () => {
      window.clearTimeout(timer);
      EVENTS.forEach((e) => window.removeEventListener(e, arm));
    };
  }, [status, setStatus]);
}
