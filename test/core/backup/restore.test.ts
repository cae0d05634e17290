import fs from 'node:fs';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { createBackup, listSnapshots, restoreBackup, RESTORE_STEPS, type LiveData } from '../../../electron/core/backup';
import { verifyAuditChain } from '../../../electron/core/audit/log';
import { call, tmpDir } from '../../helpers/tmp';
import { addAttachment, dataState, fileTree, LOW_WORK, PASS, populatedCore, reopenCore, shaFile } from './fixtures';

const reopened: Core[] = [];
afterEach(() => {
  for (const c of reopened.splice(0)) {
    try {
      c.close();
    } catch {
      /* closed by the test */
    }
  }
});

/** The app side of a restore: close the core, reopen the same file. Records what the files looked like at each moment. */
function liveFor(core: Core) {
  const log = { closedDb: '', reopenedDb: [] as string[], current: core };
  const live: LiveData = {
    close: () => {
      log.current.close();
      log.closedDb = shaFile(core.ctx.dataFile);
    },
    reopen: () => {
      log.reopenedDb.push(shaFile(core.ctx.dataFile));
      log.current = reopenCore(core.ctx.dataFile, reopened);
      return log.current.ctx;
    },
  };
  return { live, log };
}

/** Backs up a populated core, then changes it: edits, deletes, a new attachment, a removed one. */
async function backedUpThenChanged() {
  const core = await populatedCore();
  const before = dataState(core.ctx.db, core.ctx.dataDir);
  const file = path.join(tmpDir(), 'b.age');
  await createBackup(core.ctx, { outFile: file, passphrase: PASS, scryptWorkFactor: LOW_WORK });

  await call(core, 'members.create', { name: '赵六' });
  core.ctx.db.prepare("UPDATE records SET title = '改过的标题' WHERE id = 1").run();
  core.ctx.db.prepare('DELETE FROM records WHERE id = 2').run();
  addAttachment(core.ctx, 1, '新附件.pdf', Buffer.from('new'));
  const [first] = Object.keys(before.files);
  fs.rmSync(path.join(core.ctx.dataDir, 'attachments', first!));
  return { core, before, file };
}

