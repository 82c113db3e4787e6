import { existsSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * The page's security policy: only the app's own scripts and styles run, nothing from
 * elsewhere, no plugins, no framing. Article text is drawn as text nodes anyway; this is the
 * second wall.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** Serves the built web app (web/dist) at `/`; says how to build it when it is missing. */
export async function serveWeb(app: FastifyInstance, webRoot: string): Promise<void> {
  app.addHook('onSend', async (request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    if (!request.url.startsWith('/api/')) reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  });
  if (!existsSync(join(webRoot, 'index.html'))) {
    app.get('/', async (_request, reply) =>
      reply.code(503).type('text/plain; charset=utf-8').send(`The web app is not built (no ${join(webRoot, 'index.html')}). Run: npm run build:web\nThe API is at /api/ (see /api/openapi.json).\n`),
    );
    return;
  }
  const realRoot = realpathSync(webRoot);
  await app.register(fastifyStatic, { root: webRoot, prefix: '/', wildcard: false, index: ['index.html'], cacheControl: false, setHeaders: cacheHeaders, allowedPath: (path) => staysInside(realRoot, join(realRoot, path)) });
}

/** Whether a file asked for is inside the web root also after links are followed (a missing file is, and gets its 404). */
function staysInside(realRoot: string, path: string): boolean {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return true;
  }
  return real === realRoot || real.startsWith(realRoot + sep);
}

/** Hashed assets never change; index.html is checked every time. */
function cacheHeaders(response: { setHeader(name: string, value: string): void }, path: string): void {
  response.setHeader('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
}
