//! Compare news articles from the command line.
//!
//! ```text
//! claimdiff [A.txt B.txt ...] [--format json|markdown|text|scores] [--name ID=OUTLET]... [--threshold X] [--vectors FILE]
//! claimdiff --pairs FILE.tsv [--threshold X] [--explain]
//! ```
//!
//! With no files it compares the bundled seed articles; with one it analyses that
//! article alone. Source ids are the file stems. `--pairs` reads `claim_a<TAB>claim_b`
//! lines and prints `score<TAB>aligned` for each, by the aligner's own rule
//! (`--explain` adds a third column: the shared terms). `--vectors` (built with the
//! `embeddings` feature) blends the lexical score with word vectors read from FILE,
//! at threshold 0.65 unless `--threshold` says otherwise.

use claimdiff::{Config, Source, align, report};
use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

const SEEDS: [(&str, &str); 2] = [
    (
        "000_01a3d75aadc09157",
        include_str!("../fixtures/seed-pair/000_01a3d75aadc09157.txt"),
    ),
    (
        "001_ef8e934296301487",
        include_str!("../fixtures/seed-pair/001_ef8e934296301487.txt"),
    ),
];

const USAGE: &str = "usage: claimdiff [FILE ...] [--format json|markdown|text|scores] [--name ID=OUTLET]... [--threshold X] [--vectors FILE]\n       claimdiff --pairs FILE.tsv [--threshold X] [--explain]";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Scores,
    Markdown,
    Text,
}

struct Args {
    files: Vec<String>,
    format: Format,
    names: Vec<(String, String)>,
    pairs: Option<String>,
    explain: bool,
    threshold: Option<f64>,
    vectors: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        files: Vec::new(),
        format: Format::Text,
        names: Vec::new(),
        pairs: None,
        explain: false,
        threshold: None,
        vectors: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = |flag: &str| it.next().ok_or_else(|| format!("{flag} needs a value"));
        match a.as_str() {
            "--format" | "-f" => {
                args.format = match value("--format")?.as_str() {
                    "json" => Format::Json,
                    "markdown" | "md" => Format::Markdown,
                    "text" => Format::Text,
                    "scores" => Format::Scores,
                    other => {
                        return Err(format!("unknown format `{other}` (json, markdown or text)"));
                    }
                }
            }
            "--name" => {
                let v = value("--name")?;
                let (id, outlet) = v.split_once('=').ok_or("--name takes ID=OUTLET")?;
                args.names.push((id.to_owned(), outlet.to_owned()));
            }
            "--pairs" => args.pairs = Some(value("--pairs")?),
            "--vectors" => args.vectors = Some(value("--vectors")?),
            "--explain" => args.explain = true,
            "--threshold" => {
                let v = value("--threshold")?;
                args.threshold = Some(
                    v.parse()
                        .map_err(|_| format!("--threshold takes a number, not `{v}`"))?,
                );
            }
            "--help" | "-h" => return Err(USAGE.to_owned()),
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option `{flag}`\n{USAGE}"));
            }
            _ => args.files.push(a),
        }
    }
    Ok(args)
}

fn read_source(path: &str) -> Result<Source, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let id = Path::new(path)
        .file_stem()
        .map(|s| {
            s.to_string_lossy()
                .replace(|c: char| c.is_whitespace() || c == ':', "_")
        })
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "source".to_owned());
    Source::from_bytes(id, bytes).map_err(|e| match e {
        claimdiff::Error::InvalidUtf8 { offset, .. } => {
            format!("{path} is not valid UTF-8 (first bad byte at offset {offset})")
        }
        other => format!("{path}: {other}"),
    })
}

fn run_pairs(path: &str, config: &Config, explain: bool) -> Result<(), String> {
    let file = std::fs::File::open(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        let (a, b) = line.split_once('\t').unwrap_or((line.as_str(), ""));
        let b = b.split('\t').next().unwrap_or("");
        let (fa, fb) = (align::Features::of_text(a), align::Features::of_text(b));
        let s = match &config.similarity {
            Some(scorer) => {
                let (ca, cb) = (bare_claim(a), bare_claim(b));
                let texts = [
                    align::ClaimText {
                        claim: &ca,
                        source_text: a,
                    },
                    align::ClaimText {
                        claim: &cb,
                        source_text: b,
                    },
                ];
                scorer.scores(&texts, &[(0, 1)])[0]
            }
            None => align::similarity(&fa, &fb),
        };
        let aligned = u8::from(s >= config.threshold);
        if explain {
            let shared: Vec<String> = align::shared_terms(&fa, &fb)
                .into_iter()
                .map(|(t, _)| t)
                .collect();
            let shared = shared.join(" ");
            writeln!(out, "{s:.4}\t{aligned}\t{shared}").map_err(|e| e.to_string())?;
        } else {
            writeln!(out, "{s:.4}\t{aligned}").map_err(|e| e.to_string())?;
        }
    }
    out.flush().map_err(|e| e.to_string())
}

