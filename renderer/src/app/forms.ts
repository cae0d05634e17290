import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

/** Shows the core's Chinese message, and puts field-level problems next to their fields. */
export function applyFieldErrors(form: FormInstance, e: unknown, message: { error: (m: string) => unknown }): void {
  if (e instanceof ApiError && e.fields) {
    const known = new Set(Object.keys(form.getFieldsValue(true) ?? {}));
    const fields = Object.entries(e.fields)
      .map(([path, msg]) => ({ name: path.replace(/^patch\./, ''), errors: [msg] }))
      .filter((f) => known.has(f.name));
    if (fields.length) form.setFields(fields);
  }
  message.error((e as Error).message);
}

/** A form rule: this field must repeat another (passwords and passphrases typed twice). */
export const sameAs =
  (field: string, message: string) =>
  ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: (_rule: unknown, value: unknown) => (value === getFieldValue(field) ? Promise.resolve() : Promise.reject(new Error(message))),
  });

/** The form's values, or null when a rule failed (antd already shows the message beside the field). */
export const validated = <T>(form: FormInstance<T>): Promise<T | null> => form.validateFields().catch(() => null);

/**
 * A dialog's `onOk={() => void submit()}` with a failed rule would leave antd's rejection
 * unhandled (an uncaught page error); the messages are already beside the fields, so say nothing more.
 */
export function ignoreFormValidationRejections(): void {
  window.addEventListener('unhandledrejection', (e) => {
    if (e.reason && typeof e.reason === 'object' && 'errorFields' in e.reason) e.preventDefault();
  });
}
