// Finds a clause's subject and from it whom a duty falls on (its scope).

import type { DutyKind, DutyScope } from '../../domain/duties';
import { stripFillers } from './marks';
import type { Clause } from './clauses';

/** "每年年初，局人事处要…": a time before the subject (titles keep it). */
const TIME_LEAD = /^(?:每(?:年|学年|学期|季度|月))?(?:年初|年底|年末|年终)(?:前|之前)?[，,]?/;
// Subjects at the start of a clause; "党组每年听取党组成员…汇报" is the group's duty, so
// "党组成员" only counts as the subject where the clause begins with it.
// The unit may come first: "县政府党组", "局党组成员", "县教育局党组", "镇党委书记".
// Not "听一次村党委书记…汇报", "每半年向集团公司党委汇报": a verb or preposition before the unit makes it the object.
// "镇党委、人大、政府班子成员": the leaders of several bodies named together.
// "村(社区)党组织书记": a village names only itself, so nothing may come before it (not "落实村书记…").
export const UNIT = '(?:(?:(?:(?!听|对|向|与|由|请|按|每|召开|参加|要求)[\\u4e00-\\u9fa5、]){0,10}?(?:县|市|区|州|旗|镇|乡|街道|局|委|办|院|中心|政府|厅|部|所|站|公司|集团|校|机关)|村|社区)(?:[（(](?:社区|村|居)[）)])?)?';
// "党委(党组)": one body named by both words, as county rules write for units of either kind.
export const BODY = '(?:党组|党委)(?:[（(](?:党组|党委|党工委)[）)])?';
// "流动党员", "外出务工党员": members of one kind are still members, each acting for themself
// (not "将党员…情况公布": the body acts on them).
const MEMBER_SUBJECT = /^(?:每名|每位|每个)?(?:全体|普通|流动|离退休|退休|离休|在职|预备|正式|老|年轻|青年|无职|农民|外出(?:务工|经商|工作)?|务工|经商|外地|教师|学生|职工|机关)?党员(?!大会|会)/;
// "流动党员至少每半年向所在党支部缴纳一次党费": dues, like a member's report, are each one's own;
// so are the hours of training each member owes ("党员集中教育培训每年不少于32学时").
const MEMBER_OWN_ACT = /向(?:所在)?(?:党支部|支部|党小组|党组织)(?!大会|委员会)[^，。；]*?(?:汇报|报告|[交缴]纳)|撰写|写(?:出)?[一二两三四五六七八九十\d]+篇|自学|[交缴]纳[^，。；]{0,4}?党费|与[^，。；]{1,12}?谈|(?:学时|课时)/;
const SUBJECTS: { re: RegExp; scope: DutyScope }[] = [
  // "分管领导每年与分管对象谈心": the members in charge of fields, the deputies, not the secretary.
  { re: /^(?:其他|其余)(?:(?:党组|党委|班子|支委)?(?:成员|委员)|支委|领导班子成员)|^(?:党组|党委|班子|支委|支部委员)其他成员|^分管(?:领导|负责同志|副职)|^副职领导/, scope: 'each-member-except-secretary' },
  {
    re: new RegExp(
      `^(?:每(?:人|位|名)(?:${BODY}|班子)?(?:成员|委员|党员)?|每(?:个|位|名)(?:(?:理论)?学习)?(?:中心组|班子|${BODY})?成员|每(?:个|位|名)(?:党员)?(?:领导)?干部|每(?:个|位|名)(?:教职工|职工|教师|员工)|(?:公司|集团|单位|局|院|校|学校)领导(?!班子|小组|干部)|各(?:位)?(?:党组|班子|支部)?(?:成员|委员)|${UNIT}${BODY}书记[、和及与]${BODY}(?:成员|委员)|${UNIT}${BODY}(?:成员|委员)|${UNIT}(?:领导)?班子成员|(?!加强|推动|推进|组织|要求|督促|引导|鼓励|带领|安排|邀请)(?:${UNIT}|[\u4e00-\u9fa5]{1,6}?[及和])?(?:各级|各部门|各科室|各处室|部门|机关)?(?:党员)?领导干部(?!大会|会)|${UNIT}党政(?:领导班子成员|领导)(?!小组)|人人|个人(?=自学|学习|撰写)|(?:(?!听取|对|向|与)[\u4e00-\u9fa5]){0,8}?组成人员|支委(?!会))`,
    ),
    scope: 'each-member',
  },
  // "党员每年向党支部汇报思想": each member reports for themself.
  // "党员每年要写两篇心得": a piece each writes himself (RULES §5: in a branch's own rule, each member).
  { re: new RegExp(`${MEMBER_SUBJECT.source}(?=[^，。；]*?(?:${MEMBER_OWN_ACT.source}))`), scope: 'each-member' },
  // "关工委成员", "中心组成员": the members of whatever body the document is about.
  // "局党总支部中心组成员": the name of the body may be long.
  { re: /^(?:(?!听取|对|向|与|和|及|召开|每(?![位名个]))[\u4e00-\u9fa5]){1,9}?成员(?!会)/, scope: 'each-member' },
  // "党政主要领导每年至少讲一次廉洁党课": the unit's head, the secretary in a Party plan.
  { re: new RegExp(`^${UNIT}(?:${BODY}|党组织|党支部|支部|党总支|总支)?(?:书记|主要负责人|主要负责同志)|^(?:党组织|党支部|支部|党总支)负责人|^${UNIT}(?:党政)?主要领导(?:同志)?(?!班子)`), scope: 'secretary' },
  // The 中心组's 组长 is the secretary (中心组学习制度: "中心组组长由党委书记担任").
  { re: new RegExp(`^${UNIT}(?:${BODY})?(?:理论学习)?中心组组长`), scope: 'secretary' },
  // Not "党组会议", "党组理论学习中心组": there 党组 is part of a noun, not the subject.
  { re: new RegExp(`^${UNIT}${BODY}(?![会理中成书委织])|^${UNIT}党组织(?!书记|负责人|主要负责)`), scope: 'group' },
  // "党支部每学期检查一次": the branch as a body, so an earlier clause's subject does not carry over.
  { re: new RegExp(`^${UNIT}(?:党总支部|党支部|党总支|支部)(?![会委书大党成组负])`), scope: 'group' },
  // "党委中心组每年年初…": the study group as a body.
  { re: new RegExp(`^${UNIT}(?:${BODY})?(?:理论学习)?中心组(?!成员|组长|学习)`), scope: 'group' },
];
const EXCEPT_SECRETARY = /除(?:党组|党委|党支部|支部)?书记(?:以)?外/;
/** Duties every member carries by themselves: talks "之间", their own 联系点 or 分管领域. */
// "组织班子成员撰写调研报告": each member writes one.
export const EACH_MEMBER_HINT = /之间[^，。；]*谈心|结合各自|所联系|业余时间|个人[^，。；]{0,4}?(?:学习|自学)计划|各自(?:结合|撰写)|相互谈心|互相谈心|联系点|分管领域|分管范围|分管部门|分管单位|组织[^，。；]{0,6}?(?:成员|委员|支委)[^，。；]*?(?:撰写|形成|提交)[^，。；]*?(?:报告|文章|心得)/;

