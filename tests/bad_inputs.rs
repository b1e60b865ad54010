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

/// Every diagnostic of the corpus has its message, its help and the phrases
/// inside them in Arabic (none falls back to English), and the Arabic
/// drawing has no English word of its own; codes, paths and snippets are
/// kept.
#[test]
fn every_bad_input_has_its_diagnostics_in_arabic() {
    use lexgap::diag::render_human_in;
    use lexgap::i18n::{Lang, catalog};
    let ar = catalog(Lang::Ar);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/bad")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    files.sort();
    let mut seen = 0;
    for path in files {
        let rel = relative(&path);
        let loaded = load(&[Input::Path(rel.clone().into())]);
        for d in &loaded.diagnostics.items {
            for m in std::iter::once(&d.message).chain(&d.help) {
                for id in m.ids() {
                    assert!(ar.has(id), "{rel}: `{id}` has no Arabic");
                }
                assert_ne!(m.render(ar), m.english(), "{rel}");
                seen += 1;
            }
        }
        let english = render_human(&loaded.diagnostics.items, &loaded.sources);
        let arabic = render_human_in(ar, &loaded.diagnostics.items, &loaded.sources);
        for word in ["error[", "warning[", "= note:", "= help:", "did you mean"] {
            assert!(!arabic.contains(word), "{rel}: {word}\n{arabic}");
        }
        for d in &loaded.diagnostics.items {
            assert!(arabic.contains(&format!("[{}]", d.code.as_str())), "{rel}");
            if let Some(p) = &d.path {
                assert!(arabic.contains(p.as_str()), "{rel}: {p}");
            }
        }
        // The same lines are quoted, with the same carets.
        let quoted = |t: &str| -> Vec<String> {
            t.lines()
                .filter(|l| l.contains(" | ") || l.trim_end().ends_with('|'))
                .map(str::to_owned)
                .collect()
        };
        assert_eq!(quoted(&english), quoted(&arabic), "{rel}");
    }
    assert!(seen > 60, "{seen}");
}
