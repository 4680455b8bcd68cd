//! Stage 5: a [`Report`] → JSON, Markdown (for pull-request review) or plain text.
//!
//! All three are deterministic: the same report gives the same bytes.

use crate::model::{Alignment, Attribution, Claim, DiffOp, Report, Verdict};
use std::collections::HashMap;
use std::fmt::Write;

/// The report as pretty-printed JSON, ending with a newline.
///
/// ```
/// use claimdiff::{compare, report::to_json, Config, Source};
/// let r = compare(&[Source::new("a", "It rained.")], &Config::new())?;
/// let json = to_json(&r);
/// assert!(json.starts_with("{\n  \"schema_version\": 1,"));
/// # Ok::<(), claimdiff::Error>(())
/// ```
pub fn to_json(report: &Report) -> String {
    // Serialising plain data with string keys cannot fail.
    // Serialising plain data with string keys cannot fail, and serde_json writes UTF-8.
    let mut out = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(&mut out, Pretty::default());
    if let Err(e) = serde::Serialize::serialize(report, &mut ser) {
        return format!("{{\"error\": \"{e}\"}}\n");
    }
    out.push(b'\n');
    String::from_utf8(out).unwrap_or_default()
}

/// The layout of `serde_json::ser::PrettyFormatter` (two-space indents, `[]` and `{}`
/// when empty), which writes an indent as one write per level: here each is one
/// write, which makes the whole report about a third cheaper to render.
#[derive(Default)]
struct Pretty {
    /// Open arrays and objects.
    depth: usize,
    /// Whether the innermost open array or object has a value yet.
    has_value: bool,
}

impl Pretty {
    fn indent<W: ?Sized + std::io::Write>(&self, w: &mut W) -> std::io::Result<()> {
        const SPACES: &[u8] = &[b' '; 64];
        w.write_all(b"\n")?;
        let mut n = 2 * self.depth;
        while n > 0 {
            let k = n.min(SPACES.len());
            w.write_all(&SPACES[..k])?;
            n -= k;
        }
        Ok(())
    }

    /// Opens an array or an object.
    fn open<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        bracket: &[u8],
    ) -> std::io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    /// Closes an array or an object, on a line of its own unless it is empty.
    fn close<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        bracket: &[u8],
    ) -> std::io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.indent(w)?;
        }
        w.write_all(bracket)
    }

    /// Starts an array's value or an object's key on a new line.
    fn next<W: ?Sized + std::io::Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        if !first {
            w.write_all(b",")?;
        }
        self.indent(w)
    }
}

impl serde_json::ser::Formatter for Pretty {
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"[")
    }
    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"]")
    }
    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.next(w, first)
    }
    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, _w: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"{")
    }
    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"}")
    }
    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.next(w, first)
    }
    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b": ")
    }
    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, _w: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// Reads a report back from its JSON, as written by [`to_json`].
///
/// ```
/// use claimdiff::{compare, report, Config, Source};
/// let r = compare(&[Source::new("a", "It rained on Monday, officials said.")], &Config::new())?;
/// let json = report::to_json(&r);
/// let back = report::from_json(&json)?;
/// assert_eq!(report::to_json(&back), json);
/// # Ok::<(), claimdiff::Error>(())
/// ```
pub fn from_json(json: &str) -> crate::Result<Report> {
    serde_json::from_str(json).map_err(|e| crate::Error::InvalidReport(e.to_string()))
}

struct Index<'a> {
    claims: HashMap<&'a str, &'a Claim>,
}

impl<'a> Index<'a> {
    fn new(report: &'a Report) -> Self {
        Index {
            claims: report.claims.iter().map(|c| (c.id.as_str(), c)).collect(),
        }
    }

    fn claim(&self, id: &str) -> Option<&'a Claim> {
        self.claims.get(id).copied()
    }
}

fn verdict_word(v: Verdict) -> &'static str {
    match v {
        Verdict::Agree => "agree",
        Verdict::Diverge => "diverge",
        Verdict::Related => "related",
    }
}

fn attribution_line(a: &Attribution) -> String {
    // Nearest the outlet first: "Wall Street Journal ← sources familiar with the talks".
    let mut chain: Vec<&str> = a.via.iter().map(String::as_str).collect();
    chain.push(&a.speaker);
    let mut out = chain.join(" ← ");
    let mut notes = Vec::new();
    if let Some(cue) = &a.cue {
        notes.push(format!("“{cue}”"));
    }
    notes.push(format!("{:?}", a.quote).to_lowercase());
    if a.anonymous {
        notes.push("anonymous".to_owned());
    }
    write!(out, " ({})", notes.join(", ")).ok();
    out
}

