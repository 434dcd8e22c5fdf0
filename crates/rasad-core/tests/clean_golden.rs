//! Golden tests of decode + clean over our own articles (`tests/fixtures/articles/`), in the
//! shapes Arabic outlets use: Levantine, Egyptian, Gulf and Maghreb sites, plain text
//! copied from pages and raw HTML. Fixtures are UTF-8 text; windows-1256 and charset lies
//! are made here with `encoding_rs`, so the repository holds readable text.
//!
//! Two layers: an expectation table (title, byline, source, body must/must-not) that fails
//! by fixture name, and an insta snapshot of the whole `Cleaned` summary to read in review.

use rasad_core::clean::{Cleaned, clean};
use rasad_core::decode::decode;
use serde::Serialize;

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/articles/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn to_1256(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1256.encode(text);
    assert!(!unmappable, "fixture must be representable in windows-1256");
    bytes.into_owned()
}

fn run(bytes: &[u8], content_type: Option<&str>) -> Cleaned {
    clean(decode(bytes, content_type).expect("fixture decodes"))
}

/// What a reader expects of one article.
struct Expect {
    file: &'static str,
    title: &'static str,
    byline: Option<&'static str>,
    source: Option<&'static str>,
    date_line: Option<&'static str>,
    body_has: &'static [&'static str],
    body_lacks: &'static [&'static str],
}

