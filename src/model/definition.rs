//! The definitions of the crimes in the instruments, used to classify fact
//! patterns: which acts, means and purposes count, the rule for children, and
//! for smuggling the conduct that is procured.

use super::Sp;
use crate::keyword;
use serde::Serialize;

keyword!(Crime, "crime" { Trafficking = "trafficking", Smuggling = "smuggling" });

keyword!(
    /// How a definition's list of purposes treats exploitation it does not
    /// name: `closed`, only the listed purposes count; `minimum`, any
    /// exploitation counts (TiP Art. 3(a)); `cut_off`, the text of the list
    /// is cut off, so unlisted exploitation is unknown.
    PurposesOpen, "purposes rule" { Closed = "closed", Minimum = "minimum", CutOff = "cut_off" }
);

keyword!(
    /// What a smuggling definition says is procured.
    Conduct, "smuggling conduct" { IllegalEntry = "illegal_entry", IllegalStay = "illegal_stay", FraudulentDocument = "fraudulent_document" }
);

#[derive(Debug, Clone, Serialize)]
pub struct ChildRule {
    /// A child is a person under this age.
    pub under: f64,
    pub means_required: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Definition {
    pub id: Sp<String>,
    pub crime: Crime,
    pub title: String,
    pub title_ar: String,
    pub article: String,
    pub acts: Vec<Sp<String>>,
    pub means: Vec<Sp<String>>,
    pub purposes: Vec<Sp<String>>,
    pub purposes_open: PurposesOpen,
    pub child: Option<ChildRule>,
    pub conduct: Option<Conduct>,
    /// Circumstances the instrument makes aggravating (SoM Art. 6(3)).
    pub aggravations: Vec<Sp<String>>,
    /// The article that requires the attempt to be punished (TiP Art.
    /// 5(2)(a), SoM Art. 6(2)(a)); `None` where the text was not found.
    pub attempt: Option<String>,
    /// The article under which the person who is the object of the conduct
    /// is not liable (SoM Art. 5).
    pub object_not_liable: Option<String>,
}
