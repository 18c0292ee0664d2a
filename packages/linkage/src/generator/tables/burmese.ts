import { parseParts } from "./parts.ts";

/*
 * Burmese name syllables. Burmese names have no family name: a name is one to four syllables,
 * chosen freely and not inherited, so the generator draws syllables, not given and family names.
 * Romanisations are the conventional English spellings (Aung, Kyaw / Kyau / Kyo, Htun / Tun), not
 * MLCTS. Syllables are tagged with the sex they usually name; x are used for both.
 */
export const burmeseSyllables = parseParts(`
m အောင် = Aung / Aung / Aong
m ကျော် = Kyaw / Kyau / Kyo
x မိုး = Moe / Mo / Moh
m ထွန်း = Htun / Tun / Htoon
m သိန်း = Thein / Thien / Thane
m ဇော် = Zaw / Zaw / Zor
x မင်း = Min / Minn / Mhin
m နိုင် = Naing / Nai / Naingg
x ဝင်း = Win / Winn / Wynn
x လွင် = Lwin / Lwinn / Lwen
m စိုး = Soe / So / Soh
x သူ = Thu / Thuu / Thoo
m ရဲ = Ye / Yeh / Ye
m ထက် = Htet / Htat / Tet
m ပိုင် = Paing / Pine / Paingg
m ဖြိုး = Phyo / Pyo / Phyoe
f ဝေ = Wai / Way / Wei
x ယု = Yu / Yoo / Yuu
x လှ = Hla / Hlah / La
x မြင့် = Myint / Myintt / Myin
x ခင် = Khin / Khinn / Khing
f သန္တာ = Thandar / Thanda / Thander
f နွယ် = Nwe / Nway / Nwai
x မြတ် = Myat / Myatt / Mya
f စန္ဒာ = Sandar / Sanda / Sander
f ဆု = Su / Hsu / Soo
x ဆန်း = San / Hsan / Sann
x ကြည် = Kyi / Kyee / Chi
x ငြိမ်း = Nyein / Nyane / Nyein
x ချမ်း = Chan / Chann / Chan
f မြ = Mya / Myah / Mhya
f ဖူး = Phoo / Phu / Pu
f ပွင့် = Pwint / Pwin / Pwintt
f နန္ဒာ = Nandar / Nanda / Nander
f သီ = Thi / Thee / Thiri
f ရီ = Yi / Yee / Ye
f ထား = Htar / Hta / Tar
x လင်း = Lin / Linn / Lynn
m ဟိန်း = Hein / Hain / Heinn
x သက် = Thet / That / Thett
x ဇင် = Zin / Zinn / Zen
f ဖြူ = Phyu / Pyu / Phyuu
f အိ = Ei / E / Eii
f ချို = Cho / Cho / Kyo
x ပြည့် = Pyae / Pyay / Pye
x ဆွေ = Swe / Hswe / Sway
x တင် = Tin / Tinn / Htin
f ညို = Nyo / Nyoe / Nyo
f မေ = May / Mei / Me
f နီ = Ni / Nee / Nyi
x လေး = Lay / Lei / Lay
m ဘ = Ba / Bha / Ba
m ကောင်း = Kaung / Kaungg / Kaong
f ခိုင် = Khaing / Khine / Khaingg
m ဟန် = Han / Hann / Han
f စု = Su / Soo / Suu
f ဝါ = War / Wa / Wah
`);

/** Honorifics by age and sex; Maung and Ma are also ordinary syllables, which is the trap. */
export const burmeseHonorifics = {
  boy: parseParts("m မောင် = Maung / Mg / Mg."),
  girl: parseParts("f မ = Ma / Ma / Ma"),
  youngMan: parseParts("m ကို = Ko / Ko / Koh"),
  man: parseParts("m ဦး = U / U / Oo"),
  woman: parseParts("f ဒေါ် = Daw / Daw / Daw"),
};
