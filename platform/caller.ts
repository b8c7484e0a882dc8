import { ACCESS_ROLES, AccessRole } from '../domain/access-roles';

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

/** The roles a token's `roles` claim names, keeping only the known ones. */
export function rolesOfClaim(value: unknown): AccessRole[] {
  return (Array.isArray(value) ? value : []).filter((r): r is AccessRole => ACCESS_ROLES.includes(r as AccessRole));
}

/**
 * The caller a verified token's claims describe (the end user's bearer token at the gateway, the
 * identity token at a subgraph): `sub`, `staff`, `agency`, `roles` and `area`, in the jurisdiction the
 * verifier has checked. The verifier refuses what it must before; this only maps claims to fields.
 */
export function callerFromClaimSet(claims: Record<string, unknown>, jurisdiction: 'ID' | 'HK', serviceArea: string[]): Caller {
  return {
    subject: String(claims.sub),
    staffId: typeof claims.staff === 'string' ? claims.staff : null,
    agencyId: typeof claims.agency === 'string' ? claims.agency : null,
    roles: rolesOfClaim(claims.roles),
    jurisdiction,
    area: ((claims.area as string[] | undefined) ?? []).map(String),
    serviceArea,
  };
}
