/**
 * Name and address pools for generating plausible demo people. Pure data, no I/O.
 *
 * Indonesian entries are complete personal names as they would stand on a KTP/KK: most Indonesians
 * have no family name, and a name may have one to three words. Names of well-known public figures
 * are deliberately avoided. Sasak nobility use the prefixes Lalu (men) and Baiq (women); Inaq/Amaq
 * are Sasak teknonyms for older mothers/fathers. Hong Kong names are Cantonese romanisation (as on
 * an HKID card: surname, then a two-syllable given name).
 */

interface SexedPool {
  male: string[];
  female: string[];
}

export const NAMES: {
  sundanese: SexedPool;
  javanese: SexedPool;
  madurese: SexedPool;
  sasak: SexedPool;
  betawi: SexedPool;
  hongKong: { surnames: string[]; givenMale: string[]; givenFemale: string[] };
} = {
  /** Kota Bandung */
  sundanese: {
    male: [
      'Asep Saepudin', 'Ujang Suherman', 'Dadang Suryana', 'Cecep Hidayat', 'Deden Rusmana',
      'Encep Sopandi', 'Aep Saepulloh', 'Yayan Sofyan', 'Ade Rukmana', 'Agus Supriatna',
      'Dani Ramdani', 'Endang Sukmana', 'Jajang Nurjaman', 'Kurnia Sandi', 'Maman Suparman',
      'Nandang Kusnadi', 'Oman Abdurahman', 'Rahmat Hidayat', 'Ridwan Firmansyah', 'Tatang Sutarman',
      'Usep Sopyan', 'Wawan Gunawan', 'Yana Supriatna', 'Gilang Permana', 'Rizki Maulana',
      'Fajar Nugraha', 'Iman Sudrajat', 'Dodi Kurniawan', 'Jaja Sutisna', 'Entis Suhendar',
      'Odang Kusmana', 'Cepi Ruhiyat', 'Engkus Kusnadi', 'Dede Hermawan', 'Eman Sulaeman',
      'Ayi Sobandi', 'Ujang Kosasih', 'Iwan Setiawan',
    ],
    female: [
      'Euis Kurniasih', 'Neng Siti Rohmah', 'Eneng Nurhayati', 'Iis Sugianti', 'Imas Masitoh',
      'Enung Rohaeti', 'Yati Suryati', 'Cucu Sumiati', 'Lilis Herlina', 'Nining Kurniasih',
      'Nenden Sri Mulyani', 'Popon Rohayati', 'Tuti Rukmini', 'Wiwin Winarsih', 'Yeni Mulyani',
      'Rina Marlina', 'Nia Kurniawati', 'Dewi Rahmawati', 'Ratna Komalasari', 'Rini Susilawati',
      'Cicih Sukaesih', 'Entin Kartini', 'Ai Nurjanah', 'Elis Setiawati', 'Kokom Komariah',
      'Nani Suryani', 'Oom Romlah', 'Titin Supriatin', 'Yuyun Yuningsih', 'Iin Inayah',
      'Fitri Nurlaela', 'Neneng Hasanah', 'Santi Susanti', 'Euis Sumiati', 'Neng Ayu Lestari',
    ],
  },
  /** Jember (west and south), Tangerang Selatan migrants */
  javanese: {
    male: [
      'Slamet Widodo', 'Bambang Sutrisno', 'Sugeng Prayitno', 'Joko Susilo', 'Agus Setiawan',
      'Budi Santoso', 'Heru Purnomo', 'Eko Prasetyo', 'Dwi Cahyono', 'Teguh Wibowo',
      'Sutrisno', 'Suparman', 'Wahyu Hidayat', 'Bagus Prakoso', 'Yudi Hartono',
      'Hadi Susanto', 'Priyo Utomo', 'Sigit Purwanto', 'Darmaji', 'Suwarno',
      'Tri Wahyudi', 'Nur Kholis', 'Mulyono', 'Edi Sucipto', 'Rudi Hartanto',
      'Sukirman', 'Gunawan Wibisono', 'Anang Setiawan', 'Imam Mustofa', 'Arif Wicaksono',
      'Purwanto', 'Bayu Aji Pratama', 'Ahmad Fauzi', 'Kasmuri', 'Sumadi',
    ],
    female: [
      'Sri Wahyuni', 'Siti Aminah', 'Endang Sulistyowati', 'Tri Handayani', 'Dwi Lestari',
      'Sulastri', 'Suparmi', 'Rahayu Ningsih', 'Wulan Sari', 'Puji Astuti',
      'Ani Widayati', 'Retno Wulandari', 'Ratna Kusumawati', 'Kartini Rahayu', 'Yuli Astutik',
      'Nur Hayati', 'Dewi Safitri', 'Winarti', 'Sumiati', 'Tutik Handayani',
      'Lestari Wulandari', 'Sri Rejeki', 'Endah Purwaningsih', 'Ika Prasetyowati', 'Novita Sari',
      'Eni Susanti', 'Rukmini', 'Suwarni', 'Mujiati', 'Tumini',
      'Anik Suryani', 'Yayuk Sriwahyuni', 'Siti Khotimah',
    ],
  },
  /** Jember (north and east: Sukowono, Jelbuk, Silo, Panti) */
  madurese: {
    male: [
      'Marsuki', 'Sahrawi', 'Holil', 'Busiri', 'Mat Sahri',
      'Hosnan', 'Sunar', 'Rasidi', 'Moh. Saleh', 'Sanusi',
      'Matrawi', 'Hasyim', 'Kholilurrahman', 'Abd. Muis', 'Moh. Hafid',
      'Juhairi', 'Subairi', 'Supandi', 'Marlutfi', 'Samsul Arifin',
      'Rofiq', 'Ahmad Baidowi', 'Fathorrahman', 'Fathol Bari', 'Moh. Toha',
      'Nurul Huda', 'Hasan Basri', 'Buhari', 'Matlawi', 'Nawawi',
      'Mahrus', 'Hairul Anam', 'Moh. Romli', 'Sahlan', 'Abd. Rahem',
    ],
    female: [
      'Siti Maryam', 'Sumiyati', 'Hosniyah', 'Holifah', 'Saniyah',
      'Maimunah', 'Supiyati', 'Rukayyah', 'Hotijah', 'Saudah',
      'Jumaatun', 'Musyarrofah', 'Fatimatuz Zahro', 'Ummi Kulsum', 'Nur Laila',
      'Siti Fatimah', 'Sutini', 'Atiyah', 'Halimah', 'Maisaroh',
      'Rohmah', 'Khoiriyah', 'Zubaidah', 'Mahmudah', 'Misnati',
      'Suhartini', 'Asiyah', 'Hamidah', 'Sofiyah', 'Lailatul Qodriyah',
      'Marwiyah', 'Sitti Aisyah',
    ],
  },
  /** Kota Mataram */
  sasak: {
    male: [
      'Lalu Ahmad Zaini', 'Lalu Herman Wahyudi', 'Lalu Gede Suparman', 'Lalu Wirentanu', 'Lalu Fathurrahman',
      'Lalu Satriawan', 'Lalu Sukri', 'Lalu Hamdi', 'Lalu Muhlis', 'Lalu Saefuddin',
      'Muhammad Zaini', 'Muhammad Nasir', 'Muhammad Saleh', 'Muhammad Husni', 'Muhammad Rizal',
      'Amaq Sahnan', 'Amaq Jumadi', 'Ahmad Muzakkir', 'Zulkarnain', 'Suhaimi',
      'Hasanudin', 'Mahsun', 'Rusdi', 'Abdul Hakim', 'Khairul Anwar',
      'Saparudin', 'Jumarip', 'Sahabudin', 'Johari', 'Nasrullah',
      'Sapoan', 'Hirman', 'Junaidi', 'Baharudin', 'Syamsul Hadi',
    ],
    female: [
      'Baiq Nurul Hidayati', 'Baiq Rahmawati', 'Baiq Suryani', 'Baiq Mardiana', 'Baiq Fitria',
      'Baiq Sri Wahyuni', 'Baiq Hartini', 'Baiq Laely', 'Baiq Nurhasanah', 'Baiq Emi Wahyuni',
      'Inaq Sahriah', 'Inaq Rumiah', 'Siti Aisyah', 'Mardiah', 'Rohani',
      'Herniwati', 'Nurul Aini', 'Hartini', 'Rabiatun', 'Maesarah',
      'Sukmawati', 'Nurjannah', 'Saodah', 'Muslihatun', 'Mariani',
      'Zaenab', 'Haerani', 'Suhaini', 'Julaeha', 'Nursiah',
      'Rahmatun', 'Sumarni', 'Fatmawati', 'Hajrah', 'Salmah',
    ],
  },
  /** Kota Tangerang Selatan (with Sundanese and Javanese) */
  betawi: {
    male: [
      'Mamat Rohmat', 'Udin Saprudin', 'Sabeni', 'Jali Sanusi', 'Rojali',
      'Mursid', 'Muhidin', 'Jaelani', 'Ahmad Sarbini', 'Nasrudin',
      'Rohim', 'Saman Hudi', 'Syafii', 'Abdul Rahman', 'Zakaria',
      'Samsudin', 'Juned', 'Rahmat Effendi', 'Bachtiar', 'Mahmud',
      'Haris Munandar', 'Jamaludin', 'Saiful Bahri', 'Dul Kamdi', 'Mamad',
      'Edi Jaelani', 'Murtado', 'Sarmili', 'Rohman', 'Sanip',
      'Darip', "Ma'ruf Hasan", 'Muhammad Ridho', 'Saepul Anwar',
    ],
    female: [
      'Rohaya', 'Saidah', 'Juleha', 'Mimin Aminah', 'Enoh',
      'Rodiah', 'Zaenab Hasan', 'Aminah', 'Fatimah', 'Nurlela',
      'Hindun', 'Romlah', 'Marfuah', 'Ipeh Syarifah', 'Icih',
      'Siti Hasanah', 'Rosidah', 'Mastura', 'Nuraini', 'Jubaedah',
      'Maesaroh', 'Saodah Umar', 'Halimah Tusadiah', 'Hayati', 'Komariah',
      'Muslihah', 'Rukiah', 'Khadijah', 'Sarifah', 'Mariam',
      'Nurhasanah', 'Suryani', 'Atikah',
    ],
  },
  hongKong: {
    surnames: [
      'Chan', 'Wong', 'Lee', 'Cheung', 'Lau', 'Leung', 'Ng', 'Ho', 'Lam', 'Tang',
      'Chow', 'Tsang', 'Yip', 'Kwok', 'Tse', 'Lai', 'Fung', 'Poon', 'Mak', 'So',
      'Chu', 'Cheng', 'Yeung', 'Choi', 'Kwan', 'Au', 'Siu', 'Hui', 'Man', 'Ko',
      'Law', 'Chiu', 'Tam', 'Wan', 'Lo', 'Fong', 'Sze', 'Yuen', 'Mok', 'Kong',
    ],
    givenMale: [
      'Ka Ho', 'Chi Wai', 'Wing Kin', 'Ho Yin', 'Tsz Hin', 'Chun Kit', 'Ka Chun', 'Man Kit',
      'Kwok Keung', 'Siu Ming', 'Wai Lun', 'Yiu Wah', 'Chi Keung', 'Kin Wai', 'Tsz Long',
      'Hok Lam', 'Pak Hei', 'Chun Yin', 'Wing Hong', 'Kai Ming', 'Cheuk Hin', 'Yat Long',
      'Sze Chit', 'Tin Yau', 'Ming Fai', 'Kam Wing', 'Wai Kit', 'Chi Hung', 'Tak Ming',
      'Hon Kit', 'Shing Fung', 'Yuk Lung', 'Chun Hei', 'Lok Hin',
    ],
    givenFemale: [
      'Wing Yan', 'Ka Yan', 'Hoi Yan', 'Mei Ling', 'Suet Ying', 'Pui Man', 'Yuen Ting',
      'Hiu Tung', 'Tsz Ching', 'Sze Wing', 'Lok Yee', 'Hei Tung', 'Man Yee', 'Ka Man',
      'Ching Yi', 'Yan Yan', 'Wing Sze', 'Mei Kuen', 'Shuk Fan', 'Lai Ying', 'Kit Ying',
      'Yuk Ling', 'Oi Lam', 'Hoi Ching', 'Cheuk Yiu', 'Nga Man', 'Wai Ling', 'Pui Shan',
      'Sau Ling', 'Yee Man', 'Hiu Yan', 'Ching Man', 'Wing Sum',
    ],
  },
};

