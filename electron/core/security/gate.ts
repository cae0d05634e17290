import type { Dispatch } from '../dispatch';
import { OPEN_WHILE_LOCKED, type AppLock } from './lock';

/** Refuses every channel but the lock's own while the app is locked; real work resets the idle timer. */
export function gateDispatch(inner: Dispatch, lock: AppLock): Dispatch {
  return async (channel, input) => {
    if (!OPEN_WHILE_LOCKED.has(channel) && lock.isLocked()) {
      return { ok: false, error: { code: 'LOCKED', message: '程序已锁定，请输入应用锁密码解锁。' } };
    }
    const r = await inner(channel, input);
    if (r.ok && !channel.startsWith('lock.') && channel !== 'system.info') lock.touch();
    return r;
  };
}
