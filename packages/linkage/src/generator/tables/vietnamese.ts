import { parseParts, withZipf } from "./parts.ts";

/*
 * Vietnamese family names with their approximate share of the population (per cent), so that
 * Nguyễn dominates as it does in real registers (about 39 %) and the model's term-frequency
 * adjustment has something to adjust. The tail shares are rough; only the skew matters.
 */
export const vietnameseFamily = parseParts(
  `
39 Nguyễn
11 Trần
9.5 Lê
7.1 Phạm
3 Hoàng
2.1 Huỳnh
4.5 Phan
2 Vũ
1.9 Võ
2.1 Đặng
2 Bùi
1.4 Đỗ
1.3 Hồ
1.3 Ngô
1 Dương
0.5 Lý
0.5 Đinh
0.5 Trương
0.4 Lâm
0.4 Mai
0.4 Hà
0.3 Tạ
0.3 Cao
0.3 Lương
0.3 Đoàn
0.2 Châu
0.2 Tô
0.2 Kiều
0.2 Quách
0.2 Thái
0.2 Triệu
0.2 Đào
0.1 Đàm
0.1 Vương
0.1 Lục
`,
  "vietnamese",
);

/** Middle names; Thị and Văn dominate for girls and boys, hence their weight. */
export const vietnameseMiddle = parseParts(
  `
f Thị
f Thị
f Thị
f Thị
f Thị
f Ngọc
f Thu
f Mỹ
f Kim
f Phương
f Bảo
x Thanh
m Văn
m Văn
m Văn
m Văn
m Văn
m Minh
m Đức
m Quốc
m Hữu
m Công
m Xuân
m Hoàng
`,
  "vietnamese",
);

/*
 * Given names: real registers hold thousands, formed from one or two of a few hundred syllables
 * (Thu Hà, Ngọc Anh, Minh Khôi). These syllables, ranked by how common they feel (Zipf-like
 * weights), are drawn once or twice after the middle name (names.ts).
 */
export const vietnameseGiven = withZipf(
  parseParts(
    `
f Đào
f Hoa
f Lan
f Hương
f Trang
f Linh
f Ngọc
f Anh
f Mai
f Thảo
f Hà
f Hạnh
f Thủy = Thuy / Thuey
f Nga
f Nhung
f Vy = Vi
f Huyền
f Hằng
f Yến
f Dung
f Tuyết
f Phương
f Oanh
f Quỳnh = Quynh / Quinh
f Ngân
f Loan
f Giang
f Nhi
f My
f Diệp
m Minh
m Hùng
m Dũng = Dung / Zung
m Tuấn
m Nam
m Hải
m Long
m Quân
m Sơn
m Thắng
m Phúc = Phuc / Phuoc
m Khánh
m Bảo
m Huy
m Đức = Duc / Duck
m Tùng
m Cường = Cuong
m Vinh
m Hiếu
m Trung
m Thành
m Phong
x Tâm
m Kiên
m Đạt
m Toàn
m Lộc
m Nghĩa
m Hoàng
f Châu
f Chi
f Diễm
f Hiền
f Hồng
f Huệ
f Khuê
f Lệ
f Liên
f Ly
f Nguyệt
f Nhàn
f Như
f Nương
f Quyên
f Sương
f Thơ
f Thư
f Thùy
f Tiên
f Trâm
f Uyên
f Vân
f Xuân
f Yên
f Gấm
x Hậu
f Kiều
f Mơ
f Duyên
f Hảo
f Thắm
f Trinh
f Lụa
f Ánh
x An
x Bình
x Hòa
x Khang
x Thiện
x Nhật
x Khoa
x Thịnh
m Khôi
m Tài
m Tín
m Thái
m Hưng
m Lâm
m Luân
m Mạnh
m Nhân
m Phát
m Quang
m Sang
m Tân
m Thuận
m Tiến
m Trí
m Trọng
m Tú
m Việt
m Vũ
m Hào
m Duy
m Định
m Hiển
m Khải
m Lực
m Nguyên
m Phi
m Thông
m Triết
m Hoan
m Kha
`,
    "vietnamese",
  ),
  0.7,
);
