//! Input builders: `fn(n) -> Doc`, each saying what `n` counts. Deterministic (no clock, no
//! OS randomness), so a failure reproduces. The Arabic is written for these tests.

use super::Doc;

/// A short article of our own: title, date line, three paragraphs with numbers, dates,
/// places, hedges and attribution.
pub const ARTICLE: &str = "مسؤول: آلاف المقاتلين من آسيا الوسطى ما زالوا في سوريا

الأربعاء 8 يونيو 2016 - 11:39 ص

عمّان - قال وزير الداخلية الكازاخي يوم الأربعاء إن أكثر من 4 آلاف مقاتل من دول آسيا الوسطى انضموا إلى تنظيم داعش منذ عام 2012، بحسب ما نقلته وكالة الأنباء الرسمية.

وأضاف أن السلطات أعادت نحو 600 شخص من مخيم الهول خلال السنوات الخمس الماضية، بينهم ١٥٠ طفلا و٣٢ امرأة، فيما أفرج عن عشرات المعتقلين في 27 آب الماضي.

وذكرت مصادر أمنية أن ما بين 300 و400 مسلح ما زالوا في شمال سوريا، وأن الحكومة خصصت 2.5 مليون دولار لبرامج إعادة التأهيل في 15 رمضان 1437 هـ.
";

/// `unit` joined by `sep`, `n` times.
fn repeat(unit: &str, sep: &str, n: usize) -> String {
    let mut s = String::with_capacity((unit.len() + sep.len()) * n);
    for i in 0..n {
        if i > 0 {
            s.push_str(sep);
        }
        s.push_str(unit);
    }
    s
}

/// The article's paragraphs repeated to at least `bytes` bytes, one blank line apart.
fn articles(bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + ARTICLE.len());
    while s.len() < bytes.max(1) {
        s.push_str(ARTICLE);
        s.push('\n');
    }
    s
}

/// A sentence-level filler: the article's body sentences with the line breaks taken out.
fn one_line(bytes: usize) -> String {
    articles(bytes).replace('\n', " ")
}

/// Deterministic bytes (xorshift64*).
fn noise(n: usize, mut state: u64) -> Vec<u8> {
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        out.extend_from_slice(&state.wrapping_mul(0x2545_F491_4F6C_DD1D).to_le_bytes());
    }
    out.truncate(n);
    out
}

/// Text with `between` after every char.
fn interleave(text: &str, between: &str) -> String {
    let mut s = String::with_capacity(text.len() * (1 + between.len()));
    for c in text.chars() {
        s.push(c);
        s.push_str(between);
    }
    s
}

// ---- bytes and encodings -------------------------------------------------------------------

pub fn empty(_: usize) -> Doc {
    Doc::bytes(Vec::new())
}

/// `n` ASCII white-space chars (space, tab, LF, CR, form feed).
pub fn whitespace_only(n: usize) -> Doc {
    Doc::text(" \t\n\r\x0C".chars().cycle().take(n).collect::<String>())
}

/// `n` white-space chars including vertical tab (U+000B, white space for Unicode and Rust's
/// `char::is_whitespace`, not for `u8::is_ascii_whitespace`).
pub fn whitespace_with_vertical_tab(n: usize) -> Doc {
    Doc::text(" \x0B\n".chars().cycle().take(n).collect::<String>())
}

/// `n` Unicode white-space chars (NBSP, em space, ideographic space, line/paragraph separators).
pub fn unicode_spaces_only(n: usize) -> Doc {
    Doc::text("\u{A0}\u{2003}\u{3000}\u{2028}\u{2029}\u{205F}\u{85}".chars().cycle().take(n).collect::<String>())
}

pub fn bom_only(_: usize) -> Doc {
    Doc::bytes(b"\xEF\xBB\xBF".to_vec())
}

/// A BOM, then `n` blanks.
pub fn bom_then_whitespace(n: usize) -> Doc {
    let mut b = b"\xEF\xBB\xBF".to_vec();
    b.extend(std::iter::repeat_n(b' ', n));
    Doc::bytes(b)
}

