import type { LanguageText } from "./language-text.ts";

/** Filipino. Draft: not yet reviewed by a native speaker. */
export const fil: LanguageText = {
  language: "fil",
  review: "draft",
  sections: {
    acts: "Ano ang ginawa: ang gawain",
    means: "Paano ito ginawa: ang paraan",
    purposes: "Para saan: ang layunin",
    context: "Mga pangyayari",
    general: "Pangkalahatang palatandaan",
    children: "Mga palatandaan para sa mga bata",
    sexual_exploitation: "Sekswal na pagsasamantala",
    labour_exploitation: "Pagsasamantala sa paggawa",
    domestic_servitude: "Sapilitang paninilbihan sa bahay",
    begging_and_petty_crime: "Pamamalimos at maliliit na krimen",
    forced_criminality_scam_compounds: "Sapilitang krimen at mga scam compound",
    online_exploitation: "Pagsasamantala online",
    other_harms: "Iba pang pinsala",
  },
  questions: {
    "act-recruitment": [
      "May nag-alok ba sa iyo ng trabaho, biyahe o bagong buhay, o nagyaya sa iyong sumama sa kanila?",
      "Na-recruit ba ang tao: inalok ng trabaho, biyahe o matitirhan, o hinikayat o niyayang umalis?",
    ],
    "act-transportation": [
      "May nagdala ba sa iyo, o nagbayad ng biyahe mo, papunta sa ibang lugar?",
      "Dinala ba ang tao, o ang kanyang biyahe ay inayos o binayaran ng iba?",
    ],
    "act-transfer": [
      "Ipinasa ka ba mula sa isang tao o grupo papunta sa ibang tao o grupo?",
      "Inilipat ba ang tao: ipinasa, ibinenta o inabot sa pagitan ng mga tao o grupo?",
    ],
    "act-harbouring": [
      "May nagtago ba sa iyo, o nagpanatili sa iyo sa isang lugar?",
      "Kinanlong ba ang tao: pinatira, pinigil o itinago ng iba?",
    ],
    "act-receipt": [
      "Pagdating mo, may sumalubong ba at humawak sa iyo?",
      "Tinanggap ba ang tao: sinalubong at kinontrol ng isang tao pagdating?",
    ],
    "means-threat": [
      "May nagsabi ba na sasaktan ka o ang pamilya mo, o isusumbong ka sa pulis?",
      "Pinagbantaan ba ang tao o ang kanyang pamilya ng pananakit, karahasan o pagsusumbong?",
    ],
    "means-force": [
      "May nanakit, pumalo o nagkulong ba sa iyo?",
      "Gumamit ba ng dahas: karahasan, pagtali o pagkulong?",
    ],
    "means-coercion": [
      "May pumilit ba sa iyong gawin ang ayaw mo, kahit hindi ka sinaktan?",
      "Pinilit ba ang tao sa ibang paraan: panggigipit, pagkontrol sa dokumento o pera, utang na ginamit para itali siya?",
    ],
    "means-abduction": [
      "May kumuha ba sa iyo nang hindi ka tinatanong o ang pamilya mo?",
      "Dinukot ba ang tao: kinuha laban sa kanyang kalooban o sa kalooban ng tagapag-alaga?",
    ],
    "means-fraud": [
      "May nanloko ba sa iyo gamit ang pekeng papeles, pekeng kontrata o maling pangako tungkol sa pera?",
      "Gumamit ba ng pandaraya: pekeng dokumento, pekeng kontrata o maling pangakong pinansyal?",
    ],
    "means-deception": [
      "Iba ba ang trabaho, lugar o sahod sa sinabi sa iyo?",
      "Nilinlang ba ang tao tungkol sa uri ng trabaho, sahod, kalagayan o lugar?",
    ],
    "means-abuse-of-power": [
      "May taong may kapangyarihan sa iyo, tulad ng amo, opisyal o tagapag-alaga, na ginamit ito para ikaw ay umalis o manatili?",
      "Inabuso ba ang posisyon ng kapangyarihan (amo, opisyal, guro, tagapag-alaga) para mapasunod ang tao?",
    ],
    "means-abuse-of-vulnerability": [
      "May nagsamantala ba sa iyo dahil wala kang pera, walang papeles, malayo sa pamilya o hindi mo alam ang wika?",
      "Inabuso ba ang kahinaan ng kalagayan: kahirapan, iregular na estado, pagkakahiwalay, kapansanan, edad, wika?",
    ],
    "means-payments-to-controller": [
      "May nagbigay ba ng pera o regalo sa mga magulang mo o sa nag-aalaga sa iyo para ikaw ay sumama?",
      "May ibinigay bang bayad o pakinabang sa taong may kontrol sa tao (magulang, tagapag-alaga, amo) para makuha ang pahintulot?",
    ],
    "purpose-sexual-exploitation": [
      "Pinilit ka ba, o balak ka bang pilitin, na gumawa ng sekswal na bagay sa ibang tao o para sa pera?",
      "Ang layunin ba ay pagsasamantala sa prostitusyon ng iba o iba pang anyo ng sekswal na pagsasamantala?",
    ],
    "purpose-forced-labour": [
      "Pinilit ka ba, o balak ka bang pilitin, na magtrabaho nang hindi ka makatanggi o makatigil?",
      "Ang layunin ba ay sapilitang paggawa o serbisyo: trabahong hinihingi sa ilalim ng banta ng parusa?",
    ],
    "purpose-slavery": [
      "May tumrato ba sa iyo na parang pag-aari ka nila, o nagbenta sa iyo?",
      "Ang layunin ba ay pang-aalipin o gawaing katulad ng pang-aalipin (pag-aari, pagbebenta, pagkakatali sa utang)?",
    ],
    "purpose-servitude": [
      "Kailangan mo bang tumira at magtrabaho para sa isang tao sa lahat ng oras, nang walang paraan para makaalis?",
      "Ang layunin ba ay sapilitang paninilbihan: lubos na pagdepende at kontrol ng iba, nang walang paraan para umalis?",
    ],
    "purpose-organ-removal": [
      "May gustong kumuha ba ng bahagi ng katawan mo, tulad ng bato, o nag-usap tungkol sa pagbebenta nito?",
      "Ang layunin ba ay pagtanggal ng organ?",
    ],
    "purpose-forced-criminality": [
      "Pinilit ka ba, o balak ka bang pilitin, na gumawa ng labag sa batas, tulad ng pagnanakaw, pagbebenta ng droga o panloloko ng tao online?",
      "Ang layunin ba ay sapilitang krimen, kasama ang mga online scam, pagnanakaw o pagbebenta ng droga?",
    ],
    "purpose-forced-begging": [
      "Pinilit ka ba, o balak ka bang pilitin, na mamalimos sa kalye at ibigay ang pera sa ibang tao?",
      "Ang layunin ba ay sapilitang pamamalimos?",
    ],
    "purpose-forced-marriage": [
      "May pumilit ba, o nagbalak pumilit, sa iyong magpakasal?",
      "Ang layunin ba ay sapilitang kasal o kasal ng bata?",
    ],
    "purpose-abuse-material": [
      "May kumuha ba ng sekswal na litrato o video mo, o nagpagawa sa iyo ng sekswal na bagay sa harap ng camera?",
      "Ang layunin ba ay paggawa ng child sexual abuse material o livestreamed na sekswal na pang-aabuso?",
    ],
    "purpose-armed-recruitment": [
      "Pinilit ka ba, o balak ka bang pilitin, na sumali o tumulong sa isang armadong grupo?",
      "Ang layunin ba ay pag-recruit o paggamit ng sandatahang lakas o armadong grupo?",
    ],
    "ctx-consented": [
      "Pumayag ka ba kahit minsan na umalis, o na gawin ang trabahong iyon?",
      "Sinabi ba ng tao na pumayag siya kahit minsan? (Itinatala bilang konteksto lamang: hindi ito kailanman ginagamit laban sa pagkilala bilang biktima.)",
    ],
    "ctx-exploitation-occurred": [
      "Nangyari na ba talaga ito sa iyo, o plano pa lang?",
      "Naganap na ba ang pagsasamantala, o hanggang ngayon ay balak pa lamang?",
    ],
    "ctx-border-crossed": [
      "Tumawid ka ba papunta sa ibang bansa?",
      "Tumawid ba ang tao sa hangganan ng bansa?",
    ],
    "ctx-age-at-act": [
      "Ilang taon ka noong nagsimula ito?",
      "Edad noong panahon ng gawain (pag-recruit, pagdadala, pagkanlong), kung alam.",
    ],
    "ctx-first-contact": [
      "Paano mo unang nakilala ang taong nag-alok sa iyo ng trabaho o biyahe?",
      "Paano unang nakontak o na-recruit ang tao?",
    ],
    "ctx-arrival-date": [
      "Kailan ka dumating sa lugar na ito?",
      "Petsa ng pagdating sa kasalukuyang lugar.",
    ],
    "ctx-hours-per-day": [
      "Ilang oras ka nagtatrabaho sa isang karaniwang araw?",
      "Bilang ng oras ng trabaho sa karaniwang araw.",
    ],
    "ctx-work-description": [
      "Anong trabaho ang ginawa mo? Ikuwento mo sa sarili mong salita.",
      "Trabaho o gawaing ginawa, sa sariling salita ng tao (walang pangalan ng ibang tao).",
    ],
    "ind-gen-02": [
      "Pakiramdam mo ba ay hindi ka makaalis sa lugar kung saan ka nagtatrabaho o nakatira?",
      "Pakiramdam ay hindi makaalis sa lugar ng trabaho o tirahan.",
    ],
    "ind-gen-05": [
      "May nanakit o nagbanta ba sa iyo o sa pamilya mo?",
      "Pinagbantaan o sinaktan, o ang kanyang pamilya.",
    ],
    "ind-gen-09": [
      "Ibang tao ba ang may hawak ng pasaporte o ID mo?",
      "Ibang tao ang may hawak ng kanyang pasaporte, ID o dokumento sa paglalakbay.",
    ],
    "ind-gen-17": [
      "Napakaliit ba o wala ang bayad sa iyo, o hindi mo mahawakan ang sarili mong pera?",
      "Napakaliit o walang bayad, o hindi mahawakan ang sariling kita.",
    ],
    "ind-gen-22": [
      "May nagsabi ba na may utang ka sa kanila na kailangan mong bayaran sa pagtatrabaho?",
      "Naniniwalang may utang na kailangang bayaran sa pagtatrabaho.",
    ],
    "ind-chi-01": [
      "Hindi mo ba talaga makita o makausap ang mga magulang mo o ang nag-aalaga sa iyo?",
      "Walang akses sa mga magulang o tagapag-alaga.",
    ],
    "ind-chi-04": ["Tumigil ka na ba sa pag-aaral?", "Hindi pumapasok sa paaralan."],
    "ind-chi-08": [
      "Mabigat, mapanganib o sa gabi ba ang trabaho mo?",
      "Gumagawa ng trabahong hindi angkop sa bata.",
    ],
    "ind-chi-09": [
      "Naglakbay ka ba nang walang kasamang pamilya, o kasama ang mga matatandang hindi mo kamag-anak?",
      "Naglalakbay nang walang adulto, o sa grupo ng mga taong hindi kamag-anak.",
    ],
    "ind-sex-03": [
      "Lagi ka bang may kasama papunta at pauwi mula sa trabaho?",
      "May kasamang bantay papunta at pauwi sa trabaho at sa ibang gawain.",
    ],
    "ind-sex-06": ["Natutulog ka ba sa lugar ng trabaho mo?", "Natutulog sa lugar ng trabaho."],
    "ind-sex-10": ["Wala ka ba talagang sariling pera?", "Walang sariling pera."],
    "ind-lab-07": [
      "Makakaalis ka lang ba sa trabaho kung kasama ang amo, o may guwardiya o kandado na pumipigil sa iyo?",
      "Hindi makaalis sa lugar nang walang amo; may seguridad na pumipigil sa mga manggagawa.",
    ],
    "ind-lab-08": [
      "Kailangan mo bang magbayad ng multa kapag sinabi ng amo na nagkamali ka?",
      "Dinidisiplina sa pamamagitan ng multa.",
    ],
    "ind-lab-15": [
      "Kailangan mo bang magbayad para sa gamit, pagkain o higaan, o kinakaltas ito sa sahod mo?",
      "Nagbabayad para sa gamit, pagkain o tirahan, o kinakaltas sa sahod.",
    ],
    "ind-ilo-09": [
      "Kailangan mo bang magtrabaho para bayaran ang utang na patuloy na lumalaki o hindi mo naiintindihan?",
      "Nagtatrabaho para bayaran ang utang (bayarin, biyahe, paunang bayad) na hindi niya kontrolado ang halaga o kondisyon.",
    ],
    "ind-dom-02": [
      "Hiwalay ka bang kumakain sa pamilya ng amo mo, o tira-tira lang ang nakukuha mo?",
      "Hindi kasabay kumain ng pamilya, o tira-tira lamang ang ibinibigay.",
    ],
    "ind-dom-06": [
      "Hindi ka ba kailanman pinapayagang lumabas ng bahay nang walang kasamang pamilya ng amo?",
      "Hindi kailanman lumalabas ng bahay nang walang amo.",
    ],
    "ind-dom-07": [
      "May sumisigaw, nang-iinsulto, nananakit o nagbabanta ba sa iyo sa bahay?",
      "Ininsulto, inabuso, pinagbantaan o sinaktan.",
    ],
    "ind-beg-02": [
      "May nag-utos ba sa iyong magdala o magbenta ng droga?",
      "Bata na nagdadala o nagbebenta ng ilegal na droga.",
    ],
    "ind-beg-08": [
      "Pinaparusahan ka ba kapag kulang ang perang o gamit na naiuuwi mo?",
      "Pinaparusahan dahil kulang ang nalimos o nanakaw.",
    ],
    "ind-beg-10": [
      "Nakatira ka ba kasama ang mga matatandang hindi mo magulang?",
      "Batang nakatira kasama ang mga adultong hindi niya magulang.",
    ],
    "ind-scm-04": [
      "Pagdating mo, may kumuha ba ng pasaporte at cellphone mo?",
      "Pagdating, kinuha ang pasaporte at cellphone.",
    ],
    "ind-scm-06": [
      "Pinilit ka bang makipag-chat sa mga tao online para lokohin sila at kunin ang pera nila?",
      "Pinilit manloko ng tao online: romance o investment scam, pekeng crypto platform, ilegal na sugal.",
    ],
    "ind-scm-07": [
      "Ikinulong ka ba sa lugar na may guwardiya o pader kaya hindi ka makalabas?",
      "Ikinulong sa binabantayang compound at hindi makaalis.",
    ],
    "ind-onl-03": [
      "May nagpagawa ba sa iyo ng sekswal na bagay sa harap ng camera habang may nanonood mula sa malayo?",
      "Pinilit ang bata na sumali sa sekswal na gawain na ipinapakita nang live sa mga manonood sa malayo (livestreamed na pang-aabuso).",
    ],
    "ind-onl-05": [
      "May nakilala ka ba online na nagbigay ng regalo, atensyon o pera, tapos humingi ng sekswal na litrato o gustong makipagkita?",
      "Isang adulto ang bumuo ng ugnayan sa bata online, gamit ang regalo, atensyon o pera, at humantong sa sekswal na kontak o larawan (grooming).",
    ],
    "ind-onl-06": [
      "May nagsabi ba na ikakalat nila ang sekswal na litrato mo kung hindi ka magpapadala pa, magbabayad o makikipagkita?",
      "Pinagbabantaan ang bata na ikakalat ang sekswal na larawan maliban kung magpadala pa, magbayad o makipagkita (sextortion).",
    ],
    "ind-onl-10": [
      "May kapamilya ba o kasama sa bahay na nag-aayos, o kumikita mula sa mga taong nanonood o kumukuha sa iyo online?",
      "Isang kapamilya o tagapag-alaga ang nag-aayos o kumikita sa sekswal na pagsasamantala sa bata online sa loob ng bahay.",
    ],
    "harm-child-work": [
      "Nagtatrabaho ka ba para kumita ng pera, o para sa mga taong kasama mo sa bahay?",
      "Nagtatrabaho ba ang bata (may bayad man o wala, bukod sa karaniwang gawaing-bahay)?",
    ],
    "harm-sexual-contact": [
      "May humawak ba sa iyo sa sekswal na paraan, o nagpagawa sa iyo ng sekswal na bagay?",
      "Nakaranas ba ang bata ng sekswal na paghawak o sekswal na pang-aabuso mula kaninuman?",
    ],
    "harm-paid-crossing": [
      "Ikaw ba o ang pamilya mo ay nagbayad sa isang tao para tulungan kang tumawid sa hangganan nang palihim?",
      "Nagbayad ba ang tao o ang kanyang pamilya sa isang tao para ayusin ang iregular na pagtawid sa hangganan?",
    ],
  },
  options: {
    "ctx-first-contact.in_person": "Personal, ng isang estranghero o recruiter",
    "ctx-first-contact.family_or_friend": "Sa pamamagitan ng pamilya o kaibigan",
    "ctx-first-contact.online": "Online: social media, messaging app o anunsyo",
    "ctx-first-contact.agency": "Sa pamamagitan ng ahensya o broker",
    "ctx-first-contact.other": "Iba pa",
  },
  harms: {
    child_labour: "Child labour",
    sexual_abuse: "Sekswal na pang-aabuso sa bata",
    smuggling_without_exploitation:
      "Smuggling na walang palatandaan ng pagsasamantala (patuloy na suriin)",
  },
};
