//! Classifying a scenario under one offence of a national law. A national
//! list counts only for what it says: unlike the Protocol's, a law's list of
//! exploitation is no minimum, and a child needs no means only where the law
//! says so.

use super::definition::{benefit, border_entry, document, is_child, labels, purposes_text, stay};
use super::elements::{Element, ElementName as N, ElementStatus as S, Outcome, verdict};
use crate::i18n::reason::{Arg, Reason};
use crate::model::{
    Benefit, Border, Crime, Facts, KindRef, Liability, Offence, Purpose, Scope, Sp, TermItem,
    TermList, TermRef, TermSet, Vocabulary,
};

fn why(id: &'static str) -> Reason {
    Reason::new(id)
}

/// What a smuggling-type offence procures or does.
#[derive(Clone, Copy, PartialEq)]
enum Conduct {
    Entry,
    Stay,
    Document,
}

/// Every offence has an outcome: those of a kind with a definition to test
/// against (trafficking, smuggling, enabling illegal stay, fraudulent
/// documents) are weighed element by element; the others say they are not
/// tested, and why.
pub fn classify(vocab: &Vocabulary, facts: &Facts, o: &Offence) -> Outcome {
    let cite = Arg::data(
        o.provisions
            .iter()
            .map(|p| p.value.as_str())
            .collect::<Vec<_>>()
            .join(", "),
    );
    let tested = match o.kind.vocab() {
        Some("trafficking") => Some((
            Some(Crime::Trafficking),
            trafficking(vocab, facts, o, &cite),
        )),
        Some("smuggling") => Some((
            Some(Crime::Smuggling),
            smuggling(facts, o, &cite, Conduct::Entry),
        )),
        Some("enabling_illegal_stay") => Some((
            Some(Crime::Smuggling),
            smuggling(facts, o, &cite, Conduct::Stay),
        )),
        Some("document_fraud") => Some((
            Some(Crime::Smuggling),
            smuggling(facts, o, &cite, Conduct::Document),
        )),
        // The crossing person's own offence: no crime of the Protocols.
        Some("irregular_entry") => Some((None, vec![border_entry(facts, &cite)])),
        _ => None,
    };
    let Some((crime, mut elements)) = tested else {
        return untested(vocab, o);
    };
    if facts.attempt {
        elements.push(attempt(o, &cite));
    }
    if let Some(e) = liability(facts, o, &cite) {
        elements.push(e);
    }
    elements.extend(context(facts, o, &cite));
    if o.scope == Scope::Partial {
        let detail = match &o.note {
            Some(note) => why("el-scope-partial-note").arg("note", Arg::Bilingual(note.clone())),
            None => why("el-scope-partial"),
        };
        elements.push(Element::new(N::Scope, &cite, S::Unknown, detail));
    }
    let aggravations = match &o.aggravations {
        Some(list) => facts
            .aggravations
            .iter()
            .filter(|a| list.find(&a.value).is_some())
            .map(|a| Arg::term(vocab, TermSet::Aggravations, &a.value))
            .collect(),
        None => Vec::new(),
    };
    Outcome {
        id: o.id.value.clone(),
        label: label(vocab, o),
        crime,
        binding: true,
        made_out: Some(verdict(&elements)),
        untested: None,
        elements,
        aggravations,
    }
}

/// Whether the law punishes the attempt, where the case is one.
fn attempt(o: &Offence, cite: &Arg) -> Element {
    match o.attempt.as_ref().map(|f| f.value) {
        Some(true) => Element::new(N::Attempt, cite, S::Met, why("el-attempt-punished")),
        Some(false) => Element::new(N::Attempt, cite, S::Missing, why("el-attempt-not-punished")),
        None => Element::new(N::Attempt, cite, S::Unknown, why("el-attempt-silent")),
    }
}

