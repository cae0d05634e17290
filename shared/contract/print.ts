import { z } from 'zod';
import { channel, id } from './define';

export const SHEET_KINDS = ['signin', 'notice', 'bulletin', 'minutes', 'decisions'] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];
export const SHEET_LABELS: Record<SheetKind, string> = {
  signin: '会议签到表',
  notice: '会议通知',
  bulletin: '参会情况通报',
  minutes: '会议记录',
  decisions: '议定事项清单',
};

export const sheetOptions = z
  .object({
    /** Blank rows under the sign-in sheet for 列席 who were not listed. */
    blankRows: z.number({ error: '空白行数必须是数字' }).int().min(0, { error: '空白行数不能为负' }).max(40, { error: '空白行数不能超过40' }).default(5),
  })
  .strict()
  .default({ blankRows: 5 });

export const printChannels = {
  'print.sheet': channel<{ html: string; title: string }>()(
    z
      .object({
        kind: z.enum(SHEET_KINDS, { error: '不认识的打印单类型' }),
        meetingId: id('会议编号'),
        options: sheetOptions,
      })
      .strict(),
  ),
};
