//! Evaluating a requirement test against a jurisdiction, leaving a trace.
//! The rules are those of docs/FORMAT.md ("Tests").

use super::Status;
use super::describe::test_reason;
use super::need::Need;
use super::trace::{Evidence, Trace};
use crate::i18n::reason::{Arg, Reason};
use crate::model::{Fact, Jurisdiction, Offence, Scope, Sp, TermItem, TermSet, Test, Vocabulary};

pub fn evaluate(t: &Test, j: &Jurisdiction, vocab: &Vocabulary) -> Trace {
    let mut trace = evaluate_inner(t, j, vocab);
    trace.kind = t.kind_name();
    trace
}

fn offence_arg(o: &Offence) -> Arg {
    Arg::data(&o.id.value)
}

/// "`field` not encoded" for an offence.
fn not_encoded(o: &Offence, field: &str) -> Reason {
    Reason::new("reason-not-encoded")
        .arg("offence", offence_arg(o))
        .arg("field", Arg::data(field))
}

fn evaluate_inner(t: &Test, j: &Jurisdiction, vocab: &Vocabulary) -> Trace {
    let test = test_reason(t, vocab);
    match t {
        Test::Offence { kind } => {
            let offences: Vec<&Offence> = j.offences_of_kind(&kind.value).collect();
            if offences.is_empty() {
                return absent_kind(test, j, &kind.value, vocab);
            }
            let evidence = settled_by(j, offences.iter().map(|o| offence_evidence(o)).collect());
            let full: Vec<&str> = offences
                .iter()
                .filter(|o| o.scope == Scope::Full)
                .map(|o| o.id.value.as_str())
                .collect();
            if full.is_empty() {
                let parts: Vec<Reason> = offences
                    .iter()
                    .map(|o| match &o.note {
                        Some(n) => Reason::new("reason-offence-partial-note")
                            .arg("offence", offence_arg(o))
                            .arg("note", Arg::Bilingual(n.clone())),
                        None => {
                            Reason::new("reason-offence-partial").arg("offence", offence_arg(o))
                        }
                    })
                    .collect();
                return Trace::leaf(test, Status::Partial, parts, evidence);
            }
            Trace::leaf(
                test,
                Status::Met,
                vec![Reason::new("reason-offence-of-kind").arg("offences", Arg::list(full))],
                evidence,
            )
        }
        Test::Measure { measure } => {
            if let Some(m) = j.measures.iter().find(|m| m.measure.value == measure.value) {
                let status = if m.scope == Scope::Partial {
                    Status::Partial
                } else {
                    Status::Met
                };
                let detail = match (&m.note, m.scope) {
                    (Some(n), Scope::Partial) => Reason::new("reason-measure-partial-note")
                        .arg("note", Arg::Bilingual(n.clone())),
                    (_, Scope::Partial) => Reason::new("reason-measure-partial"),
                    _ => Reason::new("reason-measure-provided"),
                };
                let ev = Evidence::new(refs(&m.provisions), None, m.note.clone());
                return Trace::leaf(test, status, vec![detail], vec![ev]);
            }
            if let Some(np) = j.not_provided(&measure.value) {
                let laws = Arg::list(np.laws.iter().map(|l| l.value.as_str()));
                let detail = Reason::new("reason-measure-absent").arg("laws", laws);
                let ev = Evidence::new(Vec::new(), None, np.note.clone());
                return Trace::leaf(test, Status::Gap, vec![detail], vec![ev]);
            }
            Trace::leaf(
                test,
                Status::Unknown,
                vec![Reason::new("reason-measure-silent")],
                Vec::new(),
            )
            .needing(vec![Need::Measure {
                measure: measure.value.clone(),
            }])
        }
        Test::Lists {
            offence,
            field,
            term,
        } => per_offence(test, j, offence, vocab, list_need(field), |o| {
            let Some(set) = Test::list_set(&field.value) else {
                return (
                    Status::Unknown,
                    Reason::new("reason-no-list").arg("field", Arg::data(&field.value)),
                    None,
                );
            };
            let label = Arg::term(vocab, set, &term.value);
            let list = crate::model::ListField::from_name(&field.value).and_then(|f| o.list(f));
            match list {
                None => (Status::Unknown, not_encoded(o, &field.value), None),
                Some(list) => match list.find(&term.value) {
                    // Named in part, but reached in full by the law's
                    // general words (the list names examples).
                    Some(item) if !(item.scope == Scope::Partial && list.examples) => {
                        let st = if item.scope == Scope::Partial {
                            Status::Partial
                        } else {
                            Status::Met
                        };
                        let id = if st == Status::Partial {
                            "reason-lists-partial"
                        } else {
                            "reason-lists"
                        };
                        let ev = Evidence::new(
                            own_or_offence(o, &item.provisions),
                            Some(format!("{}.{} ∋ {}", o.id.value, field.value, term.value)),
                            item.note.clone(),
                        );
                        let why = Reason::new(id)
                            .arg("offence", offence_arg(o))
                            .arg("term", label);
                        (st, why, Some(ev))
                    }
                    _ if list.examples => {
                        let ev = Evidence::new(
                            list_provisions(o, list),
                            Some(format!(
                                "{}.{} = any, e.g. … ⇒ {}",
                                o.id.value, field.value, term.value
                            )),
                            None,
                        );
                        let why = Reason::new("reason-lists-examples")
                            .arg("offence", offence_arg(o))
                            .arg("field", Arg::word("field", &field.value))
                            .arg("term", label);
                        (Status::Met, why, Some(ev))
                    }
                    None if list.complete => {
                        let ev = Evidence::new(
                            refs(&o.provisions),
                            Some(format!("{}.{} ∌ {}", o.id.value, field.value, term.value)),
                            None,
                        );
                        let why = Reason::new("reason-lists-missing")
                            .arg("offence", offence_arg(o))
                            .arg("field", Arg::word("field", &field.value))
                            .arg("term", label);
                        (Status::Gap, why, Some(ev))
                    }
                    _ => (
                        Status::Unknown,
                        Reason::new("reason-lists-open")
                            .arg("offence", offence_arg(o))
                            .arg("field", Arg::word("field", &field.value))
                            .arg("term", label),
                        None,
                    ),
                },
            }
        }),
        Test::Fact {
            offence,
            field,
            is,
            otherwise,
        } => per_offence(test, j, offence, vocab, fact_need(field), |o| {
            match o.bool_fact(&field.value) {
                None => match not_an_element(o, &field.value, vocab) {
                    Some((term, item)) => {
                        let ev = Evidence::new(
                            own_or_offence(o, &item.provisions),
                            Some(format!(
                                "{}.aggravations ∋ {term} ⇒ {} = false",
                                o.id.value, field.value
                            )),
                            item.note.clone(),
                        );
                        let why = Reason::new("reason-fact-inferred")
                            .arg("offence", offence_arg(o))
                            .arg("field", Arg::data(&field.value))
                            .arg("value", Arg::word("bool", false))
                            .arg("term", Arg::term(vocab, TermSet::Aggravations, term));
                        let status = if *is { *otherwise } else { Status::Met };
                        (status, why, Some(ev))
                    }
                    None => (Status::Unknown, not_encoded(o, &field.value), None),
                },
                Some(f) => {
                    let ev = fact_evidence(o, &field.value, f, f.value.to_string());
                    if f.value == *is {
                        let why = in_part(
                            f,
                            [
                                "reason-fact-is",
                                "reason-fact-is-partial",
                                "reason-fact-is-partial-note",
                            ],
                        )
                        .arg("offence", offence_arg(o))
                        .arg("field", Arg::data(&field.value))
                        .arg("value", Arg::word("bool", f.value));
                        (scoped(f), why, Some(ev))
                    } else {
                        let why = Reason::new("reason-fact-required")
                            .arg("offence", offence_arg(o))
                            .arg("field", Arg::data(&field.value))
                            .arg("value", Arg::word("bool", f.value))
                            .arg("required", Arg::word("bool", is));
                        (*otherwise, why, Some(ev))
                    }
                }
            }
        }),
        Test::AtLeast {
            offence,
            field,
            min,
        } => per_offence(test, j, offence, vocab, fact_need(field), |o| {
            match o.number_fact(&field.value) {
                None => (Status::Unknown, not_encoded(o, &field.value), None),
                Some(f) => {
                    let ev = fact_evidence(o, &field.value, f, fmt_num(f.value));
                    if f.value >= *min {
                        let why = in_part(
                            f,
                            [
                                "reason-at-least",
                                "reason-at-least-partial",
                                "reason-at-least-partial-note",
                            ],
                        )
                        .arg("offence", offence_arg(o))
                        .arg("field", Arg::data(&field.value))
                        .arg("value", f.value)
                        .arg("min", *min);
                        (scoped(f), why, Some(ev))
                    } else {
                        let why = Reason::new("reason-below")
                            .arg("offence", offence_arg(o))
                            .arg("field", Arg::data(&field.value))
                            .arg("value", f.value)
                            .arg("min", *min);
                        (Status::Gap, why, Some(ev))
                    }
                }
            }
        }),
        Test::All(ts) => {
            let children: Vec<Trace> = ts.iter().map(|t| evaluate(t, j, vocab)).collect();
            let status = combine_all(children.iter().map(|c| c.status));
            Trace::node(test, status, children)
        }
        Test::Any(ts) => {
            let children: Vec<Trace> = ts.iter().map(|t| evaluate(t, j, vocab)).collect();
            let status = children
                .iter()
                .map(|c| c.status)
                .max_by_key(|s| s.rank_best())
                .unwrap_or(Status::Unknown);
            Trace::node(test, status, children)
        }
    }
}

