// Health: the status line, and a banner when the server or Neo4j is down.
// Polls /api/health, faster while down, and says when it is back. The banner
// is its own element: what a link could not restore has another
// (#restore-note), so a healthy check never wipes it. Notices (transient
// messages on the bus) are shown here too.
import type { Health } from '../../../contract/index.js';
import type { Explorer } from './explorer.js';
import { byId, h } from './dom.js';

export function setupStatus(ctx: Explorer, onRecover: () => void): { check(): Promise<boolean> } {
  const status = byId('status');
  const banner = byId('banner');
  let down = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function show(h: Health | undefined, serverDown: boolean): boolean {
    const ok = !!h && h.neo4j.connected;
    if (ok) {
      status.textContent = `Neo4j ${h.neo4j.version ?? ''} connected · ${h.counts?.nodes ?? 0} nodes, ${h.counts?.relationships ?? 0} relationships`;
      banner.hidden = true;
      if (down) {
        down = false;
        onRecover();
      }
    } else {
      down = true;
      const text = serverDown
        ? 'The server is not reachable right now; retrying every few seconds…'
        : `The graph database is not reachable right now${h?.neo4j.message ? ` (${h.neo4j.message})` : ''}; retrying every few seconds…`;
      status.textContent = text;
      banner.textContent = text;
      banner.hidden = false;
    }
    return ok;
  }

  async function check(): Promise<boolean> {
    clearTimeout(timer);
    let ok: boolean;
    try {
      ok = show(await ctx.api.health(), false);
    } catch {
      ok = show(undefined, true);
    }
    timer = setTimeout(() => void check(), ok ? 15_000 : 3_000);
    return ok;
  }
  // The browser knows about network changes before the next poll does.
  window.addEventListener('online', () => void check());
  window.addEventListener('focus', () => void check());
  return { check };
}

/** Says, until the page is left, what a link or saved view could not restore. */
export function showRestoreNote(text: string): void {
  const note = byId('restore-note');
  const close = h('button', {
    type: 'button',
    class: 'close',
    text: '×',
    'aria-label': 'Close this note',
    onclick: () => (note.hidden = true),
  });
  const words = h('span', { text });
  note.replaceChildren(words, close);
  note.hidden = false;
}

/** Shows each bus notice over the canvas for a few seconds (errors longer). */
export function setupNotices(ctx: Explorer): void {
  const notice = byId('notice');
  let timer: ReturnType<typeof setTimeout> | undefined;
  ctx.bus.on('notice', ({ text, kind }) => {
    notice.textContent = text;
    notice.classList.toggle('error', kind === 'error');
    clearTimeout(timer);
    timer = setTimeout(() => (notice.textContent = ''), kind === 'error' ? 9000 : 5000);
  });
}
