import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../api-error.ts';
import { quoteListSchema, quotesQuery } from '../corpus-schemas.ts';
import { requireStore, type CorpusOptions } from '../require-store.ts';

/** GET /api/quotes?speaker=&q=&since=: stored statements, oldest first. */
export const quotesRoute: FastifyPluginAsyncZod<CorpusOptions> = async (app, { store }) => {
  app.get('/api/quotes', {
    schema: { summary: 'Stored statements by speaker, words and date, oldest first', tags: ['corpus'], querystring: quotesQuery, response: { 200: quoteListSchema, 400: apiErrorSchema, 503: apiErrorSchema } },
    handler: async (request) => {
      const { q, ...query } = request.query;
      const quotes = await requireStore(store).quotes({ ...query, ...(q !== undefined && q.trim() !== '' ? { text: q } : {}) });
      // The store answers newest first (so a limit keeps the newest); a reader follows time forward.
      return { quotes: [...quotes].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.documentId - b.documentId || a.start - b.start) };
    },
  });
};
