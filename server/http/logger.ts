import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type Level, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { StartupError } from '../errors.js';
import { clip, eventLog, type EventLevel, type EventLog } from './event-log.js';

export type LogFormat = 'json' | 'pretty';

/** A request slower than this is worth a line even when it succeeded. */
export const SLOW_REQUEST_MS = 1000;

/**
 * JSON for machines (piped output, production), one short line per event for
 * a person at a terminal. LOG_FORMAT=json|pretty overrides both.
 */
export function chooseLogFormat(
  env: { LOG_FORMAT?: string | undefined; NODE_ENV?: string | undefined },
  stdoutIsTty: boolean,
): LogFormat {
  const asked = env.LOG_FORMAT?.trim().toLowerCase();
  if (asked === 'json' || asked === 'pretty') return asked;
  if (asked)
    throw new StartupError(
      'CONFIG_INVALID',
      `LOG_FORMAT is "${env.LOG_FORMAT}", which is not a log format.`,
      'Set LOG_FORMAT to json or pretty, or leave it unset (pretty on a terminal, JSON otherwise).',
    );
  if (env.NODE_ENV === 'production') return 'json';
  return stdoutIsTty ? 'pretty' : 'json';
}

export function createLogger(
  level: string,
  format: LogFormat = chooseLogFormat(process.env, process.stdout.isTTY === true),
): Logger {
  if (format === 'json') return pino({ level });
  // A synchronous stream rather than a worker-thread transport: start-up lines
  // and log lines then reach the terminal in the order they were written.
  const stream = pretty({
    colorize: true,
    singleLine: true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,req,res,reqId,responseTime',
    sync: true,
  });
  return pino({ level }, stream);
}

/**
 * The level of one request's log line. In JSON every request is an info line
 * (the record machines read). For a person, only what needs attention rises
 * above debug: server errors, slow requests, and at debug level the rest.
 */
export function requestLevel(
  format: LogFormat,
  status: number,
  ms: number,
  failed: boolean,
): Level {
  if (failed || status >= 500) return 'error';
  if (format === 'json') return 'info';
  if (ms > SLOW_REQUEST_MS) return 'warn';
  return 'debug';
}

const started = new WeakMap<IncomingMessage, number>();
const eventLogs = new WeakMap<IncomingMessage, EventLog>();
/** Responses whose one line is an event's (or a count of them): the request line stays out. */
const summarised = new WeakSet<ServerResponse>();

/**
 * Logs one event of a request that a client can repeat at will (refused,
 * rate-limited, malformed, gone) through the summarising event log, in
 * place of the request's own line; once per response.
 */
export function noteRequestEvent(
  req: IncomingMessage,
  res: ServerResponse,
  kind: string,
  level: EventLevel,
  fields: Record<string, unknown>,
  message: string,
): void {
  if (summarised.has(res)) return;
  summarised.add(res);
  const all = {
    method: req.method,
    path: clip((req.url ?? '').split('?')[0] ?? ''),
    client: req.socket.remoteAddress,
    reqId: (req as { id?: unknown }).id,
    ...fields,
  };
  const events = eventLogs.get(req);
  if (events) events.note(kind, level, all, clip(message, 240));
}

declare module 'node:http' {
  interface IncomingMessage {
    /** This request's id: the client's X-Request-Id when well formed, else a new UUID. */
    id: string;
    /** The app's logger, for what a handler must say about this request (an unhandled error). */
    log: Logger;
  }
}

/** A client's own request id, when it is short and plain enough to echo into logs and headers. */
const GOOD_ID = /^[\w-]{1,64}$/;

/**
 * Request logging with an id per request, echoed in X-Request-Id and error
 * bodies. One line per request, written when its answer is: method, path
 * (clipped), client, status, time and id. Nothing else of the request is
 * read (no header dump), and nothing is done per request beyond a UUID and
 * the line itself; a profile of a 1 KB answer found the general-purpose
 * request logger costing more than the route (see docs/bench).
 */
export function requestLogger(
  logger: Logger,
  format: LogFormat = chooseLogFormat(process.env, process.stdout.isTTY === true),
  events: EventLog = eventLog(logger),
) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const t0 = performance.now();
    started.set(req, t0);
    eventLogs.set(req, events);
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && GOOD_ID.test(incoming) ? incoming : randomUUID();
    req.id = id;
    req.log = logger;
    res.setHeader('X-Request-Id', id);
    res.once('finish', () => {
      // A route's own 503 or 504 (health while Neo4j is down): as repeatable as BUSY.
      if (res.statusCode >= 502 && res.statusCode <= 504)
        noteRequestEvent(
          req,
          res,
          `answered ${res.statusCode}`,
          'warn',
          { status: res.statusCode },
          `Answered ${res.statusCode}.`,
        );
      if (summarised.has(res)) return;
      const ms = performance.now() - t0;
      const level = requestLevel(format, res.statusCode, ms, false);
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          reqId: id,
          req: {
            method: req.method,
            url: clip(req.url ?? ''),
            remoteAddress: req.socket.remoteAddress,
          },
          res: { statusCode: res.statusCode },
          responseTime: Math.round(ms),
        },
        requestLine(req, res),
      );
    });
    res.once('close', () => {
      if (!res.writableFinished)
        noteRequestEvent(
          req,
          res,
          'client gone',
          'info',
          {},
          'The client went away before its answer.',
        );
    });
    next();
  };
}

function elapsed(req: IncomingMessage): number {
  const t = started.get(req);
  return t === undefined ? 0 : performance.now() - t;
}

function requestLine(req: IncomingMessage, res: ServerResponse): string {
  return `${req.method ?? '?'} ${req.url ?? ''} ${res.statusCode} ${Math.round(elapsed(req))} ms`;
}
