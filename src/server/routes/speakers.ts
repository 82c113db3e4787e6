import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../api-error.ts';
import { speakerListSchema, speakersQuery } from '../corpus-schemas.ts';
import { requireStore, type CorpusOptions } from '../require-store.ts';
import { sumSpeakers } from '../sum-speakers.ts';

/** Rows asked of the store per speaker returned: a speaker has a row per role and outlet. */
const ROWS_PER_SPEAKER = 8;

/** GET /api/speakers: who is quoted most, with roles and outlets. */
export const speakersRoute: FastifyPluginAsyncZod<CorpusOptions> = async (app, { store }) => {
  app.get('/api/speakers', {
    schema: { summary: 'Speakers by number of statements, with roles and outlets', tags: ['corpus'], querystring: speakersQuery, response: { 200: speakerListSchema, 400: apiErrorSchema, 503: apiErrorSchema } },
    handler: async (request) => {
      const { limit, ...filter } = request.query;
      const rows = await requireStore(store).speakers({ ...filter, limit: limit * ROWS_PER_SPEAKER });
      return { speakers: sumSpeakers(rows).slice(0, limit) };
    },
  });
};
