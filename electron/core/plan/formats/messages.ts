import { AppError } from '../../../../shared/result';

// Every file we cannot read gets one of these: what the file is, and what the clerk can do.
// They are BAD_FILE errors, thrown before anything is parsed, so nothing is ever saved.

const PASTE = '也可以把文字复制粘贴到导入框中。';
const bad = (message: string) => new AppError('BAD_FILE', message);

export const planFileErrors = {
  empty: (name: string) => bad(`文件“${name}”是空的（0 字节），没有任何内容。请选择包含工作要点正文的文件。`),
  scannedPdf: () => bad('这个 PDF 是扫描件（图片），没有可读取的文字。请用原始的 Word/WPS 文件导入，或把文字复制粘贴到导入框中。'),
  pdfPassword: (name: string) =>
    bad(`“${name}”设有打开密码，无法读取。请用原始的 Word/WPS 文件导入，或在 PDF 阅读器中输入密码后把文字复制粘贴到导入框中。`),
  wordPassword: (name: string) =>
    bad(`“${name}”设有打开密码，无法读取。请在 Word/WPS 中输入密码打开，取消密码（文件 → 文档加密/保护文档）后另存，再导入；${PASTE}`),
  corrupt: (name: string, what: string) =>
    bad(`“${name}”已损坏，无法读取（${what}文件结构不完整）。请在 Word/WPS 中打开它，另存为新的 .docx 后再导入；${PASTE}`),
  corruptPdf: (name: string) => bad(`“${name}”不是完整的 PDF 文件（可能已损坏或没有下载完整）。请重新获取该文件，或用原始的 Word/WPS 文件导入；${PASTE}`),
  notThatFormat: (name: string, what: string) =>
    bad(`“${name}”不是有效的${what}（可能已损坏、没有下载完整，或是改了扩展名的其他文件）。请用 Word/WPS 打开确认后另存为 .docx 再导入；${PASTE}`),
  oldWps: (name: string) => bad(`“${name}”是早期版本 WPS 的文件格式，无法直接读取。请用 WPS 打开它，另存为 .docx 或 .doc 后再导入；${PASTE}`),
  tooManyPages: (name: string, pages: number, max: number) =>
    bad(`“${name}”有 ${pages} 页，超过 ${max} 页，不像是一份工作要点或制度。请确认是否选错了文件，或只把工作要点部分另存为 PDF 后再导入。`),
  otherFormat: (name: string, what: string) =>
    bad(`“${name}”实际上是${/^[A-Za-z]/.test(what) ? ' ' : ''}${what}，不是工作要点文档。请选择 Word（.docx/.doc）、WPS（.wps）、PDF 或纯文本（.txt）文件；${PASTE}`),
  unsupportedExt: (ext: string) =>
    bad(`不支持“.${ext}”文件。请导入 Word（.docx/.doc）、WPS（.wps）、PDF 或纯文本（.txt）格式的工作要点，也可以直接粘贴正文。`),
  noText: (name: string) => bad(`“${name}”里没有文字。请确认选对了文件，或把工作要点正文复制粘贴到导入框中。`),
};
