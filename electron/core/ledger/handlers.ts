import type { Handlers } from '../dispatch';
import type { CoreContext } from '../context';
import { listAttachments, locateAttachment, removeAttachment, restoreAttachment, uploadAttachment } from './attachments';
import { emptyRecycleBin, recycleBin } from './recycle';
import { search } from './search';
import { createRecord, deleteRecord, getRecord, listRecords, restoreRecord, updateRecord } from './service';

/** The 台账 channels; 'host.openAttachment' is wired in core/index.ts (it needs the host's opener). */
export const ledgerHandlers = (ctx: CoreContext) =>
  ({
    'records.list': (i) => listRecords(ctx, i),
    'records.get': (i) => getRecord(ctx, i.id),
    'records.create': (i) => createRecord(ctx, i),
    'records.update': (i) => updateRecord(ctx, i),
    'records.delete': (i) => deleteRecord(ctx, i.id),
    'records.restore': (i) => restoreRecord(ctx, i.id),
    'attachments.list': (i) => listAttachments(ctx, i.ownerType, i.ownerId),
    'attachments.upload': (i) => uploadAttachment(ctx, i),
    'attachments.remove': (i) => removeAttachment(ctx, i.id),
    'attachments.restore': (i) => restoreAttachment(ctx, i.id),
    'attachments.locate': (i) => locateAttachment(ctx, i.id),
    'recycle.list': () => recycleBin(ctx),
    'recycle.empty': () => emptyRecycleBin(ctx),
    'search.query': (i) => search(ctx, i.q, i.perType),
  }) satisfies Partial<Handlers>;
