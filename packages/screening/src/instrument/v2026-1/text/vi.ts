import type { LanguageText } from "./language-text.ts";

/** Vietnamese (tiếng Việt). Draft: not yet reviewed by a native speaker. */
export const vi: LanguageText = {
  language: "vi",
  review: "draft",
  sections: {
    acts: "Điều gì đã xảy ra: hành vi",
    means: "Bằng cách nào: phương thức",
    purposes: "Nhằm mục đích gì: mục đích",
    context: "Hoàn cảnh",
    general: "Dấu hiệu chung",
    children: "Dấu hiệu ở trẻ em",
    sexual_exploitation: "Bóc lột tình dục",
    labour_exploitation: "Bóc lột sức lao động",
    domestic_servitude: "Nô lệ giúp việc gia đình",
    begging_and_petty_crime: "Ăn xin và phạm tội vặt",
    forced_criminality_scam_compounds: "Cưỡng bức phạm tội và các khu lừa đảo",
    online_exploitation: "Bóc lột trên mạng",
    other_harms: "Các tổn hại khác",
  },
  questions: {
    "act-recruitment": [
      "Có ai mời cháu đi làm, đi chơi xa hay hứa cho cháu một cuộc sống mới, hoặc rủ cháu đi cùng không?",
      "Người này có bị tuyển mộ không: được mời làm việc, đi lại hoặc chỗ ở, hoặc bị thuyết phục, rủ rê đi?",
    ],
    "act-transportation": [
      "Có ai đưa cháu đi, hoặc trả tiền cho cháu đi, đến một nơi khác không?",
      "Người này có bị vận chuyển, hoặc việc đi lại do người khác sắp xếp hay trả tiền không?",
    ],
    "act-transfer": [
      "Cháu có bị giao từ người này hay nhóm này sang người khác, nhóm khác không?",
      "Người này có bị chuyển giao: trao tay, bán hoặc chuyển qua lại giữa các cá nhân hay nhóm không?",
    ],
    "act-harbouring": [
      "Có ai giữ cháu ở một nơi, hoặc giấu cháu đi không?",
      "Người này có bị chứa chấp: bị người khác cho ở, giữ lại hoặc che giấu không?",
    ],
    "act-receipt": [
      "Khi cháu đến nơi, có ai đón và quản lý cháu không?",
      "Người này có bị tiếp nhận: được ai đó đón và quản lý khi đến nơi không?",
    ],
    "means-threat": [
      "Có ai nói sẽ làm hại cháu hoặc gia đình cháu, hoặc sẽ báo công an về cháu không?",
      "Người này hoặc gia đình họ có bị đe dọa gây hại, bạo lực hoặc tố giác không?",
    ],
    "means-force": [
      "Có ai đánh cháu, làm cháu đau hoặc nhốt cháu lại không?",
      "Có sử dụng vũ lực không: bạo lực, trói buộc hoặc giam giữ?",
    ],
    "means-coercion": [
      "Có ai bắt cháu làm những việc cháu không muốn, dù không đánh cháu không?",
      "Người này có bị cưỡng ép theo cách khác không: gây sức ép, kiểm soát giấy tờ hay tiền bạc, dùng nợ để ràng buộc?",
    ],
    "means-abduction": [
      "Có ai đưa cháu đi mà không hỏi cháu hoặc gia đình cháu không?",
      "Người này có bị bắt cóc không: bị đưa đi trái ý muốn của họ hoặc của người giám hộ?",
    ],
    "means-fraud": [
      "Có ai lừa cháu bằng giấy tờ giả, hợp đồng giả hoặc hứa hẹn tiền bạc sai sự thật không?",
      "Có sử dụng thủ đoạn gian lận không: giấy tờ giả, hợp đồng giả hoặc hứa hẹn tài chính sai sự thật?",
    ],
    "means-deception": [
      "Công việc, nơi ở hoặc tiền lương có khác với những gì người ta nói với cháu không?",
      "Người này có bị lừa dối về tính chất công việc, tiền lương, điều kiện hoặc địa điểm không?",
    ],
    "means-abuse-of-power": [
      "Có người có quyền với cháu, như chủ, cán bộ hay người chăm sóc, dùng quyền đó để bắt cháu đi hoặc ở lại không?",
      "Có lạm dụng chức vụ, quyền hạn (chủ sử dụng lao động, cán bộ, giáo viên, người chăm sóc) để buộc người này phục tùng không?",
    ],
    "means-abuse-of-vulnerability": [
      "Có ai lợi dụng việc cháu không có tiền, không có giấy tờ, không có gia đình ở gần hoặc không biết tiếng không?",
      "Có lợi dụng tình thế dễ bị tổn thương không: nghèo đói, cư trú bất hợp pháp, bị cô lập, khuyết tật, tuổi tác, ngôn ngữ?",
    ],
    "means-payments-to-controller": [
      "Có ai đưa tiền hoặc quà cho bố mẹ cháu hay người trông nom cháu để cháu đi không?",
      "Có đưa tiền hoặc lợi ích cho người có quyền kiểm soát người này (cha mẹ, người giám hộ, chủ) để có được sự đồng ý không?",
    ],
    "purpose-sexual-exploitation": [
      "Cháu có bị bắt, hoặc người ta định bắt cháu, làm những việc tình dục với người khác hoặc để lấy tiền không?",
      "Mục đích có phải là bóc lột mại dâm người khác hoặc các hình thức bóc lột tình dục khác không?",
    ],
    "purpose-forced-labour": [
      "Cháu có bị bắt, hoặc người ta định bắt cháu, làm việc mà cháu không thể từ chối hay dừng lại không?",
      "Mục đích có phải là lao động hoặc dịch vụ cưỡng bức: công việc bị ép buộc dưới sự đe dọa trừng phạt không?",
    ],
    "purpose-slavery": [
      "Có ai đối xử với cháu như thể cháu là đồ vật của họ, hoặc bán cháu không?",
      "Mục đích có phải là nô lệ hoặc các hình thức tương tự nô lệ (chiếm hữu, mua bán, lao động gán nợ) không?",
    ],
    "purpose-servitude": [
      "Cháu có phải sống và làm việc cho ai đó suốt ngày, không có cách nào thoát ra không?",
      "Mục đích có phải là tình trạng lệ thuộc: bị người khác kiểm soát hoàn toàn, không có cách rời đi không?",
    ],
    "purpose-organ-removal": [
      "Có ai muốn lấy một bộ phận cơ thể của cháu, như quả thận, hoặc nói chuyện bán nó không?",
      "Mục đích có phải là lấy bộ phận cơ thể không?",
    ],
    "purpose-forced-criminality": [
      "Cháu có bị bắt, hoặc người ta định bắt cháu, làm những việc trái pháp luật như ăn cắp, bán ma túy hay lừa đảo người khác trên mạng không?",
      "Mục đích có phải là cưỡng bức phạm tội, kể cả lừa đảo trực tuyến, trộm cắp hoặc bán ma túy không?",
    ],
    "purpose-forced-begging": [
      "Cháu có bị bắt, hoặc người ta định bắt cháu, xin tiền ngoài đường rồi nộp cho ai đó không?",
      "Mục đích có phải là cưỡng bức ăn xin không?",
    ],
    "purpose-forced-marriage": [
      "Có ai bắt, hoặc định bắt, cháu lấy chồng hay lấy vợ không?",
      "Mục đích có phải là cưỡng ép kết hôn hoặc tảo hôn không?",
    ],
    "purpose-abuse-material": [
      "Có ai chụp ảnh hay quay video tình dục của cháu, hoặc bắt cháu làm những việc tình dục trước camera không?",
      "Mục đích có phải là sản xuất tài liệu xâm hại tình dục trẻ em hoặc phát trực tiếp hành vi xâm hại tình dục không?",
    ],
    "purpose-armed-recruitment": [
      "Cháu có bị bắt, hoặc người ta định bắt cháu, tham gia hay giúp một nhóm có vũ khí không?",
      "Mục đích có phải là tuyển mộ hoặc sử dụng vào lực lượng vũ trang hay nhóm vũ trang không?",
    ],
    "ctx-consented": [
      "Đã có lúc nào cháu đồng ý đi, hoặc đồng ý làm công việc đó không?",
      "Người này có nói là đã đồng ý vào lúc nào không? (Chỉ ghi nhận làm bối cảnh: không bao giờ được dùng để phủ nhận việc xác định nạn nhân.)",
    ],
    "ctx-exploitation-occurred": [
      "Việc này đã thực sự xảy ra với cháu chưa, hay mới chỉ được lên kế hoạch?",
      "Việc bóc lột đã xảy ra chưa, hay đến nay mới chỉ là ý định?",
    ],
    "ctx-border-crossed": [
      "Cháu có đi sang một nước khác không?",
      "Người này có vượt qua biên giới quốc gia không?",
    ],
    "ctx-age-at-act": [
      "Khi chuyện này bắt đầu, cháu bao nhiêu tuổi?",
      "Tuổi tại thời điểm xảy ra hành vi (tuyển mộ, vận chuyển, chứa chấp), nếu biết.",
    ],
    "ctx-first-contact": [
      "Lần đầu cháu gặp người mời cháu đi làm hoặc đi xa như thế nào?",
      "Người này được liên hệ hoặc tuyển mộ lần đầu bằng cách nào?",
    ],
    "ctx-arrival-date": ["Cháu đến nơi này khi nào?", "Ngày đến nơi hiện tại."],
    "ctx-hours-per-day": [
      "Một ngày bình thường cháu làm việc bao nhiêu tiếng?",
      "Số giờ làm việc trong một ngày bình thường.",
    ],
    "ctx-work-description": [
      "Cháu đã làm công việc gì? Hãy kể bằng lời của cháu.",
      "Công việc hoặc hoạt động đã làm, theo lời của người này (không ghi tên người khác).",
    ],
    "ind-gen-02": [
      "Cháu có cảm thấy mình không thể rời khỏi nơi làm việc hoặc nơi ở không?",
      "Cảm thấy không thể rời khỏi nơi làm việc hoặc nơi ở.",
    ],
    "ind-gen-05": [
      "Có ai làm hại hoặc đe dọa cháu hay gia đình cháu không?",
      "Bản thân hoặc gia đình bị đe dọa hoặc bị bạo lực.",
    ],
    "ind-gen-09": [
      "Có người khác giữ hộ chiếu hoặc thẻ căn cước của cháu không?",
      "Người khác giữ hộ chiếu, giấy tờ tùy thân hoặc giấy tờ đi lại của họ.",
    ],
    "ind-gen-17": [
      "Cháu được trả rất ít hoặc không được trả tiền, hoặc không được giữ tiền của mình không?",
      "Được trả rất ít hoặc không được trả, hoặc không được sử dụng tiền mình làm ra.",
    ],
    "ind-gen-22": [
      "Có ai nói cháu nợ họ tiền và phải làm việc để trả nợ không?",
      "Tin rằng mình mắc nợ và phải làm việc để trả.",
    ],
    "ind-chi-01": [
      "Cháu có không thể gặp hoặc nói chuyện với bố mẹ hay người chăm sóc cháu không?",
      "Không liên lạc được với cha mẹ hoặc người giám hộ.",
    ],
    "ind-chi-04": ["Cháu có nghỉ học rồi không?", "Không đi học."],
    "ind-chi-08": [
      "Cháu có làm việc nặng, nguy hiểm hoặc làm ban đêm không?",
      "Làm công việc không phù hợp với trẻ em.",
    ],
    "ind-chi-09": [
      "Cháu có đi mà không có gia đình, hoặc đi cùng những người lớn không phải người nhà không?",
      "Đi lại không có người lớn đi kèm, hoặc đi theo nhóm với những người không phải họ hàng.",
    ],
    "ind-sex-03": [
      "Có phải lúc nào cũng có người đi theo cháu khi đi làm và về không?",
      "Luôn có người đi kèm khi đi làm, về và khi làm các việc khác.",
    ],
    "ind-sex-06": ["Cháu có ngủ ngay tại nơi làm việc không?", "Ngủ tại nơi làm việc."],
    "ind-sex-10": [
      "Cháu có không có chút tiền nào của riêng mình không?",
      "Không có tiền mặt riêng.",
    ],
    "ind-lab-07": [
      "Cháu chỉ được rời nơi làm việc khi có chủ đi cùng, hoặc có bảo vệ hay khóa cửa giữ cháu lại không?",
      "Không thể rời khỏi nơi làm việc nếu không có chủ; có biện pháp canh gác giữ người lao động lại.",
    ],
    "ind-lab-08": [
      "Cháu có bị phạt tiền khi chủ nói cháu làm sai không?",
      "Bị kỷ luật bằng hình thức phạt tiền.",
    ],
    "ind-lab-15": [
      "Cháu có phải trả tiền dụng cụ, tiền ăn, tiền chỗ ngủ, hoặc bị trừ vào lương không?",
      "Phải trả tiền dụng cụ, ăn uống hoặc chỗ ở, hoặc bị trừ vào lương.",
    ],
    "ind-ilo-09": [
      "Cháu có phải làm việc để trả một khoản nợ cứ tăng lên hoặc cháu không hiểu rõ không?",
      "Phải làm việc để trả nợ (phí, tiền đi lại, tiền ứng trước) mà họ không kiểm soát được số tiền hay điều kiện.",
    ],
    "ind-dom-02": [
      "Cháu có phải ăn riêng với gia đình chủ, hoặc chỉ được ăn đồ thừa không?",
      "Không được ăn cùng gia đình chủ, hoặc chỉ được ăn thức ăn thừa.",
    ],
    "ind-dom-06": [
      "Có phải cháu không bao giờ được ra khỏi nhà nếu không có gia đình chủ đi cùng không?",
      "Không bao giờ ra khỏi nhà mà không có chủ đi cùng.",
    ],
    "ind-dom-07": [
      "Trong nhà có ai quát mắng, xúc phạm, làm đau hoặc đe dọa cháu không?",
      "Bị xúc phạm, ngược đãi, đe dọa hoặc bạo lực.",
    ],
    "ind-beg-02": ["Cháu có bị bảo mang hoặc bán ma túy không?", "Trẻ em mang hoặc bán ma túy."],
    "ind-beg-08": [
      "Cháu có bị phạt nếu không mang về đủ tiền hoặc đồ không?",
      "Bị phạt vì xin được hoặc lấy cắp được không đủ.",
    ],
    "ind-beg-10": [
      "Cháu có sống với những người lớn không phải bố mẹ mình không?",
      "Trẻ sống với những người lớn không phải cha mẹ.",
    ],
    "ind-scm-04": [
      "Khi cháu đến nơi, có ai lấy hộ chiếu và điện thoại của cháu không?",
      "Khi đến nơi, bị lấy hộ chiếu và điện thoại.",
    ],
    "ind-scm-06": [
      "Cháu có bị bắt nhắn tin với người khác trên mạng để lừa lấy tiền của họ không?",
      "Bị ép lừa đảo người khác trên mạng: lừa tình, lừa đầu tư, nền tảng tiền mã hóa giả, cờ bạc bất hợp pháp.",
    ],
    "ind-scm-07": [
      "Cháu có bị giữ ở một nơi có bảo vệ hoặc tường rào mà cháu không thể ra ngoài không?",
      "Bị giữ trong một khu có canh gác và không thể rời đi.",
    ],
    "ind-onl-03": [
      "Có ai bắt cháu làm những việc tình dục trước camera trong khi có người ở xa xem không?",
      "Trẻ bị ép tham gia hành vi tình dục được phát trực tiếp cho người xem từ xa (xâm hại phát trực tiếp).",
    ],
    "ind-onl-05": [
      "Có người cháu quen trên mạng tặng quà, quan tâm hoặc cho tiền rồi đòi ảnh tình dục hoặc đòi gặp không?",
      "Người lớn làm quen với trẻ trên mạng, tặng quà, quan tâm hoặc cho tiền, rồi tiến tới đòi tiếp xúc hoặc hình ảnh tình dục (dụ dỗ trực tuyến).",
    ],
    "ind-onl-06": [
      "Có ai nói sẽ tung ảnh tình dục của cháu nếu cháu không gửi thêm, không trả tiền hoặc không gặp họ không?",
      "Trẻ bị đe dọa phát tán ảnh tình dục nếu không gửi thêm, trả tiền hoặc gặp mặt (tống tiền tình dục).",
    ],
    "ind-onl-10": [
      "Có người trong gia đình hoặc trong nhà sắp xếp, hoặc lấy tiền từ những người xem hay quay cháu trên mạng không?",
      "Người thân hoặc người chăm sóc sắp xếp hoặc hưởng lợi từ việc bóc lột tình dục trẻ trên mạng tại nhà.",
    ],
    "harm-child-work": [
      "Cháu có làm việc để kiếm tiền, hoặc làm cho những người cháu sống cùng không?",
      "Trẻ có đang làm việc không (có hoặc không được trả công, ngoài việc nhà thông thường)?",
    ],
    "harm-sexual-contact": [
      "Có ai chạm vào người cháu theo cách tình dục, hoặc bắt cháu làm những việc tình dục không?",
      "Trẻ có bị bất kỳ ai tiếp xúc tình dục hoặc xâm hại tình dục không?",
    ],
    "harm-paid-crossing": [
      "Cháu hoặc gia đình cháu có trả tiền cho ai đó để giúp cháu vượt biên lén lút không?",
      "Người này hoặc gia đình có trả tiền cho ai đó để tổ chức vượt biên trái phép không?",
    ],
  },
  options: {
    "ctx-first-contact.in_person": "Gặp trực tiếp, người lạ hoặc người môi giới",
    "ctx-first-contact.family_or_friend": "Qua gia đình hoặc bạn bè",
    "ctx-first-contact.online": "Trên mạng: mạng xã hội, ứng dụng nhắn tin hoặc quảng cáo",
    "ctx-first-contact.agency": "Qua công ty môi giới việc làm hoặc người môi giới",
    "ctx-first-contact.other": "Khác",
  },
  harms: {
    child_labour: "Lao động trẻ em",
    sexual_abuse: "Xâm hại tình dục trẻ em",
    smuggling_without_exploitation:
      "Đưa người qua biên giới trái phép, chưa thấy dấu hiệu bóc lột (tiếp tục xem xét)",
  },
};
