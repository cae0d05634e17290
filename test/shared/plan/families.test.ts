// Families of phrasing learnt from the third and fourth hold-out sets and from issue #13 item 3: each family in
// wording of our own and in several sentence shapes (一是…二是…, run-on "1、…2、…", brackets, after a
// subject), none copied from the corpus.
import { describe, expect, it } from 'vitest';
import type { DutyDraft } from '../../../shared/domain/duties';
import { extractPlan } from '../../../shared/plan/extract';
import { parsePlan } from '../../../shared/plan/parse';

const read = (text: string) => extractPlan(parsePlan(text.includes('\n') ? text : `1.${text}`));
type Brief = [DutyDraft['kind'], DutyDraft['frequency'], number, DutyDraft['scope']];
const briefs = (text: string): Brief[] => read(text).duties.map((d) => [d.kind, d.frequency, d.minCount, d.scope]);

const families: { family: string; cases: { text: string; expected: Brief[] }[] }[] = [
  {
    family: '逐年 is yearly; a clause joined by 并 that names the act takes the period before it',
    cases: [
      { text: '逐年开展述职，并向镇党委报告。', expected: [['report-to-committee', 'year', 1, 'group']] },
      { text: '每年进行总结，并向上级党委报告。', expected: [['report-to-committee', 'year', 1, 'group']] },
      { text: '一是逐年对照检查；二是逐年进行总结，并向党员大会和县委报告。', expected: [['report-to-committee', 'year', 1, 'group']] },
      { text: '公司党委逐年进行总结，同时向集团党委报告。', expected: [['report-to-committee', 'year', 1, 'group']] },
      // After an act of a named kind the report is part of its proof; 逐年提高 is no period.
      { text: '党支部每学期检查一次，并向上级党组织报告。', expected: [['inspection', 'halfyear', 1, 'group']] },
      { text: '党员参学率逐年提高，并向党委报告。', expected: [] },
    ],
  },
  {
    family: 'a target of a term is a document',
    cases: [
      { text: '党组织管理制度\n1、学院党委要研究制定五年任期工作目标。', expected: [['deliverable', 'once', 1, 'group']] },
      { text: '某镇党委2025年工作要点\n一、镇党委制定年度党建工作目标。', expected: [['deliverable', 'year', 1, 'group']] },
      { text: '确定工作目标，确保落实到位。', expected: [] },
    ],
  },
  {
    family: 'an activity with its own period in brackets, inside a clause about something else',
    cases: [
      { text: '支委会每月召开一次，可与党员活动日（每月10日）合并进行。', expected: [['party-group-meeting', 'month', 1, 'group'], ['theme-party-day', 'month', 1, 'group']] },
      { text: '党员大会每季度召开一次，可同主题党日（每月15日）结合进行。', expected: [['other', 'quarter', 1, 'group'], ['theme-party-day', 'month', 1, 'group']] },
      { text: '局机关党委开展固定党日（每月第一周周五）活动。', expected: [['theme-party-day', 'month', 1, 'group']] },
    ],
  },
  {
    family: 'a sentence the page cut off after its frequency is no duty',
    cases: [
      { text: '组织生活制度\n1、党员大会每季度召开一次。\n2、党课原则上每季度', expected: [['other', 'quarter', 1, 'group']] },
      { text: '学习制度\n一是中心组每月集中学习一次；二是专题研讨一般每年', expected: [['study-group', 'month', 1, 'group']] },
    ],
  },
  {
    family: 'a yearly day named by its festival',
    cases: [
      { text: '“七一”前后，党支部要开展主题党日活动。', expected: [['theme-party-day', 'year', 1, 'group']] },
      { text: '1、国庆节前夕，公司党委组织一次走访慰问活动。', expected: [['other', 'year', 1, 'group']] },
      // The day is for the act just after it, not for the rest of the sentence.
      { text: '“七一”期间开展主题党日活动，增强主题党日活动仪式感。', expected: [['theme-party-day', 'year', 1, 'group']] },
      { text: '建党100周年前夕开展主题党日活动。', expected: [] },
    ],
  },
  {
    family: 'the ground of what follows ("在…的基础上") is no act',
    cases: [
      { text: '在每月开展活动的基础上，可以增加专题活动。', expected: [] },
      { text: '在每季度集中学习的前提下，鼓励党员自学。', expected: [] },
    ],
  },
  {
    family: '专题学习 and a 研讨 the body organises are the study group\'s',
    cases: [
      { text: '局党组每月开展1次专题学习。', expected: [['study-group', 'month', 1, 'group']] },
      { text: '一是镇党委每季度组织1次业务与理论融合研讨；二是每半年开展1次专题学习。', expected: [['study-group', 'quarter', 1, 'group'], ['study-group', 'halfyear', 1, 'group']] },
    ],
  },
  {
    family: 'a topic counted by 个 is what the sessions study, not a paper',
    cases: [
      { text: '每月确定1个学习重点。', expected: [] },
      { text: '年初确定全年调研重点。', expected: [['deliverable', 'year', 1, 'group']] },
    ],
  },
  {
    family: 'a plan whose 年 a converter lost ("好度") is the year\'s',
    cases: [
      { text: '学习制度\n1、公司党委要制定好度学习计划。', expected: [['deliverable', 'year', 1, 'group']] },
      { text: '学习制度\n1、支部要制定进度计划。', expected: [['deliverable', 'once', 1, 'group']] },
    ],
  },
  {
    family: 'a second yearly duty of the same kind, named by what it must be',
    cases: [
      { text: '党课每季度至少一次，每年至少有1次是支部书记讲的廉政党课。', expected: [['party-lecture', 'quarter', 1, 'group'], ['party-lecture', 'year', 1, 'group']] },
      { text: '党课每季度一次，其中每年至少1次为专题党课。', expected: [['party-lecture', 'quarter', 1, 'group'], ['party-lecture', 'year', 1, 'group']] },
    ],
  },
  {
    family: 'a list run on without punctuation ("…一次2、…") is one entry per number',
    cases: [
      { text: '1、每两周集中学习一次2、每旬开展一次安全检查', expected: [['study-group', '2weeks', 1, 'group'], ['inspection', 'month', 3, 'group']] },
      { text: '公司党委：1、每季度召开一次党委会2、每学期组织2次中心组学习3、第2、3季度各开展一次督查', expected: [['party-group-meeting', 'quarter', 1, 'group'], ['study-group', 'halfyear', 2, 'group'], ['inspection', 'halfyear', 1, 'group']] },
    ],
  },
  {
    family: 'duties whose own subject is the 纪委/纪检组 are not the committee\'s; the committee\'s acts towards it are',
    cases: [
      { text: '镇党委每季度听取镇纪委工作汇报。', expected: [['hear-report', 'quarter', 1, 'group']] },
      { text: '党委每年向县纪委报告一次党风廉政建设情况。', expected: [['report-to-committee', 'year', 1, 'group']] },
      { text: '局党组每半年听取纪检组汇报一次，纪检组每季度开展专项检查。', expected: [['hear-report', 'halfyear', 1, 'group']] },
      { text: '县纪委每季度开展一次监督检查。', expected: [] },
      { text: '一是驻局纪检监察组每季度开展一次监督检查；二是镇纪委书记每年向镇党委述职一次。', expected: [] },
    ],
  },
  {
    family: 'issue #13 item 3 in several shapes: 每学期, 每半月, 每两周, 每旬, 每季度或半年',
    cases: [
      { text: '一是支部每学期召开2次组织生活会；二是党小组每半月学习一次。', expected: [['organizational-life-meeting', 'halfyear', 2, 'group'], ['other', '2weeks', 1, 'group']] },
      { text: '学院党委中心组（每季度或半年）开展一次专题研讨。', expected: [['study-group', 'halfyear', 1, 'group']] },
      { text: '1、支部委员会每两周召开一次。2、每旬开展一次安全检查。', expected: [['party-group-meeting', '2weeks', 1, 'group'], ['inspection', 'month', 3, 'group']] },
    ],
  },
  {
    family: 'issue #13 item 3: amounts of time and counts of papers, and scopes',
    cases: [
      { text: '局党组成员全年累计调研时间不少于30天。', expected: [['research-report', 'year', 1, 'each-member']] },
      { text: '班子成员每年到联系点蹲点不少于1周。', expected: [['research-report', 'year', 1, 'each-member']] },
      { text: '二是中心组成员每年至少完成2篇调研报告。', expected: [['research-report', 'year', 2, 'each-member']] },
      { text: '书记每年与班子成员谈心谈话不少于1次。', expected: [['talk', 'year', 1, 'secretary']] },
      { text: '每位班子成员每年到分管领域调研1次。', expected: [['research-report', 'year', 1, 'each-member']] },
      { text: '除书记外的班子成员每年讲党课1次。', expected: [['party-lecture', 'year', 1, 'each-member-except-secretary']] },
      { text: '班子成员之间每年开展谈心谈话。', expected: [['talk', 'year', 1, 'each-member']] },
    ],
  },
  {
    family: 'a period inside a quoted activity name',
    cases: [{ text: '组织干部撰写笔记，开展“月度心得交流”活动。', expected: [['other', 'month', 1, 'group']] }],
  },
  // Families learnt from the fourth hold-out set.
  {
    family: 'every second week written without a number (双周, 隔周), and a meeting whose time is fixed by it',
    cases: [
      { text: '团委书记例会时间为双周星期一上午。', expected: [['other', '2weeks', 1, 'group']] },
      { text: '党支部隔周召开一次支委会。', expected: [['party-group-meeting', '2weeks', 1, 'group']] },
      { text: '支委会时间定为每月第一周周二。', expected: [['party-group-meeting', 'month', 1, 'group']] },
      // A time slot of study is still no duty.
      { text: '每周四下午为集中学习时间。', expected: [] },
    ],
  },
  {
    family: 'a range of counts is its least number (二至三次, 一至两场, 1-2次)',
    cases: [
      { text: '县局党组会议原则上每月召开二至三次。', expected: [['party-group-meeting', 'month', 2, 'group']] },
      { text: '班子成员每年向分管科室干部作一至两场形势政策宣讲。', expected: [['other', 'year', 1, 'each-member']] },
      { text: '党支部每学期开展1-2次主题党日活动。', expected: [['theme-party-day', 'halfyear', 1, 'group']] },
    ],
  },
  {
    family: 'one clause naming plans of several periods gives one plan per period (年度、季度和月份)',
    cases: [
      { text: '学校党总支每年制定年度、季度和月份学习计划。', expected: [['deliverable', 'year', 1, 'group'], ['deliverable', 'quarter', 1, 'group'], ['deliverable', 'month', 1, 'group']] },
      { text: '镇党委制订年度和月份党建工作计划。', expected: [['deliverable', 'year', 1, 'group'], ['deliverable', 'month', 1, 'group']] },
    ],
  },
  {
    family: 'a member\'s own written piece (学习体会, 心得体会, 体会文章, 理论文章) is a report of each member',
    cases: [
      { text: '党委委员每年要结合分管工作撰写学习体会。', expected: [['research-report', 'year', 1, 'each-member']] },
      { text: '每个中心组成员每年至少写三篇心得体会。', expected: [['research-report', 'year', 3, 'each-member']] },
      { text: '公司领导每年撰写理论文章不少于1篇。', expected: [['research-report', 'year', 1, 'each-member']] },
      { text: '每名班子成员每季度交一篇体会文章。', expected: [['research-report', 'quarter', 1, 'each-member']] },
    ],
  },
  {
    family: 'per-member subjects written with 每个/每位 or as the company\'s leaders',
    cases: [
      { text: '每个党员领导干部每年到基层调研不少于2次。', expected: [['research-report', 'year', 2, 'each-member']] },
      { text: '每位中心组成员每年讲一次党课。', expected: [['party-lecture', 'year', 1, 'each-member']] },
      { text: '集团领导每半年至少深入联系点一次。', expected: [['other', 'halfyear', 1, 'each-member']] },
      // The leading body as a whole stays the group.
      { text: '公司领导班子每年召开一次民主生活会。', expected: [['democratic-life-meeting', 'year', 1, 'group']] },
    ],
  },
  {
    family: 'a visit to one\'s contact point (深入联系点) is each member\'s act',
    cases: [
      { text: '局党组成员每季度至少深入联系点一次。', expected: [['other', 'quarter', 1, 'each-member']] },
      { text: '一是班子成员每年深入联系点不少于4次；二是每次时间不少于半天。', expected: [['other', 'year', 4, 'each-member']] },
      { text: '要深入了解联系点党员的思想状况。', expected: [] },
    ],
  },
  {
    family: '定期 is no period, also for a life meeting',
    cases: [
      { text: '党支部定期召开民主生活会。', expected: [] },
      { text: '定期召开组织生活会，开展批评与自我批评。', expected: [] },
      { text: '党支部按规定召开民主生活会。', expected: [['democratic-life-meeting', 'year', 1, 'group']] },
    ],
  },
  {
    family: 'meetings named side by side in one clause are one duty each',
    cases: [
      { text: '党支部委员会和党小组会一般每月召开一次。', expected: [['party-group-meeting', 'month', 1, 'group'], ['other', 'month', 1, 'group']] },
      { text: '支部党员大会、党小组会每季度至少召开一次。', expected: [['other', 'quarter', 1, 'group'], ['other', 'quarter', 1, 'group']] },
      { text: '支委会每月召开一次。', expected: [['party-group-meeting', 'month', 1, 'group']] },
    ],
  },
  {
    family: 'reports to the branch: a 党小组\'s is heard by the branch, a member\'s own is each member\'s',
    cases: [
      { text: '（2）各党小组长带领党小组每半年向党支部汇报一次工作。', expected: [] },
      { text: '党小组每半年向党支部报告一次活动情况。', expected: [['hear-report', 'halfyear', 1, 'group']] },
      { text: '党员每季度向党小组汇报一次思想情况。', expected: [['other', 'quarter', 1, 'each-member']] },
      // The branch's own act after a member's report stays the branch's.
      { text: '党员要定期向支部汇报思想，党支部每季度检查一次。', expected: [['inspection', 'quarter', 1, 'group']] },
    ],
  },
  {
    family: 'appraising members (对党员进行年度考核) is an act of its own; checking units is an inspection',
    cases: [
      { text: '党总支每年对全体党员进行一次考评。', expected: [['other', 'year', 1, 'group']] },
      { text: '学校党支部对教职工党员进行年度考核。', expected: [['other', 'year', 1, 'group']] },
      { text: '党委每半年对各支部进行一次考核。', expected: [['inspection', 'halfyear', 1, 'group']] },
    ],
  },
  {
    family: 'designating one\'s contact point is a one-off product of each member',
    cases: [
      { text: '党建联系点制度\n1、班子成员要选定2个村党支部作为自己的联系点。', expected: [['deliverable', 'once', 1, 'each-member']] },
      { text: '党建联系点制度\n1、每名党组成员确定一个基层单位为党建联系点。', expected: [['deliverable', 'once', 1, 'each-member']] },
    ],
  },
  {
    family: 'a standing rule\'s plan for each stage or topic (阶段性, 专题, 具体) has no period to check',
    cases: [
      { text: '学习制度\n1、中心组制定专题学习方案。', expected: [] },
      { text: '学习制度\n1、党委中心组制定年度学习计划和阶段性学习安排方案。', expected: [['deliverable', 'year', 1, 'group']] },
      { text: '学习制度\n1、支委会每季度制定具体学习计划。', expected: [['deliverable', 'quarter', 1, 'group']] },
    ],
  },
  {
    family: 'a clause about one\'s own (本人, 自己) plan is each member\'s',
    cases: [
      { text: '自学制度\n1、结合本人分管工作制订年度读书计划。', expected: [['deliverable', 'year', 1, 'each-member']] },
      { text: '自学制度\n1、党组制订年度学习计划。', expected: [['deliverable', 'year', 1, 'group']] },
    ],
  },
  {
    family: 'telling members of a session beforehand is its procedure',
    cases: [
      { text: '每次学习前要把学习内容提前三天通知到每位成员。', expected: [] },
      { text: '学习秘书每季度提前通知各成员学习专题。', expected: [] },
    ],
  },
  {
    family: 'twice a year in named halves (上半年和下半年各一次) is once each half-year, the brackets read as a quantity',
    cases: [
      { text: '党委民主生活会由书记召集，每年两次（上半年和下半年各一次）。', expected: [['democratic-life-meeting', 'halfyear', 1, 'group']] },
      { text: '支部组织生活会，每年召开2次(上半年、下半年各1次)。', expected: [['organizational-life-meeting', 'halfyear', 1, 'group']] },
      { text: '上、下半年各召开一次党委会。', expected: [['party-group-meeting', 'halfyear', 1, 'group']] },
      // An aside naming another activity does not name the event of an earlier clause.
      { text: '党员大会是支部的决策机构，一般每季度召开1次（结合主题党日一般每月1次）。', expected: [['other', 'quarter', 1, 'group']] },
    ],
  },
  {
    family: 'a report\'s account of what was done is no duty: 先后主持召开, a list going on past "；", the setting "在…会上", a plenary\'s ordinal',
    cases: [
      { text: '镇党委书记先后主持召开3次专题会议。', expected: [] },
      { text: '今年以来，局党组先后召开5次党组会议；召开4次中心组学习，传达上级精神。', expected: [] },
      { text: '在年初召开的县委十四届六次全会上，部署了全年任务。', expected: [] },
      // A rule after the account is still a duty.
      { text: '公司党委先后召开两次会议；今后每季度召开一次党委会。', expected: [['party-group-meeting', 'quarter', 1, 'group']] },
    ],
  },
  {
    family: 'periods written with a digit ("2个月", "1月1次") and days of the month fixed for an act ("10号、20号为…日")',
    cases: [
      { text: '组织党员观看教育片，3个月至少观看一次。', expected: [['other', 'quarter', 1, 'group']] },
      { text: '2个月至少收看一次远程教育节目。', expected: [['other', '2months', 1, 'group']] },
      { text: '支委会1月1次。', expected: [['party-group-meeting', 'month', 1, 'group']] },
      // "1月召开" names January.
      { text: '1月召开1次支委会。', expected: [['party-group-meeting', 'year', 1, 'group']] },
      { text: '支部规定5号、15号、25号为集中学习日。', expected: [['study-group', 'month', 3, 'group']] },
      { text: '学习时间为每周五下午。', expected: [] },
      // A summary states its standing rules in these words too.
      { text: '某社区2020年工作总结\n1、坚持10日、25日为集中学习日。', expected: [['study-group', 'month', 2, 'group']] },
    ],
  },
  {
    family: 'the leading body\'s own study (班子学习, 两委学习) is a collective session; a member\'s 自学 is not',
    cases: [
      { text: '村两委每周一上午学习。', expected: [['study-group', 'week', 1, 'group']] },
      { text: '领导班子每月集体学习一次。', expected: [['study-group', 'month', 1, 'group']] },
      { text: '班子成员每周自学一次。', expected: [['other', 'week', 1, 'each-member']] },
    ],
  },
  {
    family: 'a 支部会议 beside a 党员大会 with its own period is the branch committee\'s meeting; alone it stays a meeting of all',
    cases: [
      { text: '组织生活制度\n一、支部党员大会每两个月召开一次。\n二、支部会议每月召开一次。', expected: [['other', '2months', 1, 'group'], ['party-group-meeting', 'month', 1, 'group']] },
      { text: '支部工作制度\n一、每月召开一次党支部会议。\n二、全体党员要按时参加。', expected: [['other', 'month', 1, 'group']] },
    ],
  },
  {
    family: 'a member\'s report of himself to his own branch (思想汇报) is his own act, not a report upward',
    cases: [
      { text: '每名党员每半年向党支部汇报一次思想和工作。', expected: [['other', 'halfyear', 1, 'each-member']] },
      { text: '党员每季应向所在党小组书面报告个人思想情况。', expected: [['other', 'quarter', 1, 'each-member']] },
      { text: '党支部每年向上级党组织报告一次工作。', expected: [['report-to-committee', 'year', 1, 'group']] },
    ],
  },
  {
    family: 'a member\'s own plan made from the year\'s plan is yearly; 制定和完善 a rule is a standing effort; weekly 自学 is each member\'s act',
    cases: [
      { text: '学习制度\n1、班子成员按照党组年度学习安排，结合分管工作，制订个人读书计划。', expected: [['deliverable', 'year', 1, 'each-member']] },
      { text: '学习制度\n1、党委书记负责制定并完善理论学习制度。', expected: [] },
      { text: '学习制度\n1、党委制定理论学习制度。', expected: [['deliverable', 'once', 1, 'group']] },
      { text: '学习制度\n1、中心组成员每周坚持自学。', expected: [['other', 'week', 1, 'each-member']] },
    ],
  },
  {
    family: 'a named activity (开展“…”, 宣讲) before a bare count is the event counted; a course run under a name has its bracketed period',
    cases: [
      { text: '领导班子成员到联系村开展“政策宣讲”，每年不少于3场。', expected: [['other', 'year', 3, 'each-member']] },
      { text: '党委开设“青年读书班”（每月1期）。', expected: [['other', 'month', 1, 'group']] },
    ],
  },
  {
    family: 'a named compilation kept up to date each period is a document of that period',
    cases: [
      { text: '党组每半年更新《违纪违法案例汇编》。', expected: [['deliverable', 'halfyear', 1, 'group']] },
      // Without a named title it is a recurring act, not a document.
      { text: '每月更新党员信息。', expected: [['other', 'month', 1, 'group']] },
    ],
  },
  {
    family: 'visits to a 廉政/警示 education base are warning education',
    cases: [
      { text: '用好市廉政教育基地，组织党员干部每年至少参观1次。', expected: [['warning-education', 'year', 1, 'group']] },
      { text: '每年组织干部到警示教育基地接受教育2次。', expected: [['warning-education', 'year', 2, 'group']] },
      { text: '组织党员每年参观红色教育基地1次。', expected: [['other', 'year', 1, 'group']] },
    ],
  },
  {
    family: '各级党组织 are other bodies: what they are told to do is not the unit\'s',
    cases: [
      { text: '县委中心组每月学习一次；各级党组织要每月组织1次集中学习。', expected: [['study-group', 'month', 1, 'group']] },
    ],
  },
  {
    family: 'a list of festival days ("“七一”、“国庆”等…期间") is yearly; the day fixed for an act just counted is the same duty',
    cases: [
      { text: '每年“五四”、“七一”等重要节日期间，组织开展主题党日活动。', expected: [['theme-party-day', 'year', 1, 'group']] },
      { text: '党支部每月开展1次主题党日活动，一般每月第一周的周三为主题党日。', expected: [['theme-party-day', 'month', 1, 'group']] },
    ],
  },
  {
    family: '年中 before an act is once a year, with no date (June or July)',
    cases: [
      { text: '局党组年中召开半年工作推进会。', expected: [['other', 'year', 1, 'group']] },
      { text: '每年年中开展一次督导检查。', expected: [['inspection', 'year', 1, 'group']] },
      { text: '年中和年底各召开一次党委会。', expected: [['party-group-meeting', 'halfyear', 1, 'group']] },
      // Told as done in a report, it is no duty.
      { text: '年初制定印发了工作要点，年中召开了推进会。', expected: [] },
    ],
  },
  {
    family: 'acts listed each with its own count ("每季度一次A、一次B") share the period; a standard\'s heading "有年度…计划" is that plan',
    cases: [
      { text: '每季度召开一次支委会、一次党员大会。', expected: [['party-group-meeting', 'quarter', 1, 'group'], ['other', 'quarter', 1, 'group']] },
      { text: '每年一次组织生活会和一次民主评议党员。', expected: [['organizational-life-meeting', 'year', 1, 'group'], ['other', 'year', 1, 'group']] },
      { text: '每月一次党员活动。', expected: [['other', 'month', 1, 'group']] },
      { text: '党支部标准\n（一）有年度工作计划\n计划包括思想建设等内容。\n（二）有规范的会议记录\n记录完整。', expected: [['deliverable', 'year', 1, 'group']] },
    ],
  },
  {
    family: 'the day a counted meeting is held ("在每月第二周的周三下午举行") is its schedule, not a second duty; a plan making itself is no duty',
    cases: [
      { text: '支部委员会：每月召开1次，在每月第一周的周一下午举行。', expected: [['party-group-meeting', 'month', 1, 'group']] },
      { text: '组织生活安排\n1、党员大会每季度召开1次。\n分别在每季度首月的第二周周四举行。', expected: [['other', 'quarter', 1, 'group']] },
      { text: '某小学党支部2026年学习计划\n为加强学习，制定本年度学习计划。\n一、支委会每月召开一次。', expected: [['party-group-meeting', 'month', 1, 'group']] },
    ],
  },
];

