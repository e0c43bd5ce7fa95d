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
