import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../api-error.ts';
import { figureListSchema, figuresQuery } from '../corpus-schemas.ts';
import { findFigureConflicts } from '../../store/find-figure-conflicts.ts';
import { requireStore, type CorpusOptions } from '../require-store.ts';

/** GET /api/figures?about=&conflicts=true: figures with their claimants; with conflicts, groups that disagree. */
export const figuresRoute: FastifyPluginAsyncZod<CorpusOptions> = async (app, { store }) => {
  app.get('/api/figures', {
    schema: {
      summary: 'Figures and who claims them; conflicts=true groups figures for the same thing (unit, entities, time window) that disagree',
      tags: ['corpus'],
      querystring: figuresQuery,
      response: { 200: figureListSchema, 400: apiErrorSchema, 503: apiErrorSchema },
    },
    handler: async (request) => {
      const { conflicts, about, window, limit, ...filter } = request.query;
      const target = requireStore(store);
      const words = about !== undefined && about.trim() !== '' ? { about } : {};
      if (conflicts) {
        const groups = await findFigureConflicts(target, filter, { ...words, windowDays: window, limit });
        return { figures: [], conflicts: groups.map((group) => ({ ...group, entityKeys: [...group.entityKeys], values: [...group.values], claimants: [...group.claimants], figures: group.figures.map((figure) => ({ ...figure, entityKeys: [...figure.entityKeys] })) })) };
      }
      return { figures: await target.figures({ ...filter, ...words, limit }), conflicts: [] };
    },
  });
};
