// A saved annual plan (工作要点) as the core returns it: sections → items → confirmed duties.

import type { DutyDraft } from './duties';

export interface Duty extends Omit<DutyDraft, 'item'> {
  id: number;
  /** Plan item number as printed ("1", "14"); '' for a duty not tied to an item. */
  item: string;
  itemId: number | null;
  sort: number;
}

export interface PlanItemView {
  id: number;
  no: string;
  title: string;
  text: string;
  /** 牵头领导 (a Party Group member), or null. */
  leadMemberId: number | null;
  /** 责任单位, free text as the plan names them. */
  responsibleUnits: string;
}

export interface PlanSectionView {
  id: number;
  no: string;
  title: string;
  items: PlanItemView[];
}

export interface PlanView {
  id: number;
  year: number;
  title: string;
  preamble: string;
  sourceName: string;
  importedAt: string;
  sections: PlanSectionView[];
  duties: Duty[];
}

/** What is already saved for a year, so the import can ask "replace or keep?". */
export interface PlanExisting {
  year: number;
  title: string;
  importedAt: string;
  itemCount: number;
  dutyCount: number;
}