/// `all`: conflict if any part conflicts; met if all are met; a gap beside a
/// met or partial part makes partial; only gaps (and unknowns) make gap;
/// otherwise unknown if any part is unknown, else partial.
pub fn combine_all(statuses: impl Iterator<Item = Status>) -> Status {
    let v: Vec<Status> = statuses.collect();
    let has = |s: Status| v.contains(&s);
    if has(Status::Conflict) {
        Status::Conflict
    } else if v.iter().all(|s| *s == Status::Met) {
        Status::Met
    } else if has(Status::Gap) {
        if has(Status::Met) || has(Status::Partial) {
            Status::Partial
        } else {
            Status::Gap
        }
    } else if has(Status::Unknown) {
        Status::Unknown
    } else {
        Status::Partial
    }
}

/// What would settle a fact test left unknown on an offence: the fact.
fn fact_need(field: &Sp<String>) -> impl Fn(&Offence) -> Option<Need> + '_ {
    |o| {
        Some(Need::Fact {
            offence: o.id.value.clone(),
            field: field.value.clone(),
        })
    }
}

/// What would settle a list test left unknown on an offence: the list, where
/// it is not encoded; the rest of it, where it is open.
fn list_need(field: &Sp<String>) -> impl Fn(&Offence) -> Option<Need> + '_ {
    |o| {
        let offence = o.id.value.clone();
        let field = field.value.clone();
        let list = crate::model::ListField::from_name(&field)?;
        Some(match o.list(list) {
            None => Need::Fact { offence, field },
            Some(_) => Need::OpenList { offence, field },
        })
    }
}

