/** Same shape as a job's report (electron/core/jobs), so reading can run inside a job. */
export type ReadProgress = (fraction: number, stage: string) => void;

/** How the text was obtained; shown nowhere but kept in the preview for tests and the CLI. */
export type PlanFileFormat = 'docx' | 'doc' | 'pdf';
