import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID, inspectReadOnly, visitReadOnly } from '../../db/open';
import { CLI_PROGRAM } from '../open';
import { SCHEMA_VERSION } from '../../db/migrations';
import { defaultDataFile } from '../../paths';
import { AppError } from '../../../../shared/result';
import type { Command } from '../command';
import { readJournal } from '../../backup/journal';
import { strayWalPending } from '../../db/walguard';
import { checkAttachmentFiles, describeAttachmentProblems, type AttachmentProblem } from '../../ledger/files-check';
import { EXIT, flagString, json } from '../io';

/**
 * Read-only: never migrates or repairs, so it is safe on a file someone is worried about (and
 * alongside the running app). Checks the database (integrity_check, identity, version), every
 * attachment file against its hash, and whether a restore was interrupted.
 */
export const check: Command = {
  path: ['check'],
  usage: 'check [--db PATH] [--json]',
  summary: '检查数据文件：完整性、数据格式版本、每个附件文件（有问题时退出码非 0）',
  booleanFlags: ['json'],
  run: async (args, io) => {
    const file = flagString(args, 'db') ?? defaultDataFile(io.env);
    const report = {
      file,
      ok: false,
      applicationId: 0,
      schemaVersion: 0,
      appSchemaVersion: SCHEMA_VERSION,
      integrity: '',
      message: '',
      attachments: { files: 0, problems: [] as AttachmentProblem[] },
      restorePending: false,
      strayWal: false,
    };
    if (readJournal(file)) {
      report.restorePending = true;
      report.message = `上次从备份恢复数据时被中断，尚未完成。打开落实或运行任一其他命令时会按恢复记录自动完成或撤销；在此之前数据库与附件可能不一致。`;
    } else if (!fs.existsSync(file)) {
      report.message = `找不到数据文件 ${file}。`;
    } else if (strayWalPending(file)) {
      report.strayWal = true;
      report.message = `数据文件旁有一个不属于它的日志文件 ${path.basename(file)}-wal（可能是从其他电脑或其他数据文件复制来的），检查时没有读取它。下次打开落实时会把它改名保存、不会应用；数据文件本身可在那之后再检查。`;
    } else {
      try {
        await visitReadOnly(file, CLI_PROGRAM, async () => {
          const facts = inspectReadOnly(file);
          const ro = new Database(file, { readonly: true });
          try {
            const rows = ro.pragma('integrity_check') as { integrity_check: string }[];
            report.integrity = rows.map((r) => r.integrity_check).join('; ');
            if (report.integrity === 'ok') report.attachments = await checkAttachmentFiles(ro, path.dirname(file));
          } finally {
            ro.close();
          }
          report.applicationId = facts.applicationId;
          report.schemaVersion = facts.userVersion;
          const dbOk = report.integrity === 'ok' && facts.applicationId === APPLICATION_ID;
          report.ok = dbOk && report.attachments.problems.length === 0;
          report.message = !dbOk
            ? `数据文件未通过完整性检查：${report.integrity}。请从备份恢复。`
            : report.attachments.problems.length
              ? `数据库完好，但附件不完整：${describeAttachmentProblems(report.attachments)}请从备份恢复，或找回这些文件放回数据文件夹的 attachments 中。`
              : facts.userVersion < SCHEMA_VERSION
                ? `数据文件完好（数据格式第 ${facts.userVersion} 版，打开时将升级到第 ${SCHEMA_VERSION} 版；附件 ${report.attachments.files} 个均完好）。`
                : `数据文件完好（附件 ${report.attachments.files} 个均完好）。`;
        });
      } catch (e) {
        report.message = e instanceof AppError ? e.message : String(e);
      }
    }
    io.out(args.flags.json ? json(report) : report.message);
    return report.ok ? EXIT.ok : EXIT.problem;
  },
};
