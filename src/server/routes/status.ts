import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SCHEMA_VERSION } from '../../core/types.ts';
import { statusSchema } from '../corpus-schemas.ts';
import type { CorpusOptions } from '../require-store.ts';

/** How long the document count is reused before it is counted again. */
const COUNT_TTL_MS = 10_000;

/** GET /api/status: what this server offers (a corpus? storing?), for the web app. */
export const statusRoute: FastifyPluginAsyncZod<CorpusOptions> = async (app, { store, allowWrite }) => {
  let counted: { at: number; documents: number } | null = null;
  app.get('/api/status', {
    schema: { summary: 'What this server offers', tags: ['corpus'], response: { 200: statusSchema } },
    handler: async () => {
      if (store !== null && (counted === null || Date.now() - counted.at > COUNT_TTL_MS)) {
        counted = { at: Date.now(), documents: (await store.stats()).documents };
      }
      return {
        schemaVersion: SCHEMA_VERSION,
        allowWrite,
        store: store === null ? null : { kind: store.kind, location: store.location, documents: counted?.documents ?? 0 },
      };
    },
  });
};
