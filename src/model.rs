//! The types every stage reads and writes: sources in, a [`Report`] out.
//!
//! Field order in each struct is the order a reader meets them in the JSON
//! (`id`, `source`, `span`, `text`, then derived data); empty collections are
//! skipped. Nothing here is a `HashMap`: every rendered collection keeps input
//! order, so the same input gives the same bytes.

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Deserialize, Serialize, Serializer};
use std::ops::Range;

/// Version of the JSON report layout. Bumped on any breaking change.
pub const SCHEMA_VERSION: u32 = 1;

/// One article to analyse, with the caller's id for it.
///
/// ```
/// let s = claimdiff::Source::new("rhc", "Israel and Qatar maintain relations.")
///     .with_outlet("Radio Habana Cuba");
/// assert_eq!(s.id(), "rhc");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    id: String,
    text: String,
    outlet: Option<String>,
}

impl Source {
    /// A source from UTF-8 text. The text is kept exactly as given: every span
    /// in the report is a byte range into it.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Source {
            id: id.into(),
            text: text.into(),
            outlet: None,
        }
    }

    /// A source from raw bytes, which must be UTF-8.
    ///
    /// ```
    /// let err = claimdiff::Source::from_bytes("bad", b"caf\xe9".to_vec()).unwrap_err();
    /// assert_eq!(err.to_string(), "source `bad` is not valid UTF-8 (first bad byte at offset 3)");
    /// ```
    pub fn from_bytes(id: impl Into<String>, bytes: Vec<u8>) -> crate::Result<Self> {
        let id = id.into();
        match String::from_utf8(bytes) {
            Ok(text) => Ok(Source::new(id, text)),
            Err(e) => Err(crate::Error::InvalidUtf8 {
                source_id: id,
                offset: e.utf8_error().valid_up_to(),
            }),
        }
    }

    /// Names the outlet, overriding whatever the text itself says.
    pub fn with_outlet(mut self, outlet: impl Into<String>) -> Self {
        self.outlet = Some(outlet.into());
        self
    }

    /// The caller's id for this source.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The text exactly as given.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The outlet name given by the caller, if any.
    pub fn outlet(&self) -> Option<&str> {
        self.outlet.as_deref()
    }
}

/// A half-open range of UTF-8 byte offsets into a source's text.
///
/// Serialised as a two-element array `[start, end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The span as a range, for slicing: `&text[span.range()]`.
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span is empty.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// Whether `other` lies inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let [start, end] = <[usize; 2]>::deserialize(d)?;
        Ok(Span { start, end })
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(2))?;
        seq.serialize_element(&self.start)?;
        seq.serialize_element(&self.end)?;
        seq.end()
    }
}

/// The full result of a comparison (or of one article's analysis).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Report {
    /// Layout version, [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// One entry per input source, in input order.
    pub sources: Vec<SourceReport>,
    /// Every claim of every source, in source order then reading order.
    pub claims: Vec<Claim>,
    /// Groups of matching claims across sources, strongest first.
    pub alignments: Vec<Alignment>,
}

impl Report {
    /// The claim with this id.
    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.claims.iter().find(|c| c.id == id)
    }
}

/// What the report knows of one source: metadata, what was skipped, what only it says.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SourceReport {
    /// The caller's id.
    pub id: String,
    /// Outlet name: from the caller, a footer or outlet line, the dateline, or the URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// The headline, if the article opens with one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headline: Option<String>,
    /// The dateline ("JERUSALEM (VINnews) —"), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<Dateline>,
    /// The article's own URL, if it prints one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Size of the text in bytes.
    pub bytes: usize,
    /// Page furniture that was not made into claims, each with its reason.
    pub skipped: Vec<Skipped>,
    /// Ids of the claims no other source makes, most prominent first.
    pub unmatched: Vec<String>,
}

/// A dateline: the place and date an article was filed from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    /// Where the dateline sits in the text.
    pub span: Span,
    /// The place, as written ("Washington", "JERUSALEM").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The date, as written ("July 11").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The outlet tag in parentheses ("RHC", "VINnews").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
}

