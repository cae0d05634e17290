import type { DutyDraft } from '../../../shared/domain/duties';
import type { Duty, PlanExisting, PlanItemView, PlanSectionView, PlanView } from '../../../shared/domain/plan';
import type { DB } from '../db/open';

interface PlanRow {
  id: number;
  year: number;
  title: string;
  preamble: string;
  source_name: string;
  imported_at: string;
}

interface DutyRow {
  id: number;
  item_id: number | null;
  item_no: string | null;
  kind: Duty['kind'];
  title: string;
  frequency: Duty['frequency'];
  min_count: number;
  scope: Duty['scope'];
  deadline: string | null;
  source: string;
  sort: number;
  measure: NonNullable<Duty['measure']>;
  amount: number | null;
  month_day: number | null;
  note: string;
  corrected: number;
}

const toDuty = (r: DutyRow): Duty => ({
  id: r.id,
  item: r.item_no ?? '',
  itemId: r.item_id,
  kind: r.kind,
  title: r.title,
  frequency: r.frequency,
  minCount: r.min_count,
  scope: r.scope,
  deadline: r.deadline,
  source: r.source,
  sort: r.sort,
  measure: r.measure,
  amount: r.amount,
  monthDay: r.month_day,
  note: r.note,
  corrected: r.corrected === 1,
});

/** The optional fields of a draft as the columns measure, amount, month_day, note, corrected. */
const extraColumns = (d: Omit<DutyDraft, 'item'>) => [d.measure ?? 'count', d.measure && d.measure !== 'count' ? (d.amount ?? null) : null, d.monthDay ?? null, d.note ?? '', d.corrected ? 1 : 0] as const;

const DUTY_SELECT = `SELECT d.*, i.no AS item_no FROM duties d LEFT JOIN plan_items i ON i.id = d.item_id`;

