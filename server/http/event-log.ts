/**
 * Log lines for events a client can repeat at will (a refused connection, a
 * BUSY or rate-limited answer, a body that was aborted or not JSON): one
 * short line each, without a stack, and past a few of a kind in a minute a
 * count instead. A flood of bad requests then writes a few lines a minute
 * rather than kilobytes per request, so the log stays a size a disk holds.
 */
import type { Logger } from 'pino';
import type { SetTimer } from '../query/admission.js';

export type EventLevel = 'info' | 'warn';

export interface EventLog {
  /** One event of `kind` (a fixed name, never text from a request). */
  note(kind: string, level: EventLevel, fields: Record<string, unknown>, message: string): void;
}

export interface EventLogOptions {
  /** Lines written per kind in one window; the rest are counted. */
  linesPerWindow: number;
  windowMs: number;
  now: () => number;
  setTimer: SetTimer;
}

const realTimer: SetTimer = (fn, ms) => {
  const timer = setTimeout(fn, ms).unref();
  return () => clearTimeout(timer);
};

export const defaultEventLogOptions: EventLogOptions = {
  linesPerWindow: 5,
  windowMs: 60_000,
  now: () => Date.now(),
  setTimer: realTimer,
};

interface Window {
  started: number;
  written: number;
  counted: number;
  level: EventLevel;
  cancel?: () => void;
}

/** Text from a request, cut to a length that keeps one line short. */
export function clip(text: string, max = 160): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

export function eventLog(logger: Logger, options: Partial<EventLogOptions> = {}): EventLog {
  const o = { ...defaultEventLogOptions, ...options };
  const windows = new Map<string, Window>();

  const summarise = (kind: string, w: Window) => {
    if (w.counted > 0)
      logger[w.level](
        { event: kind, more: w.counted, seconds: Math.round(o.windowMs / 1000) },
        `${w.counted} more ${kind} in the last ${Math.round(o.windowMs / 1000)} s`,
      );
    windows.delete(kind);
  };

  return {
    note(kind, level, fields, message) {
      const now = o.now();
      let w = windows.get(kind);
      if (w && now - w.started >= o.windowMs) {
        w.cancel?.();
        summarise(kind, w);
        w = undefined;
      }
      if (!w) {
        w = { started: now, written: 0, counted: 0, level };
        windows.set(kind, w);
      }
      if (w.written < o.linesPerWindow) {
        w.written++;
        logger[level]({ event: kind, ...fields }, message);
        return;
      }
      w.counted++;
      // The count is written when the window closes, even if no event follows.
      if (!w.cancel) {
        const open = w;
        open.cancel = o.setTimer(
          () => {
            if (windows.get(kind) === open) summarise(kind, open);
          },
          open.started + o.windowMs - now,
        );
      }
    },
  };
}
