import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_LABELS, auditActionLabel } from '../../../shared/domain/audit-actions';

/** Every literal action code the core writes to the audit log. */
function actionCodesInCore(dir = path.resolve('electron/core')): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith('.ts')) continue;
    const src = fs.readFileSync(path.join(e.parentPath, e.name), 'utf8');
    for (const m of src.matchAll(/action: ([^,}]+)/g)) for (const c of m[1]!.matchAll(/'([a-z]+\.[a-zA-Z.-]+)'/g)) out.push(c[1]!);
  }
  return [...new Set(out)].sort();
}

describe('audit action labels', () => {
  it('gives every action the core writes a Chinese name', () => {
    const codes = actionCodesInCore();
    expect(codes.length).toBeGreaterThan(30);
    expect(codes.filter((c) => !AUDIT_ACTION_LABELS[c])).toEqual([]);
  });

  it('shows an unknown code as it is', () => {
    expect(auditActionLabel('meeting.create')).toBe('新建会议');
    expect(auditActionLabel('future.thing')).toBe('future.thing');
  });
});
