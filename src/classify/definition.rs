//! Classifying a scenario under an instrument's definition of a crime.

use super::elements::{Element, ElementName as N, ElementStatus as S, Outcome, verdict};
use crate::i18n::reason::{Arg, Reason};
use crate::model::{
    Age, Benefit, Border, Conduct, Crime, Definition, Facts, Instrument, Liability, Purpose,
    PurposesOpen, Sp, TermSet, Vocabulary,
};

pub fn classify(vocab: &Vocabulary, facts: &Facts, inst: &Instrument, d: &Definition) -> Outcome {
    let cite_of = |article: &str| {
        Arg::from(
            Reason::new("reason-cite-article")
                .arg("instrument", Arg::Bilingual(inst.short_w()))
                .arg("article", Arg::data(article)),
        )
    };
    let cite = cite_of(&d.article);
    let mut elements = match d.crime {
        Crime::Trafficking => trafficking(vocab, facts, d, &cite),
        Crime::Smuggling => smuggling(facts, d, &cite),
    };
    if facts.attempt {
        elements.push(match &d.attempt {
            Some(a) => Element::new(N::Attempt, &cite_of(a), S::Met, why("el-attempt-required")),
            None => Element::new(N::Attempt, &cite, S::Unknown, why("el-attempt-not-found")),
        });
    }
    if facts.liability == Liability::Migrant {
        elements.push(match &d.object_not_liable {
            Some(a) => Element::new(
                N::Liability,
                &cite_of(a),
                S::Missing,
                why("el-object-not-liable"),
            ),
            None => Element::new(N::Liability, &cite, S::Missing, why("el-object-of-conduct")),
        });
    }
    let aggravations = facts
        .aggravations
        .iter()
        .filter(|a| d.aggravations.iter().any(|t| t.value == a.value))
        .map(|a| Arg::term(vocab, TermSet::Aggravations, &a.value))
        .collect();
    Outcome {
        id: d.id.value.clone(),
        label: Arg::Bilingual(crate::model::Wording {
            en: format!("{}: {}", inst.short, d.title),
            ar: Some(format!("{}: {}", inst.short_ar, d.title_ar)),
        }),
        crime: Some(d.crime),
        binding: inst.binding,
        made_out: Some(verdict(&elements)),
        untested: None,
        elements,
        aggravations,
    }
}

