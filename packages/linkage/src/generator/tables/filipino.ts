import { parseParts, withZipf } from "./parts.ts";

/*
 * Filipino names: given name(s), a middle name that is by custom the mother's maiden family name,
 * then the family name. Particles split and join in every way (dela Cruz / Dela Cruz / De La Cruz
 * / Delacruz), and Maria is often written Ma.
 */
export const filipinoGiven = withZipf(
  parseParts(
    `
f Maria = Ma. / Marie
m Juan = Jhuan
m Jose = José / Jose
m Mark = Marc / Mark Anthony
m John_Paul = Jhon Paul / JohnPaul / John-Paul
f Angelica = Anjelica / Angelika
f Kristine = Christine / Kristin
f Jasmine = Jazmine / Jasmin
f Princess = Princes / Prinsess
m Joshua = Josua / Joshwa
m Jerome = Jerom
f Mary_Joy = Maryjoy / Mary-Joy
f Rose_Ann = Roseanne / Rosanne / Rose Anne
m Jericho = Jerico
f Kimberly = Kimberley / Kimberlie
f Nicole = Nichole / Nikole
m Ramon = Raymon
m Rogelio = Rogel
m Ricardo = Rikardo
f Lorna = Lornah
f Erlinda = Erlynda
f Marites = Maritess / Maritez
f Jennifer = Jenifer / Jhennifer
f Rhea = Rea
f Janelle = Janel / Jannelle
m Angelo = Anjelo
m Carlo = Karlo
m Christian = Kristian / Cristian
m Jhon = John / Jon
m Jayson = Jason / Jaysen
m Rey = Ray
f Aiza = Aisa / Ayza
f Liza = Lisa / Lizah
f Joy = Joi
m Ronaldo = Ronald / Ronnie
m Renato = Renatto
f Grace = Grase
f Cristina = Christina / Kristina
m Adrian = Adrien
m Bryan = Brian / Bryant
m Dominic = Dominick
m Emmanuel = Emanuel
m Francis = Fransis
m Gabriel = Gabriell
m Jomar = Jhomar
m Kenneth = Kenneth Ray / Keneth
m Michael = Micheal / Mikael
m Nestor = Nestorr
m Paolo = Paulo
m Rodel = Rodell
m Vincent = Vince
m Arnel = Arnell
f Abegail = Abigail / Abigael
f Charmaine = Sharmaine
f Divina = Dibina
f Evangeline = Evangelin
f Hazel = Hazell
f Irene = Irine
f Jocelyn = Jocelynn / Joselyn
f Lovely = Lovelie
f Marivic = Maribic
f Rowena = Roweena
f Sheila = Shiela
`,
    "native",
  ),
  0.7,
);

export const filipinoFamily = parseParts(
  `
x dela_Cruz = Dela Cruz / De La Cruz / Delacruz / Dela-Cruz
x Santos = Santoz
x Reyes = Reyez / Reys
x Garcia = Garsia / García
x Mendoza = Mendosa
x Bautista = Bautizta
x Villanueva = Villanoeva / Vilanueva
x Ramos = Ramoz
x de_los_Santos = Delos Santos / De Los Santos / Delossantos
x del_Rosario = Del Rosario / Delrosario / Del-Rosario
x Aquino = Aquinno
x Castillo = Castilo
x Flores = Florez
x Gonzales = Gonzalez
x Torres = Torrez
x Tolentino = Tolentinno
x Navarro = Navaro
x Soriano = Sorianno
x Manalo = Manalu
x Pascual = Pasqual
x Dizon = Dison
x Salazar = Salasar
x Macaraeg = Makaraeg
x Mercado = Merkado
x de_Guzman = De Guzman / Deguzman / De Gusman
x Cruz = Kruz
x Agbayani = Agbayanni
x Magbanua = Magbanwa
x Dimaculangan = Dimakulangan
x Lacsamana = Laksamana
`,
  "native",
);
