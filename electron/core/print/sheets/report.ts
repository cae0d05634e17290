import { formatChineseDate } from '../../../../shared/dates/periods';
import type { Cell, Column, ReportDoc } from '../../reports/doc';
import { html, htmlDocument, LANDSCAPE_CSS, lines, type Safe } from '../html';

// Report tables carry more columns than meeting sheets: 12pt (小四) keeps a date on one line.
const REPORT_CSS = `table.grid { font-size: 12pt; } table.grid th, table.grid td { padding: 1mm 1.5mm; } table.grid td.c { white-space: nowrap; }`;

/** A cell as printed: dates Chinese style, numbers as they are, multi-line text kept. */
export function cellText(c: Cell, col: Column): string {
  if (c === null || c === '') return '';
  if (col.type === 'date' && typeof c === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(c)) return formatChineseDate(c);
  return String(c);
}

const table = (columns: Column[], rows: Cell[][]): Safe => {
  const total = columns.reduce((n, c) => n + c.width, 0);
  return html`<table class="grid"><colgroup>${columns.map((c) => html`<col style="width:${((c.width / total) * 100).toFixed(1)}%">`)}</colgroup>
<thead><tr>${columns.map((c) => html`<th>${c.header}</th>`)}</tr></thead>
<tbody>${rows.map(
    (r) => html`<tr>${columns.map((c, i) => html`<td${c.type === 'number' || c.type === 'date' ? html` class="c"` : ''}>${lines(cellText(r[i] ?? null, c))}</td>`)}</tr>`,
  )}</tbody></table>`;
};

/** Any report (台账, 季度进展, 成员档案…) as one A4 document, in the print sheets' style. */
export function reportSheet(doc: ReportDoc): { html: string; title: string } {
  const body = html`
<h1>${doc.title}</h1>
<div class="subtitle">${doc.subtitle}</div>
${doc.sections.map(
  (s) => html`<h2>${s.title}</h2>
${(s.paragraphs ?? []).map((p) => html`<p>${p}</p>`)}
${s.columns && s.rows ? (s.rows.length ? table(s.columns, s.rows) : html`<p>无。</p>`) : ''}`,
)}
${doc.notes.length ? html`<div class="note">${doc.notes.map((n) => html`<div>${n}</div>`)}</div>` : ''}
<div class="sign">${doc.unitName}<br>${formatChineseDate(doc.asOf)}</div>
`;
  return { html: htmlDocument(doc.title, body, REPORT_CSS + (doc.landscape ? LANDSCAPE_CSS : '')), title: doc.title };
}