/// The terms, by their labels, joined with the language's comma.
pub fn labels(vocab: &Vocabulary, set: TermSet, terms: &[&Sp<String>]) -> Arg {
    Arg::terms(vocab, set, terms.iter().map(|t| t.value.as_str()))
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

fn why(id: &'static str) -> Reason {
    Reason::new(id)
}

fn trafficking(vocab: &Vocabulary, facts: &Facts, d: &Definition, cite: &Arg) -> Vec<Element> {
    let acts = common(&facts.acts, &d.acts);
    let act = if !acts.is_empty() {
        Element::new(N::Act, cite, S::Met, labels(vocab, TermSet::Acts, &acts))
    } else if facts.acts.is_empty() {
        Element::new(N::Act, cite, S::Missing, why("el-no-act"))
    } else {
        let all: Vec<&Sp<String>> = facts.acts.iter().collect();
        Element::new(
            N::Act,
            cite,
            S::Missing,
            why("el-act-not-in-definition").arg("acts", labels(vocab, TermSet::Acts, &all)),
        )
    };

    let means = common(&facts.means, &d.means);
    let child = d.child.as_ref().map(|c| (c, is_child(facts.age, c.under)));
    let means = if !means.is_empty() {
        Element::new(
            N::Means,
            cite,
            S::Met,
            labels(vocab, TermSet::Means, &means),
        )
    } else {
        match child {
            Some((rule, Some(true))) if !rule.means_required => Element::new(
                N::Means,
                cite,
                S::Met,
                why("el-means-child").arg("under", rule.under),
            ),
            Some((_, None)) => {
                Element::new(N::Means, cite, S::Unknown, why("el-means-child-unknown"))
            }
            Some(_) => Element::new(N::Means, cite, S::Missing, why("el-means-not-child")),
            None if is_child(facts.age, 18.0) == Some(false) => {
                Element::new(N::Means, cite, S::Missing, why("el-means-adult"))
            }
            None => Element::new(N::Means, cite, S::Unknown, why("el-means-rule-unknown")),
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
            N::Purpose,
            cite,
            S::Met,
            labels(vocab, TermSet::Purposes, &named),
        )
    } else if facts.purposes.is_empty() {
        Element::new(N::Purpose, cite, S::Missing, why("el-no-purpose"))
    } else {
        let what = purposes_text(vocab, &facts.purposes);
        let (status, id) = match d.purposes_open {
            PurposesOpen::Minimum => (S::Met, "el-purpose-minimum"),
            PurposesOpen::CutOff => (S::Unknown, "el-purpose-cut-off"),
            PurposesOpen::Closed => (S::Missing, "el-purpose-closed"),
        };
        Element::new(N::Purpose, cite, status, why(id).arg("purposes", what))
    };
    vec![act, means, purpose]
}

/// The purposes of a scenario: the vocabulary's labels, and other
/// exploitation as the scenario words it.
pub fn purposes_text(vocab: &Vocabulary, purposes: &[Purpose]) -> Arg {
    Arg::List(
        purposes
            .iter()
            .map(|p| match p {
                Purpose::Vocab(t) => Arg::term(vocab, TermSet::Purposes, &t.value),
                Purpose::Other(o) => Arg::data(o),
            })
            .collect(),
    )
}

pub fn border_entry(facts: &Facts, cite: &Arg) -> Element {
    let (status, id) = match facts.border {
        Border::Irregular if facts.attempt => (S::Met, "el-border-irregular-intended"),
        Border::Irregular => (S::Met, "el-border-irregular"),
        Border::Regular => (S::Missing, "el-border-regular"),
        Border::None => (S::Missing, "el-border-none"),
    };
    Element::new(N::IllegalEntry, cite, status, why(id))
}

/// The Protocol's test: not a national or a permanent resident (Art. 3(a)).
pub fn non_national(facts: &Facts, cite: &Arg) -> Element {
    super::standing::not_excluded(
        facts,
        Some(crate::model::ExcludedPersons::NationalsAndPermanentResidents),
        cite,
    )
}

pub fn stay(facts: &Facts, cite: &Arg) -> Element {
    if facts.enabling_illegal_stay {
        Element::new(N::IllegalStay, cite, S::Met, why("el-stay"))
    } else {
        Element::new(N::IllegalStay, cite, S::Missing, why("el-no-stay"))
    }
}

pub fn benefit(facts: &Facts, cite: &Arg) -> Element {
    match facts.benefit {
        Benefit::Financial => Element::new(N::Benefit, cite, S::Met, why("el-benefit-financial")),
        Benefit::Material => Element::new(N::Benefit, cite, S::Met, why("el-benefit-material")),
        Benefit::None => Element::new(N::Benefit, cite, S::Missing, why("el-no-benefit")),
    }
}

/// A fraudulent travel or identity document produced, procured, provided or
/// possessed (SoM Art. 6(1)(b)). Whether it was for enabling smuggling is
/// read from the other elements: the person's illegal entry into a State of
/// which they are not a national.
pub fn document(facts: &Facts, cite: &Arg) -> Element {
    if facts.documents.is_empty() {
        return Element::new(N::Document, cite, S::Missing, why("el-no-document"));
    }
    let acts = Arg::List(
        facts
            .documents
            .iter()
            .map(|a| Arg::word("document-act", a))
            .collect(),
    );
    Element::new(
        N::Document,
        cite,
        S::Met,
        why("el-document").arg("acts", acts),
    )
}

fn smuggling(facts: &Facts, d: &Definition, cite: &Arg) -> Vec<Element> {
    let conduct = match d.conduct {
        Some(Conduct::IllegalStay) => vec![stay(facts, cite)],
        Some(Conduct::FraudulentDocument) => {
            vec![document(facts, cite), border_entry(facts, cite)]
        }
        Some(Conduct::IllegalEntry) | None => vec![border_entry(facts, cite)],
    };
    let mut out = conduct;
    out.extend([non_national(facts, cite), benefit(facts, cite)]);
    out
}
