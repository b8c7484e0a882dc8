/** The unified family profile, as a dashboard asks for it (the same operation as examples/family-profile.graphql). */
export const PROFILE_FIELDS = `
  id kkNumber jurisdiction
  members { id fullName nik sex birthDate age isChild relationship }
  serviceEpisodes {
    id status openedOn
    service { name category }
    agency { id name }
    leadWorker { id fullName role }
  }
  referrals {
    id status urgency needCategory respondBy overdue
    fromAgency { id name }
    toAgency { id name }
    events { action at fromStatus toStatus actor { id fullName } actorAgency { name } }
  }
  appointments(window: UPCOMING) {
    id kind startsAt endsAt startsAtLocal place status
    staff { id fullName role agency { name } }
  }
`;

export const PROFILE_BY_KK = `query ProfileByKk($kk: String!) { familyByKk(kkNumber: $kk) { ${PROFILE_FIELDS} } }`;
export const PROFILE_BY_NIK = `query ProfileByNik($nik: String!) { personByNik(nik: $nik) { fullName family { ${PROFILE_FIELDS} } } }`;
