//! Per-instrument summaries: a FATF-style rating over the requirements the
//! instrument's `rating_basis` counts, the coverage beside it, and for the
//! instrument that defines trafficking a GLOTIP-style class of the definition.

use super::{Finding, Status};
use crate::keyword;
use crate::model::{Instrument, Obligation, RatingBasis};
use serde::Serialize;

keyword!(
    Rating, "rating" {
        Compliant = "C",
        LargelyCompliant = "LC",
        PartiallyCompliant = "PC",
        NonCompliant = "NC",
        NotRated = "NR",
    }
);

keyword!(
    DefinitionClass, "definition class" {
        Full = "full",
        FullSoFar = "full_so_far",
        Partial = "partial",
        None = "none",
        Unknown = "unknown",
    }
);

/// The name of the rule below, in the JSON of every summary, so a reader of
/// an old file knows which rule gave its letters.
pub const RATING_RULE: &str = "coverage-75";

/// A letter, or a definition class, needs at least this share of its
/// requirements assessed (docs/CHECKING.md gives the reason).
const EVIDENCE_NUM: usize = 3;
const EVIDENCE_DEN: usize = 4;

/// Whether `assessed` of `counted` is evidence enough for a letter or a class.
pub fn enough_evidence(assessed: usize, counted: usize) -> bool {
    counted > 0 && assessed * EVIDENCE_DEN >= counted * EVIDENCE_NUM
}

/// The fewest assessed requirements of `counted` that give a letter.
pub fn evidence_needed(counted: usize) -> usize {
    (counted * EVIDENCE_NUM).div_ceil(EVIDENCE_DEN)
}

/// The rule table, printed by `lexgap instruments --rules` and in docs/RATINGS.md.
pub const RATING_RULES: &str = "\
Rating (over the requirements the instrument's rating basis counts: mandatory ones by default):
  coverage = assessed / counted (unknown findings are not assessed)
  score    = (met + 0.5 × partial) / assessed
  NR  not rated            coverage under 75 %: too little was assessed for a letter
  C   compliant            every counted requirement assessed and met
  LC  largely compliant    score ≥ 0.8 and no conflict (a score of 1 with unknowns left)
  PC  partially compliant  score ≥ 0.5 (or score ≥ 0.8 with a conflict)
  NC  non-compliant        score < 0.5
