import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { EntityLink } from '../../link/link-corpus-entities.ts';
import { ApiError, apiErrorSchema } from '../api-error.ts';
import { entitiesQuery, entityListSchema, entityParams, entityQuery, entitySchema } from '../entity-schemas.ts';
import { requireStore, type CorpusOptions } from '../require-store.ts';

/** The spellings of an entity's links, each with the number of articles that write it, most first. */
export function countNames(links: readonly EntityLink[]): Array<{ name: string; documents: number }> {
  const documents = new Map<string, Set<number>>();
  for (const link of links) {
    const seen = documents.get(link.name);
    if (seen) seen.add(link.documentId);
    else documents.set(link.name, new Set([link.documentId]));
  }
  return [...documents].map(([name, ids]) => ({ name, documents: ids.size })).sort((a, b) => b.documents - a.documents || a.name.localeCompare(b.name));
}

/** GET /api/entities?name=&type=, GET /api/entities/:id: people, organisations and places across the corpus (after `zegsman entities link`). */
export const entitiesRoute: FastifyPluginAsyncZod<CorpusOptions> = async (app, { store }) => {
  app.get('/api/entities', {
    schema: { summary: 'Corpus entities by name in any spelling, most mentioned first', tags: ['corpus'], querystring: entitiesQuery, response: { 200: entityListSchema, 400: apiErrorSchema, 503: apiErrorSchema } },
    handler: async (request) => {
      const { name, ...query } = request.query;
      const entities = await requireStore(store).corpusEntities({ ...query, ...(name !== undefined && name.trim() !== '' ? { name } : {}) });
      return { entities: entities.map((entity) => ({ ...entity, keys: [...entity.keys] })) };
    },
  });

  app.get('/api/entities/:id', {
    schema: {
      summary: 'One corpus entity: its names, type, key, the links with their evidence, and its statements',
      tags: ['corpus'],
      params: entityParams,
      querystring: entityQuery,
      response: { 200: entitySchema, 400: apiErrorSchema, 404: apiErrorSchema, 503: apiErrorSchema },
    },
    handler: async (request) => {
      const target = requireStore(store);
      const entity = await target.corpusEntity(request.params.id);
      if (entity === null) throw new ApiError(404, 'entity-missing', `no corpus entity with id ${request.params.id} (are the entities linked? \`zegsman entities link\`)`);
      // The store finds a speaker's statements by any spelling and through the corpus entities.
      const quotes = entity.type === 'PER' || entity.type === 'ORG' ? await target.quotes({ speaker: entity.name, limit: request.query.limit }) : [];
      // Keep those of the articles linked into it ("Johnson" alone finds other Johnsons too).
      const documents = new Set(entity.links.map((link) => link.documentId));
      const own = quotes.filter((quote) => documents.has(quote.documentId));
      return {
        id: entity.id,
        type: entity.type,
        name: entity.name,
        key: entity.key,
        keys: [...entity.keys],
        confidence: entity.confidence,
        documents: entity.documents,
        mentions: entity.mentions,
        names: countNames(entity.links),
        links: [...entity.links],
        quotes: own.sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.documentId - b.documentId || a.start - b.start),
      };
    },
  });
};