/// A piece of the input that is not a claim, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skipped {
    /// Where it is.
    pub span: Span,
    /// Why it was not made into a claim.
    pub reason: SkipReason,
    /// The text, whitespace collapsed.
    pub text: String,
}

/// Why a segment of the input was not made into a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SkipReason {
    /// Markdown or HTML markup around text (`# *`, `**`, `<p>`).
    Markup,
    /// A horizontal rule (`---`).
    Rule,
    /// A bare URL.
    Url,
    /// A number on a line of its own (share counters, page numbers).
    LoneNumber,
    /// Share, subscribe, follow, podcast and app lines.
    CallToAction,
    /// A list of links or services separated by `|`.
    LinkList,
    /// A photo or video caption or credit.
    Caption,
    /// A byline or contributor line.
    Byline,
    /// A copyright or reprint notice.
    Copyright,
    /// The outlet's name on a line of its own.
    OutletName,
    /// The dateline opening the first paragraph.
    Dateline,
    /// A short heading inside the article that asserts nothing.
    Subheading,
    /// Punctuation or symbols with no words.
    Symbols,
}

/// What kind of text a claim is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ClaimKind {
    /// The article's headline.
    Headline,
    /// A whole sentence.
    Sentence,
    /// One of several clauses of a sentence that asserts several things.
    Clause,
}

/// One thing an article asserts, with what a careful reader checks in it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claim {
    /// `<source id>:<n>`, numbered in reading order from 1.
    pub id: String,
    /// The source's id.
    pub source: String,
    /// Headline, sentence or clause.
    pub kind: ClaimKind,
    /// Byte range into the source text: `&text[span]` is the claim.
    pub span: Span,
    /// The claim's text, whitespace collapsed.
    pub text: String,
    /// Paragraph number, from 1.
    pub paragraph: usize,
    /// Hedge cues as written ("reportedly", "claimed").
    pub hedges: Vec<String>,
    /// Who the claim comes from, if the text says.
    pub attribution: Option<Attribution>,
    /// Whether the claim is negated.
    #[serde(default, skip_serializing_if = "Polarity::is_positive")]
    pub polarity: Polarity,
    /// Typed facts found in the claim, each with its span, in text order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<Mention>,
}

/// Whether a claim asserts or denies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// Asserts.
    #[default]
    Positive,
    /// Negated ("did not confirm", "denied").
    Negative,
}

impl Polarity {
    fn is_positive(&self) -> bool {
        *self == Polarity::Positive
    }
}

/// Who a claim comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    /// The original speaker ("sources familiar with the talks").
    pub speaker: String,
    /// Intermediaries between the speaker and the outlet, nearest the outlet first.
    pub via: Vec<String>,
    /// The reporting cue ("said", "according to", "told").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
    /// Direct, indirect or mixed quotation.
    pub quote: QuoteKind,
    /// Whether the speaker is unnamed ("a Persian Gulf official", "sources").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub anonymous: bool,
    /// Span of the speaker's words in the source text, where they are in this claim's sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_span: Option<Span>,
    /// Span of the cue in the source text, where it is in this claim's sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue_span: Option<Span>,
}

/// How a claim reports its speaker's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// The claim is the speaker's words in quotation marks.
    Direct,
    /// Reported speech, no quotation marks.
    Indirect,
    /// Reported speech with a quoted fragment.
    Mixed,
}

/// A typed fact in a claim, with its byte span in the source text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Where it is.
    pub span: Span,
    /// The text as written.
    pub text: String,
    /// What it is.
    #[serde(flatten)]
    pub fact: Fact,
}

