//! Requirement tests in words, in the interface language, with the
//! vocabulary's own labels for the language (`en` / `ar` in
//! statutes/international/vocabulary.yaml). English is `check::describe_test`
//! itself, so English output does not change.

use super::{Catalog, Lang};
use crate::model::{TermSet, Test, Vocabulary};
use crate::t;

/// A term's label in the language (the id itself when unknown).
pub fn term_label<'a>(vocab: &'a Vocabulary, lang: Lang, set: TermSet, id: &'a str) -> &'a str {
    match vocab.get(set, id) {
        Some(term) if lang == Lang::Ar && !term.ar.is_empty() => &term.ar,
        Some(term) => &term.en,
        None => id,
    }
}

pub fn describe_test(cat: &Catalog, t: &Test, vocab: &Vocabulary) -> String {
    if cat.lang == Lang::En {
        return crate::check::describe_test(t, vocab);
    }
    let lang = cat.lang;
    let kind = |k: &str| term_label(vocab, lang, TermSet::OffenceKinds, k).to_owned();
    match t {
        Test::Offence { kind: k } => t!(cat, "test-offence", kind = &kind(&k.value)),
        Test::Measure { measure } => t!(
            cat,
            "test-measure",
            measure = term_label(vocab, lang, TermSet::Measures, &measure.value)
        ),
        Test::Lists {
            offence,
            field,
            term,
        } => {
            let label = Test::list_set(&field.value).map_or(term.value.as_str(), |s| {
                term_label(vocab, lang, s, &term.value)
            });
            t!(
                cat,
                "test-lists",
                kind = &kind(&offence.value),
                term = label,
                field = &cat.word("field", &field.value)
            )
        }
        Test::Fact {
            offence,
            field,
            is,
            otherwise,
        } => t!(
            cat,
            "test-fact",
            kind = &kind(&offence.value),
            field = &field.value,
            value = &cat.word("bool", &is.to_string()),
            otherwise = &cat.word("status", &otherwise.to_string())
        ),
        Test::AtLeast {
            offence,
            field,
            min,
        } => t!(
            cat,
            "test-at-least",
            kind = &kind(&offence.value),
            field = &field.value,
            min = *min
        ),
        Test::All(ts) => t!(cat, "test-all", parts = &join(cat, ts, vocab)),
        Test::Any(ts) => t!(cat, "test-any", parts = &join(cat, ts, vocab)),
    }
}

fn join(cat: &Catalog, ts: &[Test], vocab: &Vocabulary) -> String {
    let sep = t!(cat, "list-separator");
    ts.iter()
        .map(|x| format!("({})", describe_test(cat, x, vocab)))
        .collect::<Vec<_>>()
        .join(&format!("{sep} "))
}