const EXPECT: &[Expect] = &[
    Expect {
        file: "sy_agency_plain.txt",
        title: "وزارة الزراعة تتوقع إنتاج مليوني طن من القمح هذا الموسم",
        byline: None,
        source: Some("سانا"),
        date_line: None,
        body_has: &["بفضل الأمطار الجيدة", "مطلع حزيران المقبل"],
        body_lacks: &["الرئيسية", "اقرأ أيضا", "ارتفاع أسعار الخضار", "جميع الحقوق محفوظة"],
    },
    Expect {
        file: "eg_portal_plain.txt",
        title: "الحكومة المصرية تعلن خطة لخفض أسعار السلع الأساسية قبل رمضان",
        byline: Some("محمود عبد الرحمن"),
        source: None,
        date_line: Some("01:12 م الخميس 12 مارس 2020"),
        body_has: &["نحو 50 ألف طن", "لن تسمح باستغلال المواطنين"],
        body_lacks: &["إعلان", "فيديو قد يعجبك", "كتب-"],
    },
    Expect {
        file: "eg_daily_caption_plain.txt",
        title: "وزير الري: مصر لن تقبل بأي إجراء أحادي يمس حصتها من مياه النيل",
        byline: Some("منى السيد"),
        source: None,
        date_line: None,
        body_has: &["97% من احتياجاتها المائية", "بطول 20 ألف كيلومتر"],
        body_lacks: &["أرشيفية", "Trending", "الأكثر قراءة", "الأهلي يتعاقد", "حمل تطبيق", "Application"],
    },
    Expect {
        file: "sa_agency_hijri_plain.txt",
        title: "أمير منطقة الرياض يدشن مشروعات تنموية بتكلفة 3 مليارات ريال",
        byline: None,
        source: Some("واس"),
        date_line: Some("الأحد 15 رمضان 1441هـ الموافق 07 مايو 2020م"),
        body_has: &["بسعة 300 سرير"],
        body_lacks: &["الوسوم", "فيسبوك", "شارك"],
    },
    Expect {
        file: "ma_portal_plain.txt",
        title: "الحكومة المغربية تصادق على مشروع قانون المالية لسنة 2023",
        byline: None,
        source: Some("هسبريس"),
        date_line: Some("الأربعاء 19 أكتوبر 2022 - 10:15"),
        body_has: &["26 مليار درهم"],
        body_lacks: &["JavaScript", "ملفات تعريف الارتباط", "#المغرب"],
    },
    Expect {
        file: "iq_reuters_inline_plain.txt",
        title: "العراق يعلن إعادة فتح منفذ حدودي مع سوريا",
        byline: None,
        source: Some("رويترز"),
        date_line: None,
        body_has: &["بغداد (رويترز) - قال مسؤولون", "تنظيم الدولة الإسلامية في عام 2014"],
        body_lacks: &["مقالات ذات صلة", "ارتفاع التبادل التجاري", "تشرين الأول 2019"],
    },
    Expect {
        file: "jo_byline_widgets_plain.txt",
        title: "الأردن يطلق استراتيجية وطنية للتشغيل تستهدف 60 ألف فرصة عمل",
        byline: Some("خالد المحمود"),
        source: None,
        date_line: Some("عمان - الاثنين 6 كانون الثاني 2020"),
        body_has: &["19 بالمئة في الربع الأخير"],
        body_lacks: &["حجم الخط", "A A A", "طباعة", "تابعونا"],
    },
    Expect {
        file: "ps_wrapped_plain.txt",
        title: "الاحتلال يهدم منشآت زراعية في الأغوار الشمالية",
        byline: None,
        source: Some("وفا"),
        date_line: Some("الثلاثاء 14 حزيران 2022"),
        body_has: &["هدمت قوات الاحتلال", "خلال الشهر الجاري."],
        body_lacks: &["رام الله - وفا"],
    },
    Expect {
        file: "tn_tap_inline_plain.txt",
        title: "ارتفاع نسبة التضخم في تونس إلى 8.6 بالمائة",
        byline: None,
        source: Some("وات"),
        date_line: None,
        body_has: &["شهر أوت 2022", "والدواجن بنسبة 19 بالمائة"],
        body_lacks: &["أخبار ذات صلة", "البنك المركزي يرفع"],
    },
    Expect {
        file: "kw_source_line_plain.txt",
        title: "مجلس الأمة الكويتي يقر قانون الاستثمار الأجنبي المباشر",
        byline: None,
        source: Some("القبس"),
        date_line: Some("03 فبراير 2021 - 08:45 م"),
        body_has: &["38 عضوا من أصل 45"],
        body_lacks: &["متابعات", "مواضيع ذات صلة", "مؤتمرا للاستثمار الخليجي"],
    },
    Expect {
        file: "dz_title_only_plain.txt",
        title: "وزارة الصحة الجزائرية تطلق حملة وطنية للتلقيح ضد شلل الأطفال في المدارس الابتدائية بداية من الأسبوع المقبل",
        byline: None,
        source: None,
        date_line: None,
        body_has: &["أكثر من أربعة ملايين تلميذ", "لحماية أبنائهم."],
        body_lacks: &[],
    },
    Expect {
        file: "lb_html_jsonld.html",
        title: "الحكومة اللبنانية تقر خطة للكهرباء",
        byline: Some("ريتا خوري"),
        source: None,
        date_line: Some("الأحد 14 آذار 2021"),
        body_has: &["1500 ميغاواط", "انتقادات نيابية", "بكلفة مرتفعة"],
        body_lacks: &["dataLayer", "color:red", "تعليق داخلي", "الرئيسية", "ارتفاع سعر صفيحة", "جميع الحقوق", "إعلان"],
    },
    Expect {
        file: "qa_html_related_inline.html",
        title: "قطر تستضيف جولة جديدة من المفاوضات بشأن غزة",
        byline: Some("نورة الكعبي"),
        source: None,
        date_line: None,
        body_has: &["أكثر من 200 شاحنة", "استمرت سبعة أيام"],
        body_lacks: &["ملفات تعريف الارتباط", "اقرأ أيضا", "يلتقي نظيره المصري", "أرشيف", "فيسبوك", "الوسوم", "ads"],
    },
    Expect {
        file: "dz_html_charset_lie.html",
        title: "ارتفاع صادرات الغاز الجزائرية خلال السداسي الأول",
        byline: None,
        source: None,
        date_line: Some("الخميس 21 جويلية 2022"),
        body_has: &["بنسبة 12 بالمائة", "25 مليار دولار"],
        body_lacks: &["رياضة", "ثقافة"],
    },
    Expect {
        file: "ae_html_declared_1256.html",
        title: "دبي تطلق مبادرة لتسريع التحول الرقمي في الدوائر الحكومية",
        byline: Some("سعيد المهيري"),
        source: None,
        date_line: None,
        body_has: &["أكثر من 1800 خدمة"],
        body_lacks: &["الأكثر قراءة", "أسعار الوقود"],
    },
    Expect {
        file: "sd_html_minimal.html",
        title: "السودان: وصول شحنة أدوية إلى مستشفيات الخرطوم",
        byline: None,
        source: Some("سونا"),
        date_line: None,
        body_has: &["الخرطوم (سونا) - وصلت", "أكثر من 70 بالمئة"],
        body_lacks: &[],
    },
];

/// The fixtures stored as windows-1256-declared HTML are read as such; everything else as
/// found. Returns the bytes a crawler would have fetched.
fn bytes_of(file: &str) -> Vec<u8> {
    let text = fixture(file);
    if file == "ae_html_declared_1256.html" || file == "dz_html_charset_lie.html" {
        // `ae`: declared windows-1256 and stored so; `dz`: declares utf-8 but the server
        // sends windows-1256 (a charset lie).
        to_1256(&text)
    } else {
        text.into_bytes()
    }
}

fn body(c: &Cleaned) -> String {
    c.paragraphs.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join("\n")
}

