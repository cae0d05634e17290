// Child process for the memory figure: a fresh process opens the core (as the app does at
// start), then loads the dashboard once; prints both RSS figures as JSON.
import { createCore } from '../../electron/core';

const [dataFile, year, date] = process.argv.slice(2) as [string, string, string];
const core = createCore({ dataFile, operator: 'bench', access: 'read' }); // the bench's own core holds the file's lock
global.gc?.();
const afterOpen = process.memoryUsage().rss;
const r = await core.dispatch('compliance.get', { year: Number(year), date });
if (!r.ok) throw new Error(r.error.message);
JSON.stringify(r.value); // what the IPC would serialize
const afterDashboard = process.memoryUsage().rss;
core.close();
console.log(JSON.stringify({ afterOpen, afterDashboard }));
