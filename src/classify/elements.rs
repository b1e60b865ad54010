//! Elements of an offence or definition, and how they combine.

use crate::keyword;
use crate::model::{Crime, Verdict};
use serde::Serialize;

keyword!(ElementStatus, "element status" { Met = "met", Missing = "missing", Unknown = "unknown" });

impl ElementStatus {
    pub fn mark(self) -> &'static str {
        match self {
            ElementStatus::Met => "✔",
            ElementStatus::Missing => "✘",
            ElementStatus::Unknown => "?",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Element {
    pub name: String,
    /// The article (of the instrument) or provisions (of the law) it rests on.
    pub cite: String,
    pub status: ElementStatus,
    pub detail: String,
}

impl Element {
    pub fn new(name: &str, cite: &str, status: ElementStatus, detail: String) -> Self {
        Element {
            name: name.to_owned(),
            cite: cite.to_owned(),
            status,
            detail,
        }
    }
}

/// The result of one definition or offence for one scenario.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    pub id: String,
    pub label: String,
    /// `trafficking` or `smuggling` where the definition or offence is one.
    pub crime: Option<Crime>,
    /// True for the definitions of binding instruments (the Protocols).
    pub binding: bool,
    pub made_out: Verdict,
    pub elements: Vec<Element>,
    /// Aggravating circumstances of the scenario that the definition or
    /// offence names.
    pub aggravations: Vec<String>,
}

/// Made out when every element is met; not when one is missing; otherwise
/// it cannot be told.
pub fn verdict(elements: &[Element]) -> Verdict {
    if elements.iter().any(|e| e.status == ElementStatus::Missing) {
        Verdict::No
    } else if elements.iter().all(|e| e.status == ElementStatus::Met) {
        Verdict::Yes
    } else {
        Verdict::Unknown
    }
}
