import { z } from 'zod';

/**
 * One IPC channel: a zod schema for its input and (at the type level only) its output.
 * The output is a phantom type: the core's handler map is checked against it.
 */
export interface ChannelDef<I extends z.ZodType, O> {
  input: I;
  /** Never read at run time; carries the output type. */
  output?: O;
}

export const channel = <O>() => <I extends z.ZodType>(input: I): ChannelDef<I, O> => ({ input });

// Field builders with Chinese messages a user can act on.
export const text = (label: string, max: number) =>
  z
    .string({ error: `${label}必须是文字` })
    .trim()
    .max(max, { error: `${label}不能超过${max}个字` });

export const requiredText = (label: string, max: number) => text(label, max).min(1, { error: `请填写${label}` });

/** Dates a working year can hold (meetings, records, leave, due dates); a 1900 or 2220 is a typing slip. */
export const WORK_DATES = { min: 2000, max: 2100 } as const;
/** Terms of office reach further back: a member may have taken office long before the app. */
export const TERM_DATES = { min: 1950, max: 2100 } as const;

/** A YYYY-MM-DD date between 1 January of bounds.min and 31 December of bounds.max; the refusal names the bound crossed. */
export const isoDate = (label: string, bounds: { min: number; max: number } = WORK_DATES) =>
  z
    .string({ error: `${label}必须是日期` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label}的格式应为 2022-03-05` })
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, { error: `${label}不是有效的日期`, abort: true })
    .refine((s) => s >= `${bounds.min}-01-01`, { error: `${label}不能早于${bounds.min}年1月1日` })
    .refine((s) => s <= `${bounds.max}-12-31`, { error: `${label}不能晚于${bounds.max}年12月31日` });

/** A term-of-office date (任职开始、结束). */
export const termDate = (label: string) => isoDate(label, TERM_DATES);

/** Bounds of a stated duration (天 in half days, 学时); shared by the contract and the forms. */
export const DURATION_LIMITS = { days: 366, hours: 2000, step: 0.5 } as const;

/**
 * A meeting's or record's duration in one unit, or null (not stated). Days and 学时 are separate
 * fields: a time duty sums only its own unit (shared/compliance/time-duties.ts).
 */
export const duration = (unit: 'days' | 'hours') => {
  const [label, max, word] = unit === 'days' ? ['时长（天）', DURATION_LIMITS.days, '天'] : ['时长（学时）', DURATION_LIMITS.hours, '学时'];
  return z
    .number({ error: `${label}必须是数字` })
    .positive({ error: `${label}必须大于0，未参加或不计时长请留空` })
    .max(max, { error: `${label}不能超过${max}${word}` })
    .refine((n) => Number.isInteger(n / DURATION_LIMITS.step), { error: `${label}以0.5${word}为单位，如 1.5` })
    .nullable()
    .default(null);
};

type WithoutDefault<F> = F extends z.ZodDefault<infer Inner> ? Inner : F;
export type PatchShape<T extends z.ZodRawShape> = { [K in keyof T]: z.ZodOptional<WithoutDefault<T[K]>> };

/**
 * The fields of an update: each optional and without its default. zod fills an omitted field
 * with its default, so `fields.partial()` as a patch would reset every field the caller did not
 * name (saving a meeting's minutes made it 计划 again, with no host or place). A patch changes
 * exactly the fields it names; the service merges it over the stored row.
 */
export function patchOf<T extends z.ZodRawShape>(fields: z.ZodObject<T>): z.ZodObject<PatchShape<T>, z.core.$strict> {
  const shape = Object.fromEntries(
    Object.entries(fields.shape).map(([k, f]) => [k, (f instanceof z.ZodDefault ? (f.unwrap() as z.ZodType) : (f as z.ZodType)).optional()]),
  );
  return z.object(shape).strict() as unknown as z.ZodObject<PatchShape<T>, z.core.$strict>;
}

export const id = (label = '编号') => z.number({ error: `${label}必须是数字` }).int({ error: `${label}必须是整数` }).positive({ error: `${label}无效` });

export const year = () =>
  z.number({ error: '年度必须是数字' }).int().min(2000, { error: '年度不能早于2000年' }).max(2100, { error: '年度不能晚于2100年' });

/** Uploaded file content as base64 (works over IPC and over HTTP JSON alike). */
export const uploadedFile = (maxBytes: number) =>
  z.object({
    fileName: requiredText('文件名', 255),
    dataBase64: z
      .string({ error: '文件内容缺失' })
      .max(Math.ceil((maxBytes * 4) / 3) + 4, { error: `文件太大，不能超过 ${Math.round(maxBytes / 1024 / 1024)} MB` }),
  });

type UpsertOutput<T extends z.ZodRawShape> =
  | (z.output<z.ZodObject<T>> & { id?: undefined })
  | (z.output<z.ZodObject<PatchShape<T>>> & { id: number });

/**
 * A save channel that creates (no id: every field checked, defaults filled) or updates (id:
 * a patch, as patchOf). The service tells them apart by `id === undefined`.
 */
export function upsertOf<T extends z.ZodRawShape>(fields: z.ZodObject<T>, idSchema: z.ZodNumber) {
  return patchOf(fields)
    .extend({ id: idSchema.optional() })
    .strict()
    .transform((value, ctx): UpsertOutput<T> => {
      const v = value as Record<string, unknown>;
      if (v.id !== undefined) return v as UpsertOutput<T>;
      const { id: _none, ...rest } = v;
      const r = fields.safeParse(rest);
      if (!r.success) {
        for (const i of r.error.issues) ctx.addIssue({ code: 'custom', path: i.path, message: i.message });
        return z.NEVER;
      }
      return r.data as UpsertOutput<T>;
    });
}
