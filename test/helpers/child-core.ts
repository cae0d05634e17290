// A second process on the same data file, for the lock, WAL and restore-kill tests:
//   hold  FILE PROGRAM        open the core (takes the lock), print "ready", wait to be killed
//   crash FILE NAME           open, add member NAME, print "written", then SIGKILL itself (no close)
//   restore-kill FILE BACKUP PASSFILE before|after N
//                             run `backup restore --yes` through the CLI, SIGKILL itself right before/after rename N
import { createCore } from '../../electron/core';
import { moveHooks } from '../../electron/core/backup/journal';
import { runCli } from '../../electron/core/cli/run';

const [mode, file, a, b, c, d] = process.argv.slice(2);
const die = () => process.kill(process.pid, 'SIGKILL');

if (mode === 'hold') {
  createCore({ dataFile: file!, operator: 'child', program: a ?? '落实桌面版' });
  process.stdout.write('ready\n');
  setInterval(() => undefined, 1000);
} else if (mode === 'crash') {
  const core = createCore({ dataFile: file!, operator: 'child' });
  const r = await core.dispatch('members.create', { name: a });
  if (!r.ok) throw new Error(r.error.message);
  process.stdout.write('written\n');
  die();
} else if (mode === 'restore-kill') {
  const n = Number(d);
  if (c === 'before') moveHooks.before = (i) => i === n && die();
  else moveHooks.after = (i) => i === n && die();
  const code = await runCli(['backup', 'restore', a!, '--passphrase-file', b!, '--yes', '--db', file!], {
    out: (t) => process.stdout.write(t + '\n'),
    err: (t) => process.stderr.write(t + '\n'),
    readStdin: async () => '',
    now: () => new Date(),
    env: {},
  });
  process.stdout.write(`finished ${code}\n`);
} else {
  throw new Error(`unknown mode ${mode}`);
}