// "党员领导干部民主生活会每年召开一次": the words before a meeting name qualify the meeting.
// "支部书记例会": the secretaries' meeting, held by the body that calls them.
const QUALIFIES_MEETING = /^(?:的)?(?:民主生活会|组织生活会|会议|中心组|理论学习|例会|座谈会|联席会|工作会)/;

export function subjectOf(s: string): { scope: DutyScope; length: number } | null {
  let bare = stripFillers(s);
  const lead = TIME_LEAD.exec(bare);
  if (lead) bare = stripFillers(bare.slice(lead[0].length));
  for (const { re, scope } of SUBJECTS) {
    const m = re.exec(bare);
    if (m && !QUALIFIES_MEETING.test(bare.slice(m[0].length))) return { scope, length: s.length - bare.length + m[0].length };
  }
  return /每人|人人|每位(?:党组|班子)?成员|每名(?:党组|班子)?成员|每(?:个|位|名)(?:教职工|职工|教师|员工)/.test(s) ? { scope: 'each-member', length: 0 } : null;
}

/** Where the subject may be found: the clause, earlier clauses, the sentence before ("…；与…"), the list's lead. */
// "党员大会由党组织负责召集，党组织书记主持，…每季度召开一次": who runs the meeting does not owe it.
const RUNS_MEETING = /(?:主持|召集|列席|参加)$/;
// "确保中心组成员每年学法…，并每年组织举办法律讲座": whom a rule ensures something of is its object, and does not act on.
const ENSURES = /^(?:确保|保证|督促|要求)/;
const subjectPlaces = (clause: Clause, lead: string): string[] => [clause.text, ...clause.before.filter((b) => !RUNS_MEETING.test(b) && !ENSURES.test(stripFillers(b))), clause.inherited, lead].filter(Boolean);

