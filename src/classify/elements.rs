//! Elements of an offence or definition, and how they combine.

use crate::i18n::reason::{Arg, Reason};
use crate::keyword;
use crate::model::{Crime, Verdict};
use serde::Serialize;

keyword!(ElementStatus, "element status" { Met = "met", Missing = "missing", Unknown = "unknown" });

keyword!(
    /// The elements that definitions and offences are weighed on.
    ElementName, "element" {
        Act = "act",
        Means = "means",
        Purpose = "purpose",
        IllegalEntry = "illegal entry",
        NotNational = "not a national or permanent resident",
        NotNationalOnly = "not a national",
        NotResident = "not a national or resident",
        PersonReached = "a person the offence reaches",
        IllegalStay = "enabling illegal stay",
        Benefit = "financial or other material benefit",
        Scope = "scope",
        NoHumanitarianExemption = "no humanitarian exemption",
        Exploitation = "exploitation",
        Coercion = "coercion",
        BorderCrossing = "border crossing",
        Transnationality = "transnationality",
        OrganizedGroup = "organized criminal group",
        Document = "fraudulent travel or identity document",
        Attempt = "attempt",
        Liability = "whose liability",
    }
);

impl ElementName {
    /// The element's name as a reason (its message in the catalogue).
    pub fn reason(self) -> Reason {
        Reason::new(match self {
            ElementName::Act => "element-act",
            ElementName::Means => "element-means",
            ElementName::Purpose => "element-purpose",
            ElementName::IllegalEntry => "element-illegal-entry",
            ElementName::NotNational => "element-not-national",
            ElementName::NotNationalOnly => "element-not-national-only",
            ElementName::NotResident => "element-not-resident",
            ElementName::PersonReached => "element-person-reached",
            ElementName::IllegalStay => "element-illegal-stay",
            ElementName::Benefit => "element-benefit",
            ElementName::Scope => "element-scope",
            ElementName::NoHumanitarianExemption => "element-no-humanitarian-exemption",
            ElementName::Exploitation => "element-exploitation",
            ElementName::Coercion => "element-coercion",
            ElementName::BorderCrossing => "element-border-crossing",
            ElementName::Transnationality => "element-transnationality",
            ElementName::OrganizedGroup => "element-organized-group",
            ElementName::Document => "element-document",
            ElementName::Attempt => "element-attempt",
            ElementName::Liability => "element-liability",
        })
    }
}

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
    pub name: ElementName,
    /// The article (of the instrument) or provisions (of the law) it rests on.
    pub cite: Arg,
    pub status: ElementStatus,
    /// Why: a reason, or the terms that meet the element.
    pub detail: Arg,
}

impl Element {
    pub fn new(
        name: ElementName,
        cite: &Arg,
        status: ElementStatus,
        detail: impl Into<Arg>,
    ) -> Self {
        Element {
            name,
            cite: cite.clone(),
            status,
            detail: detail.into(),
        }
    }
}

/// The result of one definition or offence for one scenario.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    pub id: String,
    /// The offence's label from the encoding, the vocabulary's label of its
    /// kind, or the instrument and the definition's title.
    pub label: Arg,
    /// `trafficking` or `smuggling` where the definition or offence is one.
    pub crime: Option<Crime>,
    /// True for the definitions of binding instruments (the Protocols).
    pub binding: bool,
    /// `None` when the offence is of a kind lexgap has no definition to
    /// test facts against (`untested` says so).
    pub made_out: Option<Verdict>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub untested: Option<Arg>,
    pub elements: Vec<Element>,
    /// Aggravating circumstances of the scenario that the definition or
    /// offence names (vocabulary terms).
    pub aggravations: Vec<Arg>,
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
