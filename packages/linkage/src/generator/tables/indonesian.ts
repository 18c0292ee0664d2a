import { parseParts, withZipf } from "./parts.ts";

/*
 * Indonesian names. Many Indonesians, Javanese above all, have a single name, and forms copy it
 * into both name fields or leave one empty. Spelling reforms left pairs in use side by side:
 * oe/u (Soekarno/Sukarno), dj/j, tj/c, j/y (Djoko / Joko, Tjahjono / Cahyono).
 *
 * The pool is wide and flat on purpose. Indonesia's e-KTP register (Ministry of Home Affairs,
 * 2024, as reported by GoodStats) counts 144,497 bearers of its commonest man's name, Sutrisno,
 * and 254,922 of its commonest woman's, Nurhayati: about 0.1 % and 0.2 % of each sex among some
 * 275 million people. With 85 names at Zipf 0.7, 7 of 175 generated Indonesians (seed 42, names
 * as first written) were a lone "Budi" and 36 % shared their whole name with another of the 175,
 * against 0–7 % in the other groups: strangers with one single name and age were far commoner
 * than in any register, and no reader could tell them from one child. 246 names at Zipf 0.4
 * bring that to 17 %, still far above a real register, so the test stays harder than reality.
 */
export const indonesianGiven = withZipf(
  parseParts(
    `
m Budi = Boedi
m Agus = Agoes
f Dewi = Dewie
f Sri = Sry
m Wahyu = Wahju / Wahyoe
m Eko = Ekko
m Joko = Djoko / Jojo
m Slamet = Selamet
m Bambang = Bambank
f Rina = Rinna
f Yanti = Janti
f Ayu = Ajoe
f Putri = Poetri / Putry
f Indah = Inda
f Lestari = Lestary
f Wulan = Woelan
f Fitri = Fitry / Fitriah
x Nur = Noer
m Rizki = Rizky / Risky / Rizqi
m Dimas = Dimaz
m Adi = Ady
m Arif = Arief
x Dwi = Dwie
x Tri = Try
x Eka = Ekka
m Agung = Agoeng
m Hendra = Hendro
m Yusuf = Yusup / Joesoef
m Ahmad = Achmad / Akhmad
f Ratna = Ratnah
f Kartika = Kartikah
m Rahmat = Rachmat / Rakhmat
m Suparman = Soeparman
m Sutrisno = Soetrisno
f Mulyani = Moeljani / Mulyanie
m Purnomo = Poernomo
m Setiawan = Setiawann
m Santoso = Santosa
m Hidayat = Hidajat
m Kurniawan = Koerniawan
m Cahyono = Tjahjono / Cahyonno
f Susanti = Soesanti
f Sulastri = Soelastri
f Endang = Endank
f Suci = Soetji / Suchi
m Bayu = Bajoe
f Anisa = Annisa / Anissa
f Siti = Sitti
m Andi = Andy
m Bagus = Bagoes
m Teguh = Teguhh
m Wawan = Wawann
m Yudi = Yoedi
m Fajar = Fadjar
m Gilang = Gilank
m Hadi = Hady
m Ilham = Ilhamm
m Joni = Jony
m Krisna = Kresna
m Lukman = Loekman
m Nugroho = Noegroho
m Prasetyo = Prasetijo
m Rudi = Roedi
m Sugeng = Soegeng
m Taufik = Taufiq / Topik
m Wibowo = Wibawa
m Yoga = Joga
m Galih = Galihh
f Anggun = Anggoen
f Citra = Tjitra
f Dian = Dyan
f Eni = Enny
f Fitria = Fitriya
f Gita = Gitta
f Intan = Intann
f Kurnia = Koernia
f Lina = Lyna
f Maya = Maja
f Novi = Novy
f Puspita = Poespita
f Rahayu = Rahajoe
f Sari = Sary
f Tuti = Toeti
f Utami = Oetami
f Wati = Watie
f Yuni = Joeni
f Zahra = Zahrah
x Nining = Ninink
m Mulyadi = Moeljadi / Mulyady
m Herman = Hermann
m Supardi = Soepardi
m Ismail = Ismael
m Supriyanto = Soeprijanto / Supriyanta
m Wahyudi = Wahjoedi / Wahyudy
m Junaidi = Djunaidi / Junaedi
m Sugiarto = Soegiarto
m Haryanto = Harijanto
m Subagyo = Soebagjo
m Sumarno = Soemarno
m Suyanto = Soejanto
m Darmawan = Dharmawan
m Firmansyah = Firmansjah / Firmansah
m Hermawan = Hermawann
m Irfan = Irvan
m Susilo = Soesilo
m Kusnadi = Koesnadi
m Mahmud = Mahmoed
m Nurdin = Noerdin
m Priyono = Prijono
m Rusdi = Roesdi
m Saputra = Saputera
m Sudirman = Soedirman
m Sulistyo = Soelistijo
m Triyono = Trijono
m Usman = Oesman
m Widodo = Widada
m Yulianto = Julianto
m Zulkifli = Zoelkifli
m Aditya = Aditia
m Bima = Bimma
m Dedi = Dedy
m Dodi = Dody
m Edi = Edy
m Fauzi = Fauzy
m Gunadi = Goenadi
m Harun = Haroen
m Imam = Imamm
m Jamal = Djamal
m Kholil = Cholil / Khalil
m Lutfi = Luthfi
m Mansur = Mansoer
m Nanang = Nanank
m Prabowo = Prabawa
m Rahman = Rachman
m Samsul = Syamsul / Syamsoel
m Sugianto = Soegianto
m Sukirman = Soekirman
m Tarno = Tarnno
m Umar = Oemar
m Wiranto = Wiranta
m Yusril = Jusril
m Arya = Aria
m Bagas = Bagass
m Danu = Danoe
m Erlangga = Erlanga
m Fikri = Fikry
m Hafiz = Hafidz
m Ikhsan = Ichsan / Iksan
m Raka = Rakka
m Reza = Resa
m Satria = Satriya
m Surya = Soerja
m Wisnu = Wisnoe
m Yosua = Josua
m Zaki = Zakky
m Alif = Aliff
m Fadli = Fadly
m Ridwan = Ridwann
m Habibi = Habiby
f Nurhayati = Noerhajati / Nurhayatie
f Sumarni = Soemarni
f Suryani = Soerjani
f Yuliani = Juliani
f Sriyani = Srijani
f Wahyuni = Wahjoeni
f Kustini = Koestini
f Rohmah = Rochmah
f Hartini = Hartinie
f Sumiati = Soemiati
f Ernawati = Ernawatie
f Yulia = Julia
f Agustina = Agoestina
f Aminah = Aminnah
f Fatimah = Fatima
f Hasanah = Chasanah
f Jumiati = Djumiati
f Khadijah = Chadijah / Kadijah
f Laila = Leila
f Marlina = Marlinah
f Nurul = Noerul
f Purwanti = Poerwanti
f Rini = Rinny
f Setiawati = Setyawati
f Sukarti = Soekarti
f Titin = Titien
f Umi = Oemi
f Winarsih = Winarsi
f Yeni = Jeni / Yenny
f Zulaikha = Zulaicha
f Anjani = Andjani
f Bunga = Boenga
f Cahaya = Tjahaja
f Dinda = Dindah
f Elok = Elokk
f Febriani = Pebriani
f Hana = Hanna
f Jihan = Djihan
f Kirana = Kiranna
f Larasati = Larasatie
f Melati = Melatie
f Nadia = Nadya
f Oktaviani = Oktavianie
f Permata = Permatha
f Rahmawati = Rachmawati
f Salsabila = Salsabilla
f Tiara = Tiarra
f Vina = Fina
f Wulandari = Woelandari
f Yuliana = Juliana
f Zaskia = Zaskiya
f Aulia = Aulya
f Cindy = Cindi
f Desi = Desy
f Evi = Evy
f Handayani = Handajani
f Ika = Ikka
f Kartini = Kartinie
f Lusi = Lusy
f Mega = Megga
f Nia = Niya
f Rosita = Rossita
f Septi = Septy
f Vivi = Fifi
x Ade = Adde
`,
    "native",
  ),
  0.4,
);

/** Inherited family and clan names (Batak marga, Minahasa, Ambonese, Chinese-Indonesian). */
export const indonesianFamily = parseParts(
  `
x Simanjuntak = Simandjuntak
x Nasution = Nasoetion
x Siregar = Siregarr
x Harahap = Harahab
x Lubis = Loebis
x Sinaga = Sinagah
x Hutapea = Hoetapea
x Pangaribuan = Pangariboean
x Situmorang = Sitoemorang
x Manurung = Manoerung
x Tambunan = Tamboenan
x Sitompul = Sitompoel
x Wenas = Wennas
x Pattinama = Patinama
x Gunawan = Goenawan
x Halim = Haliem
x Salim = Saleem
x Wijaya = Widjaja / Wijaja
x Tanuwijaya = Tanoewidjaja
x Sumual = Soemoeal
x Latuconsina = Latukonsina
x Rumengan = Roemengan
`,
  "native",
);
