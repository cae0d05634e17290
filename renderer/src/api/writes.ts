// Which calls may change data, for the stores' stale-while-revalidate (issue 15 item 7). Plain
// TypeScript (no DOM), so the unit tests run it against a real core.

/**
 * Channels known to only read. Any other call may change data (jobs.get too: a job writes while it
 * is polled), so it is counted as a write; a read taken for a write only costs a spinner.
 */
const READS = /\.(list|get|status|info|types)$/;
let writes = 0;

/** Runs one call, counting it as a write when it starts and when it answers unless it only reads. */
export async function counted<T>(channel: string, run: () => Promise<T>): Promise<T> {
  const write = channel === 'jobs.get' || !READS.test(channel);
  if (write) writes++;
  try {
    return await run();
  } finally {
    if (write) writes++;
  }
}

/**
 * What a page's rows are read under: its filter and the count of writes so far. A store keeps it
 * with the rows; a reload under the same key shows the kept rows at once (no spinner) while it
 * asks again, and any write in between changes the key, so the page waits for fresh rows instead.
 */
export const readKey = (...filter: unknown[]): string => JSON.stringify([...filter, writes]);
