// Names the kind of duty a clause's act is.

import type { DutyKind } from '../../domain/duties';
import { isBareQuantity } from './frequency';
import { subjectOf } from './scope';

// First match wins: "听取…汇报" before "向县委…汇报", meetings before what they discuss.
export const KINDS: { kind: DutyKind; re: RegExp; action: string }[] = [
  { kind: 'hear-report', re: /听(?:取|[一二两三四五六七八九十\d]+次)[^，。；]*?(?:汇报|报告|述职)/, action: '听取汇报' },
  // "向县委", "向上级党委", "向中心党总支", "向上级组织部门报送": upward to a Party body or its department.
  { kind: 'report-to-committee', re: /向(?:[\u4e00-\u9fa5、]{0,12}?(?:县委|市委|区委|州委|省委|党委|党组|党工委|党总支|总支|组织部门?|纪委|纪工委)|上级(?:党组织|组织|党委|部门)?)[^，。；]*?(?:报告|请示|汇报|述职|报送|上报|呈报|提交)|请示报告|(?<![简举公预])报(?:送|至|给)?(?:[\u4e00-\u9fa5]{0,6}?(?:县委|市委|区委|州委|省委|纪委|纪工委|组织部|宣传部|党工委|机关工委)|上级|[校院镇乡县市区]党(?:委|总支))|交(?:至|给)?(?:学院|学校|上级|[校院镇乡县市区])?(?:党总支|党委|党工委)(?!办|[^，。；]{0,4}(?:审定|审批|审议|研究))/, action: '向上级党组织报告工作' },
  { kind: 'democratic-life-meeting', re: /民主生活会/, action: '召开民主生活会' },
  { kind: 'organizational-life-meeting', re: /组织生活会|(?<!民主)生活会/, action: '召开组织生活会' },
  // "组织村干部学习党的路线" is a collective study too; "学习培训" is training.
  // A member's part in it ("交流发言", "领学") is proven by the session's record too.
  // A report is the evidence even when it is written in study ("组织中心组成员撰写学习调研报告").
  { kind: 'research-report', re: /调研报告|调查报告/, action: '撰写调研报告' },
  // "撰写学习体会", "写两篇理论学习体会文章": a written piece of one's own, proven like a report (RULES §7).
  { kind: 'research-report', re: /(?:学习|心得)体会|体会文章|理论文章|(?:理论)?学习文章|调研文章|(?:撰写|写)[^，。；]{0,12}?(?:心得|体会)|(?:撰写|写)(?:出)?[一二两三四五六七八九十\d]+篇/, action: '撰写学习体会' },
  // "为所在支部作1次辅导报告或党课": a lecture to the branch, either way it is given.
  { kind: 'party-lecture', re: /(?:辅导|专题)报告或(?:讲)?党课|党课或(?:辅导|专题)报告/, action: '讲党课' },
  // "党小组学习每月至少一次": the group's collective study; "集中学习培训" is training.
  // "会前学习", "学习务虚会": a leading body's study before its sessions, or at a retreat of study.
  { kind: 'study-group', re: /中心组|中心学习组|党小组(?:集中)?学习|会前学习|学习务虚会|集中学习(?!培训)|学习日|集体学习|(?:党内|政治|理论)学习|学习研讨|专题研讨|辅导(?:讲座|报告)|专题讲座|专家讲座|组织[^，。；]{0,8}?(?<!参观|考察|外出)学习(?!培训|考察|参观|测验|测试|考试)(?<!党课学习)|组织[^，。；]{0,16}?研讨(?!成果)|专题学习|学习交流(?!材料|平台|群)|(?:交流|重点|中心|研讨)发言|领学|(?:班子|两委)(?!成员)[^，。；（()）]{0,6}?(?<!自)学习(?!计划|制度|内容|笔记|资料|时间|培训|考察|参观|教育|强国)/, action: '开展中心组学习' },
  { kind: 'party-lecture', re: /党课/, action: '讲党课' },
  { kind: 'theme-party-day', re: /主题党日|(?<!主题)党日活动|党员活动日|党的活动日|固定党日/, action: '开展主题党日活动' },
  { kind: 'warning-education', re: /警示教育|廉政教育|以案促改|以案示警|(?:廉政|警示|反腐倡廉|廉洁)(?:文化)?教育基地/, action: '开展警示教育' },
  // "到联系点调研不少于4次": the visit is research too ("调研成果" recommended upward is not).
  { kind: 'research-report', re: /调研报告|调查报告|调研活动|调查研究|调研(?!成果|员)/, action: '撰写调研报告' },
  // "与联系对象谈一次话": a talk with its count inside.
  { kind: 'talk', re: /谈心|谈话|约谈|谈[一二两三四五六七八九十\d]*次话/, action: '开展谈心谈话' },
  // A 党委's own meeting (乡镇、部门党委) is what a 党组会议 is to a 党组.
  // "专题研究…工作", "召开专题会议": the leading body takes up a matter at its meeting.
  { kind: 'party-group-meeting', re: /党组会|党委会|书记办公会|党工委会|党总支会议|总支会议|(?<!在)常委会(?!上)|党政联席会|(?:人民)?政府(?:全体|常务)会议|支委会|支部委员会|(?:领导)?班子会(?:议)?(?!成员)|(?:党组织|党总支|总支)委员会|两委(?:联席)?会|村(?:党支部|党组织)[\u4e00-\u9fa5]{0,4}联席会|专题研究(?!部署)|专题会议|(?:党组|党委|党工委|党总支|支部委员会)[^，。；]{0,12}?召开(?:[一二两三四五六七八九十\d]+次)?(?:全体)?(?:委员)?会议|(?<!调查|深入)研究(?!部署)[^，。；]{1,12}?(?:工作|问题|事项)[^，。；]{0,4}?(?:每|不少于|至少)|研究[一二两三四五六七八九十\d]+次[^，。；]{0,15}?(?:工作|问题|事项)/, action: '召开党组会议' },
  // "进行检查评比", "开展…检查", "抽查…笔记": the check is the act; "对照检查材料" is a life meeting's paper.
  { kind: 'inspection', re: /督导检查|督促检查|监督检查|专项检查|督查|研究部署|(?<!对照|自我)检查(?!材料)|抽查|摸底排查|督导(?!员|组)/, action: '开展督导检查' },
];

