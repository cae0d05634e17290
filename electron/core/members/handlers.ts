import type { Handlers } from '../dispatch';
import type { CoreContext } from '../context';
import { createMember, endTerm, getMember, listMembers, memberTermConflicts, reinstate, reorder, updateMember } from './service';
import { commitMemberImport, commitPastedMembers, previewMemberImport, previewPastedMembers } from './xlsx-import';
import { memberImportTemplate } from './template';

export const membersHandlers = (ctx: CoreContext) =>
  ({
    'members.list': (i) => listMembers(ctx, i),
    'members.get': (i) => getMember(ctx, i.id),
    'members.create': (i) => createMember(ctx, i),
    'members.update': (i) => updateMember(ctx, i),
    'members.endTerm': (i) => endTerm(ctx, i),
    'members.termConflicts': (i) => memberTermConflicts(ctx, i),
    'members.reinstate': (i) => reinstate(ctx, i.id),
    'members.reorder': (i) => reorder(ctx, i.ids),
    'members.importPreview': (i) => previewMemberImport(ctx, i.fileName, i.dataBase64),
    'members.importCommit': (i) => commitMemberImport(ctx, i.fileName, i.dataBase64),
    'members.pastePreview': (i) => previewPastedMembers(ctx, i.text),
    'members.pasteCommit': (i) => commitPastedMembers(ctx, i.text),
    'members.importTemplate': () => memberImportTemplate(),
  }) satisfies Partial<Handlers>;
