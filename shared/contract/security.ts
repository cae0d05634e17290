import { z } from 'zod';
import { channel, isoDate, text } from './define';

export interface LockStatus {
  /** A lock password is set. */
  enabled: boolean;
  /** This session must unlock before doing anything else. */
  locked: boolean;
  /** ISO time until which unlocking is refused after 5 wrong attempts, else null. */
  blockedUntil: string | null;
  failedAttempts: number;
  idleMinutes: number;
}

export interface AuditRow {
  id: number;
  at: string;
  operator: string;
  action: string;
  objectType: string;
  objectId: string;
  summary: string;
  result: string;
}

const password = (label: string) => z.string({ error: `请填写${label}` }).max(128, { error: `${label}不能超过128个字符` });

export const securityChannels = {
  'lock.status': channel<LockStatus>()(z.object({}).strict()),
  'lock.unlock': channel<LockStatus>()(z.object({ password: password('密码') }).strict()),
  'lock.lock': channel<LockStatus>()(z.object({}).strict()),
  'lock.setPassword': channel<LockStatus>()(z.object({ oldPassword: password('原密码').optional(), newPassword: password('新密码') }).strict()),
  'lock.disable': channel<LockStatus>()(z.object({ password: password('密码') }).strict()),
  'lock.setIdleMinutes': channel<LockStatus>()(
    z.object({ minutes: z.number({ error: '请填写分钟数' }).int().min(1, { error: '自动锁定时间至少 1 分钟' }).max(240, { error: '自动锁定时间不能超过 240 分钟' }) }).strict(),
  ),
  'audit.list': channel<{ rows: AuditRow[]; total: number }>()(
    z
      .object({
        from: isoDate('开始日期').optional(),
        to: isoDate('结束日期').optional(),
        action: text('操作类型', 60).optional(),
        text: text('关键字', 60).optional(),
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(10).max(500).default(50),
      })
      .strict(),
  ),
  'audit.verify': channel<{ rows: number; brokenAt: number | null }>()(z.object({}).strict()),
  'audit.export': channel<{ file: string; rows: number; downloadId?: string }>()(
    z
      .object({
        outFile: text('保存位置', 1000).min(1, { error: '请填写保存位置' }).optional(),
        from: isoDate('开始日期').optional(),
        to: isoDate('结束日期').optional(),
        text: text('关键字', 60).optional(),
      })
      .strict(),
  ),
};
