// Channel names only, without zod: the sandboxed preload bundles this list and nothing else.
// A type check in ./check.ts keeps it equal to the contract's keys.
export const CHANNELS = [
  'system.info',
  'unit.get',
  'unit.update',
  'members.list',
  'members.get',
  'members.create',
  'members.update',
  'members.endTerm',
  'members.reinstate',
  'members.reorder',
  'members.importPreview',
  'members.importCommit',
] as const;
