//! Word tokens with byte spans, shared by the extractors and the aligner.

use crate::lexicon;
use crate::model::Span;

/// A token: a word (letters and digits, with internal `.`, `'`, `’`, `-`, `&` and
/// digit separators) or a single punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// Byte range into the source text.
    pub span: Span,
    /// The token as written.
    pub text: &'a str,
}

impl Token<'_> {
    /// Whether the token is a word (starts with a letter or digit).
    #[inline]
    pub fn is_word(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_alphanumeric)
    }

    /// Whether the word starts with an upper-case letter.
    #[inline]
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether the token is an opening or closing quotation mark.
    pub fn is_quote(&self) -> bool {
        matches!(self.text, "\"" | "“" | "”" | "‘" | "’" | "'" | "«" | "»")
    }
}

/// `s.to_lowercase()`, borrowed when that would change nothing: most words are
/// ASCII without capitals, and a new String for each is a good part of the cost.
#[inline]
pub(crate) fn lowercase(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.to_lowercase())
    }
}

/// [`lowercase`] without a new String for an ASCII word of up to 32 bytes: it is
/// lower-cased into `buf` instead.
#[inline]
pub(crate) fn lowercase_in<'b>(s: &'b str, buf: &'b mut [u8; 32]) -> std::borrow::Cow<'b, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return std::borrow::Cow::Borrowed(s);
    }
    if s.len() <= buf.len() && s.is_ascii() {
        let buf = &mut buf[..s.len()];
        buf.copy_from_slice(s.as_bytes());
        buf.make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(buf) {
            return std::borrow::Cow::Borrowed(lower);
        }
    }
    std::borrow::Cow::Owned(s.to_lowercase())
}