/// `n` NUL bytes.
pub fn nul_bytes_only(n: usize) -> Doc {
    Doc::bytes(vec![0u8; n])
}

/// The article (≥ `n` bytes) with a NUL after every char.
pub fn nul_between_chars(n: usize) -> Doc {
    Doc::text(interleave(&articles(n / 2), "\0"))
}

/// `n` pseudo-random bytes.
pub fn random_bytes(n: usize) -> Doc {
    Doc::bytes(noise(n, 0x9E37_79B9_7F4A_7C15))
}

/// `n` bytes of stray UTF-8 continuation bytes (0x80–0xBF) between Arabic words.
pub fn invalid_utf8_continuations(n: usize) -> Doc {
    let mut b = Vec::with_capacity(n + 64);
    let mut i = 0u8;
    while b.len() < n {
        b.extend_from_slice("مقاتل ".as_bytes());
        b.extend((0..8).map(|k| 0x80 | ((i.wrapping_add(k)) & 0x3F)));
        i = i.wrapping_add(7);
    }
    Doc::bytes(b)
}

/// Overlong encodings of `/`, `0` and `ا`, a 5-byte form and 0xFE/0xFF, between words;
/// `n` repetitions.
pub fn overlong_utf8(n: usize) -> Doc {
    let unit: &[u8] = b"\xC0\xAF \xE0\x80\xAF \xF0\x80\x80\xAF \xC0\xB0\xC1\x81 \xE0\x98\xA7 \xF8\x88\x80\x80\x80 \xFE\xFF 4\xC0\xB0\xC0\xB0 ";
    let mut b = Vec::with_capacity(n * (unit.len() + 16));
    for _ in 0..n {
        b.extend_from_slice("أكثر من ".as_bytes());
        b.extend_from_slice(unit);
    }
    Doc::bytes(b)
}

/// UTF-16 surrogates encoded as UTF-8 (CESU-8) and code points past U+10FFFF; `n` times.
pub fn utf8_surrogates(n: usize) -> Doc {
    let unit: &[u8] = b"\xED\xA0\x80\xED\xB0\x80 \xED\xBF\xBF \xF4\x90\x80\x80 \xF5\x80\x80\x80 ";
    let mut b = Vec::with_capacity(n * (unit.len() + 16));
    for _ in 0..n {
        b.extend_from_slice("ألف شخص ".as_bytes());
        b.extend_from_slice(unit);
    }
    Doc::bytes(b)
}

/// The article (≥ `n` bytes) cut in the middle of its last Arabic letter.
pub fn truncated_utf8_tail(n: usize) -> Doc {
    let mut b = articles(n).trim_end().as_bytes().to_vec();
    b.pop();
    Doc::bytes(b)
}

fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let units = (bom.then_some(0xFEFF_u16)).into_iter().chain(text.encode_utf16());
    units.flat_map(|u| if big_endian { u.to_be_bytes() } else { u.to_le_bytes() }).collect()
}

/// The article (≥ `n` bytes of UTF-8) as UTF-16LE, no BOM, no declaration.
pub fn utf16le_without_bom(n: usize) -> Doc {
    Doc::bytes(utf16(&articles(n), false, false))
}

/// The article as UTF-16BE, no BOM, no declaration.
pub fn utf16be_without_bom(n: usize) -> Doc {
    Doc::bytes(utf16(&articles(n), true, false))
}

/// The article as UTF-16LE with a BOM.
pub fn utf16le_with_bom(n: usize) -> Doc {
    Doc::bytes(utf16(&articles(n), false, true))
}

/// The article in windows-1256, declared as UTF-8.
pub fn windows1256_declared_utf8(n: usize) -> Doc {
    let text = articles(n);
    let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(&text);
    Doc::bytes(bytes.into_owned()).content_type("text/plain; charset=utf-8")
}

