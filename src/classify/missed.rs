//! "Cases this law would miss": scenarios that are trafficking or smuggling
//! under the Protocols but are not made out under any offence of a
//! jurisdiction, each with the elements that fail.

use super::elements::{ElementStatus, Outcome};
use super::{Kind, ScenarioKinds, national_outcomes};
use crate::i18n::reason::{Arg, Reason};
use crate::model::{Corpus, Crime, Jurisdiction, Verdict};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct FailedOffence {
    pub offence: String,
    pub label: Arg,
    /// "element (status): detail" for each element that is not met.
    pub failing: Vec<Reason>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MissedCase {
    pub scenario: String,
    /// In the page's language (JSON: English, and `title_ar`).
    pub title: crate::model::Wording,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title_ar: Option<String>,
    pub kind: Kind,
    /// True when every offence that could catch the case is encoded and none
    /// does; false when the law might still reach it (an element is unknown,
    /// or the encoding is silent on an offence of the crime).
    pub certain: bool,
    pub offences: Vec<FailedOffence>,
}

/// `kinds`: what each scenario of `corpus` is under the Protocols
/// ([`ScenarioKinds::of`]).
pub fn missed_cases(corpus: &Corpus, kinds: &ScenarioKinds, j: &Jurisdiction) -> Vec<MissedCase> {
    let mut out = Vec::new();
    for (s, kind) in corpus.scenarios.iter().zip(&kinds.0) {
        let crimes: Vec<Crime> = match kind {
            Kind::Trafficking => vec![Crime::Trafficking],
            Kind::Smuggling => vec![Crime::Smuggling],
            Kind::Both => vec![Crime::Trafficking, Crime::Smuggling],
            Kind::Neither | Kind::Undetermined => continue,
        };
        // The offences weighed that could catch the facilitator of a crime of
        // the Protocols; those of a kind with no definition to test against,
        // and the crossing person's own offence, cannot catch a case, nor
        // leave it open.
        let national = national_outcomes(corpus, s, j);
        let outcomes: Vec<&Outcome> = national
            .iter()
            .filter(|o| o.made_out.is_some() && o.crime.is_some())
            .collect();
        if outcomes.iter().any(|o| o.made_out == Some(Verdict::Yes)) {
            continue;
        }
        let encoded = |crime: Crime| {
            let kind = match crime {
                Crime::Trafficking => "trafficking",
                Crime::Smuggling => "smuggling",
            };
            outcomes.iter().any(|o| o.crime == Some(crime)) || j.not_provided(kind).is_some()
        };
        let certain = outcomes.iter().all(|o| o.made_out == Some(Verdict::No))
            && crimes.iter().all(|c| encoded(*c));
        let offences = outcomes
            .iter()
            .map(|o| FailedOffence {
                offence: o.id.clone(),
                label: o.label.clone(),
                failing: o
                    .elements
                    .iter()
                    .filter(|e| e.status != ElementStatus::Met)
                    .map(|e| {
                        Reason::new("reason-failing")
                            .arg("element", e.name.reason())
                            .arg("status", Arg::word("element-status", e.status))
                            .arg("detail", e.detail.clone())
                    })
                    .collect(),
            })
            .collect();
        out.push(MissedCase {
            scenario: s.id.value.clone(),
            title: crate::model::Wording::new(&s.title, s.title_ar.as_deref()),
            title_ar: s.title_ar.clone(),
            kind: *kind,
            certain,
            offences,
        });
    }
    out
}
