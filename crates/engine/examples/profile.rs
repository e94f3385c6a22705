//! Times the analysis of a file and counts its heap allocations: a steady figure to compare
//! changes on a noisy machine, and a target for `valgrind --tool=callgrind`
//! (`--toggle-collect=profile::measured` counts one analysis and nothing else).
//!
//!   cargo run --profile bench -p quotelens-engine --example profile -- [--one-thread] FILE [RUNS]
//!   cargo run --profile bench -p quotelens-engine --example profile -- [--one-thread] --synthetic BYTES [RUNS]
//!
//! `--synthetic BYTES` analyses the benchmark's synthetic article of that size. `--one-thread`
//! keeps a long text on one thread (`Config::one_thread`): use it under callgrind, which
//! counts only the measured function's own thread.

use std::alloc::{GlobalAlloc, Layout};

// The command line's allocator, as in the benchmark (`--features system-allocator`: the
// system's).
#[cfg(not(feature = "system-allocator"))]
use mimalloc::MiMalloc as Inner;
#[cfg(feature = "system-allocator")]
use std::alloc::System as Inner;
use std::sync::atomic::{AtomicUsize, Ordering};

#[path = "../benches/support/synthetic.rs"]
mod synthetic;

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        Inner.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        Inner.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        Inner.realloc(ptr, layout, size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

#[inline(never)]
fn measured(text: &str, config: &quotelens_engine::Config) -> quotelens_engine::Analysis {
    quotelens_engine::analyze(text, config)
}

fn main() {
    let mut args = std::env::args().skip(1).peekable();
    let config = quotelens_engine::Config {
        one_thread: args.next_if(|a| a == "--one-thread").is_some(),
        ..Default::default()
    };
    let Some(path) = args.next() else {
        eprintln!("usage: profile [--one-thread] FILE [RUNS] | profile [--one-thread] --synthetic BYTES [RUNS]");
        std::process::exit(2);
    };
    let text = if path == "--synthetic" {
        let bytes = args.next().and_then(|n| n.parse().ok()).unwrap_or_else(|| {
            eprintln!("usage: profile --synthetic BYTES [RUNS]");
            std::process::exit(2)
        });
        synthetic::synthetic(bytes)
    } else {
        std::fs::read_to_string(&path).unwrap_or_else(|e| {
            eprintln!("{path}: {e}");
            std::process::exit(1)
        })
    };
    let runs: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(5);
    // The lexicon and the built-in taxonomy are loaded once, outside the measured runs.
    let _ = quotelens_engine::analyze("Warm “up,” she said.", &Default::default());
    for _ in 0..runs {
        let before = ALLOCATIONS.load(Ordering::Relaxed);
        let start = std::time::Instant::now();
        let analysis = measured(&text, &config);
        let elapsed = start.elapsed();
        println!(
            "{:.1} ms  {:.1} MiB/s  {} statements  {} allocations",
            elapsed.as_secs_f64() * 1000.0,
            text.len() as f64 / 1048576.0 / elapsed.as_secs_f64(),
            analysis.statements.len(),
            ALLOCATIONS.load(Ordering::Relaxed) - before
        );
    }
}
