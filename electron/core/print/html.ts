// A tiny HTML builder for printed sheets. Every interpolated value is escaped by `html`
// unless it is itself the result of `html` (Safe): user text can never become markup.

export class Safe {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

type Part = Safe | string | number | null | undefined | false | readonly Part[];

const render = (p: Part): string => {
  if (p === null || p === undefined || p === false) return '';
  if (p instanceof Safe) return p.value;
  if (Array.isArray(p)) return p.map(render).join('');
  return escapeHtml(String(p));
};

export function html(strings: TemplateStringsArray, ...values: Part[]): Safe {
  return new Safe(strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i]!) : ''), ''));
}

/** Multi-line user text as paragraphs-with-breaks, escaped. */
export const lines = (text: string): Safe => new Safe(text.split(/\r?\n/).map(escapeHtml).join('<br>'));

// Chinese office conventions: A4, 仿宋 body, 小标宋 (黑体 as fallback) titles; fonts that exist
// on Windows, UOS/Kylin and Debian (Noto CJK).
const BODY_FONT = '"FangSong", "仿宋", "FangSong_GB2312", "仿宋_GB2312", "STFangsong", "Noto Serif CJK SC", serif';
const TITLE_FONT = '"FZXiaoBiaoSong-B05S", "方正小标宋简体", "SimHei", "黑体", "Noto Sans CJK SC", sans-serif';
const HEAD_FONT = '"SimHei", "黑体", "Noto Sans CJK SC", sans-serif';

const CSS = `
@page { size: A4; margin: 25mm 20mm; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: #fff; color: #000; }
body { font-family: ${BODY_FONT}; font-size: 16pt; line-height: 1.6; }
h1 { font-family: ${TITLE_FONT}; font-size: 22pt; font-weight: normal; text-align: center; margin: 0 0 6mm; line-height: 1.4; letter-spacing: 0.05em; }
h2 { font-family: ${HEAD_FONT}; font-size: 16pt; font-weight: normal; margin: 4mm 0 2mm; }
p { margin: 0; text-indent: 2em; }
p.flush { text-indent: 0; }
.subtitle { text-align: center; font-size: 16pt; margin: -3mm 0 4mm; }
.meta { width: 100%; border-collapse: collapse; font-size: 14pt; margin-bottom: 3mm; }
.meta td { border: none; padding: 1mm 0; vertical-align: top; }
.meta td.k { width: 5em; white-space: nowrap; }
table.grid { width: 100%; border-collapse: collapse; font-size: 14pt; }
table.grid th, table.grid td { border: 1px solid #000; padding: 1.5mm 2mm; vertical-align: middle; }
table.grid th { font-family: ${HEAD_FONT}; font-weight: normal; text-align: center; white-space: nowrap; }
table.grid td.c { text-align: center; }
table.grid tr { page-break-inside: avoid; break-inside: avoid; }
thead { display: table-header-group; }
tfoot { display: table-footer-group; }
.sign { margin-top: 12mm; text-align: right; padding-right: 2em; }
.note { font-size: 12pt; margin-top: 3mm; }
.record td.k { width: 6em; text-align: center; font-family: ${HEAD_FONT}; }
.pre { white-space: pre-wrap; }
`;

/** Landscape A4 for wide report tables; smaller table text so nine columns fit. */
export const LANDSCAPE_CSS = `@page { size: A4 landscape; margin: 20mm 20mm; } table.grid { font-size: 11pt; } table.grid th, table.grid td { padding: 1mm 1.5mm; }`;

/** A complete, self-contained HTML document: no scripts, no external resources. */
export function htmlDocument(title: string, body: Safe, extraCss = ''): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${CSS}${extraCss}</style>
</head>
<body>
${body.value}
</body>
</html>
`;
}
