// The typed error every query function throws for a caller's mistake; route handlers turn it
// into a 400/403/404/409 with the parameter it is about.
export type QueryErrorCode = 'bad_request' | 'forbidden' | 'not_found' | 'conflict';

export class QueryError extends Error {
  constructor(
    readonly code: QueryErrorCode,
    message: string,
    readonly param?: string,
    /** More fields for the response body (`mergedInto` of a merged event's 409). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'QueryError';
  }
}
