// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { teamQueriesBlock } from '../../../../../client/src/ui/workspace/team-queries.js';
import { button, fakeWorkspace, raj, settle } from './fakes.js';

function block(params = '{"k": 3}', w = fakeWorkspace()) {
  const loaded: unknown[] = [];
  const el = teamQueriesBlock({
    ...w,
    current: () => ({ cypher: 'MATCH (n) RETURN n LIMIT $k', params }),
    load: (q) => void loaded.push(q),
  });
  document.body.replaceChildren(el);
  return { el, w, loaded };
}

async function save(el: HTMLElement, name: string) {
  const input = el.querySelector<HTMLInputElement>('input[aria-label="Team query name"]');
  if (input) input.value = name;
  button(el, 'Save for the team')?.click();
  await settle();
  await settle();
}

describe('the Team queries block', () => {
  it("saves the editor's query with its parameters, listed with its author", async () => {
    const { el, w } = block();
    await save(el, 'Ten nodes');
    expect(w.queries[0]).toMatchObject({ name: 'Ten nodes', params: { k: 3 } });
    expect(el.querySelector('.team-by')?.textContent).toContain('by ana');
  });

  it('loads a team query into the editor when its name is clicked', async () => {
    const { el, loaded } = block();
    await save(el, 'Ten nodes');
    button(el, 'Ten nodes')?.click();
    expect(loaded).toEqual([expect.objectContaining({ cypher: 'MATCH (n) RETURN n LIMIT $k' })]);
  });

  it('refuses parameters that are not JSON, saving nothing', async () => {
    const { el, w } = block('{oops');
    await save(el, 'Bad');
    expect(w.queries).toEqual([]);
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('not valid JSON');
  });

  it('deletes the author’s own query, and offers a teammate no Delete', async () => {
    const { el, w } = block();
    await save(el, 'Mine');
    w.setUser(raj);
    await settle();
    expect(button(el, 'Delete')).toBeUndefined();
    w.setUser({ ...raj, id: 'u-ana', name: 'ana' });
    await settle();
    button(el, 'Delete')?.click();
    await settle();
    await settle();
    expect(w.queries).toEqual([]);
    expect(el.textContent).toContain('No team queries yet.');
  });

  it('says to sign in when no one is', () => {
    const { el } = block('{}', fakeWorkspace(null));
    expect(el.textContent).toContain('Sign in to see and save');
  });
});
