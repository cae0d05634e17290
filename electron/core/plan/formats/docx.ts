import { docxText } from './docx-text';
import { planFileErrors } from './messages';
import { zipContent } from './sniff';

const ZIP_OTHER = { excel: 'Excel 表格（.xlsx）', powerpoint: 'PowerPoint 演示文稿（.pptx）', ofd: 'OFD 版式文件', zip: '压缩包（.zip）' } as const;

/** Word's text, paragraph by paragraph (with its list numbers); other zips get their own message. */
export async function docxFileText(buf: Buffer, name: string): Promise<string> {
  const content = zipContent(buf);
  if (content !== 'word') throw planFileErrors.otherFormat(name, ZIP_OTHER[content]);
  try {
    return await docxText(buf);
  } catch {
    throw planFileErrors.corrupt(name, 'Word ');
  }
}
