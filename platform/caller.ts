import type { AccessRole } from '../domain/access-roles';

/** Who is asking, as the gateway verified it and passed it to each subgraph. */
export interface Caller {
  /** The token subject: a staff id, or a client id for an agency system. */
  subject: string;
  /** The staff member, when a person is calling. */
  staffId: string | null;
  /** The agency the caller acts for. */
  agencyId: string | null;
  roles: AccessRole[];
  jurisdiction: 'ID' | 'HK';
  /** Region code prefixes (Indonesia) or Hong Kong districts a manager covers. */
  area: string[];
  /**
   * The region code prefixes or Hong Kong districts the caller's agency serves (its `areaServed`), as
   * the gateway looked them up: the registry shows an agency the families of its service area.
   */
  serviceArea: string[];
}
