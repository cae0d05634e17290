// The IPC envelope. Errors thrown across ipcMain.handle lose their fields, so every
// channel answers with a value or a structured error whose message a user can read.

export const ERROR_CODES = [
  'UNKNOWN_CHANNEL',
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'IN_USE',
  'READ_ONLY',
  'BAD_FILE',
  'DB_CORRUPT',
  'DB_NEWER',
  'DB_FOREIGN',
  'UNAUTHORIZED',
  'LOCKED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorShape {
  code: ErrorCode;
  /** Chinese, says what happened and what to do. */
  message: string;
  /** Field-level problems for forms, keyed by dotted path. */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** Thrown by core services; dispatch turns it into `{ok:false,error}`. */
export class AppError extends Error implements AppErrorShape {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
  toJSON(): AppErrorShape {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
