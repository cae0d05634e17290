import { formatChineseDate } from '../../../../shared/dates/periods';
import type { MeetingSummary } from '../../../../shared/domain/meetings';

/** 2022年3月5日 09:00—11:30 */
export const whenText = (m: Pick<MeetingSummary, 'date' | 'startTime' | 'endTime'>) =>
  `${formatChineseDate(m.date)}${m.startTime ? ` ${m.startTime}${m.endTime ? `—${m.endTime}` : ''}` : ''}`;

export const errorText = (e: unknown) => (e as Error).message;
