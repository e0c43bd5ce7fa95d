// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hubText, noPathText, pathsQuery, setupPaths } from '../../../../client/src/ui/paths.js';
import { fakeExpander, fakeExplorer } from './fake-explorer.js';

const controls = (mode: string, hubDegree: string, types = '') => {
  const select = document.createElement('select');
  select.append(Object.assign(document.createElement('option'), { value: mode, text: mode }));
  select.value = mode;
  const hub = Object.assign(document.createElement('input'), { value: hubDegree });
  const avoid = Object.assign(document.createElement('input'), { type: 'checkbox', checked: true });
  const t = Object.assign(document.createElement('input'), { value: types });
  return { mode: select, hubDegree: hub, avoidHubs: avoid, types: t };
};

describe('pathsQuery', () => {
  it("reads the controls with the contract's schema, an empty threshold taking its default", () => {
    expect(pathsQuery(controls('shortest', '', ' MADE, ABOUT '))).toEqual({
      mode: 'shortest',
      hubDegree: 35,
      avoidHubs: true,
      types: ['MADE', 'ABOUT'],
    });
  });
});

describe('noPathText', () => {
  it('names the depth the contract searches to', () => {
    expect(noPathText('MEA', 'China')).toBe('No path of up to 6 steps links MEA and China.');
  });

  it('says a cut search found no path in the part it read, not that none exists', () => {
    expect(noPathText('MEA', 'China', true)).toMatch(
      /^No path of up to 6 steps between MEA and China was found in the part of the graph/,
    );
  });
});

describe('hubText', () => {
  it('says when no path could avoid the hubs', () => {
    expect(hubText({ hubDegree: 35, hubsAvoided: false }, true)).toBe(
      'No path avoids the hubs (more than 35 links), so these pass through one.',
    );
  });
});

describe('the Paths panel’s ends', () => {
  it('shows the names a loaded link tells, not the ids', () => {
    const ctx = fakeExplorer({ state: { pathFrom: 'port:far', pathTo: 'a' } });
    const panel = document.createElement('div');
    setupPaths(panel, ctx, fakeExpander());
    expect(panel.textContent).toContain('From: port:far');
    ctx.bus.emit('names', { 'port:far': 'Far away port' });
    expect(panel.textContent).toContain('From: Far away port');
  });
});
