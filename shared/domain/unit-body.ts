// Which Party body a unit is ("××县财政局党组", "××小学党支部"), so that the words a clerk reads name
// that body: a branch's duties fall on "支部整体" and "党支部书记", and its meetings are 支委会, not the
// 党组会议 of a 党组 it does not have. Codes stay the same; only the words change.

import { DUTY_KIND_LABELS, DUTY_SCOPE_LABELS, type DutyKind, type DutyScope } from './duties';

export const UNIT_BODIES = ['党组', '党委', '党工委', '党总支', '党支部'] as const;
export type UnitBody = (typeof UNIT_BODIES)[number];

// The body is the last one the name mentions: "××局机关党委" is a 党委, "××公司党委第一党支部" a branch.
// "党组织" is no body of its own; "(总)支部" and bare "支部" are read as the branch or general branch.
const BODY_RE = /党工委|党总支|总支部?|党支部|支部|党委|党组(?!织)/g;

/** The unit's body, by its full name; a name that names none is a 党组 (what Luoshi was built for). */
export function unitBodyOf(unitName: string): UnitBody {
  const found = [...unitName.matchAll(BODY_RE)].pop()?.[0];
  if (!found) return '党组';
  if (found.startsWith('总') || found === '党总支') return '党总支';
  if (found === '支部') return '党支部';
  return found as UnitBody;
}

const LABELS: Record<UnitBody, Record<DutyScope, string>> = {
  党组: DUTY_SCOPE_LABELS,
  党委: { group: '党委整体', 'each-member': '每位党委委员', secretary: '党委书记', 'each-member-except-secretary': '除书记外每位委员' },
  党工委: { group: '党工委整体', 'each-member': '每位党工委委员', secretary: '党工委书记', 'each-member-except-secretary': '除书记外每位委员' },
  党总支: { group: '总支整体', 'each-member': '每位总支委员', secretary: '党总支书记', 'each-member-except-secretary': '除书记外每位委员' },
  // A branch's own rules lay some duties on every member ("每名党员撰写心得", RULES §5): "每位成员" covers both.
  党支部: { group: '支部整体', 'each-member': '每位成员', secretary: '党支部书记', 'each-member-except-secretary': '除书记外每位成员' },
};

/** The scope words for a unit: "党组整体 / 每位党组成员 / 党组书记" for a 党组, "支部整体 / 每位成员 / 党支部书记" for a branch. */
export const scopeLabelsFor = (unitName: string): Record<DutyScope, string> => LABELS[unitBodyOf(unitName)];

// The kinds whose words name the body; the others (党课, 谈心谈话 …) read the same for every body.
const KIND_WORDS: Record<UnitBody, Partial<Record<DutyKind, string>>> = {
  党组: {},
  党委: { 'party-group-meeting': '党委会议', 'report-to-committee': '向上级报告' },
  党工委: { 'party-group-meeting': '党工委会议', 'report-to-committee': '向上级报告' },
  党总支: { 'party-group-meeting': '总支委员会', 'study-group': '集中学习', 'report-to-committee': '向上级报告' },
  党支部: { 'party-group-meeting': '支委会', 'study-group': '集中学习', 'report-to-committee': '向上级报告' },
};

/** The kind words for a unit: "党组会议 / 中心组学习 / 向县委报告" for a 党组, "支委会 / 集中学习 / 向上级报告" for a branch. */
export const kindLabelsFor = (unitName: string): Record<DutyKind, string> => ({ ...DUTY_KIND_LABELS, ...KIND_WORDS[unitBodyOf(unitName)] });

// What the members of the body are called, and their role in it: the 成员 page, its forms and the member files.
const MEMBER_WORDS: Record<UnitBody, { members: string; role: string }> = {
  党组: { members: '党组成员', role: '党组职务' },
  党委: { members: '党委委员', role: '党委职务' },
  党工委: { members: '党工委委员', role: '党工委职务' },
  党总支: { members: '总支委员', role: '总支职务' },
  党支部: { members: '支部成员', role: '支部职务' },
};

/** "党组成员 / 党组职务" for a 党组, "支部成员 / 支部职务" for a branch. */
export const memberWordsFor = (unitName: string): { members: string; role: string } => MEMBER_WORDS[unitBodyOf(unitName)];
