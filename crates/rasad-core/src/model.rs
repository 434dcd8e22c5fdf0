//! The domain model: what the pipeline makes of one article.
//!
//! These are plain Rust types, serializable with serde for golden tests. The gRPC types
//! live at the edge (rasad-server) and are converted from these; nothing in here knows
//! about protobuf or tantivy.
//!
//! **Offsets.** Every [`Span`] is a half-open range of UTF-8 *byte* offsets into
//! [`Document::text`], always on `char` boundaries, so `&doc.text[span.start..span.end]`
//! is the quoted text.

use serde::{Deserialize, Serialize};

/// A half-open range `[start, end)` of UTF-8 byte offsets into a text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; `end` is clamped to be at least `start`.
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Self {
        let end = if end < start { start } else { end };
        Self { start, end }
    }

    /// Length in bytes.
    #[must_use]
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The span moved right by `offset` bytes (a span local to a slice → a span of the whole).
    #[must_use]
    pub const fn shifted(self, offset: usize) -> Self {
        Self { start: self.start + offset, end: self.end + offset }
    }

    /// The smallest span covering both.
    #[must_use]
    pub fn cover(self, other: Self) -> Self {
        Self { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    /// True when `other` lies inside `self`.
    #[must_use]
    pub const fn contains(self, other: Self) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text the span covers, or `""` when it does not fit `text` or splits a char.
    #[must_use]
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// A piece of text as written, with where it stands.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TextSpan {
    /// The text as written in the input (not normalized).
    pub text: String,
    /// Where it stands in [`Document::text`].
    pub span: Span,
}

impl TextSpan {
    /// The text of `span` in `source`.
    #[must_use]
    pub fn of(source: &str, span: Span) -> Self {
        Self { text: span.slice(source).to_owned(), span }
    }
}

/// How a number is qualified by the words around it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// As stated, no hedge.
    #[default]
    Exact,
    /// `نحو`, `حوالي`, `قرابة`, `زهاء`, `ما يقرب من`.
    About,
    /// `أكثر من`, `ما يزيد عن`.
    MoreThan,
    /// `ما لا يقل عن`, `على الأقل`.
    AtLeast,
    /// `أقل من`.
    LessThan,
    /// `ما يصل إلى`, `حتى`.
    AtMost,
    /// `بين 100 و150`, `100-150`: `value` is the lower, `upper` the upper bound.
    Range,
    /// `عشرات`, `مئات`, `آلاف`, `بضعة`: an order of magnitude, not a count.
    Vague,
}

/// What a number mention is, so counts are kept apart from everything else.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NumberKind {
    /// A count (`4000`, `أربعة آلاف`, `عشرات`).
    #[default]
    Cardinal,
    /// `الثالث`, `الـ15`.
    Ordinal,
    /// `15%`, `15 في المئة`.
    Percent,
    /// `20 مليون دولار`.
    Money,
    /// A calendar year (`2012`, `عام 2018`).
    Year,
    /// An age (`30 عاما`, `البالغ من العمر`).
    Age,
    /// A phone-like or code-like digit string.
    Phone,
    /// A duration (`خمس سنوات`, `ثلاثة أيام`).
    Duration,
    /// A bare fraction (`نصف`, `ربع`).
    Fraction,
}

/// A number found in the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NumberMention {
    /// The whole mention as written, qualifier included (`أكثر من 4 الأف`).
    pub text: String,
    /// Where it stands.
    pub span: Span,
    /// The value (lower bound for ranges; magnitude for vague counts).
    pub value: f64,
    /// Upper bound for ranges.
    pub upper: Option<f64>,
    /// The hedge around it.
    pub qualifier: Qualifier,
    /// What it counts or measures.
    pub kind: NumberKind,
    /// Currency or unit where one is stated (`dollar`, `year`, …).
    pub unit: Option<String>,
}

/// The precision of a date value.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Grain {
    /// `2012`.
    Year,
    /// `2018-02`.
    Month,
    /// `2018-08-27`.
    #[default]
    Day,
    /// `2016-06-08T11:39`.
    Minute,
}

/// The calendar a date was written in (values are always Gregorian ISO).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Calendar {
    /// Gregorian, with either month-name system.
    #[default]
    Gregorian,
    /// Islamic (Hijri), converted to Gregorian.
    Hijri,
}

/// What sort of time expression a date mention is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateKind {
    /// A point in time at its grain.
    #[default]
    Point,
    /// `منذ عام 2012`: from `value` until the article's date.
    Since,
    /// `بين 2014 و2017`: from `value` to `end`.
    Range,
}

