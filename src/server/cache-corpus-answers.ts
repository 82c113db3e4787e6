import type { FastifyInstance } from 'fastify';

export interface AnswerCacheOptions {
  /** How long an answer is reused, in ms; default 30 s (an ingest in another process shows up after it). */
  readonly ttlMs?: number;
  /** Most answers kept; the oldest goes first. Default 500. */
  readonly maxEntries?: number;
}

/** The corpus routes whose GET answers are cached (not /api/status, not the analyses). */
const CACHED = /^\/api\/(documents|quotes|speakers|figures|search|entities)(\?|$)/;

/**
 * Keeps the JSON answers of the corpus GET routes for a short while, by URL: an aggregate over a
 * large store (speakers, figure conflicts) is computed once per `ttlMs`, not once per page view.
 * A document stored through the API empties the cache.
 */
export function cacheCorpusAnswers(app: FastifyInstance, options: AnswerCacheOptions = {}): void {
  const ttlMs = options.ttlMs ?? 30_000;
  const maxEntries = options.maxEntries ?? 500;
  const answers = new Map<string, { at: number; payload: string }>();
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' || !CACHED.test(request.url)) return;
    const hit = answers.get(request.url);
    if (hit === undefined) return;
    if (Date.now() - hit.at > ttlMs) {
      answers.delete(request.url);
      return;
    }
    return reply.header('x-zegsman-cache', 'hit').type('application/json; charset=utf-8').send(hit.payload);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method === 'POST' && request.url.startsWith('/api/documents') && reply.statusCode === 200) answers.clear();
    if (request.method !== 'GET' || reply.statusCode !== 200 || typeof payload !== 'string' || !CACHED.test(request.url) || reply.getHeader('x-zegsman-cache') === 'hit') return payload;
    if (answers.size >= maxEntries) answers.delete(answers.keys().next().value as string);
    answers.set(request.url, { at: Date.now(), payload });
    return payload;
  });
}
