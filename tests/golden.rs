//! Golden findings of every bundled jurisdiction: one line per requirement
//! with its status, flags and the provisions consulted. A change to an
//! encoding or to a rule shows up here as a reviewed diff.

use lexgap::check::check;
use lexgap::diag::Severity;
use lexgap::load::{Input, load};
use std::fmt::Write as _;

#[test]
fn every_bundled_jurisdiction_validates_without_warnings() {
    let loaded = load(&[Input::Path("statutes/national".into())]);
    let text = lexgap::diag::render_human(&loaded.diagnostics.items, &loaded.sources);
    assert_eq!(loaded.diagnostics.count(Severity::Error), 0, "{text}");
    assert_eq!(loaded.diagnostics.count(Severity::Warning), 0, "{text}");
}

#[test]
fn golden_findings_of_each_bundled_jurisdiction() {
    insta::glob!("../statutes/national", "*.yaml", |path| {
        let rel = path
            .strip_prefix(Path::new(env!("CARGO_MANIFEST_DIR")))
            .unwrap_or(path);
        let loaded = load(&[Input::Path(rel.to_path_buf())]);
        let corpus = loaded.corpus.expect("bundled file loads");
        let instruments: Vec<_> = corpus.instruments.iter().collect();
        let mut out = String::new();
        for j in check(&corpus, &instruments) {
            let _ = writeln!(out, "{} as of {}", j.code, j.as_of);
            for s in &j.summaries {
                let class = match (
                    s.definition_class,
                    s.definition_assessed,
                    s.definition_counted,
                ) {
                    (Some(c), Some(a), Some(n)) => format!(" definition={c} {a}/{n}"),
                    _ => String::new(),
                };
                let _ = writeln!(
                    out,
                    "  {} {} {}/{}{class}",
                    s.instrument, s.rating, s.assessed, s.counted
                );
            }
            for f in &j.findings {
                let mut flags = String::new();
                if f.secondary {
                    flags.push_str(" [secondary]");
                }
                if f.uncertain_law {
                    flags.push_str(" [uncertain-law]");
                }
                let _ = writeln!(
                    out,
                    "{:<8} {}{flags} {}",
                    f.status.to_string(),
                    f.requirement,
                    f.provisions.join(",")
                );
            }
        }
        insta::assert_snapshot!(out);
    });
}

/// Issue 13: the League of Arab States, every member bundled (its file may
/// say how little was read; it still belongs in the corpus).
#[test]
fn every_state_of_the_league_of_arab_states_is_bundled() {
    let loaded = load(&[Input::Path("statutes/national".into())]);
    let corpus = loaded.corpus.expect("bundled files load");
    let codes: Vec<&str> = corpus
        .jurisdictions
        .iter()
        .map(|j| j.code.value.as_str())
        .collect();
    let league = [
        "AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "MA", "OM", "QA", "SD", "TN", "SY", "LY",
        "PS", "DJ", "SO", "YE", "MR", "KM",
    ];
    let missing: Vec<&&str> = league.iter().filter(|c| !codes.contains(c)).collect();
    assert!(missing.is_empty(), "not bundled: {missing:?}");
}

/// A check's finding on a requirement is the same whether it is looked for
/// where the check put it (as the comparison does) or anywhere else.
#[test]
fn a_finding_is_found_by_its_requirement_wherever_it_is_looked_for_first() {
    let loaded = load(&[Input::Path("statutes/national/kw.yaml".into())]);
    let corpus = loaded.corpus.expect("bundled file loads");
    let instruments: Vec<_> = corpus.instruments.iter().collect();
    let checks = check(&corpus, &instruments);
    let c = &checks[0];
    assert!(c.findings.len() > 100, "every instrument's requirements");
    for (at, f) in c.findings.iter().enumerate() {
        let id = f.requirement.as_str();
        let here = c.finding_at(at, id).expect("at its place");
        let elsewhere = c.finding_at((at + 7) % c.findings.len(), id);
        assert!(std::ptr::eq(here, f), "{id} at {at}");
        assert!(elsewhere.is_some_and(|e| std::ptr::eq(e, f)), "{id} away");
    }
    assert!(c.finding_at(0, "no-such-requirement").is_none());
    assert!(
        c.finding_at(c.findings.len(), "no-such-requirement")
            .is_none()
    );
}
