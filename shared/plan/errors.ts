// Errors about the user's plan file. The message is shown to the user as is, so it is in
// Chinese and says what to do next; `code` is for programs and tests.

export type PlanInputErrorCode = 'empty' | 'binary' | 'too-large' | 'no-items';

export class PlanInputError extends Error {
  override readonly name = 'PlanInputError';

  constructor(
    readonly code: PlanInputErrorCode,
    message: string,
  ) {
    super(message);
  }
}
