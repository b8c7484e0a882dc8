import { DomainError } from '../../../platform';

/**
 * PUSPAGA's case system is down, did not answer in time, or failed (5xx). The message names the system,
 * never its address; the field it was asked for answers null and the rest of the query still answers.
 */
export class SourceUnavailableError extends DomainError {
  constructor() {
    super('SOURCE_UNAVAILABLE', "PUSPAGA Kota Tangerang Selatan's case system is unavailable", { source: 'puspaga-case-system' });
  }
}
