// Evidence records (台账) as a county government Party Group keeps them: one template per
// record kind the 台账 offers, with the kind-specific fields a ledger clerk fills in (records.data JSON).
// Shared by the demo year step (demoRecords) and the generator at scale (scale.ts).
// Meetings (党组会议, 民主生活会, 组织生活会) are never records: the ledger cannot enter them,
// and a record such as "党组会议书面传阅" would count as a meeting held.

import type { DutyKind } from '../../../shared/domain/duties';
import { RECORD_KINDS } from '../../../shared/ledger/record-kinds';
import type { DB } from '../db/open';
import type { Rng } from './random';

/** Who a record is about: the credited member(s) and, for talks, the other party. */
export interface RecordPeople {
  /** Members credited with the record (record_members); empty for group-level records. */
  credited: { id: number; name: string; branch: string }[];
  /** Any other member in office (talk partner, reporter …). */
  other: { id: number; name: string } | null;
  /** Picks a fixed variant where a kind has a fixed list (the four 清单/计划 documents); random otherwise. */
  variant?: number;
}

export interface RecordDraft {
  kind: DemoRecordKind;
  title: string;
  data: Record<string, unknown>;
  note: string;
}

interface Template {
  /** Relative frequency at scale (the demo year uses its own schedule). */
  weight: number;
  /** 'member': credits 1 member; 'group': credits nobody (the Party Group as a whole); 'several': 2–4 members. */
  who: 'member' | 'group' | 'several';
  make(rng: Rng, year: number, p: RecordPeople): Omit<RecordDraft, 'kind'>;
}

const UNITS = ['县发改局', '县财政局', '县教育局', '县卫健局', '县住建局', '县农业农村局', '县水利局', '县自然资源局', '县交通运输局', '县市场监管局', '县应急管理局', '县文旅局', '县民政局', '县人社局', '县生态环境分局', '城关镇', '东坪镇', '西河乡', '南山镇', '白水镇'];
const THEMES = ['学习贯彻党的二十大精神', '深入学习习近平新时代中国特色社会主义思想', '弘扬伟大建党精神', '坚持以人民为中心的发展思想', '全面从严治党永远在路上', '加强作风能力建设', '践行初心使命 勇于担当作为', '推动乡村全面振兴', '树立和践行正确政绩观'];
const SUBJECTS = ['乡村振兴衔接资金使用', '营商环境优化提升', '县域经济高质量发展', '农村人居环境整治', '义务教育优质均衡发展', '县域医共体建设', '安全生产专项整治', '重点项目建设推进', '基层治理能力提升', '养老服务体系建设', '河湖长制落实', '耕地保护和粮食安全'];
const FINDINGS = ['责任清单未及时更新', '廉政风险点排查不够全面', '会议记录不规范', '“三重一大”事项决策程序不完整', '专项资金台账不健全', '整改销号资料不全', '干部学习记录缺失'];
const PLACES = ['县政府三楼会议室', '县委党校报告厅', '县政府五楼会议室', '分管单位会议室', '县廉政教育基地'];
const CADRES = ['县发改局局长', '县财政局副局长', '县教育局局长', '县住建局副局长', '城关镇党委书记', '县卫健局局长', '县水利局局长', '东坪镇镇长'];

/** The four documents the sample plan asks for, with the ledger's docType code. */
export const DELIVERABLE_DOCS: readonly [string, string][] = [
  ['党组理论学习中心组年度学习计划', 'study-plan'],
  ['意识形态工作责任清单', 'responsibility-list'],
  ['全面从严治党主体责任清单', 'responsibility-list'],
  ['落实党风廉政建设主体责任清单', 'responsibility-list'],
];

const pad = (n: number) => String(n).padStart(2, '0');
const docNo = (rng: Rng, year: number, prefix: string) => `${prefix}〔${year}〕${rng.int(1, 120)}号`;
const lead = (p: RecordPeople) => p.credited[0]?.name ?? '县政府党组';

