import { z } from 'zod';
import { channel } from './define';

/** A file the core wrote for the user to take away (export, backup) when the host has no save dialog. */
export interface DownloadFile {
  path: string;
  /** The name the browser saves it under (Chinese, from shared/files/names). */
  name: string;
  mime: string;
}

export const filesChannels = {
  /** Where a finished download lies; the browser host streams it as an attachment. */
  'files.download': channel<DownloadFile>()(z.object({ id: z.string({ error: '下载编号无效' }).regex(/^[0-9a-f]{32}$/, { error: '下载编号无效' }) }).strict()),
};
