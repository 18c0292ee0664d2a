import { parseParts, withZipf } from "./parts.ts";

/*
 * Malay given names. A Malay name is "given name bin/binti father's given name": the father's
 * name is a patronymic, not a family name, so siblings share it and parents and children do not.
 * Muhammad and Nur have many written forms (Mohd, Md, Muhd; Noor, Nor), which act as romanisation
 * variants.
 */
export const malayGiven = withZipf(
  parseParts(
    `
m Muhammad = Mohd / Mohamad / Mohammad / Md / Muhd
m Ahmad = Ahmed / Ahmat
m Ali
m Hafiz = Hafeez / Haffiz
m Faiz = Faez
m Amir = Ameer
m Aiman = Aimann
m Haziq = Hazik
m Irfan = Irphan
m Danial = Daniel / Danielle
m Hakim = Hakeem
m Syafiq = Shafiq / Safiq
m Imran = Imraan
m Arif = Aref / Ariff
m Farhan = Farhaan
m Izzat = Izat
m Hariz = Haris
m Adam
m Aqil = Akil / Aqeel
m Zulkifli = Zulkefli / Zul
m Rizal = Risal
m Azlan = Azlaan
m Firdaus = Firdaos / Firdous
m Ismail = Ismael
m Abdullah = Abdulla
m Ibrahim = Ebrahim
m Yusof = Yusuf / Yousof
m Razak = Razaq
f Siti = Sitti
f Nur = Noor / Nor / Nurul
f Aisyah = Aishah / Aisha / Aishah
f Fatimah = Fatima / Fatimahh
f Aminah = Amina / Aminahh
f Zainab = Zaynab / Zainap
f Sofea = Sophia / Sofia
f Aina = Ainaa
f Alya = Aliya / Alia
f Hani = Hanie
f Balqis = Balkis / Balqish
f Aqilah = Akilah / Aqila
f Izzah = Izah
f Farah = Farrah
f Syafiqah = Shafiqah / Safiqah
f Nabila = Nabilah
f Amira = Amirah / Ameera
f Hidayah = Hidaya
f Zulaikha = Zulaika / Zulaiha
f Najwa = Najua
m Amirul = Amerul
m Hakimi = Hakimie
m Luqman = Lukman
m Naim = Naeem
m Rashid = Rasyid / Rashed
m Shahrul = Syahrul
m Zafran = Zafraan
m Khairul = Khairol
m Nazri = Nazrie
m Fikri = Fikrie
f Athirah = Atirah
f Damia = Damiya
f Insyirah = Insyira / Inshirah
f Khadijah = Khadija / Kadijah
f Liyana = Liana
f Maisarah = Maisara
f Nadia = Nadiah
f Raihana = Raihanah
f Syahirah = Shahirah
f Wardah = Warda
`,
    "native",
  ),
  0.7,
);

/** Hereditary titles that stay part of the written name. */
export const malayTitles = parseParts(
  `
m Wan
m Nik
m Syed = Sayed / Said
f Sharifah = Syarifah
x Tengku = Tunku / Ku
`,
  "native",
);