describe('families of phrasing', () => {
  for (const { family, cases } of families) {
    describe(family, () => {
      for (const { text, expected } of cases) it(text, () => expect(briefs(text)).toEqual(expected));
    });
  }

  it('dates: 每月28日前 is a day of each month, 于X月X日前 and 年终 are the duty\'s deadline', () => {
    const dates = (t: string) => read(t).duties.map((d) => [d.kind, d.frequency, d.deadline, d.monthDay ?? null]);
    expect(dates('党支部每月28日前上报党费收缴情况。')).toEqual([['other', 'month', null, 28]]);
    expect(dates('公司党委于6月30日前报送半年工作总结。')).toEqual([['deliverable', 'once', '06-30', null]]);
    expect(dates('年终，镇党委开展述职评议。')).toEqual([['other', 'year', '12-31', null]]);
    expect(dates('中心组成员每年撰写调研报告1篇，11月底前报送。')).toEqual([['research-report', 'year', '11-30', null]]);
  });

  it('amounts of time are read as days or hours', () => {
    expect(read('班子成员每年到联系点蹲点不少于1周。').duties[0]).toMatchObject({ measure: 'days', amount: 5 });
    expect(read('局党组成员全年累计调研时间不少于30天。').duties[0]).toMatchObject({ measure: 'days', amount: 30 });
    expect(read('学院党委中心组全年集中学习累计不少于40学时。').duties[0]).toMatchObject({ kind: 'study-group', measure: 'hours', amount: 40 });
  });

  it('a page copied from the middle of a rule keeps the entries before its first heading, and a rule that sums up its meetings again names each once', () => {
    const page = '2.支委会由书记召集。\n3.支委会每月召开一次。\n(三)党课。党课每季度至少一次，每年至少有1次是书记讲的专题党课。\n四、严格管理\n一是坚持党课每季度召开一次；二是党员大会每季度召开一次。';
    expect(briefs(`支部组织生活制度\n${page}`)).toEqual([
      ['party-group-meeting', 'month', 1, 'group'],
      ['party-lecture', 'quarter', 1, 'group'],
      ['party-lecture', 'year', 1, 'group'],
      ['other', 'quarter', 1, 'group'],
    ]);
    // A rule's own introduction is still no duty.
    expect(briefs('党组会议制度\n为规范党组会议，每年修订本制度。\n一、党组会议每月召开一次。')).toEqual([['party-group-meeting', 'month', 1, 'group']]);
  });

  it('traditional characters of time and act words are read (年終, 述職, 進行, 評議)', () => {
    expect(read('二是年終召開黨員代表會議，進行民主評議。').duties.map((d) => [d.kind, d.frequency, d.deadline])).toEqual([['other', 'year', '12-31']]);
    expect(briefs('黨委每年聽取支部書記述職一次。')).toEqual([['hear-report', 'year', 1, 'group']]);
  });

  it('records bound or filed each period are a document of that period; filing without a period is none', () => {
    const files = (t: string) => read(t).duties.map((d) => [d.kind, d.frequency, d.deadline]);
    expect(files('党支部的会议记录每年年终装订成册，归入档案。')).toEqual([['deliverable', 'year', '12-31']]);
    expect(files('二是学习笔记每学期装订成册。')).toEqual([['deliverable', 'halfyear', null]]);
    expect(files('资料要及时整理归档。')).toEqual([]);
  });

  it('自学 time is each member\'s own, in hours, and a yearly sum implied by the weekly one is the same duty', () => {
    const own = (t: string) => read(t).duties.map((d) => [d.kind, d.frequency, d.scope, d.measure, d.amount]);
    expect(own('每位班子成员自学时间每周不少于六小时。')).toEqual([['other', 'week', 'each-member', 'hours', 6]]);
    expect(own('每个党员干部每周自学理论不少于三小时，全年不少于120小时。')).toEqual([['other', 'week', 'each-member', 'hours', 3]]);
    // A yearly sum beyond the weekly one is a duty of its own.
    expect(own('每个党员干部每周自学不少于1小时，每年不少于80小时。')).toEqual([['other', 'week', 'each-member', 'hours', 1], ['other', 'year', 'each-member', 'hours', 80]]);
  });

  it('a converter\'s pinyin after traditional characters (學(xué)習(xí)) does not hide the words, and the source stays as written', () => {
    const [d] = read('黨委中心組每季度集中學(xué)習(xí)研討一次。').duties;
    expect(d).toMatchObject({ kind: 'study-group', frequency: 'quarter', source: '黨委中心組每季度集中學(xué)習(xí)研討一次' });
    expect(briefs('公司黨委會(huì)議每月召開二至三次。')).toEqual([['party-group-meeting', 'month', 2, 'group']]);
    expect(briefs('黨委委員每年向職工做一至兩場形勢報告會。')).toEqual([['other', 'year', 1, 'each-member']]);
  });

  it('a rule in traditional 第X條 form reads its articles before the first (一) list', () => {
    expect(briefs('第一條 為規範黨委的議事，制定本規則。\n第二條 黨委會議每月召開一次。\n第三條 議事範圍\n(一)重大決策;\n(二)重要人事;')).toEqual([['party-group-meeting', 'month', 1, 'group']]);
  });

  it('a bracketed party day keeps its day of the month', () => {
    const [, day] = read('支委会每月召开一次，可与党员活动日（每月10日）合并进行。').duties;
    expect(day).toMatchObject({ kind: 'theme-party-day', monthDay: 10, source: '党员活动日（每月10日）' });
  });
  // Two pieces said in one sentence must stay two duties: one duty would show 已完成 on the first piece alone.
  it('one act due on two dates is one duty per date, titled by the period each reports on', () => {
    const due = (t: string) => read(t).duties.map((d) => [d.kind, d.frequency, d.minCount, d.deadline, d.title]);
    expect(due('党组于7月10日前和12月20日前分别向县委报送上半年和全年落实情况报告。')).toEqual([
      ['report-to-committee', 'year', 1, '07-10', '7月10日前报送上半年落实情况报告'],
      ['report-to-committee', 'year', 1, '12-20', '12月20日前报送全年落实情况报告'],
    ]);
    // The dates in a clause after the count: as many pieces as dates.
    expect(due('局党组每年向县委报告全面从严治党工作2次，分别于7月10日前、次年1月10日前报送。').map((d) => d.slice(0, 4))).toEqual([
      ['report-to-committee', 'year', 1, '07-10'],
      ['report-to-committee', 'year', 1, null],
    ]);
    // A day of the next year ends no period of this one: no deadline, and the note says why.
    expect(read('局党组每年向县委报告全面从严治党工作2次，分别于7月10日前、次年1月10日前报送。').duties[1]!.note).toContain('次年1月10日前');
    expect(due('二是6月底前和12月底前向县委组织部报送党建工作情况').map((d) => d.slice(0, 4))).toEqual([
      ['report-to-committee', 'year', 1, '06-30'],
      ['report-to-committee', 'year', 1, '12-31'],
    ]);
    // A half-yearly report keeps its two periods; the dates stay in its note.
    expect(due('党组每半年向县委报告一次，分别于7月10日前和1月10日前报送。').map((d) => d.slice(0, 4))).toEqual([['report-to-committee', 'halfyear', 1, null]]);
    // Dates of two acts in two clauses are one each, as before.
    expect(due('3月底前制定学习计划，12月底前报送年度总结。').map((d) => d[3])).toEqual(['03-31', '12-31']);
  });

  it('a count of written pieces and a time of research in one sentence are two duties', () => {
    const both = (t: string) => read(t).duties.map((d) => [d.kind, d.frequency, d.minCount, d.scope, d.measure ?? null, d.amount ?? null]);
    expect(both('班子成员每人每年撰写调研报告至少1篇，调研时间累计不少于20天。')).toEqual([
      ['research-report', 'year', 1, 'each-member', null, null],
      ['research-report', 'year', 1, 'each-member', 'days', 20],
    ]);
    // The time of counted events is still how long those events last.
    expect(both('每年组织一次集中培训，时间不少于3天。')).toEqual([['other', 'year', 1, 'group', 'days', 3]]);
  });

  // Found by reading plans of our own writing (教育局中心组计划, 镇党委要点, 生态环境局要点): each was lost or misread.
  it('a report formed and then sent upward is one report, due when it is sent', () => {
    const due = (t: string) => read(`2026年工作要点\n一、学习管理\n${t}`).duties.map((d) => [d.kind, d.frequency, d.minCount, d.deadline, d.title]);
    expect(due('每季度通报一次学习情况，年底形成中心组学习情况报告，12月25日前报县委宣传部。')).toEqual([
      ['other', 'quarter', 1, null, '每季度通报一次学习情况'],
      ['report-to-committee', 'year', 1, '12-25', '12月25日前报送中心组学习情况报告'],
    ]);
    expect(due('年底前形成工作总结，并报送县委组织部。').map((d) => d.slice(0, 4))).toEqual([['report-to-committee', 'year', 1, '12-31']]);
    // A report formed and kept is the unit's product; a research report stays research.
    expect(due('12月底前形成检查报告。').map((d) => d.slice(0, 4))).toEqual([['deliverable', 'year', 1, '12-31']]);
    expect(due('班子成员每年形成调研报告1篇。').map((d) => d[0])).toEqual(['research-report']);
    // "报县纪委": sent upward without 向, after the inspection whose results it carries.
    expect(due('镇党委每季度对村党组织“三会一课”落实情况检查一次，检查结果于7月15日前和次年1月15日前报县纪委。').map((d) => d.slice(0, 4))).toEqual([
      ['inspection', 'quarter', 1, null],
      ['report-to-committee', 'year', 1, '07-15'],
      ['report-to-committee', 'year', 1, null],
    ]);
  });

  it("the unit's own act after another body's in one sentence is the unit's duty", () => {
    expect(briefs('各村党组织每月开展一次主题党日活动，镇党委每季度对村党组织落实情况检查一次。')).toEqual([['inspection', 'quarter', 1, 'group']]);
    // What a result is used for is no act ("年终考核" there is the branches' appraisal).
    expect(briefs('各支部每月25日前上报开展情况，镇党委对各支部开展情况进行专项检查，并将检查结果作为年终考核的重要依据。')).toEqual([]);
  });

  it('an act in each of two named months is one duty per month, due by its end', () => {
    const due = (t: string) => read(t).duties.map((d) => [d.kind, d.frequency, d.minCount, d.deadline]);
    expect(due('6月和11月分别开展一次作风建设专项督查。')).toEqual([
      ['inspection', 'year', 1, '06-30'],
      ['inspection', 'year', 1, '11-30'],
    ]);
    expect(due('每年3月、9月分别召开一次专题会议。').map((d) => d[3])).toEqual(['03-31', '09-30']);
    // June and December are the two halves of the year.
    expect(due('党组6月和12月各召开一次专题会议。')).toEqual([['party-group-meeting', 'halfyear', 1, null]]);
  });

  it('a matter taken up each period is a meeting of the leading body, and 述责述廉 is an act', () => {
    expect(briefs('研究党建工作每季度不少于1次。')).toEqual([['party-group-meeting', 'quarter', 1, 'group']]);
    // Research is not a meeting.
    expect(briefs('深入基层调查研究每季度不少于1次。').map((b) => b[0])).toEqual(['research-report']);
    const [d] = read('班子成员于次年1月15日前向党组书面述责述廉。').duties;
    expect(d).toMatchObject({ kind: 'other', frequency: 'year', minCount: 1, scope: 'each-member', deadline: null });
    expect(d!.note).toContain('次年1月15日前');
  });

  // Learnt from the sixth hold-out set, part b, after its blind score; written in wording of our own.
  it('全年…按季 is quarterly, and a 生活会 of a branch is its 组织生活会', () => {
    expect(briefs('全年党费收缴情况按季进行通报。')).toEqual([['other', 'quarter', 1, 'group']]);
    expect(briefs('党支部每学期召开一次生活会。')).toEqual([['organizational-life-meeting', 'halfyear', 1, 'group']]);
    expect(briefs('领导班子每年召开一次民主生活会。').map((b) => b[0])).toEqual(['democratic-life-meeting']);
  });

  it("a leading body's bare 会议 is its meeting; a named work conference is not", () => {
    expect(briefs('街道联合党委原则上每月召开一次会议。')).toEqual([['party-group-meeting', 'month', 1, 'group']]);
    expect(briefs('党委每年召开一次全面从严治党工作会议。').map((b) => b[0])).toEqual(['other']);
  });

  it("a member's counted writing and own reading are each member's", () => {
    expect(briefs('党支部工作制度\n1.党员每年要写两篇以上读书笔记。')).toEqual([['research-report', 'year', 2, 'each-member']]);
    const [own] = read('中心组学习制度\n1.自学时间每月不少于20个小时。').duties;
    expect(own).toMatchObject({ kind: 'other', frequency: 'month', scope: 'each-member', measure: 'hours', amount: 20 });
    // A notebook for one's reading is no act of reading.
    expect(briefs('中心组学习制度\n1.坚持“三本”(签到本、个人自学笔记本)制度，每月集中学习一次。')).toEqual([['study-group', 'month', 1, 'group']]);
  });

  it('a heading naming the document the item asks for with its period is that one document', () => {
    expect(briefs('中心组学习制度\n（一）制定学习计划。结合实际，制定年度学习计划，明确学习专题。')).toEqual([['deliverable', 'year', 1, 'group']]);
  });

  it("a task list item's 完成时间 dates the checkable act in it", () => {
    const [d, ...rest] = read('2025年重点工作清单\n1.夯实基础。对辖区党组织书记履职情况进行全面摸底排查，完善工作机制。〔责任单位：组织办，完成时间：2025年9月底前〕').duties;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ kind: 'inspection', frequency: 'year', minCount: 1, deadline: '09-30' });
    expect(d!.note).toContain('完成时间');
  });

  it('a named quarter before an act is its deadline', () => {
    const due = (t: string) => read(`2026年工作要点\n一、责任\n${t}`).duties.map((d) => [d.kind, d.frequency, d.deadline]);
    expect(due('第一季度制定印发全面从严治党主体责任清单。')).toEqual([['deliverable', 'year', '03-31']]);
    expect(due('三季度内完成党组织书记述职评议。')).toEqual([['other', 'year', '09-30']]);
    // Every quarter is a frequency, not a date.
    expect(due('每季度制定学习计划。')).toEqual([['deliverable', 'quarter', null]]);
  });

  it("a group's 基层党支部 are other bodies; the 集团党委's own act after them is the unit's", () => {
    const { duties, possible } = read('2026年党建工作要点\n一、引领\n3.各基层党支部每月开展1次主题党日活动，集团党委每半年通报一次开展情况。');
    expect(duties.map((d) => [d.kind, d.frequency, d.scope])).toEqual([['other', 'halfyear', 'group']]);
    expect(possible.map((p) => p.source)).toEqual(['各基层党支部每月开展1次主题党日活动']);
  });

  it('an act at the start and end of each term is that many in each half of the year', () => {
    const [d] = read('2026年学校党支部工作计划\n三、作风\n开学初和期末各开展一次师德师风专项检查。').duties;
    expect(d).toMatchObject({ kind: 'inspection', frequency: 'halfyear', minCount: 2, title: '每半年开展督导检查至少2次' });
    expect(d!.note).toContain('开学初和期末各');
  });

  it("a summary sent to the school's 党委 is a report upward", () => {
    expect(briefs('每学期末形成支部工作总结报校党委。')).toEqual([['report-to-committee', 'halfyear', 1, 'group']]);
  });

  it("a 机关党委's monthly report to the 机关工委 after its branches' is the unit's", () => {
    const { duties } = read('2026年机关党委工作要点\n一、党费\n各支部每月28日前上报党费收缴情况，机关党委每月28日前汇总上报县直机关工委。');
    expect(duties.map((d) => [d.kind, d.frequency, d.minCount, d.scope, d.monthDay])).toEqual([['report-to-committee', 'month', 1, 'group', 28]]);
  });

  it('affairs published together are one duty each (each has its own board and contents)', () => {
    expect(read('村务公开制度\n1.村务、财务每季度公开一次。').duties.map((d) => [d.kind, d.frequency, d.title])).toEqual([
      ['other', 'quarter', '每季度村务公开'],
      ['other', 'quarter', '每季度财务公开'],
    ]);
    expect(briefs('每季度召开一次党务公开工作会。')).toEqual([['other', 'quarter', 1, 'group']]);
  });

  it("the check of what members write is the body's, not each member's", () => {
    expect(briefs('党员学习制度\n1.党员每年要写两篇以上学习心得，年终检查评比。')).toEqual([
      ['research-report', 'year', 2, 'each-member'],
      ['inspection', 'year', 1, 'group'],
    ]);
    // Members who check in their own fields still do so each.
    expect(briefs('班子成员每季度到分管领域开展一次监督检查。')).toEqual([['inspection', 'quarter', 1, 'each-member']]);
  });

  it("the record of a meeting sent upward is a report as often as the meeting; what the meeting does is no second duty", () => {
    const { duties } = read('党支部组织生活制度\n4.支部每学期召开一次组织生活会，每学期末组织党员交流心得，开展批评和自我批评。会后支部应将会议记录复印件交学院党总支。');
    expect(duties.map((d) => [d.kind, d.frequency, d.minCount, d.scope])).toEqual([
      ['organizational-life-meeting', 'halfyear', 1, 'group'],
      ['report-to-committee', 'halfyear', 1, 'group'],
    ]);
    // Handing a plan to the 党委 for approval is no report.
    expect(read('党支部组织生活制度\n1.支部每月召开一次支委会。学习计划交党委审定。').duties.map((d) => d.kind)).toEqual(['party-group-meeting']);
  });

  it('督导 of one\'s fields is an inspection; 年内 is due by year end; 各二级单位 are other bodies', () => {
    const all = (t: string) => read(`2026年党风廉政建设工作要点\n一、责任\n${t}`);
    expect(all('班子成员每年至少2次到分管单位督导党风廉政建设工作。').duties.map((d) => [d.kind, d.frequency, d.minCount, d.scope])).toEqual([['inspection', 'year', 2, 'each-member']]);
    expect(all('党组书记年内对班子成员开展廉政约谈全覆盖。').duties.map((d) => [d.kind, d.frequency, d.scope, d.deadline])).toEqual([['talk', 'year', 'secretary', '12-31']]);
    const others = all('各二级单位每半年向局党组书面报告一次落实主体责任情况。');
    expect(others.duties).toEqual([]);
    expect(others.possible).toHaveLength(1);
    // "一年内两次" counts absences, not a time.
    expect(all('对一年内两次无故不参加组织生活的党员进行批评教育。').duties).toEqual([]);
  });
  it("the unit's discipline body reporting to it is heard by the unit; a heading's meeting keeps the date after it", () => {
    const all = (t: string) => read(`2026年党建工作要点\n一、责任\n${t}`);
    expect(all('七是落实党风廉政建设责任，纪委每季度向党委汇报一次工作。').duties.map((d) => [d.kind, d.frequency, d.minCount, d.scope])).toEqual([['hear-report', 'quarter', 1, 'group']]);
    expect(all('派驻纪检组每半年向局党组专题汇报一次履职情况。').duties.map((d) => [d.kind, d.frequency])).toEqual([['hear-report', 'halfyear']]);
    // A report to the higher discipline body is the 纪委's own, not the unit's.
    expect(all('纪委书记每年向上级纪委报告一次工作。').duties).toEqual([]);
    expect(all('（三）召开高质量民主生活会。年底前召开年度民主生活会。').duties.map((d) => [d.kind, d.frequency, d.deadline])).toEqual([['democratic-life-meeting', 'year', '12-31']]);
  });

  it('talks of the secretary with the members and of the members with their staff are every member\'s', () => {
    expect(briefs('党组书记与班子成员、班子成员与分管股室负责人每年至少开展一次廉政谈话。')).toEqual([['talk', 'year', 1, 'each-member']]);
    expect(briefs('党组书记每年与班子成员谈话不少于1次。')).toEqual([['talk', 'year', 1, 'secretary']]);
  });
  it('as many times as months named is one in each month, due by its end', () => {
    expect(read('2026年党建工作要点\n一、组织\n1.每年6月、12月集中开展两次发展对象培训。').duties.map((d) => [d.kind, d.minCount, d.deadline, d.title])).toEqual([
      ['other', 1, '06-30', '6月集中开展发展对象培训'],
      ['other', 1, '12-31', '12月集中开展发展对象培训'],
    ]);
    expect(read('2026年党建工作要点\n一、组织\n1.3月和9月各召开一次党员大会。').duties.map((d) => [d.minCount, d.deadline])).toEqual([[1, '03-31'], [1, '09-30']]);
    // Three times in two months is not one in each.
    expect(read('2026年党建工作要点\n一、组织\n1.每年6月、12月开展发展对象培训3次。').duties.map((d) => d.minCount)).toEqual([3]);
  });
  it('notes and reflections sized in characters are one piece a period of each member; staff below the body are not it', () => {
    const { duties } = read('机关学习制度\n（二）做好读书笔记。镇党委、人大、政府班子成员全年读书笔记不得低于1万字，心得体会不得低于3000字，至少撰写1篇调研文章；部门负责人全年读书笔记不得少于8000字，心得体会不得低于2000字；一般干部全年读书笔记不得少于6000字。');
    expect(duties.map((d) => [d.kind, d.frequency, d.minCount, d.scope])).toEqual([
      ['other', 'year', 1, 'each-member'],
      ['research-report', 'year', 1, 'each-member'],
      ['research-report', 'year', 1, 'each-member'],
    ]);
    expect(duties[0]!.note).toContain('不少于1万字');
    // The size of pieces already counted is no piece of its own.
    expect(briefs('班子成员每年写心得体会2篇，每篇不少于2000字。')).toEqual([['research-report', 'year', 2, 'each-member']]);
    expect(read('党支部学习制度\n（四）党员要认真做好学习笔记，每学年每人不少于1万字。').duties.map((d) => [d.kind, d.scope, d.title])).toEqual([['other', 'each-member', '学习笔记每学年每人不少于1万字']]);
  });

  it('entries of a list that start with their count share the period said at its head (a dash typed for 一 too)', () => {
    expect(read('党支部学习制度\n（五）严格执行制度，即每月召开一次支部委员会、一次党小组会，—次全体党员会，并上一次党课。').duties.map((d) => [d.kind, d.frequency, d.minCount])).toEqual([
      ['party-group-meeting', 'month', 1],
      ['other', 'month', 1],
      ['other', 'month', 1],
      ['party-lecture', 'month', 1],
    ]);
    // A count of how long each one lasts is not an entry.
    expect(briefs('每月集中学习一次，一次不少于2小时。').map((b) => b[0])).toEqual(['study-group']);
  });

  it("a village's 党支部会 beside its 委员会 is a second meeting; study exchanges are study sessions; 做好 before a year-end check", () => {
    expect(read('农村党员教育管理制度\n1.党支部会、党支部委员会每月至少召开一次。').duties.map((d) => [d.kind, d.frequency])).toEqual([
      ['other', 'month'],
      ['party-group-meeting', 'month'],
    ]);
    expect(briefs('每季度开展一次学习交流活动。')).toEqual([['study-group', 'quarter', 1, 'group']]);
    expect(read('党支部学习制度\n（八）年底做好检查评比工作，奖励学习积极分子。').duties.map((d) => [d.kind, d.deadline])).toEqual([['inspection', '12-31']]);
  });

  it("one's own study of law is one's own time; whom a rule ensures something of does not organise the lectures", () => {
    expect(read('中心组学习制度\n3、由相关部门负责，确保中心组成员每年学法时间不少于40学时，并每年组织举办1-2次法律讲座。').duties.map((d) => [d.kind, d.scope, d.measure ?? null, d.minCount])).toEqual([
      ['other', 'each-member', 'hours', 1],
      ['other', 'group', null, 1],
    ]);
  });

  it('a summary per period named (月月有小结，学期与学年有总结) is one document each', () => {
    expect(read('中心组学习制度\n6.中心组学习做到次次有记录，月月有小结，学期与学年有总结。').duties.map((d) => [d.kind, d.frequency])).toEqual([
      ['deliverable', 'month'],
      ['deliverable', 'halfyear'],
      ['deliverable', 'year'],
    ]);
  });

  it('the rule making itself and what a joint meeting decides are no documents to make', () => {
    expect(read('意识形态工作责任制考核制度\n为落实意识形态工作责任制，制定本考核制度。').duties).toEqual([]);
    expect(read('意识形态研判联席会议制度\n二、主要职责：研究确定全局意识形态领域工作的重要制度及重点任务。').duties).toEqual([]);
    expect(read('2026年工作要点\n一、学习\n1.每年初研究确定全年调研重点。').duties.map((d) => d.kind)).toEqual(['deliverable']);
  });

  it('a meeting named in the sentence before by who chairs it is what "原则上每周召开一次" holds; a 研判 专题会议 is a 研判会', () => {
    expect(read('会议制度\n（二）街道领导班子会议由党工委书记或办事处主任主持。原则上每周召开一次，如有特殊情况，随时召开。').duties.map((d) => [d.kind, d.frequency, d.title])).toEqual([['party-group-meeting', 'week', '街道领导班子会议原则上每周召开一次']]);
    expect(read('党组会议规则\n1.党组(局长办公)会议由党组书记(局长)召集和主持，一般每季召开一次。').duties.map((d) => [d.kind, d.frequency])).toEqual([['party-group-meeting', 'quarter']]);
    expect(briefs('定期分析研判意识形态形势，每半年召开一次专题会议。')).toEqual([['other', 'halfyear', 1, 'group']]);
    expect(briefs('每半年召开一次专题会议研究党建工作。')).toEqual([['party-group-meeting', 'halfyear', 1, 'group']]);
  });
  it('人人, 分管领导 and 党政领导 name who is bound; 一堂 counts a 党课', () => {
    const plan = (t: string) => read(`2026年机关党支部“四个一”活动安排\n${t}`).duties.map((d) => [d.kind, d.frequency, d.minCount, d.scope]);
    expect(plan('一、人人都上一堂党课。')).toEqual([['party-lecture', 'year', 1, 'each-member']]);
    // The body restates the heading's duty: one duty; "结合各自工作" is each member's too.
    expect(plan('二、人人撰写一篇调研文章。引导全体党员善于思考，结合各自工作至少撰写一篇有分析、有建议的调研文章。')).toEqual([['research-report', 'year', 1, 'each-member']]);
    expect(briefs('分管领导每年与分管对象开展一次谈心活动。')).toEqual([['talk', 'year', 1, 'each-member-except-secretary']]);
    expect(briefs('党政领导、机关中层干部每周不少于1次下沉所驻村(社区)网格。')).toEqual([['other', 'week', 1, 'each-member']]);
  });

  it('a clause that only names a fixed day before the act dates it: “七一”前夕', () => {
    expect(read('2026年机关党支部活动安排\n三、“七一”前夕，召开支部大会民主推荐优秀党员，张榜公示。').duties.map((d) => [d.kind, d.frequency, d.deadline])).toEqual([['other', 'year', '06-30']]);
    expect(read('2026年工作要点\n一、学习\n1.每年年初，制定年度学习计划。').duties.map((d) => [d.kind, d.deadline])).toEqual([['deliverable', '03-31']]);
  });

  it("the list of what a meeting takes up is its agenda, not documents to make", () => {
    expect(read('公司党委会议规则\n一、公司党委会议主要讨论和研究以下工作：\n1、研究和制定党委工作计划，检查和督促落实计划执行情况；\n2、研究决定需要由公司党委集体讨论的其它事项').duties).toEqual([]);
  });

  it('the time slot of a plan about one activity is when that activity is held', () => {
    expect(read('机关单位2026年度主题党日活动计划\n二、基本安排\n（一）活动时间\n每月固定第一周的周五').duties.map((d) => [d.kind, d.frequency])).toEqual([['theme-party-day', 'month']]);
    // A weekday at the end of the page is no cut-off count.
    expect(read('2026年工作要点\n一、学习\n1.活动时间\n每月固定第一周的周五').duties).toEqual([]);
  });

  it('a plan without a title laid out as 指导思想/具体工作 is a year\'s plan; a named 《…标准》 is a document', () => {
    const { duties } = extractPlan(parsePlan('指导思想：\n以党的理论为指引，围绕中心，服务大局。\n具体工作：\n一、师德建设\n1、开展师德教育，并于9月底前修订和完成《光启小学师德规范校本标准》。'));
    expect(duties.map((d) => [d.kind, d.frequency, d.deadline])).toEqual([['deliverable', 'year', '09-30']]);
  });

  it('the secretary talking with the members is the secretary\'s duty, titled by whom he talks with', () => {
    const { duties } = read('学院党委谈心谈话制度\n第三条 党委书记与党委委员、党政班子成员每年谈心谈话不少于1次；党委委员之间每年谈心谈话不少于1次。');
    expect(duties.map((d) => [d.kind, d.scope, d.title])).toEqual([
      ['talk', 'secretary', '党委书记与党委委员、党政班子成员每年谈心谈话不少于1次'],
      ['talk', 'each-member', '党委委员之间每年谈心谈话不少于1次'],
    ]);
    // Talks before a life meeting do not make the meeting a duty.
    expect(read('学院党委谈心谈话制度\n第六条 召开民主生活会、组织生活会前，必须开展谈心谈话。').duties).toEqual([]);
  });

  it("notes of a range of characters, online courses and visits", () => {
    expect(read('中心组学习制度\n3.中心组成员一年必须完成1—2万字的学习笔记。').duties.map((d) => [d.kind, d.frequency, d.scope])).toEqual([['other', 'year', 'each-member']]);
    expect(briefs('党员干部每人每年参加网络学院学习不少于50学时。')).toEqual([['other', 'year', 1, 'each-member']]);
    expect(briefs('每年组织党员外出参观学习一次。')).toEqual([['other', 'year', 1, 'group']]);
  });
  it("a month of a year's schedule dates each act in it; a month's study topic is one of the sessions counted", () => {
    const school = read('XX小学党支部2026年党建工作计划\n二、主要工作\n（一）党小组会每月召开一次。\n三、月度安排\n一月份：召开组织生活会；制定支部年度工作计划。\n三月份：开展“学雷锋”志愿服务活动。\n11—12月：向学校党总支报告全年工作。');
    expect(school.duties.map((d) => [d.kind, d.deadline])).toEqual([
      ['other', null],
      ['organizational-life-meeting', '01-31'],
      ['deliverable', '01-31'],
      ['other', '03-31'],
      ['report-to-committee', '12-31'],
    ]);
    const study = read('中共XX县自然资源局党组理论学习中心组2026年学习计划\n一、学习安排\n党组中心组原则上每月集中学习1次，每次学习不少于半天，全年集中学习不少于12次。\n二、学习专题\n1月份：学习贯彻全会精神（领学人：党组书记）。\n2月份：学习《中国共产党章程》。\n6月份：学习党纪有关内容，开展警示教育。');
    // The yearly 12 is implied by the monthly session; the months' topics are those sessions; the warning education is its own.
    expect(study.duties.map((d) => [d.kind, d.frequency, d.deadline])).toEqual([
      ['study-group', 'month', null],
      ['warning-education', 'year', '06-30'],
    ]);
  });

  it('a plan made and filed by a date is one document due then; a responsibility paper signed each year is one', () => {
    expect(read('2025年度党建工作要点\n一、学习\n制定年度学习计划，于2月底前报县委宣传部备案。').duties.map((d) => [d.kind, d.deadline])).toEqual([['deliverable', '02-28']]);
    expect(read('2026年党支部工作计划\n一、廉政\n1.每年签订一次党风廉政建设责任书。').duties.map((d) => [d.kind, d.frequency])).toEqual([['deliverable', 'year']]);
    // Signing down the line is a standing practice, not a paper of the period.
    expect(read('党风廉政建设主体责任实施办法\n第五条 层层签订党风廉政建设责任书。').duties).toEqual([]);
  });
  it("a visit to one's contact village and a yearly rating are acts; the rating is titled by its quoted name", () => {
    expect(briefs('镇党委班子成员每人联系1个村，每月到联系村不少于2次，帮助解决实际问题。')).toEqual([['other', 'month', 2, 'each-member']]);
    expect(read('2025年党建工作要点\n一、基层\n1.实施村党组织“星级评定”，每年评定一次，结果在全镇公示。').duties.map((d) => [d.kind, d.frequency, d.title])).toEqual([['other', 'year', '“星级评定”每年评定一次']]);
  });
  it('a 约谈 after whom a 考核 ranked low is a talk; the 常委会 and 党政联席会议 are the leading body\'s meetings', () => {
    expect(read('2017年主体责任清单\n一、责任\n1.4月底前，对在主体责任考核中排名靠后的单位主要负责人约谈完毕。').duties.map((d) => [d.kind, d.deadline])).toEqual([['talk', '04-30']]);
    expect(briefs('县委常委会要定期研究党建工作，每年不少于2次。')).toEqual([['party-group-meeting', 'year', 2, 'group']]);
    expect(read('镇党委政府会议制度\n1、党政联席会议每月召开一次。').duties.map((d) => [d.kind, d.frequency])).toEqual([['party-group-meeting', 'month']]);
    // Reporting at the 常委会 is not holding it.
    expect(briefs('县委各常委每月在常委会上通报1次履职情况。').map((b) => b[0])).not.toContain('party-group-meeting');
    expect(briefs('文旅局每季度召开一次意识形态工作会议并研究部署意识形态工作。')).toEqual([['party-group-meeting', 'quarter', 1, 'group']]);
  });

  it("the bodies across the area, a meeting's duties section and a rule's name are not the unit's documents or duties", () => {
    const { duties } = read('意识形态工作责任制实施办法\n五、信息报送制度\n全区各级党组织每季度向区委宣传部报送意识形态工作有关情况。');
    expect(duties).toEqual([]);
    expect(read('县文化局党组议事规则\n一、党组会职责\n3、讨论加强局党组思想、组织、作风建设中的重大问题，制定党组会自身建设的有关制度和规定。').duties).toEqual([]);
  });

  it("a count without a period in a year's plan is that many this year; 每月的第三个周五 is a 主题党日's slot", () => {
    expect(read('2026年街道工作计划\n（二）建强组织体系。针对性开展社区书记“擂台比武”4次。').duties.map((d) => [d.kind, d.frequency, d.minCount])).toEqual([['other', 'year', 4]]);
    // A period we do not know stays a possible duty, not a yearly one.
    const unknown = read('某党支部2022年组织生活安排\n5、每三周组织一次党员志愿服务。');
    expect([unknown.duties, unknown.possible.map((p) => p.source)]).toEqual([[], ['每三周组织一次党员志愿服务']]);
    // In a standing rule, a bare count is no period's duty.
    expect(read('社区党建工作制度\n1.开展社区书记“擂台比武”4次。').duties).toEqual([]);
    expect(read('党支部主题党日活动方案\n一、活动安排\n活动时间:每月的第三个周五').duties.map((d) => [d.kind, d.frequency])).toEqual([['theme-party-day', 'month']]);
  });
  it('a list of fixed days, each with its period, is one duty per day; a day named for an activity is its act', () => {
    const { duties } = read('镇党建工作实施方案\n（二）实行每周五群众事务代办日、每月 5 日领导干部基层走访日、每月 15 日基层民主议事日制度。');
    expect(duties.map((d) => [d.kind, d.frequency, d.scope, d.title])).toEqual([
      ['other', 'week', 'group', '每周五群众事务代办日'],
      ['other', 'month', 'each-member', '每月5日领导干部基层走访日'],
      ['other', 'month', 'group', '每月15日基层民主议事日'],
    ]);
  });

  it('an ordinal is no count; a cited rule is no duty; 党课学习 is a 党课; study counted then named is a study session', () => {
    expect(read('2017年中心组学习通知\n一、今年下半年，我们党将召开第十九次全国代表大会。').duties).toEqual([]);
    expect(read('2017年中心组学习通知\n二、按照市委《意见》中“各级党委(党组)中心组学习研讨的时间累计不少于12天”的规定。').duties).toEqual([]);
    expect(briefs('每年组织不少于四次的党课学习。')).toEqual([['party-lecture', 'year', 4, 'group']]);
    expect(read('分党委政治学习制度\n二、规定每月周四下午学习一次，由支部组织全体党员政治学习，时间不得少于2小时。').duties.map((d) => [d.kind, d.frequency, d.measure])).toEqual([['study-group', 'month', 'hours']]);
  });

  it('a plan made and then sent up by a date is one document due then; 根据需要 at the end is no cut-off', () => {
    expect(read('2017年中心组学习通知\n三、制定2017年基层党组织中心组学习计划，4月15日前将学习计划报党委宣传部。').duties.map((d) => [d.kind, d.deadline])).toEqual([['deliverable', '04-15']]);
    expect(read('“三会一课”制度\n2、支部党员大会。一般每季度召开1次也可根据需要，随时召开。').duties.map((d) => [d.kind, d.frequency])).toEqual([['other', 'quarter']]);
  });
  it('a target book by quarter: a task in all four quarters is quarterly, in both halves half-yearly, in one quarter due at its end', () => {
    const { duties } = read('2026年度（分季）目标责任书\n重点工作任务 | 第一季度：开展安全检查1次(9分)；召开领导小组会议1次(8分)。第二季度：开展安全检查1次(8分)；走访企业3次(8分)。第三季度：开展安全检查1次(7分)；走访企业2次(8分)；组织企业培训1次(8分)。第四季度：开展安全检查1次(7分)；召开领导小组会议1次(8分)。 |');
    expect(duties.map((d) => [d.kind, d.frequency, d.minCount, d.deadline, d.title])).toEqual([
      ['inspection', 'quarter', 1, null, '开展安全检查1次'],
      ['other', 'halfyear', 1, null, '召开领导小组会议1次'],
      ['other', 'halfyear', 2, null, '走访企业3次'],
      ['other', 'year', 1, '09-30', '组织企业培训1次'],
    ]);
    expect(duties[0]!.note).toContain('分季');
  });
  it('text copied from a PDF viewer with the page\'s line ends (and a blank line after each) is read as whole sentences', () => {
    const text = ['支部工作标准化指南', '', '（四）“三会一课”制度', '', '', '    “三会一课”即定期召开支部委员会、支部党员大', '', '    会、党小组会，按时上好党课。“三会一课”制度是健全', '', '', '    党的组织生活，严格党员管理的重要方式。支部党员大会', '', '    一般每季度召开 1 次，支部委员会一般每月召开 1 次，每半年', '', '', '    上 1 次党课。“三会一课”记录规范，资料齐全。'].join('\n');
    expect(read(text).duties.map((d) => [d.kind, d.frequency])).toEqual([
      ['other', 'quarter'],
      ['party-group-meeting', 'month'],
      ['party-lecture', 'halfyear'],
    ]);
  });

  it("a 党工委/党总支 meeting is the body's; a village names itself as subject; a 党小组长 is not the body", () => {
    expect(read('街道党工委会议制度\n1、街道党工委会议每月召开一至两次。').duties.map((d) => [d.kind, d.frequency, d.minCount])).toEqual([['party-group-meeting', 'month', 1]]);
    expect(briefs('村(社区)党组织书记每周确定一天为接待群众日，每月走访群众不少于20户次。').map((b) => b[3])).toContain('secretary');
    expect(briefs('两委班子成员每人每月走访群众不少于20户次。')).toEqual([['other', 'month', 20, 'each-member']]);
    expect(read('联系服务群众制度\n3、村(社区)党小组长每季度对小组内所有群众家庭至少走访1次。').duties).toEqual([]);
    // "落实村书记…述职考评制度": the 村 of a noun is no subject.
    expect(briefs('严格落实村书记抓基层党建专项述职考评制度，每年至少召开一次全体基层组织建设工作会议。')).toEqual([['other', 'year', 1, 'group']]);
  });

  it("a helper's part, advice and a bare exhortation to hold a life meeting are no duties; the year's file is", () => {
    expect(read('中心组学习制度\n3、秘书协助组长制定学习计划和安排学习内容。').duties).toEqual([]);
    expect(read('党总支会议制度\n2、会前要充分准备，并结合实际预先提出解决问题的方案。').duties).toEqual([]);
    expect(read('幼儿园政治学习制度\n4、开好民主生活会。').duties).toEqual([]);
    expect(read('中心组学习制度\n5、学习材料年终立卷归档。').duties.map((d) => [d.kind, d.frequency, d.deadline])).toEqual([['deliverable', 'year', '12-31']]);
    expect(read('幼儿园政治学习制度\n2、要保证每个教职工每月至少4小时的学习时间。').duties.map((d) => [d.kind, d.scope, d.measure])).toEqual([['other', 'each-member', 'hours']]);
  });
  it('the twelfth set: long body names, 中心学习组, 学习文章, a filled-in blank, one\'s own weekly time, a slot used', () => {
    expect(briefs('局党总支部中心组成员每年11月底前要写出1-2篇联系实际的调研报告或论文。')).toEqual([['research-report', 'year', 1, 'each-member']]);
    expect(read('学院党委中心组学习制度\n2、党委中心学习组原则上每月学习一次。').duties.map((d) => [d.kind, d.frequency])).toEqual([['study-group', 'month']]);
    expect(briefs('在职教职工每人每年要有一篇理论学习文章。')).toEqual([['research-report', 'year', 1, 'each-member']]);
    expect(read('党支部理论学习制度\n3、每月由组长集中___学习一天时间，其余每周每人学习理论不少于三小时。').duties.map((d) => [d.kind, d.frequency, d.scope, d.measure ?? null])).toEqual([
      ['study-group', 'month', 'group', null],
      ['other', 'week', 'each-member', 'hours'],
    ]);
    expect(read('党员教师学习制度\n2、利用每周星期六课外活动时间开展，全年不少于10次。').duties.map((d) => [d.frequency, d.minCount])).toEqual([['year', 10]]);
  });

  it('plans made at the start of each half, a role\'s job, what a meeting does with decisions, the year\'s archive', () => {
    expect(read('政治理论学习制度\n一、局党总支部每年年初和年中要根据上级工作部署，制订局机关理论学习计划。').duties.map((d) => [d.kind, d.frequency, d.deadline])).toEqual([['deliverable', 'halfyear', null]]);
    expect(read('中心组学习制度\n3、党委中心学习组组长和副组长负责提出学习计划。').duties).toEqual([]);
    expect(read('“三会一课”制度\n二、支部委员会主要内容：制定局支部贯彻落实的计划、措施。').duties).toEqual([]);
    expect(read('“三会一课”制度\n一、会议记录要认真保管，年终归档备查。').duties.map((d) => [d.kind, d.frequency, d.deadline])).toEqual([['deliverable', 'year', '12-31']]);
  });
  it('the thirteenth set: a weekday study day, a session planned in a rule of study, what may be done, what each session does', () => {
    expect(read('宣传部机关学习型党组织建设方案\n二、部机关确立“周五学习日”制度。').duties.map((d) => [d.kind, d.frequency])).toEqual([['study-group', 'week']]);
    expect(read('第七党支部“每周学思行”实施办法\n一、原则上每周安排一次学习，每周的学习主题可由支部委员会讨论产生，每次集中学习完后讨论产生下一期的学习主题。').duties.map((d) => [d.kind, d.frequency])).toEqual([['study-group', 'week']]);
    expect(read('党支部大会、支委会会议制度\n3、支部委员会可以提出初步意见和方案。').duties).toEqual([]);
    expect(read('党支部组织生活制度\n4、支部每年在民主生活会的基础上召开一次民主评议活动。').duties.map((d) => [d.kind, d.frequency])).toEqual([['other', 'year']]);
    expect(briefs('班子成员制订翔实的个人年度学习计划。').map((b) => b[3])).toEqual(['each-member']);
    expect(read('社区党员管理制度\n2、党员根据支部学习计划订出个人学习计划。').duties.map((d) => [d.kind, d.scope])).toEqual([['deliverable', 'each-member']]);
  });
  it('the fourteenth set: a numbered line that is a sentence holds its duty; when a counted act is held; steps after each act', () => {
    expect(read('民主评议制度\n一、民主评议工作由局党委和各党支部组织实施。\n二、民主评议每年一次，结合年度工作总结一起进行，民主评议的对\n度和行动，肯定成绩。\n1.测评：党支部召开评议会议。').duties.map((d) => [d.kind, d.frequency])).toEqual([['other', 'year']]);
    expect(read('意识形态研判制度\n2、研判每季度进行一次，原则上安排在每年的3月中旬、6月中旬、9月中旬、12月中旬进行。').duties.map((d) => [d.kind, d.frequency])).toEqual([['other', 'quarter']]);
    expect(read('意识形态工作制度\n4、检查考核结束后要形成书面报告并向被检查考核对象反馈。').duties).toEqual([]);
    expect(read('医院党委会议制度\n8、由院长办公会议拟定方案。').duties).toEqual([]);
    expect(read('党内民主生活会制度\n四、党员领导干部除了参加所在班子民主生活会外，还要参加所在支部的组织生活。').duties.map((d) => d.kind)).not.toContain('democratic-life-meeting');
  });
  it('the fifteenth set: acts listed with their counts after them, study in one\'s spare time, a document sent down, a result\'s use', () => {
    expect(read('2024年离退休党支部工作项目\n一、全年召开支委会议12次、退休党员大会4次。').duties.map((d) => [d.kind, d.frequency, d.minCount])).toEqual([
      ['party-group-meeting', 'year', 12],
      ['other', 'year', 4],
    ]);
    expect(briefs('党员每月利用班后业余时间进行二次学习。')).toEqual([['other', 'month', 2, 'each-member']]);
    expect(read('2018年公司党委党建工作计划\n一、公司党委每月初专门下发《月度作业指导书》。').duties.map((d) => [d.kind, d.frequency])).toEqual([['deliverable', 'month']]);
    expect(read('党支部工作手册使用通知\n三、手册每年交中心机关党委检查，并作为年终考核评议党支部工作的内容之一。').duties.map((d) => d.deadline)).not.toContain('12-31');
  });
  it('the sixteenth set: a 书记办公会, a member\'s meeting with the branch he links, meetings each with its own period in one list, slots', () => {
    expect(read('党委书记办公会议规则\n三、会议一般每两周召开一次，会议在充分酝酿的基础上就重要问题提出初步方案。').duties.map((d) => [d.kind, d.frequency])).toEqual([['party-group-meeting', '2weeks']]);
    expect(read('机关党委委员联系党支部制度\n二、党委委员要熟悉所联系党支部人员和工作等情况，每学期召开一次专题会议。').duties.map((d) => [d.kind, d.frequency, d.scope])).toEqual([['other', 'halfyear', 'each-member']]);
    expect(read('党支部工作考核标准\n1、原则上支部大会每季度一次、支委会和党小组会每月召开一次。').duties.map((d) => [d.kind, d.frequency])).toEqual([
      ['other', 'quarter'],
      ['party-group-meeting', 'month'],
      ['other', 'month'],
    ]);
    expect(read('中学党建工作例会制度\n二、例会每季度召开一次，召开时间一、二、三季度为每年第一个月的第一周的周一上午。').duties.map((d) => d.frequency)).toEqual(['quarter']);
    expect(read('机关党建管理制度\n2、支部委员会讨论制定工作任务、工作制度。').duties).toEqual([]);
  });
  it('the seventeenth set: 廉政教育 is warning education; a period longer than a year is no yearly duty', () => {
    expect(briefs('每年至少开展三次以上集体廉政教育活动。')).toEqual([['warning-education', 'year', 3, 'group']]);
    const multi = read('廉政风险防控制度\n6、在三个预算年度内，对业务职能部门至少开展一次监察检查工作。');
    expect([multi.duties, multi.possible.length]).toEqual([[], 1]);
    expect(read('党员民主评议制度\n1、每两年进行一次民主评议。').duties).toEqual([]);
  });
  it('the seventeenth set, part b: visits on festivals and to the sick, a count of two a year held once in each half, members of one kind', () => {
    expect(briefs('每年春节、中秋和重阳节，由局领导带队走访看望退休职工。')).toEqual([['other', 'year', 1, 'group']]);
    expect(briefs('每年重阳节期间，看望慰问老党员。')).toEqual([['other', 'year', 1, 'group']]);
    expect(briefs('对因病长期住院的退休干部每季度至少看望一次。')).toEqual([['other', 'quarter', 1, 'group']]);
    expect(briefs('每年由办公室统计退休人员体检名单。')).toEqual([['other', 'year', 1, 'group']]);
    expect(read('县统计局党组会议制度\n一、会议由书记主持。').duties).toEqual([]);
    // Two a year, one in each half: the figure checked is one per half.
    const halves = read('老干部工作制度\n二、县委每年召开2次老干部情况通报会，分别在上半年和年底向老同志通报全县工作。');
    expect(halves.duties.map((d) => [d.kind, d.frequency, d.minCount])).toEqual([['other', 'halfyear', 1]]);
    expect(halves.duties[0]!.note).toContain('上半年和下半年');
    expect(briefs('每年召开老干部座谈会2次（上、下半年各1次）。')).toEqual([['other', 'halfyear', 1, 'group']]);
    expect(briefs('每年召开老干部座谈会2次。')).toEqual([['other', 'year', 2, 'group']]);
    expect(briefs('离退休党员每半年向所在党支部书面汇报一次思想情况。')).toEqual([['other', 'halfyear', 1, 'each-member']]);
    expect(briefs('外出务工党员在外期间，每季度应主动向所在党支部汇报一次。')).toEqual([['other', 'quarter', 1, 'each-member']]);
    expect(briefs('流动党员每季度向党支部交纳一次党费。')).toEqual([['other', 'quarter', 1, 'each-member']]);
    // The branch posts what members paid and reports it to the members' meeting: the body's acts.
    expect(briefs('支部委员会专人收缴党费，并将党员每季度交纳党费的情况公示，每年年底向支部大会报告一次收缴情况。').map((b) => b[3])).toEqual(['group', 'group']);
  });
  it('the eighteenth set: a government\'s plenary, 征求意见, 参加, the head of the unit, talks by members, a purpose clause, a table\'s figures', () => {
    expect(read('县政府会议制度\n一、县政府全体会议由县长召集，原则上每半年召开一次。').duties.map((d) => [d.kind, d.frequency])).toEqual([['party-group-meeting', 'halfyear']]);
    expect(briefs('办公室每季度向班子成员征求一次意见。')).toEqual([['other', 'quarter', 1, 'group']]);
    expect(briefs('区党政领导分片联系社区，每年参加3次以上社区志愿服务。')).toEqual([['other', 'year', 3, 'each-member']]);
    expect(briefs('公司党政主要领导每年至少讲两次廉洁党课。')).toEqual([['party-lecture', 'year', 2, 'secretary']]);
    expect(briefs('| 2.1党政主要领导每年至少讲一次专题党课。')).toEqual([['party-lecture', 'year', 1, 'secretary']]);
    expect(briefs('每年讲党课次数')).toEqual([]);
    expect(briefs('党员每季度至少与结对群众谈一次话，以便及时修订帮扶计划。')).toEqual([['talk', 'quarter', 1, 'each-member']]);
    expect(briefs('每半年向校长室、上级党组织汇报一次工作。')).toEqual([['report-to-committee', 'halfyear', 1, 'group']]);
    // Notes sized in characters and the reflections beside them are two pieces, in a rule for the cadres themselves.
    expect(read('街道机关干部读书制度\n一、机关干部要认真读书，每人每年的读书笔记不少于1万字，并撰写3篇读书心得。').duties.map((d) => [d.kind, d.minCount, d.scope])).toEqual([
      ['other', 1, 'each-member'],
      ['research-report', 3, 'each-member'],
    ]);
  });
  it('drops a traditional-character page\'s breadcrumb and counter lines, so the title is found', () => {
    const plan = parsePlan('當前位置:範文網>制度>\n機關幹部學習制度\n範文網 人氣:2.1K\n一、每月集中學習一次。');
    expect(plan.title).toBe('機關幹部學習制度');
  });
  it('the nineteenth and twentieth sets: halves said apart, a month of a prompt, lectures to a branch, group study, training hours and dues of each member', () => {
    expect(briefs('支部组织生活会每年召开两次，上半年在7月前召开，下半年在年底前召开。')).toEqual([['organizational-life-meeting', 'halfyear', 1, 'group']]);
    expect(read('机关党委2024年6月党建工作提示\n一、6月份要召开1次支部委员会。').duties.map((d) => [d.kind, d.frequency, d.deadline])).toEqual([['party-group-meeting', 'year', '06-30']]);
    expect(briefs('班子成员每年为分管部门作1次专题报告或党课。')).toEqual([['party-lecture', 'year', 1, 'each-member']]);
    expect(briefs('党小组学习每两周至少一次。')).toEqual([['study-group', '2weeks', 1, 'group']]);
    expect(briefs('党委每年至少组织2次支部书记集中学习培训。')).toEqual([['other', 'year', 2, 'group']]);
    expect(read('党员教育培训制度\n三、学生党员每年参加集中教育培训不少于24学时。').duties.map((d) => [d.kind, d.scope, d.measure, d.amount])).toEqual([['other', 'each-member', 'hours', 24]]);
    expect(read('党支部党费收缴制度\n二、交纳时间：按月交纳。').duties.map((d) => [d.frequency, d.scope])).toEqual([['month', 'each-member']]);
    expect(briefs('党支部每半年向全体党员公布一次党费收缴情况。')).toEqual([['other', 'halfyear', 1, 'group']]);
    expect(briefs('党总支部按季度将党费上交区委组织部。')).toEqual([['other', 'quarter', 1, 'group']]);
    expect(briefs('按每名党员每月收入的规定比例交纳。')).toEqual([]);
    expect(briefs('每名班子成员每年与分管股室干部谈心谈话5人次以上。')).toEqual([['talk', 'year', 5, 'each-member']]);
    // Deciding a meeting's topic is not holding it; a plan made with it shares its year.
    expect(briefs('研究确定每年组织生活会的主题，并制定《组织生活会实施方案》。')).toEqual([['deliverable', 'year', 1, 'group']]);
    expect(briefs('如遇七一期间等重大活动，可调整活动时间。')).toEqual([]);
  });
  it('a page without its title: the preamble names the rule, and residue lines of phone and mail are dropped', () => {
    const untitled = read('为加强教职工理论学习，结合实际，特制定本学习制度。\n一、学习安排\n教职工每月至少学习一次。');
    expect(untitled.duties.map((d) => d.kind)).toEqual(['study-group']);
    expect(parsePlan('0571-87654321 office@example.org.cn\n党支部学习制度\n一、每月学习一次。').title).toBe('党支部学习制度');
  });
  it('the twenty-first set: caps are no duties, quarterly 考察, the leaders\' meeting, a weekday slot, study in a study rule, a site\'s name and column', () => {
    expect(briefs('全年缺席支部活动次数不多于2次。')).toEqual([]);
    expect(briefs('每年外出考察不超过1次。')).toEqual([]);
    expect(briefs('党支部对入党积极分子进行季度考察。')).toEqual([['other', 'quarter', 1, 'group']]);
    expect(briefs('党员积分每季度评定一次，年终总评。').map((b) => b[1])).toEqual(['quarter', 'year']);
    expect(briefs('领导班子会：每两周一次。')).toEqual([['party-group-meeting', '2weeks', 1, 'group']]);
    expect(briefs('党委中心组的学习时间原则上为每月第一个周五。')).toEqual([]);
    expect(briefs('每月第一、三周周四下午为党的活动日。').map((b) => b[0])).toEqual(['theme-party-day']);
    expect(read('校务管理制度\n1.党政联席会议制度\n党政联席会议是学校的议事机构。每周星期二上午举行。').duties.map((d) => [d.kind, d.frequency])).toEqual([['party-group-meeting', 'week']]);
    expect(read('中学教职工学习制度\n一、全体教职工每周学习一次，业务学习另行安排。').duties.map((d) => [d.kind, d.frequency])).toEqual([['study-group', 'week']]);
    expect(read('机关学习制度\n一、机关干部的学习原则上每两周一次。').duties.map((d) => [d.kind, d.frequency])).toEqual([['study-group', '2weeks']]);
    expect(read('学校管理制度\n一、制定学年工作计划和学期工作总结。').duties.map((d) => d.frequency)).toEqual(['year', 'halfyear']);
    const page = parsePlan('某某范文网\n小学党支部学习制度_党建制度\n一、每月集中学习一次。');
    expect(page.title).toBe('小学党支部学习制度');
    const untitled = read('为增强干部学习的自觉性，特建立社区干部学习制度：\n一、社区干部的学习原则上每月一次。');
    expect(untitled.duties.map((d) => d.kind)).toEqual(['study-group']);
  });
  it('a school\'s administrative and mass organisations\' meetings, helping others plan, long-range plans, circled numbers', () => {
    expect(read('幼儿园会议制度\n一、⒈园务会：每月一次。⒉班务会：每月一次。⒊工会委员会：每季度一次。⒋党支部委员会：每月一次。').duties.map((d) => [d.kind, d.frequency])).toEqual([['party-group-meeting', 'month']]);
    expect(briefs('党员要帮助困难户制定增收计划。')).toEqual([]);
    expect(read('学校管理制度\n一、制定学校中长期发展规划。').duties).toEqual([]);
    expect(briefs('②中心组每月集中学习1次；个人自学每年不少于100小时。').map((b) => b[3])).toEqual(['group', 'each-member']);
  });
  it('the twenty-second set: one act a period without 每, a leading body\'s study, parts of a month, a yearly round\'s tasks, drafted papers', () => {
    expect(briefs('坚持集中学习与自学相结合，季一检查，年终一总结。')).toEqual([['inspection', 'quarter', 1, 'group'], ['deliverable', 'year', 1, 'group']]);
    expect(briefs('半年一次总结汇报。').length).toBeLessThanOrEqual(1);
    expect(read('机关学习制度\n三、办公室负责制定当年的学习计划。').duties.map((d) => [d.kind, d.frequency])).toEqual([['deliverable', 'year']]);
    expect(briefs('常委会每年安排会前学习不少于4次。')).toEqual([['study-group', 'year', 4, 'group']]);
    expect(briefs('党组每年召开1次学习务虚会。')).toEqual([['study-group', 'year', 1, 'group']]);
    expect(read('述职评议工作方案\n三、11月中旬，各支部完成自评；12月下旬，党委召开述职评议会议。').duties.map((d) => d.deadline)).toContain('12-31');
    const round = read('书记述职评议工作每年度11月开始，原则上年底前全部结束。具体任务如下：\n一、准备工作\n1.起草书记抓基层党建工作述职报告。\n2.制定述职评议会议方案。');
    expect(round.duties.map((d) => [d.kind, d.frequency])).toEqual([['deliverable', 'year'], ['deliverable', 'year']]);
  });
  it('a table of tasks formed by the act before it, in its period', () => {
    expect(read('全面从严治党责任制实施办法\n一、党委每年年初对全年任务进行分解，形成党建工作任务图表。').duties.map((d) => [d.kind, d.frequency])).toContainEqual(['deliverable', 'year']);
  });
  it('the twenty-third set: a table\'s figures per period, the secretary\'s own talks, pieces of information, months in the field', () => {
    expect(briefs('1次/学期 支部民主生活会')).toEqual([['democratic-life-meeting', 'halfyear', 1, 'group']]);
    expect(briefs('1次/1-2个月 党课')).toEqual([['party-lecture', '2months', 1, 'group']]);
    expect(briefs('1次/季度 党员大会')).toEqual([['other', 'quarter', 1, 'group']]);
    expect(briefs('1次/年 民主评议党员')).toEqual([['other', 'year', 1, 'group']]);
    expect(briefs('1次/3年 评选先进党支部')).toEqual([]);
    expect(read('党委书记与科室负责人谈话制度\n三、谈话时间：每季度至少谈话三次。').duties.map((d) => [d.kind, d.frequency, d.minCount, d.scope])).toEqual([['talk', 'quarter', 3, 'secretary']]);
    expect(briefs('每季度报送信息不少于3条。')).toEqual([['other', 'quarter', 3, 'group']]);
    expect(briefs('制定三条措施。')).toEqual([]);
    expect(read('调研工作制度\n二、委员会组成人员每年深入基层调研时间不少于一个月。').duties.map((d) => [d.scope, d.measure, d.amount])).toEqual([['each-member', 'days', 30]]);
    expect(briefs('班子成员每月不少于2次下乡走访。')).toEqual([['other', 'month', 2, 'each-member']]);
  });
  it('the twenty-fourth set: months of every year, a year-end act after what it rests on, once a year without 每…次', () => {
    expect(read('入党积极分子培养制度\n三、党支部于每年3月、9月收集检查培养考察登记表。').duties.map((d) => [d.kind, d.deadline])).toEqual([['inspection', '03-31'], ['inspection', '09-30']]);
    expect(briefs('年底根据党员全年表现进行民主评议。')).toEqual([['other', 'year', 1, 'group']]);
    expect(briefs('积分每季度一公示，每年一排名。').map((b) => b[1])).toContain('year');
  });
  it('the twenty-fifth set: points taken off, a reflection of one\'s own, a committee member reporting to the body', () => {
    expect(briefs('无故缺席组织生活一次扣3分。')).toEqual([]);
    expect(briefs('每半年有一篇学习心得体会。')).toEqual([['research-report', 'halfyear', 1, 'each-member']]);
    expect(briefs('组织委员每月向党委汇报一次工作。')).toEqual([['hear-report', 'month', 1, 'group']]);
  });
  it('a school\'s administrative meeting at the start of a sentence does not hide the branch\'s own, and a plan line ending in 网 stays', () => {
    expect(briefs('行政会议研究后，党支部每月召开一次支委会。')).toEqual([['party-group-meeting', 'month', 1, 'group']]);
    expect(parsePlan('2025年社区党委工作要点\n织密基层治理网\n一、每月召开一次党委会议。').preamble).toContain('织密基层治理网');
  });
  it('the residue after learning from every set: a slot in a week of the month, a session arranged for study, leading cadres, what is asked of whom the sentence before named, a good deed done', () => {
    expect(briefs('支委会一般为每月第二周的周三召开。')).toEqual([['party-group-meeting', 'month', 1, 'group']]);
    expect(briefs('党总支会议为例会，原则上于每月第一周召开。')).toEqual([['party-group-meeting', 'month', 1, 'group']]);
    expect(briefs('机关支部每两周安排一次学习。')).toEqual([['study-group', '2weeks', 1, 'group']]);
    expect(briefs('每半年组织一次学习测验。')).toEqual([['other', 'halfyear', 1, 'group']]);
    expect(briefs('党员利用业余时间每周进行一次学习。').map((b) => b[0])).not.toContain('study-group');
    expect(briefs('局机关各科室领导干部要带头调研，每年调研时间不少于30天。').map((b) => b[3])).toEqual(['each-member']);
    expect(briefs('加强局领导干部到基层调研力度，每年年初确定全年调研重点。').map((b) => b[3])).toEqual(['group']);
    expect(read('一、联系制度\n1.镇领导班子成员负责所联系村的指导。要求每月不少于2次下村走访。').duties.map((d) => [d.frequency, d.minCount, d.scope])).toEqual([['month', 2, 'each-member']]);
    expect(briefs('班子成员每年至少为联系社区办2件实事。')).toEqual([['other', 'year', 2, 'each-member']]);
  });
  it('a heading names the act of the bare quantities under it; the months it is held in are when, not more duties', () => {
    const briefsOf = (text: string) => read(text).duties.map((d) => [d.kind, d.frequency, d.minCount, d.scope]);
    expect(briefsOf('党支部工作制度\n三、支委会\n每月召开一次。')).toEqual([['party-group-meeting', 'month', 1, 'group']]);
    expect(briefsOf('党支部学习制度\n一、学习时间\n每月至少一次，一般安排在月底。')).toEqual([['study-group', 'month', 1, 'group']]);
    expect(briefsOf('党支部学习制度\n一、学习时间：每月至少一次，一般安排在月底。')).toEqual([['study-group', 'month', 1, 'group']]);
    expect(briefsOf('党支部工作制度\n三、督促检查\n每季度一次。')).toEqual([['inspection', 'quarter', 1, 'group']]);
    // Numbered entries whose first line is their heading, as a page of a rule is laid out.
    expect(briefsOf('机关党委关于党支部建设情况的考评办法\n二、考评内容\n党建活动打分量化。\n三、考评时间\n每半年安排一次,分别在每年6月和12月组织进行')).toEqual([['inspection', 'halfyear', 1, 'group']]);
    expect(briefsOf('党员评议办法\n二、评议时间\n每年一次。')).toEqual([['other', 'year', 1, 'group']]);
    // A meeting of no kind of ours under its heading, and a label of when under it, still name the act in the title.
    const titles = (text: string) => read(text).duties.map((d) => [d.kind, d.title]);
    expect(titles('村党支部组织生活制度\n二、党员大会\n一般每季度召开一次。')).toEqual([['other', '党员大会一般每季度召开一次']]);
    expect(titles('村党支部组织生活制度\n三、党小组会\n活动时间：每月至少一次，一般安排在月中。')).toEqual([['other', '党小组会每月至少一次']]);
    expect(read('村党支部组织生活制度\n六、考核时间\n每年年底进行一次。').duties.map((d) => [d.kind, d.frequency, d.deadline])).toEqual([['inspection', 'year', '12-31']]);
    // A heading of content or of a purpose names no act.
    expect(briefsOf('党支部学习制度\n二、学习内容\n每月一次。')).toEqual([]);
    expect(briefsOf('党支部工作制度\n一、工作要求\n每季度一次。')).toEqual([]);
    expect(briefsOf('党支部每半年开展一次督导检查，分别在每年6月和12月组织进行。')).toEqual([['inspection', 'halfyear', 1, 'group']]);
  });
  it('the twenty-sixth set: a yearly count said before the monthly one, a check of the study, a summary written, the body reporting its own work, whose requirement an act follows', () => {
    expect(briefs('中心组全年集中学习不少于12次，每月开展一次集中学习。')).toEqual([['study-group', 'month', 1, 'group']]);
    // Another body's monthly sessions are not the yearly count restated.
    expect(briefs('党委每年组织4次集体学习，各支部每月组织1次集体学习。').map((b) => b[1])).toContain('year');
    expect(briefs('每半年组织一次理论学习检查。')).toEqual([['inspection', 'halfyear', 1, 'group']]);
    expect(briefs('每季度开展一次学习交流。')).toEqual([['study-group', 'quarter', 1, 'group']]);
    expect(read('1.年终进行总结和通报。').duties.map((d) => [d.kind, d.frequency, d.deadline])).toEqual([['deliverable', 'year', '12-31']]);
    expect(briefs('每月进行一次工作总结。')).toEqual([['deliverable', 'month', 1, 'group']]);
    expect(briefs('年底召开工作总结会。').map((b) => b[0])).not.toContain('deliverable');
    expect(briefs('党组每半年专题报告一次党风廉政建设工作。')).toEqual([['report-to-committee', 'halfyear', 1, 'group']]);
    expect(briefs('党委书记每年作专题报告一次。').map((b) => b[0])).not.toContain('report-to-committee');
    expect(read('1.学习秘书每年年初要根据县委的要求，结合实际，制订年度学习计划。').duties.map((d) => d.kind)).toEqual(['deliverable']);
  });
});
