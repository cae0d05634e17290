import CFB from 'cfb';
import WordExtractor from 'word-extractor';
import { planFileErrors } from './messages';

// Word 97–2003 (.doc) and WPS 文字 (.wps, the same binary format) are OLE compound files.
// An OLE file may also be an Excel/PowerPoint file or a password-protected .docx (Office
// wraps the encrypted zip in OLE streams EncryptionInfo/EncryptedPackage), so the streams
// inside are looked at first: each case gets its own message rather than a parse failure.

/** FIB flag fEncrypted (MS-DOC 2.5.2): the WordDocument stream is encrypted. */
const FIB_ENCRYPTED = 0x0100;
const FIB_MAGIC = 0xa5ec;

type OleContent = { kind: 'word'; encrypted: boolean } | { kind: 'encrypted-ooxml' } | { kind: 'other'; what: string };

function oleContent(buf: Buffer, name: string): OleContent {
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(buf, { type: 'buffer' });
  } catch {
    throw planFileErrors.corrupt(name, 'Word/WPS ');
  }
  const has = (stream: string) => container.FileIndex.some((e) => e.name === stream);
  if (has('EncryptionInfo') && has('EncryptedPackage')) return { kind: 'encrypted-ooxml' };
  const word = CFB.find(container, 'WordDocument');
  if (word?.content && word.content.length >= 0x20) {
    const fib = Buffer.from(word.content as Uint8Array);
    if (fib.readUInt16LE(0) !== FIB_MAGIC) throw planFileErrors.corrupt(name, 'Word/WPS ');
    return { kind: 'word', encrypted: (fib.readUInt16LE(0xa) & FIB_ENCRYPTED) !== 0 };
  }
  if (word) throw planFileErrors.corrupt(name, 'Word/WPS ');
  if (has('Workbook') || has('Book')) return { kind: 'other', what: 'Excel 表格（.xls）' };
  if (has('PowerPoint Document')) return { kind: 'other', what: 'PowerPoint 演示文稿（.ppt）' };
  return { kind: 'other', what: '一个不是 Word/WPS 文档的 Office 文件' };
}

/** getBody takes options the published types leave out. */
interface RawBody {
  getBody(options: { filterUnicode: boolean }): string;
}

/** Body text of a .doc/.wps; curly quotes kept as written (word-extractor straightens them by default). */
export async function docText(buf: Buffer, name: string): Promise<string> {
  const content = oleContent(buf, name);
  if (content.kind === 'encrypted-ooxml') throw planFileErrors.wordPassword(name);
  // WPS before 2005 wrote its own format inside OLE; only the Word-compatible .wps is readable.
  if (content.kind === 'other' && /\.wps$/i.test(name)) throw planFileErrors.oldWps(name);
  if (content.kind === 'other') throw planFileErrors.otherFormat(name, content.what);
  if (content.encrypted) throw planFileErrors.wordPassword(name);
  try {
    const doc = (await new WordExtractor().extract(buf)) as unknown as RawBody;
    return doc.getBody({ filterUnicode: false }).replace(/\r\n?/g, '\n');
  } catch {
    throw planFileErrors.corrupt(name, 'Word/WPS ');
  }
}
