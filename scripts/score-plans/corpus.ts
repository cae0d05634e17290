import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DUTY_KINDS, DUTY_SCOPES, FREQUENCIES } from '../../shared/domain/duties';

// The corpus of test/corpus/plans: one document file and one annotation JSON per document.

export const CORPUS_DIR = path.resolve(import.meta.dirname, '../../test/corpus/plans');
export const SAMPLE_PLAN = path.resolve(import.meta.dirname, '../../test/fixtures/party-group-plan-2022.txt');
export const SAMPLE_DUTIES = path.resolve(import.meta.dirname, '../../test/corpus/sample-plan-2022.duties.json');

/** What the reader reports for each declared format (PlanPreview.encoding). */
export const FORMAT_ENCODING = { 'txt-utf8': 'utf-8', 'txt-gb18030': 'gb18030', docx: 'docx', doc: 'doc', pdf: 'pdf' } as const;

const annotatedDuty = z
  .object({
    kind: z.enum(DUTY_KINDS),
    frequency: z.enum(FREQUENCIES),
    minCount: z.number().int().min(1),
    scope: z.enum(DUTY_SCOPES),
    deadline: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/).nullable(),
    measure: z.enum(['days', 'hours', 'items']).optional(),
    amount: z.number().positive().optional(),
    note: z.string().optional(),
    clause: z.string().min(2),
  })
  .strict();

export const annotationSchema = z
  .object({
    source: z.url({ protocol: /^https?$/ }),
    title: z.string().min(2),
    unitType: z.enum(['县', '乡镇', '部门', '学校', '高校', '国企', '村', '党支部']),
    format: z.enum(Object.keys(FORMAT_ENCODING) as [keyof typeof FORMAT_ENCODING, ...(keyof typeof FORMAT_ENCODING)[]]),
    file: z.string().regex(/^[a-z0-9-]+\.(txt|docx|doc|pdf)$/),
    retrieved: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    note: z.string().optional(),
    duties: z.array(annotatedDuty),
  })
  .strict();

export type Annotation = z.output<typeof annotationSchema>;
export type AnnotatedDuty = Annotation['duties'][number];

export interface CorpusEntry {
  id: string;
  annotation: Annotation;
  bytes: Buffer;
}

/** Every annotation with its document's bytes; a malformed entry throws, naming the file. */
export function loadCorpus(dir = CORPUS_DIR): CorpusEntry[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.json$/, '');
      const parsed = annotationSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
      if (!parsed.success) throw new Error(`${f}: ${parsed.error.message}`);
      if (!parsed.data.file.startsWith(`${id}.`)) throw new Error(`${f}: file ${parsed.data.file} is not named after the annotation`);
      const file = path.join(dir, parsed.data.file);
      if (!fs.existsSync(file)) throw new Error(`${f}: ${parsed.data.file} is missing`);
      return { id, annotation: parsed.data, bytes: fs.readFileSync(file) };
    });
}

export const sampleDuties = (): (AnnotatedDuty & { item: string })[] =>
  z.array(annotatedDuty.extend({ item: z.string() })).parse(JSON.parse(fs.readFileSync(SAMPLE_DUTIES, 'utf8')));
