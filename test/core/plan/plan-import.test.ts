import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { PlanPreview } from '../../../shared/contract/plan';
import type { PlanView } from '../../../shared/domain/plan';
import { call, tmpCore } from '../../helpers/tmp';

const fixture = (name: string) => fs.readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)));
const sample = fixture('party-group-plan-2022.txt');
const upload = (fileName: string, bytes: Buffer | Uint8Array) => ({ fileName, dataBase64: Buffer.from(bytes).toString('base64') });

async function importSample(core: ReturnType<typeof tmpCore>, year = 2022, replace = false) {
  const p = await call<PlanPreview>(core, 'plan.parse', upload('工作要点.txt', sample));
  return call<PlanView>(core, 'plan.save', { year, sourceName: p.sourceName, plan: p.plan, duties: p.duties, replace });
}

const counts = (core: ReturnType<typeof tmpCore>) =>
  core.ctx.db.prepare('SELECT (SELECT count(*) FROM plans) p, (SELECT count(*) FROM plan_items) i, (SELECT count(*) FROM duties) d').get();

describe('plan import through the core', () => {
  it('parses the sample: 5 sections, 15 items, the year, and proposed duties; nothing saved', async () => {
    const core = tmpCore();
    const p = await call<PlanPreview>(core, 'plan.parse', upload('sample.txt', sample));
    expect(p.plan.sections).toHaveLength(5);
    expect(p.plan.sections.flatMap((s) => s.items)).toHaveLength(15);
    expect(p.plan.sections[0]!.items[0]!.title).toBe('严守政治纪律规矩');
    expect(p.inferredYear).toBe(2022);
    expect(p.encoding).toBe('utf-8');
    expect(p.duties.length).toBeGreaterThanOrEqual(11);
    expect(counts(core)).toEqual({ p: 0, i: 0, d: 0 });
  });

  it('reads GB18030 text, a .docx and pasted text alike', async () => {
    const core = tmpCore();
    const gb = await call<PlanPreview>(core, 'plan.parse', upload('gbk.txt', fixture('plan-gb18030.txt')));
    expect(gb.encoding).toBe('gb18030');
    expect(gb.plan.sections.flatMap((s) => s.items).length).toBeGreaterThan(0);

    const lines = sample.toString('utf8').split('\n').filter((l) => l.trim());
    const doc = new Document({ sections: [{ children: [new Paragraph('县政府党组2022年工作要点'), ...lines.map((l) => new Paragraph(l))] }] });
    const docx = await call<PlanPreview>(core, 'plan.parse', upload('要点.docx', await Packer.toBuffer(doc)));
    expect(docx.encoding).toBe('docx');
    expect(docx.plan.title).toBe('县政府党组2022年工作要点');
    expect(docx.plan.sections.flatMap((s) => s.items)).toHaveLength(15);

    const pasted = await call<PlanPreview>(core, 'plan.parse', { text: sample.toString('utf8') });
    expect(pasted.duties).toEqual(docx.duties);
  });

  it('saves with confirmed duties, refuses a silent second import, and replaces only on request', async () => {
    const core = tmpCore();
    const first = await importSample(core);
    expect(first.title).toBe('2022年工作要点');
    expect(first.duties.find((d) => d.kind === 'party-group-meeting')?.item).toBe('1');
    const item1 = first.sections[0]!.items[0]!;
    await call(core, 'members.create', { name: '张建国', partyRole: 'secretary' });
    await call(core, 'plan.updateItem', { itemId: item1.id, leadMemberId: 1, responsibleUnits: '县政府办公室' });

    const p = await call<PlanPreview>(core, 'plan.parse', upload('again.txt', sample));
    const again = await core.dispatch('plan.save', { year: 2022, plan: p.plan, duties: [], replace: false });
    expect(again.ok).toBe(false);
    expect(!again.ok && again.error.code).toBe('CONFLICT');
    expect(!again.ok && again.error.message).toContain('2022年已有工作要点');
    expect(counts(core)).toMatchObject({ p: 1 });

    const replaced = await importSample(core, 2022, true);
    expect(replaced.id).not.toBe(first.id);
    expect(await call<number[]>(core, 'plan.years', {})).toEqual([2022]);
    // the hand-entered lead and units of an unchanged item survive the re-import
    expect(replaced.sections[0]!.items[0]).toMatchObject({ leadMemberId: 1, responsibleUnits: '县政府办公室' });
    expect(replaced.duties).toHaveLength(first.duties.length);
  });

  it('starts a year from last year\'s plan', async () => {
    const core = tmpCore();
    await importSample(core, 2022);
    const copy = await call<PlanView>(core, 'plan.copyFromYear', { fromYear: 2022, toYear: 2023 });
    expect(copy.year).toBe(2023);
    expect(copy.title).toBe('2023年工作要点');
    expect(copy.sections.flatMap((s) => s.items)).toHaveLength(15);
    expect(copy.duties.map((d) => [d.item, d.kind])).toEqual((await call<PlanView>(core, 'plan.get', { year: 2022 })).duties.map((d) => [d.item, d.kind]));
  });

  it('edits, adds and deletes duties by hand, with clear messages for a wrong item', async () => {
    const core = tmpCore();
    const plan = await importSample(core);
    const d = plan.duties[0]!;
    const updated = await call<PlanView['duties'][number]>(core, 'duties.update', { id: d.id, duty: { ...d, id: undefined, itemId: undefined, sort: undefined, minCount: 2 } as never }).catch(() => null);
    // the contract is strict: only duty fields are accepted
    expect(updated).toBeNull();
    const { id: _i, itemId: _t, sort: _s, ...fields } = d;
    expect((await call<{ minCount: number }>(core, 'duties.update', { id: d.id, duty: { ...fields, minCount: 2 } })).minCount).toBe(2);
    const added = await call<{ id: number; item: string }>(core, 'duties.create', { year: 2022, duty: { ...fields, item: '9', kind: 'talk', title: '每季度开展谈心谈话', frequency: 'quarter' } });
    expect(added.item).toBe('9');
    const bad = await core.dispatch('duties.create', { year: 2022, duty: { ...fields, item: '99' } });
    expect(!bad.ok && bad.error.message).toContain('没有第 99 条');
    await call(core, 'duties.delete', { id: added.id });
    expect((await call<PlanView>(core, 'plan.get', { year: 2022 })).duties).toHaveLength(plan.duties.length);
    const audit = core.ctx.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'duty.%' OR action LIKE 'plan.%'").all();
    expect(audit.map((a) => (a as { action: string }).action)).toEqual(['plan.create', 'duty.update', 'duty.create', 'duty.delete']);
  });
});

