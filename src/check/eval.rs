//! Evaluating a requirement test against a jurisdiction, leaving a trace.
//! The rules are those of docs/FORMAT.md ("Tests").

use super::Status;
use super::describe::describe_test;
use super::finding::{Evidence, Trace};
use crate::model::{Fact, Jurisdiction, Offence, Scope, Sp, TermSet, Test, Vocabulary};

pub fn evaluate(t: &Test, j: &Jurisdiction, vocab: &Vocabulary) -> Trace {
    let mut trace = evaluate_inner(t, j, vocab);
    trace.kind = t.kind_name();
    trace
}

fn evaluate_inner(t: &Test, j: &Jurisdiction, vocab: &Vocabulary) -> Trace {
    let test = describe_test(t, vocab);
    match t {
        Test::Offence { kind } => {
            let offences: Vec<&Offence> = j.offences_of_kind(&kind.value).collect();
            if offences.is_empty() {
                return absent_kind(test, j, &kind.value, vocab);
            }
            let evidence = offences.iter().map(|o| offence_evidence(o)).collect();
            let full: Vec<&str> = offences
                .iter()
                .filter(|o| o.scope == Scope::Full)
                .map(|o| o.id.value.as_str())
                .collect();
            if full.is_empty() {
                let parts: Vec<String> = offences
                    .iter()
                    .map(|o| match &o.note {
                        Some(n) => format!("{} covers this conduct only in part: {n}", o.id.value),
                        None => format!("{} covers this conduct only in part", o.id.value),
                    })
                    .collect();
                return Trace::leaf(test, Status::Partial, parts.join("; "), evidence);
            }
            Trace::leaf(
                test,
                Status::Met,
                format!("offence {} is of this kind", full.join(", ")),
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
                    (Some(n), Scope::Partial) => format!("provided in part: {n}"),
                    (_, Scope::Partial) => "provided in part".to_owned(),
                    _ => "provided".to_owned(),
                };
                let ev = Evidence::new(refs(&m.provisions), None, m.note.clone());
                return Trace::leaf(test, status, detail, vec![ev]);
            }
            if let Some(np) = j.not_provided(&measure.value) {
                let laws: Vec<&str> = np.laws.iter().map(|l| l.value.as_str()).collect();
                let detail = format!("absent from {}, read in full", laws.join(", "));
                let ev = Evidence::new(Vec::new(), None, np.note.clone());
                return Trace::leaf(test, Status::Gap, detail, vec![ev]);
            }
            Trace::leaf(
                test,
                Status::Unknown,
                "the encoding is silent on this measure".to_owned(),
                Vec::new(),
            )
        }
        Test::Lists {
            offence,
            field,
            term,
        } => per_offence(test, j, offence, vocab, |o| {
            let Some(set) = Test::list_set(&field.value) else {
                return (Status::Unknown, format!("no list `{}`", field.value), None);
            };
            let label = vocab.label(set, &term.value);
            let list = crate::model::ListField::from_name(&field.value).and_then(|f| o.list(f));
            match list {
                None => (
                    Status::Unknown,
                    format!("{}: `{}` not encoded", o.id.value, field.value),
                    None,
                ),
                Some(list) => match list.find(&term.value) {
                    Some(item) => {
                        let st = if item.scope == Scope::Partial {
                            Status::Partial
                        } else {
                            Status::Met
                        };
                        let part = if st == Status::Partial {
                            " (in part)"
                        } else {
                            ""
                        };
                        let provs = if item.provisions.is_empty() {
                            refs(&o.provisions)
                        } else {
                            refs(&item.provisions)
                        };
                        let ev = Evidence::new(
                            provs,
                            Some(format!("{}.{} ∋ {}", o.id.value, field.value, term.value)),
                            item.note.clone(),
                        );
                        (st, format!("{}: lists {label}{part}", o.id.value), Some(ev))
                    }
                    None if list.complete => {
                        let ev = Evidence::new(
                            refs(&o.provisions),
                            Some(format!("{}.{} ∌ {}", o.id.value, field.value, term.value)),
                            None,
                        );
                        (
                            Status::Gap,
                            format!("{}: its {} do not include {label}", o.id.value, field.value),
                            Some(ev),
                        )
                    }
                    None => (
                        Status::Unknown,
                        format!(
                            "{}: its {} were read only in part and do not name {label}",
                            o.id.value, field.value
                        ),
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
        } => per_offence(test, j, offence, vocab, |o| {
            match o.bool_fact(&field.value) {
                None => (
                    Status::Unknown,
                    format!("{}: `{}` not encoded", o.id.value, field.value),
                    None,
                ),
                Some(f) => {
                    let ev = fact_evidence(o, &field.value, f, f.value.to_string());
                    if f.value == *is {
                        let st = scoped(f);
                        (
                            st,
                            format!(
                                "{}: {} is {}{}",
                                o.id.value,
                                field.value,
                                f.value,
                                in_part(f)
                            ),
                            Some(ev),
                        )
                    } else {
                        (
                            *otherwise,
                            format!(
                                "{}: {} is {} (required: {is})",
                                o.id.value, field.value, f.value
                            ),
                            Some(ev),
                        )
                    }
                }
            }
        }),
        Test::AtLeast {
            offence,
            field,
            min,
        } => per_offence(test, j, offence, vocab, |o| {
            match o.number_fact(&field.value) {
                None => (
                    Status::Unknown,
                    format!("{}: `{}` not encoded", o.id.value, field.value),
                    None,
                ),
                Some(f) => {
                    let ev = fact_evidence(o, &field.value, f, fmt_num(f.value));
                    if f.value >= *min {
                        let detail = format!(
                            "{}: {} is {} (at least {}){}",
                            o.id.value,
                            field.value,
                            fmt_num(f.value),
                            fmt_num(*min),
                            in_part(f)
                        );
                        (scoped(f), detail, Some(ev))
                    } else {
                        (
                            Status::Gap,
                            format!(
                                "{}: {} is {} (below {})",
                                o.id.value,
                                field.value,
                                fmt_num(f.value),
                                fmt_num(*min)
                            ),
                            Some(ev),
                        )
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

/// Evaluates `f` on every offence of the kind; the best status counts.
fn per_offence(
    test: String,
    j: &Jurisdiction,
    kind: &Sp<String>,
    vocab: &Vocabulary,
    f: impl Fn(&Offence) -> (Status, String, Option<Evidence>),
) -> Trace {
    let offences: Vec<&Offence> = j.offences_of_kind(&kind.value).collect();
    if offences.is_empty() {
        return absent_kind(test, j, &kind.value, vocab);
    }
    let results: Vec<(Status, String, Option<Evidence>)> = offences.iter().map(|o| f(o)).collect();
    let status = results
        .iter()
        .map(|r| r.0)
        .max_by_key(|s| s.rank_best())
        .unwrap_or(Status::Unknown);
    let detail = results
        .iter()
        .map(|r| r.1.as_str())
        .collect::<Vec<_>>()
        .join("; ");
    // Only the offences that decide the status are evidence for it.
    let evidence = results
        .into_iter()
        .filter(|r| r.0 == status)
        .filter_map(|r| r.2)
        .collect();
    Trace::leaf(test, status, detail, evidence)
}

fn absent_kind(test: String, j: &Jurisdiction, kind: &str, vocab: &Vocabulary) -> Trace {
    let label = vocab.label(TermSet::OffenceKinds, kind);
    match j.not_provided(kind) {
        Some(np) => {
            let laws: Vec<&str> = np.laws.iter().map(|l| l.value.as_str()).collect();
            let ev = Evidence::new(Vec::new(), None, np.note.clone());
            Trace::leaf(
                test,
                Status::Gap,
                format!("no offence of {label} in {}, read in full", laws.join(", ")),
                vec![ev],
            )
        }
        None => Trace::leaf(
            test,
            Status::Unknown,
            format!("the encoding has no offence of {label}"),
            Vec::new(),
        ),
    }
}

fn in_part<T>(f: &Fact<T>) -> String {
    match (f.scope, &f.note) {
        (Scope::Partial, Some(n)) => format!(", in part: {n}"),
        (Scope::Partial, None) => ", in part".to_owned(),
        _ => String::new(),
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

fn fact_evidence<T>(o: &Offence, field: &str, f: &Fact<T>, value: String) -> Evidence {
    let provs = if f.provisions.is_empty() {
        refs(&o.provisions)
    } else {
        refs(&f.provisions)
    };
    Evidence::new(
        provs,
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
