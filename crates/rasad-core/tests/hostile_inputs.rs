//! Hostile inputs (issue 11): every case must give a clear error or sane output, in linear
//! time and memory, without a panic, on a 2 MiB stack.
//!
//! Each row runs every stage (`decode`, `clean`, `normalize`, `analyzer::tokenize`,
//! `numbers`, `dates`, `entities`, `analyze`, `claims`) in a child process and checks the
//! invariants listed in `hostile/check.rs`, the time bound (CPU < 20 s per 5 MB; time(n) <
//! 12 × time(n/4))
//! and the memory bound (peak RSS ≤ 256 B per input byte + 64 MiB; linear in n) from
//! `hostile/isolate.rs`.
//!
//! `cargo test -p rasad-core --test hostile_inputs` runs the `fast` size of every row;
//! `scripts/fuzz --hostile` runs the `full` sizes issue 11 names in a release build
//! (`cargo test --release -p rasad-core --test hostile_inputs -- --ignored ::full`).
//! A row marked `bug "…"` shows a known bug in another module and is ignored until fixed;
//! `full_bug "…"` means only the full size shows it (the fast size still runs).
//!
//! Columns: name: builder (what its `n` counts), fast n, full n, expected answer.

mod hostile;

use hostile::inputs::*;

cases! {
    // bytes and encodings
    empty: empty, fast 0, full 0, Empty;
    whitespace_only: whitespace_only, fast 200_000, full 5_000_000, Empty;
    whitespace_with_vertical_tab: whitespace_with_vertical_tab, fast 1_000, full 1_000_000, Empty;
    unicode_spaces_only: unicode_spaces_only, fast 100_000, full 1_000_000, Empty;
    bom_only: bom_only, fast 0, full 0, Empty;
    bom_then_whitespace: bom_then_whitespace, fast 100_000, full 1_000_000, Empty;
    nul_bytes_only: nul_bytes_only, fast 200_000, full 5_000_000, OkOrDecodeError;
    nul_between_chars: nul_between_chars, fast 100_000, full 5_000_000, OkOrDecodeError;
    random_bytes: random_bytes, fast 100_000, full 5_000_000, OkOrDecodeError;
    invalid_utf8_continuations: invalid_utf8_continuations, fast 100_000, full 5_000_000, OkOrDecodeError;
    overlong_utf8: overlong_utf8, fast 2_000, full 50_000, OkOrDecodeError;
    utf8_surrogates: utf8_surrogates, fast 2_000, full 50_000, OkOrDecodeError;
    truncated_utf8_tail: truncated_utf8_tail, fast 100_000, full 5_000_000, Ok;
    utf16le_without_bom: utf16le_without_bom, fast 50_000, full 2_500_000, OkOrDecodeError;
    utf16be_without_bom: utf16be_without_bom, fast 50_000, full 2_500_000, OkOrDecodeError;
    utf16le_with_bom: utf16le_with_bom, fast 50_000, full 2_500_000, OkOrDecodeError;
    windows1256_declared_utf8: windows1256_declared_utf8, fast 100_000, full 5_000_000, OkOrDecodeError;
    utf8_declared_windows1256: utf8_declared_windows1256, fast 100_000, full 5_000_000, Ok;
    unknown_charset_declared: unknown_charset_declared, fast 100_000, full 5_000_000, Ok;
    html_meta_charset_lies: html_meta_charset_lies, fast 100_000, full 5_000_000, Ok;
    huge_content_type: huge_content_type, fast 200_000, full 5_000_000, Ok;
    huge_url_and_outlet: huge_url_and_outlet, fast 200_000, full 5_000_000, Ok;
    // invisible and unusual characters
    bidi_controls_only: bidi_controls_only, fast 50_000, full 1_000_000, OkOrDecodeError;
    bidi_controls_between_chars: bidi_controls_between_chars, fast 100_000, full 5_000_000, Ok;
    zero_width_only: zero_width_only, fast 50_000, full 1_000_000, OkOrDecodeError;
    zero_width_between_digits: zero_width_between_digits, fast 1_500, full 50_000, Ok;
    combining_marks_flood: combining_marks_flood, fast 50, full 2_000, OkOrDecodeError;
    marks_without_letters: marks_without_letters, fast 50_000, full 1_000_000, OkOrDecodeError;
    tatweel_flood: tatweel_flood, fast 50_000, full 2_500_000, Ok;
    presentation_forms: presentation_forms, fast 1_000, full 50_000, Ok;
    ligature_expansion_flood: ligature_expansion_flood, fast 20_000, full 1_000_000, Ok;
    astral_chars: astral_chars, fast 1_000, full 50_000, Ok;
    digits_of_every_script: digits_of_every_script, fast 1_500, full 50_000, Ok;
    noncharacters: noncharacters, fast 30_000, full 1_000_000, OkOrDecodeError;
    control_chars_dense: control_chars_dense, fast 100_000, full 5_000_000, OkOrDecodeError;
    control_chars_sparse: control_chars_sparse, fast 100_000, full 5_000_000, Ok;
    cr_only_line_breaks: cr_only_line_breaks, fast 100_000, full 5_000_000, Ok;
    // size
    single_line: single_line, fast 200_000, full 5_000_000, Ok;
    many_blank_lines: many_blank_lines, fast 200_000, full 5_000_000, Ok;
    many_tiny_paragraphs: many_tiny_paragraphs, fast 30_000, full 1_000_000, Ok;
    one_arabic_letter: one_arabic_letter, fast 100_000, full 1_000_000, Ok;
    one_latin_letter: one_latin_letter, fast 200_000, full 1_000_000, Ok;
    one_word_repeated: one_word_repeated, fast 10_000, full 1_000_000, Ok;
    // numbers
    long_digit_runs: long_digit_runs, fast 10_000, full 10_000, Ok;
    long_eastern_digit_runs: long_eastern_digit_runs, fast 10_000, full 10_000, Ok;
    long_grouped_digits: long_grouped_digits, fast 10_000, full 10_000, Ok;
    long_decimals: long_decimals, fast 10_000, full 10_000, Ok;
    digit_chains: digit_chains, fast 10_000, full 100_000, Ok;
    alf_repeated: alf_repeated, fast 5_000, full 5_000, Ok;
    number_then_alf_repeated: number_then_alf_repeated, fast 5_000, full 5_000, Ok;
    million_billion_chain: million_billion_chain, fast 5_000, full 5_000, Ok;
    number_words_chain: number_words_chain, fast 5_000, full 5_000, Ok;
    akthar_min_repeated: akthar_min_repeated, fast 10_000, full 10_000, Ok;
    akthar_min_repeated_then_count: akthar_min_repeated_then_count, fast 10_000, full 10_000, Ok;
    hedges_repeated: hedges_repeated, fast 1_500, full 10_000, Ok;
    between_and_chain: between_and_chain, fast 10_000, full 10_000, Ok;
    units_without_numbers: units_without_numbers, fast 2_000, full 100_000, Ok;
    speech_verbs_repeated: speech_verbs_repeated, fast 2_000, full 100_000, Ok;
    returnee_anaphora_repeated: returnee_anaphora_repeated, fast 4_000, full 100_000, Ok;
    // dates
    impossible_dates: impossible_dates, fast 400, full 50_000, Ok;
    far_future_years: far_future_years, fast 800, full 50_000, Ok;
    hijri_extremes: hijri_extremes, fast 1_000, full 50_000, Ok;
    relative_past_max_date: relative_past_max_date, fast 800, full 50_000, Ok;
    relative_before_min_date: relative_before_min_date, fast 800, full 50_000, Ok;
    huge_relative_offsets: huge_relative_offsets, fast 800, full 50_000, Ok;
    yearless_weekday_dates: yearless_weekday_dates, fast 1_000, full 50_000, Ok;
    published_impossible: published_impossible, fast 0, full 0, InvalidPublished;
    published_year_99999: published_year_99999, fast 0, full 0, InvalidPublished;
    published_huge: published_huge, fast 200_000, full 5_000_000, InvalidPublished;
    // HTML
    nested_divs: nested_divs, fast 10_000, full 100_000, Ok;
    unclosed_nested_tags: unclosed_nested_tags, fast 20_000, full 100_000, Ok;
    nested_tables: nested_tables, fast 3_000, full 100_000, Ok;
    empty_elements: empty_elements, fast 15_000, full 1_000_000, Ok;
    empty_elements_only: empty_elements_only, fast 15_000, full 1_000_000, OkOrDecodeError;
    many_attributes: many_attributes, fast 10_000, full 50_000, Ok;
    huge_attribute_value: huge_attribute_value, fast 200_000, full 5_000_000, Ok;
    huge_script_and_style: huge_script_and_style, fast 100_000, full 5_000_000, Ok;
    unclosed_comment: unclosed_comment, fast 100_000, full 5_000_000, Ok;
    char_references: char_references, fast 1_000, full 50_000, Ok;
    malformed_tags: malformed_tags, fast 2_000, full 50_000, Ok;
    bogus_date_metas: bogus_date_metas, fast 500, full 10_000, Ok;
    text_starting_with_bracket: text_starting_with_bracket, fast 10_000, full 500_000, Ok;
}

/// The table holds at least the 40 cases issue 11 asks for, each name once.
#[test]
fn table_has_at_least_forty_distinct_cases() {
    let mut names: Vec<_> = CASES.iter().map(|c| c.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), CASES.len(), "a case name is used twice");
    assert!(CASES.len() >= 40, "only {} cases", CASES.len());
}
