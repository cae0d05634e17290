import path from 'node:path';

/** Resolves a URL path inside the renderer folder, refusing anything that escapes it. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  const target = path.resolve(root, '.' + (decoded === '/' ? '/index.html' : decoded));
  return target === root || target.startsWith(root + path.sep) ? target : null;
}
