import { z } from 'zod';
import { channel, id, patchOf, termDate, requiredText, text, uploadedFile } from './define';
import { LIMITS } from '../limits';
import { PARTY_ROLES, type Member } from '../domain/members';
import { MEMBER_PASTE_MAX_CHARS } from '../members/import-limit';

export const memberFields = z
  .object({
    name: requiredText('姓名', LIMITS.name),
    title: text('职务', LIMITS.shortText).default(''),
    partyRole: z.enum(PARTY_ROLES, { error: '党组职务只能是 书记、副书记 或 成员' }).default('member'),
    portfolio: text('分管领域', LIMITS.title).default(''),
    branch: text('所在支部', LIMITS.shortText).default(''),
    sortOrder: z.number({ error: '排序必须是数字' }).int({ error: '排序必须是整数' }).min(0).max(9999).optional(),
    termStart: termDate('任职开始日期').nullable().default(null),
    note: text('备注', LIMITS.longText).default(''),
  })
  .strict();
export type MemberInput = z.input<typeof memberFields>;

/** One row of an .xlsx member list as the preview shows it. */
export interface MemberImportRow {
  /** Row number in the sheet (1-based, as Excel shows it). */
  row: number;
  values: { name: string; title: string; partyRole: string; portfolio: string; branch: string };
  /** Chinese problems with this row; empty when the row can be imported. */
  errors: string[];
}

export interface MemberImportPreview {
  sheetName: string;
  /** Header names found, and the columns we could not find. */
  missingColumns: string[];
  rows: MemberImportRow[];
  validCount: number;
  errorCount: number;
}

/** A meeting the member attended as a member (not 列席). */
export interface AttendedMeeting {
  meetingId: number;
  /** As the meeting list names it: 2022年第2次党组会议. */
  name: string;
  date: string;
}

/** What a proposed term of office would leave outside it, and the dates that would cover it. */
export interface TermConflicts {
  /** Attended meetings before the proposed start, in date order; the latest start covering them (the first one's date). */
  beforeStart: AttendedMeeting[];
  latestStart: string | null;
  /** Attended meetings after the proposed end, in date order; the earliest end covering them (the last one's date). */
  afterEnd: AttendedMeeting[];
  earliestEnd: string | null;
}

/**
 * Bytes of an uploaded list: a sheet of MEMBER_IMPORT_MAX_ROWS rows is some 50 KB, but offices
 * paste photos and logos into their sheets. The row limit is what bounds the work.
 */
export const MEMBER_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

const pastedList = z.object({ text: requiredText('成员名单', MEMBER_PASTE_MAX_CHARS) }).strict();

export const membersChannels = {
  'members.list': channel<Member[]>()(z.object({ includeEnded: z.boolean().default(true) }).strict()),
  'members.get': channel<Member>()(z.object({ id: id('成员编号') }).strict()),
  'members.create': channel<Member>()(memberFields),
  'members.update': channel<Member>()(z.object({ id: id('成员编号'), patch: patchOf(memberFields) }).strict()),
  'members.endTerm': channel<Member>()(z.object({ id: id('成员编号'), termEnd: termDate('任职结束日期') }).strict()),
  /** Asked by the dialogs when a term change is refused as IN_USE: which meetings, and which date covers them. Writes nothing. */
  'members.termConflicts': channel<TermConflicts>()(
    z
      .object({
        id: id('成员编号'),
        /** The proposed dates; omitted: the member's current one. */
        termStart: termDate('任职开始日期').nullable().optional(),
        termEnd: termDate('任职结束日期').nullable().optional(),
      })
      .strict(),
  ),
  'members.reinstate': channel<Member>()(z.object({ id: id('成员编号') }).strict()),
  'members.reorder': channel<Member[]>()(z.object({ ids: z.array(id('成员编号')).min(1).max(200) }).strict()),
  'members.importPreview': channel<MemberImportPreview>()(uploadedFile(MEMBER_IMPORT_MAX_BYTES).strict()),
  'members.importCommit': channel<{ created: number }>()(uploadedFile(MEMBER_IMPORT_MAX_BYTES).strict()),
  /** The same preview and all-or-nothing import for a list pasted as text (shared/members/paste.ts). */
  'members.pastePreview': channel<MemberImportPreview>()(pastedList),
  'members.pasteCommit': channel<{ created: number }>()(pastedList),
  /** An empty .xlsx with the columns the import reads. */
  'members.importTemplate': channel<{ fileName: string; dataBase64: string }>()(z.object({}).strict()),
};
