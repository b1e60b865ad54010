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
//! - `warm`: `lexgap site` built again into a directory it built before,
//!   with the page cache (docs/REPORTS.md, "A site, built again"), nothing
//!   changed and one jurisdiction renamed, for 100 and 200: the whole
//!   command in this process (loading, checking, the pages' keys, the pages
//!   that changed rendered and written).
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

/// `lexgap -q site DIR -o OUT`, run in this process.
fn site_into(dir: &std::path::Path, out: &std::path::Path) {
    use clap::Parser;
    let cli = lexgap::cli::Cli::try_parse_from([
        "lexgap".as_ref(),
        "-q".as_ref(),
        "site".as_ref(),
        dir.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ])
    .expect("arguments");
    let outcome = lexgap::cli::run(&cli).expect("the site is written");
    assert_eq!(outcome, lexgap::cli::Outcome::Clean);
}

fn warm(c: &mut Criterion) {
    for n in [100, 200] {
        let dir = corpus_dir(n);
        let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("bench-site-{n}"));
        let _ = std::fs::remove_dir_all(&out);
        site_into(&dir, &out);
        let mut g = c.benchmark_group("warm");
        g.sample_size(10);
        g.measurement_time(Duration::from_secs(20));
        g.bench_function(BenchmarkId::new("unchanged", n), |b| {
            b.iter(|| site_into(&dir, &out));
        });
        // One file renamed back and forth: each build has one jurisdiction
        // to render again, with the index, the comparison and the instruments.
        let file = std::fs::read_dir(&dir)
            .expect("the corpus")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .min()
            .expect("a file");
        let text = std::fs::read_to_string(&file).expect("readable");
        let (head, rest) = text.split_once("  name: \"").expect("a name");
        let edited = format!("{head}  name: \"Edited {rest}");
        let mut flip = false;
        g.bench_function(BenchmarkId::new("one-edited", n), |b| {
            b.iter(|| {
                flip = !flip;
                std::fs::write(&file, if flip { &edited } else { &text }).expect("write");
                site_into(&dir, &out);
            });
        });
        std::fs::write(&file, &text).expect("restore");
        g.finish();
    }
}

criterion_group!(benches, stages, warm);
criterion_main!(benches);