/// What a [`Mention`] is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Fact {
    /// A person, organisation or place, with its canonical name.
    Entity {
        /// Canonical name ("United Arab Emirates" for "UAE").
        canonical: String,
        /// Person, organisation, place or other.
        entity: EntityKind,
    },
    /// A number, with its quantifier and unit where given.
    Number {
        /// The value as a decimal string ("4", "1200", "0.5").
        value: String,
        /// "at least", "more than", "nearly", ...
        #[serde(default, skip_serializing_if = "Option::is_none")]
        qualifier: Option<String>,
        /// "percent", "dollars", "people", ...
        #[serde(default, skip_serializing_if = "Option::is_none")]
        unit: Option<String>,
    },
    /// A date or time, normalised as far as the text allows.
    Time {
        /// ISO-like value ("2020-11", "2022-07-13", "--03" for a month alone) or a
        /// relative tag ("recent", "last-year").
        value: String,
    },
    /// A hedge: the claim is reported, alleged or uncertain.
    Hedge,
    /// A negation cue.
    Negation,
    /// A loaded label, with its neutral counterpart.
    Framing {
        /// The neutral word a wire service would use.
        neutral: String,
    },
}

/// The kind of an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A person.
    Person,
    /// An organisation, outlet or institution.
    Organisation,
    /// A country, city or region.
    Place,
    /// A named thing of another kind (events, accords, products).
    Other,
}

/// Claims of several sources that say the same thing, and how they differ.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Alignment {
    /// `a<n>`, numbered from 1 in report order.
    pub id: String,
    /// Claim ids, in source order.
    pub claims: Vec<String>,
    /// Agree, diverge or related.
    pub verdict: Verdict,
    /// Similarity of the matched claims in [0, 1] (the weakest pair's), rounded to 3 places.
    pub score: f64,
    /// What the claims share.
    pub evidence: Evidence,
    /// How they differ, typed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub divergences: Vec<Divergence>,
    /// Word-level diffs from the first claim to each other one.
    pub diffs: Vec<WordDiff>,
}

/// The verdict on a group of matched claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Same claim, no divergence that matters.
    Agree,
    /// Same event, but the versions differ in a typed way.
    Diverge,
    /// About the same thing, too loosely matched to call agree or diverge.
    Related,
}

/// What matched claims share.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// Canonical entities all claims mention.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entities: Vec<String>,
    /// Shared content-word stems, heaviest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<String>,
    /// Shared numbers and dates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub numbers: Vec<String>,
}

/// One typed difference between matched claims.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Divergence {
    /// What differs.
    pub kind: DivergenceKind,
    /// The differing values per source, in source order.
    pub values: SourceValues,
    /// One line saying what differs, for a reader.
    pub note: String,
}

/// The kinds of divergence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DivergenceKind {
    /// Different participants, places or organisations.
    Entities,
    /// Different figures (by value and unit), a figure against a vague amount, or a
    /// count only some sources give.
    Numbers,
    /// Different dates or times, or a time only some sources give.
    Time,
    /// One side hedges, the other asserts (states it without attributing it).
    Hedge,
    /// A loaded label on one side.
    Framing,
    /// Different speakers, named against anonymous, or attributed on one side and
    /// asserted or only hedged on the other.
    Attribution,
    /// One side negates.
    Polarity,
    /// The same quotation in different words.
    Quote,
}

/// Values per source id, serialised as a JSON object in source order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceValues(pub Vec<(String, Vec<String>)>);

impl<'de> Deserialize<'de> for SourceValues {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Ordered;
        impl<'de> Visitor<'de> for Ordered {
            type Value = SourceValues;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a map from source id to a list of values")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<SourceValues, A::Error> {
                let mut out = Vec::new();
                while let Some(entry) = map.next_entry::<String, Vec<String>>()? {
                    out.push(entry);
                }
                Ok(SourceValues(out))
            }
        }
        d.deserialize_map(Ordered)
    }
}

impl Serialize for SourceValues {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// A word-level diff between two claims.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WordDiff {
    /// Claim the diff starts from.
    pub from: String,
    /// Claim the diff goes to.
    pub to: String,
    /// The edit, as runs of equal, deleted and inserted text.
    pub ops: Vec<DiffOp>,
}

/// One run of a word diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", content = "text", rename_all = "snake_case")]
pub enum DiffOp {
    /// In both claims.
    Equal(String),
    /// Only in the `from` claim.
    Delete(String),
    /// Only in the `to` claim.
    Insert(String),
}
