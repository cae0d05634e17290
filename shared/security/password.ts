// App-lock password rules, shared so the form can rate a password before the core checks it.

export const PASSWORD_MIN_LENGTH = 8;

const CLASSES: [RegExp, string][] = [
  [/[a-z]/, '小写字母'],
  [/[A-Z]/, '大写字母'],
  [/[0-9]/, '数字'],
  [/[^a-zA-Z0-9]/, '符号'],
];

/** null when acceptable, else a Chinese sentence saying what is missing. */
export function passwordProblem(pw: string): string | null {
  if (pw.length < PASSWORD_MIN_LENGTH) return `密码至少需要 ${PASSWORD_MIN_LENGTH} 个字符。`;
  const present = CLASSES.filter(([re]) => re.test(pw)).length;
  if (present < 3) return '密码需包含小写字母、大写字母、数字、符号中的至少三类。';
  return null;
}

/** 0–4, for a strength bar: length and character variety. */
export function passwordStrength(pw: string): { score: 0 | 1 | 2 | 3 | 4; label: string } {
  const classes = CLASSES.filter(([re]) => re.test(pw)).length;
  let score = 0;
  if (pw.length >= 8) score++;
  if (pw.length >= 12) score++;
  if (classes >= 3) score++;
  if (classes === 4 || pw.length >= 16) score++;
  if (/^(.)\1+$/.test(pw) || /^(1234|abcd|qwer|password)/i.test(pw)) score = Math.min(score, 1);
  const labels = ['很弱', '弱', '一般', '较强', '强'];
  return { score: score as 0 | 1 | 2 | 3 | 4, label: labels[score]! };
}
