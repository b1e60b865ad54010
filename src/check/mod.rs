//! Checking: pure functions from the model to findings. No I/O, no clock;
//! the same corpus gives the same findings in the same order.

mod beyond;
mod describe;
mod eval;
mod finding;
mod need;
mod priority;
mod rating;
mod reach;
mod recommend;
mod trace;
mod worklist;

pub use crate::model::Status;
pub use beyond::{BeyondItem, BeyondKind, beyond};
pub use describe::{describe_test, describe_test_for_page, describe_test_in, test_reason};
pub use eval::evaluate;
pub use finding::{Finding, Recommendation, Verb};
pub use need::Need;
pub use priority::{obligation_label, serious_first, translation_label};
pub use rating::{DefinitionClass, InstrumentSummary, RATING_RULES, Rating, StatusCounts};
pub use reach::{Reach, reach};
pub use trace::{Evidence, Trace};
pub use worklist::{InstrumentCount, LawInPart, WorkItem, Worklist, worklist};

use crate::model::{Corpus, Instrument, Jurisdiction};
use serde::Serialize;

/// The findings for one jurisdiction, with the per-instrument summaries.
#[derive(Debug, Clone, Serialize)]
pub struct JurisdictionCheck {
    pub code: String,
    pub name: String,
    pub as_of: String,
    pub file: String,
    pub summaries: Vec<InstrumentSummary>,
    pub findings: Vec<Finding>,
}

impl JurisdictionCheck {
    /// The finding on `requirement`, looked for first at `at`: findings
    /// follow the checked instruments' requirements in order, so a caller
    /// walking them in that order finds each at once instead of scanning
    /// (a comparison of 200 jurisdictions asks for tens of thousands).
    pub fn finding_at(&self, at: usize, requirement: &str) -> Option<&Finding> {
        match self.findings.get(at) {
            Some(f) if f.requirement == requirement => Some(f),
            _ => self.findings.iter().find(|f| f.requirement == requirement),
        }
    }
}

/// Checks every requirement of the selected instruments against every
/// jurisdiction of the corpus.
/// Many jurisdictions are checked on every core, each thread a contiguous
/// share, so the result is the same as checking them one by one.
pub fn check(corpus: &Corpus, instruments: &[&Instrument]) -> Vec<JurisdictionCheck> {
    check_in_order(corpus, instruments).collect()
}

/// The checks of the corpus's jurisdictions, in order, made a batch at a
/// time (each batch on every core): a caller that writes each one out and
/// drops it holds a batch in memory, not the whole corpus's findings.
pub fn check_in_order<'a>(
    corpus: &'a Corpus,
    instruments: &'a [&'a Instrument],
) -> impl Iterator<Item = JurisdictionCheck> + 'a {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    corpus
        .jurisdictions
        .chunks((threads * 8).max(8))
        .flat_map(move |batch| check_batch(corpus, batch, instruments, threads))
}

fn check_batch(
    corpus: &Corpus,
    all: &[Jurisdiction],
    instruments: &[&Instrument],
    threads: usize,
) -> Vec<JurisdictionCheck> {
    let one_by_one = |js: &[Jurisdiction]| -> Vec<JurisdictionCheck> {
        js.iter()
            .map(|j| check_jurisdiction(corpus, j, instruments))
            .collect()
    };
    if threads < 2 || all.len() < 8 {
        return one_by_one(all);
    }
    let share = all.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = all
            .chunks(share)
            .skip(1)
            .map(|js| scope.spawn(move || one_by_one(js)))
            .collect();
        let mut out = one_by_one(&all[..share.min(all.len())]);
        for h in handles {
            match h.join() {
                Ok(part) => out.extend(part),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        out
    })
}

pub fn check_jurisdiction(
    corpus: &Corpus,
    j: &Jurisdiction,
    instruments: &[&Instrument],
) -> JurisdictionCheck {
    let mut findings = Vec::new();
    let mut summaries = Vec::new();
    for inst in instruments {
        let start = findings.len();
        for r in &inst.requirements {
            findings.push(finding::finding(corpus, j, inst, r));
        }
        summaries.push(rating::summarize(inst, &findings[start..]));
    }
    JurisdictionCheck {
        code: j.code.value.clone(),
        name: j.name.clone(),
        as_of: j.as_of.to_string(),
        file: j.file.clone(),
        summaries,
        findings,
    }
}
