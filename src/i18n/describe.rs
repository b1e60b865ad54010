//! Requirement tests in words, in the interface language, with the
//! vocabulary's own labels for the language (`en` / `ar` in
//! statutes/international/vocabulary.yaml). The test is the reason
//! [`crate::check::test_reason`] builds; English is the same words as
//! `check::describe_test`.

use super::{Catalog, Lang};
use crate::model::{TermSet, Test, Vocabulary};

/// A term's label in the language (the id itself when unknown).
pub fn term_label<'a>(vocab: &'a Vocabulary, lang: Lang, set: TermSet, id: &'a str) -> &'a str {
    match vocab.get(set, id) {
        Some(term) if lang == Lang::Ar && !term.ar.is_empty() => &term.ar,
        Some(term) => &term.en,
        None => id,
    }
}

pub fn describe_test(cat: &Catalog, t: &Test, vocab: &Vocabulary) -> String {
    super::reason::say(cat, &crate::check::test_reason(t, vocab))
}

/// The test in words for a report page: its facts said as what an offence
/// does, not as fields of the file format.
pub fn describe_test_for_page(cat: &Catalog, t: &Test, vocab: &Vocabulary) -> String {
    super::reason::say_for_page(cat)(&crate::check::test_reason(t, vocab))
}