/// The article in UTF-8, declared as windows-1256.
pub fn utf8_declared_windows1256(n: usize) -> Doc {
    Doc::text(articles(n)).content_type("text/plain; charset=windows-1256")
}

/// The article declared in a charset that does not exist.
pub fn unknown_charset_declared(n: usize) -> Doc {
    Doc::text(articles(n)).content_type("text/html; charset=x-no-such-charset; charset=utf-7")
}

/// An HTML page in UTF-8 whose `<meta charset>` says ISO-8859-1, then UTF-16.
pub fn html_meta_charset_lies(n: usize) -> Doc {
    let body = articles(n).replace("\n\n", "</p><p>");
    Doc::bytes(
        format!(
            "<html><head><meta charset=\"iso-8859-1\"><meta http-equiv=\"Content-Type\" \
             content=\"text/html; charset=utf-16\"><title>خبر</title></head><body><p>{body}</p></body></html>"
        )
        .into_bytes(),
    )
}

/// The article with a content type of `n` bytes.
pub fn huge_content_type(n: usize) -> Doc {
    let junk = repeat("charset=x;", "", n / 10);
    Doc::text(articles(1000)).content_type(&format!("text/html; {junk}"))
}

/// The article with a URL and an outlet name of `n` bytes each.
pub fn huge_url_and_outlet(n: usize) -> Doc {
    let mut d = Doc::text(articles(1000));
    d.url = Some(format!("https://www.example.com/{}", "ا%D8%A7/".repeat(n / 8)));
    d.outlet = Some("وكالة ".repeat(n / 11));
    d
}

// ---- invisible and unusual characters -------------------------------------------------------

/// `n` bidi controls (RLO, LRO, PDF, LRI, RLI, FSI, PDI, RLM, LRM, ALM), nothing else.
pub fn bidi_controls_only(n: usize) -> Doc {
    Doc::text(
        "\u{202E}\u{202D}\u{202C}\u{2066}\u{2067}\u{2068}\u{2069}\u{200F}\u{200E}\u{061C}"
            .chars()
            .cycle()
            .take(n)
            .collect::<String>(),
    )
}

/// The article (≥ `n` bytes) with RLM + PDI after every char.
pub fn bidi_controls_between_chars(n: usize) -> Doc {
    Doc::text(interleave(&articles(n / 4), "\u{200F}\u{2069}"))
}

/// `n` zero-width chars (ZWSP, ZWNJ, ZWJ, word joiner, BOM), nothing else.
pub fn zero_width_only(n: usize) -> Doc {
    Doc::text("\u{200B}\u{200C}\u{200D}\u{2060}\u{FEFF}".chars().cycle().take(n).collect::<String>())
}

/// `n` counts written with zero-width chars between the digits: `٤\u{200B}٠\u{200D}٠٠ مقاتل`.
pub fn zero_width_between_digits(n: usize) -> Doc {
    Doc::text(repeat("قتل ٤\u{200B}٠\u{200D}٠\u{200C}٠\u{2060} مقاتل و1\u{200B}2 ألف\u{200D} شخص", "، ", n))
}

/// `n` blocks of one letter carrying 1000 diacritics.
pub fn combining_marks_flood(n: usize) -> Doc {
    let unit = format!("ب{} ", "\u{0651}\u{064E}\u{0670}\u{0654}".repeat(250));
    Doc::text(repeat(&unit, "", n))
}

/// `n` diacritics with no letter to sit on.
pub fn marks_without_letters(n: usize) -> Doc {
    Doc::text("\u{064B}\u{064C}\u{0651}\u{0652}\u{0670}\u{0300}".chars().cycle().take(n).collect::<String>())
}

/// `n` tatweels inside one word.
pub fn tatweel_flood(n: usize) -> Doc {
    Doc::text(format!("أكثر من ٤ آلا{}ف مقاتل", "\u{0640}".repeat(n)))
}

