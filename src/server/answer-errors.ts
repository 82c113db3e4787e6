import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ApiError, type ApiErrorBody } from './api-error.ts';

const REASONS: Readonly<Record<number, string>> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 413: 'Payload Too Large',
  415: 'Unsupported Media Type', 422: 'Unprocessable Entity', 429: 'Too Many Requests', 500: 'Internal Server Error', 503: 'Service Unavailable',
};

function body(statusCode: number, ruleId: string, message: string): ApiErrorBody {
  return { statusCode, error: REASONS[statusCode] ?? 'Error', ruleId, message };
}

/** Turns any thrown error into a clear 4xx answer, or a 500 that names no internals. */
export function describeError(error: FastifyError | Error, bodyLimit: number): ApiErrorBody {
  if (error instanceof ApiError) return body(error.statusCode, error.ruleId, error.message);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'request';
    const parts = error.validation.slice(0, 3).map((issue) => {
      const path = issue.instancePath === '/' ? '' : issue.instancePath.slice(1).replaceAll('/', '.');
      return `${where}${path ? `.${path}` : ''}: ${issue.message}`;
    });
    const more = error.validation.length > 3 ? ` (and ${error.validation.length - 3} more)` : '';
    return body(400, 'request-invalid', `${parts.join('; ')}${more}`);
  }
  const fastifyError = error as FastifyError;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return body(413, 'request-too-large', `the request body is larger than the limit of ${bodyLimit} bytes`);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return body(415, 'request-media-type', 'send the body as application/json');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return body(400, 'request-invalid', 'body: empty, expected a JSON object');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return body(400, 'request-invalid', 'the Content-Length header does not match the body');
  }
  if (error instanceof SyntaxError || fastifyError.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return body(400, 'request-json', `body: not valid JSON (${error.message})`);
  }
  const status = fastifyError.statusCode;
  if (status !== undefined && status >= 400 && status < 500) return body(status, 'request-invalid', error.message);
  return body(500, 'internal', 'the server failed to answer this request; the failure is in its log');
}

/** Installs the error and not-found handlers: every failure is a JSON `ApiErrorBody`. */
export function answerErrors(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const answer = describeError(error, bodyLimit);
    if (answer.statusCode >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ ruleId: answer.ruleId, message: answer.message }, 'request refused');
    return reply.code(answer.statusCode).type('application/json; charset=utf-8').send(JSON.stringify(answer));
  });
}