/** "对各支部…情况每月进行一次考核", "组长每半年对成员的学习笔记检查一次": the verb is the act, whatever is checked. */
const INSPECT_RE = /对(?!照)[^，。；]{1,40}?(?:进行|开展)?(?:[一二两三四五六七八九十\d]+次)?(?:督导检查|督促检查|监督检查|专项检查|检查|督查|抽查|考核|考评)/;
const MEMBER_REPORTS_RE = /党员[^，。；]{0,8}?向(?:所在)?(?:党组织|党支部|支部|党小组)(?!书记)[^，。；]*?(?:汇报|报告)|(?:汇报|报告)[^，。；]{0,4}?(?:本人|个人|自己)?的?思想/;
// "纪委每季度向党委汇报一次工作", "派驻纪检组每半年向局党组汇报", "统战委员每半月向党委汇报": the unit's
// discipline body or one of its committee members reports to it.
export const HEARS_GROUP_RE = /(?:(?<![各每])党小组(?!会)[^，。；]{0,12}?向(?:本)?(?:党支部|支部|党总支|总支)|(?:纪委|纪工委|纪检组|纪检监察组|(?:纪检|统战|组织|宣传)委员)[^，。；]{0,12}?向(?!上级)[^，。；]{0,6}?(?:党委|党组|党工委|党总支|党支部))[^，。；]*?(?:汇报|报告)/;
const APPRAISES_PEOPLE_RE = /对(?:全体|每名|每位|每个)?(?:教职工|职工|教师|学生|机关)?(?:党员|干部|教职工|职工|教师|班子成员)(?:进行|开展)[^，。；]{0,4}?(?:考核|考评|评议|评定)/;
const TEACHES_STAFF_RE = /向[^，。；]{0,8}?(?:干部|职工|党员|群众|师生|员工)[^，。；]{0,4}?(?:做|作)[^，。；]{0,8}?(?:辅导报告|宣讲|报告会)/;
/** The object of "对…进行/开展…": what the act is about, not the act ("对调查报告进行研讨" is a discussion). */
const OBJECT_RE = /对(?!于|照)[^，。；]{1,30}?(?=(?:要|应|须)?(?:每[^，。；]{0,4}?)?(?:进行|开展|组织|实施)|约谈|谈话|研讨)/;

