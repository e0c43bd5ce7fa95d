import { describe, expect, it } from 'vitest';
import { arrowDirection, pickInDirection } from '../../../../client/src/graph/direction.js';

const around = [
  { id: 'east', x: 100, y: 5 },
  { id: 'far-east', x: 300, y: 0 },
  { id: 'west', x: -80, y: 0 },
  { id: 'north', x: 0, y: -50 },
  { id: 'south-east', x: 60, y: 90 },
];

describe('pickInDirection', () => {
  it('picks the nearest neighbour lying that way', () => {
    expect(pickInDirection({ x: 0, y: 0 }, around, 'right')).toBe('east');
    expect(pickInDirection({ x: 0, y: 0 }, around, 'left')).toBe('west');
  });

  it('reads up as towards the top of the screen (smaller y)', () => {
    expect(pickInDirection({ x: 0, y: 0 }, around, 'up')).toBe('north');
    expect(pickInDirection({ x: 0, y: 0 }, around, 'down')).toBe('south-east');
  });

  it('finds nothing when no neighbour lies that way', () => {
    expect(pickInDirection({ x: 0, y: 0 }, [{ id: 'e', x: 10, y: 0 }], 'left')).toBeUndefined();
  });
});

describe('arrowDirection', () => {
  it('names the four arrow keys and nothing else', () => {
    expect(arrowDirection('ArrowLeft')).toBe('left');
    expect(arrowDirection('ArrowDown')).toBe('down');
    expect(arrowDirection('Enter')).toBeUndefined();
  });
});
