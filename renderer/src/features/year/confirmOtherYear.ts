import type { App } from 'antd';
import { otherYearQuestion, yearOf } from '../../../../shared/dates/working-year';

type Modal = ReturnType<typeof App.useApp>['modal'];

/** Asks before a date outside the working year is saved (it would count for that year, not this one). */
export function confirmOtherYear(modal: Modal, date: string, year: number): Promise<boolean> {
  const question = otherYearQuestion(date, year);
  if (!question) return Promise.resolve(true);
  return new Promise((resolve) => {
    modal.confirm({
      title: question,
      content: `当前年度是${year}年度。保存后，它计入${yearOf(date)}年度的职责，不计入${year}年度。`,
      okText: '仍要保存',
      cancelText: '返回修改',
      onOk: () => resolve(true),
      onCancel: () => resolve(false),
    });
  });
}
