import type { RegencyData } from '../region-types';

/**
 * Kota Mataram (52.71), Nusa Tenggara Barat: all 6 kecamatan and their 50 kelurahan, the area of the
 * Balai Harum child rehabilitation centre of Dinas Sosial Kota Mataram.
 * Codes and names as in Kepmendagri No 300.2.2-2138 Tahun 2025 (kode dan data wilayah administrasi
 * pemerintahan), written without dots. Gaps in a numbering are real (villages merged or re-coded), and
 * a village code's 7th digit tells a kelurahan (1) from a desa (2).
 */
export const KOTA_MATARAM: RegencyData = {
  code: '5271',
  name: 'Kota Mataram',
  districts: [
    {
      code: '527101',
      name: 'Ampenan',
      villages: [
        ['5271011004', 'Ampenan Selatan'], ['5271011005', 'Ampenan Tengah'], ['5271011006', 'Pejeruk'],
        ['5271011007', 'Ampenan Utara'], ['5271011008', 'Taman Sari'], ['5271011009', 'Banjar'],
        ['5271011010', 'Kebun Sari'], ['5271011011', 'Pejarakan Karya'], ['5271011012', 'Dayan Peken'],
        ['5271011013', 'Bintaro'],
      ],
    },
    {
      code: '527102',
      name: 'Mataram',
      villages: [
        ['5271021001', 'Pagesangan'], ['5271021002', 'Mataram Timur'], ['5271021008', 'Pagutan'],
        ['5271021009', 'Pagesangan Barat'], ['5271021010', 'Pagesangan Timur'], ['5271021011', 'Pejanggik'],
        ['5271021012', 'Punia'], ['5271021013', 'Pagutan Timur'], ['5271021014', 'Pagutan Barat'],
      ],
    },
    {
      code: '527103',
      name: 'Cakranegara',
      villages: [
        ['5271031004', 'Cakranegara Selatan'], ['5271031005', 'Cakranegara Barat'],
        ['5271031006', 'Cakranegara Timur'], ['5271031007', 'Cakranegara Utara'],
        ['5271031009', 'Sayang-sayang'], ['5271031010', 'Cakranegara Selatan Baru'],
        ['5271031011', 'Sapta Marga'], ['5271031012', 'Cilinaya'], ['5271031013', 'Mayura'],
        ['5271031014', 'Karang Taliwang'],
      ],
    },
    {
      code: '527104',
      name: 'Sekarbela',
      villages: [
        ['5271041001', 'Karang Pule'], ['5271041002', 'Tanjung Karang'], ['5271041003', 'Jempong Baru'],
        ['5271041004', 'Tanjung Karang Permai'], ['5271041005', 'Kekalik Jaya'],
      ],
    },
    {
      code: '527105',
      name: 'Selaparang',
      villages: [
        ['5271051001', 'Mataram Barat'], ['5271051002', 'Dasan Agung'], ['5271051003', 'Monjok'],
        ['5271051004', 'Karang Baru'], ['5271051005', 'Rembiga'], ['5271051006', 'Gomong'],
        ['5271051007', 'Dasan Agung Baru'], ['5271051008', 'Monjok Timur'], ['5271051009', 'Monjok Barat'],
      ],
    },
    {
      code: '527106',
      name: 'Sandubaya',
      villages: [
        ['5271061001', 'Dasan Cermen'], ['5271061002', 'Babakan'], ['5271061003', 'Bertais'],
        ['5271061004', 'Selagalas'], ['5271061005', 'Abian Tubuh Baru'], ['5271061006', 'Turida'],
        ['5271061007', 'Mandalika'],
      ],
    },
  ],
};
