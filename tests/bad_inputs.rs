//! The corpus of bad inputs: every file under tests/bad/ is loaded and its
//! diagnostics, as a user sees them, are compared with a snapshot. Each must
//! fail with exit code 2, except the warning-only files (named `*-warning`).

use lexgap::diag::{Severity, render_human};
use lexgap::load::{Input, load};
use std::path::Path;

fn relative(path: &Path) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

#[test]
fn every_bad_input_gets_its_expected_diagnostics() {
    insta::glob!("bad/*.yaml", |path| {
        let rel = relative(path);
        let loaded = load(&[Input::Path(rel.clone().into())]);
        let errors = loaded.diagnostics.count(Severity::Error);
        if rel.ends_with("-warning.yaml") {
            assert_eq!(errors, 0, "{rel} should only warn");
            assert!(
                loaded.corpus.is_some(),
                "{rel}: warnings must not stop loading"
            );
            assert!(
                loaded.diagnostics.count(Severity::Warning) > 0,
                "{rel} should warn"
            );
        } else {
            assert!(errors > 0, "{rel} should be rejected");
            assert!(
                loaded.corpus.is_none(),
                "{rel}: a corpus must not be produced from bad input"
            );
        }
        let text = render_human(&loaded.diagnostics.items, &loaded.sources);
        insta::assert_snapshot!(text);
    });
}

#[test]
fn the_corpus_has_at_least_forty_files() {
    let n = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad"))
        .expect("tests/bad exists")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "yaml"))
        })
        .count();
    assert!(n >= 40, "only {n} bad inputs");
}

#[test]
fn many_errors_in_one_file_are_all_reported() {
    let loaded = load(&[Input::Path("tests/bad/many-errors-at-once.yaml".into())]);
    let codes: Vec<&str> = loaded
        .diagnostics
        .items
        .iter()
        .map(|d| d.code.as_str())
        .collect();
    assert!(codes.contains(&"E042"), "{codes:?}");
    assert!(codes.contains(&"E021"), "{codes:?}");
    assert!(codes.contains(&"E041"), "{codes:?}");
    assert!(codes.contains(&"E030"), "{codes:?}");
}

#[test]
fn errors_in_several_files_are_reported_together() {
    let loaded = load(&[
        Input::Path("tests/bad/unknown-term-means.yaml".into()),
        Input::Path("tests/bad/dangling-law.yaml".into()),
        Input::Path("tests/fixtures/xa-arcadia.yaml".into()),
    ]);
    let files: Vec<&str> = loaded
        .diagnostics
        .items
        .iter()
        .filter_map(|d| d.file.map(|f| loaded.sources.get(f).name.as_str()))
        .collect();
    assert!(files.contains(&"tests/bad/unknown-term-means.yaml"));
    assert!(files.contains(&"tests/bad/dangling-law.yaml"));
    assert!(loaded.corpus.is_none());
}

#[test]
fn every_code_is_documented_and_every_documented_code_exists() {
    let page =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/DIAGNOSTICS.md"))
            .expect("docs/DIAGNOSTICS.md");
    let documented: Vec<&str> = page
        .lines()
        .filter_map(|l| l.strip_prefix("## "))
        .filter(|h| {
            h.len() == 4 && h.starts_with(['E', 'W']) && h[1..].bytes().all(|b| b.is_ascii_digit())
        })
        .collect();
    for code in lexgap::diag::Code::ALL {
        assert!(
            documented.contains(&code.as_str()),
            "{} is not documented",
            code.as_str()
        );
    }
    for d in documented {
        assert!(
            lexgap::diag::Code::ALL.iter().any(|c| c.as_str() == d),
            "{d} is documented but does not exist"
        );
    }
}
