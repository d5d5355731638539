//! Chinese: 九十, 一百零五, 第二十; 两 for two things counted.

const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/// The number as a numeral, 二 for two (the ordinal's form).
fn numeral(n: u16) -> String {
    let (hundreds, tens, ones) = (n / 100, n / 10 % 10, n % 10);
    let mut out = String::new();
    if hundreds > 0 {
        out.push_str(DIGITS[hundreds as usize]);
        out.push('百');
    }
    match tens {
        // 一百零五: a zero stands for the missing tens.
        0 if hundreds > 0 && ones > 0 => out.push('零'),
        0 => {}
        // 十五 alone, but 一百一十五 after a hundred.
        1 if hundreds == 0 => out.push('十'),
        _ => {
            out.push_str(DIGITS[tens as usize]);
            out.push('十');
        }
    }
    if ones > 0 {
        out.push_str(DIGITS[ones as usize]);
    }
    out
}

pub fn cardinal(n: u16) -> String {
    match n {
        2 => "两".to_string(),
        _ => numeral(n),
    }
}

pub fn ordinal(n: u16) -> String {
    format!("第{}", numeral(n))
}
