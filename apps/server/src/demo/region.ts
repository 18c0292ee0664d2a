import type { AgencyType } from "@sahabat/shared";

/*
 * A fictional region for the demo: organisations in several member states and the services
 * they offer. None of them is a real office; coordinates are approximate town centres.
 */
export type DemoOrganisation = {
  key: string;
  name: string;
  agencyType: AgencyType;
  countryCode: string;
  province: string;
};

export const demoOrganisations: DemoOrganisation[] = [
  {
    key: "node",
    name: "Văn phòng Nút quốc gia Sahabat (demo)",
    agencyType: "social_welfare",
    countryCode: "VN",
    province: "Hà Nội",
  },
  {
    key: "welfare",
    name: "Phòng Bảo trợ xã hội tỉnh An Giang (demo)",
    agencyType: "social_welfare",
    countryCode: "VN",
    province: "An Giang",
  },
  {
    key: "police",
    name: "Anti-Trafficking Police Unit, Lào Cai (demo)",
    agencyType: "anti_trafficking_police",
    countryCode: "VN",
    province: "Lào Cai",
  },
  {
    key: "shelter",
    name: "บ้านพักเด็กปลอดภัย เชียงราย (demo)",
    agencyType: "shelter",
    countryCode: "TH",
    province: "เชียงราย",
  },
  {
    key: "vn-shelter",
    name: "Mái ấm Bình Minh, Đồng Tháp (demo)",
    agencyType: "shelter",
    countryCode: "VN",
    province: "Đồng Tháp",
  },
  {
    key: "kh-ngo",
    name: "មជ្ឈមណ្ឌលសុវត្ថិភាពកុមារ បាត់ដំបង (demo)",
    agencyType: "ngo",
    countryCode: "KH",
    province: "Battambang",
  },
  {
    key: "mm-welfare",
    name: "ကလေးစောင့်ရှောက်ရေး ဦးစီးဌာန မော်လမြိုင် (demo)",
    agencyType: "social_welfare",
    countryCode: "MM",
    province: "Mon",
  },
  {
    key: "ph-hotline",
    name: "Bantay Bata Hotline Cebu (demo)",
    agencyType: "hotline",
    countryCode: "PH",
    province: "Cebu",
  },
  {
    key: "id-shelter",
    name: "Rumah Aman Anak Batam (demo)",
    agencyType: "shelter",
    countryCode: "ID",
    province: "Kepulauan Riau",
  },
];

export type DemoProvider = {
  org: string | null;
  name: string;
  services: string[];
  languages: string[];
  countryCode: string;
  province: string;
  latitude: number;
  longitude: number;
  minAge: number;
  maxAge: number;
  sexes: ("female" | "male" | "intersex" | "unknown")[];
  hours: string;
  beds?: [capacity: number, free: number];
};

const everyone: DemoProvider["sexes"] = ["female", "male", "intersex", "unknown"];

export const demoProviders: DemoProvider[] = [
  {
    org: "vn-shelter",
    name: "Mái ấm Bình Minh",
    services: ["MSP03", "MSP04", "MSP09"],
    languages: ["vi", "km"],
    countryCode: "VN",
    province: "Đồng Tháp",
    latitude: 10.46,
    longitude: 105.63,
    minAge: 10,
    maxAge: 17,
    sexes: ["female"],
    hours: "24/7",
    beds: [16, 3],
  },
  {
    org: "shelter",
    name: "บ้านพักเด็กปลอดภัย เชียงราย",
    services: ["MSP03", "MSP04", "MSP05"],
    languages: ["th", "my", "lo"],
    countryCode: "TH",
    province: "เชียงราย",
    latitude: 19.91,
    longitude: 99.83,
    minAge: 6,
    maxAge: 17,
    sexes: everyone,
    hours: "24/7",
    beds: [30, 0],
  },
  {
    org: "welfare",
    name: "Tư vấn tâm lý An Giang",
    services: ["MSP01", "MSP04"],
    languages: ["vi"],
    countryCode: "VN",
    province: "An Giang",
    latitude: 10.38,
    longitude: 105.42,
    minAge: 0,
    maxAge: 120,
    sexes: everyone,
    hours: "Thứ Hai–Thứ Sáu 7:30–17:00",
  },
  {
    org: "police",
    name: "Hỗ trợ pháp lý và điều tra Lào Cai",
    services: ["MSP06", "MSP07"],
    languages: ["vi", "zh"],
    countryCode: "VN",
    province: "Lào Cai",
    latitude: 22.49,
    longitude: 103.97,
    minAge: 0,
    maxAge: 120,
    sexes: everyone,
    hours: "24/7",
  },
  {
    org: "kh-ngo",
    name: "Safe Haven Battambang",
    services: ["MSP03", "MSP04", "MSP09", "MSP10"],
    languages: ["km", "en", "vi"],
    countryCode: "KH",
    province: "Battambang",
    latitude: 13.1,
    longitude: 103.2,
    minAge: 8,
    maxAge: 17,
    sexes: ["female"],
    hours: "24/7",
    beds: [20, 6],
  },
  {
    org: "mm-welfare",
    name: "ကလေးစောင့်ရှောက်ရေး စင်တာ",
    services: ["MSP01", "MSP03", "MSP10"],
    languages: ["my", "th"],
    countryCode: "MM",
    province: "Mon",
    latitude: 16.49,
    longitude: 97.63,
    minAge: 0,
    maxAge: 17,
    sexes: everyone,
    hours: "8:00–16:00",
    beds: [12, 2],
  },
  {
    org: "ph-hotline",
    name: "Bantay Bata 163 Cebu",
    services: ["MSP01", "MSP04"],
    languages: ["fil", "en", "ceb"],
    countryCode: "PH",
    province: "Cebu",
    latitude: 10.31,
    longitude: 123.89,
    minAge: 0,
    maxAge: 17,
    sexes: everyone,
    hours: "24/7",
  },
  {
    org: "id-shelter",
    name: "Rumah Aman Anak Batam",
    services: ["MSP03", "MSP05", "MSP09"],
    languages: ["id", "ms"],
    countryCode: "ID",
    province: "Kepulauan Riau",
    latitude: 1.13,
    longitude: 104.05,
    minAge: 5,
    maxAge: 17,
    sexes: everyone,
    hours: "24/7",
    beds: [25, 9],
  },
  {
    org: null,
    name: "Bệnh viện Nhi Đồng 1 (external)",
    services: ["MSP05"],
    languages: ["vi", "en"],
    countryCode: "VN",
    province: "Thành phố Hồ Chí Minh",
    latitude: 10.77,
    longitude: 106.67,
    minAge: 0,
    maxAge: 16,
    sexes: everyone,
    hours: "24/7",
  },
  {
    org: null,
    name: "Trung tâm Dạy nghề Hòa Bình (external)",
    services: ["MSP09", "MSP10"],
    languages: ["vi"],
    countryCode: "VN",
    province: "Hòa Bình",
    latitude: 20.82,
    longitude: 105.34,
    minAge: 15,
    maxAge: 24,
    sexes: everyone,
    hours: "Thứ Hai–Thứ Bảy",
  },
];