// records.data follows the ledger's field specs (shared/ledger/record-kinds.ts: strict keys,
// option codes); the credited member (授课人, 带队领导, 谈话人 …) is record_members, not data.
// Meeting kinds have no spec of their own there and take the 'other' fields (place, content).
/** The kinds a clerk can enter in the 台账 (RECORD_KINDS in shared/ledger/record-kinds.ts; a test holds them equal). */
export type DemoRecordKind = Exclude<DutyKind, 'party-group-meeting' | 'democratic-life-meeting' | 'organizational-life-meeting'>;
export const DEMO_RECORD_KINDS = RECORD_KINDS as readonly DemoRecordKind[];
const TEMPLATES: Record<DemoRecordKind, Template> = {
  'study-group': {
    weight: 2,
    who: 'several',
    make: (rng, _y, p) => {
      const theme = rng.pick(THEMES);
      return { title: `中心组专题学习：${theme}`, data: { place: rng.pick(PLACES), speakers: p.credited.map((m) => m.name).join('、'), materials: `《${theme}》学习辅导材料`, content: `围绕“${theme}”开展${rng.pick(['集中学习', '专题研讨', '专家辅导'])}。` }, note: '' };
    },
  },
  'party-lecture': {
    weight: 8,
    who: 'member',
    make: (rng, _y, p) => {
      const m = p.credited[0]!;
      const audience = rng.chance(0.6) ? `${m.branch}全体党员` : `${rng.pick(UNITS)}全体党员`;
      return { title: rng.pick(THEMES), data: { place: rng.pick(PLACES), audience, attendeeCount: rng.int(18, 80), content: `${m.name}同志结合分管工作讲授专题党课。` }, note: '' };
    },
  },
  'report-to-committee': {
    weight: 1,
    who: 'group',
    make: (rng, year) => {
      const subject = rng.pick(['意识形态工作情况', '党风廉政建设情况', '全面从严治党主体责任落实情况', '重大事项']);
      return { title: `关于${subject}的报告`, data: { form: rng.chance(0.8) ? 'written' : 'oral', docNo: docNo(rng, year, '县府党组发'), content: `向县委报告${subject}。` }, note: '' };
    },
  },
  'hear-report': {
    weight: 2,
    who: 'several',
    make: (rng, _y, p) => {
      const reporter = p.other?.name ?? rng.pick(UNITS);
      return { title: `听取${reporter}落实党风廉政建设责任制情况汇报`, data: { reportingUnit: reporter, place: rng.pick(PLACES), requirements: '压紧压实“一岗双责”，抓好问题整改。' }, note: '' };
    },
  },
  inspection: {
    weight: 30,
    who: 'member',
    make: (rng, year) => {
      const unit = rng.pick(UNITS);
      const status = rng.pick(['done', 'done', 'in-progress', 'pending', 'none']);
      return {
        title: `督导检查${unit}党风廉政建设工作`,
        data: {
          unit,
          findings: status === 'none' ? '' : rng.pick(FINDINGS),
          rectificationDeadline: status === 'none' ? null : `${year}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`,
          rectificationStatus: status,
          rectificationNote: status === 'done' ? '已完成整改并销号。' : '',
        },
        note: status === 'pending' ? '已发督办函' : '',
      };
    },
  },
  talk: {
    weight: 35,
    who: 'member',
    make: (rng, _y, p) => {
      const reminder = rng.chance(0.2);
      const talkee = p.other && rng.chance(0.4) ? p.other.name : rng.pick(CADRES);
      const reason = reminder ? rng.pick(['工作作风不够扎实', '群众反映问题苗头', '项目推进缓慢', '履行“一岗双责”不到位']) : rng.pick(['思想动态交流', '工作交心', '民主生活会前谈心', '新任职谈话']);
      return {
        title: `与${talkee}${reminder ? '提醒谈话' : '谈心谈话'}：${reason}`,
        data: { subtype: reminder ? 'reminder' : 'heart', talkee, place: rng.pick(['办公室', '县政府小会议室']), reason, followUp: reminder ? '一个月后回访' : '' },
        note: '',
      };
    },
  },
  'research-report': {
    weight: 5,
    who: 'member',
    make: (rng) => {
      const subject = rng.pick(SUBJECTS);
      const adoption = rng.pick(['pending', 'adopted', 'adopted', 'not-adopted']);
      return {
        title: `关于${subject}的调研报告`,
        data: { topic: subject, submittedTo: '县委办公室', adoption, adoptionNote: adoption === 'adopted' ? '县委主要领导作出肯定性批示' : '', summary: `围绕${subject}深入一线调研，提出对策建议 ${rng.int(3, 8)} 条。` },
        note: '',
      };
    },
  },
  'warning-education': {
    weight: 4,
    who: 'several',
    make: (rng) => {
      const form = rng.pick(['观看警示教育片', '参观廉政教育基地', '通报典型案例', '旁听职务犯罪庭审']);
      return { title: `开展廉政警示教育：${form}`, data: { form, place: rng.pick(PLACES), content: `参加人员 ${rng.int(20, 120)} 人。` }, note: '' };
    },
  },
  'theme-party-day': {
    weight: 6,
    who: 'member',
    make: (rng, _y, p) => {
      const m = p.credited[0]!;
      const theme = rng.pick(['重温入党誓词', '志愿服务进社区', '红色教育基地学习', '学习强国知识竞赛', '结对帮扶走访']);
      return { title: `${m.branch}主题党日：${theme}`, data: { branch: m.branch, place: rng.pick(['县革命纪念馆', '城关镇社区', '机关会议室']), content: `${m.name}同志以普通党员身份参加。` }, note: '' };
    },
  },
  deliverable: {
    weight: 1,
    who: 'group',
    make: (rng, year, p) => {
      const [doc, docType] = p.variant === undefined ? rng.pick(DELIVERABLE_DOCS) : DELIVERABLE_DOCS[p.variant % DELIVERABLE_DOCS.length]!;
      return { title: `县政府党组${year}年${doc}`, data: { docType, docNo: docNo(rng, year, '县府党组发'), issuer: '县政府党组', content: '' }, note: '' };
    },
  },
  other: {
    weight: 1,
    who: 'member',
    make: (rng, _y, p) => {
      const subject = rng.pick(SUBJECTS);
      const place = rng.pick(UNITS);
      return { title: `${lead(p)}到${place}调研${subject}`, data: { place, content: `实地调研${subject}，召开座谈会听取意见。` }, note: '' };
    },
  },
};

