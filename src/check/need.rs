//! What would settle an unknown: the fact, list, measure or offence the
//! encoding is silent on. `eval` says it where it meets the silence; the
//! encoder's worklist (`lexgap unknowns`) groups findings by it.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(tag = "need", rename_all = "snake_case")]
pub enum Need {
    /// No offence of the kind is encoded, and no full reading says the law
    /// has none (`not_provided`).
    Offence { kind: String },
    /// The offence's fact (or whole list) is not encoded.
    Fact { offence: String, field: String },
    /// The offence's list is open (`complete: false`) and does not name a
    /// term the test asks for.
    OpenList { offence: String, field: String },
    /// The measure is neither encoded nor found absent.
    Measure { measure: String },
}
