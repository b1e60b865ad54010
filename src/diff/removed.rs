//! What a later version takes out of an earlier one: terms of an offence's
//! lists, notes, offences, measures, recorded absences and `beyond` entries.
//! A draft that restates a list can drop a term or a note without a word;
//! `diff` and `check DRAFT` list every one, so a drafter sees it.

use crate::keyword;
use crate::model::{Jurisdiction, ListField, Offence, TermItem, TermRef};
use serde::Serialize;

keyword!(
    RemovedKind, "removed kind" {
        Term = "term",
        Note = "note",
        Offence = "offence",
        Measure = "measure",
        NotProvided = "not_provided",
        Beyond = "beyond",
    }
);

/// One thing the later version no longer has.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Removed {
    pub kind: RemovedKind,
    /// The offence it belonged to (terms, notes, the offence itself).
    pub offence: Option<String>,
    /// The list it was in (`acts`, `means`, …), or `note` for an offence's
    /// own note.
    pub field: Option<String>,
    /// The term, the `other` text, the measure or the absence; for a
    /// `beyond` entry, the provisions it cites.
    pub item: String,
    /// The note that went with it.
    pub note: Option<crate::model::Wording>,
}

pub fn removed(old: &Jurisdiction, new: &Jurisdiction) -> Vec<Removed> {
    let mut out = Vec::new();
    for o in &old.offences {
        let Some(n) = new.offences.iter().find(|n| n.id.value == o.id.value) else {
            out.push(Removed {
                kind: RemovedKind::Offence,
                offence: Some(o.id.value.clone()),
                field: None,
                item: o.id.value.clone(),
                note: o.note.clone(),
            });
            continue;
        };
        offence_lists(o, n, &mut out);
        if o.note.is_some() && n.note.is_none() {
            out.push(Removed {
                kind: RemovedKind::Note,
                offence: Some(o.id.value.clone()),
                field: Some("note".to_owned()),
                item: o.id.value.clone(),
                note: o.note.clone(),
            });
        }
    }
    for m in &old.measures {
        if !new
            .measures
            .iter()
            .any(|n| n.measure.value == m.measure.value)
        {
            out.push(Removed {
                kind: RemovedKind::Measure,
                offence: None,
                field: None,
                item: m.measure.value.clone(),
                note: m.note.clone(),
            });
        }
    }
    for a in &old.not_provided {
        if !new
            .not_provided
            .iter()
            .any(|n| n.term.value == a.term.value)
        {
            out.push(Removed {
                kind: RemovedKind::NotProvided,
                offence: None,
                field: None,
                item: a.term.value.clone(),
                note: a.note.clone(),
            });
        }
    }
    for b in &old.beyond {
        if !new.beyond.iter().any(|n| n.note == b.note) {
            let cites: Vec<&str> = b.provisions.iter().map(|p| p.value.as_str()).collect();
            out.push(Removed {
                kind: RemovedKind::Beyond,
                offence: None,
                field: None,
                item: cites.join(", "),
                note: Some(b.note.clone()),
            });
        }
    }
    out
}

fn key(i: &TermItem) -> &str {
    match &i.term {
        TermRef::Vocab(t) => &t.value,
        TermRef::Other(s) => s,
    }
}

fn offence_lists(o: &Offence, n: &Offence, out: &mut Vec<Removed>) {
    use crate::model::Keyword;
    for (name, field) in ListField::WORDS {
        let (Some(before), after) = (o.list(*field), n.list(*field)) else {
            continue;
        };
        for item in &before.items {
            let kept = after.and_then(|l| l.items.iter().find(|i| key(i) == key(item)));
            let removed = match kept {
                None => Some(RemovedKind::Term),
                Some(k) if item.note.is_some() && k.note.is_none() => Some(RemovedKind::Note),
                Some(_) => None,
            };
            if let Some(kind) = removed {
                out.push(Removed {
                    kind,
                    offence: Some(o.id.value.clone()),
                    field: Some((*name).to_owned()),
                    item: key(item).to_owned(),
                    note: item.note.clone(),
                });
            }
        }
    }
}
