import type { Member } from '../../../../shared/domain/members';
import { PARTY_ROLE_LABELS } from '../../../../shared/domain/members';
import type { Command } from '../command';
import { json } from '../io';
import { dispatchOrThrow, withCore } from '../open';

export const membersList: Command = {
  path: ['members', 'list'],
  usage: 'members list [--json] [--in-office] [--db PATH]',
  summary: '列出党组成员（按排序）',
  booleanFlags: ['json', 'in-office'],
  run: (args, io) =>
    withCore(args, io, { access: 'read' }, async (core) => {
      const members = await dispatchOrThrow<Member[]>(core, 'members.list', { includeEnded: !args.flags['in-office'] });
      if (args.flags.json) {
        io.out(json(members.map((m) => ({ id: m.id, name: m.name, title: m.title, partyRole: m.partyRole, portfolio: m.portfolio, branch: m.branch, sortOrder: m.sortOrder, termStart: m.termStart, termEnd: m.termEnd }))));
      } else {
        for (const m of members) io.out(`${m.name}\t${PARTY_ROLE_LABELS[m.partyRole]}\t${m.title}\t${m.portfolio}${m.termEnd ? `\t（${m.termEnd} 离任）` : ''}`);
      }
      return 0;
    }),
};