/// A sentence as a claim of its own, for a plugged-in scorer in pair mode.
fn bare_claim(text: &str) -> claimdiff::model::Claim {
    claimdiff::model::Claim {
        id: "pair:1".to_owned(),
        source: "pair".to_owned(),
        kind: claimdiff::model::ClaimKind::Sentence,
        span: claimdiff::model::Span::new(0, text.len()),
        text: text.to_owned(),
        paragraph: 1,
        hedges: Vec::new(),
        attribution: None,
        polarity: claimdiff::model::Polarity::Positive,
        mentions: Vec::new(),
    }
}

/// Every cross-source pair's similarity, `claim<TAB>claim<TAB>score`, for studying the aligner.
fn scores(report: &claimdiff::Report, sources: &[Source]) -> String {
    let source_of: Vec<usize> = report
        .claims
        .iter()
        .map(|c| sources.iter().position(|s| s.id() == c.source).unwrap_or(0))
        .collect();
    let features: Vec<align::Features> = report
        .claims
        .iter()
        .zip(&source_of)
        .map(|(c, &si)| align::Features::of_claim(sources[si].text(), c))
        .collect();
    let mut out = String::new();
    for (i, j, s) in align::pair_scores(&features, &source_of) {
        out.push_str(&format!(
            "{}\t{}\t{s:.4}\n",
            report.claims[i].id, report.claims[j].id
        ));
    }
    out
}

/// Aligns by the word vectors in `path` (feature `embeddings`).
#[cfg(feature = "embeddings")]
fn with_vectors(config: Config, path: &str, default_threshold: bool) -> Result<Config, String> {
    use claimdiff::embed::{BLEND_THRESHOLD, Blend, WordVectors};
    let vectors =
        WordVectors::from_path(path).map_err(|e| format!("cannot use word vectors {path}: {e}"))?;
    let config = config.similarity(Blend::new(vectors, 0.5));
    Ok(if default_threshold {
        config.threshold(BLEND_THRESHOLD)
    } else {
        config
    })
}

#[cfg(not(feature = "embeddings"))]
fn with_vectors(_: Config, _: &str, _: bool) -> Result<Config, String> {
    Err("--vectors needs a build with `--features embeddings`".to_owned())
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let mut config = Config::new();
    if let Some(t) = args.threshold {
        config = config.threshold(t);
    }
    if let Some(path) = &args.vectors {
        config = with_vectors(config, path, args.threshold.is_none())?;
    }
    if let Some(p) = &args.pairs {
        return run_pairs(p, &config, args.explain);
    }
    let mut sources: Vec<Source> = if args.files.is_empty() {
        SEEDS
            .iter()
            .map(|(id, text)| Source::new(*id, *text))
            .collect()
    } else {
        args.files
            .iter()
            .map(|f| read_source(f))
            .collect::<Result<_, _>>()?
    };
    for (id, outlet) in &args.names {
        match sources.iter_mut().find(|s| s.id() == id) {
            Some(s) => *s = s.clone().with_outlet(outlet.clone()),
            None => return Err(format!("--name {id}=…: no source has id `{id}`")),
        }
    }
    let report = claimdiff::compare(&sources, &config).map_err(|e| e.to_string())?;
    let text = match args.format {
        Format::Json => report::to_json(&report),
        Format::Markdown => report::to_markdown(&report),
        Format::Text => report::to_text(&report, std::io::stdout().is_terminal()),
        Format::Scores => scores(&report, &sources),
    };
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .or_else(|e| {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                Ok(())
            } else {
                Err(e.to_string())
            }
        })
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("claimdiff: {e}");
            ExitCode::FAILURE
        }
    }
}
