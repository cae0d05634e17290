import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/result';

// File-type facts for attachments: what a browser should be told (mime) and what must never be
// handed to the system to "open" (programs and scripts run when opened).

const MIME: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ppt': 'application/vnd.ms-powerpoint',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.wps': 'application/vnd.ms-works',
  '.ofd': 'application/ofd',
  '.txt': 'text/plain',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.bmp': 'image/bmp',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.webp': 'image/webp',
  '.heic': 'image/heic',
  '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4',
  '.zip': 'application/zip',
  '.rar': 'application/vnd.rar',
};

export const mimeOf = (name: string) => MIME[path.extname(name).toLowerCase()] ?? 'application/octet-stream';

/** Extensions Windows (or a shell) runs instead of showing. */
export const EXECUTABLE_EXTENSIONS = new Set(
  ['exe', 'bat', 'cmd', 'com', 'js', 'jse', 'vbs', 'vbe', 'wsf', 'wsh', 'ps1', 'psm1', 'sh', 'msi', 'msp', 'lnk', 'scr', 'pif', 'cpl', 'hta', 'jar', 'reg', 'dll', 'url', 'inf', 'appimage', 'desktop', 'run', 'app'].map((e) => `.${e}`),
);

/** Windows programs start with "MZ", Linux ones with ELF, scripts with "#!": refused whatever they are called. */
function looksExecutable(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(4);
    const n = fs.readSync(fd, head, 0, 4, 0);
    const h = head.subarray(0, n);
    return h.subarray(0, 2).toString('latin1') === 'MZ' || h.toString('latin1') === '\x7fELF' || h.subarray(0, 2).toString('latin1') === '#!';
  } finally {
    fs.closeSync(fd);
  }
}

export function refuseExecutable(name: string, file: string): void {
  const ext = path.extname(name).toLowerCase();
  if (EXECUTABLE_EXTENSIONS.has(ext) || looksExecutable(file)) {
    throw new AppError(
      'BAD_FILE',
      `为安全起见，落实不会打开可执行文件或脚本（“${name}”）。如确需查看，请联系信息管理员用杀毒软件检查后处理。`,
    );
  }
}
