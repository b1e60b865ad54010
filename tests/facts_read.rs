//! Facts the format accepts reach the findings (issue 20): each is read by a
//! requirement test, and what it means is decided in the instruments' YAML.

use lexgap::check::check;
use lexgap::load::{Input, load};

mod common;
use common::{bundled, errors_of};

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
    let text = bundled("tn.yaml");
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
    let (_, said) = errors_of("tn.yaml", old);
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

/// A fictional law that needs no means and names some as examples.
const EXAMPLES: &str = r#"
jurisdiction: {code: XE, name: Erewhon (fictional)}
as_of: 2026-01-01
encoding: {status: draft, by: lexgap test suite}
laws:
  - id: xe-1-2020
    title: Fictional Law 1/2020
    language: en
    status: in_force
    sources: [https://example.org/erewhon]
provisions:
  - id: xe-1-2020-art-1
    law: xe-1-2020
    article: "1"
    text: "FICTIONAL TEXT. Whoever recruits a person for exploitation by any means, including force or deception, commits trafficking."
    lang: en
    source: https://example.org/erewhon#1
    confidence: verbatim
offences:
  - id: xe-tip
    kind: trafficking
    provisions: [xe-1-2020-art-1]
    acts: [recruitment]
    means: {examples: true, items: [use_of_force, deception]}
    requires:
      means: {value: false, provisions: [xe-1-2020-art-1]}
"#;

/// Item 3: "by any means, including …" — no means is required, and the
/// means the law names are shown as such; the old form was refused (E060).
#[test]
fn means_named_as_examples() {
    let loaded = load(&[Input::Text {
        name: "xe.yaml".into(),
        text: EXAMPLES.into(),
    }]);
    let said = lexgap::diag::render_human(&loaded.diagnostics.items, &loaded.sources);
    let corpus = loaded.corpus.unwrap_or_else(|| panic!("{said}"));
    let instruments: Vec<_> = corpus.instruments.iter().collect();
    let checked = check(&corpus, &instruments);
    let find = |id: &str| {
        checked[0]
            .findings
            .iter()
            .find(|f| f.requirement == id)
            .map(|f| format!("{} {}", f.status, f.provisions.join(",")))
            .expect("finding")
    };
    // A named means and an unnamed one are both covered: no means is needed.
    assert_eq!(find("tip.3a.means.deception"), "met xe-1-2020-art-1");
    assert_eq!(find("tip.3a.means.fraud"), "met xe-1-2020-art-1");
    // The named ones are in the reasons a reader sees.
    let f = checked[0]
        .findings
        .iter()
        .find(|f| f.requirement == "tip.3a.means.deception")
        .expect("finding");
    let trace = serde_json::to_string(&f.trace).expect("json");
    assert!(trace.contains("xe-tip.means ∋ deception"), "{trace}");
    // The old form: a list beside requires.means false, not said to be examples.
    let old = EXAMPLES.replace(
        "{examples: true, items: [use_of_force, deception]}",
        "[use_of_force, deception]",
    );
    let (_, said) = errors_of("xe.yaml", old);
    assert!(said.contains("error[E060]"), "{said}");
    // Examples without `requires.means: false`.
    let bare = EXAMPLES.replace(
        "    requires:\n      means: {value: false, provisions: [xe-1-2020-art-1]}\n",
        "",
    );
    let (_, said) = errors_of("xe.yaml", bare);
    assert!(
        said.contains("belong to an offence that requires no means"),
        "{said}"
    );
}
