// A member list pasted as text: copied from Excel/WPS (tab-separated) or typed one per line,
// "姓名 职务 党组职务 分管领域 所在支部" separated by spaces. A first line naming 姓名 is the header;
// without one, the columns are taken in that order.

export const PASTE_COLUMNS = ['姓名', '职务', '党组职务', '分管领域', '所在支部'] as const;

/** Rows as the import reads a sheet: the header first (row 0 when supplied here), then one row per non-empty line. */
export function pastedRows(text: string): { row: number; cells: string[] }[] {
  const lines = text.split(/\r?\n/).map((l, i) => ({ row: i + 1, line: l.trim() })).filter((l) => l.line !== '');
  const rows = lines.map(({ row, line }) => ({ row, cells: (line.includes('\t') ? line.split('\t') : line.split(/[ \u3000]+/)).map((c) => c.trim()) }));
  const hasHeader = rows[0]?.cells.some((c) => c.replace(/[\s\u3000]/g, '') === '姓名');
  return hasHeader ? rows : [{ row: 0, cells: [...PASTE_COLUMNS] }, ...rows];
}
