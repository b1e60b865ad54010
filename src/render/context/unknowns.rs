//! The report's account of what is still unknown: how much of the law was
//! read (the warning at the top of both editions) and the encoder's worklist
//! (`check::worklist`), the same list `lexgap unknowns` prints.

use crate::check::{self, InstrumentCount, JurisdictionCheck, Need, Status, Worklist};
use crate::model::Wording;
use crate::model::{Corpus, Jurisdiction, TermSet};
use serde::Serialize;

/// How many worklist items a report shows; the rest are counted and left to
/// `lexgap unknowns`, which is where an encoder works through them.
const SHOWN: usize = 12;

#[derive(Debug, Clone, Serialize)]
pub struct UnknownsView {
    pub reading: ReadingView,
    /// The first items of the worklist, the most findings first.
    pub items: Vec<WorkItemView>,
    /// Items left out of `items`.
    pub more: usize,
    pub unattributed: usize,
}

/// How much of the law the encoding rests on.
#[derive(Debug, Clone, Serialize)]
pub struct ReadingView {
    pub laws: usize,
    /// Laws the encoder read only in part (`read_in_part`).
    pub laws_read_in_part: usize,
    pub provisions: usize,
    /// Provisions that are a third party's summary, not the law's words.
    pub provisions_secondary: usize,
    pub findings: usize,
    pub unknown: usize,
    /// No law of the file was read in full: the report says so at its top.
    pub little: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct WorkItemView {
    /// `offence`, `fact`, `open_list` or `measure` (the message the page
    /// says it with: `unknowns-need-…`).
    pub need: &'static str,
    pub path: String,
    /// The offence's id, for a fact or an open list.
    pub offence: Option<String>,
    /// The offence kind's or the measure's label, for those needs.
    pub label: Option<Wording>,
    pub findings: usize,
    pub settles_alone: usize,
    pub instruments: Vec<InstrumentCount>,
}

/// A jurisdiction's column in the comparison: what was read, what is unknown.
#[derive(Debug, Clone, Serialize)]
pub struct CoverageCell {
    pub findings: usize,
    pub unknown: usize,
    pub laws: usize,
    pub laws_read_in_full: usize,
    /// No law of the file was read in full (as [`ReadingView::little`]).
    pub little: bool,
}

pub fn coverage_cell(j: &Jurisdiction, jc: &JurisdictionCheck) -> CoverageCell {
    let in_part = laws_read_in_part(j);
    CoverageCell {
        findings: jc.findings.len(),
        unknown: jc
            .findings
            .iter()
            .filter(|f| f.status == Status::Unknown)
            .count(),
        laws: j.laws.len(),
        laws_read_in_full: j.laws.len() - in_part,
        little: little_read(j),
    }
}

fn laws_read_in_part(j: &Jurisdiction) -> usize {
    j.laws.iter().filter(|l| l.read_in_part.is_some()).count()
}

/// No law of the file was read in full.
fn little_read(j: &Jurisdiction) -> bool {
    !j.laws.is_empty() && laws_read_in_part(j) == j.laws.len()
}

pub fn unknowns_view(corpus: &Corpus, j: &Jurisdiction, jc: &JurisdictionCheck) -> UnknownsView {
    let instruments: Vec<_> = corpus.instruments.iter().collect();
    let w: Worklist = check::worklist(j, jc, &instruments);
    let label = |set: TermSet, id: &str| {
        Some(match corpus.vocabulary.get(set, id) {
            Some(t) => Wording::new(&t.en, Some(&t.ar)),
            None => Wording::new(id, None),
        })
    };
    let items: Vec<WorkItemView> = w
        .items
        .iter()
        .map(|item| {
            let (need, offence, label) = match &item.need {
                Need::Offence { kind } => ("offence", None, label(TermSet::OffenceKinds, kind)),
                Need::Fact { offence, .. } => ("fact", Some(offence.clone()), None),
                Need::OpenList { offence, .. } => ("open-list", Some(offence.clone()), None),
                Need::Measure { measure } => ("measure", None, label(TermSet::Measures, measure)),
            };
            WorkItemView {
                need,
                path: item.path.clone(),
                offence,
                label,
                findings: item.findings,
                settles_alone: item.settles_alone,
                instruments: item.instruments.clone(),
            }
        })
        .collect();
    UnknownsView {
        reading: ReadingView {
            laws: j.laws.len(),
            laws_read_in_part: laws_read_in_part(j),
            provisions: j.provisions.len(),
            provisions_secondary: j
                .provisions
                .iter()
                .filter(|p| p.text.is_secondary())
                .count(),
            findings: w.findings,
            unknown: w.unknown,
            little: little_read(j),
        },
        more: items.len().saturating_sub(SHOWN),
        items: items.into_iter().take(SHOWN).collect(),
        unattributed: w.unattributed,
    }
}
