// What both floor benches share: a server on a free loopback port, and the
// load client (client.ts) run in its own process over a list of targets.
import { spawn } from 'node:child_process';
import http, { type Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Timings = Record<string, { p50: number; p99: number }>;

export function listen(handler: http.RequestListener): Promise<Server> {
  return new Promise((resolve) => {
    const s = http.createServer(handler).listen(0, '127.0.0.1', () => resolve(s));
  });
}

/** Timings of each target from the load client in its own process. */
export async function timeTargets(
  targets: { name: string; url: string; gzip: boolean }[],
  rounds: number,
): Promise<Timings> {
  const client = path.join(path.dirname(fileURLToPath(import.meta.url)), 'client.ts');
  const child = spawn(process.execPath, [
    '--import',
    'tsx',
    client,
    JSON.stringify(targets),
    String(rounds),
  ]);
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => process.stderr.write(c));
  await new Promise((resolve) => child.once('exit', resolve));
  return JSON.parse(out) as Timings;
}
