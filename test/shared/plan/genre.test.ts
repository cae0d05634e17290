// How 工作要点 / 学习制度 / 组织生活制度 of any unit phrase duties (issue #13 item 6): one case per
// rule of shared/plan/extract.ts, each in wording of our own (none is copied from the corpus).
import { describe, expect, it } from 'vitest';
import type { DutyDraft } from '../../../shared/domain/duties';
import { extractPlan } from '../../../shared/plan/extract';
import { parsePlan } from '../../../shared/plan/parse';

const read = (text: string) => extractPlan(parsePlan(text.includes('\n') ? text : `1.${text}`));
type Brief = [DutyDraft['kind'], DutyDraft['frequency'], number, DutyDraft['scope']];
const briefs = (text: string): Brief[] => read(text).duties.map((d) => [d.kind, d.frequency, d.minCount, d.scope]);

const cases: { rule: string; text: string; expected: Brief[] }[] = [
  // the act names the kind
  { rule: '组织…学习 is a collective study', text: '每季度组织一次党员干部学习党章党规。', expected: [['study-group', 'quarter', 1, 'group']] },
  { rule: '对…进行检查 is an inspection, whatever is checked', text: '党委办公室每月对学习台账进行一次检查。', expected: [['inspection', 'month', 1, 'group']] },
  { rule: 'the object of 对 does not name the kind', text: '每学期对调研报告进行一次集中研讨。', expected: [['other', 'halfyear', 1, 'group']] },
  { rule: '约谈 is a talk', text: '党委每半年对考核靠后的单位负责人进行约谈一次。', expected: [['talk', 'halfyear', 1, 'group']] },
  { rule: '听一次…汇报 is a hearing, and the one reporting is not the subject', text: '每年听一次村党总支书记关于村务工作的汇报。', expected: [['hear-report', 'year', 1, 'group']] },
  { rule: 'the subject does not name the kind', text: '中心组成员每年撰写调研报告不少于1篇。', expected: [['research-report', 'year', 1, 'each-member']] },
  { rule: 'a clause with words of its own is not the activity of the clause before', text: '中心组每月集中学习一次，每年至少精读3本理论著作。', expected: [['study-group', 'month', 1, 'group'], ['other', 'year', 3, 'group']] },
  { rule: 'reports upward to any Party body', text: '每季度向上级公司党委报告一次党建工作。', expected: [['report-to-committee', 'quarter', 1, 'group']] },
  { rule: '两委联席会议 is the leading body\'s meeting', text: '村两委联席会议每月召开一次。', expected: [['party-group-meeting', 'month', 1, 'group']] },
  { rule: '年度/季度 before a checking act is its period', text: '实行季度督查通报制度。', expected: [['inspection', 'quarter', 1, 'group']] },
  { rule: '党内学习/政治学习/理论学习 is a collective study', text: '一般政治学习每两周安排一次，党员党内学习每月组织1次，支部理论学习原则上每半月进行一次。', expected: [['study-group', '2weeks', 1, 'group'], ['study-group', 'month', 1, 'group'], ['study-group', '2weeks', 1, 'group']] },
  { rule: 'a lecture given to the group is its study', text: '中心组每月邀请专家举办一次专题讲座；每半年请党校教师作辅导讲座不少于1次；每学期邀请专家开展2次辅导报告。', expected: [['study-group', 'month', 1, 'group'], ['study-group', 'halfyear', 1, 'group'], ['study-group', 'halfyear', 2, 'group']] },
  { rule: 'a research report written in study is a research report', text: '每年组织班子成员撰写学习调研报告1篇。', expected: [['research-report', 'year', 1, 'each-member']] },
  { rule: 'a research report the members are made to write is each member\'s', text: '每半年组织党组成员结合分管工作形成调研报告不少于1篇；每季度组织支委撰写一次学习心得调研报告。', expected: [['research-report', 'halfyear', 1, 'each-member'], ['research-report', 'quarter', 1, 'each-member']] },
  { rule: 'what probationary members and applicants owe is theirs, not the unit\'s', text: '预备党员每季度向党支部书面汇报一次思想情况。入党积极分子每两个月向培养联系人汇报1次。发展对象每月向党小组汇报思想不少于1次。', expected: [] },
  { rule: 'a 民主评议 with its own frequency, held at the 组织生活会, is a duty of its own', text: '民主评议党员结合年度组织生活会进行，一般每年一次。', expected: [['other', 'year', 1, 'group']] },
  { rule: 'the meeting where a 民主评议 is held is its place, not its kind', text: '党员民主评议在组织生活会上开展，原则上每年1次。民主评议党员在支部年度组织生活会上进行，每年至少1次。', expected: [['other', 'year', 1, 'group'], ['other', 'year', 1, 'group']] },
  { rule: 'a day fixed as the 主题党日 each month', text: '每月最后一个周五作为主题党日活动时间。每月第二周的周三为主题党日。每季度首月10日作为“主题党日”活动日。', expected: [['theme-party-day', 'month', 1, 'group'], ['theme-party-day', 'month', 1, 'group'], ['theme-party-day', 'quarter', 1, 'group']] },
  // frequencies and counts
  { rule: 'two named quarters are one per half-year', text: '班子成员一、三季度每季度到联系村参加1次主题党日。', expected: [['theme-party-day', 'halfyear', 1, 'each-member']] },
  { rule: 'a yearly count with a per-quarter count is the per-quarter one', text: '党员大会全年不少于4次（每季度至少1次）。', expected: [['other', 'quarter', 1, 'group']] },
  { rule: 'a yearly count after a per-month count restates it', text: '党委会原则上每月召开1次，全年不少于12次。', expected: [['party-group-meeting', 'month', 1, 'group']] },
  { rule: 'a yearly count beyond the per-period count is a duty of its own', text: '支委会每季度召开1次，全年不少于6次。', expected: [['party-group-meeting', 'quarter', 1, 'group'], ['party-group-meeting', 'year', 6, 'group']] },
  { rule: 'a number in quotes is a name, not a count', text: '落实“三本”台账制度。', expected: [] },
  { rule: 'a yearly meeting by rule takes the period given after it', text: '党支部合并召开组织生活会，每半年召开一次。', expected: [['organizational-life-meeting', 'halfyear', 1, 'group']] },
  { rule: 'a frequency given for a list of activities is one duty each', text: '落实每月一次的党小组会、主题党日等制度。', expected: [['other', 'month', 1, 'group'], ['theme-party-day', 'month', 1, 'group']] },
  { rule: 'entries of a list with periods of their own', text: '坚持每月一次的集中学习、每季度一次的专题研讨、半年一次总结汇报。', expected: [['study-group', 'month', 1, 'group'], ['study-group', 'quarter', 1, 'group'], ['other', 'halfyear', 1, 'group']] },
  { rule: 'two life meetings across a stray comma', text: '按时开好民主生活会，组织生活会。', expected: [['democratic-life-meeting', 'year', 1, 'group'], ['organizational-life-meeting', 'year', 1, 'group']] },
  { rule: 'a period without 每 before a count', text: '支委会一月一次，党员大会一季度一次，党小组会半月一次。', expected: [['party-group-meeting', 'month', 1, 'group'], ['other', 'quarter', 1, 'group'], ['other', '2weeks', 1, 'group']] },
  { rule: 'a period without 每: 两月, 半年, 一年', text: '中心组学习两月一次，党员大会半年召开一次，组织生活会一年至少召开两次。', expected: [['study-group', '2months', 1, 'group'], ['other', 'halfyear', 1, 'group'], ['organizational-life-meeting', 'year', 2, 'group']] },
  { rule: '一季度 with an act names the first quarter', text: '一季度召开年度民主生活会。', expected: [['democratic-life-meeting', 'year', 1, 'group']] },
  { rule: '按季度/按月 is a period', text: '按季度开展党建工作督查，按月上报党建工作信息。', expected: [['inspection', 'quarter', 1, 'group'], ['other', 'month', 1, 'group']] },
  { rule: '按年度计划 names a plan, not a period', text: '按年度计划开展理论学习。', expected: [] },
  { rule: 'once in each half of the year', text: '党员大会每年上、下半年各召开一次；每年年中和年底各开展一次督导检查。', expected: [['other', 'halfyear', 1, 'group'], ['inspection', 'halfyear', 1, 'group']] },
  { rule: 'choosing and honouring is an act', text: '每年评选一次优秀共产党员。', expected: [['other', 'year', 1, 'group']] },
  { rule: '研究N次…工作 by the body is its meeting', text: '党支部每半年研究一次意识形态工作。', expected: [['party-group-meeting', 'halfyear', 1, 'group']] },
  { rule: '以案促改 is a warning education', text: '每年开展一次以案促改专题教育。', expected: [['warning-education', 'year', 1, 'group']] },
  { rule: 'a selection is no inspection', text: '每年组织开展一次党员先锋岗评比。', expected: [['other', 'year', 1, 'group']] },
  { rule: 'guiding a branch is an act, each member\'s by the subject before', text: '党委委员每人联系一个支部，每季度到联系支部指导工作不少于1次。', expected: [['other', 'quarter', 1, 'each-member']] },
  { rule: 'a heading naming a life meeting takes the period after it', text: '开好党支部组织生活会。每季度或半年班子成员召开1次，也可根据需要随时召开。', expected: [['organizational-life-meeting', 'halfyear', 1, 'group']] },
  // scope
  { rule: 'words before a meeting name qualify it', text: '县级党员领导干部民主生活会每年召开一次。', expected: [['democratic-life-meeting', 'year', 1, 'group']] },
  { rule: '书记与其他成员之间 is the secretary\'s, and the sentence after ； keeps him', text: '支部书记与其他支委之间的谈心谈话每季度不少于1次；与普通党员谈心每年不少于2次。', expected: [['talk', 'quarter', 1, 'secretary'], ['talk', 'year', 2, 'secretary']] },
  { rule: '中心组组长 is the secretary', text: '中心组组长每季度对成员学习笔记检查一次。', expected: [['inspection', 'quarter', 1, 'secretary']] },
  { rule: 'a sentence after ； keeps the subject of the one before', text: '班子成员要深入基层调研；每年撰写调研报告不少于1篇。', expected: [['research-report', 'year', 1, 'each-member']] },
  { rule: 'talks of several pairs, one of them 之间, are every member\'s', text: '党组织负责人与班子成员、班子成员之间、班子成员与普通党员开展谈心谈话，每年至少2次。', expected: [['talk', 'year', 2, 'each-member']] },
  { rule: 'the subject after a list number "1、"', text: '三、自学制度\n1、中心组成员每周坚持自学，每年研读理论书籍不少于4本。', expected: [['other', 'week', 1, 'each-member'], ['other', 'year', 4, 'each-member']] },
  { rule: '党委(党组) names one body in two words', text: '党委(党组)主要负责人每年至少约谈1次班子成员。党组（党委）书记每半年讲党课不少于1次。党委（党组）成员每人每年讲党课至少两次。', expected: [['talk', 'year', 1, 'secretary'], ['party-lecture', 'halfyear', 1, 'secretary'], ['party-lecture', 'year', 2, 'each-member']] },
  { rule: 'the 纪委 is a body of its own: its duties are not the Party committee\'s', text: '纪委主要负责人每年至少约谈1次下级纪委书记。纪委(纪检组)每季度开展一次专项检查。县纪委书记每半年听取一次派驻纪检组工作汇报。', expected: [] },
  // documents
  { rule: '每学期 制订 is half-yearly', text: '团委每学期制订一次志愿服务计划。', expected: [['deliverable', 'halfyear', 1, 'group']] },
  { rule: '年度、季度…计划 is one document per period', text: '办公室负责制定年度、季度宣传工作计划。', expected: [['deliverable', 'year', 1, 'group'], ['deliverable', 'quarter', 1, 'group']] },
  { rule: 'titles listed before one plan noun are one plan each', text: '每年制定《青年理论学习小组》、《党员先锋岗》活动方案。', expected: [['deliverable', 'year', 1, 'group'], ['deliverable', 'year', 1, 'group']] },
  { rule: 'the members\' own plans are each member\'s', text: '班子成员每年制定个人学习计划。', expected: [['deliverable', 'year', 1, 'each-member']] },
  { rule: 'a plan arranged each month', text: '学习计划每月安排一次。', expected: [['deliverable', 'month', 1, 'group']] },
  { rule: '年度有计划、每月有安排', text: '主题党日做到年度有计划、每月有安排。', expected: [['deliverable', 'year', 1, 'group'], ['deliverable', 'month', 1, 'group']] },
  { rule: '确定…课题 with a time', text: '每年年初确定年度调研课题。', expected: [['deliverable', 'year', 1, 'group']] },
  { rule: 'the study group as a subject: the act is in the clause that acts', text: '党委中心组每年年初结合实际，制定年度学习计划。', expected: [['deliverable', 'year', 1, 'group']] },
  // reports upward: any higher Party body or its department, any verb of sending
  { rule: 'a report to a 党总支 is a report upward', text: '支部每年向党总支报告工作不少于1次。', expected: [['report-to-committee', 'year', 1, 'group']] },
  { rule: '报送 to a higher body is a report upward', text: '每季度向镇党委报送一次党建工作情况。', expected: [['report-to-committee', 'quarter', 1, 'group']] },
  { rule: '上报 to the 组织部门 is a report upward', text: '坚持每月向上级组织部门上报党员发展信息。', expected: [['report-to-committee', 'month', 1, 'group']] },
  { rule: 'a summary sent upward is a document', text: '每年年底前向县委组织部报送年度党建工作总结。', expected: [['deliverable', 'year', 1, 'group']] },
  // checks named by the verb alone
  { rule: '进行检查评比 is an inspection', text: '年底进行检查评比。', expected: [['inspection', 'year', 1, 'group']] },
  { rule: '开展…检查 is an inspection', text: '每学期开展一次党建工作检查。', expected: [['inspection', 'halfyear', 1, 'group']] },
  { rule: '抽查 is an inspection', text: '每季度抽查一次党员学习笔记。', expected: [['inspection', 'quarter', 1, 'group']] },
  { rule: 'a check by others is not the unit\'s', text: '每年接受上级党组织检查一次。', expected: [] },
  // the leading body studying a matter meets
  { rule: '专题研究 by the body is its meeting', text: '党组每季度至少专题研究一次意识形态工作。', expected: [['party-group-meeting', 'quarter', 1, 'group']] },
  { rule: '专题研究 without a subject is the body\'s meeting', text: '每年两次专题研究党风廉政建设工作。', expected: [['party-group-meeting', 'year', 2, 'group']] },
  { rule: 'a 专题会议 of the 领导班子 is its meeting', text: '领导班子每半年至少召开两次专题会议研究意识形态工作。', expected: [['party-group-meeting', 'halfyear', 2, 'group']] },
  // a bare quantity takes the meeting the sentence or the sentence before is about
  { rule: 'the subject at the head of the sentence', text: '党员大会是支部的最高决策机构，由全体党员参加，原则上每季度召开1次。', expected: [['other', 'quarter', 1, 'group']] },
  { rule: 'a sentence defining the meeting', text: '支部委员会是支部的领导机构。一般每月召开1次，必要时随时召开。', expected: [['party-group-meeting', 'month', 1, 'group']] },
  { rule: 'an aside in brackets does not name the activity', text: '支部党员大会由全体党员参加，一般每季度召开2次（结合主题党日一般每月1次）。', expected: [['other', 'quarter', 2, 'group']] },
  // scope and study acts
  { rule: '其他支委 are the members but the secretary', text: '支部书记每年至少讲两次党课，其他支委每年至少讲一次党课。', expected: [['party-lecture', 'year', 2, 'secretary'], ['party-lecture', 'year', 1, 'each-member-except-secretary']] },
  { rule: 'a year-end act after a document is a duty of its own', text: '年初制定年度党建工作计划，年底进行总结。', expected: [['deliverable', 'year', 1, 'group'], ['deliverable', 'year', 1, 'group']] },
  { rule: 'a visit to research is research', text: '党委书记每年到联系点调研不少于4次。', expected: [['research-report', 'year', 4, 'secretary']] },
  { rule: 'hearing 述职 is a hearing', text: '党委每年至少听取1次各支部书记抓党建工作述职。', expected: [['hear-report', 'year', 1, 'group']] },
  { rule: 'planning the year under another verb', text: '开学初对全年党建工作做出科学安排。', expected: [['deliverable', 'year', 1, 'group']] },
  { rule: 'planning the year: 作出部署', text: '每年年初对全年理论学习作出具体部署。', expected: [['deliverable', 'year', 1, 'group']] },
  { rule: 'who presides does not owe the meeting', text: '党员大会由党组织书记主持，一般每季度召开一次。', expected: [['other', 'quarter', 1, 'group']] },
  { rule: 'who convenes does not owe the meeting', text: '支委会由支部书记召集，原则上每月召开1次。', expected: [['party-group-meeting', 'month', 1, 'group']] },
  { rule: '党组织书记 is the secretary', text: '党组织书记每年与班子成员谈心谈话不少于两次。', expected: [['talk', 'year', 2, 'secretary']] },
  { rule: '交流发言 is part of a collective study', text: '每位成员每年交流发言不少于1次。', expected: [['study-group', 'year', 1, 'each-member']] },
  { rule: '领学 is part of a collective study', text: '中心组成员每年至少领学2次。', expected: [['study-group', 'year', 2, 'each-member']] },
  { rule: 'a heading about making plans is no document', text: '二、制定学习计划制度\n1、每年年初制定年度学习计划。', expected: [['deliverable', 'year', 1, 'group']] },
  // not duties
  { rule: 'the rule introducing itself', text: '为规范学习管理，特制定本办法。', expected: [] },
  { rule: 'a past act in a report', text: '去年党委制定了学习制度。', expected: [] },
  { rule: 'advice is not a document', text: '提出改进工作的意见和建议，提出整改的办法和措施。', expected: [] },
  { rule: 'a time slot', text: '每周四上午为集中学习时间。', expected: [] },
  { rule: 'a condition', text: '每季度开展谈心谈话时，要做好记录。', expected: [] },
  { rule: 'sanctions', text: '无故缺席者每次罚款50元。', expected: [] },
  { rule: 'a past year end is no deadline', text: '在去年底的检查中发现问题。', expected: [] },
  { rule: '年末 before an act is a year-end date', text: '年末评议支部班子工作。', expected: [['other', 'year', 1, 'group']] },
  { rule: 'timed by another meeting, not by a date', text: '谈心谈话安排在年末组织生活会之前进行。', expected: [] },
  { rule: 'exhortations about a life meeting', text: '要把开好民主生活会作为重要政治任务。', expected: [] },
  { rule: 'a past count in a summary', text: '全年共召开党组会议15次。', expected: [] },
  { rule: 'a past act with 了', text: '今年以来召开了12次党委会，开展了中心组学习8次。', expected: [] },
  { rule: 'a past total with 累计', text: '2023年，局党组累计开展主题党日活动24次，讲党课6次。', expected: [] },
  { rule: 'a past series with 先后', text: '先后组织集中学习10次，撰写调研报告5篇。', expected: [] },
  { rule: 'a rate is a target, not an act', text: '每名党员每年至少参加一次培训的比例达到95%。', expected: [] },
  { rule: 'the contents of a meeting are its agenda', text: '支部大会主要内容：1、传达上级精神，并结合实际制定贯彻意见。2、听取工作报告。', expected: [] },
  { rule: 'the matters of a meeting are its agenda', text: '党委会议主要事项有：研究贯彻上级决定，并提出实施方案和具体措施；审议年度计划。', expected: [] },
  { rule: 'the tasks of a meeting, in the sentence', text: '支部大会一般每季度召开一次。支部大会主要任务是传达上级决议，制定本支部的工作计划和措施。', expected: [['other', 'quarter', 1, 'group']] },
  { rule: 'the tasks of a meeting, listed with (1)', text: '党员大会的主要任务是：（1）传达上级指示，制定贯彻落实的计划、措施；（2）讨论发展党员。', expected: [] },
  { rule: '党组织委员会 is the leading body\'s meeting', text: '党组织委员会一般每月召开一次。', expected: [['party-group-meeting', 'month', 1, 'group']] },
  { rule: 'a sentence the page cut after its number', text: '1.党员大会每季度召开一次。\n2.党员大会一般每三个月召开一', expected: [['other', 'quarter', 1, 'group']] },
  { rule: 'what the unit may do', text: '如因工作需要，可每两周召开一次党委会。', expected: [] },
  { rule: 'a time slot: 学习时间为…', text: '学习时间为每周五下午。', expected: [] },
  { rule: 'a check by a higher body is done to the unit', text: '上级党委每年对支部考核一次，县委组织部每季度对党建工作进行督查。', expected: [] },
  { rule: 'a count that says who is meant', text: '对一年内2次无故不参加组织生活的党员进行提醒谈话。', expected: [] },
  { rule: 'attending the branch\'s life, with a count after it', text: '班子成员要带头参加所在支部组织生活，每季度至少参加1次。', expected: [['other', 'quarter', 1, 'each-member']] },
  { rule: 'attendance at a life meeting', text: '要求党员干部参加双重组织生活会。', expected: [] },
];

