import type { RequestHandler } from 'express';
import { ApiError } from '../errors.js';

/** The host names every local start answers to. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]', '::1'];

/** "example.org:3000" → "example.org"; "[::1]:3000" → "[::1]". */
export function hostName(hostHeader: string): string {
  const trimmed = hostHeader.trim().toLowerCase();
  if (trimmed.startsWith('[')) return trimmed.slice(0, trimmed.indexOf(']') + 1);
  return trimmed.replace(/:\d+$/, '');
}

function originHost(origin: string): string | undefined {
  try {
    return hostName(new URL(origin).host);
  } catch {
    return undefined;
  }
}

/**
 * Answers only requests addressed to a configured host name, so a web page
 * on another site cannot reach this server through DNS rebinding; and
 * refuses a cross-site POST (its Origin names another host) unless that
 * origin is the configured CORS origin.
 */
export function hostCheck(allowedHosts: string[], corsOrigin?: string): RequestHandler {
  const allowed = new Set(allowedHosts.map((h) => h.toLowerCase()));
  const corsHost = corsOrigin ? originHost(corsOrigin) : undefined;
  return (req, _res, next) => {
    const host = hostName(req.headers.host ?? '');
    if (!allowed.has(host)) {
      next(
        new ApiError(
          'HOST_NOT_ALLOWED',
          `This server does not answer to the host name "${host}". Open it through one of: ${[...allowed].join(', ')} (an operator adds names with ALLOWED_HOSTS).`,
        ),
      );
      return;
    }
    const origin = req.headers.origin;
    if (req.method !== 'GET' && req.method !== 'HEAD' && origin && origin !== 'null') {
      const from = originHost(origin);
      if (from === undefined || (!allowed.has(from) && from !== corsHost)) {
        next(
          new ApiError(
            'HOST_NOT_ALLOWED',
            `Requests from ${origin} may not change or query this server. Use the explorer on this server itself, or set CORS_ORIGIN.`,
          ),
        );
        return;
      }
    }
    next();
  };
}
