// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mayDelete } from '../../../../../client/src/ui/workspace/team-list.js';
import { ana, boss, raj } from './fakes.js';

const item = {
  id: 'v1',
  name: 'India',
  description: '',
  author: { id: ana.id, name: ana.name },
  createdAt: '2026-12-06T10:00:00Z',
};

describe('who may delete a team item', () => {
  it('lets its author delete it', () => expect(mayDelete(ana, item)).toBe(true));
  it('lets an admin delete it', () => expect(mayDelete(boss, item)).toBe(true));
  it('refuses a teammate and someone not signed in', () => {
    expect(mayDelete(raj, item)).toBe(false);
    expect(mayDelete(null, item)).toBe(false);
  });
});
