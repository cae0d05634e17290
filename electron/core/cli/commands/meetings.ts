import fs from 'node:fs';
import path from 'node:path';
import { SHEET_KINDS, SHEET_LABELS, type SheetKind } from '../../../../shared/contract/print';
import { ATTENDANCE_LABELS, MEETING_STATUS_LABELS, type MeetingDetail, type MeetingSummary } from '../../../../shared/domain/meetings';
import type { Command } from '../command';
import { CliError, EXIT, flagNumber, flagString, json } from '../io';
import { dispatchOrThrow, withCore } from '../open';

export const meetingsList: Command = {
  path: ['meetings', 'list'],
  usage: 'meetings list [--year YYYY] [--type 类型名] [--json] [--attendees] [--db PATH]',
  summary: '列出会议（按日期），可按年度、类型筛选',
  booleanFlags: ['json', 'attendees'],
  run: (args, io) =>
    withCore(args, io, { access: 'read' }, async (core) => {
      const typeName = flagString(args, 'type');
      const types = await dispatchOrThrow<{ id: number; name: string }[]>(core, 'meetings.types', {});
      const type = typeName === undefined ? undefined : types.find((t) => t.name === typeName);
      if (typeName !== undefined && !type) throw new CliError(`没有会议类型“${typeName}”。可用：${types.map((t) => t.name).join('、')}`, EXIT.usage);
      const list = await dispatchOrThrow<MeetingSummary[]>(core, 'meetings.list', { year: flagNumber(args, 'year'), typeId: type?.id });
      const withAttendees: (MeetingSummary & Partial<MeetingDetail>)[] = args.flags.attendees
        ? await Promise.all(list.map((m) => dispatchOrThrow<MeetingDetail>(core, 'meetings.get', { id: m.id })))
        : list;
      if (args.flags.json) {
        io.out(json(withAttendees.map(({ deletedAt: _d, ...m }) => m)));
      } else {
        for (const m of withAttendees) {
          io.out(`${m.id}\t${m.date}\t${m.displayName}\t${MEETING_STATUS_LABELS[m.status]}${m.locked ? '·已锁定' : ''}\t应到${m.counts.expected} 实到${m.counts.present} 请假${m.counts.leave} 缺席${m.counts.absent}`);
          for (const a of m.attendees ?? []) io.out(`\t\t${a.name}\t${ATTENDANCE_LABELS[a.status]}${a.leaveReason ? `（${a.leaveReason}）` : ''}`);
        }
      }
      return EXIT.ok;
    }),
};

export const printSheet: Command = {
  path: ['print'],
  usage: `print <${SHEET_KINDS.join('|')}> --meeting ID --out FILE.html [--blank-rows N] [--db PATH]`,
  summary: `把打印单（${SHEET_KINDS.map((k) => SHEET_LABELS[k]).join('、')}）写成 HTML 文件，与程序中打印的内容相同`,
  run: (args, io) => {
    const kind = args.positionals[0] as SheetKind | undefined;
    if (!kind || !SHEET_KINDS.includes(kind)) throw new CliError(`请指定打印单类型：${SHEET_KINDS.map((k) => `${k}（${SHEET_LABELS[k]}）`).join('、')}。`, EXIT.usage);
    const meetingId = flagNumber(args, 'meeting');
    const out = flagString(args, 'out');
    if (meetingId === undefined) throw new CliError('请用 --meeting 指定会议编号（可用 meetings list 查看）。', EXIT.usage);
    if (!out) throw new CliError('请用 --out 指定要写入的 HTML 文件。', EXIT.usage);
    const blankRows = flagNumber(args, 'blank-rows');
    return withCore(args, io, { access: 'read' }, async (core) => {
      const sheet = await dispatchOrThrow<{ html: string; title: string }>(core, 'print.sheet', { kind, meetingId, options: { blankRows: blankRows ?? 5 } });
      fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
      fs.writeFileSync(out, sheet.html, 'utf8');
      io.out(`已写入“${sheet.title}”：${path.resolve(out)}`);
      return EXIT.ok;
    });
  },
};
