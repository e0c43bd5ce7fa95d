/**
 * An import's refusals as the dialog shows them (each at its file, sheet,
 * row, column, line or element, with what to do) and the deadline its reading
 * and loading run under.
 */
import path from 'node:path';
import type { ImportPreview } from '../../contract/index.js';
import { ImportError, describePlace, type ImportProblem } from '../../core/import/batch.js';
import { ApiError, StartupError } from '../errors.js';

/** A problem named by the file as the person chose it, not the folder it was staged in. */
function problemOf(p: ImportProblem): ImportPreview['problems'][number] {
  const place = { ...p.place, file: path.basename(p.place.file) };
  return {
    place: describePlace(place),
    file: place.file,
    sheet: p.place.sheet ?? null,
    row: p.place.row ?? null,
    column: p.place.column ?? null,
    line: p.place.line ?? null,
    element: p.place.element ?? null,
    message: p.message,
    fix: p.fix,
  };
}

/** An import's refusal as problems: an ImportError's own, or the loader's one line. */
export function problemsOf(error: unknown, file: string): ImportPreview['problems'] | undefined {
  const cause = error instanceof StartupError ? error.cause : error;
  if (cause instanceof ImportError) return cause.problems.map(problemOf);
  if (error instanceof StartupError) {
    return [problemOf({ place: { file }, message: error.message, fix: error.hint })];
  }
  return undefined;
}

/**
 * Runs a read that reports its progress, refused with what to do once `ms`
 * have passed. The read is handed a signal aborted at that moment and stops
 * at its next report (the caller's progress callback throws), so a file too
 * large to read in time costs no more than its deadline.
 */
export function withDeadline<T>(
  work: (signal: AbortSignal) => Promise<T>,
  ms: number,
  what: string,
): Promise<T> {
  const stop = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(
        new ApiError(
          'INVALID_INPUT',
          `${what} took longer than ${ms / 1000} s: load a file this large with npm run seed -- <file>.`,
        ),
      );
      stop.abort();
    }, ms);
  });
  return Promise.race([work(stop.signal), late]).finally(() => clearTimeout(timer));
}
