// The draft of a duty while it is read, the context of its item, and the joining of its notes.

import type { DutyDraft, DutyKind } from '../../domain/duties';
import type { Deadline } from './deadlines';

export interface ItemContext {
  /** The document is a standing rule (制度, 办法): a document it asks for is made once unless it says how often. */
  standing: boolean;
  /** The lead of a list ("组长…主要职责是："), whose subject the entries below it share. */
  lead: string;
  /** The whole item, for hints that span its sentences. */
  item: string;
  /** The meeting a rule is about, from its title ("党组会议制度"). */
  titleKind: DutyKind | null;
  /** The document reports what was done (工作总结, 述职报告): only a rule with 每 or a bound is a duty there. */
  summary: boolean;
  /** The document's own title, simplified. */
  title: string;
  /** The item's own first line when it is a heading ("考评时间\n每半年…"), else its section's, simplified. */
  heading?: string;
  /** The item is an entry of a meeting's list of matters ("…会议主要讨论和研究以下工作："). */
  agenda?: boolean;
  /** The item is one month of a schedule ("三月份：开展…"): the month dates each act in it. */
  month?: Deadline | null;
  /** Where the item's quarter labels stand ("第二季度：…"), for a target book by quarter. */
  quarters?: { at: number; quarter: number }[];
}

// `sized`: notes counted by their size in characters ("学习笔记不少于8000字"), a piece of their own.
export type Draft = Omit<DutyDraft, 'item'> & { start: number; end: number; implied?: boolean; generic?: boolean; scheduled?: boolean; quarter?: number; sized?: boolean };

export const noteOf = (...notes: (string | undefined)[]): string | undefined => notes.filter(Boolean).join('；') || undefined;
