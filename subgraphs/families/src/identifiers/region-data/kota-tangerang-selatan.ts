import type { RegencyData } from '../region-types';

/**
 * Kota Tangerang Selatan (36.74), Banten: all 7 kecamatan and their 54 kelurahan. LK3 is planned down to
 * kecamatan and kelurahan level by Dinas Sosial.
 * Codes and names as in Kepmendagri No 300.2.2-2138 Tahun 2025 (kode dan data wilayah administrasi
 * pemerintahan), written without dots. Gaps in a numbering are real (villages merged or re-coded), and
 * a village code's 7th digit tells a kelurahan (1) from a desa (2).
 */
export const KOTA_TANGERANG_SELATAN: RegencyData = {
  code: '3674',
  name: 'Kota Tangerang Selatan',
  districts: [
    {
      code: '367401',
      name: 'Serpong',
      villages: [
        ['3674011001', 'Ciater'], ['3674011002', 'Rawabuntu'], ['3674011003', 'Rawa Mekar Jaya'],
        ['3674011004', 'Lengkong Gudang'], ['3674011005', 'Lengkong Wetan'], ['3674011006', 'Buaran'],
        ['3674011007', 'Lengkong Gudang Timur'], ['3674011008', 'Cilenggang'], ['3674011009', 'Serpong'],
      ],
    },
    {
      code: '367402',
      name: 'Serpong Utara',
      villages: [
        ['3674021001', 'Pakulonan'], ['3674021002', 'Pakualam'], ['3674021003', 'Pakujaya'],
        ['3674021004', 'Pondok Jagung'], ['3674021005', 'Pondok Jagung Timur'], ['3674021006', 'Jelupang'],
        ['3674021007', 'Lengkong Karya'],
      ],
    },
    {
      code: '367403',
      name: 'Pondok Aren',
      villages: [
        ['3674031001', 'Pondok Betung'], ['3674031002', 'Pondok Pucung'], ['3674031003', 'Pondok Karya'],
        ['3674031004', 'Pondok Jaya'], ['3674031005', 'Pondok Aren'], ['3674031006', 'Pondok Kacang Barat'],
        ['3674031007', 'Pondok Kacang Timur'], ['3674031008', 'Parigi'], ['3674031009', 'Parigi Baru'],
        ['3674031010', 'Jurangmangu Barat'], ['3674031011', 'Jurangmangu Timur'],
      ],
    },
    {
      code: '367404',
      name: 'Ciputat',
      villages: [
        ['3674041001', 'Sawah Baru'], ['3674041002', 'Serua'], ['3674041003', 'Ciputat'],
        ['3674041004', 'Sawah'], ['3674041005', 'Serua Indah'], ['3674041006', 'Jombang'],
        ['3674041007', 'Cipayung'],
      ],
    },
    {
      code: '367405',
      name: 'Ciputat Timur',
      villages: [
        ['3674051001', 'Cempaka Putih'], ['3674051002', 'Pondok Ranji'], ['3674051003', 'Pisangan'],
        ['3674051004', 'Cireundeu'], ['3674051005', 'Rempoa'], ['3674051006', 'Rengas'],
      ],
    },
    {
      code: '367406',
      name: 'Pamulang',
      villages: [
        ['3674061001', 'Pamulang Barat'], ['3674061002', 'Benda Baru'], ['3674061003', 'Pondok Benda'],
        ['3674061004', 'Pondok Cabe Udik'], ['3674061005', 'Pondok Cabe Ilir'], ['3674061006', 'Kedaung'],
        ['3674061007', 'Bambu Apus'], ['3674061008', 'Pamulang Timur'],
      ],
    },
    {
      code: '367407',
      name: 'Setu',
      villages: [
        ['3674071001', 'Muncul'], ['3674071002', 'Setu'], ['3674071003', 'Keranggan'],
        ['3674071004', 'Kademangan'], ['3674071005', 'Babakan'], ['3674071006', 'Bakti Jaya'],
      ],
    },
  ],
};
