//! What the checking rules read of an encoding: the facts and vocabulary
//! terms some requirement test looks at, and the aggravations the inference
//! of `not_an_element` reads. A term outside this reach must say why in the
//! vocabulary (`informational`), so that no encoder fills in a field for
//! nothing without being told.

use crate::model::{BOOL_FIELDS, Instrument, NUMBER_FIELDS, TermSet, Test, Vocabulary};
use std::collections::BTreeSet;

#[derive(Debug, Default)]
pub struct Reach {
    /// Offence facts by dotted name (`penalty.fine_only`).
    pub fields: BTreeSet<String>,
    pub terms: BTreeSet<(TermSet, String)>,
}

impl Reach {
    pub fn reads_term(&self, set: TermSet, id: &str) -> bool {
        self.terms.contains(&(set, id.to_owned()))
    }

    /// The facts of the format that nothing reads.
    pub fn unread_fields(&self) -> Vec<&'static str> {
        BOOL_FIELDS
            .iter()
            .chain(NUMBER_FIELDS)
            .copied()
            .filter(|f| !self.fields.contains(*f))
            .collect()
    }
}

pub fn reach<'a>(
    instruments: impl IntoIterator<Item = &'a Instrument>,
    vocab: &Vocabulary,
) -> Reach {
    let mut r = Reach::default();
    for inst in instruments {
        for req in &inst.requirements {
            walk(&req.test, &mut r);
        }
    }
    for t in vocab.set(TermSet::Aggravations) {
        if t.not_an_element
            .as_ref()
            .is_some_and(|f| r.fields.contains(&f.value))
        {
            r.terms.insert((TermSet::Aggravations, t.id.value.clone()));
        }
    }
    r
}

fn walk(t: &Test, r: &mut Reach) {
    match t {
        Test::Offence { kind } => {
            r.terms.insert((TermSet::OffenceKinds, kind.value.clone()));
        }
        Test::Lists {
            offence,
            field,
            term,
        } => {
            r.terms
                .insert((TermSet::OffenceKinds, offence.value.clone()));
            if let Some(set) = Test::list_set(&field.value) {
                r.terms.insert((set, term.value.clone()));
            }
        }
        Test::Fact { offence, field, .. } | Test::AtLeast { offence, field, .. } => {
            r.terms
                .insert((TermSet::OffenceKinds, offence.value.clone()));
            r.fields.insert(field.value.clone());
        }
        Test::Measure { measure } => {
            r.terms.insert((TermSet::Measures, measure.value.clone()));
        }
        Test::All(ts) | Test::Any(ts) => ts.iter().for_each(|t| walk(t, r)),
    }
}
