import { describe, expect, it } from 'vitest';
import { SerialQueue } from '../../../../src/kafka/consumers/queue.ts';

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('SerialQueue', () => {
  it('runs operations one at a time in arrival order', async () => {
    const queue = new SerialQueue();
    const events: string[] = [];
    const first = deferred();
    const a = queue.run(async () => {
      events.push('a start');
      await first.promise;
      events.push('a end');
      return 'a';
    });
    const b = queue.run(async () => {
      events.push('b start');
      return 'b';
    });
    await Promise.resolve();
    expect(events).toEqual(['a start']);
    first.resolve();
    expect(await a).toBe('a');
    expect(await b).toBe('b');
    expect(events).toEqual(['a start', 'a end', 'b start']);
  });

  it('keeps going after a failed operation', async () => {
    const queue = new SerialQueue();
    const failed = queue.run(async () => {
      throw new Error('boom');
    });
    const next = queue.run(async () => 42);
    await expect(failed).rejects.toThrow('boom');
    expect(await next).toBe(42);
  });

  it('is busy while an operation runs and restarts its idle clock when one finishes', async () => {
    let now = 1000;
    const queue = new SerialQueue(() => now);
    now = 1500;
    expect(queue.busy).toBe(false);
    expect(queue.idleMs()).toBe(500);

    const gate = deferred();
    const running = queue.run(() => gate.promise);
    now = 9000;
    expect(queue.busy).toBe(true);
    expect(queue.idleMs()).toBe(0);

    gate.resolve();
    await running;
    await Promise.resolve();
    expect(queue.busy).toBe(false);
    now = 9250;
    expect(queue.idleMs()).toBe(250);
  });
});
