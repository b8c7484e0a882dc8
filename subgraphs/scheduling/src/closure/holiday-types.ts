/** A day on which offices of a jurisdiction are closed (besides Sundays). Pure type. */
export interface PublicHoliday {
  jurisdiction: 'ID' | 'HK';
  /** YYYY-MM-DD, local calendar date of the jurisdiction */
  date: string;
  /** Indonesian names in Indonesian, Hong Kong names in English as gazetted */
  name: string;
  /** COLLECTIVE_LEAVE: Indonesian cuti bersama (government offices closed) */
  kind: 'PUBLIC_HOLIDAY' | 'COLLECTIVE_LEAVE';
}
