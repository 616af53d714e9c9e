import { describe, expect, it } from 'vitest';
import { TaskQueue } from '../../src/action/task-queue.js';

/** A task that runs until `finish` is called, noting when it started. */
function gated(log: string[], name: string) {
  let finish = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    task: async () => {
      log.push(`start ${name}`);
      await done;
      log.push(`end ${name}`);
      return name;
    },
    finish: () => finish(),
  };
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('TaskQueue', () => {
  it('runs at most `slots` tasks at once and starts the rest in the order they asked', async () => {
    const log: string[] = [];
    const queue = new TaskQueue(2);
    const tasks = ['a', 'b', 'c', 'd', 'e'].map((name) => gated(log, name));
    const results = tasks.map((t) => queue.run(t.task));
    await settle();
    expect(log).toEqual(['start a', 'start b']);
    expect(queue.active).toBe(2);
    tasks[1]!.finish();
    await settle();
    expect(log).toEqual(['start a', 'start b', 'end b', 'start c']);
    tasks[0]!.finish();
    tasks[2]!.finish();
    await settle();
    expect(log.filter((line) => line.startsWith('start'))).toEqual(
      ['a', 'b', 'c', 'd', 'e'].map((name) => `start ${name}`),
    );
    expect(queue.active).toBe(2);
    tasks[3]!.finish();
    tasks[4]!.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(queue.active).toBe(0);
  });

  it('hands the slot to the next task when one fails, and passes the failure on', async () => {
    const queue = new TaskQueue(1);
    const failing = queue.run(() => Promise.reject(new Error('unreadable')));
    const next = queue.run(() => Promise.resolve('next'));
    await expect(failing).rejects.toThrow('unreadable');
    expect(await next).toBe('next');
    expect(queue.active).toBe(0);
  });

  it('does not let a task that asks later overtake one that waits', async () => {
    const log: string[] = [];
    const queue = new TaskQueue(1);
    const first = gated(log, 'first');
    const running = queue.run(first.task);
    const waiting = queue.run(async () => log.push('waiting'));
    first.finish();
    // Asked after the slot was freed but before the waiter ran: still behind it.
    const late = queue.run(async () => log.push('late'));
    await Promise.all([running, waiting, late]);
    expect(log).toEqual(['start first', 'end first', 'waiting', 'late']);
  });

  it('refuses fewer than one slot', () => {
    expect(() => new TaskQueue(0)).toThrow(RangeError);
  });
});