/// `n` runs of Arabic presentation forms A and B (ligatures, isolated/final forms, `ﷺ`).
pub fn presentation_forms(n: usize) -> Doc {
    Doc::text(repeat("ﻗﺎﻝ ﺍﻟﻮﺯﻳﺮ ﺇﻥ ﺃﻛﺜﺮ ﻣﻦ ٤ ﺁﻻﻑ ﻣﻘﺎﺗﻞ ﷲ ﷺ ﷻ ﻻ ﻷ ﺁﺏ ﵐ ﶊ ﯾ ﮐ", " ", n))
}

/// `n` of the ligatures with the longest compatibility expansion (`ﷺ` → 18 chars).
pub fn ligature_expansion_flood(n: usize) -> Doc {
    Doc::text("ﷺﷻﷹ".chars().cycle().take(n).collect::<String>())
}

/// `n` runs of astral chars: mathematical digits (NFKC → ASCII), emoji with modifiers and ZWJ,
/// tags, private use, Old Persian and cuneiform, `U+10FFFF`.
pub fn astral_chars(n: usize) -> Doc {
    Doc::text(repeat("قتل 𝟒𝟎𝟎𝟎 شخص 👨‍👩‍👧‍👦🏽 🇸🇾 \u{E0001}\u{E0061}\u{E007F} \u{F0000}\u{10FFFD} 𐎠𐎡 𒀀 \u{10FFFF} 𞸀𞸁", " ", n))
}

/// `n` numbers in every digit script (Eastern Arabic, Persian, Devanagari, fullwidth, math).
pub fn digits_of_every_script(n: usize) -> Doc {
    Doc::text(repeat("٤٠٠٠ ۴۰۰۰ ४००० ４０００ 𝟺𝟶𝟶𝟶 ᠔᠐᠐᠐ ๔๐๐๐ مقاتل", " و", n))
}

/// `n` noncharacters and replacement chars.
pub fn noncharacters(n: usize) -> Doc {
    Doc::text("\u{FFFE}\u{FFFF}\u{FDD0}\u{FDEF}\u{1FFFE}\u{FFFD}".chars().cycle().take(n).collect::<String>())
}

/// The article (≥ `n` bytes) with C0/C1 controls, NEL and line separators between all words:
/// more control than text.
pub fn control_chars_dense(n: usize) -> Doc {
    Doc::text(articles(n).replace(' ', " \x01\x08\x1B\x7F\u{85}\u{9B}\u{2028}"))
}

/// The article (≥ `n` bytes) with a stray control char at each comma, as scrapers leave them.
pub fn control_chars_sparse(n: usize) -> Doc {
    Doc::text(articles(n).replace('،', "\x08،\u{85}").replace(" - ", " \x1B- "))
}

/// The article (≥ `n` bytes) with old Mac line breaks (`\r` only).
pub fn cr_only_line_breaks(n: usize) -> Doc {
    Doc::text(articles(n).replace('\n', "\r"))
}

// ---- size ------------------------------------------------------------------------------------

/// The article's sentences as one line of `n` bytes, no line break.
pub fn single_line(n: usize) -> Doc {
    Doc::text(one_line(n))
}

/// Words separated by `n` blank lines in total.
pub fn many_blank_lines(n: usize) -> Doc {
    Doc::text(format!("عنوان{}أكثر من 4 آلاف مقاتل{}نهاية", "\n".repeat(n / 2), "\n \t\n".repeat(n / 6)))
}

/// `n` one-letter paragraphs.
pub fn many_tiny_paragraphs(n: usize) -> Doc {
    Doc::text(repeat("أ", "\n\n", n))
}

/// One Arabic letter `n` times.
pub fn one_arabic_letter(n: usize) -> Doc {
    Doc::text("ب".repeat(n))
}

/// One Latin letter `n` times.
pub fn one_latin_letter(n: usize) -> Doc {
    Doc::text("a".repeat(n))
}

/// One word `n` times.
pub fn one_word_repeated(n: usize) -> Doc {
    Doc::text(repeat("مقاتل", " ", n))
}

