import type { z } from 'zod';
import { AppError, type AppErrorShape } from '../../shared/result';

/** A zod failure as the envelope's error: one Chinese message, and each field's problem. */
export function validationError(error: z.ZodError): AppErrorShape {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= issue.code === 'unrecognized_keys' ? `不认识的字段：${issue.keys.join('、')}` : issue.message;
  }
  const first = Object.values(fields)[0] ?? '输入有误';
  const message = /^(Invalid|Required|Expected)/.test(first) ? '输入的内容不完整或格式不对，请检查后重试。' : `${first}。`;
  return { code: 'VALIDATION', message: message.replace(/。。$/, '。'), fields };
}

/** For rules a service checks on a merged row (a patch over the stored one), with the contract's messages. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const e = validationError(r.error);
  throw new AppError('VALIDATION', e.message, e.fields);
}
