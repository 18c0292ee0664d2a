import type { LanguageText } from "./language-text.ts";

/** Indonesian (Bahasa Indonesia). Draft: not yet reviewed by a native speaker. */
export const id: LanguageText = {
  language: "id",
  review: "draft",
  sections: {
    acts: "Apa yang dilakukan: perbuatan",
    means: "Bagaimana caranya: cara",
    purposes: "Untuk apa: tujuan",
    context: "Keadaan",
    general: "Indikator umum",
    children: "Indikator untuk anak",
    sexual_exploitation: "Eksploitasi seksual",
    labour_exploitation: "Eksploitasi tenaga kerja",
    domestic_servitude: "Perbudakan rumah tangga",
    begging_and_petty_crime: "Mengemis dan kejahatan ringan",
    forced_criminality_scam_compounds: "Kejahatan paksa dan kompleks penipuan daring",
    online_exploitation: "Eksploitasi daring",
    other_harms: "Bahaya lainnya",
  },
  questions: {
    "act-recruitment": [
      "Apakah ada orang yang menawarimu pekerjaan, perjalanan atau kehidupan baru, atau mengajakmu ikut dengan mereka?",
      "Apakah orang ini direkrut: ditawari pekerjaan, perjalanan atau tempat tinggal, atau dibujuk atau diajak pergi?",
    ],
    "act-transportation": [
      "Apakah ada orang yang membawamu, atau membayar perjalananmu, ke tempat lain?",
      "Apakah orang ini diangkut, atau perjalanannya diatur atau dibayar oleh orang lain?",
    ],
    "act-transfer": [
      "Apakah kamu diserahkan dari satu orang atau kelompok ke orang atau kelompok lain?",
      "Apakah orang ini dipindahtangankan: diserahkan, dijual atau dioper antarorang atau antarkelompok?",
    ],
    "act-harbouring": [
      "Apakah ada orang yang menahanmu di suatu tempat, atau menyembunyikanmu?",
      "Apakah orang ini ditampung: diberi tempat, ditahan atau disembunyikan oleh orang lain?",
    ],
    "act-receipt": [
      "Saat kamu tiba, apakah ada orang yang menjemput dan mengatur dirimu?",
      "Apakah orang ini diterima: dijemput dan dikuasai oleh seseorang saat tiba?",
    ],
    "means-threat": [
      "Apakah ada orang yang bilang akan menyakitimu atau keluargamu, atau melaporkanmu ke polisi?",
      "Apakah orang ini atau keluarganya diancam akan disakiti, mengalami kekerasan atau dilaporkan?",
    ],
    "means-force": [
      "Apakah ada orang yang memukulmu, menyakitimu atau mengurungmu?",
      "Apakah digunakan kekerasan fisik: pemukulan, pengikatan atau penyekapan?",
    ],
    "means-coercion": [
      "Apakah ada orang yang memaksamu melakukan hal yang tidak kamu mau, meskipun tanpa memukul?",
      "Apakah orang ini dipaksa dengan cara lain: tekanan, penguasaan dokumen atau uang, utang yang mengikat?",
    ],
    "means-abduction": [
      "Apakah ada orang yang membawamu pergi tanpa bertanya kepadamu atau keluargamu?",
      "Apakah orang ini diculik: dibawa pergi bertentangan dengan kehendaknya atau kehendak walinya?",
    ],
    "means-fraud": [
      "Apakah ada orang yang menipumu dengan dokumen palsu, kontrak palsu atau janji uang yang tidak benar?",
      "Apakah digunakan pemalsuan: dokumen palsu, kontrak palsu atau janji keuangan yang palsu?",
    ],
    "means-deception": [
      "Apakah pekerjaan, tempat atau gajinya berbeda dari yang dikatakan kepadamu?",
      "Apakah orang ini ditipu tentang jenis pekerjaan, gaji, kondisi atau tempatnya?",
    ],
    "means-abuse-of-power": [
      "Apakah orang yang berkuasa atasmu, seperti bos, petugas atau pengasuh, memakai kuasanya agar kamu pergi atau tetap tinggal?",
      "Apakah terjadi penyalahgunaan kekuasaan (majikan, pejabat, guru, pengasuh) untuk memperoleh kepatuhan?",
    ],
    "means-abuse-of-vulnerability": [
      "Apakah ada orang yang memanfaatkanmu karena kamu tidak punya uang, tidak punya dokumen, jauh dari keluarga atau tidak bisa bahasanya?",
      "Apakah posisi rentan disalahgunakan: kemiskinan, status tidak resmi, keterasingan, disabilitas, usia, bahasa?",
    ],
    "means-payments-to-controller": [
      "Apakah ada orang yang memberi uang atau hadiah kepada orang tuamu atau orang yang mengasuhmu supaya kamu pergi?",
      "Apakah ada pembayaran atau keuntungan kepada orang yang memegang kendali atas orang ini (orang tua, wali, majikan) untuk memperoleh persetujuan?",
    ],
    "purpose-sexual-exploitation": [
      "Apakah kamu dipaksa, atau akan dipaksa, melakukan hal-hal seksual dengan orang lain atau demi uang?",
      "Apakah tujuannya eksploitasi pelacuran orang lain atau bentuk eksploitasi seksual lainnya?",
    ],
    "purpose-forced-labour": [
      "Apakah kamu dipaksa, atau akan dipaksa, bekerja tanpa bisa menolak atau berhenti?",
      "Apakah tujuannya kerja atau layanan paksa: pekerjaan yang dituntut di bawah ancaman hukuman?",
    ],
    "purpose-slavery": [
      "Apakah ada orang yang memperlakukanmu seperti miliknya, atau menjualmu?",
      "Apakah tujuannya perbudakan atau praktik serupa perbudakan (kepemilikan, jual beli, jeratan utang)?",
    ],
    "purpose-servitude": [
      "Apakah kamu harus tinggal dan bekerja untuk seseorang sepanjang waktu, tanpa jalan keluar?",
      "Apakah tujuannya penghambaan: ketergantungan dan penguasaan penuh oleh orang lain, tanpa cara untuk pergi?",
    ],
    "purpose-organ-removal": [
      "Apakah ada orang yang ingin mengambil bagian tubuhmu, seperti ginjal, atau membicarakan menjualnya?",
      "Apakah tujuannya pengambilan organ tubuh?",
    ],
    "purpose-forced-criminality": [
      "Apakah kamu dipaksa, atau akan dipaksa, melakukan hal yang melanggar hukum, seperti mencuri, menjual narkoba atau menipu orang secara daring?",
      "Apakah tujuannya kejahatan paksa, termasuk operasi penipuan daring, pencurian atau penjualan narkoba?",
    ],
    "purpose-forced-begging": [
      "Apakah kamu dipaksa, atau akan dipaksa, meminta-minta uang di jalan lalu menyerahkannya kepada seseorang?",
      "Apakah tujuannya mengemis secara paksa?",
    ],
    "purpose-forced-marriage": [
      "Apakah ada orang yang memaksa, atau berencana memaksa, kamu menikah?",
      "Apakah tujuannya perkawinan paksa atau perkawinan anak?",
    ],
    "purpose-abuse-material": [
      "Apakah ada orang yang mengambil foto atau video seksual dirimu, atau menyuruhmu melakukan hal seksual di depan kamera?",
      "Apakah tujuannya produksi materi kekerasan seksual terhadap anak atau kekerasan seksual yang disiarkan langsung?",
    ],
    "purpose-armed-recruitment": [
      "Apakah kamu dipaksa, atau akan dipaksa, bergabung atau membantu kelompok bersenjata?",
      "Apakah tujuannya perekrutan atau pelibatan oleh angkatan bersenjata atau kelompok bersenjata?",
    ],
    "ctx-consented": [
      "Apakah pernah kamu bilang mau pergi, atau mau melakukan pekerjaan itu?",
      "Apakah orang ini mengatakan pernah setuju? (Dicatat sebagai konteks saja: tidak pernah mengurangi identifikasi korban.)",
    ],
    "ctx-exploitation-occurred": [
      "Apakah hal ini sudah benar-benar terjadi padamu, atau baru direncanakan?",
      "Apakah eksploitasi sudah terjadi, atau sejauh ini baru dimaksudkan?",
    ],
    "ctx-border-crossed": [
      "Apakah kamu pergi ke negara lain?",
      "Apakah orang ini melintasi batas negara?",
    ],
    "ctx-age-at-act": [
      "Berapa umurmu ketika hal ini mulai terjadi?",
      "Umur pada saat perbuatan terjadi (perekrutan, pengangkutan, penampungan), jika diketahui.",
    ],
    "ctx-first-contact": [
      "Bagaimana kamu pertama kali bertemu orang yang menawarimu pekerjaan atau perjalanan itu?",
      "Bagaimana orang ini pertama kali dihubungi atau direkrut?",
    ],
    "ctx-arrival-date": ["Kapan kamu datang ke tempat ini?", "Tanggal tiba di tempat sekarang."],
    "ctx-hours-per-day": [
      "Berapa jam kamu bekerja dalam sehari biasa?",
      "Jumlah jam kerja pada hari biasa.",
    ],
    "ctx-work-description": [
      "Pekerjaan apa yang kamu lakukan? Ceritakan dengan kata-katamu sendiri.",
      "Pekerjaan atau kegiatan yang dilakukan, menurut kata-kata orang ini (tanpa nama orang lain).",
    ],
    "ind-gen-02": [
      "Apakah kamu merasa tidak bisa pergi dari tempat kamu bekerja atau tinggal?",
      "Merasa tidak bisa meninggalkan tempat kerja atau tempat tinggal.",
    ],
    "ind-gen-05": [
      "Apakah ada orang yang menyakiti atau mengancam kamu atau keluargamu?",
      "Pernah diancam atau mengalami kekerasan, atau keluarganya pernah.",
    ],
    "ind-gen-09": [
      "Apakah orang lain menyimpan paspor atau kartu identitasmu?",
      "Orang lain menyimpan paspor, dokumen identitas atau dokumen perjalanannya.",
    ],
    "ind-gen-17": [
      "Apakah kamu dibayar sangat sedikit atau tidak sama sekali, atau tidak boleh memegang uangmu sendiri?",
      "Dibayar sangat sedikit atau tidak dibayar, atau tidak dapat mengakses penghasilannya.",
    ],
    "ind-gen-22": [
      "Apakah ada orang yang bilang kamu berutang kepadanya dan harus membayarnya dengan bekerja?",
      "Percaya bahwa ia berutang dan harus melunasinya dengan bekerja.",
    ],
    "ind-chi-01": [
      "Apakah kamu sama sekali tidak bisa bertemu atau berbicara dengan orang tuamu atau pengasuhmu?",
      "Tidak memiliki akses kepada orang tua atau wali.",
    ],
    "ind-chi-04": ["Apakah kamu sudah tidak sekolah lagi?", "Tidak bersekolah."],
    "ind-chi-08": [
      "Apakah kamu melakukan pekerjaan yang berat, berbahaya atau pada malam hari?",
      "Melakukan pekerjaan yang tidak layak untuk anak.",
    ],
    "ind-chi-09": [
      "Apakah kamu bepergian tanpa keluarga, atau bersama orang dewasa yang bukan keluargamu?",
      "Bepergian tanpa orang dewasa, atau dalam kelompok dengan orang yang bukan kerabat.",
    ],
    "ind-sex-03": [
      "Apakah selalu ada orang yang menemanimu pergi dan pulang kerja?",
      "Selalu didampingi saat pergi dan pulang kerja serta kegiatan lain.",
    ],
    "ind-sex-06": ["Apakah kamu tidur di tempat kamu bekerja?", "Tidur di tempat kerja."],
    "ind-sex-10": [
      "Apakah kamu tidak punya uang sendiri sama sekali?",
      "Tidak memiliki uang tunai sendiri.",
    ],
    "ind-lab-07": [
      "Apakah kamu hanya boleh keluar dari tempat kerja bersama bos, atau ada penjaga atau kunci yang menahanmu?",
      "Tidak bisa meninggalkan tempat kerja tanpa majikan; ada pengamanan yang menahan pekerja.",
    ],
    "ind-lab-08": [
      "Apakah kamu harus membayar denda kalau bos bilang kamu berbuat salah?",
      "Didisiplinkan dengan denda.",
    ],
    "ind-lab-15": [
      "Apakah kamu harus membayar alat, makanan atau tempat tidur, atau dipotong dari gajimu?",
      "Harus membayar alat, makanan atau tempat tinggal, atau biayanya dipotong dari upah.",
    ],
    "ind-ilo-09": [
      "Apakah kamu harus bekerja untuk melunasi utang yang terus bertambah atau yang tidak kamu mengerti?",
      "Harus bekerja melunasi utang (biaya, perjalanan, uang muka) yang jumlah atau syaratnya tidak ia kendalikan.",
    ],
    "ind-dom-02": [
      "Apakah kamu makan terpisah dari keluarga majikan, atau hanya mendapat sisa makanan?",
      "Tidak makan bersama keluarga, atau hanya diberi sisa makanan.",
    ],
    "ind-dom-06": [
      "Apakah kamu tidak pernah boleh keluar rumah tanpa keluarga majikan?",
      "Tidak pernah keluar rumah tanpa majikan.",
    ],
    "ind-dom-07": [
      "Apakah ada orang di rumah itu yang membentak, menghina, menyakiti atau mengancammu?",
      "Dihina, dianiaya, diancam atau mengalami kekerasan.",
    ],
    "ind-beg-02": [
      "Apakah kamu pernah disuruh membawa atau menjual narkoba?",
      "Anak membawa atau menjual narkoba.",
    ],
    "ind-beg-08": [
      "Apakah kamu dihukum kalau tidak membawa pulang cukup uang atau barang?",
      "Dihukum karena tidak cukup mengumpulkan atau mencuri.",
    ],
    "ind-beg-10": [
      "Apakah kamu tinggal dengan orang dewasa yang bukan orang tuamu?",
      "Anak tinggal dengan orang dewasa yang bukan orang tuanya.",
    ],
    "ind-scm-04": [
      "Saat kamu tiba, apakah ada orang yang mengambil paspor dan ponselmu?",
      "Saat tiba, paspor dan ponsel diambil.",
    ],
    "ind-scm-06": [
      "Apakah kamu dipaksa mengobrol dengan orang secara daring untuk menipu uang mereka?",
      "Dipaksa menipu orang secara daring: penipuan asmara atau investasi, platform kripto palsu, judi ilegal.",
    ],
    "ind-scm-07": [
      "Apakah kamu ditahan di tempat yang dijaga atau bertembok sehingga tidak bisa keluar?",
      "Ditahan di kompleks yang dijaga dan tidak bisa keluar.",
    ],
    "ind-onl-03": [
      "Apakah ada orang yang menyuruhmu melakukan hal seksual di depan kamera sementara orang lain menonton dari jauh?",
      "Anak dipaksa ikut dalam tindakan seksual yang disiarkan langsung kepada penonton jarak jauh (kekerasan yang disiarkan langsung).",
    ],
    "ind-onl-05": [
      "Apakah orang yang kamu kenal secara daring memberimu hadiah, perhatian atau uang, lalu meminta foto seksual atau mengajak bertemu?",
      "Orang dewasa membangun hubungan dengan anak secara daring, dengan hadiah, perhatian atau uang, lalu mengarah ke kontak atau gambar seksual (grooming).",
    ],
    "ind-onl-06": [
      "Apakah ada orang yang bilang akan menyebarkan foto seksualmu kalau kamu tidak mengirim lagi, membayar atau menemuinya?",
      "Anak diancam gambar seksualnya akan disebarkan kecuali ia mengirim lagi, membayar atau bertemu (pemerasan seksual).",
    ],
    "ind-onl-10": [
      "Apakah ada anggota keluarga atau orang di rumah yang mengatur, atau mendapat uang dari orang yang menonton atau merekammu secara daring?",
      "Anggota keluarga atau pengasuh mengatur atau mengambil untung dari eksploitasi seksual daring anak di rumah.",
    ],
    "harm-child-work": [
      "Apakah kamu bekerja untuk mendapat uang, atau untuk orang yang tinggal bersamamu?",
      "Apakah anak bekerja (dibayar atau tidak, di luar pekerjaan rumah tangga biasa)?",
    ],
    "harm-sexual-contact": [
      "Apakah ada orang yang menyentuhmu secara seksual, atau menyuruhmu melakukan hal seksual?",
      "Apakah anak pernah mengalami kontak seksual atau kekerasan seksual oleh siapa pun?",
    ],
    "harm-paid-crossing": [
      "Apakah kamu atau keluargamu membayar seseorang untuk membantumu menyeberang perbatasan diam-diam?",
      "Apakah orang ini atau keluarganya membayar seseorang untuk mengatur penyeberangan perbatasan secara tidak resmi?",
    ],
  },
  options: {
    "ctx-first-contact.in_person": "Bertemu langsung, dengan orang asing atau perekrut",
    "ctx-first-contact.family_or_friend": "Melalui keluarga atau teman",
    "ctx-first-contact.online": "Secara daring: media sosial, aplikasi pesan atau iklan",
    "ctx-first-contact.agency": "Melalui agen penyalur kerja atau calo",
    "ctx-first-contact.other": "Lainnya",
  },
  harms: {
    child_labour: "Pekerja anak",
    sexual_abuse: "Kekerasan seksual terhadap anak",
    smuggling_without_exploitation: "Penyelundupan manusia tanpa tanda eksploitasi (terus periksa)",
  },
};
