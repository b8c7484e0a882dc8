/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment FamilySummary on Family {\n    id\n    kkNumber\n    caseReference\n    jurisdiction\n    addressProtected\n    head {\n      id\n      fullName\n    }\n    address {\n      district\n      regency\n    }\n  }\n": typeof types.FamilySummaryFragmentDoc,
    "\n  query FindFamiliesByName($name: String!) {\n    families(filter: { name: $name }, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...FamilySummary\n        }\n      }\n    }\n  }\n": typeof types.FindFamiliesByNameDocument,
    "\n  query FindFamilyByKk($kk: String!) {\n    familyByKk(kkNumber: $kk) {\n      ...FamilySummary\n    }\n  }\n": typeof types.FindFamilyByKkDocument,
    "\n  query FindFamilyByNik($nik: String!) {\n    personByNik(nik: $nik) {\n      id\n      family {\n        ...FamilySummary\n      }\n    }\n  }\n": typeof types.FindFamilyByNikDocument,
    "\n  query FindFamilyByHkid($hkid: String!) {\n    personByHkid(hkid: $hkid) {\n      id\n      family {\n        ...FamilySummary\n      }\n    }\n  }\n": typeof types.FindFamilyByHkidDocument,
    "\n  query FindFamilyByCaseReference($ref: String!) {\n    familyByCaseReference(caseReference: $ref) {\n      ...FamilySummary\n    }\n  }\n": typeof types.FindFamilyByCaseReferenceDocument,
    "\n  query FamilyProfilePage($id: ID!) {\n    family(id: $id) {\n      id\n      kkNumber\n      caseReference\n      jurisdiction\n      addressProtected\n      address {\n        street\n        rtRw\n        village\n        district\n        regency\n        province\n      }\n      members {\n        id\n        fullName\n        age\n        isChild\n        relationship\n      }\n      serviceEpisodes {\n        id\n        status\n        openedOn\n        closedOn\n        childRole\n        service {\n          id\n          name\n          category\n        }\n        agency {\n          id\n          name\n          sector\n          timeZone\n        }\n        leadWorker {\n          id\n          fullName\n          role\n        }\n      }\n      referrals {\n        id\n        status\n        urgency\n        needCategory\n        createdAt\n        respondBy\n        overdue\n        fromAgency {\n          id\n          name\n          sector\n          timeZone\n        }\n        toAgency {\n          id\n          name\n          sector\n          timeZone\n        }\n        events {\n          id\n          at\n          action\n          fromStatus\n          toStatus\n          actor {\n            id\n            fullName\n            role\n          }\n          actorAgency {\n            id\n            name\n          }\n        }\n      }\n      appointments(window: ALL) {\n        id\n        kind\n        place\n        status\n        startsAt\n        agency {\n          id\n          name\n          sector\n          timeZone\n        }\n        staff {\n          id\n          fullName\n          role\n        }\n      }\n    }\n  }\n": typeof types.FamilyProfilePageDocument,
};
const documents: Documents = {
    "\n  fragment FamilySummary on Family {\n    id\n    kkNumber\n    caseReference\n    jurisdiction\n    addressProtected\n    head {\n      id\n      fullName\n    }\n    address {\n      district\n      regency\n    }\n  }\n": types.FamilySummaryFragmentDoc,
    "\n  query FindFamiliesByName($name: String!) {\n    families(filter: { name: $name }, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...FamilySummary\n        }\n      }\n    }\n  }\n": types.FindFamiliesByNameDocument,
    "\n  query FindFamilyByKk($kk: String!) {\n    familyByKk(kkNumber: $kk) {\n      ...FamilySummary\n    }\n  }\n": types.FindFamilyByKkDocument,
    "\n  query FindFamilyByNik($nik: String!) {\n    personByNik(nik: $nik) {\n      id\n      family {\n        ...FamilySummary\n      }\n    }\n  }\n": types.FindFamilyByNikDocument,
    "\n  query FindFamilyByHkid($hkid: String!) {\n    personByHkid(hkid: $hkid) {\n      id\n      family {\n        ...FamilySummary\n      }\n    }\n  }\n": types.FindFamilyByHkidDocument,
    "\n  query FindFamilyByCaseReference($ref: String!) {\n    familyByCaseReference(caseReference: $ref) {\n      ...FamilySummary\n    }\n  }\n": types.FindFamilyByCaseReferenceDocument,
    "\n  query FamilyProfilePage($id: ID!) {\n    family(id: $id) {\n      id\n      kkNumber\n      caseReference\n      jurisdiction\n      addressProtected\n      address {\n        street\n        rtRw\n        village\n        district\n        regency\n        province\n      }\n      members {\n        id\n        fullName\n        age\n        isChild\n        relationship\n      }\n      serviceEpisodes {\n        id\n        status\n        openedOn\n        closedOn\n        childRole\n        service {\n          id\n          name\n          category\n        }\n        agency {\n          id\n          name\n          sector\n          timeZone\n        }\n        leadWorker {\n          id\n          fullName\n          role\n        }\n      }\n      referrals {\n        id\n        status\n        urgency\n        needCategory\n        createdAt\n        respondBy\n        overdue\n        fromAgency {\n          id\n          name\n          sector\n          timeZone\n        }\n        toAgency {\n          id\n          name\n          sector\n          timeZone\n        }\n        events {\n          id\n          at\n          action\n          fromStatus\n          toStatus\n          actor {\n            id\n            fullName\n            role\n          }\n          actorAgency {\n            id\n            name\n          }\n        }\n      }\n      appointments(window: ALL) {\n        id\n        kind\n        place\n        status\n        startsAt\n        agency {\n          id\n          name\n          sector\n          timeZone\n        }\n        staff {\n          id\n          fullName\n          role\n        }\n      }\n    }\n  }\n": types.FamilyProfilePageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FamilySummary on Family {\n    id\n    kkNumber\n    caseReference\n    jurisdiction\n    addressProtected\n    head {\n      id\n      fullName\n    }\n    address {\n      district\n      regency\n    }\n  }\n"): (typeof documents)["\n  fragment FamilySummary on Family {\n    id\n    kkNumber\n    caseReference\n    jurisdiction\n    addressProtected\n    head {\n      id\n      fullName\n    }\n    address {\n      district\n      regency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindFamiliesByName($name: String!) {\n    families(filter: { name: $name }, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...FamilySummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindFamiliesByName($name: String!) {\n    families(filter: { name: $name }, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...FamilySummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindFamilyByKk($kk: String!) {\n    familyByKk(kkNumber: $kk) {\n      ...FamilySummary\n    }\n  }\n"): (typeof documents)["\n  query FindFamilyByKk($kk: String!) {\n    familyByKk(kkNumber: $kk) {\n      ...FamilySummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindFamilyByNik($nik: String!) {\n    personByNik(nik: $nik) {\n      id\n      family {\n        ...FamilySummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindFamilyByNik($nik: String!) {\n    personByNik(nik: $nik) {\n      id\n      family {\n        ...FamilySummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindFamilyByHkid($hkid: String!) {\n    personByHkid(hkid: $hkid) {\n      id\n      family {\n        ...FamilySummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindFamilyByHkid($hkid: String!) {\n    personByHkid(hkid: $hkid) {\n      id\n      family {\n        ...FamilySummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindFamilyByCaseReference($ref: String!) {\n    familyByCaseReference(caseReference: $ref) {\n      ...FamilySummary\n    }\n  }\n"): (typeof documents)["\n  query FindFamilyByCaseReference($ref: String!) {\n    familyByCaseReference(caseReference: $ref) {\n      ...FamilySummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyProfilePage($id: ID!) {\n    family(id: $id) {\n      id\n      kkNumber\n      caseReference\n      jurisdiction\n      addressProtected\n      address {\n        street\n        rtRw\n        village\n        district\n        regency\n        province\n      }\n      members {\n        id\n        fullName\n        age\n        isChild\n        relationship\n      }\n      serviceEpisodes {\n        id\n        status\n        openedOn\n        closedOn\n        childRole\n        service {\n          id\n          name\n          category\n        }\n        agency {\n          id\n          name\n          sector\n          timeZone\n        }\n        leadWorker {\n          id\n          fullName\n          role\n        }\n      }\n      referrals {\n        id\n        status\n        urgency\n        needCategory\n        createdAt\n        respondBy\n        overdue\n        fromAgency {\n          id\n          name\n          sector\n          timeZone\n        }\n        toAgency {\n          id\n          name\n          sector\n          timeZone\n        }\n        events {\n          id\n          at\n          action\n          fromStatus\n          toStatus\n          actor {\n            id\n            fullName\n            role\n          }\n          actorAgency {\n            id\n            name\n          }\n        }\n      }\n      appointments(window: ALL) {\n        id\n        kind\n        place\n        status\n        startsAt\n        agency {\n          id\n          name\n          sector\n          timeZone\n        }\n        staff {\n          id\n          fullName\n          role\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FamilyProfilePage($id: ID!) {\n    family(id: $id) {\n      id\n      kkNumber\n      caseReference\n      jurisdiction\n      addressProtected\n      address {\n        street\n        rtRw\n        village\n        district\n        regency\n        province\n      }\n      members {\n        id\n        fullName\n        age\n        isChild\n        relationship\n      }\n      serviceEpisodes {\n        id\n        status\n        openedOn\n        closedOn\n        childRole\n        service {\n          id\n          name\n          category\n        }\n        agency {\n          id\n          name\n          sector\n          timeZone\n        }\n        leadWorker {\n          id\n          fullName\n          role\n        }\n      }\n      referrals {\n        id\n        status\n        urgency\n        needCategory\n        createdAt\n        respondBy\n        overdue\n        fromAgency {\n          id\n          name\n          sector\n          timeZone\n        }\n        toAgency {\n          id\n          name\n          sector\n          timeZone\n        }\n        events {\n          id\n          at\n          action\n          fromStatus\n          toStatus\n          actor {\n            id\n            fullName\n            role\n          }\n          actorAgency {\n            id\n            name\n          }\n        }\n      }\n      appointments(window: ALL) {\n        id\n        kind\n        place\n        status\n        startsAt\n        agency {\n          id\n          name\n          sector\n          timeZone\n        }\n        staff {\n          id\n          fullName\n          role\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;