/// Whose liability is asked, against whom the offence punishes: the
/// crossing person's own offence reaches only the migrant; a smuggling
/// offence leaves the migrant's liability open where the law punishes the
/// migrant (`migrant_liable` does not say under which offence) and excludes
/// it where it does not; a trafficking offence makes the person its object,
/// not its author.
fn liability(facts: &Facts, o: &Offence, cite: &Arg) -> Option<Element> {
    let kind = o.kind.vocab();
    let (status, id) = match (facts.liability, kind) {
        (Liability::Facilitator, Some("irregular_entry")) => (S::Missing, "el-crossing-own-only"),
        (Liability::Facilitator, _) => return None,
        (Liability::Migrant, Some("irregular_entry")) => (S::Met, "el-crossing-own"),
        (Liability::Migrant, Some("trafficking")) => (S::Missing, "el-object-of-conduct"),
        (Liability::Migrant, Some("smuggling")) => {
            match o.migrant_liable.as_ref().map(|f| f.value) {
                // The fact is the law's, not this offence's: the migrant may
                // be punished under another offence (irregular entry).
                Some(true) => (S::Unknown, "el-migrant-liable"),
                Some(false) => (S::Missing, "el-migrant-not-liable"),
                None => (S::Unknown, "el-migrant-liable-silent"),
            }
        }
        (Liability::Migrant, _) => (S::Unknown, "el-migrant-own-conduct-unknown"),
    };
    Some(Element::new(N::Liability, cite, status, why(id)))
}

/// The encoder's label, in Arabic where the encoding gives it, else under
/// the Arabic name of its kind (the offence's id follows it).
fn label(vocab: &Vocabulary, o: &Offence) -> Arg {
    let kind_ar = || {
        o.kind
            .vocab()
            .and_then(|k| vocab.get(TermSet::OffenceKinds, k))
            .map(|t| t.ar.clone())
    };
    match (&o.label, &o.kind) {
        (Some(l), _) => Arg::Bilingual(crate::model::Wording {
            en: l.en.clone(),
            ar: l.ar.clone().or_else(kind_ar),
        }),
        (None, KindRef::Vocab(k)) => Arg::term(vocab, TermSet::OffenceKinds, &k.value),
        (None, KindRef::Other(label)) => Arg::data(label),
    }
}

/// An offence of a kind no definition describes: listed, not weighed.
fn untested(vocab: &Vocabulary, o: &Offence) -> Outcome {
    let kind = match &o.kind {
        KindRef::Vocab(k) => Arg::term(vocab, TermSet::OffenceKinds, &k.value),
        KindRef::Other(_) => Arg::word("untested", "other"),
    };
    Outcome {
        id: o.id.value.clone(),
        label: label(vocab, o),
        crime: None,
        binding: true,
        made_out: None,
        untested: Some(why("el-untested").arg("kind", kind).into()),
        elements: Vec::new(),
        aggravations: Vec::new(),
    }
}

/// The list field an element is read from, as a word (`field-acts`).
fn field(name: N) -> Arg {
    Arg::word(
        "field",
        match name {
            N::Act => "acts",
            N::Means => "means",
            _ => "purposes",
        },
    )
}

