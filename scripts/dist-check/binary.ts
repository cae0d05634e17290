// Reads just enough of an ELF or PE file to say which OS and CPU it is for, and (ELF) which
// glibc symbol versions it needs — the facts that decide whether a .node loads on the target.

export type Os = 'linux' | 'win32' | 'darwin';
export type Cpu = 'x64' | 'arm64' | 'ia32' | 'arm' | 'other';
export interface BinaryKind {
  os: Os;
  cpu: Cpu;
}

const ELF_MACHINE: Record<number, Cpu> = { 0x3e: 'x64', 0xb7: 'arm64', 0x03: 'ia32', 0x28: 'arm' };
const PE_MACHINE: Record<number, Cpu> = { 0x8664: 'x64', 0xaa64: 'arm64', 0x14c: 'ia32', 0x1c4: 'arm' };

/** The OS and CPU a native binary is built for, or null when it is neither ELF, PE nor Mach-O. */
export function binaryKind(b: Buffer): BinaryKind | null {
  if (b.length >= 20 && b.readUInt32BE(0) === 0x7f454c46) {
    const machine = b[5] === 2 ? b.readUInt16BE(18) : b.readUInt16LE(18);
    return { os: 'linux', cpu: ELF_MACHINE[machine] ?? 'other' };
  }
  if (b.length >= 64 && b.readUInt16LE(0) === 0x5a4d) {
    const pe = b.readUInt32LE(0x3c);
    if (pe + 6 <= b.length && b.readUInt32LE(pe) === 0x00004550) return { os: 'win32', cpu: PE_MACHINE[b.readUInt16LE(pe + 4)] ?? 'other' };
    return null;
  }
  const magic = b.length >= 4 ? b.readUInt32LE(0) : 0;
  if (magic === 0xfeedfacf || magic === 0xfeedface || b.readUInt32BE(0) === 0xcafebabe) return { os: 'darwin', cpu: 'other' };
  return null;
}

const SHT_GNU_VERNEED = 0x6ffffffe;

/**
 * The GLIBC_x.y versions an ELF file needs, from its version-needs section (what the dynamic
 * loader checks), e.g. ['GLIBC_2.2.5', 'GLIBC_2.14']. 64-bit little-endian only (x64, arm64).
 */
export function glibcVersionsNeeded(b: Buffer): string[] {
  if (b.readUInt32BE(0) !== 0x7f454c46 || b[4] !== 2 || b[5] !== 1) throw new Error('只支持 64 位小端 ELF 文件');
  const shoff = Number(b.readBigUInt64LE(0x28));
  const shentsize = b.readUInt16LE(0x3a);
  const shnum = b.readUInt16LE(0x3c);
  const section = (i: number) => {
    const o = shoff + i * shentsize;
    return { type: b.readUInt32LE(o + 4), offset: Number(b.readBigUInt64LE(o + 0x18)), link: b.readUInt32LE(o + 0x28), info: b.readUInt32LE(o + 0x2c) };
  };
  const cstr = (o: number) => b.toString('latin1', o, b.indexOf(0, o));
  const found = new Set<string>();
  for (let i = 0; i < shnum; i++) {
    const s = section(i);
    if (s.type !== SHT_GNU_VERNEED) continue;
    const strtab = section(s.link).offset;
    let vn = s.offset;
    for (let n = 0; n < s.info; n++) {
      const cnt = b.readUInt16LE(vn + 2);
      let aux = vn + b.readUInt32LE(vn + 8);
      for (let k = 0; k < cnt; k++) {
        const name = cstr(strtab + b.readUInt32LE(aux + 8));
        if (name.startsWith('GLIBC_')) found.add(name);
        aux += b.readUInt32LE(aux + 12);
      }
      const next = b.readUInt32LE(vn + 12);
      if (!next) break;
      vn += next;
    }
  }
  return [...found].sort(compareGlibc);
}

const parts = (v: string) => v.replace(/^GLIBC_/, '').split('.').map(Number);

export function compareGlibc(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}