// ---- numbers ---------------------------------------------------------------------------------

/// Ten counts of `n` digits each.
pub fn long_digit_runs(n: usize) -> Doc {
    let digits: String = "1234567890".chars().cycle().take(n).collect();
    Doc::text(repeat(&format!("قتل أكثر من {digits} شخص"), "، ", 10))
}

/// Ten counts of `n` Eastern Arabic digits each.
pub fn long_eastern_digit_runs(n: usize) -> Doc {
    Doc::text(repeat(&format!("نحو {} مقاتل", "٤".repeat(n)), " و", 10))
}

/// A count of `n` digits in groups of three (`1,000,000,…`).
pub fn long_grouped_digits(n: usize) -> Doc {
    Doc::text(format!("أكثر من 1{} دولار و١{} شخص", ",000".repeat(n / 3), "٬٠٠٠".repeat(n / 3)))
}

/// Decimals of `n` digits (`0.000…1`, `٣٫١٤١…`), and exponent-like forms.
pub fn long_decimals(n: usize) -> Doc {
    Doc::text(format!(
        "نسبة 0.{}1% و٣٫{} مليون و1e{} و{}.5",
        "0".repeat(n),
        "١".repeat(n),
        "9".repeat(n),
        "9".repeat(n)
    ))
}

/// `n` numbers chained by dashes and slashes (`1-2-3-…`, `1/2/3/…`): range and date shapes.
pub fn digit_chains(n: usize) -> Doc {
    let dashes: Vec<String> = (0..n).map(|i| (i % 1000).to_string()).collect();
    Doc::text(format!("بين {} مقاتل و{} شخص", dashes.join("-"), dashes.join("/")))
}

/// `ألف` `n` times, alone.
pub fn alf_repeated(n: usize) -> Doc {
    Doc::text(repeat("ألف", " ", n))
}

/// `4 ألف ألف … مقاتل` with `ألف` `n` times (a product past f64).
pub fn number_then_alf_repeated(n: usize) -> Doc {
    Doc::text(format!("قتل 4 {} مقاتل", repeat("ألف", " ", n)))
}

/// `مليون مليار` `n` times after a number.
pub fn million_billion_chain(n: usize) -> Doc {
    Doc::text(format!("خصصت ٣ {} دولار", repeat("مليون مليار", " ", n)))
}

/// Number words chained by `و` `n` times (`ثلاثة وعشرين ومائة و…`).
pub fn number_words_chain(n: usize) -> Doc {
    Doc::text(format!("{} مقاتلا", repeat("ثلاثة وعشرين ومائة وألفين", " و", n)))
}

/// `أكثر من` `n` times.
pub fn akthar_min_repeated(n: usize) -> Doc {
    Doc::text(repeat("أكثر من", " ", n))
}

/// `أكثر من` `n` times, then a count.
pub fn akthar_min_repeated_then_count(n: usize) -> Doc {
    Doc::text(format!("{} 4 آلاف مقاتل", repeat("أكثر من", " ", n)))
}

/// Every hedge, `n` times, then a count.
pub fn hedges_repeated(n: usize) -> Doc {
    Doc::text(format!("{} 500 شخص", repeat("حوالي نحو قرابة ما يقارب أقل من ما لا يقل عن زهاء", " ", n)))
}

/// `بين 1 و2 و3 … و` `n` numbers.
pub fn between_and_chain(n: usize) -> Doc {
    let nums: Vec<String> = (1..=n).map(|i| i.to_string()).collect();
    Doc::text(format!("قتل ما بين {} مقاتل", nums.join(" و")))
}

/// `n` units and currencies with no number (`% دولار ريال عام سنة`).
pub fn units_without_numbers(n: usize) -> Doc {
    Doc::text(repeat("% دولار ريال جنيه عام سنة شهرا مليون آلاف عشرات", " ", n))
}

