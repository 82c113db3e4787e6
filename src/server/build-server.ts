import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, validatorCompiler } from 'fastify-type-provider-zod';
import { SCHEMA_VERSION } from '../core/types.ts';
import { answerErrors } from './answer-errors.ts';
import { cacheCorpusAnswers } from './cache-corpus-answers.ts';
import { ApiError } from './api-error.ts';
import { DEFAULT_MAX_ANALYSES, limitAnalyses } from './limit-analyses.ts';
import { requireWriteToken } from './require-write-token.ts';
import type { Store } from '../store/store.ts';
import { analyzeRoute } from './routes/analyze.ts';
import { documentsRoute } from './routes/documents.ts';
import { entitiesRoute } from './routes/entities.ts';
import { figuresRoute } from './routes/figures.ts';
import { quotesRoute } from './routes/quotes.ts';
import { searchRoute } from './routes/search.ts';
import { speakersRoute } from './routes/speakers.ts';
import { statusRoute } from './routes/status.ts';
import { serveWeb } from './serve-web.ts';

/** The built web app, `web/dist` in the project. */
export const DEFAULT_WEB_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist');

/** Largest request body accepted: 4 MiB (room for MAX_TEXT_CHARS of any script, JSON-escaped). */
export const DEFAULT_BODY_LIMIT = 4 * 1024 * 1024;

export interface ServerOptions {
  /** The corpus; default none (the corpus routes answer 503, /api/analyze works). */
  readonly store?: Store | null;
  /** Accept POST /api/documents (store an article); default false. Needs `writeToken`. */
  readonly allowWrite?: boolean;
  /** With `allowWrite`: the token a request that stores must carry (`Authorization: Bearer …`), at least 16 characters. */
  readonly writeToken?: string;
  /** Requests that run the pipeline admitted at once (running or waiting); one more is a 429. Default DEFAULT_MAX_ANALYSES. */
  readonly maxAnalyses?: number;
  /** Folder of the built web app; default `web/dist`; null serves the API only. */
  readonly webRoot?: string | null;
  /** pino logging: false (default, for tests) or a level such as 'info'. */
  readonly logLevel?: false | 'fatal' | 'error' | 'warn' | 'info' | 'debug';
  /** Largest request body in bytes; default DEFAULT_BODY_LIMIT. */
  readonly bodyLimit?: number;
  /** How long corpus answers are reused, in ms; default 30 s; 0 turns the cache off. */
  readonly cacheMs?: number;
}

/** Builds the HTTP server: the JSON API under /api/, its OpenAPI document, and the web app. */
export async function buildServer(options: ServerOptions = {}): Promise<FastifyInstance> {
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = Fastify({
    bodyLimit,
    logger: options.logLevel ? { level: options.logLevel } : false,
    return503OnClosing: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  // Responses are built by our own typed code; the zod response schemas document them in the
  // OpenAPI document, and serialising a large analysis through zod would only cost time.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  answerErrors(app, bodyLimit);
  app.setNotFoundHandler((request) => {
    throw new ApiError(404, 'not-found', `no such resource: ${request.method} ${request.url.split('?')[0]}`);
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'zegsman API',
        version: SCHEMA_VERSION,
        description: 'Who said what in news articles: analyse an article, and query the stored corpus. Errors are JSON {statusCode, error, ruleId, message}.',
      },
    },
    transform: jsonSchemaTransform,
  });
  const corpus = { store: options.store ?? null, allowWrite: options.allowWrite ?? false };
  if (corpus.allowWrite) {
    if (options.writeToken === undefined) throw new Error('allowWrite needs a writeToken: storing through the API is only for those who hold it');
    requireWriteToken(app, options.writeToken);
  }
  limitAnalyses(app, options.maxAnalyses ?? DEFAULT_MAX_ANALYSES);
  if (options.cacheMs !== 0) cacheCorpusAnswers(app, { ttlMs: options.cacheMs ?? 30_000 });
  await app.register(analyzeRoute);
  await app.register(statusRoute, corpus);
  await app.register(documentsRoute, corpus);
  await app.register(quotesRoute, corpus);
  await app.register(speakersRoute, corpus);
  await app.register(figuresRoute, corpus);
  await app.register(searchRoute, corpus);
  await app.register(entitiesRoute, corpus);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  if (options.webRoot !== null) await serveWeb(app, options.webRoot ?? DEFAULT_WEB_ROOT);
  return app;
}
