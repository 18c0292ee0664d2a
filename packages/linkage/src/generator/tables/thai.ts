import { compound, parseParts, withZipf } from "./parts.ts";

/*
 * Thai given and family names with the spellings people use on passports and forms (RTGS next to
 * older and personal conventions: Pitsanu / Pissanu / Pisanu for พิษณุ). Family names are long and
 * rarely shared outside one extended family, so a family-name match is strong evidence.
 */
export const thaiGiven = withZipf(
  parseParts(`
m สมชาย = Somchai / Somchay / Somshai
m พิษณุ = Pitsanu / Pissanu / Pisanu / Phitsanu
m สมศักดิ์ = Somsak / Somsack / Somsuk
m ประเสริฐ = Prasert / Prasoet / Prasertt
m ธนากร = Thanakorn / Tanakorn / Thanakon
m ณัฐพล = Nattapon / Nattaphon / Natthaphon / Nuttapol
m กิตติ = Kitti / Kittee / Gitti
m วีระ = Weera / Wira / Veera
m อนุชา = Anucha / Anuchar
m ชัยวัฒน์ = Chaiwat / Chaiyawat / Chaivat
m สุรชัย = Surachai / Surachay / Soorachai
m ธีรวัฒน์ = Teerawat / Thirawat / Theerawat
m ภานุ = Panu / Phanu / Phanoo
m เอกชัย = Ekachai / Eakchai / Akkachai
m ศุภชัย = Supachai / Suphachai / Suppachai
m วิชัย = Wichai / Vichai / Wichay
m บุญมี = Boonmee / Bunmi / Boonmi
m สมบัติ = Sombat / Sombut / Sombath
m ชาตรี = Chatree / Chatri / Chatrie
m ธนพล = Thanapon / Tanaphon / Thanaphol
m ปิยะ = Piya / Piyah
m วรวุฒิ = Worawut / Vorawut / Worawoot
m อภิชาติ = Apichat / Aphichat / Apichart
m ณรงค์ = Narong / Narongk
m สุริยา = Suriya / Sooriya / Suriyah
x กมล = Kamon / Kamol / Kamonn
f สมหญิง = Somying / Somyhing / Somyingh
f มาลี = Malee / Mali / Maly
f กาญจนา = Kanchana / Kanjana / Karnjana
f สุดา = Suda / Sooda
f วันเพ็ญ = Wanpen / Wanphen / Vanpen
f นภา = Napa / Napha / Naphaa
f ปราณี = Pranee / Prani / Pranie
f รัตนา = Rattana / Ratana / Rattanah
f อรุณี = Arunee / Aruni
f พรทิพย์ = Pornthip / Porntip / Phonthip
f ศิริพร = Siriporn / Siriphon / Siriphorn
f จันทร์เพ็ญ = Chanpen / Janpen / Chanphen
f นิตยา = Nittaya / Nitaya
f อัญชลี = Anchalee / Anchali / Unchalee
f ปิยะนุช = Piyanuch / Piyanut / Piyanooch
f สุภาพร = Supaporn / Suphaphon / Supaphorn
f ณัฐธิดา = Nattida / Natthida / Nuttida
f กัลยา = Kanlaya / Kalaya / Kunlaya
f วิภา = Wipa / Wipha / Vipa
f ดวงใจ = Duangjai / Duangchai
f ชนิดา = Chanida / Chaneeda
f อัมพร = Amporn / Amphon / Umporn
f เพ็ญศรี = Pensri / Phensi / Pensiri
f จิราพร = Jiraporn / Chiraphon / Jiraphorn
f สายสุนีย์ = Saisunee / Saisuni / Saisunie
`),
  0.6,
);

const thaiFamilyParts = parseParts(`
x ใจดี = Jaidee / Chaidi / Jaidi
x ศรีสุข = Srisuk / Sisuk / Srisook
x แก้วมณี = Kaewmanee / Kaeomani / Kaewmani
x บุญเรือง = Boonruang / Bunruang / Boonrueang
x ทองดี = Thongdee / Tongdee / Thongdi
x สุขสวัสดิ์ = Suksawat / Suksawad / Sooksawat
x วงศ์สวัสดิ์ = Wongsawat / Vongsawat / Wongsawad
x รัตนพันธ์ = Rattanaphan / Ratanapan / Rattanapun
x ศรีวงศ์ = Sriwong / Siwong / Srivong
x พึ่งบุญ = Phuengboon / Pungboon / Phuengbun
x สมบูรณ์ = Somboon / Sombun / Somboonn
x มั่นคง = Mankong / Munkong / Mankhong
x ชัยมงคล = Chaimongkol / Chaimongkhon / Chaimongkon
x เจริญสุข = Charoensuk / Jaroensuk / Charoensook
x อินทร์แก้ว = Inkaew / Inkaeo / Inkeaw
x ปัญญาดี = Panyadee / Panyadi
x บุญมา = Boonma / Bunma
x ทองคำ = Thongkham / Tongkam / Thongkum
x แสงทอง = Saengthong / Sangthong / Seangtong
x ศรีสมบูรณ์ = Srisomboon / Sisombun / Srisombun
x พรหมมา = Promma / Phromma / Prommar
x สุวรรณรัตน์ = Suwannarat / Suwanarat / Suvannarat
x กิตติวงศ์ = Kittiwong / Kittivong
x เพชรรัตน์ = Petcharat / Phetcharat / Petchrat
x อ่อนศรี = Onsri / Onsi / Aonsri
x คำแสง = Khamsaeng / Kamsang / Khamsang
x บุญประเสริฐ = Boonprasert / Bunprasoet
x ศักดิ์ดี = Sakdee / Sakdi
x วงษ์ใหญ่ = Wongyai / Vongyai
x นาคประเสริฐ = Nakprasert / Nakprasoet
`);

/*
 * Thai family names are coined per family (the 1913 Surname Act made each one unique) and are
 * mostly compounds of two or more words, so a register holds tens of thousands of them. The
 * compounds of the parts above stand in for that tail, each far rarer than a given name.
 */
export const thaiFamily = [
  ...thaiFamilyParts.map((p) => ({ ...p, weight: 2 })),
  ...compound(
    thaiFamilyParts.filter((p) => p.native.length <= 5),
    thaiFamilyParts,
  ),
];
