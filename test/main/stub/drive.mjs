// Runs the built shell (out/main/index.js) under plain Node with the electron stub, exercises
// what a first start does, and prints one JSON line for built-shell.test.ts to check.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [mainFile] = process.argv.slice(2);
await import(pathToFileURL(path.resolve(mainFile)).href);
const record = globalThis.__electronStub;
const until = async (ok, ms = 20_000) => {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (ok()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
};
await until(() => record.windows.length > 0 || record.errors.length > 0 || record.exitCode !== null);

const get = async (p) => {
  const res = await record.protocol({ url: `app://luoshi${p}` });
  return { path: p, status: res.status, type: res.headers.get('content-type'), csp: res.headers.get('content-security-policy'), body: res.status === 200 ? Buffer.from(await res.arrayBuffer()).toString('utf8') : '' };
};
const index = record.protocol ? await get('/index.html') : null;
const named = index ? [...index.body.matchAll(/(?:src|href)="\.?(\/[^"]+)"/g)].map((m) => m[1]) : [];
const assets = [];
for (const p of named) assets.push(await get(p));
const missing = record.protocol ? await get('/assets/does-not-exist.js') : null;

const preload = record.windows[0]?.options.webPreferences.preload ?? null;
let prevented = false;
record.appEvents.get('before-quit')?.({ preventDefault: () => (prevented = true) });
const quitAfterJobs = await until(() => record.quits > 0);
record.appEvents.get('will-quit')?.();
const db = process.env.LUOSHI_DB;
console.log(
  JSON.stringify({
    errors: record.errors,
    exitCode: record.exitCode,
    channels: [...record.handlers.keys()],
    schemes: record.schemes,
    windowUrl: record.windows[0]?.url ?? null,
    preload,
    preloadExists: preload ? fs.existsSync(preload) : false,
    index: index && { ...index, body: index.body.slice(0, 200) },
    assets: assets.map(({ body, ...a }) => ({ ...a, bytes: body.length })),
    missing: missing && { status: missing.status },
    beforeQuitWaited: prevented,
    quitAfterJobs,
    sealed: fs.existsSync(`${db}-seal`),
    walLeft: fs.existsSync(`${db}-wal`) && fs.statSync(`${db}-wal`).size > 0,
  }),
);
process.exit(0);