/// Evaluates `f` on every offence of the kind; the best status counts.
/// Where it is unknown, any offence left unknown could settle it (`need`).
fn per_offence(
    test: Reason,
    j: &Jurisdiction,
    kind: &Sp<String>,
    vocab: &Vocabulary,
    need: impl Fn(&Offence) -> Option<Need>,
    f: impl Fn(&Offence) -> (Status, Reason, Option<Evidence>),
) -> Trace {
    let offences: Vec<&Offence> = j.offences_of_kind(&kind.value).collect();
    if offences.is_empty() {
        return absent_kind(test, j, &kind.value, vocab);
    }
    let results: Vec<(Status, Reason, Option<Evidence>)> = offences.iter().map(|o| f(o)).collect();
    let status = results
        .iter()
        .map(|r| r.0)
        .max_by_key(|s| s.rank_best())
        .unwrap_or(Status::Unknown);
    let detail = results.iter().map(|r| r.1.clone()).collect();
    let needs = if status == Status::Unknown {
        offences
            .iter()
            .zip(&results)
            .filter(|(_, r)| r.0 == Status::Unknown)
            .filter_map(|(o, _)| need(o))
            .collect()
    } else {
        Vec::new()
    };
    // Only the offences that decide the status are evidence for it; and
    // where the law's own words settle it, a summary saying the same thing
    // is not what the finding rests on.
    let deciding: Vec<Evidence> = results
        .into_iter()
        .filter(|r| r.0 == status)
        .filter_map(|r| r.2)
        .collect();
    Trace::leaf(test, status, detail, settled_by(j, deciding)).needing(needs)
}

/// Of the evidence that decides a status, what the finding rests on: where
/// some of it is the law's own words alone, that part; a secondary summary
/// saying the same thing adds nothing to it.
fn settled_by(j: &Jurisdiction, deciding: Vec<Evidence>) -> Vec<Evidence> {
    let verbatim = |e: &Evidence| {
        !e.provisions.is_empty()
            && e.provisions
                .iter()
                .all(|p| j.provision(p).is_some_and(|p| !p.text.is_secondary()))
    };
    if deciding.iter().any(verbatim) {
        deciding.into_iter().filter(verbatim).collect()
    } else {
        deciding
    }
}

