import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LanguageError, LimitError, analyze } from '../../pipeline.ts';
import { analysisSchema } from '../analysis-schema.ts';
import { ApiError, apiErrorSchema } from '../api-error.ts';
import { articleSchema, type Article } from '../doc-meta-schema.ts';
import type { Analysis } from '../../core/types.ts';

/** Runs the pipeline on one article; a language it cannot read is a 422 with the reason. */
export function analyzeArticle(article: Article): Analysis {
  try {
    return analyze(article.text, article.meta, { lang: article.lang });
  } catch (error) {
    if (error instanceof LanguageError) throw new ApiError(422, error.ruleId, `text: ${error.message.replace('pass --lang nl or --lang en', 'send "lang": "nl" or "en"')}`);
    if (error instanceof LimitError) throw new ApiError(error.ruleId === 'text-too-long' ? 413 : 422, error.ruleId, error.message);
    throw error;
  }
}

/** POST /api/analyze: text + optional metadata → the analysis, nothing stored. */
export const analyzeRoute: FastifyPluginAsyncZod = async (app) => {
  app.post('/api/analyze', {
    schema: {
      summary: 'Analyse one article',
      description: 'Returns who said what, entities, figures and their claimants, quoted terms, hedges and times. Nothing is stored.',
      tags: ['analysis'],
      body: articleSchema,
      response: { 200: analysisSchema, 400: apiErrorSchema, 413: apiErrorSchema, 422: apiErrorSchema, 429: apiErrorSchema },
    },
    handler: async (request) => analyzeArticle(request.body),
  });
};
