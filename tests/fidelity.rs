//! The rules of legal fidelity that the loader enforces (issue 19), each
//! tried on a bundled file as it stood before the fix: the old form must be
//! refused with the diagnostic a user would see, and the fixed file loads.

use lexgap::load::{Input, load};

mod common;
use common::{bundled, errors_of};

/// Removes the `translation` block (the line and its indented fields) that
/// follows the provision `id`.
fn without_translation(text: &str, id: &str) -> String {
    let start = text.find(&format!("- id: {id}\n")).expect("provision");
    let at = start + text[start..].find("    translation:\n").expect("marked");
    let end = text[at..]
        .lines()
        .skip(1)
        .take_while(|l| l.starts_with("      "))
        .map(|l| l.len() + 1)
        .sum::<usize>()
        + "    translation:\n".len();
    format!("{}{}", &text[..at], &text[at + end..])
}

#[test]
fn the_bundled_files_load() {
    for name in ["eg.yaml", "ma.yaml", "tn.yaml"] {
        let (errors, text) = errors_of(name, bundled(name));
        assert_eq!(errors, 0, "{name}:\n{text}");
    }
}

/// Rule 1: Egypt's Art. 2 was stored as an English `text` with a note saying
/// it was an unofficial translation; the law is Arabic.
#[test]
fn a_translation_stored_as_the_law_is_refused() {
    let old = without_translation(&bundled("eg.yaml"), "eg-64-2010-art-2");
    let (errors, text) = errors_of("eg.yaml", old);
    assert_eq!(errors, 1, "{text}");
    assert!(text.contains("error[E022]"), "{text}");
    assert!(
        text.contains(
            "the text of provision eg-64-2010-art-2 is in `en`, but law eg-64-2010 is written in \
             `ar`: a text in another language is a translation, not the law's wording"
        ),
        "{text}"
    );
}

/// Rule 1, French: Tunisia's French version is the JORT's, not the law's
/// Arabic wording.
#[test]
fn a_french_version_of_an_arabic_law_is_a_translation() {
    let old = without_translation(&bundled("tn.yaml"), "tn-61-2016-art-1");
    let (_, text) = errors_of("tn.yaml", old);
    assert!(
        text.contains("the text of provision tn-61-2016-art-1 is in `fr`, but law tn-61-2016"),
        "{text}"
    );
}

/// Rule 1: without its language, a law quoted verbatim cannot be checked.
#[test]
fn a_law_quoted_verbatim_must_say_its_language() {
    let old = bundled("eg.yaml").replacen("    language: ar\n", "", 1);
    let (errors, text) = errors_of("eg.yaml", old);
    assert_eq!(errors, 1, "{text}");
    assert!(
        text.contains("law eg-64-2010 does not say its language"),
        "{text}"
    );
}

/// Rule 2: Morocco's Law 02-03 was read only in Arts 50-56; the file once
/// recorded two absences from it.
#[test]
fn an_absence_from_a_partly_read_law_is_refused() {
    let old = bundled("ma.yaml").replacen(
        "not_provided:\n",
        "not_provided:\n  - term: non_punishment_migrants\n    laws: [ma-02-03-2003]\n",
        1,
    );
    let (errors, text) = errors_of("ma.yaml", old);
    assert_eq!(errors, 1, "{text}");
    assert!(text.contains("error[E060]"), "{text}");
    assert!(
        text.contains("but only part of that law was read"),
        "{text}"
    );
}

/// Rule 3: Egypt's smuggling offence stated `requires.border_crossing: true`
/// with a note and no provision (an inference from the offence's name).
#[test]
fn a_fact_that_no_provision_states_is_refused() {
    let old = bundled("eg.yaml").replacen(
        "    attempt:\n      value: true\n      provisions: [eg-82-2016-art-6]\n",
        "    requires:\n      border_crossing:\n        value: true\n        note: \"Smuggling inherently involves a border crossing.\"\n    attempt:\n      value: true\n      provisions: [eg-82-2016-art-6]\n",
        1,
    );
    let (errors, text) = errors_of("eg.yaml", old);
    assert_eq!(errors, 1, "{text}");
    assert!(
        text.contains("error[E022]: this fact names no provision"),
        "{text}"
    );
    assert!(
        text.contains("offences[1].requires.border_crossing"),
        "{text}"
    );
}

/// Rule 3: a Tunisian summary's source was the bare site the pack names,
/// written as if it were the page's URL.
#[test]
fn a_site_is_not_the_page_a_text_was_read_on() {
    let old = bundled("tn.yaml").replacen(
        "source: \"US TIP Report 2023, via amicidilazzaro.it (site only; the page was not recorded)\"",
        "source: \"https://amicidilazzaro.it\"",
        1,
    );
    let (errors, text) = errors_of("tn.yaml", old);
    assert_eq!(errors, 1, "{text}");
    assert!(
        text.contains("error[E023]: `https://amicidilazzaro.it` names a site, not the page"),
        "{text}"
    );
}

/// The status of one requirement for a jurisdiction given as text.
fn status_of(name: &str, text: String, requirement: &str) -> String {
    let loaded = load(&[Input::Text {
        name: name.into(),
        text,
    }]);
    let corpus = loaded.corpus.expect("loads");
    let instruments: Vec<_> = corpus.instruments.iter().collect();
    let checked = lexgap::check::check(&corpus, &instruments);
    let f = checked[0]
        .findings
        .iter()
        .find(|f| f.requirement == requirement)
        .expect("requirement");
    format!("{} {}", f.status, f.provisions.join(","))
}

/// Rule 4: Egypt's smuggling offence makes an organized criminal group an
/// aggravating circumstance and says nothing of it as an element; the
/// checker infers, as for every file, that the basic offence does not
/// require it (the finding was unknown before).
#[test]
fn an_aggravation_is_not_an_element_of_the_basic_offence() {
    assert_eq!(
        status_of(
            "eg.yaml",
            bundled("eg.yaml"),
            "untoc.34.2.som.organized_group"
        ),
        "met eg-82-2016-art-6-cases"
    );
    // Without the aggravation nothing is inferred.
    let without = bundled("eg.yaml").replacen(
        "        - term: organized_group\n          provisions: [eg-82-2016-art-6-cases]\n",
        "        - other: \"(aggravation removed for the test)\"\n          provisions: [eg-82-2016-art-6-cases]\n",
        1,
    );
    assert_eq!(
        status_of("eg.yaml", without, "untoc.34.2.som.organized_group"),
        "unknown "
    );
}
