/**
 * For tests that need a program a fresh machine may lack (LibreOffice, Debian's age): returns
 * true when it is missing, after printing one line that names the package to install.
 * `.ci/run` installs them all, so CI never skips.
 */
export function missing(present: unknown, test: string, aptPackages: string): boolean {
  if (!present) console.log(`跳过「${test}」：未安装，请运行 apt-get install -y ${aptPackages}`);
  return !present;
}
