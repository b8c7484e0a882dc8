/**
 * Identifier logic of the families subgraph: Indonesian NIK and No. KK, Hong Kong HKID, and the
 * Kemendagri region codes they carry. Pure functions and data, no I/O.
 */
export type { IdentifierError, IdentifierResult } from './identifier-error';
export { HK_DISTRICTS, KNOWN_REGIONS, PROVINCE_CODES, findRegion, isHkDistrict, isKnownProvince, regionPath } from './regions';
export type { Region, RegionLevel } from './regions';
export { makeNik, nikWarnings, parseNik } from './nik';
export type { NikSex, NikWarning, ParsedNik } from './nik';
export { makeKk, parseKk } from './kk';
export type { ParsedKk } from './kk';
export { hkidCheckDigit, makeHkid, maskHkid, parseHkid } from './hkid';
export type { ParsedHkid } from './hkid';