/// `n` reports of speech in one run-on sentence (`قال الوزير إن`), each a statement whose
/// content would run to the end of the sentence and whose evidence is the sentence.
pub fn speech_verbs_repeated(n: usize) -> Doc {
    Doc::text(repeat("قال الوزير إن 40 مقاتلا عادوا و", " ", n))
}

/// `n` sentences whose count refers back to earlier returnees (`أن العائدين هم 25 امرأة`)
/// when no earlier claim names their origin: each looks back over the whole article.
pub fn returnee_anaphora_repeated(n: usize) -> Doc {
    Doc::text(repeat("وأضاف أن العائدين هم 25 امرأة.", " ", n))
}

// ---- dates ---------------------------------------------------------------------------------

/// `n` impossible dates: 31 February, month 13, day 0, hour 25, 29 February of a common year.
pub fn impossible_dates(n: usize) -> Doc {
    Doc::text(repeat(
        "في 31 شباط 2020 و30 فبراير 2019 و32/13/2020 و29 فبراير 2023 و0 يناير 2020 \
         والساعة 25:61 و31 نيسان 2021 و2020/00/00 و30 ذو الحجة 1445 هـ و35 رمضان 1440 هـ",
        "، ",
        n,
    ))
    .published("2021-03-01")
}

/// `n` runs of dates in year 99999 and beyond.
pub fn far_future_years(n: usize) -> Doc {
    Doc::text(repeat(
        "منذ عام 99999 وفي 1 يناير 99999 و99999/12/31 و31 ديسمبر 99999999999 وعام 10000 و9999-12-31",
        "، ",
        n,
    ))
}

/// `n` runs of Hijri dates far outside the calendar's tables (year 0, year 99999).
pub fn hijri_extremes(n: usize) -> Doc {
    Doc::text(repeat("في 1 محرم 99999 هـ و30 ذو الحجة 0 هـ وعام 1 هـ و15 رمضان 9999999 هـ", "، ", n))
}

/// `n` relative expressions reaching past year 9999 from a 9999-12-31 publication date.
pub fn relative_past_max_date(n: usize) -> Doc {
    Doc::text(repeat("غدا وبعد 100 عام والأسبوع المقبل والعام المقبل وبعد غد والشهر القادم", " ", n))
        .published("9999-12-31T23:59")
}

/// `n` relative expressions reaching before year -9999 from the earliest publication date.
pub fn relative_before_min_date(n: usize) -> Doc {
    Doc::text(repeat("أمس وقبل 5000 عام والعام الماضي والجمعة الماضي وقبل ثلاثة أيام", " ", n))
        .published("-009999-01-01")
}

/// `n` relative offsets too large for any calendar (`قبل 99999999999 يوم`).
pub fn huge_relative_offsets(n: usize) -> Doc {
    Doc::text(repeat("قبل 99999999999 يوم وخلال 99999999 سنة الماضية ومنذ 1000000 شهر وبعد 9999999999 ساعة", "، ", n))
        .published("2020-06-15")
}

/// `n` yearless weekday dates, no publication date (year inference from the weekday).
pub fn yearless_weekday_dates(n: usize) -> Doc {
    Doc::text(repeat("الجمعة 18 أكتوبر والسبت 31 شباط والأحد 29 فبراير", " و", n))
}

/// The article with an impossible publication date.
pub fn published_impossible(_: usize) -> Doc {
    Doc::text(ARTICLE).published("2023-02-30")
}

/// The article published in year 99999.
pub fn published_year_99999(_: usize) -> Doc {
    Doc::text(ARTICLE).published("99999-01-01")
}

/// The article with a publication date of `n` bytes.
pub fn published_huge(n: usize) -> Doc {
    Doc::text(ARTICLE).published(&format!("2020-{}", "1".repeat(n)))
}

// ---- HTML ------------------------------------------------------------------------------------

fn page(body: &str) -> String {
    format!("<!DOCTYPE html><html><head><title>خبر</title></head><body>{body}</body></html>")
}

