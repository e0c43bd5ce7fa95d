import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type Level, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
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

/** What a request line says of the request and the answer: no headers, a clipped address. */
const serializers = {
  req: (req: { method?: string; url?: string; remoteAddress?: string }) => ({
    method: req.method,
    url: clip(req.url ?? ''),
    remoteAddress: req.remoteAddress,
  }),
  res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
};

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

/** Request logging with an id per request, echoed in X-Request-Id and error bodies. */
export function requestLogger(
  logger: Logger,
  format: LogFormat = chooseLogFormat(process.env, process.stdout.isTTY === true),
  events: EventLog = eventLog(logger),
) {
  const http = pinoHttp({
    logger,
    serializers,
    genReqId: (req, res) => {
      const incoming = req.headers['x-request-id'];
      const id =
        typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel: (req, res, err) =>
      summarised.has(res)
        ? 'silent'
        : requestLevel(format, res.statusCode, elapsed(req), Boolean(err)),
    // The short line a person reads; JSON keeps pino-http's full record too.
    customSuccessMessage: (req, res) => requestLine(req, res),
    // pino-http's own "failed with status code N" repeats the status: leave it out.
    customErrorMessage: (req, res, err) =>
      isStatusOnly(err) ? requestLine(req, res) : `${requestLine(req, res)} — ${err.message}`,
    // ...and its stack, which says only where pino-http made that error.
    customErrorObject: (_req, _res, err, value: Record<string, unknown>) =>
      isStatusOnly(err) ? { ...value, err: undefined } : value,
  });
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    started.set(req, performance.now());
    eventLogs.set(req, events);
    // Before pino-http's own listeners, so that its line knows the event was logged.
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
    http(req, res, next);
  };
}

const isStatusOnly = (err: Error) => /^failed with status code/.test(err.message);

function elapsed(req: IncomingMessage): number {
  const t = started.get(req);
  return t === undefined ? 0 : performance.now() - t;
}

function requestLine(req: IncomingMessage, res: ServerResponse): string {
  return `${req.method ?? '?'} ${req.url ?? ''} ${res.statusCode} ${Math.round(elapsed(req))} ms`;
}
