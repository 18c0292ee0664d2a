import { parseParts, withZipf } from "./parts.ts";

/*
 * Indonesian names. Many Indonesians, Javanese above all, have a single name, and forms copy it
 * into both name fields or leave one empty. Spelling reforms left pairs in use side by side:
 * oe/u (Soekarno/Sukarno), dj/j, tj/c, j/y (Djoko / Joko, Tjahjono / Cahyono).
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
`,
    "native",
  ),
  0.7,
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
