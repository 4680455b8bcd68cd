//! Benches per stage and end to end, on the bundled fixtures.
//! Run with `cargo bench --bench pipeline`; figures are in `benches/README.md`.

use claimdiff::{Config, Source, align, compare, extract, report, segment};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

const RHC: &str = include_str!("../fixtures/seed-pair/000_01a3d75aadc09157.txt");
const VIN: &str = include_str!("../fixtures/seed-pair/001_ef8e934296301487.txt");

fn seeds() -> Vec<Source> {
    vec![Source::new("rhc", RHC), Source::new("vin", VIN)]
}

/// About 1,000 words of news prose: the two seed articles back to back, less furniture.
fn thousand_words() -> String {
    let mut s = String::new();
    while s.split_whitespace().count() < 1000 {
        s.push_str(RHC);
        s.push_str("\n\n");
        s.push_str(VIN);
        s.push_str("\n\n");
    }
    let words: Vec<&str> = s.split_inclusive(char::is_whitespace).collect();
    words[..words.len().min(1100)].concat()
}

fn stages(c: &mut Criterion) {
    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes((RHC.len() + VIN.len()) as u64));
    g.bench_function("segment", |b| {
        b.iter(|| {
            (
                segment::segment(black_box(RHC), None),
                segment::segment(black_box(VIN), None),
            )
        })
    });
    let (s1, s2) = (segment::segment(RHC, None), segment::segment(VIN, None));
    g.bench_function("extract", |b| {
        b.iter(|| {
            (
                extract::analyze(black_box(RHC), &s1),
                extract::analyze(black_box(VIN), &s2),
            )
        })
    });
    let report = compare(&seeds(), &Config::new()).unwrap();
    let feats: Vec<align::Features> = report
        .claims
        .iter()
        .map(|c| align::Features::of_claim(if c.source == "rhc" { RHC } else { VIN }, c))
        .collect();
    let source_of: Vec<usize> = report
        .claims
        .iter()
        .map(|c| usize::from(c.source == "vin"))
        .collect();
    g.bench_function("align", |b| {
        b.iter(|| align::align(black_box(&feats), &source_of, 0.3))
    });
    g.bench_function("report_json", |b| {
        b.iter(|| report::to_json(black_box(&report)))
    });
    g.bench_function("report_markdown", |b| {
        b.iter(|| report::to_markdown(black_box(&report)))
    });
    g.finish();
}

fn end_to_end(c: &mut Criterion) {
    let mut g = c.benchmark_group("end_to_end");
    let sources = seeds();
    g.throughput(Throughput::Bytes((RHC.len() + VIN.len()) as u64));
    g.bench_function("seed_pair_json", |b| {
        b.iter(|| report::to_json(&compare(black_box(&sources), &Config::new()).unwrap()))
    });
    let article = thousand_words();
    g.throughput(Throughput::Bytes(article.len() as u64));
    let one = [Source::new("a", article.as_str())];
    g.bench_function("single_article_1000_words", |b| {
        b.iter(|| compare(black_box(&one), &Config::new()).unwrap())
    });
    g.finish();
}

/// Comparison cost against the number of sources (alignment is quadratic in claims).
fn scaling(c: &mut Criterion) {
    let mut g = c.benchmark_group("scaling_sources");
    g.sample_size(10);
    let texts = [RHC, VIN];
    for n in [2usize, 10, 50] {
        let sources: Vec<Source> = (0..n)
            .map(|i| Source::new(format!("s{i}"), texts[i % 2]))
            .collect();
        let bytes: usize = sources.iter().map(|s| s.text().len()).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function(format!("{n}_sources"), |b| {
            b.iter(|| compare(black_box(&sources), &Config::new()).unwrap())
        });
    }
    g.finish();
}

/// Single-source analysis on large inputs: time should grow linearly with size.
fn large_inputs(c: &mut Criterion) {
    let mut g = c.benchmark_group("large_input");
    g.sample_size(10);
    let config = Config::new().max_claims_per_source(usize::MAX);
    let sentence: String = "officials met in the capital and talked about the plan "
        .repeat(20_000)
        .chars()
        .take(1_000_000)
        .collect();
    let news = |bytes: usize| {
        let article = format!("{RHC}\n\n{VIN}\n\n");
        article.repeat(bytes / article.len() + 1)
    };
    let inputs = [
        ("sentence_1MB", sentence),
        ("news_5MB", news(5_000_000)),
        ("news_50MB", news(50_000_000)),
    ];
    for (name, text) in &inputs {
        g.throughput(Throughput::Bytes(text.len() as u64));
        let one = [Source::new("big", text.as_str())];
        g.bench_function(*name, |b| {
            b.iter(|| compare(black_box(&one), &config).unwrap())
        });
    }
    g.finish();
}

criterion_group!(benches, stages, end_to_end, scaling, large_inputs);
criterion_main!(benches);
