import { forwardRef } from 'react';

/**
 * A printed sheet exactly as it will print: the core's HTML in a sandboxed iframe (no scripts;
 * same-origin only so the parent may call print()). Shared by every print preview.
 */
export const SheetFrame = forwardRef<HTMLIFrameElement, { sheet: { html: string; title: string }; height?: string }>(function SheetFrame({ sheet, height = '65vh' }, ref) {
  return (
    <iframe
      ref={ref}
      title={sheet.title}
      data-testid="sheet-preview"
      sandbox="allow-same-origin allow-modals"
      srcDoc={sheet.html}
      style={{ width: '100%', height, border: '1px solid #d9d9d9', background: '#fff' }}
    />
  );
});
