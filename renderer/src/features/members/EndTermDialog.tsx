import { useState } from 'react';
import { App, Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import { DateField, type DateValue } from '../../components/DateField';
import type { Member } from '../../../../shared/domain/members';
import { call } from '../../api/client';
import { TermConflictQuestion, termQuestion, type TermAnswer, type TermQuestion } from './TermConflictQuestion';

export function EndTermDialog({ member, onClose }: { member: Member; onClose: (saved: boolean) => void }) {
  const { message } = App.useApp();
  const [date, setDate] = useState<DateValue>(dayjs());
  const [question, setQuestion] = useState<TermQuestion | null>(null);

  const save = async (termEnd: string) => {
    try {
      await call('members.endTerm', { id: member.id, termEnd });
      message.success(`${member.name} 已办理任职结束（${termEnd}）`);
      onClose(true);
    } catch (e) {
      const q = await termQuestion(e, member.id, { termEnd });
      if (q) setQuestion(q);
      else message.error((e as Error).message);
    }
  };

  const submit = () => {
    // Unreadable text goes as typed: the core refuses it with the parser's message.
    if (!date) message.error('请选择任职结束日期');
    else void save(date.format('YYYY-MM-DD'));
  };

  const answer = (a: TermAnswer) => {
    const q = question!;
    setQuestion(null);
    if (a === 'cancel') onClose(false);
    else if (a === 'cover') {
      setDate(dayjs(q.cover));
      void save(q.cover);
    }
  };

  return (
    <Modal open title={`任职结束：${member.name}`} okText="确定" cancelText="取消" onOk={submit} onCancel={() => onClose(false)}>
      <Typography.Paragraph>成员不会被删除，其参加过的会议、讲过的党课等记录全部保留；结束日期之后不再计入应尽职责。需要时可“恢复任职”。</Typography.Paragraph>
      <DateField value={date} onChange={setDate} standalone style={{ width: '100%' }} aria-label="任职结束日期" />
      {question && <TermConflictQuestion member={member} q={question} onAnswer={answer} />}
    </Modal>
  );
}
