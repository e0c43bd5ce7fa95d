import { describe, expect, it } from 'vitest';
import { Admission } from '../../../../server/query/admission.js';

const limits = { running: 2, perClient: 2, waiting: 1, waitMs: 50 };

describe('Admission', () => {
  it('admits up to the running limit at once', async () => {
    const admission = new Admission(limits);
    await Promise.all([admission.enter('a'), admission.enter('b')]);
    expect(admission.load).toEqual({ running: 2, waiting: 0 });
  });

  it('refuses a client beyond its own limit with BUSY', async () => {
    const admission = new Admission({ ...limits, running: 5 });
    await admission.enter('a');
    await admission.enter('a');
    await expect(admission.enter('a')).rejects.toMatchObject({ code: 'BUSY' });
  });

  it('queues a query when every slot is taken and starts it on a release', async () => {
    const admission = new Admission(limits);
    const release = await admission.enter('a');
    await admission.enter('b');
    const waiting = admission.enter('c');
    expect(admission.load.waiting).toBe(1);
    release();
    await expect(waiting).resolves.toBeTypeOf('function');
    expect(admission.load).toEqual({ running: 2, waiting: 0 });
  });

  it('turns a query away at once when the queue is full', async () => {
    const admission = new Admission(limits);
    await admission.enter('a');
    await admission.enter('b');
    const queued = admission.enter('c');
    await expect(admission.enter('d')).rejects.toMatchObject({ code: 'BUSY' });
    queued.catch(() => undefined);
  });

  it('gives up on a query that waited longer than waitMs', async () => {
    const admission = new Admission(limits);
    await admission.enter('a');
    await admission.enter('b');
    await expect(admission.enter('c')).rejects.toMatchObject({
      code: 'BUSY',
      message: expect.stringContaining('waited too long') as unknown,
    });
    expect(admission.load.waiting).toBe(0);
  });

  it('counts a release only once when it is called twice', async () => {
    const admission = new Admission(limits);
    const release = await admission.enter('a');
    await admission.enter('b');
    release();
    release();
    expect(admission.load.running).toBe(1);
  });
});
