//! The typed model that loading produces and checking reads: the vocabulary,
//! the instruments with their requirements, and the jurisdictions.
//! Nothing here does I/O.

mod common;
mod definition;
mod fields;
mod instrument;
mod jurisdiction;
mod keyword;
mod position;
mod scenario;
mod status;
mod vocabulary;
mod wording;

pub use common::{Confidence, Date, English, Quote, Scope, Sp, Text, TranslationKind};
pub use definition::{ChildRule, Conduct, Crime, Definition, PurposesOpen};
pub use fields::{BOOL_FIELDS, NUMBER_FIELDS};
pub use instrument::{Instrument, Obligation, RatingBasis, Requirement, Test, Topic};
pub use jurisdiction::{
    Beyond, Child, Draft, Encoding, EncodingStatus, ExcludedPersons, Fact, Historical,
    Jurisdiction, KindRef, Law, LawDates, LawStatus, ListField, Measure, NotProvided, Offence,
    Penalty, Provision, Requires, TermItem, TermList, TermRef, Translation,
};
pub use keyword::Keyword;
pub use position::{FileId, Loc};
pub use scenario::{
    Age, Benefit, Border, DocumentAct, Expected, ExpectedJurisdiction, ExpectedOffence, Facts,
    Liability, Purpose, Scenario, Standing, Verdict,
};
pub use status::Status;
pub use vocabulary::{Term, TermSet, Vocabulary};
pub use wording::Wording;

/// Everything one run works on: the embedded instruments and the
/// jurisdictions the user named (or the bundled ones).
#[derive(Debug)]
pub struct Corpus {
    pub vocabulary: Vocabulary,
    pub instruments: Vec<Instrument>,
    pub jurisdictions: Vec<Jurisdiction>,
    /// The fact patterns: the bundled ones, or those the user named.
    pub scenarios: Vec<Scenario>,
}

impl Corpus {
    pub fn instrument(&self, id: &str) -> Option<&Instrument> {
        self.instruments.iter().find(|i| i.id.value == id)
    }

    pub fn definition(&self, id: &str) -> Option<(&Instrument, &Definition)> {
        self.instruments.iter().find_map(|i| {
            i.definitions
                .iter()
                .find(|d| d.id.value == id)
                .map(|d| (i, d))
        })
    }

    pub fn requirement(&self, id: &str) -> Option<(&Instrument, &Requirement)> {
        self.instruments.iter().find_map(|i| {
            i.requirements
                .iter()
                .find(|r| r.id.value == id)
                .map(|r| (i, r))
        })
    }
}
