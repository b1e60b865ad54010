//! Classifying a scenario under an instrument's definition of a crime.

use super::elements::{Element, ElementStatus as S, Outcome, verdict};
use crate::model::{
    Age, Benefit, Border, Conduct, Crime, Definition, Facts, Instrument, Purpose, PurposesOpen, Sp,
    TermSet, Vocabulary,
};

pub fn classify(vocab: &Vocabulary, facts: &Facts, inst: &Instrument, d: &Definition) -> Outcome {
    let cite = format!("{} Art. {}", inst.short, d.article);
    let elements = match d.crime {
        Crime::Trafficking => trafficking(vocab, facts, d, &cite),
        Crime::Smuggling => smuggling(facts, d, &cite),
    };
    let aggravations = facts
        .aggravations
        .iter()
        .filter(|a| d.aggravations.iter().any(|t| t.value == a.value))
        .map(|a| vocab.label(TermSet::Aggravations, &a.value).to_owned())
        .collect();
    Outcome {
        id: d.id.value.clone(),
        label: format!("{}: {}", inst.short, d.title),
        crime: Some(d.crime),
        binding: inst.binding,
        made_out: verdict(&elements),
        elements,
        aggravations,
    }
}

pub fn labels(vocab: &Vocabulary, set: TermSet, terms: &[&Sp<String>]) -> String {
    terms
        .iter()
        .map(|t| vocab.label(set, &t.value))
        .collect::<Vec<_>>()
        .join(", ")
}

fn common<'a>(scenario: &'a [Sp<String>], def: &[Sp<String>]) -> Vec<&'a Sp<String>> {
    scenario
        .iter()
        .filter(|s| def.iter().any(|d| d.value == s.value))
        .collect()
}

/// Whether the person is a child under a rule "under N": `None` when the
/// facts do not say.
pub fn is_child(age: Option<Age>, under: f64) -> Option<bool> {
    match age? {
        Age::Years(y) => Some(y < under),
        Age::Child if under >= 18.0 => Some(true),
        Age::Adult if under <= 18.0 => Some(false),
        Age::Child | Age::Adult => None,
    }
}

fn trafficking(vocab: &Vocabulary, facts: &Facts, d: &Definition, cite: &str) -> Vec<Element> {
    let acts = common(&facts.acts, &d.acts);
    let act = if !acts.is_empty() {
        Element::new("act", cite, S::Met, labels(vocab, TermSet::Acts, &acts))
    } else if facts.acts.is_empty() {
        Element::new(
            "act",
            cite,
            S::Missing,
            "no act of moving or holding the person".to_owned(),
        )
    } else {
        let all: Vec<&Sp<String>> = facts.acts.iter().collect();
        Element::new(
            "act",
            cite,
            S::Missing,
            format!(
                "{} is not among the acts of the definition",
                labels(vocab, TermSet::Acts, &all)
            ),
        )
    };

    let means = common(&facts.means, &d.means);
    let child = d.child.as_ref().map(|c| (c, is_child(facts.age, c.under)));
    let means = if !means.is_empty() {
        Element::new("means", cite, S::Met, labels(vocab, TermSet::Means, &means))
    } else {
        match child {
            Some((rule, Some(true))) if !rule.means_required => Element::new(
                "means",
                cite,
                S::Met,
                format!("no means used, but the person is a child (under {}): no means is needed", rule.under),
            ),
            Some((_, None)) => Element::new("means", cite, S::Unknown, "no means used, and the facts do not say whether the person is a child".to_owned()),
            Some(_) => Element::new("means", cite, S::Missing, "none of the means of the definition was used, and the person is not a child".to_owned()),
            None if is_child(facts.age, 18.0) == Some(false) => {
                Element::new("means", cite, S::Missing, "none of the means of the definition was used, and the person is an adult".to_owned())
            }
            None => Element::new(
                "means",
                cite,
                S::Unknown,
                "none of the means of the definition was used; the person may be a child, and the definition's rule on children is not known".to_owned(),
            ),
        }
    };

    let named: Vec<&Sp<String>> = facts
        .purposes
        .iter()
        .filter_map(|p| match p {
            Purpose::Vocab(t) if d.purposes.iter().any(|x| x.value == t.value) => Some(t),
            _ => None,
        })
        .collect();
    let purpose = if !named.is_empty() {
        Element::new(
            "purpose",
            cite,
            S::Met,
            labels(vocab, TermSet::Purposes, &named),
        )
    } else if facts.purposes.is_empty() {
        Element::new(
            "purpose",
            cite,
            S::Missing,
            "no purpose of exploitation".to_owned(),
        )
    } else {
        let what = purposes_text(vocab, &facts.purposes);
        match d.purposes_open {
            PurposesOpen::Minimum => Element::new(
                "purpose",
                cite,
                S::Met,
                format!(
                    "{what}: not named, but the definition's list of exploitation is a minimum"
                ),
            ),
            PurposesOpen::CutOff => Element::new(
                "purpose",
                cite,
                S::Unknown,
                format!(
                    "{what}: not among the forms named; the rest of the list is cut off in the source"
                ),
            ),
            PurposesOpen::Closed => Element::new(
                "purpose",
                cite,
                S::Missing,
                format!("{what}: not among the forms of exploitation of the definition"),
            ),
        }
    };
    vec![act, means, purpose]
}

