import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../api-error.ts';
import { speakerListSchema, speakersQuery } from '../corpus-schemas.ts';
import { requireStore, type CorpusOptions } from '../require-store.ts';

/** GET /api/speakers: who is quoted most (one row per person key: Sjojgoe and Shoigu together), with roles and outlets. */
export const speakersRoute: FastifyPluginAsyncZod<CorpusOptions> = async (app, { store }) => {
  app.get('/api/speakers', {
    schema: { summary: 'Speakers by number of statements, with roles and outlets', tags: ['corpus'], querystring: speakersQuery, response: { 200: speakerListSchema, 400: apiErrorSchema, 503: apiErrorSchema } },
    handler: async (request) => {
      const totals = await requireStore(store).speakerTotals(request.query);
      return { speakers: totals.map((speaker) => ({ ...speaker, roles: [...speaker.roles], outlets: speaker.outlets.map((outlet) => ({ ...outlet })) })) };
    },
  });
};
