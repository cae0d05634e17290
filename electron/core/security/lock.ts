import type { LockStatus } from '../../../shared/contract/security';
import { passwordProblem } from '../../../shared/security/password';
import { AppError } from '../../../shared/result';
import { audit } from '../audit/log';
import type { CoreContext } from '../context';
import { settings } from '../settings';
import { inTransaction } from '../tx';
import { checkVerifier, DEFAULT_SCRYPT, makeVerifier, type ScryptParams } from './verifier';

const KEY = { verifier: 'lock.verifier', failed: 'lock.failedAttempts', blockedUntil: 'lock.blockedUntil', idle: 'lock.idleMinutes' };
export const MAX_ATTEMPTS = 5;
export const BLOCK_MINUTES = 5;
export const DEFAULT_IDLE_MINUTES = 15;

/**
 * The app lock. The verifier, failed-attempt count and block time live in the database, so a
 * restart does not reset them; whether this session is unlocked lives in memory only.
 * There is no default or recovery password: a forgotten one means restoring from a backup.
 */
export class AppLock {
  private unlocked = false;
  private lastActivity = 0;

  constructor(
    private readonly ctx: CoreContext,
    private readonly scrypt: ScryptParams = DEFAULT_SCRYPT,
  ) {}

  private get verifier() {
    return settings.get(this.ctx.db, KEY.verifier);
  }
  private get idleMinutes() {
    return Number(settings.get(this.ctx.db, KEY.idle) ?? DEFAULT_IDLE_MINUTES);
  }
  private get failed() {
    return Number(settings.get(this.ctx.db, KEY.failed) ?? 0);
  }
  private blockedUntil(): string | null {
    const until = settings.get(this.ctx.db, KEY.blockedUntil);
    return until && until > this.ctx.now().toISOString() ? until : null;
  }

  /** Locked when a password is set and the session has not unlocked, or has been idle too long. */
  isLocked(): boolean {
    if (!this.verifier) return false;
    if (this.unlocked && this.ctx.now().getTime() - this.lastActivity > this.idleMinutes * 60_000) {
      this.unlocked = false;
      audit(this.ctx, { action: 'lock.idle', summary: `空闲超过 ${this.idleMinutes} 分钟，自动锁定` });
    }
    return !this.unlocked;
  }

  /** Any successful call counts as activity for the idle timer. */
  touch(): void {
    this.lastActivity = this.ctx.now().getTime();
  }

  status(): LockStatus {
    return { enabled: !!this.verifier, locked: this.isLocked(), blockedUntil: this.blockedUntil(), failedAttempts: this.failed, idleMinutes: this.idleMinutes };
  }

  unlock(password: string): LockStatus {
    const stored = this.verifier;
    if (!stored) return this.status();
    const blocked = this.blockedUntil();
    if (blocked) {
      throw new AppError('LOCKED', `密码连续输错 ${MAX_ATTEMPTS} 次，已暂停解锁，请在 ${new Date(blocked).toLocaleTimeString('zh-CN', { hour12: false })} 后再试。`);
    }
    if (checkVerifier(password, stored)) {
      inTransaction(this.ctx, () => {
        settings.set(this.ctx.db, KEY.failed, '0');
        audit(this.ctx, { action: 'lock.unlock', summary: '解锁成功' });
      });
      this.unlocked = true;
      this.touch();
      return this.status();
    }
    const failed = this.failed + 1;
    inTransaction(this.ctx, () => {
      if (failed >= MAX_ATTEMPTS) {
        settings.set(this.ctx.db, KEY.blockedUntil, new Date(this.ctx.now().getTime() + BLOCK_MINUTES * 60_000).toISOString());
        settings.set(this.ctx.db, KEY.failed, '0');
      } else {
        settings.set(this.ctx.db, KEY.failed, String(failed));
      }
      audit(this.ctx, { action: 'lock.unlock', summary: `密码错误（第 ${failed} 次）`, result: 'failed' });
    });
    throw new AppError(
      'UNAUTHORIZED',
      failed >= MAX_ATTEMPTS ? `密码错误。已连续输错 ${MAX_ATTEMPTS} 次，请 ${BLOCK_MINUTES} 分钟后再试。` : `密码错误，还可以再试 ${MAX_ATTEMPTS - failed} 次。忘记密码只能从备份恢复数据。`,
    );
  }

  lock(): LockStatus {
    if (this.verifier && this.unlocked) {
      this.unlocked = false;
      audit(this.ctx, { action: 'lock.lock', summary: '手动锁定' });
    }
    return this.status();
  }

  setPassword(oldPassword: string | undefined, newPassword: string): LockStatus {
    const stored = this.verifier;
    if (stored && (!oldPassword || !checkVerifier(oldPassword, stored))) {
      throw new AppError('UNAUTHORIZED', '原密码不正确，不能修改密码。', { oldPassword: '原密码不正确' });
    }
    const problem = passwordProblem(newPassword);
    if (problem) throw new AppError('VALIDATION', problem, { newPassword: problem });
    inTransaction(this.ctx, () => {
      settings.set(this.ctx.db, KEY.verifier, makeVerifier(newPassword, this.scrypt));
      audit(this.ctx, { action: 'lock.setPassword', summary: stored ? '修改应用锁密码' : '启用应用锁' });
    });
    this.unlocked = true;
    this.touch();
    return this.status();
  }

  disable(password: string): LockStatus {
    const stored = this.verifier;
    if (!stored) return this.status();
    if (!checkVerifier(password, stored)) throw new AppError('UNAUTHORIZED', '密码不正确，不能关闭应用锁。', { password: '密码不正确' });
    inTransaction(this.ctx, () => {
      settings.set(this.ctx.db, KEY.verifier, null);
      audit(this.ctx, { action: 'lock.disable', summary: '关闭应用锁' });
    });
    return this.status();
  }

  setIdleMinutes(minutes: number): LockStatus {
    inTransaction(this.ctx, () => {
      settings.set(this.ctx.db, KEY.idle, String(minutes));
      audit(this.ctx, { action: 'settings.update', summary: `自动锁定时间改为 ${minutes} 分钟` });
    });
    return this.status();
  }
}

/** Channels that work while locked: the lock itself and what the lock screen shows. */
export const OPEN_WHILE_LOCKED = new Set(['lock.status', 'lock.unlock', 'system.info']);
