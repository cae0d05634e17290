/**
 * The stored row with a patch's named fields over it. A key present with `undefined` (what
 * JSON cannot carry but a direct caller can) names nothing and leaves the stored value.
 */
export function mergePatch<T extends object>(before: T, patch: { [K in keyof T]?: T[K] | undefined }): T {
  const named = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  return { ...before, ...named };
}

/** The keys whose value differs, for the audit summary. */
export const changedKeys = <T extends object>(before: T, after: T, keys: readonly (keyof T)[]) =>
  keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])) as string[];
