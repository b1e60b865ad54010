//! Classifying fact patterns: is this trafficking, smuggling, both or
//! neither, under each instrument's definition and under each offence of a
//! jurisdiction? Pure, like `check`: model in, outcomes out.

mod definition;
mod elements;
mod missed;
mod national;
mod standing;

pub use elements::{Element, ElementName, ElementStatus, Outcome};
pub use missed::{MissedCase, missed_cases};

use crate::keyword;
use crate::model::{Corpus, Crime, Jurisdiction, Scenario, Verdict};
use serde::Serialize;

keyword!(
    /// The answer to "is it trafficking, smuggling, both or neither?" under
    /// the Protocols.
    Kind, "classification" {
        Trafficking = "trafficking",
        Smuggling = "smuggling",
        Both = "both",
        Neither = "neither",
        Undetermined = "undetermined",
    }
);

#[derive(Debug, Clone, Serialize)]
pub struct JurisdictionOutcomes {
    pub code: String,
    /// An earlier, superseded version (expectations name the current one).
    pub historical: bool,
    pub name: String,
    pub offences: Vec<Outcome>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Classification {
    pub scenario: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title_ar: Option<String>,
    pub file: String,
    /// Under the TiP and SoM Protocols.
    pub kind: Kind,
    pub definitions: Vec<Outcome>,
    pub jurisdictions: Vec<JurisdictionOutcomes>,
}

/// Classifies a scenario under every instrument definition and under every
/// offence of the given jurisdictions.
pub fn classify(
    corpus: &Corpus,
    scenario: &Scenario,
    jurisdictions: &[&Jurisdiction],
) -> Classification {
    let definitions = definitions(corpus, scenario);
    let kind = protocol_kind(&definitions);
    let jurisdictions = jurisdictions
        .iter()
        .map(|j| JurisdictionOutcomes {
            code: j.code.value.clone(),
            historical: j.historical.is_some(),
            name: j.name.clone(),
            offences: national_outcomes(corpus, scenario, j),
        })
        .collect();
    Classification {
        scenario: scenario.id.value.clone(),
        title: scenario.title.clone(),
        title_ar: scenario.title_ar.clone(),
        file: scenario.file.clone(),
        kind,
        definitions,
        jurisdictions,
    }
}

/// The scenario under the definition of every instrument.
fn definitions(corpus: &Corpus, scenario: &Scenario) -> Vec<Outcome> {
    corpus
        .instruments
        .iter()
        .flat_map(|i| i.definitions.iter().map(move |d| (i, d)))
        .map(|(i, d)| definition::classify(&corpus.vocabulary, &scenario.facts, i, d))
        .collect()
}

/// The scenario under every offence of `j`.
fn national_outcomes(corpus: &Corpus, scenario: &Scenario, j: &Jurisdiction) -> Vec<Outcome> {
    j.offences
        .iter()
        .map(|o| national::classify(&corpus.vocabulary, &scenario.facts, o))
        .collect()
}

/// What each scenario of the corpus is under the Protocols, in order: the
/// same for every jurisdiction, so found once for all of a site's reports.
#[derive(Debug, Clone)]
pub struct ScenarioKinds(Vec<Kind>);

impl ScenarioKinds {
    pub fn of(corpus: &Corpus) -> ScenarioKinds {
        ScenarioKinds(
            corpus
                .scenarios
                .iter()
                .map(|s| protocol_kind(&definitions(corpus, s)))
                .collect(),
        )
    }
}

/// Trafficking or smuggling under the Protocols: the instruments whose
/// definitions are binding (the TiP and SoM Protocols).
fn protocol_kind(definitions: &[Outcome]) -> Kind {
    let of = |crime: Crime| {
        let v: Vec<Verdict> = definitions
            .iter()
            .filter(|d| d.binding && d.crime == Some(crime))
            .filter_map(|d| d.made_out)
            .collect();
        if v.contains(&Verdict::Yes) {
            Verdict::Yes
        } else if v.contains(&Verdict::Unknown) {
            Verdict::Unknown
        } else {
            Verdict::No
        }
    };
    match (of(Crime::Trafficking), of(Crime::Smuggling)) {
        (Verdict::Yes, Verdict::Yes) => Kind::Both,
        (Verdict::Yes, Verdict::No) => Kind::Trafficking,
        (Verdict::No, Verdict::Yes) => Kind::Smuggling,
        (Verdict::No, Verdict::No) => Kind::Neither,
        _ => Kind::Undetermined,
    }
}

/// One expected answer of a scenario and what lexgap found.
#[derive(Debug, Clone, Serialize)]
pub struct Check {
    pub scenario: String,
    pub subject: String,
    pub expected: Verdict,
    pub actual: Option<Verdict>,
}

impl Check {
    pub fn passed(&self) -> bool {
        self.actual == Some(self.expected)
    }
}

/// Compares a scenario's expected answers with the classification. An
/// expectation about a jurisdiction or offence that is not loaded fails
/// (with no actual verdict), so a renamed offence cannot pass silently.
pub fn expectations(scenario: &Scenario, c: &Classification) -> Vec<Check> {
    let Some(e) = &scenario.expected else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (id, expected) in &e.definitions {
        let actual = c
            .definitions
            .iter()
            .find(|d| d.id == id.value)
            .and_then(|d| d.made_out);
        out.push(Check {
            scenario: scenario.id.value.clone(),
            subject: id.value.clone(),
            expected: *expected,
            actual,
        });
    }
    for ej in &e.jurisdictions {
        let outcomes = c
            .jurisdictions
            .iter()
            .find(|j| !j.historical && j.code.eq_ignore_ascii_case(&ej.code.value));
        for eo in &ej.offences {
            let actual = outcomes
                .and_then(|j| j.offences.iter().find(|o| o.id == eo.offence.value))
                .and_then(|o| o.made_out);
            out.push(Check {
                scenario: scenario.id.value.clone(),
                subject: format!("{}/{}", ej.code.value, eo.offence.value),
                expected: eo.verdict,
                actual,
            });
        }
    }
    out
}
