//! Tests in words, for traces and for `lexgap explain`: the test as a
//! [`Reason`] (the `test-*` messages of the catalogue), put into words in the
//! language asked for when it is printed.

use crate::i18n::Catalog;
use crate::i18n::reason::{Arg, Reason, say, say_for_page};
use crate::model::{TermSet, Test, Vocabulary};

/// The test as a reason: what it checks, with the vocabulary's terms.
pub fn test_reason(t: &Test, vocab: &Vocabulary) -> Reason {
    let kind = |k: &str| Arg::term(vocab, TermSet::OffenceKinds, k);
    match t {
        Test::Offence { kind: k } => Reason::new("test-offence").arg("kind", kind(&k.value)),
        Test::Measure { measure } => Reason::new("test-measure").arg(
            "measure",
            Arg::term(vocab, TermSet::Measures, &measure.value),
        ),
        Test::Lists {
            offence,
            field,
            term,
        } => {
            let label = Test::list_set(&field.value).map_or_else(
                || Arg::data(&term.value),
                |s| Arg::term(vocab, s, &term.value),
            );
            Reason::new("test-lists")
                .arg("kind", kind(&offence.value))
                .arg("term", label)
                .arg("field", Arg::word("field", &field.value))
        }
        Test::Fact {
            offence,
            field,
            is,
            otherwise,
        } => Reason::new("test-fact")
            .arg("kind", kind(&offence.value))
            .arg("field", Arg::data(&field.value))
            .arg("value", Arg::word("bool", is))
            .arg("otherwise", Arg::status(*otherwise)),
        Test::AtLeast {
            offence,
            field,
            min,
        } => Reason::new("test-at-least")
            .arg("kind", kind(&offence.value))
            .arg("field", Arg::data(&field.value))
            .arg("min", *min),
        Test::All(ts) => Reason::new("test-all").arg("parts", parts(ts, vocab)),
        Test::Any(ts) => Reason::new("test-any").arg("parts", parts(ts, vocab)),
    }
}

fn parts(ts: &[Test], vocab: &Vocabulary) -> Arg {
    Arg::Parts(ts.iter().map(|t| test_reason(t, vocab)).collect())
}

/// The test in English words (the words of JSON outputs).
pub fn describe_test(t: &Test, vocab: &Vocabulary) -> String {
    test_reason(t, vocab).to_string()
}

/// The test in words in `cat`'s language, with the vocabulary's labels for
/// it, for the command line.
pub fn describe_test_in(cat: &Catalog, t: &Test, vocab: &Vocabulary) -> String {
    say(cat, &test_reason(t, vocab))
}

/// The test in words for a report page: its facts said as what an offence
/// does, not as fields of the file format.
pub fn describe_test_for_page(cat: &Catalog, t: &Test, vocab: &Vocabulary) -> String {
    say_for_page(cat)(&test_reason(t, vocab))
}
