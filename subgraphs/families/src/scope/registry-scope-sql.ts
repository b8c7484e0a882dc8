import { Caller } from '../../../kit';
import { reachOf } from '../access-policy';

/** Adds a value to a statement's parameters and returns its placeholder. */
export type Param = (value: unknown) => string;

/** A LIKE pattern matching everything that starts with `prefix`, with LIKE's own characters escaped. */
export function prefixPattern(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * SQL forms of the registry view (registry-view.ts), over a family aliased `f`, so that searches,
 * filters and counts never see past it. `worksWith` is the family_agency test for the caller's agency.
 */
export class RegistryScopeSql {
  private readonly reach: ReturnType<typeof reachOf>;
  private readonly placeholders = new Map<string, string>();

  constructor(
    private readonly caller: Caller,
    private readonly param: Param,
  ) {
    this.reach = reachOf(caller);
  }

  /** A statement parameter, added when first used (PostgreSQL refuses parameters a statement never uses). */
  private p(name: 'agency' | 'patterns' | 'districts' | 'jurisdiction'): string {
    let placeholder = this.placeholders.get(name);
    if (!placeholder) {
      const regions = this.reach.regions.filter((r) => r !== '');
      const value = {
        agency: () => this.caller.agencyId,
        patterns: () => regions.filter((r) => /^\d+$/.test(r)).map(prefixPattern),
        districts: () => regions.filter((r) => !/^\d+$/.test(r)),
        jurisdiction: () => this.caller.jurisdiction,
      }[name]();
      placeholder = `${this.param(value)}::${{ agency: 'uuid', patterns: 'text[]', districts: 'text[]', jurisdiction: 'text' }[name]}`;
      this.placeholders.set(name, placeholder);
    }
    return placeholder;
  }

  /** The caller's agency works with the family. */
  get worksWith(): string {
    return `EXISTS (SELECT 1 FROM family_agency fa WHERE fa.family_id = f.id AND fa.agency_id = ${this.p('agency')})`;
  }

  /** A FULL view: protecting agency, works with it, or (not protected) in the caller's regions. */
  get full(): string {
    if (!this.reach.registry) return 'false';
    return `f.jurisdiction = ${this.p('jurisdiction')} AND (f.protecting_agency_id = ${this.p('agency')} OR ${this.worksWith}
      OR (NOT f.address_protected AND (f.region_code LIKE ANY(${this.p('patterns')}) OR f.hk_district = ANY(${this.p('districts')}))))`;
  }

  /** Any view (FULL or IDENTITY). */
  get visible(): string {
    if (!this.reach.registry) return 'false';
    return this.reach.identityWide ? `f.jurisdiction = ${this.p('jurisdiction')}` : `(${this.full})`;
  }

  /** The caller may see the family's place: a full view, not protected from them. */
  get place(): string {
    return `(${this.full}) AND (NOT f.address_protected OR f.protecting_agency_id = ${this.p('agency')})`;
  }
}
