import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pipelineVersion } from '../../ingest/pipeline-version.ts';
import { prepareDocument } from '../../store/prepare-document.ts';
import { ApiError, apiErrorSchema } from '../api-error.ts';
import { documentListSchema, documentParams, documentQuery, documentSchema, documentsQuery, storedSchema } from '../corpus-schemas.ts';
import { articleSchema } from '../doc-meta-schema.ts';
import { requireStore, type CorpusOptions } from '../require-store.ts';
import { analyzeArticle } from './analyze.ts';

/** GET /api/documents, GET /api/documents/:id, POST /api/documents (only with allowWrite). */
export const documentsRoute: FastifyPluginAsyncZod<CorpusOptions> = async (app, { store, allowWrite }) => {
  app.get('/api/documents', {
    schema: { summary: 'Stored articles, newest first (by publication date, undated last)', tags: ['corpus'], querystring: documentsQuery, response: { 200: documentListSchema, 400: apiErrorSchema, 503: apiErrorSchema } },
    handler: async (request) => {
      return { documents: await requireStore(store).documentSummaries(request.query) };
    },
  });

  app.get('/api/documents/:id', {
    schema: {
      summary: 'One stored article with its whole analysis (omit=tokens,sentences,quoteSpans leaves those layers empty)',
      tags: ['corpus'],
      params: documentParams,
      querystring: documentQuery,
      response: { 200: documentSchema, 400: apiErrorSchema, 404: apiErrorSchema, 503: apiErrorSchema },
    },
    handler: async (request) => {
      const doc = await requireStore(store).getDocument(request.params.id);
      if (doc === null) throw new ApiError(404, 'document-missing', `no document with id ${request.params.id}`);
      const omitted = Object.fromEntries((request.query.omit?.split(',') ?? []).map((layer) => [layer, []]));
      return { id: doc.id, source: doc.source, lang: doc.lang, meta: doc.meta, pipelineVersion: doc.pipelineVersion, ingestedAt: doc.ingestedAt, analysis: { ...doc.analysis, ...omitted } };
    },
  });

  app.post('/api/documents', {
    schema: {
      summary: 'Analyse an article and store it (only when the server was started with --allow-write)',
      tags: ['corpus'],
      body: articleSchema,
      response: { 200: storedSchema, 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 413: apiErrorSchema, 422: apiErrorSchema, 429: apiErrorSchema, 503: apiErrorSchema },
    },
    handler: async (request) => {
      if (!allowWrite) throw new ApiError(403, 'write-off', 'storing articles is off: start the server with `zegsman serve --allow-write`');
      const target = requireStore(store);
      const prepared = prepareDocument(analyzeArticle(request.body), request.body.meta.url ?? request.body.meta.id ?? 'api', pipelineVersion());
      const result = await target.putDocuments([prepared]);
      const id = await target.documentIdByHash(prepared.hash);
      if (id === null) throw new Error(`document ${prepared.hash} was stored but cannot be found by its hash`);
      return { hash: prepared.hash, inserted: result.inserted > 0, id };
    },
  });
};
