import type { RegencyData } from '../region-types';

/**
 * Kabupaten Jember (35.09), Jawa Timur: all 31 kecamatan and their 22 kelurahan and 226 desa. Puskesos/SLRT
 * desks sit in villages; the six live in December 2018 (as Dinas Sosial Jember reported at its SLRT
 * training that month) are Kepanjen and Mayangan (Gumukmas), Harjomulyo (Silo), Dawuhan Mangli
 * (Sukowono; Kemendagri writes "Dawuhanmangli"), Pakis (Panti) and Sukowiryo (Jelbuk).
 * Codes and names as in Kepmendagri No 300.2.2-2138 Tahun 2025 (kode dan data wilayah administrasi
 * pemerintahan), written without dots. Gaps in a numbering are real (villages merged or re-coded), and
 * a village code's 7th digit tells a kelurahan (1) from a desa (2).
 */
export const KABUPATEN_JEMBER: RegencyData = {
  code: '3509',
  name: 'Kabupaten Jember',
  districts: [
    {
      code: '350901',
      name: 'Jombang',
      villages: [
        ['3509012001', 'Padomasan'], ['3509012002', 'Keting'], ['3509012003', 'Jombang'],
        ['3509012004', 'Ngampelrejo'], ['3509012005', 'Wringinagung'], ['3509012006', 'Sarimulyo'],
      ],
    },
    {
      code: '350902',
      name: 'Kencong',
      villages: [
        ['3509022001', 'Cakru'], ['3509022002', 'Paseban'], ['3509022003', 'Kraton'],
        ['3509022004', 'Kencong'], ['3509022005', 'Wonorejo'],
      ],
    },
    {
      code: '350903',
      name: 'Sumberbaru',
      villages: [
        ['3509032001', 'Jamintoro'], ['3509032002', 'Jatiroto'], ['3509032003', 'Kaliglagah'],
        ['3509032004', 'Jambesari'], ['3509032005', 'Yosorati'], ['3509032006', 'Sumberagung'],
        ['3509032007', 'Gelang'], ['3509032008', 'Rowotengah'], ['3509032009', 'Pringgowirawan'],
        ['3509032010', 'Karangbayat'],
      ],
    },
    {
      code: '350904',
      name: 'Gumukmas',
      villages: [
        ['3509042001', 'Kepanjen'], ['3509042002', 'Mayangan'], ['3509042003', 'Gumukmas'],
        ['3509042004', 'Menampu'], ['3509042005', 'Tembokrejo'], ['3509042006', 'Purwoasri'],
        ['3509042007', 'Bagorejo'], ['3509042008', 'Karangrejo'],
      ],
    },
    {
      code: '350905',
      name: 'Umbulsari',
      villages: [
        ['3509052001', 'Sukoreno'], ['3509052002', 'Sidorejo'], ['3509052003', 'Gunungsari'],
        ['3509052004', 'Gadingrejo'], ['3509052005', 'Umbulrejo'], ['3509052006', 'Umbulsari'],
        ['3509052007', 'Tanjungsari'], ['3509052008', 'Tegalwangi'], ['3509052009', 'Paleran'],
        ['3509052010', 'Mundurejo'],
      ],
    },
    {
      code: '350906',
      name: 'Tanggul',
      villages: [
        ['3509062001', 'Tanggulkulon'], ['3509062002', 'Tanggulwetan'], ['3509062003', 'Patemon'],
        ['3509062004', 'Darungan'], ['3509062005', 'Manggisan'], ['3509062006', 'Selodakon'],
        ['3509062007', 'Kramat Sukoharjo'], ['3509062008', 'Klatakan'],
      ],
    },
    {
      code: '350907',
      name: 'Semboro',
      villages: [
        ['3509072001', 'Pondokjoyo'], ['3509072002', 'Pondokdalem'], ['3509072003', 'Rejoagung'],
        ['3509072004', 'Semboro'], ['3509072005', 'Sidomekar'], ['3509072006', 'Sidomulyo'],
      ],
    },
    {
      code: '350908',
      name: 'Puger',
      villages: [
        ['3509082001', 'Mlokorejo'], ['3509082002', 'Mojomulyo'], ['3509082003', 'Mojosari'],
        ['3509082004', 'Pugerkulon'], ['3509082005', 'Wringintelu'], ['3509082006', 'Kasiyan'],
        ['3509082007', 'Bagon'], ['3509082008', 'Kasiyan Timur'], ['3509082009', 'Wonosari'],
        ['3509082010', 'Jambearum'], ['3509082011', 'Grenden'], ['3509082012', 'Pugerwetan'],
      ],
    },
    {
      code: '350909',
      name: 'Bangsalsari',
      villages: [
        ['3509092001', 'Curahkalong'], ['3509092002', 'Gambirono'], ['3509092003', 'Bangsalsari'],
        ['3509092004', 'Tugusari'], ['3509092005', 'Karangsono'], ['3509092006', 'Sukorejo'],
        ['3509092007', 'Langkap'], ['3509092008', 'Tisnogambar'], ['3509092009', 'Petung'],
        ['3509092010', 'Banjarsari'], ['3509092011', 'Badean'],
      ],
    },
    {
      code: '350910',
      name: 'Balung',
      villages: [
        ['3509102001', 'Karangduren'], ['3509102002', 'Karang Semanding'], ['3509102003', 'Tutul'],
        ['3509102004', 'Balungkulon'], ['3509102005', 'Balunglor'], ['3509102006', 'Balungkidul'],
        ['3509102007', 'Curahlele'], ['3509102008', 'Gumelar'],
      ],
    },
    {
      code: '350911',
      name: 'Wuluhan',
      villages: [
        ['3509112001', 'Lojejer'], ['3509112002', 'Ampel'], ['3509112003', 'Tamansari'],
        ['3509112004', 'Dukuhdempok'], ['3509112005', 'Glundengan'], ['3509112006', 'Tanjungrejo'],
        ['3509112007', 'Kesilir'],
      ],
    },
    {
      code: '350912',
      name: 'Ambulu',
      villages: [
        ['3509122001', 'Tegalsari'], ['3509122002', 'Sabrang'], ['3509122003', 'Sumberejo'],
        ['3509122004', 'Ambulu'], ['3509122005', 'Karanganyar'], ['3509122006', 'Andongsari'],
        ['3509122007', 'Pontang'],
      ],
    },
    {
      code: '350913',
      name: 'Rambipuji',
      villages: [
        ['3509132001', 'Nogosari'], ['3509132002', 'Curahmalang'], ['3509132003', 'Rowotamtu'],
        ['3509132004', 'Kaliwining'], ['3509132005', 'Pecoro'], ['3509132006', 'Rambipuji'],
        ['3509132007', 'Gugut'], ['3509132008', 'Rambigundam'],
      ],
    },
    {
      code: '350914',
      name: 'Panti',
      villages: [
        ['3509142001', 'Pakis'], ['3509142002', 'Kemuning Sari Lor'], ['3509142003', 'Panti'],
        ['3509142004', 'Glagahwero'], ['3509142005', 'Suci'], ['3509142006', 'Kemiri'],
        ['3509142007', 'Serut'],
      ],
    },
    {
      code: '350915',
      name: 'Sukorambi',
      villages: [
        ['3509152001', 'Jubung'], ['3509152002', 'Dukuhmencek'], ['3509152003', 'Sukorambi'],
        ['3509152004', 'Karangpring'], ['3509152005', 'Klungkung'],
      ],
    },
    {
      code: '350916',
      name: 'Jenggawah',
      villages: [
        ['3509162001', 'Kemuningsarikidul'], ['3509162002', 'Wonojati'], ['3509162003', 'Jenggawah'],
        ['3509162004', 'Kertonegoro'], ['3509162005', 'Sruni'], ['3509162006', 'Jatisari'],
        ['3509162007', 'Jatimulyo'], ['3509162008', 'Cangkring'],
      ],
    },
    {
      code: '350917',
      name: 'Ajung',
      villages: [
        ['3509172001', 'Sukamakmur'], ['3509172002', 'Mangaran'], ['3509172003', 'Pancakarya'],
        ['3509172004', 'Ajung'], ['3509172005', 'Klompangan'], ['3509172006', 'Wirowongso'],
        ['3509172007', 'Rowoindah'],
      ],
    },
    {
      code: '350918',
      name: 'Tempurejo',
      villages: [
        ['3509182001', 'Sidodadi'], ['3509182002', 'Tempurejo'], ['3509182003', 'Andongrejo'],
        ['3509182004', 'Pondokrejo'], ['3509182005', 'Wonoasri'], ['3509182006', 'Curahnongko'],
        ['3509182007', 'Curahtakir'], ['3509182008', 'Sanenrejo'],
      ],
    },
    {
      code: '350919',
      name: 'Kaliwates',
      villages: [
        ['3509191001', 'Mangli'], ['3509191002', 'Sempusari'], ['3509191003', 'Kebonagung'],
        ['3509191004', 'Kaliwates'], ['3509191005', 'Jemberkidul'], ['3509191006', 'Kepatihan'],
        ['3509191007', 'Tegalbesar'],
      ],
    },
    {
      code: '350920',
      name: 'Patrang',
      villages: [
        ['3509201001', 'Banjarsengon'], ['3509201002', 'Jumerto'], ['3509201003', 'Gebang'],
        ['3509201004', 'Slawu'], ['3509201005', 'Bintoro'], ['3509201006', 'Jemberlor'],
        ['3509201007', 'Patrang'], ['3509201008', 'Baratan'],
      ],
    },
    {
      code: '350921',
      name: 'Sumbersari',
      villages: [
        ['3509211001', 'Kebonsari'], ['3509211002', 'Sumbersari'], ['3509211003', 'Kranjingan'],
        ['3509211004', 'Karangrejo'], ['3509211005', 'Tegalgede'], ['3509211006', 'Wirolegi'],
        ['3509211007', 'Antirogo'],
      ],
    },
    {
      code: '350922',
      name: 'Arjasa',
      villages: [
        ['3509222001', 'Kemuninglor'], ['3509222002', 'Darsono'], ['3509222003', 'Arjasa'],
        ['3509222004', 'Candijati'], ['3509222005', 'Biting'], ['3509222006', 'Kamal'],
      ],
    },
    {
      code: '350923',
      name: 'Mumbulsari',
      villages: [
        ['3509232001', 'Lengkong'], ['3509232002', 'Kawangrejo'], ['3509232003', 'Tamansari'],
        ['3509232004', 'Mumbulsari'], ['3509232005', 'Suco'], ['3509232006', 'Lampeji'],
        ['3509232007', 'Karang Kedawung'],
      ],
    },
    {
      code: '350924',
      name: 'Pakusari',
      villages: [
        ['3509242001', 'Patemon'], ['3509242002', 'Bedadung'], ['3509242003', 'Sumberpinang'],
        ['3509242004', 'Subo'], ['3509242005', 'Kertosari'], ['3509242006', 'Jatian'],
        ['3509242007', 'Pakusari'],
      ],
    },
    {
      code: '350925',
      name: 'Jelbuk',
      villages: [
        ['3509252001', 'Sucopangepok'], ['3509252002', 'Panduman'], ['3509252003', 'Sukojember'],
        ['3509252004', 'Jelbuk'], ['3509252005', 'Sukowiryo'], ['3509252006', 'Sugerkidul'],
      ],
    },
    {
      code: '350926',
      name: 'Mayang',
      villages: [
        ['3509262001', 'Mrawan'], ['3509262002', 'Mayang'], ['3509262003', 'Seputih'],
        ['3509262004', 'Tegalwaru'], ['3509262005', 'Tegalrejo'], ['3509262006', 'Sumberkejayan'],
        ['3509262007', 'Sidomukti'],
      ],
    },
    {
      code: '350927',
      name: 'Kalisat',
      villages: [
        ['3509272001', 'Gumuksari'], ['3509272002', 'Sukoreno'], ['3509272003', 'Patempuran'],
        ['3509272004', 'Sumberkalong'], ['3509272005', 'Sumberjeruk'], ['3509272006', 'Glagahwero'],
        ['3509272007', 'Kalisat'], ['3509272008', 'Ajung'], ['3509272009', 'Plalangan'],
        ['3509272010', 'Gambiran'], ['3509272011', 'Sumberketempa'], ['3509272012', 'Sebanen'],
      ],
    },
    {
      code: '350928',
      name: 'Ledokombo',
      villages: [
        ['3509282001', 'Lembengan'], ['3509282002', 'Suren'], ['3509282003', 'Karangpaiton'],
        ['3509282004', 'Sumberanget'], ['3509282005', 'Sukogidri'], ['3509282006', 'Ledokombo'],
        ['3509282007', 'Sumberlesung'], ['3509282008', 'Sumbersalak'], ['3509282009', 'Slateng'],
        ['3509282010', 'Sumberbulus'],
      ],
    },
    {
      code: '350929',
      name: 'Sukowono',
      villages: [
        ['3509292001', 'Sumberwringin'], ['3509292002', 'Sukokerto'], ['3509292003', 'Sumberwaru'],
        ['3509292004', 'Sukowono'], ['3509292005', 'Baletbaru'], ['3509292006', 'Sukorejo'],
        ['3509292007', 'Sukosari'], ['3509292008', 'Arjasa'], ['3509292009', 'Sumberdanti'],
        ['3509292010', 'Pocangan'], ['3509292011', 'Dawuhanmangli'], ['3509292012', 'Mojogemi'],
      ],
    },
    {
      code: '350930',
      name: 'Silo',
      villages: [
        ['3509302001', 'Sempolan'], ['3509302002', 'Harjomulyo'], ['3509302003', 'Karangharjo'],
        ['3509302004', 'Silo'], ['3509302005', 'Pace'], ['3509302006', 'Mulyorejo'],
        ['3509302007', 'Sumberjati'], ['3509302008', 'Garahan'], ['3509302009', 'Sidomulyo'],
      ],
    },
    {
      code: '350931',
      name: 'Sumberjambe',
      villages: [
        ['3509312001', 'Plerean'], ['3509312002', 'Sumberpakem'], ['3509312003', 'Pringgondani'],
        ['3509312004', 'Randuagung'], ['3509312005', 'Cumedak'], ['3509312006', 'Sumberjambe'],
        ['3509312007', 'Gunungmalang'], ['3509312008', 'Jambearum'], ['3509312009', 'Rowosari'],
      ],
    },
  ],
};
