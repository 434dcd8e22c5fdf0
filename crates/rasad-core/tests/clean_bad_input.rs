//! Bad input: each case ends in a clear error or a sane result, in bounded time, without
//! a panic. Time limits are generous (debug builds on a shared 2-core machine) but still
//! catch quadratic behaviour, which would take minutes at these sizes.

use std::time::{Duration, Instant};

use rasad_core::clean::clean;
use rasad_core::decode::{DecodeError, decode};

const LIMIT: Duration = Duration::from_secs(20);

#[test]
fn empty_input_is_an_error() {
    assert_eq!(decode(b"", None), Err(DecodeError::Empty));
    assert_eq!(decode(b"\n\n   \t", Some("text/plain")), Err(DecodeError::Empty));
}

#[test]
fn binary_input_is_an_error() {
    let mut gif = b"GIF89a\x01\x00\x01\x00\x80\x00\x00".to_vec();
    gif.extend((0..4096u32).map(|i| (i * 7 % 256) as u8));
    match decode(&gif, None) {
        Err(DecodeError::Unusable(why)) => assert!(why.contains("binary"), "{why}"),
        other => panic!("binary accepted: {other:?}"),
    }
}

#[test]
fn mostly_invalid_utf8_is_an_error() {
    let bytes: Vec<u8> = std::iter::repeat_n([0xC3u8, 0x28], 2000).flatten().collect();
    assert!(matches!(decode(&bytes, Some("text/plain; charset=utf-8")), Err(DecodeError::Unusable(_))));
}

#[test]
fn ten_megabyte_single_line() {
    let unit = "قال المتحدث إن الاجتماع انتهى دون اتفاق على موعد جديد للمفاوضات ";
    let line: String = unit.repeat(10 * 1024 * 1024 / unit.len() + 1);
    let started = Instant::now();
    let c = clean(decode(line.as_bytes(), None).expect("decodes"));
    assert!(started.elapsed() < LIMIT, "took {:?}", started.elapsed());
    assert_eq!(c.text.len(), line.len());
    assert_eq!(c.paragraphs.len(), 1);
    assert_eq!(c.paragraphs[0].span.len(), line.trim_end().len());
}

#[test]
fn hundred_thousand_nested_tags() {
    let mut html = String::from("<html><body>");
    html.push_str(&"<div>".repeat(100_000));
    html.push_str(
        "<p>قال الوزير إن الحكومة ستعلن خطة جديدة للإسكان خلال الأسبوع المقبل بعد مشاورات مطولة مع البلديات.</p>",
    );
    html.push_str(&"</div>".repeat(100_000));
    html.push_str("</body></html>");
    let started = Instant::now();
    let c = clean(decode(html.as_bytes(), None).expect("decodes"));
    assert!(started.elapsed() < LIMIT, "took {:?}", started.elapsed());
    assert!(c.warnings.iter().any(|w| w.contains("too deep")), "{:?}", c.warnings);
    assert!(c.paragraphs.iter().any(|p| p.text.contains("خطة جديدة للإسكان")));
}

#[test]
fn unclosed_tags_and_garbage_html() {
    let html = "<html><body><p>نص <b>غير مغلق <script>alert(1)<p>فقرة أخرى طويلة بما يكفي لتكون جملة في المقال.";
    let c = clean(decode(html.as_bytes(), None).expect("decodes"));
    assert!(!c.text.contains("alert"), "{}", c.text);
}

#[test]
fn encoding_lie_windows_1256_declared_over_utf8() {
    let text = "ارتفعت أسعار النفط اليوم بنسبة 3 في المئة بعد قرار خفض الإنتاج.";
    let d = decode(text.as_bytes(), Some("text/plain; charset=windows-1256")).expect("decodes");
    assert_eq!(d.text, text);
    assert_eq!(d.encoding, "UTF-8");
    assert!(d.warnings.iter().any(|w| w.contains("wrong")));
}

#[test]
fn encoding_lie_utf8_declared_over_windows_1256() {
    let text = "ارتفعت أسعار النفط اليوم بنسبة 3 في المئة بعد قرار خفض الإنتاج.";
    let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(text);
    let d = decode(&bytes, Some("text/plain; charset=utf-8")).expect("decodes");
    assert_eq!(d.text, text);
    assert_eq!(d.encoding, "windows-1256");
}

#[test]
fn utf16_be_with_bom_cleans_like_utf8() {
    let text = "عنوان الخبر اليوم\n\nقال الوزير إن الحكومة ستعلن خطة جديدة للإسكان خلال الأسبوع المقبل.";
    let mut bytes = vec![0xFE, 0xFF];
    bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    let a = clean(decode(&bytes, None).expect("decodes"));
    let b = clean(decode(text.as_bytes(), None).expect("decodes"));
    assert_eq!(a.paragraphs, b.paragraphs);
    assert_eq!(a.title, b.title);
}

#[test]
fn only_boilerplate_gives_no_body_and_a_warning() {
    let text = "إعلان\n\nاقرأ أيضا\nخبر أول\nخبر ثان\n\nجميع الحقوق محفوظة";
    let c = clean(decode(text.as_bytes(), None).expect("decodes"));
    assert!(c.paragraphs.is_empty(), "{:?}", c.paragraphs);
    assert!(c.warnings.iter().any(|w| w.contains("no article body")));
}