/** Real streets of the four Indonesian seats, keyed by Kemendagri regency/city code. */
export const STREETS: Record<'3273' | '3674' | '3509' | '5271', string[]> = {
  /** Kota Bandung */
  '3273': [
    'Jl. Asia Afrika', 'Jl. Braga', 'Jl. Ir. H. Juanda', 'Jl. Merdeka', 'Jl. L.L.R.E. Martadinata',
    'Jl. Dr. Djunjunan', 'Jl. Cihampelas', 'Jl. Soekarno-Hatta', 'Jl. Kiaracondong', 'Jl. Terusan Jakarta',
    'Jl. Jenderal Ahmad Yani', 'Jl. Buah Batu', 'Jl. Moh. Toha', 'Jl. Kopo', 'Jl. Pasirkoja',
    'Jl. Sukajadi', 'Jl. Dr. Setiabudi', 'Jl. Cibaduyut', 'Jl. Gatot Subroto', 'Jl. Burangrang',
    'Jl. Lengkong Besar', 'Jl. Otto Iskandardinata', 'Jl. Cikutra', 'Jl. Surapati', 'Jl. Cigadung Raya',
    'Jl. Gegerkalong Hilir', 'Jl. Rancabolang', 'Jl. Margacinta', 'Jl. Arcamanik',
  ],
  /** Kota Tangerang Selatan */
  '3674': [
    'Jl. Raya Serpong', 'Jl. Pahlawan Seribu', 'Jl. Raya Puspiptek', 'Jl. Siliwangi', 'Jl. Pajajaran',
    'Jl. Ir. H. Juanda', 'Jl. Dewi Sartika', 'Jl. R.E. Martadinata', 'Jl. Aria Putra', 'Jl. Raya Ciater',
    'Jl. Raya Jombang', 'Jl. Ceger Raya', 'Jl. Maruga Raya', 'Jl. W.R. Supratman', 'Jl. Bintaro Utama',
    'Jl. Raya Pondok Aren', 'Jl. Graha Raya Bintaro', 'Jl. Raya Cilenggang', 'Jl. Raya Muncul', 'Jl. Benda Raya',
    'Jl. Surya Kencana', 'Jl. Raya Setu', 'Jl. Cirendeu Raya', 'Jl. Pondok Cabe Raya',
  ],
  /** Kabupaten Jember */
  '3509': [
    'Jl. Gajah Mada', 'Jl. Hayam Wuruk', 'Jl. Sultan Agung', 'Jl. Ahmad Yani', 'Jl. Kalimantan',
    'Jl. Jawa', 'Jl. Sumatera', 'Jl. Mastrip', 'Jl. Trunojoyo', 'Jl. Diponegoro',
    'Jl. P.B. Sudirman', 'Jl. Karimata', 'Jl. Brawijaya', 'Jl. Hasanuddin', 'Jl. Letjen Suprapto',
    'Jl. Wolter Monginsidi', 'Jl. Semeru', 'Jl. Imam Bonjol', 'Jl. Slamet Riyadi', 'Jl. Kaliurang',
    'Jl. Riau', 'Jl. Bengawan Solo', 'Jl. Dharmawangsa',
  ],
  /** Kota Mataram */
  '5271': [
    'Jl. Pejanggik', 'Jl. Langko', 'Jl. Udayana', 'Jl. Majapahit', 'Jl. Airlangga',
    'Jl. Sriwijaya', 'Jl. Panca Usaha', 'Jl. Catur Warga', 'Jl. Selaparang', 'Jl. Gajah Mada',
    'Jl. Ade Irma Suryani', 'Jl. Dr. Soedjono', 'Jl. Bung Karno', 'Jl. Sandubaya', 'Jl. TGH Faisal',
    'Jl. Lingkar Selatan', 'Jl. Adi Sucipto', 'Jl. Saleh Sungkar', 'Jl. Energi', 'Jl. Gora II',
    'Jl. Swakarsa', 'Jl. Ismail Marzuki', 'Jl. Brawijaya',
  ],
};

