//! How a status was reached, as data: the [`Trace`] that `eval` leaves and
//! the [`Evidence`] it consulted. A finding holds one; neither knows about
//! findings.

use super::Status;
use super::need::Need;
use crate::i18n::reason::Reason;
use crate::model::Wording;
use serde::Serialize;

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
