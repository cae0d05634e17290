import { useState, type CSSProperties } from 'react';
import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DATE_PICKER_FORMATS, parseDateInput } from '../../../shared/dates/parse-input';

// Every date field: the picker for clicking, and typed text read the ways clerks type it
// (shared/dates/parse-input.ts). Unreadable text is never swapped for the old value or today:
// the field holds an UnreadableDate, which dateRules refuses with the parser's message.

/** What the field holds after text it could not read; `format` hands the text on unchanged, so the core refuses it too. */
export class UnreadableDate {
  constructor(
    readonly text: string,
    readonly message: string,
  ) {}
  isValid(): false {
    return false;
  }
  format(): string {
    return this.text;
  }
}

export type DateValue = Dayjs | UnreadableDate | null;

/** Form rules for a date field: unreadable text is refused with the parser's message. */
export const dateRules = (label: string, required = false) => [
  {
    validator: (_r: unknown, v: DateValue | undefined) =>
      v instanceof UnreadableDate ? Promise.reject(new Error(v.message)) : required && !v ? Promise.reject(new Error(`请填写${label}`)) : Promise.resolve(),
  },
];

/** 'YYYY-MM-DD' of a valid value, null otherwise. */
export const isoOf = (v: DateValue | undefined): string | null => (v && !(v instanceof UnreadableDate) && v.isValid() ? v.format('YYYY-MM-DD') : null);

interface Props {
  id?: string;
  value?: DateValue;
  onChange?: (v: DateValue) => void;
  style?: CSSProperties;
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  'aria-label'?: string;
  /** Outside a Form.Item: show the message under the field itself. */
  standalone?: boolean;
}

export function DateField({ value, onChange, standalone, placeholder = '如 2022-03-15', allowClear = true, ...rest }: Props) {
  const [error, setError] = useState<string | null>(null);
  const shown = value instanceof UnreadableDate ? null : (value ?? null);
  const commit = (text: string) => {
    const r = parseDateInput(text);
    if (!r.ok) {
      setError(r.message);
      onChange?.(new UnreadableDate(text.trim(), r.message));
      return;
    }
    setError(null);
    if (r.date === null && !allowClear) return;
    if ((r.date ?? null) !== isoOf(shown) || value instanceof UnreadableDate) onChange?.(r.date ? dayjs(r.date) : null);
  };
  return (
    <>
      <DatePicker
        {...rest}
        value={shown}
        allowClear={allowClear}
        placeholder={value instanceof UnreadableDate ? value.text : placeholder}
        format={DATE_PICKER_FORMATS}
        status={error ? 'error' : undefined}
        onChange={(d) => {
          setError(null);
          onChange?.(d ?? null);
        }}
        onBlur={(e) => commit((e.target as HTMLInputElement).value)}
        onKeyDown={(e) => e.key === 'Enter' && commit((e.target as HTMLInputElement).value)}
      />
      {standalone && error && (
        <div role="alert" style={{ color: '#cf1322', fontSize: 12, marginTop: 2 }}>
          {error}
        </div>
      )}
    </>
  );
}
