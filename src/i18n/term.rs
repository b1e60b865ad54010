//! A vocabulary term in a language: the vocabulary's own label for it (`en` /
//! `ar` in statutes/international/vocabulary.yaml).

use super::Lang;
use crate::model::{TermSet, Vocabulary};

/// A term's label in the language (the id itself when unknown).
pub fn term_label<'a>(vocab: &'a Vocabulary, lang: Lang, set: TermSet, id: &'a str) -> &'a str {
    match vocab.get(set, id) {
        Some(term) if lang == Lang::Ar && !term.ar.is_empty() => &term.ar,
        Some(term) => &term.en,
        None => id,
    }
}
