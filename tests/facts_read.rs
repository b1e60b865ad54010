//! Facts the format accepts reach the findings (issue 20): each is read by a
//! requirement test, and what it means is decided in the instruments' YAML.

use lexgap::check::check;
use lexgap::load::{Input, load};

/// Status and provisions of one requirement for a bundled jurisdiction.
fn finding(code: &str, requirement: &str) -> String {
    let loaded = load(&[Input::Code(code.into())]);
    let corpus = loaded.corpus.expect("bundled jurisdiction loads");
    let instruments: Vec<_> = corpus.instruments.iter().collect();
    let checked = check(&corpus, &instruments);
    let f = checked[0]
        .findings
        .iter()
        .find(|f| f.requirement == requirement)
        .unwrap_or_else(|| panic!("no finding {requirement}"));
    let verb = f
        .recommendation
        .as_ref()
        .map_or(String::new(), |r| format!(" {}", r.verb));
    format!("{}{verb} {}", f.status, f.provisions.join(","))
}

/// Item 1: the Modern Slavery Act lets a magistrates' court impose a fine
/// alone (s. 5); that is now a recommended finding under UNTOC Art. 11(1),
/// while the serious-crime test of Art. 2(b) still looks at the maximum term
/// only.
#[test]
fn a_fine_alone_is_a_finding_and_does_not_change_serious_crime() {
    assert_eq!(
        finding("GB", "untoc.11.1.no_fine_only.tip"),
        "gap invite gb-c-30-2015-art-5"
    );
    assert!(
        finding("GB", "untoc.2b.serious_crime.tip").starts_with("met "),
        "Art. 2(b) reads the maximum term only"
    );
    assert_eq!(
        finding("KW", "untoc.11.1.no_fine_only.tip"),
        "met kw-91-2013-art-2"
    );
}
