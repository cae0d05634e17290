import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/result';
import { siblingTemp } from '../backup/io';

/** Why a folder cannot take the file, in words a user can act on. */
function folderMessage(dir: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code ?? '';
  const where = `文件夹“${dir}”`;
  if (code === 'EACCES' || code === 'EPERM') return `${where}没有写入权限，无法保存。请换一个有写入权限的位置（例如“文档”文件夹或 U 盘）后重试。`;
  if (code === 'EROFS') return `${where}所在的磁盘是只读的（例如光盘或写保护的 U 盘），无法保存。请换一个位置后重试。`;
  if (code === 'ENOTDIR' || code === 'EEXIST') return `保存位置“${dir}”中有一段不是文件夹（是同名文件），无法保存。请检查路径后重试。`;
  if (code === 'ENOSPC') return `${where}所在的磁盘空间已满，无法保存。请清理磁盘或换一个位置后重试。`;
  if (code === 'ENOENT') return `${where}不存在且无法创建，请检查路径（盘符、U 盘是否已插好）后重试。`;
  return `无法写入${where}：${(e as Error)?.message ?? String(e)}。请换一个位置后重试。`;
}

/**
 * Resolves where an export goes and proves, before any work, that the folder takes files:
 * creates missing folders, then writes and removes a probe file (permission bits alone do not
 * say — an administrator passes every access() check, a read-only disk fails only on write).
 */
export function prepareTarget(outFile: string, ext: string): string {
  const file = path.resolve(outFile);
  const actual = path.extname(file).toLowerCase();
  if (actual !== `.${ext}`) throw new AppError('VALIDATION', `文件名应以 .${ext} 结尾（现在是“${path.basename(file)}”）。`, { outFile: `应以 .${ext} 结尾` });
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) throw new AppError('VALIDATION', `“${file}”是一个文件夹，请在后面加上文件名，例如 ${path.join(file, `台账.${ext}`)}。`, { outFile: '请填写文件名' });
  const dir = path.dirname(file);
  try {
    fs.mkdirSync(dir, { recursive: true });
    const probe = siblingTemp(file);
    fs.writeFileSync(probe, '');
    fs.rmSync(probe, { force: true });
  } catch (e) {
    throw new AppError('BAD_FILE', folderMessage(dir, e), { outFile: '无法写入' });
  }
  return file;
}

/** Writes through a temp sibling and renames, so a half-written export never replaces a good file. */
export function writeAtomic(file: string, data: Buffer): void {
  const tmp = siblingTemp(file);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException)?.code ?? '';
    if (code === 'EBUSY' || (code === 'EPERM' && process.platform === 'win32')) {
      throw new AppError('CONFLICT', `“${path.basename(file)}”正被其他程序（如 Excel、WPS）打开，无法覆盖。请先关闭该文件，或换一个文件名后重试。`);
    }
    throw new AppError('BAD_FILE', folderMessage(path.dirname(file), e));
  }
}
