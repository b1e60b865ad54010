//! The rules of legal fidelity that the loader enforces (issue 19), each
//! tried on a bundled file as it stood before the fix: the old form must be
//! refused with the diagnostic a user would see, and the fixed file loads.

use lexgap::diag::{Severity, render_human};
use lexgap::load::{Input, load};

fn bundled(name: &str) -> String {
    let path = format!("{}/statutes/national/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).expect("bundled file")
}

/// The errors of one file given as text, as a user reads them.
fn errors_of(name: &str, text: String) -> (usize, String) {
    let loaded = load(&[Input::Text {
        name: name.into(),
        text,
    }]);
    let text = render_human(&loaded.diagnostics.items, &loaded.sources);
    (loaded.diagnostics.count(Severity::Error), text)
}

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
