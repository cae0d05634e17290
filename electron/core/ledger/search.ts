import { meetingDisplayName, type MeetingStatus } from '../../../shared/domain/meetings';
import { SEARCH_TYPES, SEARCH_TYPE_LABELS, type SearchGroup, type SearchHit, type SearchResult, type Snippet } from '../../../shared/ledger/types';
import type { CoreContext } from '../context';

// Search over records, meetings, topics and follow-ups (index: migration 002). Terms of 3+
// characters go through the FTS5 trigram index; 1–2 character terms (very common in Chinese:
// “党课”, “谈话”) cannot, so they are matched with LIKE over the same text. All terms must match.
//
// Measured at 200,000 records (scripts in the report): trigram queries take a few ms; a LIKE scan
// takes 0.3–0.5 s when it has to read the whole table (rare terms). Common 1–2 character terms
// would match most rows, so hits are taken newest first and capped at HIT_CAP: the scan stops
// early, and the counts then read “2000+”.
export const HIT_CAP = 2000;

/** Splits on spaces; repeated terms once. */
export const searchTerms = (q: string) => [...new Set(q.trim().split(/\s+/u).filter(Boolean))].slice(0, 8);

const ftsPhrase = (t: string) => `"${t.replaceAll('"', '""')}"`;
const likePattern = (t: string) => `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Each source row resolved to what a hit shows; deleted rows (and rows of deleted meetings) drop out here. */
const RESOLVE = `
  SELECT 0 AS type, r.id, r.title, r.date, NULL AS status, NULL AS year, NULL AS seq, NULL AS type_name, r.id AS target, h.key
    FROM hits h JOIN records r ON r.id = h.key >> 2 WHERE (h.key & 3) = 0 AND r.deleted_at IS NULL
  UNION ALL
  SELECT 1, m.id, m.title, m.date, m.status, m.year, m.seq, mt.name, m.id, h.key
    FROM hits h JOIN meetings m ON m.id = h.key >> 2 JOIN meeting_types mt ON mt.id = m.type_id
    WHERE (h.key & 3) = 1 AND m.deleted_at IS NULL
  UNION ALL
  SELECT 2, t.id, t.title, m.date, NULL, NULL, NULL, NULL, m.id, h.key
    FROM hits h JOIN meeting_topics t ON t.id = h.key >> 2 JOIN meetings m ON m.id = t.meeting_id
    WHERE (h.key & 3) = 2 AND m.deleted_at IS NULL
  UNION ALL
  SELECT 3, f.id, f.task, coalesce(f.due_date, m.date), NULL, NULL, NULL, NULL, m.id, h.key
    FROM hits h JOIN followups f ON f.id = h.key >> 2 JOIN meeting_topics t ON t.id = f.topic_id JOIN meetings m ON m.id = t.meeting_id
    WHERE (h.key & 3) = 3 AND m.deleted_at IS NULL`;

interface Row {
  type: number;
  id: number;
  title: string;
  date: string;
  status: MeetingStatus | null;
  year: number | null;
  seq: number | null;
  type_name: string | null;
  target: number;
  body: string;
  total: number;
  n_hits: number;
}

export function search(ctx: CoreContext, q: string, perType: number): SearchResult {
  const terms = searchTerms(q);
  const long = terms.filter((t) => [...t].length >= 3);
  const short = terms.filter((t) => [...t].length < 3);
  const params: Record<string, unknown> = { perType, cap: HIT_CAP };
  const likes = short.map((t, i) => ((params[`p${i}`] = likePattern(t)), `s.body LIKE @p${i} ESCAPE '\\'`));
  let hits: string;
  if (long.length) {
    params.match = long.map(ftsPhrase).join(' AND ');
    hits = `SELECT s.id AS key FROM search_fts f JOIN search_text s ON s.id = f.rowid WHERE search_fts MATCH @match${likes.map((l) => ` AND ${l}`).join('')} ORDER BY f.rowid DESC LIMIT @cap`;
  } else {
    hits = `SELECT s.id AS key FROM search_text s WHERE ${likes.join(' AND ')} ORDER BY s.id DESC LIMIT @cap`;
  }
  const rows = ctx.db
    .prepare(
      `WITH hits AS (${hits}), resolved AS (${RESOLVE}),
       ranked AS (SELECT *, count(*) OVER (PARTITION BY type) AS total,
                         row_number() OVER (PARTITION BY type ORDER BY date DESC, id DESC) AS rn FROM resolved)
       SELECT ranked.*, s.body, (SELECT count(*) FROM hits) AS n_hits FROM ranked JOIN search_text s ON s.id = ranked.key WHERE rn <= @perType ORDER BY type, rn`,
    )
    .all(params) as Row[];

  const groups: SearchGroup[] = [];
  for (const [i, type] of SEARCH_TYPES.entries()) {
    const mine = rows.filter((r) => r.type === i);
    if (!mine.length) continue;
    groups.push({
      type,
      label: SEARCH_TYPE_LABELS[type],
      total: mine[0]!.total,
      hits: mine.map(
        (r): SearchHit => ({
          type,
          id: r.id,
          title: type === 'meeting' ? r.title || meetingDisplayName({ year: r.year!, seq: r.seq!, typeName: r.type_name!, status: r.status! }) : r.title,
          date: r.date.slice(0, 10),
          target: { page: type === 'record' ? 'ledger' : 'meetings', id: r.target },
          snippet: snippet(r.body, terms),
        }),
      ),
    });
  }
  return { q, mode: short.length ? 'like' : 'fts', capped: (rows[0]?.n_hits ?? 0) >= HIT_CAP, groups };
}

/**
 * A window of the text around the first match, split into plain and matched parts
 * (case-insensitive like the search). The renderer shows the parts as text, so markup in
 * the data is never interpreted.
 */
export function snippet(body: string, terms: string[], radius = 40): Snippet {
  const text = body.replace(/\s+/gu, ' ').trim();
  const lower = text.toLowerCase();
  const needles = terms.map((t) => t.toLowerCase()).filter(Boolean);
  const first = Math.min(...needles.map((n) => lower.indexOf(n)).filter((i) => i >= 0), Number.MAX_SAFE_INTEGER);
  const center = first === Number.MAX_SAFE_INTEGER ? 0 : first;
  const start = Math.max(0, center - radius);
  const end = Math.min(text.length, center + radius * 2);
  const out: Snippet = [];
  const push = (s: string, hit: boolean) => {
    if (!s) return;
    const last = out[out.length - 1];
    if (last && last.hit === hit) last.text += s;
    else out.push({ text: s, hit });
  };
  if (start > 0) push('…', false);
  let i = start;
  while (i < end) {
    const at = needles.find((n) => lower.startsWith(n, i));
    if (at) {
      push(text.slice(i, i + at.length), true);
      i += at.length;
    } else {
      push(text[i]!, false);
      i++;
    }
  }
  if (end < text.length) push('…', false);
  return out;
}
