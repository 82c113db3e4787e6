import { z } from 'zod';

/** The body of every 4xx/5xx answer of the API: a rule id and one clear sentence, never a stack trace. */
export const apiErrorSchema = z.object({
  statusCode: z.number().int(),
  error: z.string().describe('the HTTP reason phrase'),
  ruleId: z.string().describe('a stable id for the kind of failure, e.g. "request-invalid"'),
  message: z.string().describe('what was wrong with the request, naming the field'),
});

export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

/** An error a route throws on purpose; the error handler answers with its status and message. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly ruleId: string,
    message: string,
  ) {
    super(message);
  }
}