/// A date or time found in the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DateMention {
    /// As written.
    pub text: String,
    /// Where it stands.
    pub span: Span,
    /// ISO 8601 value truncated to the grain: `2018`, `2018-02`, `2018-08-27`, `2016-06-08T11:39`.
    pub value: String,
    /// End of a range, ISO like `value`.
    pub end: Option<String>,
    /// Precision of `value`.
    pub grain: Grain,
    /// The calendar it was written in.
    pub calendar: Calendar,
    /// Point, since or range.
    pub kind: DateKind,
    /// True when the value was resolved against the publication date (`الجمعة الماضي`).
    pub relative: bool,
}

/// The kind of a named entity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A sovereign country (id: ISO 3166-1 alpha-2).
    Country,
    /// A region (`central_asia`, `europe`, `chechnya`).
    Region,
    /// A city.
    City,
    /// A camp, prison or other named site (`al_hol_camp`).
    Facility,
    /// An organization: armed group, government body, international body.
    #[default]
    Organization,
    /// A media outlet or news agency.
    Outlet,
    /// A person.
    Person,
}

/// A reference from a fact to an entity, or to an unnamed source as written.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EntityRef {
    /// Stable id (`KZ`, `isis`, `voa`); `None` for an unnamed source (`معلومات أمنية`).
    pub id: Option<String>,
    /// Kind, when known.
    pub kind: Option<EntityKind>,
    /// Canonical Arabic name, or the text as written when there is no entity.
    pub name: String,
    /// The words in this document that referred to it.
    pub text: String,
    /// Other names it goes by, so a client can match any: a known body's or outlet's gazetteer
    /// names (`أوتشا`, `OCHA`; at most eight) and the acronym this document puts in brackets
    /// after the name (`مركز تحليل التهديدات (أوكام)`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

/// How an entity was named in one place.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionForm {
    /// By its name or an alias (`كازاخستان`, `داعش`, `نزار باييف`).
    #[default]
    Name,
    /// By a demonym or nationality adjective (`الكازاخي`, `كازخي`, `الألمانية`): for a
    /// claim, a demonym beside the counted noun names the people's origin.
    Demonym,
}

/// One mention of an entity.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Mention {
    /// As written.
    pub text: String,
    /// Where it stands.
    pub span: Span,
    /// Name or demonym.
    pub form: MentionForm,
}

/// An entity found in a document, with every mention of it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Entity {
    /// Stable id: ISO 3166-1 alpha-2 for countries, a lowercase slug otherwise.
    pub id: String,
    /// What it is.
    pub kind: EntityKind,
    /// Canonical Arabic name.
    pub name_ar: String,
    /// English name.
    pub name_en: String,
    /// Other names it goes by (gazetteer aliases).
    pub aliases: Vec<String>,
    /// Mentions in this document, in order.
    pub mentions: Vec<Mention>,
    /// For persons: the role stated beside the name (`الرئيس الكازاخي`), first one found.
    pub role: Option<String>,
}

/// The class of what a quantity claim counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SubjectClass {
    /// `مقاتل`.
    Fighter,
    /// `مسلح`, `متشدد`, `إرهابي`, `جهادي`.
    Militant,
    /// `عنصر`, `عضو`.
    Member,
    /// `شخص`, `مواطن`, `أجنبي`, a bare demonym.
    #[default]
    Person,
    /// `عائد`.
    Returnee,
    /// `محتجز`, `معتقل`.
    Detainee,
    /// `سجين`.
    Prisoner,
    /// `امرأة`, `نساء`.
    Woman,
    /// `طفل`, `أطفال`.
    Child,
    /// `عائلة`, `أسرة`.
    Family,
    /// `لاجئ`, `نازح`.
    Refugee,
    /// `مدني`.
    Civilian,
    /// `قتيل`, `ضحية`, `جريح`.
    Casualty,
    /// `جندي`, `شرطي`, `عنصر أمن`.
    SecurityPersonnel,
}

/// What the counted people did or underwent: a closed vocabulary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Predicate {
    /// `انضموا`, `التحقوا`, `جندوا`.
    Joined,
    /// `سافروا`, `توجهوا`, `غادروا إلى`.
    Traveled,
    /// `عادوا`, `العائدين`, `أعيدوا`, `ترحيل إلى بلادهم` (repatriation included).
    Returned,
    /// `يقاتلون`, `يحاربون`.
    Fighting,
    /// Stated to be somewhere or to number so many (`وجود`, `يحملون الجنسية`, `عدد`).
    #[default]
    Present,
    /// `فروا`, `هربوا`.
    Fled,
    /// `اعتقال`, `القبض على`, `توقيف`.
    Arrested,
    /// `محتجزين`, `معتقلين`, `يقبعون في`.
    Detained,
    /// `مقتل`, `قتل`, `لقوا حتفهم`.
    Killed,
    /// `إصابة`, `جرح`.
    Wounded,
    /// `منع`, `أحبط سفر`.
    Prevented,
    /// `محاكمة`, `أدين`, `حكم على`.
    Prosecuted,
    /// `مفقودين`.
    Missing,
    /// `طلبوا المساعدة`.
    RequestedHelp,
    /// `أفرج عن`, `أطلق سراح`.
    Released,
    /// `خطفوا`, `اختطاف`: taken by force (hostages, abductees).
    Kidnapped,
    /// `استسلموا`, `سلم نفسه`: gave themselves up.
    Surrendered,
    /// `تحييد` when the text splits it into killed, captured and surrendered: the total of
    /// fighters put out of action, not a death toll.
    Neutralized,
}

