import type { Handlers } from '../dispatch';
import type { CoreContext } from '../context';
import { addGuest, applyRollCall, markAllPresent, previewRollCall, removeAttendee, setAttendance } from './attendance';
import { scheduleYear } from './schedule';
import {
  createMeeting, deleteMeeting, getMeeting, listMeetings, lockMeeting, mustGetMeeting, restoreMeeting, unlockMeeting, updateMeeting,
} from './service';
import { listFollowups } from './followups';
import { createType, listTypes, updateType } from './meeting-types';
import { attendanceStats } from './stats';
import { deleteFollowup, deleteTopic, saveFollowup, saveTopic } from './topics';

export const meetingsHandlers = (ctx: CoreContext) =>
  ({
    'meetings.types': () => listTypes(ctx),
    'meetings.createType': (i) => createType(ctx, i),
    'meetings.updateType': (i) => updateType(ctx, i),
    'meetings.list': (i) => listMeetings(ctx, i),
    'meetings.get': (i) => getMeeting(ctx, i.id),
    'meetings.create': (i) => createMeeting(ctx, i),
    'meetings.update': (i) => updateMeeting(ctx, i),
    'meetings.delete': (i) => deleteMeeting(ctx, i.id),
    'meetings.restore': (i) => restoreMeeting(ctx, i.id),
    'meetings.scheduleYear': (i) => scheduleYear(ctx, i),
    'meetings.addGuest': (i) => addGuest(ctx, i),
    'meetings.removeAttendee': (i) => removeAttendee(ctx, i.attendeeId),
    'meetings.setAttendance': (i) => setAttendance(ctx, i),
    'meetings.markAllPresent': (i) => markAllPresent(ctx, i.id),
    'meetings.rollCallPreview': (i) => (mustGetMeeting(ctx, i.id), previewRollCall(ctx, i.id, i.text)),
    'meetings.rollCallApply': (i) => applyRollCall(ctx, i.id, i.text),
    'meetings.lock': (i) => lockMeeting(ctx, i.id),
    'meetings.unlock': (i) => unlockMeeting(ctx, i.id, i.reason),
    'meetings.saveTopic': (i) => saveTopic(ctx, i),
    'meetings.deleteTopic': (i) => deleteTopic(ctx, i.topicId),
    'meetings.saveFollowup': (i) => saveFollowup(ctx, i),
    'meetings.deleteFollowup': (i) => deleteFollowup(ctx, i.id),
    'meetings.followups': (i) => listFollowups(ctx, i),
    'meetings.stats': (i) => attendanceStats(ctx, i.year),
  }) satisfies Partial<Handlers>;
