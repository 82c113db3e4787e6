import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../api-error.ts';
import { figureListSchema, figuresQuery } from '../corpus-schemas.ts';
import { findFigureConflicts } from '../find-figure-conflicts.ts';
import { requireStore, type CorpusOptions } from '../require-store.ts';

/** GET /api/figures?about=&conflicts=true: figures with their claimants; with conflicts, groups that disagree. */
export const figuresRoute: FastifyPluginAsyncZod<CorpusOptions> = async (app, { store }) => {
  app.get('/api/figures', {
    schema: {
      summary: 'Figures and who claims them; conflicts=true groups figures for the same thing that disagree',
      tags: ['corpus'],
      querystring: figuresQuery,
      response: { 200: figureListSchema, 400: apiErrorSchema, 503: apiErrorSchema },
    },
    handler: async (request) => {
      const { conflicts, about, ...query } = request.query;
      const figures = await requireStore(store).figures({ ...query, ...(about !== undefined && about.trim() !== '' ? { about } : {}) });
      return conflicts ? { figures: [], conflicts: findFigureConflicts(figures) } : { figures, conflicts: [] };
    },
  });
};
