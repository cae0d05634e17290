import { useState } from 'react';
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { DurationFields } from '../../components/DurationFields';
import dayjs from 'dayjs';
import { DateField, dateRules, isoOf, type DateValue } from '../../components/DateField';
import { defaultDateIn } from '../../../../shared/dates/working-year';
import { confirmOtherYear } from '../year/confirmOtherYear';
import { todayIso, useYear } from '../year/store';
import { reportPeriodsOf } from '../../../../shared/compliance/report-period';
import type { Member } from '../../../../shared/domain/members';
import { KIND_SPECS, kindSpec, type FieldSpec } from '../../../../shared/ledger/record-kinds';
import type { RecordDetail } from '../../../../shared/ledger/types';
import { LIMITS } from '../../../../shared/limits';
import { ApiError, call } from '../../api/client';
import { validated } from '../../app/forms';

// One form for every kind of record: the common fields, then the kind's own fields rendered
// from its spec (shared/ledger/record-kinds.ts). Changing the kind swaps the fields.

type Values = { kind: string; title: string; date: DateValue; memberIds: number[]; note: string; data: Record<string, unknown>; reportPeriod?: string | null; durationDays?: number | null; durationHours?: number | null };

/** Form.Item hands its child id, value and onChange: they must reach the control (label, value, edits). */
function FieldInput({ f, ...control }: { f: FieldSpec } & Record<string, unknown>) {
  switch (f.type) {
    case 'text':
      return <Input {...control} maxLength={f.max} placeholder={f.placeholder} />;
    case 'textarea':
      return <Input.TextArea {...control} autoSize={{ minRows: 2, maxRows: 8 }} maxLength={f.max} placeholder={f.placeholder} />;
    case 'date':
      return <DateField {...control} style={{ width: '100%' }} />;
    case 'number':
      return <InputNumber {...control} min={f.min} max={f.max} precision={0} style={{ width: 160 }} />;
    case 'select':
      return <Select {...control} options={f.options} />;
  }
}

/** Form values ↔ the contract's data object (dates as 'YYYY-MM-DD', empty numbers as null). */
const toForm = (kind: string, data: Record<string, unknown>) =>
  Object.fromEntries(
    kindSpec(kind).fields.map((f) => {
      const v = data[f.key];
      if (f.type === 'date') return [f.key, typeof v === 'string' && v ? dayjs(v) : null];
      if (f.type === 'select') return [f.key, v ?? f.default];
      return [f.key, v ?? (f.type === 'number' ? null : '')];
    }),
  );
const fromForm = (kind: string, data: Record<string, unknown> = {}) =>
  Object.fromEntries(
    kindSpec(kind).fields.map((f) => {
      const v = data[f.key];
      // Unreadable text goes on as typed: the core refuses it, so nothing is saved with a guess.
      if (f.type === 'date') return [f.key, v ? (isoOf(v as DateValue) ?? (v as DateValue)!.format()) : null];
      if (f.type === 'number') return [f.key, v ?? null];
      return [f.key, v ?? (f.type === 'select' ? f.default : '')];
    }),
  );

