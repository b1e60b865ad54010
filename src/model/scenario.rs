//! Fact patterns: who did what, how, why, across which border. A scenario may
//! carry the answers it expects, and is then a test.

use super::Sp;
use crate::keyword;
use serde::Serialize;

keyword!(
    /// Whether and how the person crossed a border into the destination State.
    Border, "border crossing" { None = "none", Regular = "regular", Irregular = "irregular" }
);

keyword!(
    /// What the facilitator sought.
    Benefit, "benefit" { None = "none", Financial = "financial", Material = "material" }
);

keyword!(
    /// What was done with a fraudulent travel or identity document (SoM
    /// Protocol Art. 6(1)(b): producing; procuring, providing or possessing).
    DocumentAct, "document act" { Producing = "producing", Procuring = "procuring", Providing = "providing", Possessing = "possessing" }
);

keyword!(
    /// The person's standing in the destination State.
    Standing, "standing in the destination" {
        National = "national",
        PermanentResident = "permanent_resident",
        TemporaryResident = "temporary_resident",
        None = "none",
    }
);

keyword!(
    /// Whose criminal liability the scenario asks about: the one who
    /// trafficked, smuggled or forged (the default), or the migrant's own.
    Liability, "liability" { Facilitator = "facilitator", Migrant = "migrant" }
);

keyword!(
    /// An expected answer: the offence is made out, is not, or cannot be told.
    Verdict, "verdict" { Yes = "yes", No = "no", Unknown = "unknown" }
);

/// The person's age: exact, or only known to be an adult or a child (under 18).
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
#[serde(rename_all = "snake_case")]
pub enum Age {
    Years(f64),
    Adult,
    Child,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    Vocab(Sp<String>),
    /// Exploitation that has no vocabulary term.
    Other(String),
}

#[derive(Debug, Clone, Serialize)]
pub struct Facts {
    pub acts: Vec<Sp<String>>,
    pub means: Vec<Sp<String>>,
    pub purposes: Vec<Purpose>,
    pub age: Option<Age>,
    pub border: Border,
    pub benefit: Benefit,
    /// The person is a national or permanent resident of the destination State.
    pub national_of_destination: bool,
    /// The person's standing there, where the scenario says (it then also
    /// settles `national_of_destination`).
    pub standing: Option<Standing>,
    /// The facilitator enabled the person to remain in the State illegally
    /// (false when the file does not say so: a scenario states what happened).
    pub enabling_illegal_stay: bool,
    /// The conduct involved an organized criminal group (false when not said).
    pub organized_group: bool,
    /// What was done with a fraudulent travel or identity document to enable
    /// the person's illegal entry (empty when no document was involved).
    pub documents: Vec<DocumentAct>,
    /// The conduct was attempted, not completed: the other facts say what
    /// was intended (false when not said).
    pub attempt: bool,
    pub liability: Liability,
    pub aggravations: Vec<Sp<String>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExpectedOffence {
    pub offence: Sp<String>,
    pub verdict: Verdict,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExpectedJurisdiction {
    pub code: Sp<String>,
    pub offences: Vec<ExpectedOffence>,
}

#[derive(Debug, Clone, Serialize, Default)]
pub struct Expected {
    /// Instrument definition id → verdict.
    pub definitions: Vec<(Sp<String>, Verdict)>,
    pub jurisdictions: Vec<ExpectedJurisdiction>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Scenario {
    pub file: String,
    pub id: Sp<String>,
    pub title: String,
    /// The title in Arabic (the scenario's author's wording).
    pub title_ar: Option<String>,
    pub story: String,
    pub source: Option<String>,
    pub facts: Facts,
    pub expected: Option<Expected>,
}
