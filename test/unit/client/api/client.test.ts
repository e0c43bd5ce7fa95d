import { describe, expect, it } from 'vitest';
import {
  ApiClient,
  ApiClientError,
  buildUrl,
  syntaxPosition,
} from '../../../../client/src/api/client.js';

function reply(status: number, body: unknown) {
  const calls: string[] = [];
  const client = new ApiClient((url) => {
    calls.push(url);
    return Promise.resolve(new Response(JSON.stringify(body), { status }));
  });
  return { client, calls };
}

describe('ApiClient', () => {
  it('builds query strings without empty values', () => {
    expect(buildUrl('/api/x', { q: 'a b', labels: ['A', 'B'], skip: undefined, t: [] })).toBe(
      '/api/x?q=a+b&labels=A%2CB',
    );
  });

  it('parses a good response with the contract schema', async () => {
    const { client, calls } = reply(200, { query: 'jai', hits: [] });
    await expect(client.search('jai', 5)).resolves.toEqual({ query: 'jai', hits: [] });
    expect(calls[0]).toBe('/api/search?q=jai&limit=5');
  });

  it('turns an error body into a typed ApiClientError', async () => {
    const { client } = reply(400, {
      error: {
        code: 'CYPHER_SYNTAX_ERROR',
        message: 'Bad',
        details: { line: 1, column: 7, offset: 6 },
      },
    });
    const e = await client.query('MATCH (').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiClientError);
    expect((e as ApiClientError).code).toBe('CYPHER_SYNTAX_ERROR');
    expect(syntaxPosition(e)).toEqual({ line: 1, column: 7, offset: 6 });
  });

  it('reports a response of the wrong shape as BAD_RESPONSE', async () => {
    const { client } = reply(200, { nope: true });
    await expect(client.schema()).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });

  it('reads the sources a page at a time until the last page', async () => {
    const calls: string[] = [];
    const source = (id: string) => ({
      id,
      name: id,
      properties: {},
      supports: { nodes: 1, relationships: 0 },
    });
    const pages: Record<string, unknown> = {
      '0': { sources: [source('a')], total: 2, nextOffset: 1000 },
      '1000': { sources: [source('b')], total: 2, nextOffset: null },
    };
    const client = new ApiClient((url) => {
      calls.push(url);
      const offset = new URL(url, 'http://x').searchParams.get('offset') ?? '';
      return Promise.resolve(new Response(JSON.stringify(pages[offset]), { status: 200 }));
    });
    const all = await client.sources();
    expect(all.sources.map((s) => s.id)).toEqual(['a', 'b']);
    expect(calls).toEqual([
      '/api/sources?limit=1000&offset=0',
      '/api/sources?limit=1000&offset=1000',
    ]);
  });

  it('reports a network failure as NETWORK', async () => {
    const client = new ApiClient(() => Promise.reject(new Error('down')));
    await expect(client.sources()).rejects.toMatchObject({ code: 'NETWORK', status: 0 });
  });

  it('reads a 503 health body as an answer', async () => {
    const { client } = reply(503, {
      status: 'unavailable',
      neo4j: { connected: false, version: null, edition: null, message: 'down' },
      counts: null,
      seed: [],
    });
    await expect(client.health()).resolves.toMatchObject({ status: 'unavailable' });
  });
});

describe('a refused request in words', () => {
  it('names each problem of a validation error instead of "see details"', async () => {
    const { client } = reply(400, {
      error: {
        code: 'INVALID_INPUT',
        message: 'The request is not valid: see details for each problem.',
        details: [{ path: ['q'], message: 'A search is at most 200 characters' }],
      },
    });
    const e = await client.search('x'.repeat(300)).catch((x: unknown) => x);
    expect((e as ApiClientError).message).toBe('A search is at most 200 characters.');
  });
});

describe('many nodes by id', () => {
  it('asks for 200 ids a request, not one request per id, and gathers the answers', async () => {
    const calls: string[] = [];
    const client = new ApiClient((url) => {
      calls.push(url);
      const ids = new URL(url, 'http://x').searchParams.get('ids')?.split(',') ?? [];
      return Promise.resolve(
        new Response(JSON.stringify({ nodes: [], missing: ids }), { status: 200 }),
      );
    });
    const ids = Array.from({ length: 450 }, (_, i) => `x:${i}`);
    const r = await client.nodes([...ids, 'x:0']);
    expect(calls).toHaveLength(3);
    expect(calls[0]).toMatch(/^\/api\/nodes\?ids=x%3A0%2Cx%3A1%2C/);
    expect(r.missing).toEqual(ids);
  });
});

describe('csrfHeaders', () => {
  it('sends the reg_csrf cookie as the X-CSRF-Token header, and nothing when signed out', async () => {
    const { csrfHeaders } = await import('../../../../client/src/api/client.js');
    expect(csrfHeaders('theme=dark; reg_csrf=abc%2Dd; x=1')).toEqual({ 'x-csrf-token': 'abc-d' });
    expect(csrfHeaders('theme=dark')).toEqual({});
  });
});
