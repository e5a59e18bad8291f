import { describe, expect, it } from 'vitest';
import { AdmissionQueue } from '../../../src/api/admission.ts';

const settled = async <T>(promise: Promise<T>): Promise<T | 'pending'> =>
  Promise.race([promise, Promise.resolve().then(() => 'pending' as const)]);

describe('AdmissionQueue', () => {
  it('admits up to its concurrency at once, queues the next first come first served, refuses past the queue', async () => {
    const queue = new AdmissionQueue(2, 2);
    const a = queue.enter()!;
    const b = queue.enter()!;
    const c = queue.enter()!;
    const d = queue.enter()!;
    expect(queue.enter()).toBeNull();
    expect(await a.admitted).toBe(true);
    expect(await b.admitted).toBe(true);
    expect(await settled(c.admitted)).toBe('pending');
    expect([queue.active, queue.queued]).toEqual([2, 2]);

    b.release();
    expect(await c.admitted).toBe(true);
    expect(await settled(d.admitted)).toBe('pending');
    a.release();
    expect(await d.admitted).toBe(true);
    expect([queue.active, queue.queued]).toEqual([2, 0]);
  });

  it('a release is counted once, and a request released while queued leaves the queue unadmitted', async () => {
    const queue = new AdmissionQueue(1, 5);
    const a = queue.enter()!;
    const b = queue.enter()!;
    const c = queue.enter()!;
    b.release();
    expect(await b.admitted).toBe(false);
    expect(queue.queued).toBe(1);
    a.release();
    a.release();
    expect(await c.admitted).toBe(true);
    expect([queue.active, queue.queued]).toEqual([1, 0]);
    c.release();
    b.release();
    expect([queue.active, queue.queued]).toEqual([0, 0]);
  });
});
