import fs from 'node:fs';
import path from 'node:path';
import type { DutyDraft } from '../../shared/domain/duties';
import { previewPlanUpload } from '../../electron/core/plan/read';
import { FORMAT_ENCODING, loadCorpus, SAMPLE_PLAN, sampleDuties, type AnnotatedDuty, type CorpusEntry } from './corpus';
import { dutyKey, matchDuties, ratio } from './match';

// Runs the real import path (file bytes → plan.parse's previewPlanUpload: reader, parser,
// extractor) on each corpus document and compares the proposed duties with the annotation.

export interface DocumentScore {
  id: string;
  title: string;
  unitType: string;
  format: string;
  /** The reader's encoding, or null when reading/parsing failed. */
  encoding: string | null;
  /** The Chinese message when the import path refused the document. */
  error: string | null;
  annotated: number;
  predicted: number;
  matched: number;
  recall: number | null;
  precision: number | null;
  deadlineAgree: number;
  missed: AnnotatedDuty[];
  extra: Omit<DutyDraft, 'title'>[];
}

export interface CorpusScore {
  documents: DocumentScore[];
  overall: { documents: number; annotated: number; predicted: number; matched: number; recall: number | null; precision: number | null; deadlineAgree: number };
  sample: { expected: number; found: number; extra: number; exact: boolean; missed: AnnotatedDuty[] };
  target: { recall: number; precision: number; met: boolean };
}

export const TARGET = 0.9;

async function predict(fileName: string, bytes: Buffer): Promise<{ duties: DutyDraft[]; encoding: string | null; error: string | null }> {
  try {
    const p = await previewPlanUpload({ fileName, dataBase64: bytes.toString('base64') });
    return { duties: p.duties, encoding: p.encoding, error: null };
  } catch (e) {
    return { duties: [], encoding: null, error: (e as Error).message };
  }
}

const brief = ({ title: _t, ...d }: DutyDraft) => d;

async function scoreDocument({ id, annotation, bytes }: CorpusEntry): Promise<DocumentScore> {
  const { duties, encoding, error } = await predict(annotation.file, bytes);
  const m = matchDuties(annotation.duties, duties);
  return {
    id,
    title: annotation.title,
    unitType: annotation.unitType,
    format: annotation.format,
    encoding,
    error,
    annotated: annotation.duties.length,
    predicted: duties.length,
    matched: m.pairs.length,
    recall: ratio(m.pairs.length, annotation.duties.length),
    precision: ratio(m.pairs.length, duties.length),
    deadlineAgree: m.deadlineAgree,
    missed: m.missed,
    extra: m.extra.map(brief),
  };
}

/** The sample plan must give exactly its expected duties, item by item. */
async function scoreSample(): Promise<CorpusScore['sample']> {
  const expected = sampleDuties();
  const { duties } = await predict(path.basename(SAMPLE_PLAN), fs.readFileSync(SAMPLE_PLAN));
  const m = matchDuties(expected, duties, (d) => `${(d as { item?: string }).item}|${dutyKey(d)}`);
  const found = m.pairs.filter((p) => p.annotated.deadline === p.predicted.deadline).length;
  return { expected: expected.length, found, extra: m.extra.length, exact: found === expected.length && m.extra.length === 0, missed: m.missed };
}

export async function scoreCorpus(entries = loadCorpus()): Promise<CorpusScore> {
  const documents: DocumentScore[] = [];
  for (const entry of entries) documents.push(await scoreDocument(entry));
  const sum = (f: (d: DocumentScore) => number) => documents.reduce((s, d) => s + f(d), 0);
  const annotated = sum((d) => d.annotated);
  const predicted = sum((d) => d.predicted);
  const matched = sum((d) => d.matched);
  const recall = ratio(matched, annotated);
  const precision = ratio(matched, predicted);
  return {
    documents,
    overall: { documents: documents.length, annotated, predicted, matched, recall, precision, deadlineAgree: sum((d) => d.deadlineAgree) },
    sample: await scoreSample(),
    target: { recall: TARGET, precision: TARGET, met: (recall ?? 0) >= TARGET && (precision ?? 0) >= TARGET },
  };
}

export { FORMAT_ENCODING };
