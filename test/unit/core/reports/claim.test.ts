import { describe, expect, it } from 'vitest';
import { CodedError } from '../../../../core/errors.js';
import { claimOperations, type ClaimContext } from '../../../../core/reports/claim.js';
import { ClaimRequest } from '../../../../contract/report-claims.js';

const paragraph = 'The plant, run by Coastal Magnetics, led to new jobs, said Meera Pillai.';
const ctx: ClaimContext = {
  reportId: 'src:t1',
  paragraphText: paragraph,
  ontology: {
    labels: ['Source', 'Person', 'Company', 'Event', 'Statement', 'Meeting', 'Figure', 'Place'],
    relationshipTypes: [
      'SOURCED_FROM',
      'MADE',
      'PARTICIPATED_IN',
      'IN',
      'LED_TO',
      'PRECEDED',
      'MEASURES',
      'SUPPLIES',
    ],
    eventKinds: ['Meeting', 'Statement'],
    eventLabel: 'Event',
    figureLabel: 'Figure',
    sourceLabel: 'Source',
    provenanceType: 'SOURCED_FROM',
    causalTypes: ['LED_TO'],
    statementLabel: 'Statement',
  },
};
const span = (words: string) => {
  const start = paragraph.indexOf(words);
  return { paragraph: 1, start, end: start + words.length, quote: words };
};
const req = (raw: Record<string, unknown>) => ClaimRequest.parse(raw);
const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof CodedError ? e.code : 'other';
  }
  return null;
};

describe('a claim from a selection', () => {
  it('cuts the quote from the stored paragraph and links the report', () => {
    const { ops } = claimOperations(
      ctx,
      req({
        ...span('run by Coastal Magnetics'),
        fields: { kind: 'relationship', from: 'c:cm', type: 'SUPPLIES', to: 'x:m' },
      }),
    );
    expect(ops).toEqual([
      {
        kind: 'create-relationship',
        from: 'c:cm',
        type: 'SUPPLIES',
        to: 'x:m',
        props: {
          sources: ['src:t1'],
          quoteSource: 'src:t1',
          quote: 'run by Coastal Magnetics',
          paragraph: 1,
          start: 11,
          end: 35,
          basis: 'stated',
        },
      },
    ]);
  });

  it('refuses a selection the paragraph no longer holds at its offsets (409)', () => {
    const moved = { ...span('Coastal Magnetics'), quote: 'Coastal Magnets' };
    expect(
      code(() =>
        claimOperations(
          ctx,
          req({ ...moved, fields: { kind: 'relationship', from: 'a', type: 'SUPPLIES', to: 'b' } }),
        ),
      ),
    ).toBe('CONFLICT');
  });

  it('makes a statement a new node with its provenance, then the speaker link', () => {
    const { ops, created } = claimOperations(
      ctx,
      req({
        ...span('said Meera Pillai'),
        fields: {
          kind: 'statement',
          name: 'Pillai on jobs',
          speaker: { new: { label: 'Person', name: 'Meera Pillai' } },
        },
      }),
    );
    expect(ops.map((o) => (o.kind === 'create-relationship' ? `${o.type}` : o.kind))).toEqual([
      'create-node',
      'SOURCED_FROM',
      'create-node',
      'SOURCED_FROM',
      'MADE',
    ]);
    expect(created.map((c) => c.label)).toEqual(['Statement', 'Person']);
  });

  it('refuses a causal link on an inferred basis, pointing to the sequence type', () => {
    const r = req({
      ...span('led to new jobs'),
      basis: 'inferred',
      note: 'read from the sentence',
      fields: { kind: 'relationship', from: 'a', type: 'LED_TO', to: 'b' },
    });
    expect(code(() => claimOperations(ctx, r))).toBe('INVALID_INPUT');
  });

  it('refuses labels and types outside the ontology', () => {
    const bad = req({
      ...span('Coastal Magnetics'),
      fields: { kind: 'relationship', from: 'a', type: 'OWNS', to: 'b' },
    });
    expect(code(() => claimOperations(ctx, bad))).toBe('INVALID_INPUT');
    const source = req({
      ...span('Coastal Magnetics'),
      fields: {
        kind: 'relationship',
        from: { new: { label: 'Source', name: 'x' } },
        type: 'SUPPLIES',
        to: 'b',
      },
    });
    expect(code(() => claimOperations(ctx, source))).toBe('INVALID_INPUT');
  });

  it('needs a note for a claim not stated in the words', () => {
    expect(
      ClaimRequest.safeParse({
        ...span('Coastal Magnetics'),
        basis: 'inferred',
        fields: { kind: 'relationship', from: 'a', type: 'SUPPLIES', to: 'b' },
      }).success,
    ).toBe(false);
  });
});