/// The name a unit enum variant has in the JSON ("call_to_action", "entities"), so the
/// Markdown uses the same words.
fn json_name<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Escapes text for a Markdown table cell or inline run.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '|' | '*' | '_' | '`' | '<' | '>' | '[' | ']' | '#' | '~' | '\\'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn diff_markdown(ops: &[DiffOp]) -> String {
    let mut out = String::new();
    for op in ops {
        match op {
            DiffOp::Equal(s) => out.push_str(&md(s)),
            DiffOp::Delete(s) | DiffOp::Insert(s) => {
                let (mark, body) = match op {
                    DiffOp::Delete(_) => ("~~", s),
                    _ => ("**", s),
                };
                // Keep surrounding whitespace outside the marks, as Markdown requires.
                let lead = &body[..body.len() - body.trim_start().len()];
                let trail = &body[body.trim_end().len()..];
                let inner = body.trim();
                if inner.is_empty() {
                    out.push_str(body);
                } else {
                    write!(out, "{lead}{mark}{}{mark}{trail}", md(inner)).ok();
                }
            }
        }
    }
    out
}

fn claim_facts(c: &Claim) -> String {
    let mut parts = Vec::new();
    if let Some(a) = &c.attribution {
        parts.push(format!("said by {}", attribution_line(a)));
    }
    if !c.hedges.is_empty() {
        parts.push(format!("hedged: {}", c.hedges.join(", ")));
    }
    if c.polarity == crate::model::Polarity::Negative {
        parts.push("negated".to_owned());
    }
    parts.join("; ")
}

