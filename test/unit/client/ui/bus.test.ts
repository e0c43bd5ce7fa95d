import { describe, expect, it } from 'vitest';
import { Bus } from '../../../../client/src/ui/bus.js';

describe('Bus', () => {
  it('hands a notice to every listener of its kind', () => {
    const bus = new Bus();
    const seen: string[] = [];
    bus.on('notice', ({ text }) => seen.push(`a:${text}`));
    bus.on('notice', ({ text }) => seen.push(`b:${text}`));
    bus.emit('notice', { text: 'hello' });
    expect(seen).toEqual(['a:hello', 'b:hello']);
  });

  it('does not hand an event to listeners of another kind', () => {
    const bus = new Bus();
    let graph = 0;
    bus.on('graph', () => graph++);
    bus.emit('openQuery', { cypher: 'RETURN 1' });
    expect(graph).toBe(0);
  });
});
