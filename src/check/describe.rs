//! Tests in words, for traces and for `lexgap explain`.

use super::eval::fmt_num;
use crate::model::{TermSet, Test, Vocabulary};

pub fn describe_test(t: &Test, vocab: &Vocabulary) -> String {
    let kind = |k: &str| vocab.label(TermSet::OffenceKinds, k).to_owned();
    match t {
        Test::Offence { kind: k } => format!("an offence of {} exists", kind(&k.value)),
        Test::Measure { measure } => format!(
            "the law provides: {}",
            vocab.label(TermSet::Measures, &measure.value)
        ),
        Test::Lists {
            offence,
            field,
            term,
        } => {
            let label = Test::list_set(&field.value)
                .map_or(term.value.as_str(), |s| vocab.label(s, &term.value));
            format!(
                "the offence of {} includes {label} among its {}",
                kind(&offence.value),
                field.value
            )
        }
        Test::Fact {
            offence,
            field,
            is,
            otherwise,
        } => format!(
            "for the offence of {}, `{}` is {is} (otherwise {otherwise})",
            kind(&offence.value),
            field.value
        ),
        Test::AtLeast {
            offence,
            field,
            min,
        } => {
            format!(
                "for the offence of {}, `{}` is at least {}",
                kind(&offence.value),
                field.value,
                fmt_num(*min)
            )
        }
        Test::All(ts) => format!("all of: {}", join(ts, vocab)),
        Test::Any(ts) => format!("any of: {}", join(ts, vocab)),
    }
}

fn join(ts: &[Test], vocab: &Vocabulary) -> String {
    ts.iter()
        .map(|t| format!("({})", describe_test(t, vocab)))
        .collect::<Vec<_>>()
        .join("; ")
}
