// `npm run dist:check -- PATH [--target linux-arm64]`: refuses a packaged app that would not run
// on its target (see scripts/dist-check/inspect.ts). Exit code 1 when anything is wrong.
import { parseArgs } from 'node:util';
import { expectedFuses, inspectApp } from './dist-check/inspect';
import { openPackage, parseTarget, targetFromName } from './dist-check/open';

const { values, positionals } = parseArgs({ options: { target: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true });
if (positionals.length !== 1) {
  console.error('用法：npm run dist:check -- 打包结果（dist/linux-unpacked、dist/win-unpacked、.deb 或 .AppImage） [--target linux-x64|linux-arm64|win32-x64]');
  process.exit(2);
}
const input = positionals[0]!;
const target = values.target ? parseTarget(values.target) : targetFromName(input);
if (!target) {
  console.error(`看不出 ${input} 是哪个平台的安装包：请加 --target linux-x64、linux-arm64 或 win32-x64。`);
  process.exit(2);
}
const pkg = openPackage(input);
try {
  const report = await inspectApp(pkg.root, target, expectedFuses());
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(`目标：${target.os}-${target.cpu}`);
    if (report.asarBytes !== null) console.log(`app.asar：${(report.asarBytes / 1024 / 1024).toFixed(1)} MB`);
    for (const n of report.natives) console.log(`  ${n.file}  ${n.os}-${n.cpu}${n.glibc ? `  需要 ${n.glibc}` : ''}`);
  }
  if (report.problems.length) {
    console.error(`\n不能发布（${report.problems.length} 个问题）：`);
    for (const p of report.problems) console.error(`  ✗ ${p}`);
    process.exitCode = 1;
  } else console.log('\n检查通过：可以发布。');
} finally {
  pkg.cleanup();
}
