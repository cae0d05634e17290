import type { MemberImportPreview, MemberImportRow } from '../../../shared/contract/members';
import { memberFields } from '../../../shared/contract/members';
import type { PartyRole } from '../../../shared/domain/members';
import { AppError } from '../../../shared/result';
import type { CoreContext } from '../context';
import { readXlsxRows, type SheetRows } from '../files/xlsx-read';
import { pastedRows } from '../../../shared/members/paste';
import { MEMBER_IMPORT_MAX_ROWS, tooManyMembersMessage } from '../../../shared/members/import-limit';
import { memberRepo } from './repository';
import { createMembers } from './service';
import { takeSnapshot } from '../backup';

/** Column → accepted header spellings (offices name their columns differently). */
const COLUMNS = {
  name: ['姓名', '名字'],
  title: ['职务', '现任职务', '行政职务'],
  // A branch's or a 党委's list names the column by its own body.
  partyRole: ['党组职务', '党内职务', '党组内职务', '支部职务', '党支部职务', '党委职务', '总支职务', '党总支职务', '党工委职务'],
  portfolio: ['分管领域', '分管工作', '分管'],
  branch: ['所在支部', '支部', '所在党支部'],
} as const;
type Column = keyof typeof COLUMNS;

/**
 * The 党组职务 cell as offices write it ("党组书记", "副书记", "党组成员", "党委委员"); when the
 * cell is empty, or there is no such column, the 职务 text often says it ("县政府党组书记、县长").
 * null: a word we cannot read, reported on the row.
 */
function roleOf(partyRole: string, title: string): PartyRole | null {
  const t = norm(partyRole);
  if (t) return /副书记/.test(t) ? 'deputy' : /书记/.test(t) ? 'secretary' : /^(?:党[组委])?(?:成员|委员)$/.test(t) ? 'member' : null;
  return /党[组委]副书记/.test(title) ? 'deputy' : /党[组委]书记/.test(title) ? 'secretary' : 'member';
}

const norm = (s: string) => s.replace(/[\s\u3000:：*＊]/g, '');

const PASTED = '粘贴的名单';
const where = (sheetName: string) => (sheetName === PASTED ? PASTED : `“${sheetName}”工作表`);

/**
 * The sheet's rows, refused up front above the limit. The streaming count allows a few rows
 * above the header (a title, a date line); previewRows then holds the members to the limit exactly.
 */
const HEADER_ROOM = 10;
const sheetRows = (fileName: string, dataBase64: string) =>
  readXlsxRows(Buffer.from(dataBase64, 'base64'), fileName, { rows: MEMBER_IMPORT_MAX_ROWS + HEADER_ROOM, message: (found) => tooManyMembersMessage(`文件“${fileName}”`, found) });

export async function previewMemberImport(ctx: CoreContext, fileName: string, dataBase64: string): Promise<MemberImportPreview> {
  const { sheetName, rows } = await sheetRows(fileName, dataBase64);
  return previewRows(ctx, sheetName, rows);
}

/** A pasted list reads like a sheet named 粘贴的名单, its rows numbered by line. */
export const previewPastedMembers = (ctx: CoreContext, text: string) => previewRows(ctx, PASTED, pastedRows(text));

const isBlank = (r: SheetRows['rows'][number]) => r.cells.every((c) => c === '');

function previewRows(ctx: CoreContext, sheetName: string, rows: SheetRows['rows']): MemberImportPreview {
  const headerIndex = rows.slice(0, HEADER_ROOM).findIndex((r) => r.cells.some((c) => COLUMNS.name.includes(norm(c) as '姓名')));
  if (headerIndex < 0) {
    throw new AppError('BAD_FILE', `在${where(sheetName)}的前 ${HEADER_ROOM} 行中没有找到“姓名”列。请确认表头包含：姓名、职务、党组职务、分管领域、所在支部。`);
  }
  const header = rows[headerIndex]!.cells.map(norm);
  const colOf = {} as Record<Column, number>;
  const missingColumns: string[] = [];
  for (const [key, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    colOf[key] = header.findIndex((h) => names.includes(h));
    if (colOf[key] < 0) missingColumns.push(names[0]!);
  }

  const body = rows.slice(headerIndex + 1).filter((r) => !isBlank(r));
  // Checked before any row is: the rows read are few (see HEADER_ROOM), the checks per row are not.
  if (body.length > MEMBER_IMPORT_MAX_ROWS) throw new AppError('BAD_FILE', tooManyMembersMessage(where(sheetName), body.length));

  const current = memberRepo.all(ctx.db).filter((m) => m.termEnd === null);
  const inOffice = new Set(current.map((m) => m.name));
  const hasSecretary = current.some((m) => m.partyRole === 'secretary');
  const seen = new Map<string, number>();
  let secretaryRow: number | null = null;

  const out: MemberImportRow[] = [];
  for (const r of body) {
    const get = (c: Column) => (colOf[c] >= 0 ? (r.cells[colOf[c]] ?? '') : '');
    const values = { name: get('name'), title: get('title'), partyRole: get('partyRole'), portfolio: get('portfolio'), branch: get('branch') };
    if (Object.values(values).every((v) => v === '')) continue;
    const errors: string[] = [];
    const role = roleOf(values.partyRole, values.title);
    if (!role) errors.push(`党组职务“${values.partyRole}”无法识别，应为 书记、副书记 或 成员`);
    const parsed = memberFields.safeParse({ ...values, partyRole: role ?? 'member' });
    if (!parsed.success) errors.push(...parsed.error.issues.map((i) => i.message));
    if (values.name) {
      if (inOffice.has(values.name)) errors.push(`已有在任成员“${values.name}”`);
      const first = seen.get(values.name);
      if (first !== undefined) errors.push(`与第 ${first} 行姓名重复`);
      else seen.set(values.name, r.row);
    }
    if (role === 'secretary') {
      if (hasSecretary) errors.push('已有在任党组书记，不能再导入一位');
      else if (secretaryRow !== null) errors.push(`第 ${secretaryRow} 行已是党组书记`);
      else secretaryRow = r.row;
    }
    out.push({ row: r.row, values, errors });
  }
  if (out.length === 0) throw new AppError('BAD_FILE', `${where(sheetName)}在表头下面没有任何成员数据。`);
  const errorCount = out.filter((r) => r.errors.length > 0).length;
  return { sheetName, missingColumns, rows: out, validCount: out.length - errorCount, errorCount };
}

export async function commitMemberImport(ctx: CoreContext, fileName: string, dataBase64: string): Promise<{ created: number }> {
  return commitPreview(ctx, await previewMemberImport(ctx, fileName, dataBase64), '请在 Excel 中改正后重新导入');
}

export const commitPastedMembers = (ctx: CoreContext, text: string) => commitPreview(ctx, previewPastedMembers(ctx, text), '请改正粘贴的名单后重新预览');

/**
 * All or nothing: a list with any bad row imports no one, so the office never has half a list.
 * One transaction for the whole list (createMembers), each row checked again inside it.
 */
async function commitPreview(ctx: CoreContext, preview: MemberImportPreview, fix: string): Promise<{ created: number }> {
  if (preview.errorCount > 0) {
    throw new AppError('VALIDATION', `有 ${preview.errorCount} 行存在错误，未导入任何成员。${fix}。`);
  }
  await takeSnapshot(ctx, '导入成员名单前');
  const created = createMembers(
    ctx,
    preview.rows.map((r) => memberFields.parse({ ...r.values, partyRole: roleOf(r.values.partyRole, r.values.title) })),
  );
  return { created: created.length };
}
