import { DocumentNode } from 'graphql';
import { KnownEntity } from './representations';

/** What the conformance check is run against and how strictly. */
export interface CheckOptions {
  /** The candidate's subgraph name: the identity token's audience, and its name in the composition. */
  name: string;
  /** The candidate's GraphQL URL, e.g. http://127.0.0.1:4010/graphql. */
  url: string;
  /** The candidate's SDL, as it will be committed for composition. */
  typeDefs: DocumentNode;
  /** Entities the candidate holds (`--known Type:id`), expected to be answered with objects. */
  known?: KnownEntity[];
  /**
   * The agency the check's caller acts for.
   * @default CONFORMANCE_AGENCY_ID, an id no agency has
   */
  agencyId?: string;
  /**
   * The check's caller's jurisdiction.
   * @default 'ID'
   */
  jurisdiction?: 'ID' | 'HK';
  /**
   * Largest accepted ratio of the median time of a 100-representation `_entities` batch to that of a
   * 1-representation one.
   * @default 8
   */
  batchRatioLimit?: number;
  /**
   * The p95 above which the response-time row warns, in milliseconds.
   * @default 250
   */
  p95LimitMs?: number;
  /** Where lines beside the table go (composition hints). Default: nowhere. */
  log?: (line: string) => void;
}

export const DEFAULT_BATCH_RATIO_LIMIT = 8;
export const DEFAULT_P95_LIMIT_MS = 250;