/// The article inside `n` nested `<div>`s.
pub fn nested_divs(n: usize) -> Doc {
    Doc::html(page(&format!("{}<p>{}</p>{}", "<div>".repeat(n), ARTICLE, "</div>".repeat(n))))
}

/// `n` nested inline and block tags never closed, the article inside.
pub fn unclosed_nested_tags(n: usize) -> Doc {
    Doc::html(page(&format!("{}{}", "<span><b><p><i>".repeat(n / 4), ARTICLE)))
}

/// `n` nested tables.
pub fn nested_tables(n: usize) -> Doc {
    Doc::html(page(&format!("{}{}{}", "<table><tr><td>".repeat(n), ARTICLE, "</td></tr></table>".repeat(n))))
}

/// `n` empty elements, then the article.
pub fn empty_elements(n: usize) -> Doc {
    Doc::html(page(&format!("{}<p>{ARTICLE}</p>", "<p></p>".repeat(n))))
}

/// `n` empty elements, nothing else.
pub fn empty_elements_only(n: usize) -> Doc {
    Doc::html(page(&"<p></p><div></div><br>".repeat(n / 3)))
}

/// One element with `n` attributes.
pub fn many_attributes(n: usize) -> Doc {
    let attrs: String = (0..n).map(|i| format!(" a{i}=\"{i}\"")).collect();
    Doc::html(page(&format!("<div{attrs}><p>{ARTICLE}</p></div>")))
}

/// One attribute value of `n` bytes.
pub fn huge_attribute_value(n: usize) -> Doc {
    Doc::html(page(&format!("<div data-x=\"{}\"><p>{ARTICLE}</p></div>", "ب".repeat(n / 2))))
}

/// A script of `n` bytes and a style of `n` bytes around a short article.
pub fn huge_script_and_style(n: usize) -> Doc {
    let js = "var a = '<p>أكثر من 4 آلاف</p>'; ".repeat(n / 40);
    let css = "p { color: red } ".repeat(n / 17);
    Doc::html(page(&format!("<script>{js}</script><style>{css}</style><p>{ARTICLE}</p>")))
}

/// The article after an unclosed comment.
pub fn unclosed_comment(n: usize) -> Doc {
    Doc::html(page(&format!("<p>قبل</p><!-- {} <p>{ARTICLE}</p>", "- -> ".repeat(n / 5))))
}

/// `n` character references, valid and not (`&#0;`, `&#x110000;`, `&#99999999999;`, `&bogus;`).
pub fn char_references(n: usize) -> Doc {
    Doc::html(page(&format!(
        "<p>{}</p><p>{ARTICLE}</p>",
        repeat("&#1571;&#1603;&#1579;&#1585; &amp;&lt;&#0;&#x110000;&#99999999999;&#xD800;&bogus;&#x0664;", " ", n)
    )))
}

/// `n` malformed tags (`<<<`, `</ /`, `<a <b`, `<!`, `<?`).
pub fn malformed_tags(n: usize) -> Doc {
    Doc::html(page(&format!("{}<p>{ARTICLE}</p>", repeat("<<<>>> </ / <a <b c=\"> <! <? ?> </>", " ", n))))
}

/// `n` publication-date meta tags with impossible or huge values.
pub fn bogus_date_metas(n: usize) -> Doc {
    let metas = repeat(
        "<meta property=\"article:published_time\" content=\"99999-99-99T99:99\">\
         <meta name=\"date\" content=\"2023-02-30\"><meta itemprop=\"datePublished\" content=\"\">",
        "",
        n,
    );
    Doc::bytes(format!("<html><head>{metas}</head><body><p>{ARTICLE}</p></body></html>").into_bytes())
        .content_type("text/html")
}

/// Plain text that starts with `<` (`<3`) and holds `n` stray brackets.
pub fn text_starting_with_bracket(n: usize) -> Doc {
    Doc::text(format!("<3 {}\n\n{ARTICLE}", repeat("< > <", " ", n)))
}
