// Key work (重点工作, plan items 13 and 15): projects, milestones, monthly progress and the
// 红旗/蜗牛 rating per period. Ranking is pure so the 工作要点 tab, the 报表 and the exports agree.

export const KEY_ITEM_NOS = ['13', '15'] as const;

export const PROJECT_KINDS = ['project', 'task'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];
export const PROJECT_KIND_LABELS: Record<ProjectKind, string> = { project: '重点项目', task: '重点任务' };

export const RATINGS = ['red-flag', 'snail', 'none'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS: Record<Rating, string> = { 'red-flag': '红旗', snail: '蜗牛', none: '未评' };

export interface Milestone {
  id: number;
  projectId: number;
  title: string;
  dueDate: string;
  done: boolean;
  doneDate: string | null;
  /** Not done and due before today. */
  overdue: boolean;
}

export interface ProgressNote {
  id: number;
  /** 'YYYY-MM' */
  month: string;
  percent: number;
  note: string;
  updatedAt: string;
}

export interface RatingEntry {
  id: number;
  /** 'YYYY-MM' (month) or 'YYYY-Qn' (quarter). */
  period: string;
  rating: Rating;
  reason: string;
  ratedAt: string;
  operator: string;
  /** false once a later rating of the same period replaced it. */
  current: boolean;
}

export interface KeyProjectSummary {
  id: number;
  year: number;
  itemNo: string;
  kind: ProjectKind;
  name: string;
  leaderMemberId: number | null;
  leaderName: string;
  unit: string;
  target: string;
  note: string;
  sort: number;
  deletedAt: string | null;
  /** Latest monthly progress, or null before the first note. */
  percent: number | null;
  percentMonth: string | null;
  milestones: { total: number; done: number; overdue: number };
  /** Current rating of each rated period. */
  ratings: Record<string, Rating>;
}

export interface KeyProjectDetail extends KeyProjectSummary {
  milestoneList: Milestone[];
  progress: ProgressNote[];
  /** Every rating ever given, newest first (the history). */
  ratingHistory: RatingEntry[];
}

// ---------------------------------------------------------------- periods

export const PERIOD_RE = /^(\d{4})-(0[1-9]|1[0-2]|Q[1-4])$/;

export const periodLabel = (period: string): string => {
  const m = PERIOD_RE.exec(period);
  if (!m) return period;
  return m[2]!.startsWith('Q') ? `${m[1]}年第${'一二三四'[Number(m[2]![1]) - 1]}季度` : `${m[1]}年${Number(m[2])}月`;
};

/** The months ('YYYY-MM') of a year, then its quarters ('YYYY-Qn'): every period a rating may name. */
export const periodsOfRatingYear = (year: number): { months: string[]; quarters: string[] } => ({
  months: Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`),
  quarters: [1, 2, 3, 4].map((q) => `${year}-Q${q}`),
});

// ---------------------------------------------------------------- ranking

export interface RankingRow {
  rank: number;
  projectId: number;
  name: string;
  itemNo: string;
  leaderName: string;
  unit: string;
  /** The rating of the chosen period (or 'none'); for the year view, the latest rating given. */
  rating: Rating;
  redFlags: number;
  snails: number;
  percent: number | null;
  overdueMilestones: number;
}

const RATING_ORDER: Record<Rating, number> = { 'red-flag': 0, none: 1, snail: 2 };

/**
 * One period: 红旗 first, then unrated, then 蜗牛; within each, higher progress, fewer overdue
 * milestones. Whole year (period null): 红旗 minus 蜗牛 over all periods, then the same.
 * Equal rows share a rank (1, 2, 2, 4), as published rankings do.
 */
export function rankProjects(projects: readonly KeyProjectSummary[], period: string | null): RankingRow[] {
  const rows = projects.map((p) => {
    const given = Object.entries(p.ratings).sort(([a], [b]) => (a < b ? -1 : 1));
    const redFlags = given.filter(([, r]) => r === 'red-flag').length;
    const snails = given.filter(([, r]) => r === 'snail').length;
    const rating: Rating = period ? (p.ratings[period] ?? 'none') : ([...given].reverse().find(([, r]) => r !== 'none')?.[1] ?? 'none');
    return {
      rank: 0,
      projectId: p.id,
      name: p.name,
      itemNo: p.itemNo,
      leaderName: p.leaderName,
      unit: p.unit,
      rating,
      redFlags,
      snails,
      percent: p.percent,
      overdueMilestones: p.milestones.overdue,
      sort: p.sort,
    };
  });
  const keys = (r: (typeof rows)[number]): number[] => [
    period ? RATING_ORDER[r.rating] : -(r.redFlags - r.snails),
    -(r.percent ?? -1),
    r.overdueMilestones,
  ];
  const cmp = (a: (typeof rows)[number], b: (typeof rows)[number]) => {
    const ka = keys(a);
    const kb = keys(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
    return 0;
  };
  rows.sort((a, b) => cmp(a, b) || a.sort - b.sort || a.projectId - b.projectId);
  rows.forEach((r, i) => {
    r.rank = i > 0 && cmp(rows[i - 1]!, r) === 0 ? rows[i - 1]!.rank : i + 1;
  });
  return rows.map(({ sort: _s, ...r }) => r);
}
