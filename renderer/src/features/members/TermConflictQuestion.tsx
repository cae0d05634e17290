import { Button, Modal, Typography } from 'antd';
import type { AttendedMeeting } from '../../../../shared/contract/members';
import type { Member } from '../../../../shared/domain/members';
import { ApiError, call } from '../../api/client';

// A term change that would leave meetings the member attended outside the term is refused by
// the core (IN_USE). The dialogs then ask what to do: take the date that covers those meetings,
// go back to the date, or drop the change. The meetings themselves are never touched.

export type TermAnswer = 'cover' | 'back' | 'cancel';

export interface TermQuestion {
  side: 'start' | 'end';
  /** The date the clerk entered. */
  entered: string;
  meetings: AttendedMeeting[];
  /** The latest start (first meeting's date) or earliest end (last meeting's date) that covers them. */
  cover: string;
}

/** After a refused term change: the question to ask, or null when the refusal was about something else (its message is shown as is). */
export async function termQuestion(e: unknown, memberId: number, proposed: { termStart?: string | null; termEnd?: string | null }): Promise<TermQuestion | null> {
  if (!(e instanceof ApiError) || e.code !== 'IN_USE') return null;
  const c = await call('members.termConflicts', { id: memberId, ...proposed }).catch(() => null);
  if (c?.latestStart && proposed.termStart) return { side: 'start', entered: proposed.termStart, meetings: c.beforeStart, cover: c.latestStart };
  if (c?.earliestEnd && proposed.termEnd) return { side: 'end', entered: proposed.termEnd, meetings: c.afterEnd, cover: c.earliestEnd };
  return null;
}

/** Meetings listed one per line; past this many, the rest are counted. */
const SHOWN = 6;

export function TermConflictQuestion({ member, q, onAnswer }: { member: Pick<Member, 'name'>; q: TermQuestion; onAnswer: (a: TermAnswer) => void }) {
  const label = q.side === 'end' ? '任职结束日期' : '任职开始日期';
  const which = q.side === 'end' ? '最后一次参会的日期' : '第一次参会的日期';
  const outside = q.side === 'end' ? '之后' : '之前';
  return (
    <Modal
      open
      centered
      width={560}
      title={`${member.name}在${q.entered}${outside}参加过会议`}
      onCancel={() => onAnswer('back')}
      footer={[
        <Button key="cancel" onClick={() => onAnswer('cancel')}>
          不作更改
        </Button>,
        <Button key="back" onClick={() => onAnswer('back')}>
          返回修改日期
        </Button>,
        <Button key="cover" type="primary" onClick={() => onAnswer('cover')}>
          改用 {q.cover}
        </Button>,
      ]}
    >
      <div data-testid="term-conflict">
        <Typography.Paragraph>
          {member.name}以党组成员身份参加了以下 {q.meetings.length} 次会议，{label}填 {q.entered} 会使这些会议落在任期之外：
        </Typography.Paragraph>
        <ul style={{ marginTop: 0 }}>
          {q.meetings.slice(0, SHOWN).map((m) => (
            <li key={m.meetingId}>
              {m.name}（{m.date}）
            </li>
          ))}
          {q.meetings.length > SHOWN && <li>……另有 {q.meetings.length - SHOWN} 次</li>}
        </ul>
        <Typography.Paragraph>
          会议记录不会改动。可改用 <b>{q.cover}</b>（{which}），使任期覆盖这些会议；或返回修改日期。如其在这些会议中实为列席，请先在会议详情中改为列席，再办理。
        </Typography.Paragraph>
      </div>
    </Modal>
  );
}
