//! A finding: one requirement against one jurisdiction, with its evidence,
//! the trace of how the status was reached, and the recommendation.

use super::Status;
use super::eval::evaluate;
use super::need::Need;
use super::reason::Reason;
use crate::i18n::Wording;
use crate::keyword;
use crate::model::{Confidence, Corpus, Instrument, Jurisdiction, Obligation, Requirement};
use serde::Serialize;
use std::collections::BTreeSet;

/// What was consulted: provisions, the fact read, and the encoder's note.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Evidence {
    pub provisions: Vec<String>,
    pub fact: Option<String>,
    pub note: Option<Wording>,
}

impl Evidence {
    pub fn new(provisions: Vec<String>, fact: Option<String>, note: Option<Wording>) -> Self {
        Evidence {
            provisions,
            fact,
            note,
        }
    }
}

/// How a status was reached: the test, its status, and either a detail
/// (leaf: one reason per offence read) or the parts (all / any). Reasons are
/// data; they become words when printed or serialised (JSON: English).
#[derive(Debug, Clone, Serialize)]
pub struct Trace {
    /// The test's key in the instrument file (offence, lists, fact, …).
    pub kind: &'static str,
    pub test: Reason,
    pub status: Status,
    #[serde(
        skip_serializing_if = "Vec::is_empty",
        serialize_with = "crate::i18n::reason::serialize_steps"
    )]
    pub detail: Vec<Reason>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Trace>,
    /// Where the status is unknown at a leaf: what would settle it.
    #[serde(skip)]
    pub needs: Vec<Need>,
}

impl Trace {
    pub fn leaf(
        test: Reason,
        status: Status,
        detail: Vec<Reason>,
        evidence: Vec<Evidence>,
    ) -> Self {
        Trace {
            kind: "",
            test,
            status,
            detail,
            evidence,
            parts: Vec::new(),
            needs: Vec::new(),
        }
    }

    /// The same leaf, with what would settle it.
    #[must_use]
    pub fn needing(mut self, needs: Vec<Need>) -> Self {
        self.needs = needs;
        self
    }

    pub fn node(test: Reason, status: Status, parts: Vec<Trace>) -> Self {
        Trace {
            kind: "",
            test,
            status,
            detail: Vec::new(),
            evidence: Vec::new(),
            parts,
            needs: Vec::new(),
        }
    }

    /// What would settle an unknown status: the needs of its unknown leaves
    /// (of an `all`, the unknown parts; of an `any`, each unknown part could
    /// settle it). Empty when the status is not unknown.
    pub fn unknown_needs(&self) -> Vec<&Need> {
        if self.status != Status::Unknown {
            return Vec::new();
        }
        let mut out: Vec<&Need> = self.needs.iter().collect();
        for p in &self.parts {
            out.extend(p.unknown_needs());
        }
        out
    }

    /// The evidence that decides the status, depth first: every part of an
    /// `all`, but only the parts of an `any` that reach its status.
    pub fn deciding_evidence(&self) -> Vec<&Evidence> {
        let mut out: Vec<&Evidence> = self.evidence.iter().collect();
        for p in self.deciding_parts() {
            out.extend(p.deciding_evidence());
        }
        out
    }

    /// The parts that decide the status (all parts, except for `any`).
    pub fn deciding_parts(&self) -> impl Iterator<Item = &Trace> {
        let any = self.kind == "any";
        self.parts
            .iter()
            .filter(move |p| !any || p.status == self.status)
    }

    /// The parts to show when explaining the status: where the test holds
    /// (met or partial), the parts that decide it — listing the others
    /// (e.g. "no death penalty") would read as a shortfall; otherwise all.
    pub fn shown_parts(&self) -> Vec<&Trace> {
        if matches!(self.status, Status::Met | Status::Partial) {
            self.deciding_parts().collect()
        } else {
            self.parts.iter().collect()
        }
    }
}

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
