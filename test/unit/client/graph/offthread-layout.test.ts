import { describe, expect, it } from 'vitest';
import { layoutOffThread } from '../../../../client/src/graph/offthread-layout.js';

/** A hand-written stand-in for a Worker: it answers each message with `reply`, or never. */
class FakeWorker {
  onmessage: ((ev: MessageEvent) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(private readonly reply?: unknown) {}
  postMessage(): void {
    if (this.reply === undefined) return;
    queueMicrotask(() => this.onmessage?.({ data: this.reply } as MessageEvent));
  }
  terminate(): void {
    this.terminated = true;
  }
}

const input = { nodes: [{ id: 'a', position: { x: 0, y: 0 } }], edges: [] };

describe('layoutOffThread', () => {
  it("resolves with the worker's positions and ends the worker", async () => {
    const worker = new FakeWorker({ positions: { a: { x: 5, y: 6 } } });
    const placed = await layoutOffThread(input, 1_000, () => worker as unknown as Worker);
    expect([placed, worker.terminated]).toEqual([{ a: { x: 5, y: 6 } }, true]);
  });

  it('rejects with the message the worker sent when the layout failed', async () => {
    const worker = new FakeWorker({ error: 'no memory' });
    await expect(layoutOffThread(input, 1_000, () => worker as unknown as Worker)).rejects.toThrow(
      'no memory',
    );
  });

  it('gives up and ends a worker that does not answer in time', async () => {
    const worker = new FakeWorker();
    await expect(layoutOffThread(input, 20, () => worker as unknown as Worker)).rejects.toThrow(
      /longer than/,
    );
    expect(worker.terminated).toBe(true);
  });
});
