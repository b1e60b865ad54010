//! The order in which reports present findings, and the words they use for
//! ratings and classes. Decided here, so that every output (text, HTML,
//! Markdown, JSON) presents the same findings in the same order.

use super::{DefinitionClass, Finding, Rating, Status, Verb};
use crate::model::{Obligation, TranslationKind};

/// The findings that carry a recommendation, most serious first: by urgency
/// verb (urge, then consider, then invite), then by status (conflict, gap,
/// partial), then in instrument and requirement order. Returns indices into
/// `findings`. Met and unknown findings carry no recommendation and are left
/// out: there is nothing to act on yet.
pub fn serious_first(findings: &[Finding]) -> Vec<usize> {
    let mut v: Vec<(u8, u8, usize)> = findings
        .iter()
        .enumerate()
        .filter_map(|(i, f)| {
            f.recommendation
                .as_ref()
                .map(|r| (r.verb.rank(), f.status.severity(), i))
        })
        .collect();
    v.sort_unstable();
    v.into_iter().map(|(_, _, i)| i).collect()
}

impl Verb {
    /// urge 0, consider 1, invite 2: lower is more pressing.
    pub fn rank(self) -> u8 {
        match self {
            Verb::Urge => 0,
            Verb::Consider => 1,
            Verb::Invite => 2,
        }
    }
}

impl Status {
    /// True when the finding rests on something the encoding establishes
    /// (every status but unknown).
    pub fn is_assessed(self) -> bool {
        self != Status::Unknown
    }
}

impl Rating {
    /// The rating in words, as FATF writes it.
    pub fn label(self) -> &'static str {
        match self {
            Rating::Compliant => "compliant",
            Rating::LargelyCompliant => "largely compliant",
            Rating::PartiallyCompliant => "partially compliant",
            Rating::NonCompliant => "non-compliant",
            Rating::NotRated => "not rated",
        }
    }
}

impl DefinitionClass {
    /// What the class says about the definition of trafficking.
    pub fn label(self) -> &'static str {
        match self {
            DefinitionClass::Full => "full: every element of the definition is met",
            DefinitionClass::FullSoFar => {
                "full so far: the elements assessed are met, the others are unknown"
            }
            DefinitionClass::Partial => "partial: some elements are met, some fall short",
            DefinitionClass::None => "none: no element is met and some are established short",
            DefinitionClass::Unknown => "unknown: too little of the definition could be assessed",
        }
    }
}

/// "shall" / "shall consider" / guidance, in words for readers.
pub fn obligation_label(o: Obligation) -> &'static str {
    match o {
        Obligation::Mandatory => "mandatory",
        Obligation::Optional => "optional",
        Obligation::Recommended => "recommended",
    }
}

/// Who made an English rendering, in words.
pub fn translation_label(k: TranslationKind) -> &'static str {
    match k {
        TranslationKind::Official => "official translation",
        TranslationKind::Unofficial => "unofficial translation",
        TranslationKind::Encoder => "encoder's own translation",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{Recommendation, Trace};

    fn f(status: Status, verb: Option<Verb>) -> Finding {
        Finding {
            requirement: String::new(),
            instrument: String::new(),
            article: String::new(),
            title: String::new(),
            title_ar: String::new(),
            obligation: Obligation::Mandatory,
            status,
            provisions: Vec::new(),
            secondary: false,
            uncertain_law: false,
            trace: Trace::leaf(
                crate::i18n::reason::Reason::new("reason-measure-silent"),
                status,
                Vec::new(),
                Vec::new(),
            ),
            recommendation: verb.map(|verb| Recommendation {
                verb,
                text: String::new(),
                text_ar: String::new(),
            }),
        }
    }

    #[test]
    fn urge_before_consider_before_invite_then_by_status_then_in_order() {
        let findings = [
            f(Status::Gap, Some(Verb::Invite)),       // 0
            f(Status::Partial, Some(Verb::Consider)), // 1
            f(Status::Met, None),                     // 2
            f(Status::Gap, Some(Verb::Urge)),         // 3
            f(Status::Unknown, None),                 // 4
            f(Status::Gap, Some(Verb::Consider)),     // 5
            f(Status::Conflict, Some(Verb::Urge)),    // 6
            f(Status::Gap, Some(Verb::Urge)),         // 7
        ];
        assert_eq!(serious_first(&findings), [6, 3, 7, 5, 1, 0]);
    }

    #[test]
    fn labels_cover_every_value() {
        assert_eq!(Rating::LargelyCompliant.label(), "largely compliant");
        assert!(DefinitionClass::Partial.label().starts_with("partial"));
        assert_eq!(
            translation_label(TranslationKind::Encoder),
            "encoder's own translation"
        );
        assert!(!Status::Unknown.is_assessed());
        assert!(Status::Gap.is_assessed());
    }
}
