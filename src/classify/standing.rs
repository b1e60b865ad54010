//! Whose entry or stay counts: the person's standing in the destination
//! State against the persons an offence leaves out. The SoM Protocol leaves
//! out nationals and permanent residents (Art. 3(a)); a national law may say
//! nationals only, or nationals and any residents.

use super::elements::{Element, ElementName as N, ElementStatus as S};
use crate::i18n::reason::{Arg, Reason};
use crate::model::{ExcludedPersons as X, Facts, Standing};

/// The standings the facts allow: the one stated, else what
/// `national_of_destination` says (a national or a permanent resident, not
/// which; or neither, and so without standing, since a scenario states what
/// there was).
fn candidates(facts: &Facts) -> Vec<Standing> {
    match (facts.standing, facts.national_of_destination) {
        (Some(s), _) => vec![s],
        (None, true) => vec![Standing::National, Standing::PermanentResident],
        (None, false) => vec![Standing::None],
    }
}

fn leaves_out(rule: X, s: Standing) -> bool {
    match rule {
        X::Nationals => s == Standing::National,
        X::NationalsAndPermanentResidents => {
            matches!(s, Standing::National | Standing::PermanentResident)
        }
        X::NationalsAndResidents => s != Standing::None,
        X::NoOne => false,
    }
}

fn name(rule: Option<X>) -> N {
    match rule {
        Some(X::Nationals) => N::NotNationalOnly,
        Some(X::NationalsAndResidents) => N::NotResident,
        Some(X::NoOne) => N::PersonReached,
        Some(X::NationalsAndPermanentResidents) | None => N::NotNational,
    }
}

/// The element "not a person the offence leaves out". `rule` is `None` where
/// a national offence does not say whom it leaves out: every reading is
/// tried, and the answer is unknown where they differ.
pub fn not_excluded(facts: &Facts, rule: Option<X>, cite: &Arg) -> Element {
    let rules = match rule {
        Some(r) => vec![r],
        None => vec![
            X::Nationals,
            X::NationalsAndPermanentResidents,
            X::NationalsAndResidents,
            X::NoOne,
        ],
    };
    let people = candidates(facts);
    let outcomes: Vec<bool> = rules
        .iter()
        .flat_map(|r| people.iter().map(move |s| leaves_out(*r, *s)))
        .collect();
    let all_out = outcomes.iter().all(|o| *o);
    let none_out = outcomes.iter().all(|o| !o);
    let status = if all_out {
        S::Missing
    } else if none_out {
        S::Met
    } else {
        S::Unknown
    };
    // Where the facts give no standing and every reading agrees, the plain
    // words of `national_of_destination` say it.
    let nat = facts.national_of_destination;
    let plain = facts.standing.is_none()
        && matches!(rule, None | Some(X::NationalsAndPermanentResidents))
        && ((status == S::Met && !nat) || (status == S::Missing && nat));
    let detail = match (status, plain) {
        (S::Missing, true) => Reason::new("el-national"),
        (S::Met, true) => Reason::new("el-not-national"),
        _ => {
            let who = match facts.standing {
                Some(s) => Arg::word("standing", s),
                None if facts.national_of_destination => {
                    Arg::word("standing", "national_or_permanent")
                }
                None => Arg::word("standing", "none_stated"),
            };
            let id = match (status, rule) {
                (S::Missing, Some(_)) => "el-standing-left-out",
                (S::Missing, None) => "el-standing-left-out-any",
                (S::Met, Some(X::NoOne)) => "el-standing-no-one-left-out",
                (S::Met, Some(_)) => "el-standing-not-left-out",
                (S::Met, None) => "el-standing-not-left-out-any",
                (S::Unknown, None) => "el-standing-rule-unknown",
                (S::Unknown, Some(_)) => "el-standing-which-unknown",
            };
            let r = Reason::new(id).arg("who", who);
            match rule {
                Some(rule) => r.arg("rule", Arg::word("excluded", rule)),
                None => r,
            }
        }
    };
    Element::new(name(rule), cite, status, detail)
}
