//! Throughput of the engine on the seed article and synthetic articles of 100 KB, 1 MB and
//! 10 MB (news-like paragraphs with quotes, reported speech and pronouns, names varied).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use quotelens_engine::{analyze, Config, SEED_ARTICLE};

/// A synthetic article of about `bytes` bytes.
pub fn synthetic(bytes: usize) -> String {
    let first = [
        "Ana", "Marek", "Lina", "Omar", "Petra", "Ivo", "Greta", "Tomas",
    ];
    let last = [
        "Ruiz", "Dolan", "Moravec", "Castell", "Valdane", "Brandt", "Lund", "Herzan",
    ];
    let mut out = String::from("Synthetic headline for the benchmark\n");
    let mut i = 0;
    while out.len() < bytes {
        let name = format!("{} {}", first[i % 8], last[(i / 8) % 8]);
        let surname = last[(i / 8) % 8];
        out.push_str(&format!(
            "Minister {name} spoke in the capital on Tuesday. “We will not accept a deal that leaves the border open,” {surname} said, adding that talks would resume.\n\
             However, she added, there was room for compromise on the {i}th proposal. According to officials, the plan includes sanctions and new troops.\n\
             {surname} insists the measures are necessary, with the opposition leader saying that the government had “lost control” of the process.\n"
        ));
        i += 1;
    }
    out
}

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

criterion_group!(benches, throughput, tagging_overhead);
criterion_main!(benches);
