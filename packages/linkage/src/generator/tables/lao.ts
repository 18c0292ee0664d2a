import { compound, parseParts, withZipf } from "./parts.ts";

/*
 * Lao given and family names. Romanisation follows French-influenced habits, so x/s, v/w, ph/p and
 * ou/u alternate (Xayavong / Sayavong, Vongsavanh / Wongsavan, Souk / Suk), and a final h is often
 * added or dropped.
 */
export const laoGiven = withZipf(
  parseParts(`
x ສົມພອນ = Somphone / Somphon / Sompone
x ບຸນມີ = Bounmy / Bounmi / Bunmi
m ຄຳ = Kham / Kam / Khamm
f ບົວ = Boua / Bua / Bouah
m ສົມສັກ = Somsack / Somsak / Somsuck
x ພອນ = Phone / Phon / Pone
x ແສງ = Saeng / Seng / Sengh
f ນ້ອຍ = Noy / Noi / Noiy
m ບຸນທອງ = Bounthong / Bounthon / Bunthong
f ສຸລິຍາ = Souliya / Suliya / Souliyah
x ວັນນາ = Vanna / Wanna / Vana
f ມະນີ = Manee / Many / Mani
f ສີດາ = Sida / Xida / Sidaa
m ໄຊ = Xay / Say / Sai
x ຈັນ = Chanh / Chan / Janh
f ດາວ = Dao / Daow / Dow
m ຄຳພອນ = Khamphone / Khamphon / Kampone
f ນາລີ = Naly / Nali / Nalee
m ອານຸສອນ = Anousone / Anouson / Anusone
f ວິໄລ = Vilay / Wilai / Vilai
x ສົມຈິດ = Somchit / Somjit / Somchith
m ທອງ = Thong / Tong / Thongh
m ພູ = Phou / Phu / Pou
f ບົວພັນ = Bouaphanh / Bouaphan / Buaphan
x ອຳພອນ = Amphone / Amphon / Ampone
x ແກ້ວ = Keo / Kaew / Kaeo
m ສຸກ = Souk / Suk / Sook
f ພອນສະຫວັນ = Phonsavanh / Phonsavan / Ponsawan
m ວິໄຊ = Vixay / Visay / Wisai
f ມະລິ = Mali / Maly / Malie
m ສີສະຫວາດ = Sisavath / Sisavat / Sisawat
f ແສງເດືອນ = Sengdeuane / Saengduean / Sengdueane
m ບຸນເລີດ = Bounleuth / Bounlert / Bunloet
f ຄຳແພງ = Khamphaeng / Khampheng / Kampaeng
m ສຸລິສັກ = Soulisack / Sulisak / Soulisak
f ດວງດີ = Douangdy / Duangdi / Doungdy
`),
  0.6,
);

const laoFamilyParts = parseParts(`
x ພົມມະວົງ = Phommavong / Phomavong / Pommavong
x ວົງສະຫວັນ = Vongsavanh / Vongsavan / Wongsavan
x ແກ້ວມະນີ = Keomany / Kaewmani / Keomani
x ໄຊຍະວົງ = Xayavong / Sayavong / Xaiyavong
x ສີຫາລາດ = Sihalath / Sihalat / Xihalath
x ພິມມະສອນ = Phimmasone / Phimmason / Pimmasone
x ສຸລິວົງ = Soulivong / Sulivong / Soulivongh
x ອິນທະວົງ = Inthavong / Intavong / Inthawong
x ຈັນທະວົງ = Chanthavong / Chantavong / Janthavong
x ແສງສຸລິຍາ = Sengsouliya / Saengsuliya
x ດວງມະນີ = Douangmany / Duangmani / Doungmany
x ຄຳວົງສາ = Khamvongsa / Khamwongsa / Kamvongsa
x ລາດສະວົງ = Latsavong / Lasavong / Lathsavong
x ພົມມະຈັນ = Phommachanh / Phommachan / Pommachan
x ແສງອາລຸນ = Sengaloun / Saengalun / Sengalun
x ໄຊຍະສານ = Xayasane / Sayasan / Xayasan
x ທຳມະວົງ = Thammavong / Tammavong / Thammawong
x ມະນີວົງ = Manivong / Maniwong / Manivongh
x ສີລາວົງ = Silavong / Xilavong / Silawong
x ບຸນຍະລາດ = Bounyalath / Bunyalat / Bounyalat
x ວົງພະຈັນ = Vongphachanh / Wongphachan / Vongpachan
x ສີສຸລາດ = Sisoulath / Sisulat / Xisoulath
`);

/*
 * Lao family names date from 1943 and, like Thai ones, are compounds coined per family (Phomma +
 * vong, Seng + souliya), so few families share one. Short given-name words (Kham, Seng, Bounmy)
 * joined to the family names above stand in for that long tail.
 */
export const laoFamily = [
  ...laoFamilyParts.map((p) => ({ ...p, weight: 2 })),
  ...compound(
    laoGiven
      .filter((p) => p.native.length <= 4)
      .map((p) => ({ ...p, sex: "x" as const, weight: 1 })),
    laoFamilyParts,
  ),
];

/** The Lao temporary name for an unnamed newborn girl, found in the national child health record. */
export const laoPlaceholder = parseParts(`
f ອີ່ນ້ອຍ = Eanoi / Ea Noi / Enoy
`);
