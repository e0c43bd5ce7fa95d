import { describe, expect, it } from 'vitest';
import { defaultProfile, ident, profileFromManifest } from '../../../../core/dataset/profile.js';

describe('profileFromManifest', () => {
  it('gives a dataset without a manifest the defaults and infers its time', () => {
    const profile = profileFromManifest(undefined);
    expect(profile.eventLabel).toBe(defaultProfile.eventLabel);
    expect(profile.inferTime).toBe(true);
  });

  it('takes time from a manifest that names an event label, and chains causal types first', () => {
    const profile = profileFromManifest({ eventLabel: 'Voyage', causalTypes: ['CAUSED'] });
    expect(profile.inferTime).toBe(false);
    expect(profile.chainTypes).toEqual(['CAUSED', 'PRECEDED']);
  });

  it('refuses a manifest id that could not mark nodes', () => {
    expect(() => profileFromManifest({ id: '-bad id' })).toThrow(/letters, digits/);
  });
});

describe('ident', () => {
  it('quotes a name as a Cypher identifier, doubling its backticks', () => {
    expect(ident('Odd`Label')).toBe('`Odd``Label`');
  });
});
