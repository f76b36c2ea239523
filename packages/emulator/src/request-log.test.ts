import { describe, expect, it } from 'vitest';
import { RequestLog } from './request-log.js';

const call = (log: RequestLog, n: number) =>
  log.add(1000 + n, `L${n}`, 'GET', `/p/${n}`, n % 2 ? 'im.messages.list' : undefined, n % 2 ? 'bot' : undefined, n % 2 ? 'cli_a' : undefined, 200, n % 2 ? 0 : undefined, n);

const entry = (n: number) => ({
  at: 1000 + n,
  log_id: `L${n}`,
  http: 'GET',
  path: `/p/${n}`,
  method_id: n % 2 ? 'im.messages.list' : undefined,
  identity: n % 2 ? 'bot' : undefined,
  caller: n % 2 ? 'cli_a' : undefined,
  status: 200,
  code: n % 2 ? 0 : undefined,
  ms: n,
});

describe('RequestLog', () => {
  it('is empty at first', () => {
    const log = new RequestLog(3);
    expect(log.size).toBe(0);
    expect(log.entries()).toEqual([]);
  });

  it.each([
    [1, [1]],
    [3, [1, 2, 3]],
    [4, [2, 3, 4]],
    [7, [5, 6, 7]],
  ])('after %i calls into 3 slots it holds the newest, oldest first: %j', (calls, kept) => {
    const log = new RequestLog(3);
    for (let n = 1; n <= calls; n++) call(log, n);
    expect(log.size).toBe(kept.length);
    expect(log.entries()).toStrictEqual(kept.map(entry));
  });

  it('hands out entries that later calls do not change', () => {
    const log = new RequestLog(2);
    call(log, 1);
    call(log, 2);
    const before = log.entries();
    call(log, 3);
    expect(before).toStrictEqual([entry(1), entry(2)]);
    expect(log.entries()).toStrictEqual([entry(2), entry(3)]);
  });
});
