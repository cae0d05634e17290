import fs from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { rendererHeaders, resolveInside } from '../core/renderer-files';
import { APP_SCHEME } from './security';

/** Must run before app 'ready': app:// behaves like a secure, standard origin (fetch, CSP, storage). */
export function registerSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the built renderer from app://luoshi/ with the CSP on every response. */
export function serveRenderer(rendererDir: string): void {
  const root = path.resolve(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveInside(root, new URL(request.url).pathname);
    if (!file) return new Response('Forbidden', { status: 403 });
    try {
      const body = await fs.readFile(file);
      return new Response(body, { headers: rendererHeaders(file) });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
