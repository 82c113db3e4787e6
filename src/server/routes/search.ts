import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../api-error.ts';
import { searchQuery, searchResultSchema } from '../corpus-schemas.ts';
import { requireStore, type CorpusOptions } from '../require-store.ts';

/** GET /api/search?q=: articles and statements that contain the words. */
export const searchRoute: FastifyPluginAsyncZod<CorpusOptions> = async (app, { store }) => {
  app.get('/api/search', {
    schema: {
      summary: 'Full-text search over articles and statements (all words; "a phrase"; prefix*)',
      tags: ['corpus'],
      querystring: searchQuery,
      response: { 200: searchResultSchema, 400: apiErrorSchema, 503: apiErrorSchema },
    },
    handler: async (request) => {
      const { q, limit, ...filter } = request.query;
      const target = requireStore(store);
      const [documents, quotes] = await Promise.all([target.search({ ...filter, text: q, limit }), target.quotes({ ...filter, text: q, limit })]);
      return { documents, quotes };
    },
  });
};
