// Arrow keys on the canvas: which neighbour lies "to the right" of a node.

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Point {
  id: string;
  x: number;
  y: number;
}

const UNIT: Record<Direction, { x: number; y: number }> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/** Arrow keys by their KeyboardEvent.key, or undefined for any other key. */
export function arrowDirection(key: string): Direction | undefined {
  const d = key.startsWith('Arrow') ? key.slice(5).toLowerCase() : '';
  return d === 'left' || d === 'right' || d === 'up' || d === 'down' ? d : undefined;
}

/**
 * The candidate best lying in a direction from `from`: within 60° of it
 * (screen y grows downwards), nearest first, a straighter line winning over
 * a slightly nearer one off to the side. Undefined when none lies that way.
 */
export function pickInDirection(
  from: { x: number; y: number },
  candidates: readonly Point[],
  dir: Direction,
): string | undefined {
  const u = UNIT[dir];
  let best: { id: string; cost: number } | undefined;
  for (const c of candidates) {
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const along = dx * u.x + dy * u.y;
    const dist = Math.hypot(dx, dy);
    if (dist === 0 || along / dist < 0.5) continue;
    const across = Math.abs(dx * u.y - dy * u.x);
    const cost = along + 2 * across;
    if (!best || cost < best.cost || (cost === best.cost && c.id < best.id))
      best = { id: c.id, cost };
  }
  return best?.id;
}