export function RecordFormDialog({ record, defaultKind, defaultDate, members, onClose }: {
  record: RecordDetail | null;
  defaultKind?: string;
  /** The day clicked in the calendar; else today in the working year, or its first working day. */
  defaultDate?: string;
  members: Member[];
  onClose: (saved: RecordDetail | null) => void;
}) {
  const { message, modal } = App.useApp();
  const year = useYear();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const startKind = record?.kind ?? (KIND_SPECS.some((s) => s.kind === defaultKind) ? defaultKind! : 'party-lecture');
  const kind = Form.useWatch('kind', form) ?? startKind;
  const spec = kindSpec(kind);
  // 报告期 choices follow the year of the date typed, not only the working year.
  const watchedIso = isoOf(Form.useWatch('date', form));
  const dateYear = watchedIso ? Number(watchedIso.slice(0, 4)) : year;

  const initial: Values = record
    ? { kind: record.kind, title: record.title, date: dayjs(record.date), memberIds: record.members.map((m) => m.memberId), note: record.note, data: toForm(record.kind, record.data), reportPeriod: record.reportPeriod, durationDays: record.durationDays, durationHours: record.durationHours }
    : { kind: startKind, title: '', date: dayjs(defaultDate ?? defaultDateIn(year, todayIso())), memberIds: [], note: '', data: toForm(startKind, {}), reportPeriod: null, durationDays: null, durationHours: null };

  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    const date = isoOf(v.date)!;
    if (date !== record?.date && !(await confirmOtherYear(modal, date, year))) return;
    setSaving(true);
    try {
      const fields = { kind: v.kind, title: v.title, date, memberIds: v.memberIds ?? [], note: v.note ?? '', data: fromForm(v.kind, v.data), reportPeriod: kindSpec(v.kind).reportPeriod ? (v.reportPeriod ?? null) : null,
        durationDays: v.durationDays ?? null, durationHours: v.durationHours ?? null };
      const saved = record ? await call('records.update', { id: record.id, ...fields }) : await call('records.create', fields);
      message.success(record ? '已保存' : '已新增台账');
      onClose(saved);
    } catch (e) {
      // Field problems land next to their fields ('data.place' → ['data','place']).
      if (e instanceof ApiError && e.fields) {
        form.setFields(Object.entries(e.fields).map(([path, msg]) => ({ name: path.split('.') as never, errors: [msg] })));
      }
      message.error((e as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open title={record ? `编辑台账：${record.title}` : '新增台账'} okText="保存" cancelText="取消" onOk={() => void submit()} confirmLoading={saving} onCancel={() => onClose(null)} width={720} destroyOnHidden maskClosable={false}>
      <Form form={form} layout="vertical" initialValues={initial} requiredMark onValuesChange={(changed) => changed.kind && form.setFieldValue('data', toForm(changed.kind as string, {}))}>
        <Form.Item name="kind" label="台账类型" rules={[{ required: true, message: '请选择台账类型' }]}>
          <Select aria-label="台账类型" options={KIND_SPECS.map((s) => ({ value: s.kind, label: s.label }))} />
        </Form.Item>
        <Form.Item name="title" label={spec.titleLabel} rules={[{ required: true, whitespace: true, message: `请填写${spec.titleLabel}` }]}>
          <Input maxLength={LIMITS.title} />
        </Form.Item>
        <Form.Item name="date" label={spec.dateLabel} rules={dateRules(spec.dateLabel, true)}>
          <DateField style={{ width: 220 }} allowClear={false} />
        </Form.Item>
        <DurationFields what="本次活动" />
        <Form.Item name="memberIds" label={spec.membersLabel} rules={spec.membersRequired ? [{ required: true, message: `请选择${spec.membersLabel}` }] : []} extra="所选成员的相应职责（如党课、调研报告）会自动计入完成情况。">
          <Select mode="multiple" aria-label={spec.membersLabel} optionFilterProp="label" options={members.map((m) => ({ value: m.id, label: `${m.name}${m.title ? `（${m.title}）` : ''}${m.termEnd ? '（已离任）' : ''}` }))} />
        </Form.Item>
        {spec.reportPeriod && (
          <Form.Item name="reportPeriod" label="报告期" extra="报告、总结、文件所针对的期间（选填）。如7月初报送的上半年报告选“上半年”，计入上半年；12月印发的下一年度计划选下一年“全年”；不填则按日期计入。">
            <Select aria-label="报告期" allowClear placeholder="不填：按日期计入" style={{ width: 220 }} options={[dateYear, dateYear - 1, dateYear + 1].flatMap((y) => reportPeriodsOf(y).map((p) => ({ value: p.code, label: p.label })))} />
          </Form.Item>
        )}
        {spec.fields.map((f) => (
          <Form.Item key={`${kind}.${f.key}`} name={['data', f.key]} label={f.label} rules={f.type === 'date' ? dateRules(f.label, !!f.required) : f.required ? [{ required: true, whitespace: f.type !== 'number', message: `请填写${f.label}` }] : []}>
            <FieldInput f={f} />
          </Form.Item>
        ))}
        <Form.Item name="note" label="备注">
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={LIMITS.longText} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
