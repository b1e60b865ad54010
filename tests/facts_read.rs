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

/// Item 2: every fact of the format and every vocabulary term is read by a
/// requirement (or by the checking rules' inference), or the vocabulary says
/// why not (`informational`); and no term says so while something reads it.
#[test]
fn every_fact_and_term_is_read_or_says_why_not() {
    let corpus = load(&[]).corpus.expect("bundled data loads");
    let reach = lexgap::check::reach(&corpus.instruments, &corpus.vocabulary);
    let mut wrong = Vec::new();
    for f in reach.unread_fields() {
        wrong.push(format!("fact `{f}` is read by no requirement"));
    }
    for (set, terms) in &corpus.vocabulary.sets {
        for t in terms {
            let read = reach.reads_term(*set, &t.id.value);
            match (read, &t.informational) {
                (false, None) => wrong.push(format!(
                    "{set} `{}` is read by no requirement and does not say why (`informational`)",
                    t.id.value
                )),
                (true, Some(_)) => wrong.push(format!(
                    "{set} `{}` is read by a requirement but is declared informational",
                    t.id.value
                )),
                (false, Some(why)) => assert!(!why.trim().is_empty(), "{}", t.id.value),
                (true, None) => {}
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// An informational term an encoding uses is listed "beyond the
/// instruments": Iraq's Central Committee (Arts 2 and 3) is a measure no
/// requirement asks for.
#[test]
fn an_informational_term_is_shown_beyond_the_instruments() {
    let loaded = load(&[Input::Code("IQ".into())]);
    let corpus = loaded.corpus.expect("loads");
    let items = lexgap::check::beyond(&corpus.jurisdictions[0], &corpus.vocabulary);
    assert!(
        items
            .iter()
            .any(|b| b.kind == lexgap::check::BeyondKind::Unasked
                && b.label == "coordination_body"
                && b.provisions == ["iq-28-2012-art-2", "iq-28-2012-art-3"]),
        "{items:#?}"
    );
}

/// Item 5: a secondary source that names no article is recorded without
/// one, and reports say so; `?` in place of an article is refused.
#[test]
fn a_secondary_source_may_name_no_article() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/statutes/national/tn.yaml"
    ))
    .expect("tn.yaml");
    let p = text
        .find("  - id: tn-61-2016-penalties\n")
        .expect("provision");
    assert!(
        !text[p..p + 200].contains("article:"),
        "the US TIP summary names no article"
    );
    let loaded = load(&[Input::Code("TN".into())]);
    let corpus = loaded.corpus.expect("loads");
    let prov = corpus.jurisdictions[0]
        .provision("tn-61-2016-penalties")
        .expect("provision");
    assert_eq!(prov.article, "");
    // The old form is refused.
    let old = text.replacen(
        "  - id: tn-61-2016-penalties\n    law: tn-61-2016\n",
        "  - id: tn-61-2016-penalties\n    law: tn-61-2016\n    article: \"?\"\n",
        1,
    );
    let loaded = load(&[Input::Text {
        name: "tn.yaml".into(),
        text: old,
    }]);
    let said = lexgap::diag::render_human(&loaded.diagnostics.items, &loaded.sources);
    assert!(
        said.contains("error[E023]: `?` is not an article"),
        "{said}"
    );
}

/// Item 4: a finding rests on the provisions that settle it. Algeria's
/// recruitment is named by the Penal Code's own words (303 bis 4) and by a
/// press quotation of Law 23-04; the finding rests on the former and is not
/// flagged as resting on a secondary source (it was).
#[test]
fn a_finding_the_law_settles_does_not_rest_on_a_summary() {
    let loaded = load(&[Input::Code("DZ".into())]);
    let corpus = loaded.corpus.expect("loads");
    let instruments: Vec<_> = corpus.instruments.iter().collect();
    let checked = check(&corpus, &instruments);
    let f = checked[0]
        .findings
        .iter()
        .find(|f| f.requirement == "tip.3a.act.recruitment")
        .expect("finding");
    assert_eq!(f.provisions, ["dz-pc-303-bis-4"]);
    assert!(!f.secondary);
    // Nor does the finding that a trafficking offence exists.
    let offence = checked[0]
        .findings
        .iter()
        .find(|f| f.requirement == "tip.5.1.trafficking")
        .expect("finding");
    assert!(
        !offence.secondary,
        "303 bis 4 settles that the offence exists"
    );
    // Where only a summary says it, the finding still rests on it: Jordan's
    // aggravations are known from secondary sources only.
    let jo = load(&[Input::Code("JO".into())]).corpus.expect("loads");
    let instruments: Vec<_> = jo.instruments.iter().collect();
    let f = check(&jo, &instruments)[0]
        .findings
        .iter()
        .find(|f| f.requirement == "untoc.34.2.tip.transnationality")
        .cloned()
        .expect("finding");
    assert!(f.secondary, "{:?}", f.provisions);
}
