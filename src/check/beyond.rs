//! What a law does beyond the instruments: offences of kinds the vocabulary
//! does not name (`kind: {other: …}`), acts, means, purposes or aggravations
//! outside the vocabulary (`{other: …}` in a term list), and the encoder's
//! `beyond` entries, and the vocabulary terms no requirement asks for
//! (`informational` in the vocabulary) wherever an encoding uses them.
//! Nothing here is rated; reports list it as it is.

use crate::model::{Jurisdiction, KindRef, ListField, Offence, Sp, TermRef, TermSet, Vocabulary};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BeyondKind {
    /// An offence of a kind the vocabulary does not name.
    OffenceKind,
    /// A term outside the vocabulary in one of an offence's lists.
    Term,
    /// A vocabulary term no requirement asks for, in an offence's list or
    /// among the measures (its `label` is the term's id).
    Unasked,
    /// An entry of the jurisdiction's `beyond` list.
    Note,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BeyondItem {
    pub kind: BeyondKind,
    /// The offence the item belongs to (offence kinds and terms).
    pub offence: Option<String>,
    /// The list the term is in: acts, means, purposes or aggravations.
    pub field: Option<ListField>,
    /// The kind or term as the encoding words it (empty for notes).
    pub label: String,
    pub provisions: Vec<String>,
    /// The encoder's note (Markdown).
    pub note: Option<crate::model::Wording>,
}

/// Everything the encoding records beyond the instruments, in this order:
/// offence kinds, then terms (offence by offence, list by list), then the
/// `beyond` entries; each in file order.
pub fn beyond(j: &Jurisdiction, vocab: &Vocabulary) -> Vec<BeyondItem> {
    let unasked = |set: TermSet, id: &str| {
        vocab
            .get(set, id)
            .is_some_and(|t| t.informational.is_some())
    };
    let mut out = Vec::new();
    for o in &j.offences {
        // An offence of a vocabulary kind no requirement asks for (the
        // crossing person's own irregular entry) is as much beyond the
        // instruments as one of the encoder's own kind.
        let label = match &o.kind {
            KindRef::Other(label) => label,
            KindRef::Vocab(k) => match vocab.get(TermSet::OffenceKinds, &k.value) {
                Some(t) if t.informational.is_some() => &t.en,
                _ => continue,
            },
        };
        out.push(BeyondItem {
            kind: BeyondKind::OffenceKind,
            offence: Some(o.id.value.clone()),
            field: None,
            label: label.clone(),
            provisions: refs(&o.provisions),
            note: o.note.clone(),
        });
    }
    for o in &j.offences {
        for field in [
            ListField::Acts,
            ListField::Means,
            ListField::Purposes,
            ListField::Aggravations,
        ] {
            for item in o.list(field).map_or(&[][..], |l| &l.items) {
                let (kind, label) = match &item.term {
                    TermRef::Other(label) => (BeyondKind::Term, label),
                    TermRef::Vocab(t) if unasked(field.set(), &t.value) => {
                        (BeyondKind::Unasked, &t.value)
                    }
                    TermRef::Vocab(_) => continue,
                };
                out.push(BeyondItem {
                    kind,
                    offence: Some(o.id.value.clone()),
                    field: Some(field),
                    label: label.clone(),
                    provisions: term_provisions(o, &item.provisions),
                    note: item.note.clone(),
                });
            }
        }
    }
    for m in j
        .measures
        .iter()
        .filter(|m| unasked(TermSet::Measures, &m.measure.value))
    {
        out.push(BeyondItem {
            kind: BeyondKind::Unasked,
            offence: None,
            field: None,
            label: m.measure.value.clone(),
            provisions: refs(&m.provisions),
            note: m.note.clone(),
        });
    }
    for b in &j.beyond {
        out.push(BeyondItem {
            kind: BeyondKind::Note,
            offence: None,
            field: None,
            label: String::new(),
            provisions: refs(&b.provisions),
            note: Some(b.note.clone()),
        });
    }
    out
}

/// A term's own provisions, or else its offence's.
fn term_provisions(o: &Offence, own: &[Sp<String>]) -> Vec<String> {
    if own.is_empty() {
        refs(&o.provisions)
    } else {
        refs(own)
    }
}

fn refs(v: &[Sp<String>]) -> Vec<String> {
    v.iter().map(|s| s.value.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{Input, load};

    fn fixture(name: &str) -> (Jurisdiction, Vocabulary) {
        let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        let loaded = load(&[Input::Path(path.into())]);
        let mut corpus = loaded.corpus.expect("fixture loads");
        (corpus.jurisdictions.remove(0), corpus.vocabulary)
    }

    #[test]
    fn other_terms_are_beyond_the_instruments() {
        let (j, vocab) = fixture("xb-borduria.yaml");
        let items = beyond(&j, &vocab);
        assert_eq!(
            items,
            [BeyondItem {
                kind: BeyondKind::Term,
                offence: Some("xb-tip".into()),
                field: Some(ListField::Acts),
                label: "sale of persons".into(),
                provisions: vec!["xb-3-2015-art-1".into()],
                note: None,
            }]
        );
    }

    #[test]
    fn every_kind_of_item_is_collected_in_order() {
        let path = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
        let fixtures = load(&[Input::Path(path.into())])
            .corpus
            .expect("fixtures load");
        let bundled = load(&[]).corpus.expect("bundled jurisdictions load");
        let all: Vec<&Jurisdiction> = fixtures
            .jurisdictions
            .iter()
            .chain(&bundled.jurisdictions)
            .collect();
        let vocab = &bundled.vocabulary;
        let kinds: Vec<BeyondKind> = all
            .iter()
            .flat_map(|j| beyond(j, vocab))
            .map(|b| b.kind)
            .collect();
        for k in [
            BeyondKind::OffenceKind,
            BeyondKind::Term,
            BeyondKind::Unasked,
            BeyondKind::Note,
        ] {
            assert!(kinds.contains(&k), "the fixtures reach {k:?}");
        }
        // Offence kinds, then list terms (beyond the vocabulary or not asked
        // for, offence by offence), then measures not asked for, then notes.
        let rank = |b: &BeyondItem| match (b.kind, b.field) {
            (BeyondKind::OffenceKind, _) => 0,
            (BeyondKind::Term, _) | (BeyondKind::Unasked, Some(_)) => 1,
            (BeyondKind::Unasked, None) => 2,
            (BeyondKind::Note, _) => 3,
        };
        for j in all {
            let ks: Vec<u8> = beyond(j, vocab).iter().map(rank).collect();
            let mut sorted = ks.clone();
            sorted.sort_unstable();
            assert_eq!(
                ks, sorted,
                "{}: kinds, then terms, then measures, then notes",
                j.code.value
            );
        }
    }
}