/// Matches scenario terms against an offence's list.
fn listed(
    vocab: &Vocabulary,
    set: TermSet,
    name: N,
    list: Option<&TermList>,
    wanted: &[&Sp<String>],
    described: Arg,
    cite: &Arg,
) -> Element {
    let Some(list) = list else {
        return Element::new(
            name,
            cite,
            S::Unknown,
            why("el-list-not-stated").arg("field", field(name)),
        );
    };
    let hits: Vec<(&Sp<String>, &TermItem)> = wanted
        .iter()
        .filter_map(|t| Some((*t, list.find(&t.value)?)))
        .collect();
    let full: Vec<&Sp<String>> = hits
        .iter()
        .filter(|(_, i)| i.scope == Scope::Full)
        .map(|(t, _)| *t)
        .collect();
    if !full.is_empty() {
        return Element::new(name, cite, S::Met, labels(vocab, set, &full));
    }
    // General words that reach any means or exploitation, with examples.
    if list.examples {
        return Element::new(
            name,
            cite,
            S::Met,
            why("el-list-examples")
                .arg("terms", described)
                .arg("field", field(name)),
        );
    }
    // Named only in part: the law may not reach this case.
    if let Some((_, item)) = hits.first() {
        let partial: Vec<&Sp<String>> = hits.iter().map(|(t, _)| *t).collect();
        let reason = why("el-listed-partial")
            .arg("terms", labels(vocab, set, &partial))
            .arg("field", field(name));
        let reason = match &item.note {
            Some(note) => why("el-listed-partial-note")
                .arg("listed", reason)
                .arg("note", Arg::Bilingual(note.clone())),
            None => reason,
        };
        return Element::new(name, cite, S::Unknown, reason);
    }
    // Words of the law that no vocabulary term stands for: whether they
    // reach this case is a reading lexgap does not make.
    let others: Vec<Arg> = list
        .items
        .iter()
        .filter_map(|i| match &i.term {
            TermRef::Other(label) => Some(Arg::data(label)),
            TermRef::Vocab(_) => None,
        })
        .collect();
    let (status, id) = if !others.is_empty() {
        (S::Unknown, "el-list-other")
    } else if list.complete {
        (S::Missing, "el-not-in-list")
    } else {
        (S::Unknown, "el-list-open")
    };
    Element::new(
        name,
        cite,
        status,
        why(id)
            .arg("terms", described)
            .arg("field", field(name))
            .arg("others", Arg::List(others)),
    )
}

