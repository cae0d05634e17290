// How long a member list may be, for an .xlsx and a pasted list alike.
//
// A 党组 has 5 to 30 members, and the largest unit the demo generator models (LARGE_UNIT) has
// 500 people across its whole history. 1,000 rows is twice that: any real list fits, while a
// sheet of thousands is the wrong file (a staff or 党员 roster). Within it, preview and commit
// take a second or two on an office PC; above it the import is refused before it is read whole.

export const MEMBER_IMPORT_MAX_ROWS = 1000;

/** Characters a pasted list may have: 1,000 rows of the longest fields a clerk types. */
export const MEMBER_PASTE_MAX_CHARS = MEMBER_IMPORT_MAX_ROWS * 200;

/** `where`: "文件“名单.xlsx”", "“名单”工作表" or "粘贴的名单"; `found`: the rows counted, null when too many to count. */
export const tooManyMembersMessage = (where: string, found: number | null) =>
  `${where}${found === null ? `远超 ${MEMBER_IMPORT_MAX_ROWS} 行` : `有 ${found} 行`}，超过了成员名单一次最多 ${MEMBER_IMPORT_MAX_ROWS} 行的限制，未导入任何成员。党组成员一般只有几十人，请确认是否选错了文件（如全体职工或党员名册）；确需导入更多，请分成每份不超过 ${MEMBER_IMPORT_MAX_ROWS} 行的几份分别导入。`;