/** The kind is named by the act: neither the subject ("中心组成员每年撰写调研报告") nor the object of 对 decides it. */
export function kindOf(s: string): DutyKind | null {
  // "党小组每年底向党支部汇报": a body under the unit reports to it, so the unit hears it.
  if (HEARS_GROUP_RE.test(s)) return 'hear-report';
  // "党员每季应向党组织汇报一次思想": a member's report of himself to his own branch, not a report upward.
  if (MEMBER_REPORTS_RE.test(s)) return 'other';
  // "对党员进行年度考核": appraising people is an act of its own, not an inspection of work.
  if (APPRAISES_PEOPLE_RE.test(s)) return 'other';
  // "在民主生活会的基础上召开一次民主评议活动": what the act builds on is not the act.
  s = s.replace(/在[^，。；]{2,20}?(?:的)?(?:基础上|之后|以后)/, '');
  // "对…考核…中排名靠后的单位主要负责人约谈完毕": the 考核 names whom, the 约谈 is the act.
  if (/约谈(?:完毕|到位|全覆盖)?$/.test(s)) return 'talk';
  // "每季度召开一次意识形态工作会议并研究部署意识形态工作": the body's meeting that takes the work up.
  if (/召开[^，。；]{0,16}?会议并?研究部署/.test(s)) return 'party-group-meeting';
  if (INSPECT_RE.test(s)) return 'inspection';
  // "每半年组织一次理论学习检查": a check of the study, not a session of it.
  if (/学习(?:情况)?(?:检查|督查|考核)/.test(s)) return 'inspection';
  // "党组每半年专题报告一次意识形态工作": the body reports its own work, upward (not "听取…报告", "作…辅导报告").
  if (/^[^，。；]{0,12}?(?:党组|党委|党工委|党总支|党支部)(?:每[^，。；]{1,4}?)?(?:专题|书面)报告(?:[一二两三四\d]+次)?[^，。；]{0,16}?(?:工作|情况)/.test(s) && !/听|辅导|[作做](?:专题|书面)?报告/.test(s)) return 'report-to-committee';
  // "民主评议党员在年度组织生活会上进行，每年1次": the meeting is where the appraisal is held, not what is done.
  // "向干部职工做辅导报告": a member teaching the staff, not a session of the study group, nor a 党课 by name.
  if (TEACHES_STAFF_RE.test(s)) return 'other';
  if (/民主评议[^，。；]*?(?:在|结合)[^，。；]{0,12}?组织生活会/.test(s) || /评议[^，。；]{0,4}?党员[^，。；]*?(?:在|结合)[^，。；]{0,12}?组织生活会/.test(s)) return 'other';
  const find = (t: string) => KINDS.find((k) => k.re.test(t))?.kind ?? null;
  // What the clause without its subject or object names, it names in full too.
  if (find(s) === null) return null;
  const subject = subjectOf(s);
  const withoutObject = s.replace(OBJECT_RE, '');
  const core = withoutObject.slice(subject && withoutObject === s ? subject.length : 0);
  // The subject may be the meeting or the study group itself ("党委会每月召开一次", "中心组学习每季度1次"):
  // then the whole clause is read, if the rest of it holds or quantifies an act.
  const acts = /召开|举行|开展|进行|学习|研讨|会/.test(core) || isBareQuantity(core);
  return find(core) ?? (withoutObject === s && acts ? find(s) : null);
}
