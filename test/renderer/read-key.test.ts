// The stale-while-revalidate rule of the renderer's stores (会议, 成员, 台账): a page shows the rows
// it kept only while its readKey is unchanged, and every call that may write changes it. The
// calls go to a real core, as the renderer's `call` sends them through `counted`.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { counted, readKey } from '../../renderer/src/api/writes';
import { tmpCore } from '../helpers/tmp';

let core: Core;
beforeEach(() => {
  core = tmpCore(); // closed after each test by the helper
});
const send = (channel: string, input: unknown) => counted(channel, () => core.dispatch(channel as never, input as never));

describe('readKey', () => {
  it('stays the same across reads, so a revisit shows the kept rows at once', async () => {
    const before = readKey(2022, undefined, false);
    expect((await send('members.list', { includeEnded: true })).ok).toBe(true);
    expect((await send('meetings.list', { year: 2022, deleted: false })).ok).toBe(true);
    expect((await send('meetings.types', {})).ok).toBe(true);
    expect(readKey(2022, undefined, false)).toBe(before);
  });

  it('differs for another filter', () => {
    expect(readKey(2022, 3, false)).not.toBe(readKey(2022, undefined, false));
  });

  it('changes after a write, even one refused, so a page never shows rows from before it as current', async () => {
    const before = readKey();
    expect((await send('members.create', { name: '张三', partyRole: 'secretary' })).ok).toBe(true);
    const afterWrite = readKey();
    expect(afterWrite).not.toBe(before);
    expect((await send('members.create', { name: '' })).ok).toBe(false);
    expect(readKey()).not.toBe(afterWrite);
  });

  it('changes while a job is polled: a job writes after the call that started it answered', async () => {
    const before = readKey();
    await send('jobs.get', { id: 'none' });
    expect(readKey()).not.toBe(before);
  });

  it('changes when the write is still running, not only when it answers', async () => {
    const before = readKey();
    let release = () => undefined as void;
    const pending = counted('members.update', () => new Promise<void>((r) => (release = r)));
    expect(readKey()).not.toBe(before);
    release();
    await pending;
  });
});
