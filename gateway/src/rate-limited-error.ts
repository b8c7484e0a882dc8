import { HeaderMap } from '@apollo/server';
import { DomainError } from '../../platform';

/** Which of the gateway's request-rate budgets a request went over. */
export type RateBudget = 'caller' | 'system' | 'ip';

/**
 * A request over one of its request-rate budgets: HTTP 429 with `Retry-After` in seconds, refused
 * before the operation is parsed or any subgraph is called.
 */
export class RateLimitedError extends DomainError {
  constructor(retryAfter: number, budgets: RateBudget[]) {
    super('RATE_LIMITED', `too many requests: try again in ${retryAfter} s`, {
      retryAfter,
      budgets,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
    });
  }
}
