/**
 * Bounds on the web server's connections, so that no client can hold the
 * server by holding sockets: time limits a slow client cannot stretch
 * (headers, the whole request, an idle keep-alive, a silent socket), and a
 * cap on open connections per client address and in total. A connection
 * over a cap gets the API's error body (503 BUSY, Retry-After) to its first
 * request and is closed, or closed after a short grace if it sends none;
 * far over the total cap (twice it, refused sockets included) Node drops
 * new sockets unanswered, the last line when answering costs too much.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { ipKeyGenerator } from 'express-rate-limit';
import type { ErrorBody } from '../../contract/index.js';
import type { EventLog } from './event-log.js';

export interface ConnectionLimits {
  /** Time to receive a request's headers. */
  headersTimeoutMs: number;
  /** Time to receive a whole request, body included (answers may take longer). */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open between requests. */
  keepAliveTimeoutMs: number;
  /** A socket with no traffic either way this long is closed (a client that stopped reading). */
  idleTimeoutMs: number;
  /** Open connections at once, all clients together. */
  maxConnections: number;
  /** Open connections at once from one address (an IPv6 client's /56). */
  maxPerAddress: number;
}

export const defaultConnectionLimits: ConnectionLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  // Longer than a heavy request's wait (15 s) plus its run, during which the socket is silent.
  idleTimeoutMs: 60_000,
  maxConnections: 1_000,
  // A browser opens six per server; a few tabs, or a few people behind one address, fit.
  maxPerAddress: 32,
};

/** Seconds a refused client is told to wait. */
export const REFUSED_RETRY_AFTER_SECONDS = 5;
/** How long a refused connection may take to send the request it is answered on. */
const REFUSED_GRACE_MS = 5_000;

export interface ConnectionCounts {
  open: number;
  refused: number;
}

/** The API's error body for a connection over a cap. */
export function refusalBody(message: string): string {
  const body: ErrorBody = {
    error: {
      code: 'BUSY',
      message,
      requestId: randomUUID(),
      details: { retryAfterSeconds: REFUSED_RETRY_AFTER_SECONDS },
    },
  };
  return JSON.stringify(body);
}

/**
 * An HTTP server for `handler` with the limits applied; it does not listen
 * yet. `counts` reports open connections and those refused so far.
 */
export function createLimitedServer(
  handler: RequestListener,
  limits: ConnectionLimits = defaultConnectionLimits,
  events?: EventLog,
): { server: Server; counts: () => ConnectionCounts } {
  // A refused socket and why, until its request is answered with that.
  const refusedSockets = new WeakMap<Socket, string>();
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // Node checks the two request timeouts on this period (30 s by default).
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, limits.headersTimeoutMs / 4)),
    },
    (req, res) => {
      const why = refusedSockets.get(req.socket);
      if (why === undefined) {
        handler(req, res);
        return;
      }
      // Through Node's own response, so the client reads it before the close.
      const body = refusalBody(`${why} Try again in a few seconds.`);
      res.writeHead(503, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': Buffer.byteLength(body),
        'Retry-After': String(REFUSED_RETRY_AFTER_SECONDS),
        Connection: 'close',
      });
      res.end(body);
    },
  );
  server.setTimeout(limits.idleTimeoutMs);
  server.maxConnections = limits.maxConnections * 2;
  const perAddress = new Map<string, number>();
  let open = 0;
  let refused = 0;

  const refuse = (socket: Socket, address: string, why: string) => {
    refused++;
    refusedSockets.set(socket, why);
    events?.note('connection refused', 'warn', { client: address }, why);
    const grace = setTimeout(() => socket.destroy(), REFUSED_GRACE_MS).unref();
    socket.once('close', () => clearTimeout(grace));
  };

  server.on('connection', (socket: Socket) => {
    const address = ipKeyGenerator(socket.remoteAddress ?? 'unknown');
    if (open >= limits.maxConnections) {
      refuse(socket, address, 'The server has as many connections open as it takes.');
      return;
    }
    const mine = perAddress.get(address) ?? 0;
    if (mine >= limits.maxPerAddress) {
      refuse(socket, address, `Your address already has ${mine} connections open.`);
      return;
    }
    open++;
    perAddress.set(address, mine + 1);
    socket.once('close', () => {
      open--;
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left <= 0) perAddress.delete(address);
      else perAddress.set(address, left);
    });
  });
  return { server, counts: () => ({ open, refused }) };
}
