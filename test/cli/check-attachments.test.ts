import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileTree, populatedCore, shaFile } from '../core/backup/fixtures';
import { cli } from './helpers';

// `check` reads every attachment file a row points to: the database can be whole while the
// files beside it are missing or damaged (the reporter's half-done restore: 12 of 12 missing).

async function closedDataFolder() {
  const core = await populatedCore();
  const { dataFile, dataDir } = core.ctx;
  const names = core.ctx.db.prepare('SELECT name, sha256 FROM attachments ORDER BY id').all() as { name: string; sha256: string }[];
  core.close();
  const file = (sha: string) => path.join(dataDir, 'attachments', sha.slice(0, 2), sha);
  return { dataFile, dataDir, names, file };
}

describe('check and the attachment files', () => {
  it('passes when every attachment file is there with the right hash', async () => {
    const s = await closedDataFolder();
    const r = await cli(['check', '--db', s.dataFile, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ ok: true, integrity: 'ok', message: '数据文件完好（附件 3 个均完好）。', attachments: { files: 3, problems: [] }, restorePending: false });
  });

  it('names missing and damaged files in Chinese, exits 1, and changes nothing', async () => {
    const s = await closedDataFolder();
    const [study, talk] = s.names;
    fs.rmSync(s.file(study!.sha256));
    fs.writeFileSync(s.file(talk!.sha256), '被改过的内容');
    const before = { db: shaFile(s.dataFile), files: fileTree(path.join(s.dataDir, 'attachments')) };

    const text = await cli(['check', '--db', s.dataFile]);
    expect(text.code).toBe(1);
    expect(text.out).toBe(
      '数据库完好，但附件不完整：共 3 个附件文件，其中 2 个有问题：学习记录.pdf（文件缺失）；谈话.pdf（内容已损坏）。请从备份恢复，或找回这些文件放回数据文件夹的 attachments 中。',
    );
    const json = await cli(['check', '--db', s.dataFile, '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({
      ok: false,
      integrity: 'ok',
      attachments: {
        files: 3,
        problems: [
          { sha256: study!.sha256, names: ['学习记录.pdf'], problem: 'missing' },
          { sha256: talk!.sha256, names: ['谈话.pdf'], problem: 'damaged' },
        ],
      },
    });
    expect({ db: shaFile(s.dataFile), files: fileTree(path.join(s.dataDir, 'attachments')) }).toEqual(before);
  });
});
