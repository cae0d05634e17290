import { App, Button, Checkbox } from 'antd';
import { CalendarOutlined } from '@ant-design/icons';
import type { MeetingType } from '../../../../shared/domain/meetings';
import { call } from '../../api/client';
import { todayIso } from '../year/store';
import { useUnitWords } from '../settings/unit-store';

/**
 * 安排全年党组会议 (会议 and 日历): asks first; months already past are left alone unless the clerk
 * ticks the box (a past 计划 meeting would only look like one that was never held).
 */
export function ScheduleYearButton({ year, types, onDone }: { year: number; types: MeetingType[]; onDone: () => void }) {
  const words = useUnitWords();
  const { message, modal } = App.useApp();
  const partyGroup = types.find((t) => t.evidenceKind === 'party-group-meeting');
  if (!partyGroup) return null;
  const someMonthsPast = `${year}-12-31` >= todayIso() && `${year}-01-31` < todayIso();
  const allPast = `${year}-12-31` < todayIso();
  const open = () => {
    let includePast = allPast;
    modal.confirm({
      title: `安排${year}年每月${words.kinds['party-group-meeting']}？`,
      content: (
        <>
          <p>为每个还没有{words.kinds['party-group-meeting']}的月份安排一次（每月10日或之后的第一个工作日，状态为“计划”），日期可逐个调整。</p>
          {(someMonthsPast || allPast) && (
            <Checkbox defaultChecked={includePast} onChange={(e) => (includePast = e.target.checked)}>
              也安排已经过去的月份（补录往年或本年已开过的会议时使用）
            </Checkbox>
          )}
        </>
      ),
      okText: '安排',
      cancelText: '取消',
      onOk: async () => {
        try {
          const r = await call('meetings.scheduleYear', { typeId: partyGroup.id, year, day: 10, includePast });
          message.success(`已安排 ${r.created} 次${r.skipped ? `，${r.skipped} 个月已有会议` : ''}${r.past ? `，${r.past} 个已过去的月份未安排` : ''}`);
          onDone();
        } catch (e) {
          message.error((e as Error).message);
        }
      },
    });
  };
  return (
    <Button icon={<CalendarOutlined />} onClick={open}>
      安排全年{words.kinds['party-group-meeting']}
    </Button>
  );
}