Definition class (over the requirements of the instrument's definition topic):
  unknown      under 75 % of them assessed
  full         every requirement met
  partial      some met or partial, and some established short (partial, gap or conflict)
  none         none met or partial, and at least one gap or conflict
  full so far  some met, none established short, the rest unknown";

#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq)]
pub struct StatusCounts {
    pub met: usize,
    pub partial: usize,
    pub gap: usize,
    pub conflict: usize,
    pub unknown: usize,
}

impl StatusCounts {
    pub fn of<'a>(statuses: impl Iterator<Item = &'a Status>) -> Self {
        let mut c = StatusCounts::default();
        for s in statuses {
            match s {
                Status::Met => c.met += 1,
                Status::Partial => c.partial += 1,
                Status::Gap => c.gap += 1,
                Status::Conflict => c.conflict += 1,
                Status::Unknown => c.unknown += 1,
            }
        }
        c
    }

    pub fn total(&self) -> usize {
        self.met + self.partial + self.gap + self.conflict + self.unknown
    }

    pub fn assessed(&self) -> usize {
        self.total() - self.unknown
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct InstrumentSummary {
    pub instrument: String,
    pub short: String,
    pub short_ar: String,
    pub basis: RatingBasis,
    pub rating: Rating,
    /// The rule that gave the rating ([`RATING_RULE`]).
    pub rating_rule: &'static str,
    /// Counted requirements with a status other than unknown.
    pub assessed: usize,
    /// Requirements the rating counts.
    pub counted: usize,
    /// The fewest assessed requirements that give a letter.
    pub needed: usize,
    /// Counts over the counted requirements.
    pub counted_status: StatusCounts,
    /// Counts over every requirement of the instrument.
    pub all_status: StatusCounts,
    pub definition_class: Option<DefinitionClass>,
    /// The requirements of the definition topic assessed, of how many.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub definition_assessed: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub definition_counted: Option<usize>,
}

/// The rating over the counted requirements' statuses. Unknown is never
/// compliant: a letter needs three quarters assessed, and C needs them all.
pub fn rate(c: &StatusCounts) -> Rating {
    let assessed = c.assessed();
    if !enough_evidence(assessed, c.total()) {
        return Rating::NotRated;
    }
    #[allow(clippy::cast_precision_loss)]
    let score = (c.met as f64 + 0.5 * c.partial as f64) / assessed as f64;
    if c.met == c.total() {
        Rating::Compliant
    } else if score >= 0.8 && c.conflict == 0 {
        Rating::LargelyCompliant
    } else if score >= 0.5 {
        Rating::PartiallyCompliant
    } else {
        Rating::NonCompliant
    }
}

pub fn classify(c: &StatusCounts) -> DefinitionClass {
    let good = c.met + c.partial;
    let short = c.partial + c.gap + c.conflict;
    if !enough_evidence(c.assessed(), c.total()) {
        DefinitionClass::Unknown
    } else if c.met == c.total() {
        DefinitionClass::Full
    } else if good > 0 && short > 0 {
        DefinitionClass::Partial
    } else if good == 0 && c.gap + c.conflict > 0 {
        DefinitionClass::None
    } else if c.met > 0 {
        // Met alongside unknowns: nothing is established short, so calling
        // it unknown would rank a law that closed its last gap below one
        // that still has it (issue 17).
        DefinitionClass::FullSoFar
    } else {
        DefinitionClass::Unknown
    }
}

pub fn summarize(inst: &Instrument, findings: &[Finding]) -> InstrumentSummary {
    let counted: Vec<&Finding> = findings
        .iter()
        .filter(|f| inst.rating_basis == RatingBasis::All || f.obligation == Obligation::Mandatory)
        .collect();
    let counted_status = StatusCounts::of(counted.iter().map(|f| &f.status));
    let definition = inst.definition_topic.map(|topic| {
        let ids: Vec<&str> = inst
            .requirements
            .iter()
            .filter(|r| r.topic == topic)
            .map(|r| r.id.value.as_str())
            .collect();
        StatusCounts::of(
            findings
                .iter()
                .filter(|f| ids.contains(&f.requirement.as_str()))
                .map(|f| &f.status),
        )
    });
    InstrumentSummary {
        instrument: inst.id.value.clone(),
        short: inst.short.clone(),
        short_ar: inst.short_ar.clone(),
        basis: inst.rating_basis,
        rating: rate(&counted_status),
        rating_rule: RATING_RULE,
        assessed: counted_status.assessed(),
        counted: counted.len(),
        needed: evidence_needed(counted.len()),
        counted_status,
        all_status: StatusCounts::of(findings.iter().map(|f| &f.status)),
        definition_class: definition.as_ref().map(classify),
        definition_assessed: definition.as_ref().map(StatusCounts::assessed),
        definition_counted: definition.as_ref().map(StatusCounts::total),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(
        met: usize,
        partial: usize,
        gap: usize,
        conflict: usize,
        unknown: usize,
    ) -> StatusCounts {
        StatusCounts {
            met,
            partial,
            gap,
            conflict,
            unknown,
        }
    }

    #[test]
    fn ratings_follow_the_table() {
        assert_eq!(rate(&counts(0, 0, 0, 0, 5)), Rating::NotRated);
        assert_eq!(rate(&counts(0, 0, 0, 0, 0)), Rating::NotRated);
        assert_eq!(rate(&counts(4, 0, 0, 0, 0)), Rating::Compliant);
        assert_eq!(rate(&counts(8, 0, 2, 0, 0)), Rating::LargelyCompliant);
        assert_eq!(rate(&counts(9, 0, 0, 1, 0)), Rating::PartiallyCompliant);
        assert_eq!(rate(&counts(4, 2, 4, 0, 0)), Rating::PartiallyCompliant);
        assert_eq!(rate(&counts(2, 1, 7, 0, 0)), Rating::NonCompliant);
    }

    /// Silence is not rewarded: the least-read law must not look best.
    #[test]
    fn a_letter_needs_three_quarters_assessed_and_c_needs_all() {
        // Sudan's case: 3 of 34 assessed, all met.
        assert_eq!(rate(&counts(3, 0, 0, 0, 31)), Rating::NotRated);
        // Just under and at three quarters of 34 (25.5: 26 needed).
        assert_eq!(rate(&counts(25, 0, 0, 0, 9)), Rating::NotRated);
        assert_eq!(rate(&counts(26, 0, 0, 0, 8)), Rating::LargelyCompliant);
        assert_eq!(evidence_needed(34), 26);
        assert_eq!(evidence_needed(33), 25);
        // Every assessed requirement met, one unknown: not C.
        assert_eq!(rate(&counts(33, 0, 0, 0, 1)), Rating::LargelyCompliant);
        assert_eq!(rate(&counts(20, 0, 10, 0, 4)), Rating::PartiallyCompliant);
        assert_eq!(rate(&counts(5, 0, 21, 0, 8)), Rating::NonCompliant);
    }

    #[test]
    fn definition_classes_follow_the_table() {
        assert_eq!(classify(&counts(5, 0, 0, 0, 0)), DefinitionClass::Full);
        assert_eq!(classify(&counts(4, 0, 1, 0, 0)), DefinitionClass::Partial);
        assert_eq!(classify(&counts(0, 0, 6, 0, 2)), DefinitionClass::None);
        assert_eq!(classify(&counts(6, 0, 0, 0, 2)), DefinitionClass::FullSoFar);
        assert_eq!(classify(&counts(0, 0, 0, 0, 2)), DefinitionClass::Unknown);
        assert_eq!(classify(&counts(0, 0, 0, 0, 0)), DefinitionClass::Unknown);
        // Under three quarters assessed, no class, whatever was found.
        assert_eq!(classify(&counts(3, 0, 0, 0, 2)), DefinitionClass::Unknown);
        assert_eq!(classify(&counts(2, 0, 1, 0, 2)), DefinitionClass::Unknown);
    }
}