describe('the genre of plans and rules', () => {
  for (const { rule, text, expected } of cases) {
    it(`${rule}: ${text}`, () => expect(briefs(text)).toEqual(expected));
  }

  it('a time lead joins its clause and gives the date ("每年年底前，…")', () => {
    const { duties } = read('每年年底前，党委办公室要报送年度工作总结。');
    expect(duties.map((d) => [d.frequency, d.deadline])).toEqual([['year', '12-31']]);
  });

  it('a half or a month named before the act is its deadline', () => {
    const dates = (t: string) => read(t).duties.map((d) => [d.kind, d.frequency, d.deadline]);
    expect(dates('上半年召开一次党建工作推进会。')).toEqual([['other', 'year', '06-30']]);
    expect(dates('于每年1月向县委报告上年度全面从严治党情况。')).toEqual([['report-to-committee', 'year', '01-31']]);
    expect(dates('年度述职评议在每年12月进行。')).toEqual([['other', 'year', '12-31']]);
    expect(dates('每年年底向上级党委报告一次工作。')).toEqual([['report-to-committee', 'year', '12-31']]);
    // Not a deadline: the half is what the study is about, the months are a span.
    expect(dates('把学习党章作为上半年支部学习的重点。')).toEqual([]);
  });

  it('a life meeting held when needed is not the yearly one', () => {
    expect(read('适时召开专题民主生活会，必要时召开专题组织生活会。').duties).toEqual([]);
  });

  it('a title keeps its time words: 年底前完成…', () => {
    expect(read('年底前完成支部换届工作。').duties[0]).toMatchObject({ title: '年底前完成支部换届工作', deadline: '12-31' });
  });

  it('a clause that only says when lends its date to the duty after it', () => {
    const { duties } = read('每年年初按照上级要求，结合实际，制定年度培训计划。');
    expect(duties.map((d) => [d.kind, d.frequency, d.deadline])).toEqual([['deliverable', 'year', '03-31']]);
  });

  it('reads across lines and spaces a page or PDF put inside a sentence, and cuts the source from the original', () => {
    const { duties } = read('1.党委每季度召开一\n次党委会，研究意识形态工作。\n2.党委会议每月 召 开 1 次。');
    expect(duties.map((d) => [d.item, d.kind, d.frequency, d.minCount])).toEqual([
      ['1', 'party-group-meeting', 'quarter', 1],
      ['2', 'party-group-meeting', 'month', 1],
    ]);
    expect(duties[0]!.source).toBe('党委每季度召开一\n次党委会');
    expect(duties[1]!.source).toBe('党委会议每月 召 开 1 次');
  });

  it('a time after a count of the same period is that of the events counted', () => {
    const { duties } = read('每年组织一次党员集中培训，时间不少于3天。');
    expect(duties.map((d) => [d.kind, d.frequency, d.minCount, d.measure, d.amount])).toEqual([['other', 'year', 1, 'days', 3]]);
    // Over another period it is a duty of its own: the amount is owed per period.
    const other = read('中心组每季度集中学习1次，全年集中学习时间不少于12天。');
    expect(other.duties.map((d) => [d.frequency, d.measure ?? 'count'])).toEqual([['quarter', 'count'], ['year', 'days']]);
  });

  it('a time amount: 不得少于N学时 and N个星期; each session\'s length is not one', () => {
    expect(read('全体党员每学期学习不得少于16学时。').duties[0]).toMatchObject({ frequency: 'halfyear', measure: 'hours', amount: 16 });
    expect(read('班子成员每年到基层蹲点不少于2个星期。').duties[0]).toMatchObject({ measure: 'days', amount: 10, scope: 'each-member' });
    const session = read('支委会每月召开1次，每次不少于2小时。');
    expect(session.duties.map((d) => [d.kind, d.frequency, d.measure ?? 'count'])).toEqual([['party-group-meeting', 'month', 'count']]);
    expect(session.possible.map((p) => p.source)).toEqual(['每次不少于2小时']);
  });

  it('duties of other bodies and of cadres at large, and cut-off sentences, are possible duties, not duties', () => {
    const others = read('1.各党支部每月开展一次主题党日活动。党支部每季度上报一次活动情况。\n2.科级以上干部每年撰写调研报告1篇。\n3.班子成员与群众谈话人数每年应');
    expect(others.duties).toEqual([]);
    expect(others.possible.map((p) => p.source)).toEqual(['各党支部每月开展一次主题党日活动', '党支部每季度上报一次活动情况', '科级以上干部每年撰写调研报告1篇']);
  });

  it('a standing rule asks for a document once, a year\'s plan yearly; the entries of a lead share its subject', () => {
    const rule = read('党支部学习制度\n1.支部书记的主要职责是：\n（1）组织制定学习计划；\n（2）主持集中学习。\n2.党员大会每季度召开一次。由书记主持。');
    expect(rule.duties.map((d) => [d.kind, d.frequency, d.scope])).toEqual([
      ['deliverable', 'once', 'secretary'],
      ['other', 'quarter', 'group'],
    ]);
    expect(read('党建工作制度\n一、分年度制定党建工作计划。\n二、逐年修订学习培训方案。').duties.map((d) => d.frequency)).toEqual(['year', 'year']);
    // Without a title, a text naming no year is a rule.
    expect(read('一、制定党建工作规划。\n二、每半年专题研究一次党建工作。').duties.map((d) => [d.kind, d.frequency])).toEqual([['deliverable', 'once'], ['party-group-meeting', 'halfyear']]);
    const plan = read('某局党组2024年工作要点\n一、支部书记组织制定学习计划。');
    expect(plan.duties.map((d) => [d.kind, d.frequency])).toEqual([['deliverable', 'year']]);
  });

  it('a document asked twice is one duty; a plan restated per period is not a second one', () => {
    const twice = read('学习制度\n一、学习秘书负责制定学习计划。\n二、按学校要求具体制定学习计划。');
    expect(twice.duties.map((d) => d.kind)).toEqual(['deliverable']);
    // In a year's plan two items may each ask for a plan of their own.
    const plan = read('某镇党委2024年工作要点\n1.开展主题教育，制定实施方案。\n2.推进巡察整改，制定实施方案。');
    expect(plan.duties.map((d) => d.item)).toEqual(['1', '2']);
    const restated = read('1.学习计划每月安排一次。\n2.坚持年度有计划、月度有安排。');
    expect(restated.duties.map((d) => [d.kind, d.frequency])).toEqual([
      ['deliverable', 'month'],
      ['deliverable', 'year'],
    ]);
  });

  it('a 总结 reports results: only what it asks with 每 or a bound is a duty', () => {
    const report = read('某局党组2023年工作总结\n一、全年召开党组会议18次，研究议题56项。\n二、组织中心组集中学习12次，党组书记讲党课2次。\n三、2024年工作打算：每月召开一次党组会议，每季度至少开展一次中心组学习。');
    expect(report.duties.map((d) => [d.kind, d.frequency, d.minCount])).toEqual([
      ['party-group-meeting', 'month', 1],
      ['study-group', 'quarter', 1],
    ]);
    // In a plan the same count is a duty.
    expect(briefs('某局党组2024年工作要点\n一、全年召开党组会议18次。')).toEqual([['party-group-meeting', 'year', 18, 'group']]);
  });

  it('a bare 会议 in a rule named after one meeting is that meeting', () => {
    expect(briefs('党委会议制度\n一、会议每月召开一次。\n二、会议由书记主持。')).toEqual([['party-group-meeting', 'month', 1, 'group']]);
  });
});
