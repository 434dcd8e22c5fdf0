//! The machinery behind `hostile_inputs.rs`: a case table, a child process per case, and the
//! invariants every output must keep.
//!
//! - [`Case`]: a name, an input builder `fn(n) -> Doc`, two sizes (`fast` for `cargo test`,
//!   `full` for the sizes issue 11 names) and an [`Expect`]ation.
//! - [`isolate`]: each case runs in a child copy of the test binary (with a 2 MiB stack, the
//!   tokio worker default, under an address-space limit and a deadline), so a stack overflow,
//!   an abort or a hang fails that one case by name instead of killing the whole binary.
//! - [`check`]: runs every stage (decode, clean, normalize, tokenize, numbers, dates, entities,
//!   the whole `analyze`, claims) on the input and asserts the output invariants.
//! - [`inputs`]: the builders.

pub mod check;
pub mod inputs;
pub mod isolate;

use rasad_core::Input;

/// One hostile input, owned (the builders make it; [`Doc::input`] lends it to `analyze`).
#[derive(Clone, Debug, Default)]
pub struct Doc {
    pub bytes: Vec<u8>,
    pub content_type: Option<String>,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
}

impl Doc {
    /// Plain bytes, no hints.
    pub fn bytes(bytes: impl Into<Vec<u8>>) -> Self {
        Self { bytes: bytes.into(), ..Self::default() }
    }

    /// UTF-8 text, no hints.
    pub fn text(text: impl Into<String>) -> Self {
        Self::bytes(text.into().into_bytes())
    }

    /// An HTML page (content type `text/html; charset=utf-8`).
    pub fn html(text: impl Into<String>) -> Self {
        Self { content_type: Some("text/html; charset=utf-8".into()), ..Self::text(text) }
    }

    /// The same document with a publication date hint.
    pub fn published(mut self, published: &str) -> Self {
        self.published = Some(published.to_owned());
        self
    }

    /// The same document with a content type.
    pub fn content_type(mut self, content_type: &str) -> Self {
        self.content_type = Some(content_type.to_owned());
        self
    }

    pub fn input(&self) -> Input<'_> {
        Input {
            bytes: &self.bytes,
            content_type: self.content_type.as_deref(),
            url: self.url.as_deref(),
            outlet: self.outlet.as_deref(),
            published: self.published.as_deref(),
        }
    }

    /// Bytes of input, hints included (what the memory and output bounds scale with).
    pub fn size(&self) -> usize {
        self.bytes.len()
            + [&self.content_type, &self.url, &self.outlet, &self.published]
                .iter()
                .map(|h| h.as_ref().map_or(0, String::len))
                .sum::<usize>()
    }
}

/// What `analyze` must answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    /// A document (possibly with no facts).
    Ok,
    /// `AnalyzeError::Decode(DecodeError::Empty)`.
    Empty,
    /// `AnalyzeError::InvalidPublished(_)`.
    InvalidPublished,
    /// A document, or a decode error that says why (`Unusable`, `Empty`): both are sane for
    /// bytes that hold no readable text.
    OkOrDecodeError,
}

/// One row of the table.
#[derive(Clone, Copy, Debug)]
pub struct Case {
    pub name: &'static str,
    /// Builds the input at scale `n` (repetitions, bytes or depth: each builder says which).
    pub build: fn(usize) -> Doc,
    /// Scale for the default `cargo test` run (0: the case has no size).
    pub fast: usize,
    /// Scale issue 11 names (run by the ignored `full` variants, `scripts/fuzz --hostile`).
    pub full: usize,
    pub expect: Expect,
    /// `Some(why)` when the case shows a known bug in a module this suite does not own.
    pub bug: Option<&'static str>,
    /// `Some(why)` when only the full size shows a known bug (the fast size still runs).
    pub full_bug: Option<&'static str>,
}

/// Which size of a case to run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Fast,
    Full,
}

impl Mode {
    pub fn name(self) -> &'static str {
        match self {
            Self::Fast => "fast",
            Self::Full => "full",
        }
    }
}

/// The table: one `mod <name> { fn fast(); fn full() }` per row, so `cargo test` reports each
/// case by name, plus `CASES` for the runner. `bug "…"` marks a row `#[ignore]` with the reason;
/// `full_bug "…"` skips only its full size (the bug needs the size to show).
#[macro_export]
macro_rules! cases {
    ($( $name:ident : $build:path, fast $fast:expr, full $full:expr, $expect:ident
        $(, bug $bug:literal)? $(, full_bug $full_bug:literal)? ; )*) => {
        pub const CASES: &[$crate::hostile::Case] = &[$(
            $crate::hostile::Case {
                name: stringify!($name),
                build: $build,
                fast: $fast,
                full: $full,
                expect: $crate::hostile::Expect::$expect,
                bug: $crate::cases!(@bug $($bug)?),
                full_bug: $crate::cases!(@bug $($full_bug)?),
            },
        )*];
        $(
            mod $name {
                #[test]
                $(#[ignore = $bug])?
                fn fast() {
                    $crate::hostile::isolate::run(stringify!($name), $crate::hostile::Mode::Fast);
                }

                #[test]
                #[ignore = "full size (issue 11); run by scripts/fuzz --hostile"]
                fn full() {
                    $crate::hostile::isolate::run(stringify!($name), $crate::hostile::Mode::Full);
                }
            }
        )*
    };
    (@bug) => { None };
    (@bug $bug:literal) => { Some($bug) };
}

/// The row named `name`.
pub fn case(name: &str) -> Case {
    *crate::CASES.iter().find(|c| c.name == name).unwrap_or_else(|| panic!("no case named {name}"))
}
