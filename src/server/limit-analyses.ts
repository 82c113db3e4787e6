import type { FastifyInstance } from 'fastify';
import { ApiError } from './api-error.ts';

/** Default of `ServerOptions.maxAnalyses`: analyses running or waiting at once. */
export const DEFAULT_MAX_ANALYSES = 4;

/** The routes that run the pipeline (method and route pattern). */
const ANALYSING = new Set(['POST /api/analyze', 'POST /api/documents']);

/**
 * Admits at most `max` requests that run the pipeline at a time, counted from the moment a
 * request arrives (its body may still be on the way) until its answer is sent; one more is
 * answered at once with 429 and a Retry-After, instead of queueing without bound while
 * analyses hold the thread and their bodies hold memory.
 */
export function limitAnalyses(app: FastifyInstance, max: number): void {
  let running = 0;
  const admitted = new WeakSet<object>();
  app.addHook('onRequest', async (request, reply) => {
    if (!ANALYSING.has(`${request.method} ${request.routeOptions.url}`)) return;
    if (running >= max) {
      reply.header('Retry-After', '1');
      throw new ApiError(429, 'too-busy', `the server is analysing ${running} articles, its limit; send this one again in a moment`);
    }
    running++;
    admitted.add(request);
  });
  const release = async (request: object): Promise<void> => {
    if (admitted.delete(request)) running--;
  };
  app.addHook('onResponse', release);
  app.addHook('onRequestAbort', release);
}