fn trafficking(vocab: &Vocabulary, facts: &Facts, o: &Offence, cite: &Arg) -> Vec<Element> {
    let acts: Vec<&Sp<String>> = facts.acts.iter().collect();
    let act = if acts.is_empty() {
        Element::new(N::Act, cite, S::Missing, why("el-no-act"))
    } else {
        listed(
            vocab,
            TermSet::Acts,
            N::Act,
            o.acts.as_ref(),
            &acts,
            labels(vocab, TermSet::Acts, &acts),
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
        Element::new(N::Purpose, cite, S::Missing, why("el-no-purpose"))
    } else {
        listed(
            vocab,
            TermSet::Purposes,
            N::Purpose,
            o.purposes.as_ref(),
            &wanted,
            purposes_text(vocab, &facts.purposes),
            cite,
        )
    };
    vec![act, means, purpose]
}

fn means(vocab: &Vocabulary, facts: &Facts, o: &Offence, cite: &Arg) -> Element {
    if o.requires.means.as_ref().is_some_and(|m| !m.value) {
        return Element::new(N::Means, cite, S::Met, why("el-no-means-needed"));
    }
    let used: Vec<&Sp<String>> = facts.means.iter().collect();
    if !used.is_empty() {
        let e = listed(
            vocab,
            TermSet::Means,
            N::Means,
            o.means.as_ref(),
            &used,
            labels(vocab, TermSet::Means, &used),
            cite,
        );
        if e.status == S::Met {
            return e;
        }
        return child_rule(facts, o, cite).unwrap_or(e);
    }
    child_rule(facts, o, cite)
        .unwrap_or_else(|| Element::new(N::Means, cite, S::Missing, why("el-means-required")))
}

/// The law's own rule on children, where the facts need it.
fn child_rule(facts: &Facts, o: &Offence, cite: &Arg) -> Option<Element> {
    let under = o.child.age.as_ref().map(|a| a.value);
    let child = under.and_then(|u| is_child(facts.age, u));
    let no_means_for_children = o.child.means_required.as_ref().map(|m| !m.value);
    match (child, no_means_for_children) {
        (Some(true), Some(true)) => Some(Element::new(
            N::Means,
            cite,
            S::Met,
            why("el-child-no-means").arg("under", under.unwrap_or(18.0)),
        )),
        (Some(false), _) | (_, Some(false)) => None,
        _ if is_child(facts.age, 18.0) == Some(false) => None,
        _ => Some(Element::new(
            N::Means,
            cite,
            S::Unknown,
            why("el-child-rule-unknown"),
        )),
    }
}

fn smuggling(facts: &Facts, o: &Offence, cite: &Arg, conduct: Conduct) -> Vec<Element> {
    let mut out = match conduct {
        Conduct::Stay => vec![stay(facts, cite)],
        Conduct::Entry => vec![border_entry(facts, cite)],
        Conduct::Document => vec![document(facts, cite), border_entry(facts, cite)],
    };
    let benefit = match o.requires.financial_benefit.as_ref().map(|f| f.value) {
        Some(true) => benefit(facts, cite),
        Some(false) => Element::new(N::Benefit, cite, S::Met, why("el-benefit-not-required")),
        None if facts.benefit != Benefit::None => benefit(facts, cite),
        None => Element::new(N::Benefit, cite, S::Unknown, why("el-benefit-unknown")),
    };
    let rule = o.excluded_persons.as_ref().map(|f| f.value);
    out.extend([super::standing::not_excluded(facts, rule, cite), benefit]);
    if o.humanitarian_exemption.as_ref().is_some_and(|h| h.value) && facts.benefit == Benefit::None
    {
        out.push(Element::new(
            N::NoHumanitarianExemption,
            cite,
            S::Missing,
            why("el-humanitarian"),
        ));
    }
    match o.requires.exploitation.as_ref().map(|f| f.value) {
        Some(true) if facts.purposes.is_empty() => out.push(Element::new(
            N::Exploitation,
            cite,
            S::Missing,
            why("el-exploitation-none"),
        )),
        Some(true) => out.push(Element::new(
            N::Exploitation,
            cite,
            S::Met,
            why("el-exploitation"),
        )),
        None if facts.purposes.is_empty() => out.push(Element::new(
            N::Exploitation,
            cite,
            S::Unknown,
            why("el-exploitation-unknown"),
        )),
        _ => {}
    }
    match o.requires.coercion.as_ref().map(|f| f.value) {
        Some(true) if facts.means.is_empty() => out.push(Element::new(
            N::Coercion,
            cite,
            S::Missing,
            why("el-coercion-none"),
        )),
        Some(true) => out.push(Element::new(N::Coercion, cite, S::Met, why("el-coercion"))),
        None if facts.means.is_empty() => out.push(Element::new(
            N::Coercion,
            cite,
            S::Unknown,
            why("el-coercion-unknown"),
        )),
        _ => {}
    }
    out
}

/// What the offence requires beyond its core: a border crossing,
/// transnationality, an organized criminal group.
fn context(facts: &Facts, o: &Offence, cite: &Arg) -> Vec<Element> {
    let mut out = Vec::new();
    let crossed = facts.border != Border::None;
    for (field, name) in [
        (&o.requires.border_crossing, N::BorderCrossing),
        (&o.requires.transnationality, N::Transnationality),
    ] {
        if field.as_ref().is_some_and(|f| f.value)
            && !matches!(o.kind, KindRef::Vocab(ref k) if k.value == "smuggling" && name == N::BorderCrossing)
        {
            let (status, id) = if crossed {
                (S::Met, "el-requires-crossed")
            } else {
                (S::Missing, "el-requires-within")
            };
            out.push(Element::new(
                name,
                cite,
                status,
                why(id).arg("element", name.reason()),
            ));
        }
    }
    if o.requires.organized_group.as_ref().is_some_and(|f| f.value) {
        let (status, id) = if facts.organized_group {
            (S::Met, "el-group")
        } else {
            (S::Missing, "el-no-group")
        };
        out.push(Element::new(N::OrganizedGroup, cite, status, why(id)));
    }
    out
}
