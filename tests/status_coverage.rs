//! The fixtures must drive every status that each kind of test can give, so
//! that a change to the evaluation rules shows up in a snapshot.

use lexgap::check::{Status, Trace, check};
use lexgap::load::{Input, load};
use std::collections::BTreeSet;

fn walk(t: &Trace, seen: &mut BTreeSet<(String, String)>) {
    seen.insert((t.kind.to_owned(), t.status.to_string()));
    for p in &t.parts {
        walk(p, seen);
    }
}

#[test]
fn fixtures_reach_every_status_of_every_test_kind() {
    let loaded = load(&[Input::Path("tests/fixtures".into())]);
    let corpus = loaded.corpus.expect("fixtures load");
    let instruments: Vec<_> = corpus.instruments.iter().collect();
    let mut seen = BTreeSet::new();
    for j in check(&corpus, &instruments) {
        for f in &j.findings {
            walk(&f.trace, &mut seen);
        }
    }
    let expected: &[(&str, &[Status])] = &[
        ("offence", &[Status::Met, Status::Gap, Status::Unknown]),
        (
            "lists",
            &[Status::Met, Status::Partial, Status::Gap, Status::Unknown],
        ),
        (
            "fact",
            &[
                Status::Met,
                Status::Partial,
                Status::Gap,
                Status::Conflict,
                Status::Unknown,
            ],
        ),
        (
            "at_least",
            &[Status::Met, Status::Partial, Status::Gap, Status::Unknown],
        ),
        (
            "measure",
            &[Status::Met, Status::Partial, Status::Gap, Status::Unknown],
        ),
        (
            "all",
            &[
                Status::Met,
                Status::Partial,
                Status::Gap,
                Status::Conflict,
                Status::Unknown,
            ],
        ),
        (
            "any",
            &[Status::Met, Status::Partial, Status::Gap, Status::Unknown],
        ),
    ];
    let mut missing = Vec::new();
    for (kind, statuses) in expected {
        for s in *statuses {
            if !seen.contains(&((*kind).to_owned(), s.to_string())) {
                missing.push(format!("{kind}:{s}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "not reached by the fixtures: {missing:?}"
    );
}
