import fs from 'node:fs';
import { CliError, EXIT } from './io';

// File arguments: a folder, a missing or unreadable file, or one far too large gets a Chinese
// message naming the file, never a raw EISDIR/EACCES.

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 1)} MB`;

/** Checks that `file` is a readable regular file of at most maxBytes; returns its size. */
export function checkInputFile(file: string, what: string, maxBytes: number): number {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    throw new CliError(`找不到${what} ${file}。请检查路径是否正确。`, EXIT.usage);
  }
  if (st.isDirectory()) throw new CliError(`${file} 是一个文件夹，不是文件。请给出${what}本身的路径。未做任何改动。`, EXIT.usage);
  if (!st.isFile()) throw new CliError(`${file} 不是普通文件，无法作为${what}读取。未做任何改动。`, EXIT.usage);
  if (st.size > maxBytes) throw new CliError(`${what} ${file} 太大（${mb(st.size)}），不能超过 ${mb(maxBytes)}。未做任何改动。`, EXIT.refused);
  try {
    fs.accessSync(file, fs.constants.R_OK);
  } catch {
    throw new CliError(`无法读取${what} ${file}（没有读取权限）。请检查文件权限。未做任何改动。`, EXIT.usage);
  }
  return st.size;
}

/** Reads a checked input file. */
export function readInputFile(file: string, what: string, maxBytes: number): Buffer {
  checkInputFile(file, what, maxBytes);
  try {
    return fs.readFileSync(file);
  } catch {
    throw new CliError(`无法读取${what} ${file}。请检查文件是否被其他程序占用。未做任何改动。`, EXIT.usage);
  }
}