/// Tokens of `text[span]`, in order.
///
/// ```
/// use claimdiff::{extract::tokens::tokenize, Span};
/// let t = "The U.S. envoy's 1,200 troops—left.";
/// let words: Vec<&str> = tokenize(t, Span::new(0, t.len())).iter().map(|t| t.text).collect();
/// assert_eq!(words, ["The", "U.S.", "envoy's", "1,200", "troops", "—", "left", "."]);
/// ```
pub fn tokenize(text: &str, span: Span) -> Vec<Token<'_>> {
    let s = &text[span.range()];
    // Walks byte offsets (always at char boundaries) with one char of lookahead and
    // lookbehind, rather than collecting the chars first.
    let at = |p: usize| match s.as_bytes().get(p) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s[p..].chars().next(),
        None => None,
    };
    let mut out = Vec::with_capacity(s.len() / 5 + 1);
    let mut p = 0;
    while let Some(c) = at(p) {
        if c.is_whitespace() {
            p += c.len_utf8();
            continue;
        }
        let start = p;
        if c.is_alphanumeric() {
            p += c.len_utf8();
            while let Some(c) = at(p) {
                let next = p + c.len_utf8();
                if c.is_alphanumeric() {
                    p = next;
                } else if matches!(c, '.' | '\'' | '’' | '-' | '&' | '‐') {
                    match at(next) {
                        Some(d) if d.is_alphanumeric() => p = next + d.len_utf8(),
                        _ => break,
                    }
                } else if matches!(c, ',' | ':')
                    && s[..p]
                        .chars()
                        .next_back()
                        .is_some_and(|b| b.is_ascii_digit())
                    && at(next).is_some_and(|d| d.is_ascii_digit())
                {
                    p = next + 1;
                } else {
                    break;
                }
            }
            // Keep the period of an abbreviation ("U.S.", "Gen.") with its word.
            if at(p) == Some('.') {
                let word = &s[start..p];
                if word.contains('.') || lexicon::contains(lexicon::TITLE_ABBREVIATIONS, word) {
                    p += 1;
                }
            }
        } else if c == '\'' && at(p + 1) == Some('\'') {
            // Two apostrophes are a double quotation mark in some house styles (''Yes,'' he said).
            p += 2;
        } else {
            p += c.len_utf8();
        }
        out.push(Token {
            span: Span::new(span.start + start, span.start + p),
            text: &s[start..p],
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The first implementation (chars collected, then indexed), kept as the oracle.
    fn reference(text: &str, span: Span) -> Vec<Token<'_>> {
        let s = &text[span.range()];
        let chars: Vec<(usize, char)> = s.char_indices().collect();
        let mut out = Vec::new();
        let mut i = 0;
        let at = |k: usize| chars.get(k).map(|&(_, c)| c);
        let pos = |k: usize| chars.get(k).map_or(s.len(), |&(p, _)| p);
        while i < chars.len() {
            let c = chars[i].1;
            if c.is_whitespace() {
                i += 1;
                continue;
            }
            let start = i;
            if c.is_alphanumeric() {
                i += 1;
                loop {
                    match at(i) {
                        Some(c) if c.is_alphanumeric() => i += 1,
                        Some('.' | '\'' | '’' | '-' | '&' | '‐')
                            if at(i + 1).is_some_and(char::is_alphanumeric) =>
                        {
                            i += 2
                        }
                        Some(',' | ':')
                            if at(i - 1).is_some_and(|c| c.is_ascii_digit())
                                && at(i + 1).is_some_and(|c| c.is_ascii_digit()) =>
                        {
                            i += 2
                        }
                        _ => break,
                    }
                }
                // Keep the period of an abbreviation ("U.S.", "Gen.") with its word.
                if at(i) == Some('.') {
                    let word = &s[pos(start)..pos(i)];
                    if word.contains('.')
                        || lexicon::TITLE_ABBREVIATIONS.binary_search(&word).is_ok()
                    {
                        i += 1;
                    }
                }
            } else if c == '\'' && at(i + 1) == Some('\'') {
                // Two apostrophes are a double quotation mark in some house styles (''Yes,'' he said).
                i += 2;
            } else {
                i += 1;
            }
            out.push(Token {
                span: Span::new(span.start + pos(start), span.start + pos(i)),
                text: &s[pos(start)..pos(i)],
            });
        }
        out
    }

    fn same_as_reference(text: &str) {
        for (a, b) in [(0, text.len()), (text.len() / 2, text.len())] {
            if text.is_char_boundary(a) {
                let span = Span::new(a, b);
                assert_eq!(tokenize(text, span), reference(text, span), "{text:?}");
            }
        }
    }

    #[test]
    fn tokenize_matches_the_reference_on_the_fixtures() {
        for text in [
            include_str!("../../fixtures/seed-pair/000_01a3d75aadc09157.txt"),
            include_str!("../../fixtures/seed-pair/001_ef8e934296301487.txt"),
            include_str!("../../fixtures/harbour-fire/wire.txt"),
            include_str!("../../fixtures/harbour-fire/gazette.txt"),
            include_str!("../../fixtures/harbour-fire/voice.txt"),
            "",
            "a",
            "'",
            "''",
            "1,",
            ",1",
            "Gen.",
            "U.S.",
            "x'’-&‐.",
        ] {
            same_as_reference(text);
        }
    }

    #[test]
    fn lowercase_in_is_to_lowercase() {
        for s in [
            "",
            "said",
            "Said",
            "NATO",
            "Émile",
            "İstanbul",
            "ΣΑΣ",
            "AVeryLongCapitalisedWordOfMoreThan32Bytes",
        ] {
            let mut buf = [0; 32];
            assert_eq!(lowercase_in(s, &mut buf), s.to_lowercase(), "{s:?}");
        }
    }

    proptest! {
        #[test]
        fn tokenize_matches_the_reference(
            text in "[a-zA-Z0-9 .,:'’&‐\\-\u{a0}\u{2003}\n\t\"“”éمא\u{301}\u{200b}]{0,40}|(Gen|Mr|U\\.S|1|2|,|:|\\.| |'|’)*"
        ) {
            same_as_reference(&text);
        }
    }
}
