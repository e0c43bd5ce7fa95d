import express from 'express';
import { pino } from 'pino';
import { Writable } from 'node:stream';
import { requestLogger } from '/work/wt-perf/server/http/logger.ts';
const lines: string[] = [];
const sink = new Writable({ write(c, _e, d) { lines.push(c.toString()); d(); } });
const a = express();
a.use(requestLogger(pino({ level: 'info' }, sink), 'json'));
a.get('/ok', (_q, r) => void r.json({ ok: 1 }));
const s = a.listen(0, async () => {
  const port = (s.address() as any).port;
  await fetch(`http://127.0.0.1:${port}/ok?x=1`, { headers: { 'user-agent': 'x'.repeat(100), cookie: 'a=b' } });
  setTimeout(() => { console.log(lines.join('')); s.close(); }, 100);
});
