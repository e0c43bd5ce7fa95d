// The contract's unions are written once, in the contract: client code names
// them through its types (`PathsQuery['mode']`) and parses values with its
// schemas. This test reads the contract's z.enum([...]) lists and fails when
// client code spells one of them again as a union or a list of literals.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const literals = (text: string) => [...text.matchAll(/'([^'\n]+)'/g)].map((m) => m[1]!);

/** Every z.enum([...]) of the contract with two or more members. */
export function contractUnions(sources: string[]): string[][] {
  return sources.flatMap((src) =>
    [...src.matchAll(/z\s*\.enum\(\s*\[([^\]]*)\]/g)]
      .map((m) => literals(m[1]!))
      .filter((members) => members.length >= 2),
  );
}

/**
 * Unions of string literals (`'a' | 'b'`) and literal lists (`['a', 'b']`)
 * written in `src`; keys picked from a type (`Pick<T, 'a' | 'b'>`) are names,
 * not values, and are left out.
 */
export function writtenUnions(text: string): string[][] {
  const src = text.replace(/\b(Pick|Omit)<[^,<>]+,[^>]+>/g, '');
  const unions = [...src.matchAll(/'[^'\n]+'(?:\s*\|\s*(?:'[^'\n]+'|null|undefined))+/g)];
  const lists = [...src.matchAll(/\[\s*'[^'\n]+'(?:\s*,\s*'[^'\n]+')+\s*,?\s*\]/g)];
  return [...unions, ...lists].map((m) => literals(m[0]));
}

/** Contract unions a client file writes out, member for member, as a union or a list. */
export function restated(contract: string[][], src: string): string[][] {
  const written = writtenUnions(src).map((w) => new Set(w));
  return contract.filter((u) =>
    written.some((w) => w.size === u.length && u.every((m) => w.has(m))),
  );
}

describe('contract unions in client code', () => {
  const contract = contractUnions(files('contract').map((f) => readFileSync(f, 'utf8')));

  it('finds a union restated by hand (so the check below can fail)', () => {
    const src = "mode.value as 'ranked' | 'shortest' | 'all-shortest'";
    expect(restated(contract, src)).toEqual([['ranked', 'shortest', 'all-shortest']]);
  });

  it('finds none written again in client/src', () => {
    const found = files('client/src').flatMap((f) =>
      restated(contract, readFileSync(f, 'utf8')).map((u) => `${f}: ${u.join(' | ')}`),
    );
    expect(found).toEqual([]);
  });
});
