import neo4j, { Node } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../../../../server/errors.js';
import {
  nodeOrNull,
  readList,
  readMaps,
  readNode,
  readNodes,
  readOptionalString,
  readPlain,
  readStrings,
} from '../../../../server/neo4j/decode.js';

/** A hand-written stand-in for a driver record: only the two methods the decoders read. */
function row(columns: Record<string, unknown>) {
  return {
    has: (key: string) => key in columns,
    get: (key: string) => columns[key],
  } as unknown as Parameters<typeof readList>[0];
}

const india = new Node(neo4j.int(1), ['Country'], { id: 'country:india', name: 'India' }, '4:x:1');

function internalMessage(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof ApiError && error.code === 'INTERNAL' && error.cause instanceof Error) {
      return error.cause.message;
    }
    throw error;
  }
  throw new Error('expected an INTERNAL error');
}

describe('record decoders', () => {
  it('readNode returns the node of a node column', () => {
    expect(readNode(row({ n: india }), 'n')).toBe(india);
  });

  it('readNode names the column when it holds something else', () => {
    expect(internalMessage(() => readNode(row({ n: 'India' }), 'n'))).toContain('"n"');
  });

  it('readNodes refuses a list with a non-node in it', () => {
    expect(internalMessage(() => readNodes(row({ ns: [india, 3] }), 'ns'))).toContain('nodes');
  });

  it('readList reads a missing row and a null as the empty list', () => {
    expect([readList(undefined, 'xs'), readList(row({ xs: null }), 'xs')]).toEqual([[], []]);
  });

  it('readStrings refuses a number in a list of strings', () => {
    expect(internalMessage(() => readStrings(row({ xs: ['a', 1] }), 'xs'))).toContain('strings');
  });

  it('readOptionalString reads null as null and a string as itself', () => {
    expect([
      readOptionalString(row({ s: null }), 's'),
      readOptionalString(row({ s: 'x' }), 's'),
    ]).toEqual([null, 'x']);
  });

  it('readMaps refuses a list of lists', () => {
    expect(internalMessage(() => readMaps(row({ ms: [[1]] }), 'ms'))).toContain('maps');
  });

  it('nodeOrNull keeps the null of an OPTIONAL MATCH', () => {
    expect(nodeOrNull(null, 'supported')).toBeNull();
  });

  it('readPlain makes driver integers plain before checking the schema', () => {
    const schema = z.array(z.object({ count: z.number() }));
    expect(readPlain(row({ xs: [{ count: neo4j.int(7) }] }), 'xs', schema)).toEqual([{ count: 7 }]);
  });

  it('readPlain refuses data that does not match its schema', () => {
    const schema = z.array(z.object({ count: z.number() }));
    expect(internalMessage(() => readPlain(row({ xs: [{ count: 'x' }] }), 'xs', schema))).toContain(
      'schema',
    );
  });
});