describe('restoreBackup', () => {
  it('brings back every row and every file exactly, keeping the replaced data as a pre-restore snapshot', async () => {
    const { core, before, file } = await backedUpThenChanged();
    const changed = dataState(core.ctx.db, core.ctx.dataDir);
    const { live, log } = liveFor(core);
    const seen: string[] = [];

    const r = await restoreBackup(core.ctx, file, PASS, {
      live,
      confirm: (s) => {
        seen.push(`${s.manifest.unitName}:${s.counts.members}`);
        return true;
      },
    });

    expect(seen).toEqual(['某某县人民政府党组:3']);
    expect(r.status).toBe('restored');
    if (r.status !== 'restored') return;
    const now = log.current.ctx;
    const after = dataState(now.db, now.dataDir);
    // Every row is back; the audit log continues the backed-up chain with the restore.
    const { audit_log: auditAfter, ...restAfter } = after.rows as Record<string, { action?: string }[]>;
    const { audit_log: auditBefore, ...restBefore } = before.rows as Record<string, { action?: string }[]>;
    expect(restAfter).toEqual(restBefore);
    expect(auditAfter!.slice(0, auditBefore!.length)).toEqual(auditBefore);
    // …then what was logged after the backup (carried over from the replaced data, after a marker), then the restore.
    expect(auditAfter!.slice(auditBefore!.length).map((a) => a.action)).toEqual(['audit.carry', 'backup.create', 'member.create', 'backup.restore']);
    expect(verifyAuditChain(now).brokenAt).toBeNull();
    expect(after.files).toEqual(before.files);
    // The audit export (newest first) shows the carried entries with their original operator, after the marker.
    const xlsx = path.join(tmpDir(), '日志.xlsx');
    await call(log.current, 'audit.export', { outFile: xlsx });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const lines = wb.worksheets[0]!.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1).join('|') : ''));
    const marker = lines.findIndex((l) => /audit\.carry\|.*以下 2 条操作日志记于所恢复的备份之后，恢复时从被替换的数据转入/.test(l));
    expect(marker).toBeGreaterThan(0);
    expect(lines[marker - 1]).toMatch(/\|tester\|backup\.create\|/);
    expect(lines[marker - 2]).toMatch(/\|tester\|member\.create\|/);
    expect(lines[marker - 3]).toMatch(/\|backup\.restore\|.*备份之后的 2 条操作日志已转入/);

    // The replaced data is kept, whole, in snapshots/pre-restore-<stamp>/.
    expect(path.basename(r.preRestoreDir)).toBe('pre-restore-20220615-080000');
    expect(fileTree(path.join(r.preRestoreDir, 'attachments'))).toEqual(changed.files);
    expect(shaFile(path.join(r.preRestoreDir, 'luoshi.db'))).toBe(log.closedDb);
    expect(listSnapshots(core.ctx.dataDir).map((s) => s.kind)).toEqual(['pre-restore']);
    // No staging folder or temp file is left in the data folder.
    expect(fs.readdirSync(core.ctx.dataDir).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(log.reopenedDb).toHaveLength(1);
  });

  it('leaves everything as it was, and the database open, when the user cancels', async () => {
    const { core, file } = await backedUpThenChanged();
    const changed = dataState(core.ctx.db, core.ctx.dataDir);
    const { live, log } = liveFor(core);
    const r = await restoreBackup(core.ctx, file, PASS, { live, confirm: () => false });
    expect(r).toEqual({ status: 'cancelled' });
    expect(log.closedDb).toBe('');
    expect(dataState(core.ctx.db, core.ctx.dataDir)).toEqual(changed);
    expect(fs.readdirSync(core.ctx.dataDir).filter((n) => n.startsWith('.') || n === 'snapshots')).toEqual([]);
  });

  it.each(RESTORE_STEPS)('rolls back completely when the step "%s" fails', async (step) => {
    const { core, file } = await backedUpThenChanged();
    const changed = dataState(core.ctx.db, core.ctx.dataDir);
    const listing = fs.readdirSync(core.ctx.dataDir).sort();
    const { live, log } = liveFor(core);

    await expect(restoreBackup(core.ctx, file, PASS, { live, faultAt: step })).rejects.toThrow(new RegExp(`测试注入的故障（${step}）`));

    if (step === 'unpack') {
      expect(log.closedDb).toBe(''); // failed before the database was closed: still the same open core
    } else {
      // The old file was back, byte for byte, before the app opened it again.
      expect(log.reopenedDb.at(-1)).toBe(log.closedDb);
    }
    const now = log.current.ctx;
    expect(dataState(now.db, now.dataDir)).toEqual(changed);
    expect(fs.readdirSync(core.ctx.dataDir).sort()).toEqual(listing);
  });

  it('folds a leftover -wal of the old database (as a crash leaves it) into the file first: kept whole in the pre-restore copy, or back in place on failure', async () => {
    const { core, file } = await backedUpThenChanged();
    // Copy the open database with its -wal (uncheckpointed changes) into a fresh folder.
    const dir = tmpDir();
    const dataFile = path.join(dir, 'luoshi.db');
    const copyPair = () => {
      for (const ext of ['-wal', '-shm']) fs.rmSync(dataFile + ext, { force: true });
      for (const ext of ['', '-wal']) fs.copyFileSync(core.ctx.dataFile + ext, dataFile + ext);
    };
    expect(fs.statSync(core.ctx.dataFile + '-wal').size).toBeGreaterThan(0);
    copyPair();
    fs.cpSync(path.join(core.ctx.dataDir, 'attachments'), path.join(dir, 'attachments'), { recursive: true });
    const target = { dataFile, dataDir: dir, now: core.ctx.now };
    const walAtReopen: boolean[] = [];
    const members = (c: Core) => c.ctx.db.prepare('SELECT name FROM members ORDER BY id').pluck().all();
    const live: LiveData = {
      close: () => undefined, // nothing was open: the app crashed
      reopen: () => {
        walAtReopen.push(fs.existsSync(dataFile + '-wal'));
        return reopenCore(dataFile, reopened).ctx;
      },
    };

    await expect(restoreBackup(target, file, PASS, { live, faultAt: 'swap-attachments' })).rejects.toThrow(/测试注入的故障/);
    // Back in place, one self-contained file that still holds the WAL's changes (赵六).
    expect(walAtReopen).toEqual([false]);
    expect(members(reopened.at(-1)!)).toContain('赵六');
    reopened.pop()!.close();
    copyPair();

    const r = await restoreBackup(target, file, PASS, { live });
    expect(r.status).toBe('restored');
    if (r.status !== 'restored') return;
    // The new database did not inherit the stale WAL: it holds the backed-up members only.
    expect(members(reopened.at(-1)!)).toEqual(['张建国', '李明', '王芳']);
    // The pre-restore copy is one file, which opens to the latest old data (赵六 included).
    expect(fs.readdirSync(r.preRestoreDir).sort()).toEqual(['attachments', 'luoshi.db']);
    const old = reopenCore(path.join(r.preRestoreDir, 'luoshi.db'), reopened);
    expect(members(old)).toContain('赵六');
  });

  it('restores into a data folder that has no attachments yet, and removes attachments absent from the backup', async () => {
    const { core, file } = await backedUpThenChanged();
    fs.rmSync(path.join(core.ctx.dataDir, 'attachments'), { recursive: true });
    const { live, log } = liveFor(core);
    const r = await restoreBackup(core.ctx, file, PASS, { live });
    expect(r.status).toBe('restored');
    expect(Object.keys(fileTree(path.join(log.current.ctx.dataDir, 'attachments')))).toHaveLength(3);
  });
});
