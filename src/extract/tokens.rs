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
    pub fn is_word(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_alphanumeric)
    }

    /// Whether the word starts with an upper-case letter.
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether the token is an opening or closing quotation mark.
    pub fn is_quote(&self) -> bool {
        matches!(self.text, "\"" | "“" | "”" | "‘" | "’" | "'" | "«" | "»")
    }
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
                if word.contains('.') || lexicon::TITLE_ABBREVIATIONS.binary_search(&word).is_ok() {
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
