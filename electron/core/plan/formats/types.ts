/** Same shape as a job's report (electron/core/jobs), so reading can run inside a job. */
export type ReadProgress = (fraction: number, stage: string) => void;

/**
 * PDF.js awaits only promises: a whole PDF is read without the event loop ever reaching I/O, so
 * the dialog's jobs.get polls were answered only once reading had finished. A macrotask between
 * pages lets them through (about 1 ms per page).
 */
export const letPollsThrough = () => new Promise<void>((resolve) => setImmediate(resolve));

/** How the text was obtained; shown nowhere but kept in the preview for tests and the CLI. */
export type PlanFileFormat = 'docx' | 'doc' | 'pdf';