/** Public housing estates (and, where there are few, streets) per HK district served by ChildPRO. */
export const HK_ESTATES: Record<string, string[]> = {
  'Central and Western': ['Kwun Lung Lau', 'Sai Wan Estate', 'Ka Wai Chuen', "Queen's Road West"],
  'Wan Chai': ['Lai Tak Tsuen', 'Hennessy Road', 'Lockhart Road', 'Johnston Road'],
  Eastern: ['Oi Tung Estate', 'Yiu Tung Estate', 'Siu Sai Wan Estate', 'Yue Wan Estate', 'Hing Tung Estate'],
  Southern: ['Wah Fu (I) Estate', 'Shek Pai Wan Estate', 'Lei Tung Estate', 'Ap Lei Chau Estate', 'Tin Wan Estate'],
  Islands: ['Yat Tung Estate', 'Fu Tung Estate', 'Mun Tung Estate', 'Ying Tung Estate', 'Lung Tin Estate'],
  'Yau Tsim Mong': ['Hoi Fu Court', 'Reclamation Street', 'Portland Street', 'Temple Street', 'Woosung Street'],
  'Sham Shui Po': ['Shek Kip Mei Estate', 'Pak Tin Estate', 'Lei Cheng Uk Estate', 'So Uk Estate', 'Nam Cheong Estate'],
  'Kowloon City': ['Ho Man Tin Estate', 'Oi Man Estate', 'Hung Hom Estate', 'Kai Ching Estate', 'Tak Long Estate'],
  'Wong Tai Sin': ['Lower Wong Tai Sin (I) Estate', 'Tsz Ching Estate', 'Choi Hung Estate', 'Fung Tak Estate', 'Lok Fu Estate'],
  'Kwun Tong': ['Sau Mau Ping Estate', 'Shun Lee Estate', 'Lam Tin Estate', 'Ping Shek Estate', 'On Tat Estate'],
  'Sai Kung': ['Po Lam Estate', 'King Lam Estate', 'Sheung Tak Estate', 'Kin Ming Estate', 'Tsui Lam Estate'],
  'Kwai Tsing': ['Kwai Chung Estate', 'Shek Lei (II) Estate', 'Lai King Estate', 'Cheung Ching Estate', 'Cheung Hong Estate'],
  'Tsuen Wan': ['Lei Muk Shue Estate', 'Shek Wai Kok Estate', 'Cheung Shan Estate', 'Fuk Loi Estate', 'Yeung Uk Road'],
  'Sha Tin': ['Sun Chui Estate', 'Lek Yuen Estate', 'Sha Kok Estate', 'Yiu On Estate', 'Shui Chuen O Estate'],
  'Tai Po': ['Fu Heng Estate', 'Tai Yuen Estate', 'Fu Shin Estate', 'Tai Wo Estate', 'Kwong Fuk Estate'],
  North: ['Choi Yuen Estate', 'Tin Ping Estate', 'Wah Ming Estate', 'Cheung Wah Estate', 'Ching Ho Estate'],
  'Tuen Mun': ['Butterfly Estate', 'Yau Oi Estate', 'Leung King Estate', 'Tai Hing Estate', 'Shan King Estate'],
  'Yuen Long': ['Tin Shui (I) Estate', 'Tin Yiu (I) Estate', 'Long Ping Estate', 'Tin Heng Estate', 'Shui Pin Wai Estate'],
};
