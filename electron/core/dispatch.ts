import type { z } from 'zod';
import { contract, type Channel, type OutputOf, type ParsedInputOf } from '../../shared/contract';
import { AppError, type AppErrorShape, type Result } from '../../shared/result';
import { validationError } from './validation';

export type Handlers = { [C in Channel]: (input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>> };

export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>;

const isChannel = (c: string): c is Channel => Object.prototype.hasOwnProperty.call(contract, c);

/**
 * The one entry point for every host (Electron IPC, the browser host, tests): validate the
 * input against the contract, call the handler, and always answer with the envelope.
 */
export function createDispatch(handlers: Handlers, onInternalError: (channel: string, e: unknown) => void = logError): Dispatch {
  return async (channel, rawInput) => {
    if (!isChannel(channel)) {
      return fail({ code: 'UNKNOWN_CHANNEL', message: `程序内部错误：未知的操作“${String(channel).slice(0, 60)}”。请升级到最新版本。` });
    }
    const parsed = (contract[channel].input as z.ZodType).safeParse(rawInput ?? {});
    if (!parsed.success) return fail(validationError(parsed.error));
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (e) {
      if (e instanceof AppError) return fail(e.toJSON());
      const sqlite = sqliteError(e);
      if (sqlite) return fail(sqlite);
      onInternalError(channel, e);
      return fail({ code: 'INTERNAL', message: '操作未完成，数据没有改动。请重试；如果仍然出错，请导出操作日志并联系管理员。' });
    }
  };
}

const fail = (error: AppErrorShape): Result<never> => ({ ok: false, error });

/** Constraint failures are user-facing conflicts, not crashes. */
function sqliteError(e: unknown): AppErrorShape | null {
  const code = (e as { code?: string })?.code ?? '';
  // Our triggers (year close, append-only logs) RAISE messages written for the user.
  if (code === 'SQLITE_CONSTRAINT_TRIGGER') return { code: 'READ_ONLY', message: (e as Error).message };
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    return { code: 'CONFLICT', message: '保存失败：与已有数据冲突（可能重复或仍被引用）。数据没有改动，请检查后重试。' };
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return { code: 'CONFLICT', message: '数据文件正被另一个程序使用，请关闭其他落实窗口后重试。' };
  }
  if (code === 'SQLITE_FULL') return { code: 'INTERNAL', message: '磁盘空间已满，数据没有改动。请清理磁盘后重试。' };
  if (code === 'SQLITE_READONLY') return { code: 'READ_ONLY', message: '数据文件是只读的，无法保存。请检查文件权限。' };
  return null;
}

function logError(channel: string, e: unknown): void {
  console.error(`[luoshi] ${channel} failed:`, e);
}
