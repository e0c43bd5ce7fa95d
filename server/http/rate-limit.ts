/**
 * The per-client rate limit on every API request: one token each, a heavy
 * request (one the heavy gate admits) HEAVY_REQUEST_COST in all. Over it,
 * 429 RATE_LIMITED with Retry-After. The analyst endpoint keeps its own
 * per-minute limit besides.
 */
import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import { TokenBuckets, type BucketLimits } from '../../core/http/token-bucket.js';
import { ApiError } from '../errors.js';

/** What one heavy request costs in all, against one token for any other. */
export const HEAVY_REQUEST_COST = 5;

export interface RateLimits extends BucketLimits {
  heavyCost: number;
}

export const defaultRateLimits: RateLimits = {
  perSecond: 10,
  burst: 200,
  heavyCost: HEAVY_REQUEST_COST,
};

/**
 * One instance's share of the rates when N API instances serve one Neo4j:
 * each holds its own buckets in memory with rate / N and burst / N, so a
 * client spread over every instance (a round-robin balancer) gets the
 * configured rate in all, and one pinned to a single instance gets less,
 * never more. Not counted in Neo4j, because a write in front of every
 * request would double the cost of the millisecond reads this limit guards
 * (sign-in failures, rare and already costly, are: rate-limit-logins.ts).
 */
export function instanceShare<T extends { perSecond: number; burst: number }>(
  limits: T,
  instances: number,
): T {
  const n = Math.max(1, Math.floor(instances));
  return {
    ...limits,
    perSecond: limits.perSecond / n,
    burst: Math.max(1, Math.floor(limits.burst / n)),
  };
}

/** The analyst queries per minute one instance allows a client: the configured number / N, at least 1. */
export const perMinuteShare = (perMinute: number, instances: number): number =>
  Math.max(1, Math.floor(perMinute / Math.max(1, Math.floor(instances))));

export interface RequestRate {
  /** The middleware that takes one token per request. */
  middleware: RequestHandler;
  /** Takes a heavy request's extra tokens; throws RATE_LIMITED when they are not there. */
  chargeHeavy(req: Request): void;
}

export const clientOf = (req: Request): string => ipKeyGenerator(req.ip ?? 'unknown');

function limited(retryAfterSeconds: number): ApiError {
  return new ApiError(
    'RATE_LIMITED',
    `Too many requests from your address. Wait ${retryAfterSeconds} s and try again.`,
    { retryAfterSeconds },
  );
}

export function requestRate(
  limits: RateLimits = defaultRateLimits,
  now: () => number = () => Date.now(),
): RequestRate {
  const buckets = new TokenBuckets(limits);
  const take = (req: Request, cost: number) => {
    const taken = buckets.take(clientOf(req), cost, now());
    if (!taken.ok) throw limited(taken.retryAfterSeconds);
  };
  return {
    middleware: (req, _res, next) => {
      try {
        take(req, 1);
        next();
      } catch (error) {
        next(error);
      }
    },
    chargeHeavy: (req) => take(req, Math.max(0, limits.heavyCost - 1)),
  };
}