/// A stated number, as a [`Claim`] quotes it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Quantity {
    /// The number (lower bound for ranges, magnitude for vague counts).
    pub value: f64,
    /// Upper bound for ranges.
    pub upper: Option<f64>,
    /// The hedge.
    pub qualifier: Qualifier,
    /// As written, qualifier included.
    pub text: String,
    /// Where it stands.
    pub span: Span,
}

/// What a claim counts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Subject {
    /// The class.
    pub class: SubjectClass,
    /// The noun as written (`مقاتل`, `كازخي`).
    pub text: String,
}

/// Who says it, through whom.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Attribution {
    /// The subject of the speech verb (a person, a body, or an unnamed source as written).
    pub speaker: Option<EntityRef>,
    /// The speech verb or marker as written (`قال`, `بحسب`).
    pub speech_verb: Option<String>,
    /// The outlet, agency or report the article cites.
    pub cited_source: Option<EntityRef>,
    /// The outlet that published the article.
    pub reporting_outlet: Option<EntityRef>,
}

/// The time a claim is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClaimTime {
    /// The date expression it came from; for "as of publication" the published date.
    pub date: DateMention,
    /// True when no date was stated and the publication date stands in (as of).
    pub as_of_publication: bool,
}

/// A quantity claim: a stated count of people in a document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Claim {
    /// The number.
    pub quantity: Quantity,
    /// What is counted.
    pub subject: Subject,
    /// What they did or underwent.
    pub predicate: Predicate,
    /// Where the people come from.
    pub origin: Option<EntityRef>,
    /// The group they belong to.
    pub organization: Option<EntityRef>,
    /// Where it happens.
    pub locations: Vec<EntityRef>,
    /// Who says so.
    pub attribution: Attribution,
    /// As-of date or period.
    pub time: Option<ClaimTime>,
    /// The sentence that states it.
    pub evidence: TextSpan,
}

/// A role stated for a person (`الرئيس الكازاخي` → `نور سلطان نزار باييف`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RoleFact {
    /// The person.
    pub person: EntityRef,
    /// The role as written.
    pub role: String,
    /// The sentence.
    pub evidence: TextSpan,
}

/// Something a speaker said.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Statement {
    /// Who.
    pub speaker: EntityRef,
    /// The speech verb as written.
    pub verb: String,
    /// What was said (the quote or reported clause).
    pub content: TextSpan,
    /// The sentence.
    pub evidence: TextSpan,
}

/// The shape of the input.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InputFormat {
    /// Text as scraped (lines, paragraphs, boilerplate).
    #[default]
    PlainText,
    /// An HTML page.
    Html,
}

/// One analyzed article.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Document {
    /// The text every [`Span`] indexes: the decoded input for plain text; for HTML, the
    /// readable text of the page (see ARCHITECTURE.md).
    pub text: String,
    /// Plain text or HTML.
    pub format: InputFormat,
    /// The encoding the bytes were decoded from (WHATWG name, e.g. `UTF-8`, `windows-1256`).
    pub encoding: String,
    /// The headline.
    pub title: Option<TextSpan>,
    /// Publication date and time.
    pub published: Option<DateMention>,
    /// The author (`هدى الشيمي`).
    pub byline: Option<TextSpan>,
    /// Place and agency line (`أستانا -سانا`).
    pub dateline: Option<TextSpan>,
    /// The publishing outlet.
    pub outlet: Option<EntityRef>,
    /// Canonical URL, when the page gives one.
    pub url: Option<String>,
    /// Body paragraphs, in order.
    pub paragraphs: Vec<TextSpan>,
    /// The body: paragraphs joined by a blank line.
    pub body: String,
    /// Entities with their mentions.
    pub entities: Vec<Entity>,
    /// Dates and times.
    pub dates: Vec<DateMention>,
    /// Numbers.
    pub numbers: Vec<NumberMention>,
    /// Quantity claims.
    pub claims: Vec<Claim>,
    /// Role facts.
    pub roles: Vec<RoleFact>,
    /// Statements.
    pub statements: Vec<Statement>,
    /// Non-fatal problems (invalid bytes replaced, declared charset wrong, …).
    pub warnings: Vec<String>,
    /// Near-duplicate signature (MinHash over normalized word shingles of the body).
    pub signature: Vec<u32>,
    /// blake3 of the decoded text, hex: the default document id.
    pub content_hash: String,
}