describe('bad input: a clear Chinese message and the existing plan untouched', () => {
  const zipOf = async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表1').addRow(['不是 Word']);
    return Buffer.from(await wb.xlsx.writeBuffer());
  };
  const cases: [string, () => Promise<{ fileName: string; dataBase64: string } | { text: string }>, RegExp][] = [
    ['an empty file', async () => upload('空.txt', Buffer.alloc(0)), /空的/],
    ['a binary file named .txt', async () => upload('图片.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3, 0, 255, 254])), /实际上是图片（PNG）/],
    ['a 20 MB file', async () => upload('大.txt', Buffer.alloc(20 * 1024 * 1024, 0x41)), /文件太大/],
    ['a document with no numbering', async () => upload('无编号.txt', Buffer.from('今年要加强学习。\n要抓好落实，注重实效。\n', 'utf8')), /没有识别出任何编号/],
    ['a .docx that is really a zip of something else', async () => upload('要点.docx', await zipOf()), /实际上是 Excel 表格/],
    ['a .docx that is not even a zip', async () => upload('要点.docx', Buffer.from('hello')), /不是有效的 Word/],
    ['a broken .doc', async () => upload('要点.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2])), /已损坏/],
    ['an unsupported extension', async () => upload('要点.key', Buffer.from('%PDF-1.4')), /不支持/],
    ['empty pasted text', async () => ({ text: '   ' }), /没有任何内容/],
  ];
  for (const [name, make, message] of cases) {
    it(name, async () => {
      const core = tmpCore();
      await importSample(core);
      const before = counts(core);
      const r = await core.dispatch('plan.parse', await make());
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error.message).toMatch(message);
      expect(!r.ok && /[\u4e00-\u9fff]/.test(r.error.message)).toBe(true);
      expect(counts(core)).toEqual(before);
    });
  }

  it('refuses to save a plan without items or with a duty on a missing item', async () => {
    const core = tmpCore();
    const plan = await importSample(core);
    const empty = await core.dispatch('plan.save', { year: 2023, plan: { title: 'x', preamble: '', sections: [{ no: '一', title: 'x', items: [] }] }, duties: [] });
    expect(!empty.ok && empty.error.message).toContain('没有任何条目');
    const p = await call<PlanPreview>(core, 'plan.parse', upload('a.txt', sample));
    const stray = await core.dispatch('plan.save', { year: 2022, plan: p.plan, duties: [{ ...p.duties[0]!, item: '77' }], replace: true });
    expect(!stray.ok && stray.error.message).toContain('第 77 条');
    expect((await call<PlanView>(core, 'plan.get', { year: 2022 })).id).toBe(plan.id);
  });
});
