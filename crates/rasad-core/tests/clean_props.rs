//! Properties of decode + clean on random input: nothing panics, every span slices the
//! text on char boundaries, paragraphs are what their spans say. Generators mix Arabic
//! words, boilerplate phrases, digits, punctuation, blank lines and tags.

use proptest::prelude::*;
use rasad_core::clean::clean;
use rasad_core::decode::decode;

const PIECES: &[&str] = &[
    "قال",
    "الوزير",
    "إن",
    "الحكومة",
    "ستعلن",
    "خطة",
    "جديدة",
    "اليوم",
    "2018",
    "11:39",
    "ص",
    "الأربعاء",
    "يونيو",
    "آب",
    "كتبت-",
    "هدى",
    "الشيمي:",
    "أستانا",
    "-سانا",
    "(رويترز)",
    "-",
    "إعلان",
    "اقرأ أيضا",
    "الأكثر قراءة",
    "Trending",
    "JavaScript",
    ".",
    "،",
    "؟",
    "\"",
    "«",
    "»",
    "\n",
    "\n\n",
    " ",
    "\u{a0}",
    "\u{200f}",
    "<p>",
    "</p>",
    "<div>",
    "<script>",
    "</script>",
    "&amp;",
    "é",
    "😀",
    "\r\n",
    "|",
    "»",
    "#وسم",
];

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|v| v.join(" "))
}

fn check(bytes: &[u8]) {
    let Ok(d) = decode(bytes, None) else { return };
    let c = clean(d);
    let spans =
        [&c.title, &c.date_line, &c.byline, &c.dateline, &c.source_name].into_iter().flatten().chain(&c.paragraphs);
    for t in spans {
        assert_eq!(c.text.get(t.span.start..t.span.end), Some(t.text.as_str()), "{t:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn spans_slice_text_on_arabic_like_input(s in article()) {
        check(s.as_bytes());
    }

    #[test]
    fn spans_slice_text_on_html_like_input(s in article()) {
        check(format!("<html><body>{s}</body></html>").as_bytes());
    }

    #[test]
    fn no_panic_on_any_bytes(b in prop::collection::vec(any::<u8>(), 0..400)) {
        check(&b);
    }

    #[test]
    fn spans_slice_text_on_windows_1256(s in article()) {
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(&s);
        check(&bytes);
    }
}
