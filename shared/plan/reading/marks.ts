// Strips what stands before a clause's own words: list marks and filler words.

// Words that may precede the subject of a clause: "坚持…", "党组要…", "原则上…"; a table cell's "| 1.1".
const FILLERS = /^(?:\|\s*|[⒈-⒛①-⑳]|\d{1,2}\.\d{1,2}(?![\d.月日天])|[一二三四五六七八九十]+是|[（(][0-9一二三四五六七八九十]{0,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、．.](?!\d)|坚持|要|应当?|须|必须|原则上|并且?|同时|其中|此外|另外|还要|切实|认真|严格|一般)+/;
/** A clause without its list marker ("(3)", "()", "四、"). */
export const stripMarks = (s: string): string => s.replace(/^\s*(?:\|\s*)*(?:\d{1,2}\.\d{1,2}(?![\d.月日天])|[⒈-⒛①-⑳]|[（(][0-9一二三四五六七八九十]{0,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、．.](?!\d))?\s*/, '');
export const stripFillers = (s: string): string => s.replace(FILLERS, '');