export const hasSubject = (clause: Clause, lead = ''): boolean => EXCEPT_SECRETARY.test(clause.upTo) || subjectPlaces(clause, lead).some((s) => subjectOf(s) !== null);

/** "党员每年要写两篇心得，年终检查评比": the members write, the body checks; the check is not each member's. */
export const checksMembers = (kind: DutyKind, clause: Clause): boolean =>
  kind === 'inspection' && subjectOf(clause.text) === null && /^(?:每名|每位|每个)?党员/.test(stripFillers(clause.before.find((b) => subjectOf(b) !== null) ?? ''));

const SECRETARY_TALKS_RE = new RegExp(`^${UNIT}(?:${BODY}|党支部|支部|党总支|总支)?书记(?:每年|每半年|每季度|每学期)?(?:要)?(?:与|同|和)`);

/** The clause's own subject, else the nearest earlier one, else the group. */
export function scopeOf(clause: Clause, lead = ''): DutyScope {
  if (EXCEPT_SECRETARY.test(clause.upTo)) return 'each-member-except-secretary';
  // "书记与班子成员、班子成员之间、班子成员与党员开展谈心谈话": pairs of every member, not one person's.
  if (/[、]\S{0,10}之间|之间[、]/.test(clause.upTo) && /谈心|谈话/.test(clause.upTo)) return 'each-member';
  // "党组书记与班子成员、班子成员与分管股室负责人…谈话": the second pair's talker is every member.
  if (/[、，,](?:领导)?(?:班子|党组|党委|支委)?(?:成员|委员)(?:之间|与|和|同)/.test(clause.upTo) && /谈心|谈话/.test(clause.upTo)) return 'each-member';
  // "党委书记与党委委员、党政班子成员每年谈心谈话": the secretary talks with them; 与 is not "and" here.
  if (/谈心|谈话/.test(clause.upTo) && SECRETARY_TALKS_RE.test(stripFillers(clause.text))) return 'secretary';
  // "流动党员在异地工作期间…，每半年应…向所在党支部书记汇报一次": the members named earlier in the sentence.
  if (MEMBER_OWN_ACT.test(clause.text) && subjectOf(clause.text) === null && clause.before.some((b) => MEMBER_SUBJECT.test(stripFillers(b)))) return 'each-member';
  for (const s of subjectPlaces(clause, lead)) {
    const subject = subjectOf(s);
    if (subject) return subject.scope;
  }
  // "根据本人的实际制订年度自学计划": one's own plan, of each member.
  // "自学时间每月不少于30个小时": one's own reading, of each member (RULES §7).
  return EACH_MEMBER_HINT.test(clause.upTo) || (/本人|自己/.test(clause.upTo) || /自学(?!笔记)/.test(clause.text)) ? 'each-member' : 'group';
}
