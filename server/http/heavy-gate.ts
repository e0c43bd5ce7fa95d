/**
 * Admission for the explorer's costly requests (depth-2 neighbourhoods,
 * paths, event chains, timelines, claims and the overview; the source list is
 * a slice of a per-load list, so not gated):
 * at most a few at once, so that a cheap request (a node's details, search,
 * health) always finds a free core in Neo4j and in Node. Cheap routes never
 * pass through here. Admission is fair between clients (see Admission): a
 * client hogging the heavy routes waits behind another client's first request.
 */
import type { Request, Response } from 'express';
import { Admission, type AdmissionLimits, type AdmissionWords } from '../query/admission.js';
import { clientOf } from './rate-limit.js';

export const heavyWords: AdmissionWords = {
  perClient: 'You already have the most large requests running or waiting at once.',
  full: 'The server is busy with other large requests (neighbourhoods, paths, timelines, claims).',
  waitedTooLong: 'The request waited too long for its turn among the large requests.',
  cancelled: 'The request was cancelled while it waited.',
  advice:
    'Try again in a few seconds, or ask for less (depth 1, a shorter date range, a filter by type).',
};

/** Limits from the one setting (HEAVY_REQUESTS_AT_ONCE); the rest scale with it. */
export function heavyLimits(atOnce: number): AdmissionLimits {
  // A browser opens at most six connections to a server, and one page asks
  // for several large views at once (overview, timeline, figures, a path):
  // one client may fill the running slots and keep six more waiting, so a
  // person alone is never turned away, only queued. The queue and the wait
  // stay bounded, so a surplus gets an answer to retry, not a hang.
  return { running: atOnce, perClient: atOnce + 6, waiting: 16, waitMs: 15_000 };
}

/** Waits for a slot; resolves with its release. */
export type Gate = (req: Request, res: Response) => Promise<() => void>;

export function heavyAdmission(limits: AdmissionLimits): Admission {
  return new Admission(limits, heavyWords);
}

export function heavyGate(admission: Admission): Gate {
  return async (req, res) => {
    // A client that goes away while waiting gives up its place in the queue.
    const gone = new AbortController();
    const onClose = () => gone.abort();
    res.once('close', onClose);
    if (req.socket.destroyed) gone.abort();
    try {
      return await admission.enter(clientOf(req), gone.signal);
    } finally {
      res.off('close', onClose);
    }
  };
}
