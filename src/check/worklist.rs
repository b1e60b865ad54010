//! The encoder's worklist: a jurisdiction's unknown findings grouped by what
//! would settle them, the most findings first, with the laws not read in full
//! (`lexgap unknowns`, the report's "What is still unknown").

use super::{JurisdictionCheck, Need, Status};
use crate::model::{Instrument, Jurisdiction};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Serialize)]
pub struct Worklist {
    pub code: String,
    pub name: String,
    pub file: String,
    /// Every finding of the jurisdiction, and how many are unknown.
    pub findings: usize,
    pub unknown: usize,
    /// Unknown findings no item names (their test reads nothing the encoding
    /// could fill in).
    pub unattributed: usize,
    pub items: Vec<WorkItem>,
    /// Laws the encoder read only in part (`read_in_part`).
    pub laws_read_in_part: Vec<LawInPart>,
}

#[derive(Debug, Clone, Serialize)]
pub struct WorkItem {
    #[serde(flatten)]
    pub need: Need,
    /// Where to write it in the jurisdiction file.
    pub path: String,
    /// The unknown findings it bears on, and of those, the ones it settles
    /// alone (nothing else is missing for them).
    pub findings: usize,
    pub settles_alone: usize,
    pub requirements: Vec<String>,
    /// Per instrument, in the instruments' order: how many of its findings.
    pub instruments: Vec<InstrumentCount>,
}

#[derive(Debug, Clone, Serialize)]
pub struct InstrumentCount {
    pub instrument: String,
    pub short: String,
    pub short_ar: String,
    pub findings: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct LawInPart {
    pub law: String,
    pub title: String,
    pub read: String,
}

/// The worklist of one checked jurisdiction.
pub fn worklist(
    j: &Jurisdiction,
    checked: &JurisdictionCheck,
    instruments: &[&Instrument],
) -> Worklist {
    let mut groups: BTreeMap<&Need, (Vec<usize>, usize)> = BTreeMap::new();
    let mut unknown = 0;
    let mut unattributed = 0;
    for (i, f) in checked.findings.iter().enumerate() {
        if f.status != Status::Unknown {
            continue;
        }
        unknown += 1;
        let mut needs = f.trace.unknown_needs();
        needs.sort();
        needs.dedup();
        if needs.is_empty() {
            unattributed += 1;
        }
        let alone = needs.len() == 1;
        for n in needs {
            let g = groups.entry(n).or_default();
            g.0.push(i);
            g.1 += usize::from(alone);
        }
    }
    let mut items: Vec<WorkItem> = groups
        .into_iter()
        .map(|(need, (idx, alone))| {
            let instruments = instruments
                .iter()
                .filter_map(|inst| {
                    let n = idx
                        .iter()
                        .filter(|i| checked.findings[**i].instrument == inst.id.value)
                        .count();
                    (n > 0).then(|| InstrumentCount {
                        instrument: inst.id.value.clone(),
                        short: inst.short.clone(),
                        short_ar: inst.short_ar.clone(),
                        findings: n,
                    })
                })
                .collect();
            WorkItem {
                path: path(j, need),
                need: need.clone(),
                findings: idx.len(),
                settles_alone: alone,
                requirements: idx
                    .iter()
                    .map(|i| checked.findings[*i].requirement.clone())
                    .collect(),
                instruments,
            }
        })
        .collect();
    // Most findings first; among equals, the ones an entry settles alone;
    // then the file's order of things (kinds, facts, lists, measures).
    items.sort_by(|a, b| {
        (b.findings, b.settles_alone)
            .cmp(&(a.findings, a.settles_alone))
            .then_with(|| a.need.cmp(&b.need))
    });
    Worklist {
        code: checked.code.clone(),
        name: checked.name.clone(),
        file: checked.file.clone(),
        findings: checked.findings.len(),
        unknown,
        unattributed,
        items,
        laws_read_in_part: j
            .laws
            .iter()
            .filter_map(|l| {
                l.read_in_part.as_ref().map(|read| LawInPart {
                    law: l.id.value.clone(),
                    title: l.title.clone(),
                    read: read.clone(),
                })
            })
            .collect(),
    }
}

/// The YAML path an encoder fills in: an offence by its index in
/// `offences` (the id is beside it in every view); a new offence or measure
/// with the key it needs.
fn path(j: &Jurisdiction, need: &Need) -> String {
    let offence = |id: &str| {
        j.offences
            .iter()
            .position(|o| o.id.value == id)
            .map_or_else(|| "offences".to_owned(), |i| format!("offences[{i}]"))
    };
    match need {
        Need::Offence { kind } => format!("offences (kind: {kind})"),
        Need::Fact { offence: o, field } | Need::OpenList { offence: o, field } => {
            format!("{}.{field}", offence(o))
        }
        Need::Measure { measure } => format!("measures (measure: {measure})"),
    }
}
