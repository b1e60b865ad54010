//! Reference instruments and their requirements, with the declarative tests
//! that say how each requirement is checked against a jurisdiction.

use super::Status;
use super::{Date, Quote, Sp, TermSet};
use crate::keyword;
use crate::model::Wording;
use serde::Serialize;

keyword!(
    /// How binding a requirement is, read from the instrument's words.
    Obligation, "obligation" { Mandatory = "mandatory", Optional = "optional", Recommended = "recommended" }
);

keyword!(
    Topic, "topic" {
        Definition = "definition",
        Criminalization = "criminalization",
        Penalties = "penalties",
        Protection = "protection",
        Prevention = "prevention",
        Jurisdiction = "jurisdiction",
        Cooperation = "cooperation",
        Distinction = "distinction",
    }
);

keyword!(
    /// Which requirements an instrument's rating counts.
    RatingBasis, "rating basis" { Mandatory = "mandatory", All = "all" }
);

#[derive(Debug, Clone, Serialize)]
pub struct Instrument {
    pub id: Sp<String>,
    /// Position in listings and reports (lower first).
    pub order: f64,
    pub title: String,
    /// The title in Arabic: lexgap's wording, shown on Arabic pages.
    pub title_ar: String,
    pub short: String,
    pub short_ar: String,
    pub adopted: Option<Date>,
    pub source: String,
    pub binding: bool,
    pub rating_basis: RatingBasis,
    pub definition_topic: Option<Topic>,
    /// lexgap's note, in English and Arabic (both required).
    pub note: Option<Wording>,
    pub file: String,
    /// The crimes the instrument defines, for classifying fact patterns.
    pub definitions: Vec<super::Definition>,
    pub requirements: Vec<Requirement>,
}

impl Instrument {
    /// The short name, in English and Arabic.
    pub fn short_w(&self) -> Wording {
        Wording::new(&self.short, Some(&self.short_ar))
    }

    pub fn title_w(&self) -> Wording {
        Wording::new(&self.title, Some(&self.title_ar))
    }
}

impl Requirement {
    pub fn title_w(&self) -> Wording {
        Wording::new(&self.title, Some(&self.title_ar))
    }

    pub fn recommendation_w(&self) -> Wording {
        Wording::new(&self.recommendation, Some(&self.recommendation_ar))
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Requirement {
    pub id: Sp<String>,
    pub article: String,
    pub title: String,
    /// lexgap's Arabic wording of the title and of the recommendation
    /// (docs/FORMAT.md, "Arabic wording"); the loader requires both.
    pub title_ar: String,
    pub topic: Topic,
    pub obligation: Obligation,
    pub quotes: Vec<Quote>,
    pub test: Test,
    pub recommendation: String,
    pub recommendation_ar: String,
    /// lexgap's note, in English and Arabic (both required).
    pub note: Option<Wording>,
}

/// The test language (docs/FORMAT.md, "Tests").
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Test {
    Offence {
        kind: Sp<String>,
    },
    Lists {
        offence: Sp<String>,
        field: Sp<String>,
        term: Sp<String>,
    },
    Fact {
        offence: Sp<String>,
        field: Sp<String>,
        is: bool,
        otherwise: Status,
    },
    AtLeast {
        offence: Sp<String>,
        field: Sp<String>,
        min: f64,
    },
    Measure {
        measure: Sp<String>,
    },
    All(Vec<Test>),
    Any(Vec<Test>),
}

impl Test {
    /// The key that names the test in YAML.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Test::Offence { .. } => "offence",
            Test::Lists { .. } => "lists",
            Test::Fact { .. } => "fact",
            Test::AtLeast { .. } => "at_least",
            Test::Measure { .. } => "measure",
            Test::All(_) => "all",
            Test::Any(_) => "any",
        }
    }

    /// The vocabulary set a `lists` field draws its terms from.
    pub fn list_set(field: &str) -> Option<TermSet> {
        super::ListField::from_name(field).map(super::ListField::set)
    }
}
