import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

/**
 * LibreOffice is not installed here, so a .docx is validated the way Word starts reading one:
 * the required package parts exist and every XML part is well-formed. Returns the body text.
 */
export async function readDocx(buf: Buffer): Promise<{ text: string; parts: string[] }> {
  const zip = await JSZip.loadAsync(buf);
  const parts = Object.keys(zip.files);
  for (const required of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/_rels/document.xml.rels', 'word/styles.xml', 'docProps/core.xml']) {
    if (!parts.includes(required)) throw new Error(`docx is missing ${required}`);
  }
  let documentXml = '';
  for (const name of parts.filter((p) => p.endsWith('.xml') || p.endsWith('.rels'))) {
    const xml = await zip.file(name)!.async('string');
    // saxes (exceljs's own parser) is strict: any well-formedness or namespace error throws.
    const parser = new SaxesParser({ xmlns: true });
    const errors: string[] = [];
    parser.on('error', (e) => errors.push(e.message));
    parser.write(xml).close();
    if (errors.length) throw new Error(`${name} is not well-formed XML: ${errors.join('; ')}`);
    if (name === 'word/document.xml') documentXml = xml;
  }
  const doc = new DOMParser().parseFromString(documentXml, 'text/xml');
  const paragraphs = Array.from(doc.getElementsByTagName('w:p')).map((p) =>
    Array.from(p.getElementsByTagName('w:t'))
      .map((t) => t.textContent ?? '')
      .join(''),
  );
  return { text: paragraphs.join('\n'), parts };
}
