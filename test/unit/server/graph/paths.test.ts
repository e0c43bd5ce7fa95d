import neo4j, { Neo4jError, Node, Path, PathSegment, Relationship } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { cutOnTimeout, rankPaths, spellPath, typeInWords } from '../../../../server/graph/paths.js';

const int = neo4j.int;
const node = (n: number, id: string, name: string) =>
  new Node(int(n), ['X'], { id, name }, `e:${n}`);
const rel = (n: number, from: number, to: number, type: string, sources?: string[]) =>
  new Relationship(
    int(n),
    int(from),
    int(to),
    type,
    sources ? { sources } : {},
    `r:${n}`,
    `e:${from}`,
    `e:${to}`,
  );

describe('typeInWords', () => {
  it('reads a relationship type as words', () => {
    expect(typeInWords('LED_TO')).toBe('led to');
  });
});

describe('spellPath', () => {
  const jaiswal = node(1, 'person:jaiswal', 'Randhir Jaiswal');
  const mea = node(2, 'org:mea', 'MEA');
  const india = node(3, 'country:india', 'India');

  it('states each step as its fact, in the direction the relationship points', () => {
    // Jaiswal -HOLDS_ROLE-> MEA, MEA -PART_OF-> India, walked from India back to Jaiswal.
    const path = new Path(india, jaiswal, [
      new PathSegment(india, rel(10, 2, 3, 'PART_OF', ['src:001', 'src:003']), mea),
      new PathSegment(mea, rel(11, 1, 2, 'HOLDS_ROLE'), jaiswal),
    ]);
    const spelled = spellPath(path);
    expect(spelled.steps.map((s) => [s.from.id, s.to.id, s.forward])).toEqual([
      ['country:india', 'org:mea', false],
      ['org:mea', 'person:jaiswal', false],
    ]);
    expect(spelled.text).toBe(
      'MEA part of India (src:001, src:003); Randhir Jaiswal holds role MEA (no report cited)',
    );
  });

  it('quotes the sentence a step rests on, and says when no report states it', () => {
    const withEvidence = (n: number, from: number, to: number, type: string, props: object) =>
      new Relationship(int(n), int(from), int(to), type, props, `r:${n}`, `e:${from}`, `e:${to}`);
    const path = new Path(jaiswal, india, [
      new PathSegment(
        jaiswal,
        withEvidence(11, 1, 2, 'HOLDS_ROLE', {
          sources: ['src:002'],
          quote: 'MEA spokesperson Randhir Jaiswal',
          paragraph: int(7),
          basis: 'stated',
        }),
        mea,
      ),
      new PathSegment(
        mea,
        withEvidence(10, 2, 3, 'PART_OF', {
          sources: ['src:002'],
          basis: 'background',
          note: 'a map',
        }),
        india,
      ),
    ]);
    const spelled = spellPath(path);
    expect(spelled.text).toBe(
      'Randhir Jaiswal holds role MEA (src:002 ¶7: “MEA spokesperson Randhir Jaiswal”); MEA part of India (src:002; background knowledge)',
    );
    expect(spelled.steps.map((s) => [s.basis, s.quote, s.paragraph, s.note])).toEqual([
      ['stated', 'MEA spokesperson Randhir Jaiswal', 7, null],
      ['background', null, null, 'a map'],
    ]);
  });

  it('marks the steps that reach a hub', () => {
    const path = new Path(jaiswal, india, [
      new PathSegment(jaiswal, rel(11, 1, 2, 'HOLDS_ROLE'), mea),
      new PathSegment(mea, rel(10, 2, 3, 'PART_OF'), india),
    ]);
    expect(spellPath(path, new Set(['e:3'])).steps.map((s) => s.hub)).toEqual([false, true]);
  });
});

describe('rankPaths', () => {
  it('puts the path through the least connected nodes first, then the shorter', () => {
    const ranked = rankPaths([
      { generality: 40, length: 2, text: 'via India' },
      { generality: 5, length: 3, text: 'via the statement' },
      { generality: 5, length: 2, text: 'via the licences' },
    ]);
    expect(ranked.map((p) => p.text)).toEqual([
      'via the licences',
      'via the statement',
      'via India',
    ]);
  });
});

describe('cutOnTimeout', () => {
  it('turns a search stopped at its time limit into a cut (null), not an error', () => {
    const timedOut = new Neo4jError(
      'terminated',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'N/A',
      'N/A',
    );
    expect(cutOnTimeout(timedOut)).toBeNull();
  });

  it('rethrows any other failure', () => {
    const syntax = new Neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError', 'N/A', 'N/A');
    expect(() => cutOnTimeout(syntax)).toThrow(syntax);
  });
});