/** Plain SQL for plans, sections, items and duties; only live (not deleted) plans and duties are read. */
export const planRepo = {
  liveByYear(db: DB, year: number): PlanRow | undefined {
    return db.prepare('SELECT * FROM plans WHERE year = ? AND deleted_at IS NULL').get(year) as PlanRow | undefined;
  },
  years(db: DB): number[] {
    return (db.prepare('SELECT year FROM plans WHERE deleted_at IS NULL ORDER BY year DESC').all() as { year: number }[]).map((r) => r.year);
  },
  existing(db: DB, year: number): PlanExisting | null {
    const p = planRepo.liveByYear(db, year);
    if (!p) return null;
    const n = (sql: string) => (db.prepare(sql).get(p.id) as { n: number }).n;
    return {
      year,
      title: p.title,
      importedAt: p.imported_at,
      itemCount: n('SELECT count(*) AS n FROM plan_items WHERE plan_id = ?'),
      dutyCount: n('SELECT count(*) AS n FROM duties WHERE plan_id = ? AND deleted_at IS NULL'),
    };
  },
  /** Soft-deletes a plan and its duties (the recycle bin can bring them back; evidence links stay). */
  softDelete(db: DB, planId: number, at: string): void {
    db.prepare('UPDATE plans SET deleted_at = ? WHERE id = ?').run(at, planId);
    db.prepare('UPDATE duties SET deleted_at = ? WHERE plan_id = ? AND deleted_at IS NULL').run(at, planId);
  },
  insertPlan(db: DB, p: { year: number; title: string; preamble: string; sourceName: string; at: string }): number {
    return Number(
      db.prepare('INSERT INTO plans (year, title, preamble, source_name, imported_at) VALUES (?, ?, ?, ?, ?)').run(p.year, p.title, p.preamble, p.sourceName, p.at).lastInsertRowid,
    );
  },
  insertSection(db: DB, planId: number, s: { no: string; title: string }, sort: number): number {
    return Number(db.prepare('INSERT INTO plan_sections (plan_id, no, title, sort) VALUES (?, ?, ?, ?)').run(planId, s.no, s.title, sort).lastInsertRowid);
  },
  insertItem(
    db: DB,
    planId: number,
    sectionId: number,
    i: { no: string; title: string; text: string; leadMemberId?: number | null; responsibleUnits?: string },
    sort: number,
  ): number {
    return Number(
      db
        .prepare('INSERT INTO plan_items (plan_id, section_id, no, title, text, lead_member_id, responsible_units, sort) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(planId, sectionId, i.no, i.title, i.text, i.leadMemberId ?? null, i.responsibleUnits ?? '', sort).lastInsertRowid,
    );
  },
  insertDuty(db: DB, planId: number, itemId: number | null, d: Omit<DutyDraft, 'item'>, sort: number, at: string): number {
    return Number(
      db
        .prepare(
          `INSERT INTO duties (plan_id, item_id, kind, title, frequency, min_count, scope, deadline, source, sort, created_at, measure, amount, month_day, note, corrected)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(planId, itemId, d.kind, d.title, d.frequency, d.minCount, d.scope, d.deadline, d.source, sort, at, ...extraColumns(d)).lastInsertRowid,
    );
  },
  updateDuty(db: DB, id: number, itemId: number | null, d: Omit<DutyDraft, 'item'>): void {
    db.prepare(
      'UPDATE duties SET item_id=?, kind=?, title=?, frequency=?, min_count=?, scope=?, deadline=?, source=?, measure=?, amount=?, month_day=?, note=?, corrected=? WHERE id=?',
    ).run(itemId, d.kind, d.title, d.frequency, d.minCount, d.scope, d.deadline, d.source, ...extraColumns(d), id);
  },
  deleteDuty(db: DB, id: number, at: string): void {
    db.prepare('UPDATE duties SET deleted_at = ? WHERE id = ?').run(at, id);
  },
  /** A live duty with the year of its plan. */
  liveDuty(db: DB, id: number): (Duty & { planId: number; year: number }) | undefined {
    const r = db
      .prepare(`${DUTY_SELECT} JOIN plans p ON p.id = d.plan_id WHERE d.id = ? AND d.deleted_at IS NULL AND p.deleted_at IS NULL`)
      .get(id) as (DutyRow & { plan_id: number }) | undefined;
    if (!r) return undefined;
    const year = (db.prepare('SELECT year FROM plans WHERE id = ?').get(r.plan_id) as { year: number }).year;
    return { ...toDuty(r), planId: r.plan_id, year };
  },
  duties(db: DB, planId: number): Duty[] {
    return (db.prepare(`${DUTY_SELECT} WHERE d.plan_id = ? AND d.deleted_at IS NULL ORDER BY d.sort, d.id`).all(planId) as DutyRow[]).map(toDuty);
  },
  nextDutySort(db: DB, planId: number): number {
    return ((db.prepare('SELECT max(sort) AS m FROM duties WHERE plan_id = ?').get(planId) as { m: number | null }).m ?? 0) + 10;
  },
  itemIdByNo(db: DB, planId: number, no: string): number | null {
    if (!no) return null;
    return (db.prepare('SELECT id FROM plan_items WHERE plan_id = ? AND no = ? ORDER BY sort LIMIT 1').get(planId, no) as { id: number } | undefined)?.id ?? null;
  },
  item(db: DB, id: number): (PlanItemView & { planId: number }) | undefined {
    const r = db.prepare('SELECT * FROM plan_items WHERE id = ?').get(id) as
      | { id: number; plan_id: number; no: string; title: string; text: string; lead_member_id: number | null; responsible_units: string }
      | undefined;
    return r && { id: r.id, planId: r.plan_id, no: r.no, title: r.title, text: r.text, leadMemberId: r.lead_member_id, responsibleUnits: r.responsible_units };
  },
  updateItem(db: DB, id: number, leadMemberId: number | null, responsibleUnits: string): void {
    db.prepare('UPDATE plan_items SET lead_member_id = ?, responsible_units = ? WHERE id = ?').run(leadMemberId, responsibleUnits, id);
  },
  view(db: DB, year: number): PlanView | null {
    const p = planRepo.liveByYear(db, year);
    if (!p) return null;
    const sections = db.prepare('SELECT id, no, title FROM plan_sections WHERE plan_id = ? ORDER BY sort').all(p.id) as Omit<PlanSectionView, 'items'>[];
    const items = db
      .prepare(
        `SELECT id, section_id AS sectionId, no, title, text, lead_member_id AS leadMemberId, responsible_units AS responsibleUnits
         FROM plan_items WHERE plan_id = ? ORDER BY sort`,
      )
      .all(p.id) as (PlanItemView & { sectionId: number })[];
    return {
      id: p.id,
      year: p.year,
      title: p.title,
      preamble: p.preamble,
      sourceName: p.source_name,
      importedAt: p.imported_at,
      sections: sections.map((s) => ({ ...s, items: items.filter((i) => i.sectionId === s.id).map(({ sectionId: _s, ...i }) => i) })),
      duties: planRepo.duties(db, p.id),
    };
  },
};
