//! Classifying a scenario under one offence of a national law. A national
//! list counts only for what it says: unlike the Protocol's, a law's list of
//! exploitation is no minimum, and a child needs no means only where the law
//! says so.

use super::definition::{
    benefit, border_entry, is_child, labels, non_national, purposes_text, stay,
};
use super::elements::{Element, ElementStatus as S, Outcome, verdict};
use crate::model::{
    Benefit, Border, Crime, Facts, KindRef, Offence, Purpose, Scope, Sp, TermList, TermSet,
    Vocabulary,
};

/// `None` for offences that are neither trafficking, smuggling nor enabling
/// illegal stay: they are not classified.
pub fn classify(vocab: &Vocabulary, facts: &Facts, o: &Offence) -> Option<Outcome> {
    let kind = o.kind.vocab()?;
    let cite = o
        .provisions
        .iter()
        .map(|p| p.value.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let (crime, mut elements) = match kind {
        "trafficking" => (Crime::Trafficking, trafficking(vocab, facts, o, &cite)),
        "smuggling" => (Crime::Smuggling, smuggling(facts, o, &cite, false)),
        "enabling_illegal_stay" => (Crime::Smuggling, smuggling(facts, o, &cite, true)),
        _ => return None,
    };
    elements.extend(context(facts, o, &cite));
    if o.scope == Scope::Partial {
        let note = o.note.as_deref().unwrap_or("see the encoding");
        elements.push(Element::new(
            "scope",
            &cite,
            S::Unknown,
            format!("the offence covers its kind only in part: {note}"),
        ));
    }
    let aggravations = match &o.aggravations {
        Some(list) => facts
            .aggravations
            .iter()
            .filter(|a| list.find(&a.value).is_some())
            .map(|a| vocab.label(TermSet::Aggravations, &a.value).to_owned())
            .collect(),
        None => Vec::new(),
    };
    Some(Outcome {
        id: o.id.value.clone(),
        label: o
            .label
            .clone()
            .unwrap_or_else(|| vocab.label(TermSet::OffenceKinds, kind).to_owned()),
        crime: Some(crime),
        binding: true,
        made_out: verdict(&elements),
        elements,
        aggravations,
    })
}

fn plural(name: &str) -> String {
    if name.ends_with('s') {
        name.to_owned()
    } else {
        format!("{name}s")
    }
}

/// Matches scenario terms against an offence's list.
fn listed(
    vocab: &Vocabulary,
    set: TermSet,
    name: &str,
    list: Option<&TermList>,
    wanted: &[&Sp<String>],
    described: &str,
    cite: &str,
) -> Element {
    let Some(list) = list else {
        return Element::new(
            name,
            cite,
            S::Unknown,
            format!("the encoding does not state the offence's {}", plural(name)),
        );
    };
    let hits: Vec<&Sp<String>> = wanted
        .iter()
        .copied()
        .filter(|t| list.find(&t.value).is_some())
        .collect();
    if !hits.is_empty() {
        return Element::new(name, cite, S::Met, labels(vocab, set, &hits));
    }
    if list.complete {
        Element::new(
            name,
            cite,
            S::Missing,
            format!("{described}: not among the offence's {}", plural(name)),
        )
    } else {
        Element::new(
            name,
            cite,
            S::Unknown,
            format!(
                "{described}: not named, and the offence's list of {} is open (read only in part, or not exhaustive)",
                plural(name)
            ),
        )
    }
}

fn trafficking(vocab: &Vocabulary, facts: &Facts, o: &Offence, cite: &str) -> Vec<Element> {
    let acts: Vec<&Sp<String>> = facts.acts.iter().collect();
    let act = if acts.is_empty() {
        Element::new(
            "act",
            cite,
            S::Missing,
            "no act of moving or holding the person".to_owned(),
        )
    } else {
        listed(
            vocab,
            TermSet::Acts,
            "act",
            o.acts.as_ref(),
            &acts,
            &labels(vocab, TermSet::Acts, &acts),
            cite,
        )
    };

    let means = means(vocab, facts, o, cite);

    let wanted: Vec<&Sp<String>> = facts
        .purposes
        .iter()
        .filter_map(|p| match p {
            Purpose::Vocab(t) => Some(t),
            Purpose::Other(_) => None,
        })
        .collect();
    let purpose = if facts.purposes.is_empty() {
        Element::new(
            "purpose",
            cite,
            S::Missing,
            "no purpose of exploitation".to_owned(),
        )
    } else {
        listed(
            vocab,
            TermSet::Purposes,
            "purpose",
            o.purposes.as_ref(),
            &wanted,
            &purposes_text(vocab, &facts.purposes),
            cite,
        )
    };
    vec![act, means, purpose]
}

fn means(vocab: &Vocabulary, facts: &Facts, o: &Offence, cite: &str) -> Element {
    if o.requires.means.as_ref().is_some_and(|m| !m.value) {
        return Element::new(
            "means",
            cite,
            S::Met,
            "the offence needs no means".to_owned(),
        );
    }
    let used: Vec<&Sp<String>> = facts.means.iter().collect();
    if !used.is_empty() {
        let e = listed(
            vocab,
            TermSet::Means,
            "means",
            o.means.as_ref(),
            &used,
            &labels(vocab, TermSet::Means, &used),
            cite,
        );
        if e.status == S::Met {
            return e;
        }
        return child_rule(facts, o, cite).unwrap_or(e);
    }
    child_rule(facts, o, cite).unwrap_or_else(|| {
        Element::new(
            "means",
            cite,
            S::Missing,
            "no means was used, and the offence requires one".to_owned(),
        )
    })
}

/// The law's own rule on children, where the facts need it.
fn child_rule(facts: &Facts, o: &Offence, cite: &str) -> Option<Element> {
    let under = o.child.age.as_ref().map(|a| a.value);
    let child = under.and_then(|u| is_child(facts.age, u));
    let no_means_for_children = o.child.means_required.as_ref().map(|m| !m.value);
    match (child, no_means_for_children) {
        (Some(true), Some(true)) => Some(Element::new(
            "means",
            cite,
            S::Met,
            format!("the person is a child under the law (under {}), and the law needs no means for children", under.unwrap_or(18.0)),
        )),
        (Some(false), _) | (_, Some(false)) => None,
        _ if is_child(facts.age, 18.0) == Some(false) => None,
        _ => Some(Element::new(
            "means",
            cite,
            S::Unknown,
            "no means of the offence was used; whether the law dispenses with the means for this person as a child is not encoded".to_owned(),
        )),
    }
}

fn smuggling(facts: &Facts, o: &Offence, cite: &str, stay_offence: bool) -> Vec<Element> {
    let conduct = if stay_offence {
        stay(facts, cite)
    } else {
        border_entry(facts, cite)
    };
    let benefit = match o.requires.financial_benefit.as_ref().map(|f| f.value) {
        Some(true) => benefit(facts, cite),
        Some(false) => Element::new(
            "financial or other material benefit",
            cite,
            S::Met,
            "the offence does not require a benefit".to_owned(),
        ),
        None if facts.benefit != Benefit::None => benefit(facts, cite),
        None => Element::new(
            "financial or other material benefit",
            cite,
            S::Unknown,
            "no benefit was sought; the encoding does not say whether the offence requires one"
                .to_owned(),
        ),
    };
    let mut out = vec![conduct, non_national(facts, cite), benefit];
    if o.humanitarian_exemption.as_ref().is_some_and(|h| h.value) && facts.benefit == Benefit::None
    {
        out.push(Element::new(
            "no humanitarian exemption",
            cite,
            S::Missing,
            "the law exempts help given without benefit".to_owned(),
        ));
    }
    match o.requires.exploitation.as_ref().map(|f| f.value) {
        Some(true) if facts.purposes.is_empty() => out.push(Element::new(
            "exploitation",
            cite,
            S::Missing,
            "the offence requires exploitation; there was none".to_owned(),
        )),
        Some(true) => out.push(Element::new(
            "exploitation",
            cite,
            S::Met,
            "the offence requires exploitation; there was".to_owned(),
        )),
        None if facts.purposes.is_empty() => out.push(Element::new(
            "exploitation",
            cite,
            S::Unknown,
            "there was no exploitation; the encoding does not say whether the offence requires it"
                .to_owned(),
        )),
        _ => {}
    }
    match o.requires.coercion.as_ref().map(|f| f.value) {
        Some(true) if facts.means.is_empty() => out.push(Element::new(
            "coercion",
            cite,
            S::Missing,
            "the offence requires coercion; there was none".to_owned(),
        )),
        Some(true) => out.push(Element::new(
            "coercion",
            cite,
            S::Met,
            "the offence requires coercion; there was".to_owned(),
        )),
        None if facts.means.is_empty() => out.push(Element::new(
            "coercion",
            cite,
            S::Unknown,
            "there was no coercion; the encoding does not say whether the offence requires it"
                .to_owned(),
        )),
        _ => {}
    }
    out
}

/// What the offence requires beyond its core: a border crossing,
/// transnationality, an organized criminal group.
fn context(facts: &Facts, o: &Offence, cite: &str) -> Vec<Element> {
    let mut out = Vec::new();
    let crossed = facts.border != Border::None;
    for (field, name) in [
        (&o.requires.border_crossing, "border crossing"),
        (&o.requires.transnationality, "transnationality"),
    ] {
        if field.as_ref().is_some_and(|f| f.value)
            && !matches!(o.kind, KindRef::Vocab(ref k) if k.value == "smuggling" && name == "border crossing")
        {
            let (status, detail) = if crossed {
                (
                    S::Met,
                    format!("the offence requires {name}; a border was crossed"),
                )
            } else {
                (
                    S::Missing,
                    format!("the offence requires {name}; the conduct stayed within one country"),
                )
            };
            out.push(Element::new(name, cite, status, detail));
        }
    }
    if o.requires.organized_group.as_ref().is_some_and(|f| f.value) {
        let (status, detail) = if facts.organized_group {
            (
                S::Met,
                "the offence requires an organized criminal group; one was involved".to_owned(),
            )
        } else {
            (
                S::Missing,
                "the offence requires an organized criminal group; none was involved".to_owned(),
            )
        };
        out.push(Element::new(
            "organized criminal group",
            cite,
            status,
            detail,
        ));
    }
    out
}
