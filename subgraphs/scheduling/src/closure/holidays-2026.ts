import type { PublicHoliday } from './holiday-types';

/**
 * Public holidays of 2026. Pure data, no I/O.
 *
 * Indonesia (ID): the national holidays (hari libur nasional, 17 days) and collective leave days
 * (cuti bersama, 8 days) of the joint decree of the Minister of Religious Affairs, the Minister of
 * Manpower and the Minister for Administrative and Bureaucratic Reform (SKB 3 Menteri) No. 1497 Tahun
 * 2025, No. 2 Tahun 2025, No. 5 Tahun 2025, announced 19 September 2025. Days that fall on a weekend
 * (Idul Fitri 21-22 March, Easter 5 April, Waisak 31 May) are listed as the decree lists them.
 * Islamic dates follow the decree; the government may move Idul Fitri / Idul Adha after the
 * sighting (sidang isbat), in which case this list must be updated.
 *
 * Hong Kong (HK): the general holidays for 2026 under the General Holidays Ordinance (Cap. 149), as
 * gazetted (every Sunday is also a general holiday and is not listed). When a holiday falls on a
 * Sunday the following weekday is the holiday: in 2026 Ching Ming (5 April), the Birthday of the
 * Buddha (24 May) and Chung Yeung (18 October) fall on Sundays, and since the day following Ching
 * Ming coincides with Easter Monday, the day following Easter Monday (7 April) is the holiday too.
 */
export const HOLIDAYS_2026: readonly PublicHoliday[] = [
  // --- Indonesia: hari libur nasional ----------------------------------------------------------
  { jurisdiction: 'ID', date: '2026-01-01', name: 'Tahun Baru 2026 Masehi', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'ID', date: '2026-01-16', name: 'Isra Mikraj Nabi Muhammad S.A.W.', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'ID', date: '2026-02-17', name: 'Tahun Baru Imlek 2577 Kongzili', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'ID', date: '2026-03-19', name: 'Hari Suci Nyepi (Tahun Baru Saka 1948)', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'ID', date: '2026-03-21', name: 'Hari Raya Idul Fitri 1447 H', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'ID', date: '2026-03-22', name: 'Hari Raya Idul Fitri 1447 H', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'ID', date: '2026-04-03', name: 'Wafat Yesus Kristus', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'ID', date: '2026-04-05', name: 'Kebangkitan Yesus Kristus (Paskah)', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'ID', date: '2026-05-01', name: 'Hari Buruh Internasional', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'ID', date: '2026-05-14', name: 'Kenaikan Yesus Kristus', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'ID', date: '2026-05-27', name: 'Hari Raya Idul Adha 1447 H', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'ID', date: '2026-05-31', name: 'Hari Raya Waisak 2570 BE', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'ID', date: '2026-06-01', name: 'Hari Lahir Pancasila', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'ID', date: '2026-06-16', name: '1 Muharam Tahun Baru Islam 1448 H', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'ID', date: '2026-08-17', name: 'Proklamasi Kemerdekaan Republik Indonesia', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'ID', date: '2026-08-25', name: 'Maulid Nabi Muhammad S.A.W.', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'ID', date: '2026-12-25', name: 'Kelahiran Yesus Kristus', kind: 'PUBLIC_HOLIDAY' },

  // --- Indonesia: cuti bersama -------------------------------------------------------------------
  { jurisdiction: 'ID', date: '2026-02-16', name: 'Cuti Bersama Tahun Baru Imlek 2577 Kongzili', kind: 'COLLECTIVE_LEAVE' },
  { jurisdiction: 'ID', date: '2026-03-18', name: 'Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1948)', kind: 'COLLECTIVE_LEAVE' },
  { jurisdiction: 'ID', date: '2026-03-20', name: 'Cuti Bersama Hari Raya Idul Fitri 1447 H', kind: 'COLLECTIVE_LEAVE' },
  { jurisdiction: 'ID', date: '2026-03-23', name: 'Cuti Bersama Hari Raya Idul Fitri 1447 H', kind: 'COLLECTIVE_LEAVE' },
  { jurisdiction: 'ID', date: '2026-03-24', name: 'Cuti Bersama Hari Raya Idul Fitri 1447 H', kind: 'COLLECTIVE_LEAVE' },
  { jurisdiction: 'ID', date: '2026-05-15', name: 'Cuti Bersama Kenaikan Yesus Kristus', kind: 'COLLECTIVE_LEAVE' },
  { jurisdiction: 'ID', date: '2026-05-28', name: 'Cuti Bersama Hari Raya Idul Adha 1447 H', kind: 'COLLECTIVE_LEAVE' },
  { jurisdiction: 'ID', date: '2026-12-24', name: 'Cuti Bersama Kelahiran Yesus Kristus', kind: 'COLLECTIVE_LEAVE' },

  // --- Hong Kong: general holidays ---------------------------------------------------------------
  { jurisdiction: 'HK', date: '2026-01-01', name: 'The first day of January', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'HK', date: '2026-02-17', name: "Lunar New Year's Day", kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'HK', date: '2026-02-18', name: 'The second day of Lunar New Year', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'HK', date: '2026-02-19', name: 'The third day of Lunar New Year', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'HK', date: '2026-04-03', name: 'Good Friday', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'HK', date: '2026-04-04', name: 'The day following Good Friday', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'HK', date: '2026-04-06', name: 'The day following Ching Ming Festival', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'HK', date: '2026-04-07', name: 'The day following Easter Monday', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'HK', date: '2026-05-01', name: 'Labour Day', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'HK', date: '2026-05-25', name: 'The day following the Birthday of the Buddha', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'HK', date: '2026-06-19', name: 'Tuen Ng Festival', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'HK', date: '2026-07-01', name: 'Hong Kong Special Administrative Region Establishment Day', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'HK', date: '2026-09-26', name: 'The day following the Chinese Mid-Autumn Festival', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'HK', date: '2026-10-01', name: 'National Day', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'HK', date: '2026-10-19', name: 'The day following Chung Yeung Festival', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'HK', date: '2026-12-25', name: 'Christmas Day', kind: 'PUBLIC_HOLIDAY' },
  { jurisdiction: 'HK', date: '2026-12-26', name: 'The first weekday after Christmas Day', kind: 'PUBLIC_HOLIDAY' },
];
