import { AppError } from '../../../shared/result';

// Every way a backup can be refused, worded for the person at the desk: what is wrong with
// the file and that nothing was changed. Kept together so the wording stays consistent.

const UNCHANGED = '现有数据未做任何改动。';
const gib = (n: number) => `${(n / 2 ** 30).toFixed(1)} GiB`;

export const backupErrors = {
  noPassphrase: () => new AppError('VALIDATION', '请输入备份口令。', { passphrase: '必填' }),
  notFound: (file: string) => new AppError('BAD_FILE', `找不到备份文件 ${file}，请检查文件位置。${UNCHANGED}`),
  empty: () => new AppError('BAD_FILE', `所选文件是空的（0 字节），不是有效的备份，可能复制时中断。请换一份备份。${UNCHANGED}`),
  sqlite: () =>
    new AppError('BAD_FILE', `所选文件是一个 SQLite 数据库文件，而不是落实的加密备份（.luoshi-backup）。如需使用该数据文件，请在“数据文件”中直接打开。${UNCHANGED}`),
  zip: () => new AppError('BAD_FILE', `所选文件是一个 ZIP 压缩包，不是落实的备份文件。请选择由落实生成的 .luoshi-backup 备份。${UNCHANGED}`),
  tar: () => new AppError('BAD_FILE', `所选文件是未加密的快照包（.tar），不能按加密备份恢复。请选择由落实生成的 .luoshi-backup 备份。${UNCHANGED}`),
  armored: () => new AppError('BAD_FILE', `所选文件是文本形式（ASCII 封装）的 age 文件，落实只接受二进制的 .luoshi-backup 备份。${UNCHANGED}`),
  text: () => new AppError('BAD_FILE', `所选文件是一个文本文件，不是落实的备份文件。请选择由落实生成的 .luoshi-backup 备份。${UNCHANGED}`),
  unknownFormat: () => new AppError('BAD_FILE', `无法识别所选文件的格式，它不是落实的备份文件。请选择由落实生成的 .luoshi-backup 备份。${UNCHANGED}`),
  wrongPassphrase: () =>
    new AppError('UNAUTHORIZED', `口令不正确，无法解开备份。请核对口令（区分大小写和全角半角）后重试；若确认口令无误，则备份文件头已损坏。${UNCHANGED}`),
  notForPassphrase: () => new AppError('BAD_FILE', `此备份是用密钥而不是口令加密的，不能用口令解开。${UNCHANGED}`),
  headerDamaged: (why: string) => new AppError('BAD_FILE', `备份文件头已损坏或不完整（${why}），无法解开。请换一份备份。${UNCHANGED}`),
  payloadDamaged: () =>
    new AppError('BAD_FILE', `备份内容已损坏、被截断或被篡改（加密校验未通过）。请换一份备份，或从原位置重新复制该文件。${UNCHANGED}`),
  structure: (why: string) => new AppError('BAD_FILE', `备份内部结构不正确（${why}），不是完整的落实备份。${UNCHANGED}`),
  noManifest: () => new AppError('BAD_FILE', `备份中缺少清单（manifest.json），不是落实生成的备份。${UNCHANGED}`),
  badManifest: (why: string) => new AppError('BAD_FILE', `备份清单（manifest.json）格式不正确：${why}。${UNCHANGED}`),
  newerFormat: (v: number) => new AppError('DB_NEWER', `此备份由更新版本的落实生成（备份格式第 ${v} 版），请安装新版本后再恢复。${UNCHANGED}`),
  unsafePath: (name: string) =>
    new AppError('BAD_FILE', `备份中含有不允许的路径“${name.slice(0, 120)}”（可能试图写到数据目录之外），已拒绝。该文件可能被篡改。${UNCHANGED}`),
  badEntryType: (name: string, type: string) =>
    new AppError('BAD_FILE', `备份中的“${name.slice(0, 120)}”是不允许的条目类型（${type}），已拒绝。该文件可能被篡改。${UNCHANGED}`),
  duplicate: (name: string) => new AppError('BAD_FILE', `备份中“${name}”出现了两次，已拒绝。${UNCHANGED}`),
  tooLarge: (name: string, size: number, cap: number) =>
    new AppError('BAD_FILE', `备份中“${name.slice(0, 120)}”声明的大小为 ${gib(size)}，超过上限 ${gib(cap)}，已拒绝。${UNCHANGED}`),
  noSpace: (need: number, free: number) =>
    new AppError('BAD_FILE', `恢复需要约 ${gib(need)} 空间，但目标磁盘只剩 ${gib(free)}。请清理磁盘后重试。${UNCHANGED}`),
  notListed: (name: string) => new AppError('BAD_FILE', `备份中的“${name}”不在清单中，备份可能被篡改。${UNCHANGED}`),
  sizeMismatch: (name: string) => new AppError('BAD_FILE', `备份中“${name}”的大小与清单不符，备份可能被篡改或损坏。${UNCHANGED}`),
  hashMismatch: (name: string) => new AppError('BAD_FILE', `备份中“${name}”的校验值与清单不符，备份已损坏或被篡改。${UNCHANGED}`),
  missing: (name: string) => new AppError('BAD_FILE', `备份不完整：清单中的“${name}”在备份里找不到。${UNCHANGED}`),
  countsMismatch: (table: string) => new AppError('BAD_FILE', `备份中数据库表“${table}”的记录数与清单不符，备份可能被篡改。${UNCHANGED}`),
  dbForeign: () => new AppError('DB_FOREIGN', `备份中的数据库不是落实的数据（可能来自其他软件），已拒绝。${UNCHANGED}`),
  dbNewer: (v: number, supported: number) =>
    new AppError('DB_NEWER', `此备份由更新版本的落实生成（数据格式第 ${v} 版，本程序只支持到第 ${supported} 版），请安装新版本后再恢复。${UNCHANGED}`),
  dbCorrupt: (why: string) => new AppError('DB_CORRUPT', `备份中的数据库已损坏（${why}），不能用于恢复。请换一份备份。${UNCHANGED}`),
  snapshotCorrupt: (why: string) =>
    new AppError('DB_CORRUPT', `备份时复制出的数据库未通过完整性检查（${why}），备份未生成。请先检查当前数据文件是否完好。`),
  readBackFailed: (file: string) =>
    new AppError('BAD_FILE', `备份写入 ${file} 后读回的内容与写入的不一致，目标磁盘或U盘可能有问题。备份未生成，原有同名文件未被覆盖；请换一个位置或换一个U盘重试。`),
  writeFailed: (file: string, e: unknown) =>
    new AppError('BAD_FILE', `备份未能写入 ${file}：${e instanceof Error ? e.message : String(e)}。请检查目标位置是否可写、空间是否足够；原有同名文件未被覆盖。`),
} as const;

/** A file operation failed mid-way (e.g. a file held open by another program on Windows); already rolled back. */
export const stepFailed = (what: string, e: unknown) =>
  new AppError('CONFLICT', `${what}失败：${e instanceof Error ? e.message : String(e)}。${UNCHANGED}`);
