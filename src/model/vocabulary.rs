//! The closed sets of terms that tests and encodings share.

use super::Sp;
use crate::keyword;
use serde::Serialize;

keyword!(
    /// The sets of the vocabulary, named as in vocabulary.yaml.
    TermSet, "term set" {
        Acts = "acts",
        Means = "means",
        Purposes = "purposes",
        Aggravations = "aggravations",
        Measures = "measures",
        OffenceKinds = "offence_kinds",
    }
);

#[derive(Debug, Clone, Serialize)]
pub struct Term {
    pub id: Sp<String>,
    pub en: String,
    pub ar: String,
    pub definition: String,
    /// For an aggravation: the `requires.*` fact it shows the basic offence
    /// does not require (docs/CHECKING.md, "Inferred from an aggravation").
    pub not_an_element: Option<Sp<String>>,
    /// Why no requirement reads this term (`informational`); such a term is
    /// listed in reports "beyond the instruments" wherever an encoding uses it.
    pub informational: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    pub sets: Vec<(TermSet, Vec<Term>)>,
}

impl Vocabulary {
    pub fn set(&self, set: TermSet) -> &[Term] {
        self.sets
            .iter()
            .find(|(s, _)| *s == set)
            .map_or(&[], |(_, t)| t.as_slice())
    }

    pub fn get(&self, set: TermSet, id: &str) -> Option<&Term> {
        self.set(set).iter().find(|t| t.id.value == id)
    }

    pub fn contains(&self, set: TermSet, id: &str) -> bool {
        self.get(set, id).is_some()
    }

    /// The English label of a term, or the id itself when unknown.
    pub fn label<'a>(&'a self, set: TermSet, id: &'a str) -> &'a str {
        self.get(set, id).map_or(id, |t| t.en.as_str())
    }

    /// The set a term id belongs to, for "`x` is a measure, not an act".
    pub fn set_of(&self, id: &str) -> Option<TermSet> {
        self.sets
            .iter()
            .find(|(_, terms)| terms.iter().any(|t| t.id.value == id))
            .map(|(s, _)| *s)
    }
}
