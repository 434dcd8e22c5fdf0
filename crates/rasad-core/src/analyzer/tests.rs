use super::*;

/// The terms of `text`, space-joined (what `rasad text tokens` prints).
fn terms(text: &str) -> String {
    tokenize(text).iter().map(|t| t.term.as_str()).collect::<Vec<_>>().join(" ")
}

/// True when the terms of the two texts share a term.
fn overlap(a: &str, b: &str) -> bool {
    let ta = tokenize(a);
    tokenize(b).iter().any(|t| ta.iter().any(|u| u.term == t.term))
}

/// Every pair in the group stems to the same single term.
fn assert_conflate(group: &[&str]) {
    for a in group {
        for b in group {
            assert_eq!(terms(a), terms(b), "{a} vs {b}");
            assert!(overlap(a, b));
        }
    }
}

#[test]
fn recall_kazakh_inflections() {
    assert_conflate(&["الكازاخي", "الكازاخية", "كازاخية", "والكازاخيين"]);
}

#[test]
fn recall_fighters() {
    assert_conflate(&["المقاتلين", "مقاتلين", "والمقاتلون"]);
}

#[test]
fn recall_europe_spellings() {
    assert_conflate(&["أوروبا", "اوروبا", "أوربا", "وأوروبا", "لأوربا"]);
    assert_conflate(&["الأوروبية", "الأوربية", "أوروبي", "والأوربيين"]);
}

#[test]
fn recall_eastern_digits() {
    assert_eq!(terms("٤٠٠٠"), "4000");
    assert!(overlap("قتل ١٢٣ شخصا", "123"));
    assert_eq!(terms("۱۲۳۴"), "1234");
}

#[test]
fn thousands_commas() {
    assert_eq!(terms("4,000 ٤٬٠٠٠ 2,500.75 1,234,567"), "4000 4000 2500.75 1234567");
    // not a grouping: left as written
    assert_eq!(terms("2,5 1,23 3.14"), "2,5 1,23 3.14");
    // a trailing separator is punctuation
    assert_eq!(terms("عام 2018، و2019."), "عام 2018 و 2019");
}

#[test]
fn mixed_tokens() {
    assert_eq!(terms("F-16"), "f 16");
    assert_eq!(terms("F16"), "f 16");
    assert_eq!(terms("2018م"), "2018 م");
    assert_eq!(terms("كوفيد-19"), "كوفيد 19");
    assert_eq!(terms("لـCNN"), "ل cnn");
    assert_eq!(terms("50كم"), "50 كم");
}

#[test]
fn latin_is_lowercased_not_stemmed() {
    assert_eq!(terms("ISIS and Iraq's"), "isis and iraq s");
    assert_eq!(terms("Café"), "café");
    assert_eq!(terms("Cafe\u{301}"), "cafe\u{301}");
}

#[test]
fn marks_and_controls_do_not_split() {
    assert_eq!(terms("الكِتَابُ كتا\u{200C}ب"), "كتاب كتاب");
    assert_eq!(terms("الـــكتاب"), "كتاب");
}

#[test]
fn spans_are_original_offsets() {
    let text = "قال الرئيسُ الكازاخيُّ: 4,000 مقاتل";
    let toks = tokenize(text);
    let quoted: Vec<&str> = toks.iter().map(|t| t.span.slice(text)).collect();
    assert_eq!(quoted, ["قال", "الرئيسُ", "الكازاخيُّ", "4,000", "مقاتل"]);
    let positions: Vec<u32> = toks.iter().map(|t| t.position).collect();
    assert_eq!(positions, [0, 1, 2, 3, 4]);
}

#[test]
fn ligature_expansion_gives_several_tokens() {
    let text = "محمد ﷺ قال";
    let toks = tokenize(text);
    assert_eq!(terms(text), "محمد صل الله عل سلم قال");
    assert!(toks[1..5].iter().all(|t| t.span.slice(text) == "ﷺ"));
    assert_eq!(toks[5].position, 5);
}

#[test]
fn overlong_tokens_are_skipped_but_counted() {
    let long = "ب".repeat(200);
    let text = format!("قبل {long} بعد");
    let toks = tokenize(&text);
    assert_eq!(toks.len(), 2);
    assert_eq!(toks[1].position, 2);
}

#[test]
fn stopwords_are_kept_with_positions() {
    let toks = tokenize("وزير من الحكومة");
    assert_eq!(toks.iter().map(|t| t.term.as_str()).collect::<Vec<_>>(), ["زير", "من", "حكوم"]);
    assert_eq!(toks[1].position, 1);
}

#[test]
fn for_each_token_matches_tokenize() {
    let text = "أكثر من ٤٠٠٠ من مواطني آسيا الوسطى انضموا إلى داعش منذ 2012";
    let mut streamed = Vec::new();
    for_each_token(text, |term, span, position| streamed.push(Token { term: term.to_owned(), span, position }));
    assert_eq!(streamed, tokenize(text));
    assert_eq!(terms(text), "اكثر من 4000 من مواطن اسيا سط انضموا الي داعش منذ 2012");
}

#[test]
fn empty_and_punctuation_only() {
    assert!(tokenize("").is_empty());
    assert!(tokenize(" ،؛؟ - . , \n").is_empty());
}
