// Reads the documents a clause asks to be drawn up (deliverables).

import type { Frequency } from '../../domain/duties';
import { stripFillers, stripMarks } from './marks';
import type { Clause } from './clauses';
import { NUM, readFrequency } from './frequency';
import { deadlineFits, deadlineNote, findDeadline } from './deadlines';
import { scopeOf, subjectOf } from './scope';
import { type Draft, type ItemContext, noteOf } from './drafts';

// "报送年度工作总结": a named document sent upward is a document too.
// "每季度更新《案例汇编》": a named compilation kept up to date each period is a product of that period.
// "年底形成学习情况报告": a report the unit writes is its product; one sent upward is a report (KINDS).
// "每年签订一次党风廉政建设责任书": the signed paper is the product.
// "做出个人学习计划", "訂出個人學習計劃": made, in other words.
// "起草述职报告", "填报《…统计表》": drafted or filled in, a paper of the period too.
const DELIVERABLE_VERB = /(?:研究)?(?:做出(?=[^，。；]{0,10}?(?:计划|方案))|订出|下发(?=《)|起草|填报(?=《)|公布(?=[^，。；]{0,12}?(?:安排|计划))|签订|制定印发|制定出台|制定下发|制定|制订|拟定|拟订|编制|印发|出台|修订|提出|确定|报送|上报|呈报|更新(?=《)|形成(?=[^，。；]{0,20}?(?:报告|总结|清单|图表|台账)))/;
// A document name ends with one of these nouns, followed by a clause end or a conjunction
// ("…清单和…清单"), so "制度建设" is not read as a document called "…制度".
const DOC_NAME = /(?:[和及与、]|以及)?(.*?(?:清单|计划|方案|制度|办法|细则|规则|规划|意见|要点|台账|重点|课题|总结|目标|汇编|手册|报告|标准|规范|准则|守则|公约|责任书|承诺书|图表)[》”"』]?|《[^》]{2,30}》)(?=[和及与、等并《“]|以及|$)/g;

/**
 * Not a document the unit must make: the rule introducing itself ("特制定本制度"), a past act
 * told in a news item ("制定下发了…"), advice ("提出意见和建议", "提出贯彻执行的意见"), and
 * 重点/课题 except where they are fixed or proposed ("确定全年调研重点").
 */
function isDocument(said: string, name: string, clause: string): boolean {
  // "研究确定…": the verb is 确定, the 研究 only says it is done at a meeting.
  const verb = said.replace(/^研究/, '');
  // "协助组长制定学习计划": a helper's part in the document the 组长 makes, not a second one.
  // "有能力的要帮助制定脱贫计划": helping others make theirs.
  if (new RegExp(`(?:协助|配合|帮助|指导)[^，。；]{0,6}?${verb}`).test(clause)) return false;
  // "支部委员会可以提出初步意见和方案": what it may do.
  if (new RegExp(`(?:可以|可)${verb}`).test(clause)) return false;
  // "组长负责提出学习计划": a role's job in a standing rule, with no period to check it by.
  if (new RegExp(`负责[^，。；]{0,4}?${verb}`).test(clause) && !/年度|季度|月度|学期|全年|本年|当年|每/.test(clause)) return false;
  // "制定本单位贯彻落实的计划、措施": what a meeting does with each decision from above, not a paper of the period.
  if (/贯彻(?:落实)?的?(?:计划|措施|意见|方案)/.test(name)) return false;
  // "预先提出解决问题的方案": advice on a matter, not a document of the period.
  if (verb === '提出' && /的(?:方案|办法|措施)$/.test(name)) return false;
  // "层层签订责任书" is a standing practice; "每年签订一次…责任书", "年初签订" is a paper of the period.
  if (verb === '签订' && !/每|年初|年底|月底|前/.test(clause)) return false;
  // "五、信息报送制度" names a rule of sending; "制定…的有关制度和规定" names no one document.
  // "提出初步方案", "讨论制定工作任务、工作制度": a draft for the meeting, or the work in general.
  if (/初步(?:方案|意见)$/.test(name) || /^(?:[、和及与]?工作(?:任务|制度))+$/.test(name)) return false;
  if (name === '制度' || name === '方案' || /(?:有关|相关|各项|各类)(?:制度|规定|办法)/.test(name)) return false;
  // "检查考核结束后要形成书面报告": a step after each check, not a paper of the period.
  if (/(?:结束|完成)(?:后|以后|之后)/.test(clause)) return false;
  // Only one formed is: a report sent (报送…报告) is a report upward, a research report is research.
  if (/报告$/.test(name)) return (verb.endsWith('形成') || verb === '起草') && !/调研|调查/.test(name);
  // "制定本考核制度", "特制定本实施细则": the rule itself.
  if (/特(?:制定|制订)|本(?:[\u4e00-\u9fa5]{0,4}?(?:制度|办法|规定|细则|规则)|意见|方案|计划|要点)|如下/.test(clause)) return false;
  if (new RegExp(`${verb}了`).test(clause) || /已(?:经)?(?:制定|印发|出台)/.test(clause)) return false;
  if (/意见$|建议$/.test(name) && (/的(?:意见|建议)$/.test(name) || name.length <= 2)) return false;
  // "制定和完善学习制度": keeping a rule up to date is a standing effort, not a product.
  if (new RegExp(`${verb}(?:和|并|与|、)(?:完善|健全)`).test(clause)) return false;
  // "制定学习计划制度": a rule about making plans (a heading), not a document.
  if (/(?:计划|方案|清单|规划)制度$/.test(name)) return false;
  // "提出解决的办法和措施", "提出意见": advice; what is proposed as a document is a plan.
  if (verb === '提出' && !/[》”"』]$|(?:计划|方案|要点|重点|课题|清单)$/.test(name)) return false;
  // "每月确定1个学习重点": a topic counted by 个 is what the sessions study, not a paper.
  if (/(?:重点|课题)$/.test(name)) return (verb === '确定' || verb === '提出') && !new RegExp(`^${NUM}个`).test(name);
  return verb !== '确定' || /(?:计划|方案|清单)$/.test(name);
}

export function deliverablesIn(clause: string): { verb: string; name: string }[] {
  const m = DELIVERABLE_VERB.exec(clause);
  if (!m) return [];
  const rest = clause.slice(m.index + m[0].length);
  return [...rest.matchAll(DOC_NAME)].flatMap((d) => (d[1] && isDocument(m[0], d[1], clause) ? [{ verb: m[0], name: d[1] }] : []));
}

export const PERIOD_WORDS: Record<string, Frequency> = { 月月: 'month', 学年: 'year', 每学年: 'year', 月份: 'month', 年度: 'year', 全年: 'year', 每年: 'year', 季度: 'quarter', 每季度: 'quarter', 月度: 'month', 每月: 'month', 学期: 'halfyear', 每学期: 'halfyear', 半年: 'halfyear' };
/** "制定年度、季度学习计划": one document per period named. */
const PERIOD_LIST_RE = /^((?:年度|季度|月度|月份|学期|半年)(?:[、和及与](?:年度|季度|月度|月份|学期|半年))+)(.+)$/;
/** "《A培训班》、《B培训班》教育培训计划": one plan per title. */
const TITLE_LIST_RE = /^(.*?)((?:《[^》]+》[、和及与]?){2,})([^《》]*(?:计划|方案|清单))$/;

/** The documents a name stands for, each with its period when the name gives one. */
function splitDocuments(name: string): { name: string; period?: Frequency }[] {
  const periods = PERIOD_LIST_RE.exec(name);
  if (periods) return periods[1]!.split(/[、和及与]/).map((p) => ({ name: p + periods[2]!, period: PERIOD_WORDS[p]! }));
  const titles = TITLE_LIST_RE.exec(name);
  if (titles) return [...titles[2]!.matchAll(/《[^》]+》/g)].map((t) => ({ name: `${titles[1]!}${t[0]}${titles[3]!}` }));
  // "制定学年工作计划", "学期工作总结": a plan of each school year or term.
  const lead = /^(学年|学期|季度|月度)(?!末|初|中)/.exec(name);
  return [lead ? { name, period: PERIOD_WORDS[lead[1]!]! } : { name }];
}

// "年度有计划、每月有安排": a plan per period, without a document name; "学习计划每月安排一次" too.
// "月月有小结，学期与学年有总结": a summary per period named, each its own.
const GENERIC_PERIOD = '(?:年度|全年|每年|季度|每季度|月度|每月|月月|学期|每学期|学年|每学年)';
const GENERIC_DOC_RE = new RegExp(`(${GENERIC_PERIOD}(?:[与和及、]${GENERIC_PERIOD})*)[\\u4e00-\\u9fa5]{0,4}?有(计划|安排|方案|小结|总结)`, 'g');
/** "开学初对全年党建工作做出科学安排", "年初对全年学习作出部署": the year's plan, under another verb. */
// "（一）有年度工作计划": a standard's heading that the branch has the year's plan.
export const HAS_PLAN_RE = /^有(年度|季度|月度|学期)[\u4e00-\u9fa5]{0,6}?(?:计划|安排|方案)$/;
const PLAN_YEAR_RE = /对(?:全年|本年度?|全学年|年度)[^，。；]{0,12}?(?:做出|作出|进行)[^，。；]{0,4}?(?:安排|部署)/;
const PLAN_EVERY_RE = /(?:计划|方案)[\u4e00-\u9fa5]{0,2}?(每(?:个)?(?:月|季度|学期|半年|年))[\u4e00-\u9fa5]{0,2}?(?:安排|制定|制订)/;

// "制定学校长远发展目标和近期规划": a long-range plan in a standing rule has no period to check it by either.
const OCCASIONAL_DOC_RE = /^(?:阶段性?|专题|具体|各类|各项)|(?:长远|中长期|近期)[\u4e00-\u9fa5]{0,4}?规划$|发展目标$/;
const CONTACT_POINT_RE = /(?:确定|明确|选定|选择)[^，。；]{0,16}?(?:作为|为)[^，。；]{0,10}?联系点/;
const ARCHIVE_RE = /装订成(?:册|卷)|整理归档|立卷归档|归入档案|归档保存|(?:年终|年底|年末)归档|归档备查/;

const isOwnTitle = (name: string, title: string): boolean => {
  const own = /^本(?:年度?|学期|学年)(.{2,})$/.exec(name.replace(/[《》“”"]/g, ''));
  return own !== null && title.includes(own[1]!);
};
const YEAR_PLAN_BASIS_RE = /(?:根据|按照|依据|依照)[^，。；]*?(?:年度|全年)[^，。；]*?(?:计划|安排|要点)/;

export function deliverableDrafts(clause: Clause, ctx: ItemContext): Draft[] {
  const documents = deliverablesIn(clause.text);
  // "分年度制定…计划", "逐年制定…": one each year, in a standing rule too.
  // "每年年初和年中要根据…，制订…学习计划": the sentence's lead says it is made at the start of each half.
  // "确定每年…的主题，并结合实际制定《…方案》": joined by 并, it shares the period of the clause before.
  // "每年年初对任务进行细化分解，形成…明细图表": what the act before forms, in its period.
  const joined = /^(?:并|同时|形成)/.test(clause.text) && clause.before[0] ? readFrequency(clause.before[0])?.frequency : undefined;
  const own = documents.length > 0 ? (readFrequency(clause.text)?.frequency ?? (/分年度|逐年|当年的?[\u4e00-\u9fa5]{0,6}?(?:计划|方案|安排)/.test(clause.text) ? 'year' : /年初[和及与、]年中/.test(clause.upTo) ? 'halfyear' : joined)) : undefined;
  // A standing rule's 阶段性/专题/具体 plan is made for each stage or topic, with no period to check: no duty.
  // "为…，制定本年度组织生活计划" in the plan titled so: the document introducing itself.
  const named = documents.filter(({ name }) => !isOwnTitle(name, ctx.title)).flatMap(({ verb, name }) =>
    splitDocuments(name).flatMap((d) => (ctx.standing && !(d.period ?? own) && OCCASIONAL_DOC_RE.test(d.name) ? [] : [{ title: verb + d.name, period: d.period ?? own, generic: false }])),
  );
  const has = named.length > 0 ? null : HAS_PLAN_RE.exec(stripFillers(stripMarks(clause.text)));
  const generic = named.length > 0 || !clause.text.includes('有') ? [] : has ? [{ title: has[0], period: PERIOD_WORDS[has[1]!], generic: true }] : [...clause.text.matchAll(GENERIC_DOC_RE)].flatMap((m) => {
          const periods = m[1]!.split(/[与和及、]/);
          return periods.map((p) => ({ title: periods.length > 1 ? `${p}有${m[2]!}` : m[0], period: PERIOD_WORDS[p], generic: true }));
        });
  const every = named.length > 0 || generic.length > 0 ? null : PLAN_EVERY_RE.exec(clause.text);
  const year = named.length > 0 || generic.length > 0 || every ? null : PLAN_YEAR_RE.exec(clause.text);
  // "记录每年年终装订成册", "每年年底将资料整理归档": the bound file is the product, by the period said.
  const archive = named.length > 0 || generic.length > 0 || every || year ? null : ARCHIVE_RE.exec(clause.text);
  // "年终立卷归档": filed at each year's end.
  const archivePeriod = archive ? (readFrequency(clause.text)?.frequency ?? (/年终|年底|年末/.test(clause.text) ? 'year' : undefined)) : undefined;
  // "确定1-2个支部作为自己的联系点": the designation is the product, once under a standing rule.
  const contact = named.length > 0 || generic.length > 0 || every || year || archivePeriod ? null : CONTACT_POINT_RE.exec(clause.text);
  if (contact) return [{ kind: 'deliverable', title: stripFillers(contact[0]), frequency: readFrequency(clause.text)?.frequency ?? (ctx.standing ? 'once' : 'year'), minCount: 1, scope: scopeOf(clause, ctx.lead), deadline: null, source: clause.text, start: clause.start, end: clause.end }];
  if (named.length === 0 && generic.length === 0 && !every && !year && !archivePeriod) return [];
  const all = every
    ? [{ title: every[0], period: readFrequency(every[1]!)?.frequency, generic: true }]
    : year
      ? [{ title: stripFillers(clause.text), period: 'year' as Frequency, generic: false }]
      : archivePeriod
        ? [{ title: stripFillers(clause.text.slice(subjectOf(clause.text)?.length ?? 0)), period: archivePeriod, generic: false }]
        : [...named, ...generic];
  const deadline = findDeadline(clause.text) ?? ctx.month ?? null;
  return all.map(({ title, period, generic }) => {
    // "好度学习计划": a converter lost the 年 of 年度; 季度/月度/学期 plans say so in full.
    // "根据中心组年度学习计划，制定个人自学计划": a plan made from the year's plan is made each year.
    const fromYearPlan = clause.before.some((b) => YEAR_PLAN_BASIS_RE.test(b));
    const frequency: Frequency = period ?? (/年度|本年|全年|(?<![季月制态进力程深高])度[\u4e00-\u9fa5]{0,4}?(?:计划|安排|要点)/.test(title) || fromYearPlan || !ctx.standing ? 'year' : 'once');
    const kept = deadline && deadlineFits(frequency) ? deadline : null;
    const note = noteOf(kept?.note, deadline && !kept ? deadlineNote(frequency, deadline) : undefined);
    return {
      kind: 'deliverable',
      title,
      frequency,
      minCount: 1,
      scope: scopeOf(clause, ctx.lead),
      deadline: kept?.date ?? null,
      source: clause.text,
      ...(note ? { note } : {}),
      start: clause.start,
      end: clause.end,
      ...(generic ? { generic } : {}),
    };
  });
}