pub fn purposes_text(vocab: &Vocabulary, purposes: &[Purpose]) -> String {
    purposes
        .iter()
        .map(|p| match p {
            Purpose::Vocab(t) => vocab.label(TermSet::Purposes, &t.value).to_owned(),
            Purpose::Other(o) => o.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn border_entry(facts: &Facts, cite: &str) -> Element {
    match facts.border {
        Border::Irregular => Element::new(
            "illegal entry",
            cite,
            S::Met,
            "the person crossed the border irregularly".to_owned(),
        ),
        Border::Regular => Element::new(
            "illegal entry",
            cite,
            S::Missing,
            "the person entered regularly".to_owned(),
        ),
        Border::None => Element::new(
            "illegal entry",
            cite,
            S::Missing,
            "no border was crossed".to_owned(),
        ),
    }
}

pub fn non_national(facts: &Facts, cite: &str) -> Element {
    if facts.national_of_destination {
        Element::new(
            "not a national or permanent resident",
            cite,
            S::Missing,
            "the person is a national or permanent resident of the destination".to_owned(),
        )
    } else {
        Element::new(
            "not a national or permanent resident",
            cite,
            S::Met,
            "the person is not a national or permanent resident of the destination".to_owned(),
        )
    }
}

pub fn stay(facts: &Facts, cite: &str) -> Element {
    if facts.enabling_illegal_stay {
        Element::new(
            "enabling illegal stay",
            cite,
            S::Met,
            "the person was enabled to remain illegally".to_owned(),
        )
    } else {
        Element::new(
            "enabling illegal stay",
            cite,
            S::Missing,
            "no one enabled the person to remain illegally".to_owned(),
        )
    }
}

pub fn benefit(facts: &Facts, cite: &str) -> Element {
    match facts.benefit {
        Benefit::Financial | Benefit::Material => Element::new(
            "financial or other material benefit",
            cite,
            S::Met,
            format!("the facilitator sought a {} benefit", facts.benefit),
        ),
        Benefit::None => Element::new(
            "financial or other material benefit",
            cite,
            S::Missing,
            "the facilitator sought no financial or other material benefit".to_owned(),
        ),
    }
}

fn smuggling(facts: &Facts, d: &Definition, cite: &str) -> Vec<Element> {
    let conduct = match d.conduct {
        Some(Conduct::IllegalStay) => stay(facts, cite),
        Some(Conduct::IllegalEntry) | None => border_entry(facts, cite),
    };
    vec![conduct, non_national(facts, cite), benefit(facts, cite)]
}
