import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from './api-error.ts';

/** The routes that change the corpus (method and route pattern). */
const WRITING = new Set(['POST /api/documents']);

/** The cookie by which the reader in a browser carries the token (set by /api/write-session). */
export const WRITE_COOKIE = 'zegsman-write';

/**
 * Storing needs the server's write token: as `Authorization: Bearer <token>`, or as the cookie
 * that GET /api/write-session?token=<token> sets for the reader (HttpOnly, SameSite=Strict, so
 * other sites cannot use it) before it sends the browser on to the analyze page. A request
 * without it, or with another, is a 401.
 */
export function requireWriteToken(app: FastifyInstance, token: string): void {
  if (token.length < 16) throw new Error('the write token must be at least 16 characters long');
  const expected = digest(token);
  const matches = (given: string | undefined): boolean => given !== undefined && timingSafeEqual(digest(given), expected);

  app.addHook('onRequest', async (request) => {
    if (!WRITING.has(`${request.method} ${request.routeOptions.url}`)) return;
    if (matches(bearer(request)) || matches(cookie(request, WRITE_COOKIE))) return;
    throw new ApiError(401, 'write-token', 'storing needs the write token: send "Authorization: Bearer <token>" (the token zegsman serve --allow-write printed, or ZEGSMAN_WRITE_TOKEN)');
  });

  app.get('/api/write-session', { logLevel: 'warn', schema: { hide: true } }, async (request, reply) => {
    const given = (request.query as Record<string, unknown>).token;
    if (typeof given !== 'string' || !matches(given)) throw new ApiError(401, 'write-token', 'token: not this server\'s write token');
    reply.header('Set-Cookie', `${WRITE_COOKIE}=${encodeURIComponent(given)}; Path=/api/; HttpOnly; SameSite=Strict`);
    reply.header('Cache-Control', 'no-store');
    return reply.redirect('/#/analyze', 303);
  });
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
}

function cookie(request: FastifyRequest, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at !== -1 && part.slice(0, at).trim() === name) {
      try {
        return decodeURIComponent(part.slice(at + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