export const whoFor = (kind: DemoRecordKind) => TEMPLATES[kind].who;

export function makeRecord(rng: Rng, kind: DemoRecordKind, year: number, people: RecordPeople): RecordDraft {
  return { kind, ...TEMPLATES[kind].make(rng, year, people) };
}

/** Picks kinds by weight; every kind has weight > 0, so a large enough sample holds them all. */
export function kindPicker(rng: Rng): () => DemoRecordKind {
  const cumulative: number[] = [];
  let total = 0;
  for (const k of DEMO_RECORD_KINDS) cumulative.push((total += TEMPLATES[k].weight));
  return () => {
    const x = rng.next() * total;
    let i = 0;
    while (cumulative[i]! <= x) i++;
    return DEMO_RECORD_KINDS[i]!;
  };
}

/** Inserts records and their credited members with two prepared statements (no per-row audit: the caller audits the generation). */
export function recordWriter(db: DB, at: string): (r: RecordDraft, date: string, memberIds: readonly number[]) => number {
  const insert = db.prepare(`INSERT INTO records (kind, title, date, data, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const credit = db.prepare(`INSERT OR IGNORE INTO record_members (record_id, member_id, role) VALUES (?, ?, 'credited')`);
  return (r, date, memberIds) => {
    const id = Number(insert.run(r.kind, r.title, date, JSON.stringify(r.data), r.note, at, at).lastInsertRowid);
    for (const m of memberIds) credit.run(id, m);
    return id;
  };
}
