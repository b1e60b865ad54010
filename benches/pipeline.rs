//! The pipeline's three stages on synthetic corpora of 1, 10, 100 and 1,000
//! jurisdictions (benches/common/corpus.rs, fixed seed), in one process:
//!
//! - `load`: files to a validated corpus (read, parse, decode, validate,
//!   with the embedded instruments);
//! - `check`: every requirement of every instrument against every
//!   jurisdiction;
//! - `site`: every page of `lexgap site` (HTML and Markdown) rendered in
//!   memory, with the template set-up; writing is measured by the
//!   whole-process runs (benches/measure.sh).
//!
//! `cargo bench --bench pipeline` (add `-- load/100` to run one case).
//! Peak memory needs a process of its own: benches/measure.sh. The figures
//! are in BENCHMARKS.md.

mod common;

use common::corpus;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use lexgap::check;
use lexgap::load::{Input, load};
use lexgap::model::Instrument;
use lexgap::render::{self, Renderer, context::Shared};
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

const SIZES: &[usize] = &[1, 10, 100, 1000];

fn corpus_dir(n: usize) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("bench-corpus-{n}"));
    corpus::write_corpus(&dir, n, corpus::SEED).expect("write the synthetic corpus");
    dir
}

fn stages(c: &mut Criterion) {
    for &n in SIZES {
        let dir = corpus_dir(n);
        let inputs = [Input::Path(dir.clone())];
        let loaded = load(&inputs);
        assert!(
            loaded.diagnostics.items.is_empty(),
            "the synthetic corpus must load cleanly: {}",
            lexgap::diag::render_human(&loaded.diagnostics.items, &loaded.sources)
        );
        let corpus = loaded.corpus.expect("a corpus");
        assert_eq!(corpus.jurisdictions.len(), n);
        let instruments: Vec<&Instrument> = corpus.instruments.iter().collect();
        let checks = check::check(&corpus, &instruments);

        let mut g = c.benchmark_group("pipeline");
        if n >= 100 {
            g.sample_size(10);
            g.measurement_time(Duration::from_secs(if n >= 1000 { 40 } else { 10 }));
        }
        g.bench_with_input(BenchmarkId::new("load", n), &inputs, |b, inputs| {
            b.iter(|| black_box(load(inputs)));
        });
        g.bench_with_input(BenchmarkId::new("check", n), &corpus, |b, corpus| {
            b.iter(|| black_box(check::check(corpus, &instruments)));
        });
        g.bench_with_input(BenchmarkId::new("site", n), &corpus, |b, corpus| {
            b.iter(|| {
                let shared = Shared::new(corpus);
                let r = Renderer::new(&shared, None).expect("templates");
                black_box(render::site(&r, corpus, &checks, None).expect("site renders"))
            });
        });
        g.finish();
    }
}

criterion_group!(benches, stages);
criterion_main!(benches);
