import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import { createBackup } from '../../../electron/core/backup';
import { journalPath } from '../../../electron/core/backup/journal';
import { verifyAuditChain } from '../../../electron/core/audit/log';
import { checkAttachmentFiles } from '../../../electron/core/ledger/files-check';
import { cli } from '../../cli/helpers';
import { runChild } from '../../helpers/child';
import { call, FIXED_NOW, tmpDir } from '../../helpers/tmp';
import { addAttachment, dataState, LOW_WORK, PASS, populatedCore } from './fixtures';

// A restore killed (SIGKILL, no cleanup of any kind) right before or right after each of its
// renames, in a second process running the CLI. Opening the file normally afterwards must find
// the database and the attachments both old or both new — never a mix — and nothing left over.

/** Rows of every table but the audit log (which a restore extends) and the files, read without opening for writing. */
function state(dataFile: string) {
  const db = new Database(dataFile, { readonly: true });
  try {
    const { rows, files } = dataState(db, path.dirname(dataFile));
    const { audit_log: _log, ...rest } = rows as Record<string, unknown>;
    return { rows: rest, files };
  } finally {
    db.close();
  }
}

/** A closed data folder (old state: changed after the backup) and its backup (new state). */
async function scenario() {
  const core = await populatedCore();
  const backup = path.join(tmpDir(), 'b.luoshi-backup');
  await createBackup(core.ctx, { outFile: backup, passphrase: PASS, scryptWorkFactor: LOW_WORK });
  const newState = state(core.ctx.dataFile);
  await call(core, 'members.create', { name: '赵六' });
  addAttachment(core.ctx, 1, '新附件.pdf', Buffer.from('备份之后才有的附件'));
  const { dataFile, dataDir } = core.ctx;
  core.close();
  const passFile = path.join(tmpDir(), 'pass.txt');
  fs.writeFileSync(passFile, PASS);
  return { dataFile, dataDir, backup, passFile, oldState: state(dataFile), newState };
}

/** Opens normally (the app's path) and returns what it found; checks nothing half-done remains. */
async function openAfterKill(dataFile: string) {
  const core = createCore({ dataFile, now: FIXED_NOW, operator: 'tester' });
  try {
    const attachments = await checkAttachmentFiles(core.ctx.db, core.ctx.dataDir);
    const audit = verifyAuditChain(core.ctx);
    const actions = core.ctx.db.prepare('SELECT action FROM audit_log ORDER BY id').pluck().all() as string[];
    return { notices: core.notices, attachments, audit, actions };
  } finally {
    core.close();
  }
}

const leftovers = (dir: string) => fs.readdirSync(dir).filter((n) => n.startsWith('.') || n.endsWith('-restore'));

describe('a restore killed at every rename', () => {
  const points = [1, 2, 3, 4].flatMap((n) => (['before', 'after'] as const).map((when) => [when, n] as const));

  it.each(points)('killed %s rename %i: the next open finds the backup\'s data whole, and the audit chain intact', async (when, n) => {
    const s = await scenario();
    const r = runChild(['restore-kill', s.dataFile, s.backup, s.passFile, when, String(n)]);
    expect(r.signal).toBe('SIGKILL'); // it really died there, with its journal written
    expect(fs.existsSync(journalPath(s.dataFile))).toBe(true);

    // `check` does not call a half-done restore "完好".
    const checked = await cli(['check', '--db', s.dataFile]);
    expect(checked.code).toBe(1);
    expect(checked.out).toMatch(/上次从备份恢复数据时被中断，尚未完成/);

    const opened = await openAfterKill(s.dataFile);
    expect(opened.notices.join()).toMatch(/上次从备份恢复数据时程序被中断.*已按记录完成恢复/);
    expect(state(s.dataFile)).toEqual(s.newState);
    expect(opened.attachments.problems).toEqual([]);
    expect(opened.audit.brokenAt).toBeNull();
    // The entries written after the backup were carried into the restored log, then the restore, then the repair at open.
    expect(opened.actions.slice(-5)).toEqual(['audit.carry', 'backup.create', 'member.create', 'backup.restore', 'data.repair']);
    expect(leftovers(s.dataDir)).toEqual([]);
    expect((await cli(['check', '--db', s.dataFile])).code).toBe(0);
  });

  it('killed after rename 2 with its staging folder gone: the next open undoes the renames and the old data is back whole', async () => {
    const s = await scenario();
    const r = runChild(['restore-kill', s.dataFile, s.backup, s.passFile, 'after', '2']);
    expect(r.signal).toBe('SIGKILL');
    for (const d of fs.readdirSync(s.dataDir).filter((x) => x.startsWith('.luoshi-restore-'))) fs.rmSync(path.join(s.dataDir, d), { recursive: true });

    const opened = await openAfterKill(s.dataFile);
    expect(opened.notices.join()).toMatch(/已撤销这次恢复：数据库与附件保持恢复前的原样/);
    expect(state(s.dataFile)).toEqual(s.oldState);
    expect(opened.attachments.problems).toEqual([]);
    expect(opened.audit.brokenAt).toBeNull();
    expect(leftovers(s.dataDir)).toEqual([]);
  });

  it('a restore that runs to the end leaves no journal and no staging, and audit verify passes', async () => {
    const s = await scenario();
    const r = runChild(['restore-kill', s.dataFile, s.backup, s.passFile, 'after', '99']);
    expect(r.stdout).toMatch(/已恢复/);
    expect(r.stdout).toMatch(/finished 0/);
    expect(state(s.dataFile)).toEqual(s.newState);
    expect(leftovers(s.dataDir)).toEqual([]);
    const v = await cli(['audit', 'verify', '--db', s.dataFile, '--json']);
    expect(v.code).toBe(0);
    expect(JSON.parse(v.out)).toMatchObject({ ok: true, brokenAt: null });
  });
});