/// The report as Markdown for pull-request review: sources, matched groups side by
/// side with their divergences and word diffs, claims only one source makes, and
/// skipped segments.
pub fn to_markdown(report: &Report) -> String {
    let idx = Index::new(report);
    let mut out = String::new();
    out.push_str("# claimdiff report\n\n");
    out.push_str(
        "| source | outlet | headline | dateline | claims | skipped |\n|---|---|---|---|---|---|\n",
    );
    for s in &report.sources {
        let n = report.claims.iter().filter(|c| c.source == s.id).count();
        let dateline = s
            .dateline
            .as_ref()
            .map(|d| {
                [d.place.as_deref(), d.date.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default();
        writeln!(
            out,
            "| `{}` | {} | {} | {} | {} | {} |",
            s.id,
            md(s.outlet.as_deref().unwrap_or("")),
            md(s.headline.as_deref().unwrap_or("")),
            md(&dateline),
            n,
            s.skipped.len()
        )
        .ok();
    }
    out.push('\n');

    if report.sources.len() == 1 {
        out.push_str("## Claims\n\n");
        for c in &report.claims {
            write_claim_item(&mut out, c);
        }
        out.push('\n');
    } else {
        let counts = |v: Verdict| report.alignments.iter().filter(|a| a.verdict == v).count();
        writeln!(
            out,
            "## Matched claims ({}: {} agree, {} diverge, {} related)\n",
            report.alignments.len(),
            counts(Verdict::Agree),
            counts(Verdict::Diverge),
            counts(Verdict::Related)
        )
        .ok();
        for al in &report.alignments {
            write_alignment(&mut out, al, &idx);
        }
        out.push_str("## Claims only one source makes\n\n");
        for s in &report.sources {
            writeln!(out, "### `{}` ({})\n", s.id, s.unmatched.len()).ok();
            for id in &s.unmatched {
                if let Some(c) = idx.claim(id) {
                    write_claim_item(&mut out, c);
                }
            }
            out.push('\n');
        }
    }

    out.push_str("## Skipped segments\n\n");
    for s in &report.sources {
        if s.skipped.is_empty() {
            continue;
        }
        writeln!(
            out,
            "### `{}` ({})\n\n| span | reason | text |\n|---|---|---|",
            s.id,
            s.skipped.len()
        )
        .ok();
        for k in &s.skipped {
            let reason = json_name(&k.reason);
            writeln!(
                out,
                "| {}–{} | {} | {} |",
                k.span.start,
                k.span.end,
                reason,
                md(&k.text)
            )
            .ok();
        }
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn write_claim_item(out: &mut String, c: &Claim) {
    let facts = claim_facts(c);
    write!(out, "- **{}** (¶{}) {}", c.id, c.paragraph, md(&c.text)).ok();
    if !facts.is_empty() {
        write!(out, " — *{}*", md(&facts)).ok();
    }
    out.push('\n');
}

fn write_alignment(out: &mut String, al: &Alignment, idx: &Index<'_>) {
    writeln!(
        out,
        "### {} · {} · score {:.3}\n",
        al.id,
        verdict_word(al.verdict),
        al.score
    )
    .ok();
    out.push_str("| claim | text | attribution, hedges |\n|---|---|---|\n");
    for id in &al.claims {
        if let Some(c) = idx.claim(id) {
            writeln!(
                out,
                "| `{}` | {} | {} |",
                c.id,
                md(&c.text),
                md(&claim_facts(c))
            )
            .ok();
        }
    }
    out.push('\n');
    if !al.divergences.is_empty() {
        for d in &al.divergences {
            let kind = json_name(&d.kind);
            writeln!(out, "- **{kind}**: {}", md(&d.note)).ok();
        }
        out.push('\n');
    }
    let ev = &al.evidence;
    let shared: Vec<String> = ev
        .entities
        .iter()
        .chain(&ev.numbers)
        .chain(ev.terms.iter().take(8))
        .map(|s| md(s))
        .collect();
    if !shared.is_empty() {
        writeln!(out, "Shared: {}\n", shared.join(", ")).ok();
    }
    for d in &al.diffs {
        writeln!(
            out,
            "`{}` → `{}`:\n\n> {}\n",
            d.from,
            d.to,
            diff_markdown(&d.ops)
        )
        .ok();
    }
}

/// The report as plain text for a terminal; `colour` adds ANSI colours to diffs and
/// verdicts (the example binary turns it on only when writing to a TTY).
pub fn to_text(report: &Report, colour: bool) -> String {
    let idx = Index::new(report);
    let paint = |code: &str, s: &str| {
        if colour {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_owned()
        }
    };
    let mut out = String::new();
    for s in &report.sources {
        let n = report.claims.iter().filter(|c| c.source == s.id).count();
        writeln!(
            out,
            "{}: {}{} — {} claims, {} skipped",
            s.id,
            s.outlet.as_deref().unwrap_or("unknown outlet"),
            s.headline
                .as_deref()
                .map(|h| format!(", “{h}”"))
                .unwrap_or_default(),
            n,
            s.skipped.len()
        )
        .ok();
    }
    out.push('\n');
    if report.sources.len() == 1 {
        for c in &report.claims {
            let facts = claim_facts(c);
            writeln!(out, "{} {}", paint("1", &c.id), c.text).ok();
            if !facts.is_empty() {
                writeln!(out, "    {facts}").ok();
            }
        }
        return out;
    }
    for al in &report.alignments {
        let v = verdict_word(al.verdict);
        let code = match al.verdict {
            Verdict::Agree => "32",
            Verdict::Diverge => "33",
            Verdict::Related => "36",
        };
        writeln!(
            out,
            "{} {} (score {:.3})",
            paint("1", &al.id),
            paint(code, v),
            al.score
        )
        .ok();
        for id in &al.claims {
            if let Some(c) = idx.claim(id) {
                writeln!(out, "  {}: {}", c.id, c.text).ok();
            }
        }
        for d in &al.divergences {
            writeln!(out, "  ! {}", d.note).ok();
        }
        for d in &al.diffs {
            let mut line = String::new();
            for op in &d.ops {
                match op {
                    DiffOp::Equal(s) => line.push_str(s),
                    DiffOp::Delete(s) => line.push_str(&if colour {
                        paint("31", s)
                    } else {
                        format!("[-{s}-]")
                    }),
                    DiffOp::Insert(s) => line.push_str(&if colour {
                        paint("32", s)
                    } else {
                        format!("{{+{s}+}}")
                    }),
                }
            }
            writeln!(out, "  {} → {}: {line}", d.from, d.to).ok();
        }
        out.push('\n');
    }
    for s in &report.sources {
        writeln!(out, "only in {} ({}):", s.id, s.unmatched.len()).ok();
        for id in &s.unmatched {
            if let Some(c) = idx.claim(id) {
                writeln!(out, "  {}: {}", c.id, c.text).ok();
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_is_laid_out_as_serde_jsons_pretty_printer() {
        let sources = [
            crate::Source::new(
                "a",
                "Envoys met in Doha on Monday, officials said. \"We agreed,\" one said.\t\u{1}",
            ),
            crate::Source::new("b", "Envoys met in Doha on Tuesday, a report said."),
        ];
        for n in 0..=sources.len() {
            let report = crate::compare(&sources[..n.max(1)], &crate::Config::new()).unwrap();
            let want = serde_json::to_string_pretty(&report).unwrap() + "\n";
            assert_eq!(to_json(&report), want);
        }
        // Empty arrays and objects, and nesting deeper than the indent buffer.
        let deep = (0..40).fold(
            serde_json::json!([]),
            |v, _| serde_json::json!({ "x": [v, {}] }),
        );
        let mut out = Vec::new();
        let mut ser = serde_json::Serializer::with_formatter(&mut out, Pretty::default());
        serde::Serialize::serialize(&deep, &mut ser).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            serde_json::to_string_pretty(&deep).unwrap()
        );
    }
}
