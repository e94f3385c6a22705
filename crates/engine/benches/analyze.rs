//! Throughput of the engine on the seed article and synthetic articles of 100 KB, 1 MB and
//! 10 MB (news-like paragraphs with quotes, reported speech and pronouns, new names in every
//! paragraph: see support/synthetic.rs).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use quotelens_engine::{analyze, Config, SEED_ARTICLE};

#[path = "support/synthetic.rs"]
mod synthetic;
use synthetic::synthetic;

// The allocator the command line ships with, so the figures are what it gets;
// `--features system-allocator` measures with the system's instead.
#[cfg(not(feature = "system-allocator"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn throughput(c: &mut Criterion) {
    let config = Config::default();
    let mut group = c.benchmark_group("analyze");
    group.sample_size(10);
    let inputs = [
        ("seed", SEED_ARTICLE.to_string()),
        ("100KB", synthetic(100 * 1024)),
        ("1MB", synthetic(1024 * 1024)),
        ("10MB", synthetic(10 * 1024 * 1024)),
    ];
    for (name, text) in &inputs {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), text, |b, text| {
            b.iter(|| analyze(text, &config))
        });
    }
    group.finish();
}

/// The same on one thread: texts of 64 KB or more are otherwise analysed on two where
/// there are two (the seed never is).
fn one_thread(c: &mut Criterion) {
    let config = Config {
        one_thread: true,
        ..Config::default()
    };
    let mut group = c.benchmark_group("one thread");
    group.sample_size(10);
    for (name, bytes) in [
        ("100KB", 100 * 1024),
        ("1MB", 1024 * 1024),
        ("10MB", 10 * 1024 * 1024),
    ] {
        let text = synthetic(bytes);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
            b.iter(|| analyze(text, &config))
        });
    }
    group.finish();
}

/// What issue tagging adds: the built-in taxonomy against an empty one, on 1 MB.
fn tagging_overhead(c: &mut Criterion) {
    let text = synthetic(1024 * 1024);
    let empty = Config {
        taxonomy: Some(quotelens_engine::Taxonomy {
            name: String::new(),
            about: String::new(),
            issues: Vec::new(),
        }),
        discover_issues: false,
        ..Default::default()
    };
    let mut group = c.benchmark_group("tagging");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("1MB without issues", |b| b.iter(|| analyze(&text, &empty)));
    group.bench_function("1MB with the built-in taxonomy", |b| {
        b.iter(|| analyze(&text, &Config::default()))
    });
    group.finish();
}

criterion_group!(benches, throughput, one_thread, tagging_overhead);
criterion_main!(benches);
