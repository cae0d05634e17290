import path from 'node:path';
import { AppError } from '../../../../shared/result';
import { BACKUP_EXTENSION } from '../../../../shared/contract/backup';
import { verifyAuditChain } from '../../audit/log';
import { createBackup, restoreBackup, verifyBackup, type Manifest } from '../../backup';
import { liveData } from '../../backup/service';
import type { Command } from '../command';
import { CliError, EXIT, flagString, json, type CliIO, type ParsedArgs } from '../io';
import { checkInputFile, readInputFile } from '../files';
import { withCore } from '../open';

/** `--passphrase-file F` (or `-` for standard input); one trailing newline is not part of it. */
async function passphrase(args: ParsedArgs, io: CliIO): Promise<string> {
  const f = flagString(args, 'passphrase-file');
  if (!f) throw new CliError('请用 --passphrase-file 指定口令文件（- 表示从标准输入读取）。口令不能写在命令行上，以免留在历史记录里。', EXIT.usage);
  // A passphrase file is a line of text; 64 KB is already absurd.
  const text = f === '-' ? await io.readStdin() : readInputFile(f, '口令文件', 64 * 1024).toString('utf8');
  const p = text.replace(/\r?\n$/, '');
  if (!p) throw new CliError('口令文件是空的。', EXIT.usage);
  return p;
}

/** Maps the backup module's errors to the documented exit codes. */
function exitFor(e: AppError): number {
  if (e.code === 'UNAUTHORIZED') return EXIT.wrongPassphrase;
  if (e.code === 'DB_NEWER' || e.code === 'DB_FOREIGN' || e.code === 'CONFLICT' || e.code === 'IN_USE') return EXIT.refused;
  if (e.code === 'VALIDATION') return EXIT.usage;
  return EXIT.damagedFile;
}

async function guarded(fn: () => Promise<number>): Promise<number> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof AppError) throw new CliError(e.message, exitFor(e));
    throw e;
  }
}

const summary = (m: Manifest, counts: Record<string, number>) => ({
  unitName: m.unitName,
  createdAt: m.createdAt,
  appVersion: m.appVersion,
  schemaVersion: m.schemaVersion,
  counts,
});

const positional = (args: ParsedArgs, what: string) => {
  const v = args.positionals[0];
  if (!v) throw new CliError(`请给出${what}。`, EXIT.usage);
  return path.resolve(v);
};

export const backupCreate: Command = {
  path: ['backup', 'create'],
  usage: 'backup create OUT --passphrase-file F [--db PATH] [--json]',
  summary: '生成加密备份（age 格式，口令加密），写完后读回校验',
  booleanFlags: ['json'],
  run: async (args, io) => {
    const out0 = positional(args, '备份文件位置');
    const out = out0.endsWith(BACKUP_EXTENSION) ? out0 : out0 + BACKUP_EXTENSION;
    const pass = await passphrase(args, io);
    return withCore(args, io, { access: 'write', action: '备份' }, (core) =>
      guarded(async () => {
        const r = await createBackup(core.ctx, { outFile: out, passphrase: pass });
        const s = { file: r.file, bytes: r.bytes, ...summary(r.manifest, r.manifest.rowCounts), warnings: r.warnings };
        io.out(args.flags.json ? json(s) : `备份已生成并校验通过：${r.file}（${(r.bytes / 1024 / 1024).toFixed(1)} MB）${r.warnings.map((w) => `\n注意：${w}`).join('')}`);
        return EXIT.ok;
      }),
    );
  },
};

export const backupVerify: Command = {
  path: ['backup', 'verify'],
  usage: 'backup verify FILE --passphrase-file F [--json]',
  summary: '校验备份（口令、完整性、清单、记录数），不改动任何数据',
  booleanFlags: ['json'],
  run: async (args, io) => {
    const file = positional(args, '备份文件');
    checkInputFile(file, '备份文件', Number.MAX_SAFE_INTEGER);
    const pass = await passphrase(args, io);
    return guarded(async () => {
      const r = await verifyBackup(file, pass);
      const s = { file, ok: true, ...summary(r.manifest, r.counts) };
      io.out(args.flags.json ? json(s) : `备份完好：${r.manifest.unitName}，${r.manifest.createdAt}，成员 ${r.counts.members ?? 0} 人`);
      return EXIT.ok;
    });
  },
};

export const backupRestore: Command = {
  path: ['backup', 'restore'],
  usage: 'backup restore FILE --passphrase-file F [--yes] [--db PATH] [--json]',
  summary: '从备份恢复（先完整校验；当前数据保存为恢复前快照）；不加 --yes 只显示将恢复的内容',
  booleanFlags: ['yes', 'json'],
  run: async (args, io) => {
    const file = positional(args, '备份文件');
    checkInputFile(file, '备份文件', Number.MAX_SAFE_INTEGER);
    const pass = await passphrase(args, io);
    return withCore(args, io, { access: 'write', action: '恢复' }, (opened) =>
      guarded(async () => {
        const r = await restoreBackup(opened.ctx, file, pass, {
          live: liveData(opened.ctx, opened.session),
          confirm: (s) => {
            if (!args.flags.yes) io.out(`将恢复：${s.manifest.unitName}，备份于 ${s.manifest.createdAt}，成员 ${s.counts.members ?? 0} 人。确认无误后加 --yes 执行。`);
            return !!args.flags.yes;
          },
        });
        if (r.status === 'cancelled') return EXIT.refused;
        io.out(args.flags.json ? json({ restored: true, preRestoreDir: r.preRestoreDir, ...summary(r.manifest, r.counts) }) : `已恢复。原有数据保存在 ${r.preRestoreDir}`);
        return EXIT.ok;
      }),
    );
  },
};

export const auditVerify: Command = {
  path: ['audit', 'verify'],
  usage: 'audit verify [--db PATH] [--json]',
  summary: '校验操作日志的哈希链；被改动时退出码为 1',
  booleanFlags: ['json'],
  run: (args, io) =>
    withCore(args, io, { access: 'read' }, (core) => {
      const r = verifyAuditChain(core.ctx);
      io.out(args.flags.json ? json({ ok: r.brokenAt === null, ...r }) : r.brokenAt === null ? `操作日志完整（${r.rows} 条）。` : `操作日志第 ${r.brokenAt} 条被改动过。`);
      return r.brokenAt === null ? EXIT.ok : EXIT.problem;
    }),
};
