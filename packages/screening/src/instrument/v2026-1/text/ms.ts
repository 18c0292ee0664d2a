import type { LanguageText } from "./language-text.ts";

/** Malay (Bahasa Melayu). Draft: not yet reviewed by a native speaker. */
export const ms: LanguageText = {
  language: "ms",
  review: "draft",
  sections: {
    acts: "Apa yang dilakukan: perbuatan",
    means: "Bagaimana ia dilakukan: cara",
    purposes: "Untuk apa: tujuan",
    context: "Keadaan",
    general: "Petunjuk umum",
    children: "Petunjuk bagi kanak-kanak",
    sexual_exploitation: "Eksploitasi seks",
    labour_exploitation: "Eksploitasi buruh",
    domestic_servitude: "Perhambaan domestik",
    begging_and_petty_crime: "Mengemis dan jenayah kecil",
    forced_criminality_scam_compounds: "Jenayah paksa dan kompleks penipuan dalam talian",
    online_exploitation: "Eksploitasi dalam talian",
    other_harms: "Bahaya lain",
  },
  questions: {
    "act-recruitment": [
      "Adakah sesiapa menawarkan kamu kerja, perjalanan atau kehidupan baharu, atau mengajak kamu ikut mereka?",
      "Adakah orang ini direkrut: ditawarkan kerja, perjalanan atau tempat tinggal, atau dipujuk atau diajak pergi?",
    ],
    "act-transportation": [
      "Adakah sesiapa membawa kamu, atau membayar perjalanan kamu, ke tempat lain?",
      "Adakah orang ini diangkut, atau perjalanannya diatur atau dibayar oleh orang lain?",
    ],
    "act-transfer": [
      "Adakah kamu diserahkan daripada seorang atau satu kumpulan kepada orang atau kumpulan lain?",
      "Adakah orang ini dipindahkan: diserahkan, dijual atau dihantar antara orang atau kumpulan?",
    ],
    "act-harbouring": [
      "Adakah sesiapa menyimpan kamu di sesuatu tempat, atau menyembunyikan kamu?",
      "Adakah orang ini dilindungi secara salah: ditempatkan, ditahan atau disembunyikan oleh orang lain?",
    ],
    "act-receipt": [
      "Apabila kamu sampai, adakah sesiapa menjemput dan mengawal kamu?",
      "Adakah orang ini diterima: dijemput dan dikawal oleh seseorang semasa tiba?",
    ],
    "means-threat": [
      "Adakah sesiapa berkata akan mencederakan kamu atau keluarga kamu, atau memberitahu polis tentang kamu?",
      "Adakah orang ini atau keluarganya diugut dengan kecederaan, keganasan atau laporan kepada pihak berkuasa?",
    ],
    "means-force": [
      "Adakah sesiapa memukul kamu, menyakiti kamu atau mengurung kamu?",
      "Adakah kekerasan fizikal digunakan: keganasan, ikatan atau kurungan?",
    ],
    "means-coercion": [
      "Adakah sesiapa memaksa kamu melakukan perkara yang kamu tidak mahu, walaupun tanpa memukul?",
      "Adakah orang ini dipaksa dengan cara lain: tekanan, kawalan dokumen atau wang, hutang yang mengikat?",
    ],
    "means-abduction": [
      "Adakah sesiapa membawa kamu pergi tanpa bertanya kepada kamu atau keluarga kamu?",
      "Adakah orang ini diculik: dibawa pergi di luar kehendaknya atau kehendak penjaganya?",
    ],
    "means-fraud": [
      "Adakah sesiapa menipu kamu dengan dokumen palsu, kontrak palsu atau janji wang yang tidak benar?",
      "Adakah fraud digunakan: dokumen palsu, kontrak palsu atau janji kewangan yang palsu?",
    ],
    "means-deception": [
      "Adakah kerja, tempat atau gajinya berbeza daripada apa yang diberitahu kepada kamu?",
      "Adakah orang ini diperdaya tentang jenis kerja, gaji, keadaan atau tempat?",
    ],
    "means-abuse-of-power": [
      "Adakah orang yang berkuasa ke atas kamu, seperti majikan, pegawai atau penjaga, menggunakan kuasa itu supaya kamu pergi atau tinggal?",
      "Adakah kedudukan kuasa disalahgunakan (majikan, pegawai, guru, penjaga) untuk mendapatkan kepatuhan?",
    ],
    "means-abuse-of-vulnerability": [
      "Adakah sesiapa mengambil kesempatan ke atas kamu kerana kamu tiada wang, tiada dokumen, jauh daripada keluarga atau tidak tahu bahasanya?",
      "Adakah kedudukan mudah terjejas disalahgunakan: kemiskinan, status tidak sah, pengasingan, kecacatan, umur, bahasa?",
    ],
    "means-payments-to-controller": [
      "Adakah sesiapa memberi wang atau hadiah kepada ibu bapa kamu atau orang yang menjaga kamu supaya kamu pergi?",
      "Adakah bayaran atau faedah diberikan kepada orang yang mengawal orang ini (ibu bapa, penjaga, majikan) untuk mendapatkan persetujuan?",
    ],
    "purpose-sexual-exploitation": [
      "Adakah kamu dipaksa, atau akan dipaksa, melakukan perkara seksual dengan orang lain atau untuk wang?",
      "Adakah tujuannya eksploitasi pelacuran orang lain atau bentuk eksploitasi seks yang lain?",
    ],
    "purpose-forced-labour": [
      "Adakah kamu dipaksa, atau akan dipaksa, bekerja tanpa boleh menolak atau berhenti?",
      "Adakah tujuannya kerja atau perkhidmatan paksa: kerja yang dituntut di bawah ancaman hukuman?",
    ],
    "purpose-slavery": [
      "Adakah sesiapa melayan kamu seolah-olah kamu milik mereka, atau menjual kamu?",
      "Adakah tujuannya perhambaan atau amalan yang serupa dengan perhambaan (pemilikan, jual beli, ikatan hutang)?",
    ],
    "purpose-servitude": [
      "Adakah kamu terpaksa tinggal dan bekerja untuk seseorang sepanjang masa, tanpa jalan keluar?",
      "Adakah tujuannya pengabdian paksa: bergantung dan dikawal sepenuhnya oleh orang lain, tanpa cara untuk pergi?",
    ],
    "purpose-organ-removal": [
      "Adakah sesiapa mahu mengambil bahagian badan kamu, seperti buah pinggang, atau bercakap tentang menjualnya?",
      "Adakah tujuannya pengambilan organ?",
    ],
    "purpose-forced-criminality": [
      "Adakah kamu dipaksa, atau akan dipaksa, melakukan perkara yang melanggar undang-undang, seperti mencuri, menjual dadah atau menipu orang dalam talian?",
      "Adakah tujuannya jenayah paksa, termasuk operasi penipuan dalam talian, kecurian atau penjualan dadah?",
    ],
    "purpose-forced-begging": [
      "Adakah kamu dipaksa, atau akan dipaksa, meminta wang daripada orang di jalan dan menyerahkannya kepada seseorang?",
      "Adakah tujuannya mengemis secara paksa?",
    ],
    "purpose-forced-marriage": [
      "Adakah sesiapa memaksa, atau merancang memaksa, kamu berkahwin?",
      "Adakah tujuannya perkahwinan paksa atau perkahwinan kanak-kanak?",
    ],
    "purpose-abuse-material": [
      "Adakah sesiapa mengambil gambar atau video seksual kamu, atau menyuruh kamu melakukan perkara seksual di depan kamera?",
      "Adakah tujuannya penghasilan bahan penderaan seksual kanak-kanak atau penderaan seksual yang disiarkan secara langsung?",
    ],
    "purpose-armed-recruitment": [
      "Adakah kamu dipaksa, atau akan dipaksa, menyertai atau membantu kumpulan bersenjata?",
      "Adakah tujuannya pengambilan atau penggunaan oleh angkatan bersenjata atau kumpulan bersenjata?",
    ],
    "ctx-consented": [
      "Pernahkah kamu bersetuju untuk pergi, atau untuk melakukan kerja itu?",
      "Adakah orang ini berkata dia pernah bersetuju? (Direkod sebagai konteks sahaja: tidak sekali-kali menafikan pengenalpastian mangsa.)",
    ],
    "ctx-exploitation-occurred": [
      "Adakah perkara ini sudah berlaku kepada kamu, atau baru dirancang?",
      "Adakah eksploitasi sudah berlaku, atau setakat ini hanya dimaksudkan?",
    ],
    "ctx-border-crossed": [
      "Adakah kamu menyeberang ke negara lain?",
      "Adakah orang ini melintasi sempadan antarabangsa?",
    ],
    "ctx-age-at-act": [
      "Berapakah umur kamu ketika perkara ini bermula?",
      "Umur pada masa perbuatan berlaku (perekrutan, pengangkutan, perlindungan), jika diketahui.",
    ],
    "ctx-first-contact": [
      "Bagaimana kamu mula-mula berjumpa orang yang menawarkan kerja atau perjalanan itu?",
      "Bagaimana orang ini mula-mula dihubungi atau direkrut?",
    ],
    "ctx-arrival-date": ["Bilakah kamu datang ke tempat ini?", "Tarikh tiba di tempat sekarang."],
    "ctx-hours-per-day": [
      "Berapa jam kamu bekerja pada hari biasa?",
      "Bilangan jam bekerja pada hari biasa.",
    ],
    "ctx-work-description": [
      "Apakah kerja yang kamu lakukan? Ceritakan dengan kata-kata kamu sendiri.",
      "Kerja atau aktiviti yang dilakukan, mengikut kata-kata orang ini (tanpa nama orang lain).",
    ],
    "ind-gen-02": [
      "Adakah kamu rasa kamu tidak boleh meninggalkan tempat kamu bekerja atau tinggal?",
      "Merasa tidak dapat meninggalkan tempat kerja atau tempat tinggal.",
    ],
    "ind-gen-05": [
      "Adakah sesiapa mencederakan atau mengugut kamu atau keluarga kamu?",
      "Pernah diugut atau mengalami keganasan, atau keluarganya pernah.",
    ],
    "ind-gen-09": [
      "Adakah orang lain menyimpan pasport atau kad pengenalan kamu?",
      "Orang lain menyimpan pasport, dokumen pengenalan atau dokumen perjalanannya.",
    ],
    "ind-gen-17": [
      "Adakah kamu dibayar sangat sedikit atau tidak langsung, atau tidak boleh menyimpan wang kamu sendiri?",
      "Dibayar sangat sedikit atau tidak dibayar, atau tidak dapat mengakses pendapatannya.",
    ],
    "ind-gen-22": [
      "Adakah sesiapa berkata kamu berhutang dengan mereka dan mesti membayarnya dengan bekerja?",
      "Percaya dia berhutang dan mesti membayarnya dengan bekerja.",
    ],
    "ind-chi-01": [
      "Adakah kamu langsung tidak boleh berjumpa atau bercakap dengan ibu bapa atau penjaga kamu?",
      "Tiada akses kepada ibu bapa atau penjaga.",
    ],
    "ind-chi-04": ["Adakah kamu sudah berhenti sekolah?", "Tidak bersekolah."],
    "ind-chi-08": [
      "Adakah kamu melakukan kerja yang berat, berbahaya atau pada waktu malam?",
      "Melakukan kerja yang tidak sesuai untuk kanak-kanak.",
    ],
    "ind-chi-09": [
      "Adakah kamu mengembara tanpa keluarga, atau bersama orang dewasa yang bukan keluarga kamu?",
      "Mengembara tanpa orang dewasa, atau dalam kumpulan dengan orang yang bukan saudara.",
    ],
    "ind-sex-03": [
      "Adakah sentiasa ada orang yang mengiringi kamu pergi dan balik kerja?",
      "Diiringi semasa pergi dan balik kerja serta aktiviti lain.",
    ],
    "ind-sex-06": ["Adakah kamu tidur di tempat kamu bekerja?", "Tidur di tempat kerja."],
    "ind-sex-10": ["Adakah kamu langsung tiada wang sendiri?", "Tiada wang tunai sendiri."],
    "ind-lab-07": [
      "Adakah kamu hanya boleh keluar dari tempat kerja bersama majikan, atau ada pengawal atau kunci yang menahan kamu?",
      "Tidak boleh meninggalkan premis tanpa majikan; langkah keselamatan menahan pekerja di dalam.",
    ],
    "ind-lab-08": [
      "Adakah kamu perlu membayar denda apabila majikan kata kamu buat salah?",
      "Didisiplinkan dengan denda.",
    ],
    "ind-lab-15": [
      "Adakah kamu perlu membayar alat, makanan atau tempat tidur, atau ia dipotong daripada gaji kamu?",
      "Perlu membayar alat, makanan atau tempat tinggal, atau kosnya dipotong daripada gaji.",
    ],
    "ind-ilo-09": [
      "Adakah kamu perlu bekerja untuk membayar hutang yang terus bertambah atau yang kamu tidak faham?",
      "Perlu bekerja membayar hutang (yuran, perjalanan, pendahuluan) yang nilai atau syaratnya tidak dikawal olehnya.",
    ],
    "ind-dom-02": [
      "Adakah kamu makan berasingan daripada keluarga majikan, atau hanya mendapat sisa makanan?",
      "Tidak makan bersama keluarga, atau hanya diberi sisa makanan.",
    ],
    "ind-dom-06": [
      "Adakah kamu tidak pernah dibenarkan keluar rumah tanpa keluarga majikan?",
      "Tidak pernah keluar rumah tanpa majikan.",
    ],
    "ind-dom-07": [
      "Adakah sesiapa di rumah itu menengking, menghina, menyakiti atau mengugut kamu?",
      "Dihina, didera, diugut atau mengalami keganasan.",
    ],
    "ind-beg-02": [
      "Adakah kamu pernah disuruh membawa atau menjual dadah?",
      "Kanak-kanak membawa atau menjual dadah.",
    ],
    "ind-beg-08": [
      "Adakah kamu dihukum jika tidak membawa balik wang atau barang yang cukup?",
      "Dihukum kerana tidak mengumpul atau mencuri dengan cukup.",
    ],
    "ind-beg-10": [
      "Adakah kamu tinggal dengan orang dewasa yang bukan ibu bapa kamu?",
      "Kanak-kanak tinggal dengan orang dewasa yang bukan ibu bapanya.",
    ],
    "ind-scm-04": [
      "Apabila kamu sampai, adakah sesiapa mengambil pasport dan telefon kamu?",
      "Semasa tiba, pasport dan telefon diambil.",
    ],
    "ind-scm-06": [
      "Adakah kamu dipaksa berbual dengan orang dalam talian untuk menipu wang mereka?",
      "Dipaksa menipu orang dalam talian: penipuan cinta atau pelaburan, platform kripto palsu, judi haram.",
    ],
    "ind-scm-07": [
      "Adakah kamu ditahan di tempat yang berpengawal atau bertembok sehingga tidak boleh keluar?",
      "Ditahan di kompleks berpengawal dan tidak boleh keluar.",
    ],
    "ind-onl-03": [
      "Adakah sesiapa menyuruh kamu melakukan perkara seksual di depan kamera semasa orang lain menonton dari jauh?",
      "Kanak-kanak dipaksa menyertai perbuatan seksual yang disiarkan secara langsung kepada penonton jauh (penderaan siaran langsung).",
    ],
    "ind-onl-05": [
      "Adakah orang yang kamu kenal dalam talian memberi kamu hadiah, perhatian atau wang, kemudian meminta gambar seksual atau mahu berjumpa?",
      "Orang dewasa membina hubungan dengan kanak-kanak dalam talian, dengan hadiah, perhatian atau wang, kemudian menuju kepada sentuhan atau imej seksual (grooming).",
    ],
    "ind-onl-06": [
      "Adakah sesiapa berkata akan menyebarkan gambar seksual kamu jika kamu tidak menghantar lagi, membayar atau berjumpa mereka?",
      "Kanak-kanak diugut imej seksualnya akan disebarkan jika tidak menghantar lagi, membayar atau berjumpa (peras ugut seksual).",
    ],
    "ind-onl-10": [
      "Adakah ahli keluarga atau orang di rumah kamu mengatur, atau mendapat wang daripada orang yang menonton atau merakam kamu dalam talian?",
      "Ahli keluarga atau penjaga mengatur atau mendapat untung daripada eksploitasi seks kanak-kanak dalam talian di rumah.",
    ],
    "harm-child-work": [
      "Adakah kamu bekerja untuk mendapatkan wang, atau untuk orang yang tinggal bersama kamu?",
      "Adakah kanak-kanak bekerja (berbayar atau tidak, selain kerja rumah biasa)?",
    ],
    "harm-sexual-contact": [
      "Adakah sesiapa menyentuh kamu secara seksual, atau menyuruh kamu melakukan perkara seksual?",
      "Adakah kanak-kanak pernah mengalami sentuhan seksual atau penderaan seksual oleh sesiapa?",
    ],
    "harm-paid-crossing": [
      "Adakah kamu atau keluarga kamu membayar seseorang untuk membantu kamu menyeberang sempadan secara senyap?",
      "Adakah orang ini atau keluarganya membayar seseorang untuk mengatur lintasan sempadan secara tidak sah?",
    ],
  },
  options: {
    "ctx-first-contact.in_person": "Bersemuka, dengan orang asing atau perekrut",
    "ctx-first-contact.family_or_friend": "Melalui keluarga atau kawan",
    "ctx-first-contact.online": "Dalam talian: media sosial, aplikasi pesanan atau iklan",
    "ctx-first-contact.agency": "Melalui agensi pekerjaan atau orang tengah",
    "ctx-first-contact.other": "Lain-lain",
  },
  harms: {
    child_labour: "Buruh kanak-kanak",
    sexual_abuse: "Penderaan seksual kanak-kanak",
    smuggling_without_exploitation:
      "Penyeludupan migran tanpa tanda eksploitasi (teruskan pemeriksaan)",
  },
};
