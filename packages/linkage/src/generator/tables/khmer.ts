import { compound, parseParts, withZipf } from "./parts.ts";

/*
 * Khmer family and given names. Family names come first and were often taken from a grandfather's
 * given name, so a few of them are very common (Sok, Chan, Heng). Romanisations mix UNGEGN-like
 * and informal spellings, as on Cambodian documents.
 */
export const khmerFamily = parseParts(`
5 សុខ = Sok / Sokh / Sock
4 ចាន់ = Chan / Chann / Chanh
3 ហេង = Heng / Hengh
2 ឈឹម = Chhim / Chim / Chheum
2 កែវ = Keo / Kaev / Keov
2 លី = Ly / Lee / Li
2 ម៉ៅ = Mao / Mau
2 ពៅ = Pov / Pau / Pouv
2 សេង = Seng / Sengh
1 ឃឹម = Khim / Kheum
1 ងួន = Nguon / Nguan
3 ជា = Chea / Chear / Chia
1 ទេព = Tep / Tepp
1 ញឹម = Nhim / Nheum / Nhem
2 ប៊ុន = Bun / Boun / Bunn
1 ស៊ុន = Sun / Soun / Son
1 អ៊ុំ = Um / Oum / Om
1 ព្រំ = Prom / Prum / Phrom
2 សំ = Sam / Som / Samm
1 ឡុង = Long / Lung
1 វង់ = Vong / Wong
1 សួន = Suon / Suen / Soun
1 ជិន = Chin / Chinn
1 ម៉ម = Mom / Morm
1 ខៀវ = Khiev / Kheav / Khiew
1 យឹម = Yim / Yem
`);

const khmerGivenParts = parseParts(`
f សុភា = Sophea / Sopha / Sophear
x ចាន់ថា = Chantha / Chanthea / Chanta
f ស្រីពៅ = Sreypov / Srey Pov / Sreypeou
x សុខា = Sokha / Sokhar / Sokhaa
x វណ្ណា = Vanna / Wanna / Vana
m ដារ៉ា = Dara / Darar
x រតនា = Ratana / Rattana / Rotana
x ពិសី = Pisey / Pisei / Piseiy
m សុផល = Sophal / Sophall / Sopal
m វិចិត្រ = Vichet / Vichit / Vicheth
f បុប្ផា = Bopha / Bupha / Boppha
f ធីតា = Thida / Theda / Tida
f ស្រីនាង = Sreyneang / Srey Neang / Sreynang
m សុភ័ក្រ = Sopheak / Sophak / Sopheakk
f ចន្ទ្រា = Chantrea / Chantria / Chanthrea
f ម៉ាលី = Maly / Mali / Malee
m សុវណ្ណ = Sovann / Sovan / Sowan
x សំណាង = Samnang / Somnang / Samnaang
m វាសនា = Veasna / Veasana / Vesna
f រស្មី = Reaksmey / Raksmey / Reasmey
m ពិសិដ្ឋ = Piseth / Pisith / Piset
f ដាលីន = Dalin / Daline / Dalinn
f កញ្ញា = Kanha / Kanya / Kagna
f លីណា = Lina / Leena
f ស្រីម៉ៅ = Sreymao / Srey Mao
f ស្រីលក្ខណ៍ = Sreyleak / Srey Leak / Sreylak
m បូរ៉ា = Bora / Borra
m វិបុល = Vibol / Vibul / Viboll
m រិទ្ធី = Rithy / Rithi / Ritthy
m សុខុម = Sokhom / Sokhum
m ចំរើន = Chamroeun / Chamreun / Chomroeun
m ភារម្យ = Pheara / Phearom / Pearom
f ស្រីណុច = Sreynoch / Srey Noch
m មករា = Makara / Makkara
m សិលា = Sela / Seila / Sila
`);

/*
 * Khmer given names are often compounds of a common first element and a name (ស្រី Srey + ពៅ Pov,
 * ចាន់ Chan + ដារ៉ា Dara, សុខ Sok + ហេង Heng), written as one word, which gives the long tail of
 * given names that a register shows.
 */
const khmerFirstElements = parseParts(`
f ស្រី = Srey / Srei
x ចាន់ = Chan / Chanh
x សុខ = Sok / Sokh
m វណ្ណ = Vann / Van
`);

export const khmerGiven = withZipf(
  [...khmerGivenParts, ...compound(khmerFirstElements, khmerGivenParts)],
  0.5,
);