#[test]
fn expectations_per_fixture() {
    let mut failures = Vec::new();
    for e in EXPECT {
        let c = run(&bytes_of(e.file), None);
        let mut fail = |what: String| failures.push(format!("{}: {what}", e.file));
        if c.title.as_ref().map(|t| t.text.as_str()) != Some(e.title) {
            fail(format!("title {:?}", c.title.as_ref().map(|t| &t.text)));
        }
        if c.byline.as_ref().map(|t| t.text.as_str()) != e.byline {
            fail(format!("byline {:?}", c.byline.as_ref().map(|t| &t.text)));
        }
        if c.source_name.as_ref().map(|t| t.text.as_str()) != e.source {
            fail(format!("source {:?}", c.source_name.as_ref().map(|t| &t.text)));
        }
        if c.date_line.as_ref().map(|t| t.text.as_str()) != e.date_line {
            fail(format!("date line {:?}", c.date_line.as_ref().map(|t| &t.text)));
        }
        let b = body(&c);
        for s in e.body_has {
            if !b.contains(s) {
                fail(format!("body lacks {s:?}"));
            }
        }
        for s in e.body_lacks {
            if b.contains(s) {
                fail(format!("body has {s:?}"));
            }
        }
        if let Some(t) = &c.title
            && c.paragraphs.first().is_some_and(|p| p.text == t.text)
        {
            fail("title repeated as first paragraph".to_owned());
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn at_least_fifteen_fixtures_all_expected() {
    let dir = format!("{}/tests/fixtures/articles", env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .expect("fixtures dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert!(files.len() >= 15, "{files:?}");
    for f in &files {
        assert!(EXPECT.iter().any(|e| e.file == f), "fixture {f} has no expectation row");
    }
}

#[test]
fn windows_1256_and_utf8_give_identical_output() {
    for e in EXPECT {
        let text = fixture(e.file);
        let utf8 = run(text.as_bytes(), None);
        let cp1256 = run(&to_1256(&text), None);
        assert_eq!(utf8.text, cp1256.text, "{}", e.file);
        assert_eq!(utf8.title, cp1256.title, "{}", e.file);
        assert_eq!(utf8.byline, cp1256.byline, "{}", e.file);
        assert_eq!(utf8.paragraphs, cp1256.paragraphs, "{}", e.file);
    }
}

#[test]
fn charset_lie_is_reported() {
    let c = run(&bytes_of("dz_html_charset_lie.html"), None);
    assert!(c.warnings.iter().any(|w| w.contains("declared charset UTF-8 is wrong")), "{:?}", c.warnings);
    let c = run(fixture("ae_html_declared_1256.html").as_bytes(), None);
    assert!(c.warnings.iter().any(|w| w.contains("declared charset windows-1256 is wrong")), "{:?}", c.warnings);
}

#[test]
fn html_metadata() {
    let c = run(&bytes_of("lb_html_jsonld.html"), None);
    assert_eq!(c.published_meta.as_deref(), Some("2021-03-14T09:30:00+02:00"));
    assert_eq!(c.site_name.as_deref(), Some("موقع الأرز الإخباري"));
    assert_eq!(c.url.as_deref(), Some("https://arz-news.example/lebanon/electricity-plan-2021"));
    let c = run(&bytes_of("ae_html_declared_1256.html"), None);
    assert_eq!(c.published_meta.as_deref(), Some("2022-05-10"));
    assert_eq!(c.site_name.as_deref(), Some("صحيفة الإمارات اليوم"));
}

#[test]
fn every_span_slices_text() {
    for e in EXPECT {
        let c = run(&bytes_of(e.file), None);
        let spans =
            [&c.title, &c.date_line, &c.byline, &c.dateline, &c.source_name].into_iter().flatten().chain(&c.paragraphs);
        for t in spans {
            assert_eq!(c.text.get(t.span.start..t.span.end), Some(t.text.as_str()), "{}: {t:?}", e.file);
        }
    }
}

/// What the snapshot shows of a cleaned article.
#[derive(Serialize)]
struct Summary {
    title: Option<String>,
    date_line: Option<String>,
    byline: Option<String>,
    dateline: Option<String>,
    source_name: Option<String>,
    published_meta: Option<String>,
    site_name: Option<String>,
    url: Option<String>,
    paragraphs: Vec<String>,
    warnings: Vec<String>,
}

#[test]
fn golden_snapshots() {
    for e in EXPECT {
        let c = run(&bytes_of(e.file), None);
        let t = |x: &Option<rasad_core::TextSpan>| x.as_ref().map(|t| t.text.clone());
        let summary = Summary {
            title: t(&c.title),
            date_line: t(&c.date_line),
            byline: t(&c.byline),
            dateline: t(&c.dateline),
            source_name: t(&c.source_name),
            published_meta: c.published_meta.clone(),
            site_name: c.site_name.clone(),
            url: c.url.clone(),
            paragraphs: c.paragraphs.iter().map(|p| p.text.clone()).collect(),
            warnings: c.warnings.clone(),
        };
        insta::assert_json_snapshot!(e.file, summary);
    }
}