fn absent_kind(test: Reason, j: &Jurisdiction, kind: &str, vocab: &Vocabulary) -> Trace {
    let label = Arg::term(vocab, TermSet::OffenceKinds, kind);
    match j.not_provided(kind) {
        Some(np) => {
            let laws = Arg::list(np.laws.iter().map(|l| l.value.as_str()));
            let ev = Evidence::new(Vec::new(), None, np.note.clone());
            Trace::leaf(
                test,
                Status::Gap,
                vec![
                    Reason::new("reason-no-offence-read")
                        .arg("kind", label)
                        .arg("laws", laws),
                ],
                vec![ev],
            )
        }
        None => Trace::leaf(
            test,
            Status::Unknown,
            vec![Reason::new("reason-no-offence").arg("kind", label)],
            Vec::new(),
        )
        .needing(vec![Need::Offence {
            kind: kind.to_owned(),
        }]),
    }
}

/// The message for a fact that holds: in full, in part, or in part with the
/// encoder's note.
fn in_part<T>(f: &Fact<T>, ids: [&'static str; 3]) -> Reason {
    match (f.scope, &f.note) {
        (Scope::Partial, Some(n)) => Reason::new(ids[2]).arg("note", Arg::Bilingual(n.clone())),
        (Scope::Partial, None) => Reason::new(ids[1]),
        _ => Reason::new(ids[0]),
    }
}

fn scoped<T>(f: &Fact<T>) -> Status {
    if f.scope == Scope::Partial {
        Status::Partial
    } else {
        Status::Met
    }
}

fn refs(v: &[Sp<String>]) -> Vec<String> {
    v.iter().map(|s| s.value.clone()).collect()
}

fn offence_evidence(o: &Offence) -> Evidence {
    Evidence::new(
        refs(&o.provisions),
        Some(format!("{} exists", o.id.value)),
        o.note.clone(),
    )
}

/// Where the encoding is silent on a `requires.*` fact, an aggravating
/// circumstance the vocabulary marks `not_an_element` of it shows that the
/// basic offence does not require it: the same inference for every file,
/// drawn here rather than by each encoder (docs/CHECKING.md).
fn not_an_element<'o, 'v>(
    o: &'o Offence,
    field: &str,
    vocab: &'v Vocabulary,
) -> Option<(&'v str, &'o TermItem)> {
    let aggravations = o.aggravations.as_ref()?;
    vocab
        .set(TermSet::Aggravations)
        .iter()
        .filter(|t| t.not_an_element.as_ref().is_some_and(|f| f.value == field))
        .find_map(|t| {
            aggravations
                .find(&t.id.value)
                .map(|item| (t.id.value.as_str(), item))
        })
}

/// A term's or fact's own provisions, or else its offence's.
/// The provisions a list rests on: those its items cite (where its general
/// words are), else the offence's.
fn list_provisions(o: &Offence, list: &crate::model::TermList) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in list.items.iter().flat_map(|i| &i.provisions) {
        if !out.contains(&p.value) {
            out.push(p.value.clone());
        }
    }
    if out.is_empty() {
        refs(&o.provisions)
    } else {
        out
    }
}

fn own_or_offence(o: &Offence, own: &[Sp<String>]) -> Vec<String> {
    if own.is_empty() {
        refs(&o.provisions)
    } else {
        refs(own)
    }
}

fn fact_evidence<T>(o: &Offence, field: &str, f: &Fact<T>, value: String) -> Evidence {
    Evidence::new(
        own_or_offence(o, &f.provisions),
        Some(format!("{}.{field} = {value}", o.id.value)),
        f.note.clone(),
    )
}

pub fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v}")
    }
}

#[cfg(test)]
mod tests {
    use super::combine_all;
    use crate::check::Status::{self, *};

    fn all(v: &[Status]) -> Status {
        combine_all(v.iter().copied())
    }

    #[test]
    fn all_follows_the_documented_rules() {
        assert_eq!(all(&[Met, Met]), Met);
        assert_eq!(all(&[Met, Conflict, Gap]), Conflict);
        assert_eq!(all(&[Met, Gap]), Partial);
        assert_eq!(all(&[Partial, Gap]), Partial);
        assert_eq!(all(&[Gap, Unknown]), Gap);
        assert_eq!(all(&[Met, Unknown]), Unknown);
        assert_eq!(all(&[Met, Partial]), Partial);
    }
}
