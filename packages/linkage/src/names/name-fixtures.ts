// Test fixtures shared by the name tests: hand-written, real-world spellings. Not used at run time.

/**
 * The same name typed with a Zawgyi font (vowel sign ေ before its consonant, ္ for asat, ် for
 * medial ya) and in Unicode.
 */
export const ZAWGYI_PAIRS: [string, string][] = [
  ["ေအာင္ေက်ာ္", "အောင်ကျော်"],
  ["ဦးေအာင္ေက်ာ္", "ဦးအောင်ကျော်"],
  ["ေဒၚသီတာ", "ဒေါ်သီတာ"],
  ["ေမာင္ထြန္းထြန္း", "မောင်ထွန်းထွန်း"],
  ["ခင္ခင္ေဌး", "ခင်ခင်ဌေး"],
  ["မၿငိမ္းခ်မ္း", "မငြိမ်းချမ်း"],
  ["ျမင့္ျမင့္ေအး", "မြင့်မြင့်အေး"],
  ["မင္းမင္း", "မင်းမင်း"],
];

/** [native, our romanisation, the usual personal spelling] per script. */
export const THAI_NAMES: [string, string, string][] = [
  ["สมชาย", "somchai", "somchai"],
  ["ใจดี", "chaidi", "jaidee"],
  ["พิสณุ", "phitsanu", "pitsanu"],
  ["พิษณุ", "phitsanu", "pissanu"],
  ["สมศักดิ์", "somsak", "somsak"],
  ["ทักษิณ", "thaksin", "thaksin"],
  ["ชินวัตร", "chinwat", "shinawatra"],
  ["ประยุทธ์", "prayut", "prayuth"],
  ["สุรศักดิ์", "surasak", "surasak"],
  ["มาลัย", "malai", "malai"],
  ["บุญมี", "bunmi", "boonmee"],
  ["ศรีสุข", "sisuk", "srisuk"],
  ["อภิสิทธิ์", "aphisit", "abhisit"],
  ["ยิ่งลักษณ์", "yinglak", "yingluck"],
  ["กิตติ", "kitti", "kitti"],
  ["สมพงษ์", "somphong", "sompong"],
  ["วิชัย", "wichai", "vichai"],
  ["แก้ว", "kaeo", "kaew"],
  ["ทองดี", "thongdi", "thongdee"],
  ["รัตนา", "rattana", "rattana"],
  ["สุนทร", "sunthon", "sunthorn"],
  ["จิราพร", "chiraphon", "jiraporn"],
  ["ธีรวัฒน์", "thirawat", "teerawat"],
  ["สวัสดี", "sawatdi", "sawasdee"],
  ["ฉัตรชัย", "chatchai", "chatchai"],
  ["กฤษณา", "kritsana", "kritsana"],
  ["เสถียร", "sathian", "sathien"],
  ["ทารก", "tharok", "tharok"],
];

export const LAO_NAMES: [string, string, string][] = [
  ["ສົມພອນ", "somphon", "somphone"],
  ["ພົມມະວົງ", "phommavong", "phommavong"],
  ["ບຸນມີ", "bounmi", "bounmy"],
  ["ແກ້ວ", "keo", "keo"],
  ["ໄຊຍະວົງ", "xaiyavong", "xayavong"],
  ["ສຸລິຍາ", "souliya", "souliya"],
  ["ວິໄລ", "vilai", "vilay"],
  ["ສີສຸກ", "sisouk", "sisouk"],
  ["ຄຳ", "kham", "kham"],
  ["ອານຸສອນ", "anouson", "anousone"],
];

export const KHMER_NAMES: [string, string, string][] = [
  ["សុខ", "sok", "sok"],
  ["ចាន់", "chan", "chan"],
  ["ហេង", "heng", "heng"],
  ["សំរិន", "samrin", "samrin"],
  ["ស្រី", "srei", "srey"],
  ["សុភាព", "sopheap", "sopheap"],
  ["ដារ៉ា", "dara", "dara"],
  ["កុសល", "kosal", "kosal"],
  ["វណ្ណា", "vanna", "vanna"],
  ["ពិសិដ្ឋ", "piseth", "piseth"],
  ["មាស", "meas", "meas"],
  ["ពៅ", "pov", "pov"],
  ["សុផល", "sophal", "sophal"],
  ["កែវ", "keo", "keo"],
  ["ចិន្តា", "chenta", "chenda"],
];

export const BURMESE_NAMES: [string, string, string][] = [
  ["အောင်", "aung", "aung"],
  ["ကျော်", "kyaw", "kyaw"],
  ["လှိုင်", "hlaing", "hlaing"],
  ["သီတာ", "thida", "thidar"],
  ["ဇော်", "zaw", "zaw"],
  ["မြင့်", "myint", "myint"],
  ["ထွန်း", "htun", "tun"],
  ["ဝင်း", "win", "win"],
  ["ခင်", "khin", "khin"],
  ["ကြည်", "kyi", "kyi"],
  ["နိုင်", "naing", "naing"],
  ["သိန်း", "thein", "thein"],
  ["မျိုး", "myo", "myo"],
  ["ဖြိုး", "phyo", "phyo"],
  ["နွယ်", "nwe", "nwe"],
  ["သန့်", "thant", "thant"],
  ["ထက်", "htet", "htet"],
  ["ချစ်", "chit", "chit"],
  ["ဌေး", "htay", "htay"],
  ["အေး", "aye", "aye"],
  ["ငြိမ်း", "nyein", "nyein"],
  ["နှင်း", "hnin", "hnin"],
  ["ရွှေ", "shway", "shwe"],
  ["စန္ဒာ", "sanda", "sandar"],
];
