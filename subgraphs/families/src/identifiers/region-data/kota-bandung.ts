import type { RegencyData } from '../region-types';

/**
 * Kota Bandung (32.73), Jawa Barat: all 30 kecamatan and their 151 kelurahan. PUSPAGA Kota Bandung
 * serves the whole city.
 * Codes and names as in Kepmendagri No 300.2.2-2138 Tahun 2025 (kode dan data wilayah administrasi
 * pemerintahan), written without dots. Gaps in a numbering are real (villages merged or re-coded), and
 * a village code's 7th digit tells a kelurahan (1) from a desa (2).
 */
export const KOTA_BANDUNG: RegencyData = {
  code: '3273',
  name: 'Kota Bandung',
  districts: [
    {
      code: '327301',
      name: 'Sukasari',
      villages: [
        ['3273011001', 'Sukarasa'], ['3273011002', 'Gegerkalong'], ['3273011003', 'Isola'],
        ['3273011004', 'Sarijadi'],
      ],
    },
    {
      code: '327302',
      name: 'Coblong',
      villages: [
        ['3273021001', 'Cipaganti'], ['3273021002', 'Lebak Gede'], ['3273021003', 'Sadang Serang'],
        ['3273021004', 'Dago'], ['3273021005', 'Sekeloa'], ['3273021006', 'Lebak Siliwangi'],
      ],
    },
    {
      code: '327303',
      name: 'Babakan Ciparay',
      villages: [
        ['3273031001', 'Babakan Ciparay'], ['3273031002', 'Babakan'], ['3273031003', 'Sukahaji'],
        ['3273031004', 'Margahayu Utara'], ['3273031005', 'Margasuka'], ['3273031006', 'Cirangrang'],
      ],
    },
    {
      code: '327304',
      name: 'Bojongloa Kaler',
      villages: [
        ['3273041001', 'Kopo'], ['3273041002', 'Babakan Tarogong'], ['3273041003', 'Jamika'],
        ['3273041004', 'Babakan Asih'], ['3273041005', 'Suka Asih'],
      ],
    },
    {
      code: '327305',
      name: 'Andir',
      villages: [
        ['3273051001', 'Maleber'], ['3273051002', 'Dungus Cariang'], ['3273051003', 'Ciroyom'],
        ['3273051004', 'Kebon Jeruk'], ['3273051005', 'Garuda'], ['3273051006', 'Campaka'],
      ],
    },
    {
      code: '327306',
      name: 'Cicendo',
      villages: [
        ['3273061001', 'Husein Sastranegara'], ['3273061002', 'Arjuna'], ['3273061003', 'Pajajaran'],
        ['3273061004', 'Pasirkaliki'], ['3273061005', 'Pamoyanan'], ['3273061006', 'Sukaraja'],
      ],
    },
    {
      code: '327307',
      name: 'Sukajadi',
      villages: [
        ['3273071001', 'Pasteur'], ['3273071002', 'Cipedes'], ['3273071003', 'Sukawarna'],
        ['3273071004', 'Sukagalih'], ['3273071005', 'Sukabungah'],
      ],
    },
    {
      code: '327308',
      name: 'Cidadap',
      villages: [
        ['3273081001', 'Hegarmanah'], ['3273081002', 'Ciumbuleuit'], ['3273081003', 'Ledeng'],
      ],
    },
    {
      code: '327309',
      name: 'Bandung Wetan',
      villages: [
        ['3273091001', 'Cihapit'], ['3273091002', 'Taman Sari'], ['3273091003', 'Citarum'],
      ],
    },
    {
      code: '327310',
      name: 'Astanaanyar',
      villages: [
        ['3273101001', 'Karasak'], ['3273101002', 'Nyengseret'], ['3273101003', 'Karang Anyar'],
        ['3273101004', 'Panjunan'], ['3273101005', 'Cibadak'], ['3273101006', 'Pelindung Hewan'],
      ],
    },
    {
      code: '327311',
      name: 'Regol',
      villages: [
        ['3273111001', 'Cigereleng'], ['3273111002', 'Ancol'], ['3273111003', 'Pungkur'],
        ['3273111004', 'Balong Gede'], ['3273111005', 'Ciseureuh'], ['3273111006', 'Ciateul'],
        ['3273111007', 'Pasirluyu'],
      ],
    },
    {
      code: '327312',
      name: 'Batununggal',
      villages: [
        ['3273121001', 'Gumuruh'], ['3273121002', 'Maleer'], ['3273121003', 'Cibangkong'],
        ['3273121004', 'Kacapiring'], ['3273121005', 'Kebon Waru'], ['3273121006', 'Kebon Gedang'],
        ['3273121007', 'Samoja'], ['3273121008', 'Binong'],
      ],
    },
    {
      code: '327313',
      name: 'Lengkong',
      villages: [
        ['3273131001', 'Cijagra'], ['3273131002', 'Lingkar Selatan'], ['3273131003', 'Burangrang'],
        ['3273131004', 'Paledang'], ['3273131005', 'Turangga'], ['3273131006', 'Malabar'],
        ['3273131007', 'Cikawao'],
      ],
    },
    {
      code: '327314',
      name: 'Cibeunying Kidul',
      villages: [
        ['3273141001', 'Padasuka'], ['3273141002', 'Cikutra'], ['3273141003', 'Cicadas'],
        ['3273141004', 'Sukamaju'], ['3273141005', 'Sukapada'], ['3273141006', 'Pasirlayung'],
      ],
    },
    {
      code: '327315',
      name: 'Bandung Kulon',
      villages: [
        ['3273151001', 'Cijerah'], ['3273151002', 'Cibuntu'], ['3273151003', 'Warung Muncang'],
        ['3273151004', 'Caringin'], ['3273151005', 'Cigondewah Kaler'], ['3273151006', 'Gempol Sari'],
        ['3273151007', 'Cigondewah Rahayu'], ['3273151008', 'Cigondewah Kidul'],
      ],
    },
    {
      code: '327316',
      name: 'Kiaracondong',
      villages: [
        ['3273161001', 'Sukapura'], ['3273161002', 'Kebon Jayanti'], ['3273161003', 'Babakan Surabaya'],
        ['3273161004', 'Cicaheum'], ['3273161005', 'Babakan Sari'], ['3273161006', 'Kebon Kangkung'],
      ],
    },
    {
      code: '327317',
      name: 'Bojongloa Kidul',
      villages: [
        ['3273171001', 'Situsaeur'], ['3273171002', 'Kebon Lega'], ['3273171003', 'Cibaduyut'],
        ['3273171004', 'Mekar Wangi'], ['3273171005', 'Cibaduyut Kidul'], ['3273171006', 'Cibaduyut Wetan'],
      ],
    },
    {
      code: '327318',
      name: 'Cibeunying Kaler',
      villages: [
        ['3273181001', 'Cihaur Geulis'], ['3273181002', 'Sukaluyu'], ['3273181003', 'Neglasari'],
        ['3273181004', 'Cigadung'],
      ],
    },
    {
      code: '327319',
      name: 'Sumur Bandung',
      villages: [
        ['3273191001', 'Braga'], ['3273191002', 'Merdeka'], ['3273191003', 'Kebon Pisang'],
        ['3273191004', 'Babakan Ciamis'],
      ],
    },
    {
      code: '327320',
      name: 'Antapani',
      villages: [
        ['3273201001', 'Antapani Kulon'], ['3273201004', 'Antapani Tengah'], ['3273201005', 'Antapani Kidul'],
        ['3273201006', 'Antapani Wetan'],
      ],
    },
    {
      code: '327321',
      name: 'Bandung Kidul',
      villages: [
        ['3273211001', 'Batununggal'], ['3273211002', 'Wates'], ['3273211003', 'Mengger'],
        ['3273211004', 'Kujangsari'],
      ],
    },
    {
      code: '327322',
      name: 'Buahbatu',
      villages: [
        ['3273221001', 'Sekejati'], ['3273221002', 'Margasari'], ['3273221003', 'Cijaura'],
        ['3273221004', 'Jati Sari'],
      ],
    },
    {
      code: '327323',
      name: 'Rancasari',
      villages: [
        ['3273231001', 'Cipamokolan'], ['3273231002', 'Derwati'], ['3273231003', 'Manjahlega'],
        ['3273231004', 'Mekar Jaya'],
      ],
    },
    {
      code: '327324',
      name: 'Arcamanik',
      villages: [
        ['3273241001', 'Sukamiskin'], ['3273241002', 'Cisaranten Bina Harapan'],
        ['3273241003', 'Cisaranten Kulon'], ['3273241004', 'Cisaranten Endah'],
      ],
    },
    {
      code: '327325',
      name: 'Cibiru',
      villages: [
        ['3273251001', 'Palasari'], ['3273251002', 'Cipadung'], ['3273251003', 'Pasir Biru'],
        ['3273251004', 'Cisurupan'],
      ],
    },
    {
      code: '327326',
      name: 'Ujungberung',
      villages: [
        ['3273261003', 'Pasir Endah'], ['3273261004', 'Cigending'], ['3273261005', 'Pasirwangi'],
        ['3273261006', 'Pasirjati'], ['3273261007', 'Pasanggrahan'],
      ],
    },
    {
      code: '327327',
      name: 'Gedebage',
      villages: [
        ['3273271001', 'Cimincrang'], ['3273271002', 'Cisaranten Kidul'], ['3273271003', 'Rancabolang'],
        ['3273271004', 'Rancanumpang'],
      ],
    },
    {
      code: '327328',
      name: 'Panyileukan',
      villages: [
        ['3273281001', 'Cipadung Kulon'], ['3273281002', 'Cipadung Kidul'], ['3273281003', 'Cipadung Wetan'],
        ['3273281004', 'Mekar Mulya'],
      ],
    },
    {
      code: '327329',
      name: 'Cinambo',
      villages: [
        ['3273291001', 'Cisaranten Wetan'], ['3273291002', 'Pakemitan'], ['3273291003', 'Sukamulya'],
        ['3273291004', 'Babakan Penghulu'],
      ],
    },
    {
      code: '327330',
      name: 'Mandalajati',
      villages: [
        ['3273301001', 'Jatihandap'], ['3273301002', 'Karang Pamulang'], ['3273301003', 'Pasir Impun'],
        ['3273301004', 'Sindang Jaya'],
      ],
    },
  ],
};
