//! A finding: one requirement against one jurisdiction, with its evidence,
//! the trace of how the status was reached (the data `eval` produces,
//! [`super::trace`]), and the recommendation.

use super::Status;
use super::eval::evaluate;
use super::trace::Trace;
use crate::keyword;
use crate::model::{Confidence, Corpus, Instrument, Jurisdiction, Obligation, Requirement};
use serde::Serialize;
use std::collections::BTreeSet;

keyword!(
    /// GRETA's urgency verbs.
    Verb, "urgency" { Urge = "urge", Consider = "consider", Invite = "invite" }
);

impl Verb {
    /// urge: mandatory gap or conflict; consider: mandatory partial, or an
    /// optional requirement short of met; invite: recommended.
    pub fn for_status(obligation: Obligation, status: Status) -> Option<Verb> {
        match (obligation, status) {
            (_, Status::Met | Status::Unknown) => None,
            (Obligation::Mandatory, Status::Gap | Status::Conflict) => Some(Verb::Urge),
            (Obligation::Mandatory, Status::Partial) | (Obligation::Optional, _) => {
                Some(Verb::Consider)
            }
            (Obligation::Recommended, _) => Some(Verb::Invite),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Recommendation {
    pub verb: Verb,
    pub text: String,
    /// lexgap's Arabic wording of `text`.
    pub text_ar: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub requirement: String,
    pub instrument: String,
    pub article: String,
    pub title: String,
    pub title_ar: String,
    pub obligation: Obligation,
    pub status: Status,
    /// The provisions consulted, in order of first use.
    pub provisions: Vec<String>,
    /// True when any consulted provision is a secondary source.
    pub secondary: bool,
    /// True when any consulted provision belongs to a law whose status the
    /// sources do not settle (`status: unknown`) or that is repealed.
    pub uncertain_law: bool,
    pub trace: Trace,
    pub recommendation: Option<Recommendation>,
}

impl Finding {
    /// Drops what only a report of this finding shows (the trace's reasons
    /// and evidence, the recommendation's words), keeping the status and its
    /// marks: a comparison of thousands of files shows most findings as one
    /// cell each.
    pub fn keep_status_only(&mut self) {
        let t = &mut self.trace;
        t.detail = Vec::new();
        t.evidence = Vec::new();
        t.parts = Vec::new();
        t.needs = Vec::new();
        if let Some(r) = &mut self.recommendation {
            r.text = String::new();
            r.text_ar = String::new();
        }
    }
}

pub fn finding(corpus: &Corpus, j: &Jurisdiction, inst: &Instrument, r: &Requirement) -> Finding {
    let trace = evaluate(&r.test, j, &corpus.vocabulary);
    let mut seen = BTreeSet::new();
    let provisions: Vec<String> = trace
        .deciding_evidence()
        .into_iter()
        .flat_map(|e| e.provisions.iter())
        .filter(|p| seen.insert(p.as_str()))
        .cloned()
        .collect();
    let secondary = provisions.iter().any(|p| {
        j.provision(p)
            .is_some_and(|p| p.text.confidence == Confidence::Secondary)
    });
    let uncertain_law = provisions.iter().any(|p| {
        j.provision(p)
            .is_some_and(|p| j.law_unsettled(&p.law.value))
    });
    let status = trace.status;
    let recommendation = Verb::for_status(r.obligation, status).map(|verb| {
        let (text, text_ar) = super::recommend::recommendation_text(r, &trace, &corpus.vocabulary);
        Recommendation {
            verb,
            text,
            text_ar,
        }
    });
    Finding {
        requirement: r.id.value.clone(),
        instrument: inst.id.value.clone(),
        article: r.article.clone(),
        title: r.title.clone(),
        title_ar: r.title_ar.clone(),
        obligation: r.obligation,
        status,
        provisions,
        secondary,
        uncertain_law,
        trace,
        recommendation,
    }
}
