import fs from 'node:fs';
import Database from 'better-sqlite3';
import { APPLICATION_ID, inspectReadOnly } from '../../db/open';
import { SCHEMA_VERSION } from '../../db/migrations';
import { defaultDataFile } from '../../paths';
import { AppError } from '../../../../shared/result';
import type { Command } from '../command';
import { EXIT, flagString, json } from '../io';

/** Read-only: never migrates or repairs, so it is safe on a file someone is worried about. */
export const check: Command = {
  path: ['check'],
  usage: 'check [--db PATH] [--json]',
  summary: '检查数据文件：完整性与数据格式版本（有问题时退出码非 0）',
  booleanFlags: ['json'],
  run: (args, io) => {
    const file = flagString(args, 'db') ?? defaultDataFile(io.env);
    const report = { file, ok: false, applicationId: 0, schemaVersion: 0, appSchemaVersion: SCHEMA_VERSION, integrity: '', message: '' };
    if (!fs.existsSync(file)) {
      report.message = `找不到数据文件 ${file}。`;
    } else {
      try {
        const facts = inspectReadOnly(file);
        const ro = new Database(file, { readonly: true });
        const rows = ro.pragma('integrity_check') as { integrity_check: string }[];
        ro.close();
        report.applicationId = facts.applicationId;
        report.schemaVersion = facts.userVersion;
        report.integrity = rows.map((r) => r.integrity_check).join('; ');
        report.ok = report.integrity === 'ok' && facts.applicationId === APPLICATION_ID;
        report.message = report.ok
          ? facts.userVersion < SCHEMA_VERSION
            ? `数据文件完好（数据格式第 ${facts.userVersion} 版，打开时将升级到第 ${SCHEMA_VERSION} 版）。`
            : '数据文件完好。'
          : `数据文件未通过完整性检查：${report.integrity}。请从备份恢复。`;
      } catch (e) {
        report.message = e instanceof AppError ? e.message : String(e);
      }
    }
    io.out(args.flags.json ? json(report) : report.message);
    return report.ok ? EXIT.ok : EXIT.problem;
  },
};
