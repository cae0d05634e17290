import type { ComplianceView } from '../../../../shared/contract/compliance';
import { COMPLIANCE_STATUS_LABELS, sortByUrgency } from '../../../../shared/compliance/engine';
import { isValidIsoDate } from '../../../../shared/dates/periods';
import { DUTY_KIND_LABELS } from '../../../../shared/domain/duties';
import type { Command } from '../command';
import { CliError, EXIT, flagNumber, flagString, json } from '../io';
import { dispatchOrThrow, withCore } from '../open';
import { localToday } from '../../context';
import { itemLabel } from '../../../../shared/plan/item-label';
import { figureOf, unstatedText } from '../../../../shared/compliance/time-duties';

/** The fields a duty measured in time has (done/required are then 天 or 学时), dropped when absent: counted duties print as before. */
const timeFields = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

export const dutiesStatus: Command = {
  path: ['duties', 'status'],
  usage: 'duties status --year YYYY --date YYYY-MM-DD [--due-soon N] [--json] [--db PATH]',
  summary: '按日期列出每项职责各周期的完成情况与状态',
  booleanFlags: ['json'],
  run: (args, io) => {
    const year = flagNumber(args, 'year');
    if (year === undefined) throw new CliError('请用 --year 指定年度，如 --year 2022。', EXIT.usage);
    const date = flagString(args, 'date') ?? localToday({ now: io.now });
    if (!isValidIsoDate(date)) throw new CliError(`--date 应为有效日期，如 2022-06-30，收到“${date}”。`, EXIT.usage);
    return withCore(args, io, { access: 'read' }, async (core) => {
      const view = await dispatchOrThrow<ComplianceView>(core, 'compliance.get', { year, date, dueSoonDays: flagNumber(args, 'due-soon') });
      if (!view.hasPlan) throw new CliError(`${year}年还没有工作要点，请先用 plan import 导入。`, EXIT.problem);
      const { result } = view;
      if (args.flags.json) {
        io.out(
          json({
            year: result.year,
            date: result.today,
            dueSoonDays: result.dueSoonDays,
            duties: result.duties.map((d) => ({
              id: d.dutyId,
              item: d.itemNo,
              kind: d.kind,
              title: d.title,
              frequency: d.frequency,
              minCount: d.minCount,
              scope: d.scope,
              deadline: d.deadline,
              status: d.status,
              done: d.done,
              required: d.required,
              periods: d.periods.map((p) => ({
                key: p.key, label: p.label, start: p.start, due: p.due, required: p.required, done: p.done, status: p.status, evidence: p.evidence,
                ...timeFields({ measure: p.measure, events: p.events, minEvents: p.minEvents, unstated: p.unstated }),
              })),
              members: d.members?.map((m) => ({ id: m.memberId, name: m.name, done: m.done, required: m.required, status: m.status })) ?? null,
              suggested: d.suggested,
              rejected: d.rejected,
              ...timeFields({ measure: d.measure, amount: d.amount, unstated: d.unstated, figure: d.measure ? figureOf(d) : undefined }),
            })),
          }),
        );
      } else {
        io.out(`${year}年职责状态（截至 ${date}）`);
        for (const d of sortByUrgency(result.duties)) {
          io.out(`${COMPLIANCE_STATUS_LABELS[d.status]}\t${itemLabel(d.itemNo)}\t${DUTY_KIND_LABELS[d.kind]}\t${figureOf(d)}\t${d.title}${d.unstated ? `（${unstatedText(d.unstated, d.measure)}）` : ''}`);
        }
      }
      return EXIT.ok;
    });
  },
};
