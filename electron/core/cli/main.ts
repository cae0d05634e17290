import { runCli } from './run';

// `npm run cli -- …`: the administrators' tool. All logic lives in run.ts so tests call it directly.
const readStdin = async () => {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

const code = await runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t + '\n'),
  err: (t) => process.stderr.write(t + '\n'),
  readStdin,
  now: () => new Date(),
  env: process.env,
});
process.exitCode = code;
