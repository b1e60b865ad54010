//! Reasons: a message of the reasoning catalogue (`i18n/*-reasoning.ftl`,
//! and the `test-*` messages of `i18n/*.ftl`) with its arguments, as data.
//! `check`, `classify` and `diff` say *why* with them; the words are chosen
//! when a reason is printed or serialised ([`words`]), in the language asked
//! for. Nothing here is English or Arabic: ids, provision references,
//! field names and the encoders' notes are data, shown as written; vocabulary
//! terms carry the vocabulary's own labels (`en`, `ar`).

mod words;

pub use words::{
    as_data, in_page_language, page_lang, say, say_arg, say_for_page, say_steps, serialize_steps,
    term_label,
};

use crate::model::{Date, Status, TermSet, Vocabulary, Wording};

/// A message of the catalogue with its arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    /// The message id (e.g. `reason-lists-missing`).
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// An argument of a reason, or a piece of reasoning on its own.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Shown as written in every language: an id, a provision reference, a
    /// field name, an encoder's note, a label from an encoding.
    Data(String),
    /// A vocabulary term, shown by its label in the language.
    Term(TermLabel),
    /// Text in English and, where the data gives it, Arabic: lexgap's own
    /// wording (an instrument's short name, a definition's title) or an
    /// encoder's note. In the language where the data has it; English shown
    /// as data otherwise.
    Bilingual(Wording),
    /// A number, in the language's digits.
    Num(f64),
    /// A date, written for the language.
    Date(Date),
    /// The word for a value of a closed set: the message `{prefix}-{value}`
    /// (`status-gap`, `field-acts`, `bool-true`), or the value itself.
    Word(&'static str, String),
    /// A reason inside another.
    Reason(Box<Reason>),
    /// Joined with the language's comma: `a, b`.
    List(Vec<Arg>),
    /// Steps joined with the language's semicolon: `a; b`.
    Steps(Vec<Reason>),
    /// Each in parentheses, joined with the language's semicolon: `(a); (b)`.
    Parts(Vec<Reason>),
}

/// A vocabulary term with its labels, as the vocabulary gives them (the id
/// itself for a term the vocabulary does not know).
#[derive(Debug, Clone, PartialEq)]
pub struct TermLabel {
    pub id: String,
    pub en: String,
    pub ar: String,
}

impl TermLabel {
    pub fn of(vocab: &Vocabulary, set: TermSet, id: &str) -> TermLabel {
        match vocab.get(set, id) {
            Some(t) => TermLabel {
                id: id.to_owned(),
                en: t.en.clone(),
                ar: t.ar.clone(),
            },
            None => TermLabel {
                id: id.to_owned(),
                en: id.to_owned(),
                ar: String::new(),
            },
        }
    }
}

impl Reason {
    /// A message with no argument yet.
    pub fn new(id: &'static str) -> Reason {
        Reason {
            id,
            args: Vec::new(),
        }
    }

    /// The same message with one more argument.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Reason {
        self.args.push((name, value.into()));
        self
    }
}

impl Arg {
    pub fn data(s: impl Into<String>) -> Arg {
        Arg::Data(s.into())
    }

    pub fn term(vocab: &Vocabulary, set: TermSet, id: &str) -> Arg {
        Arg::Term(TermLabel::of(vocab, set, id))
    }

    /// Terms of one set, joined with the language's comma.
    pub fn terms<'a>(
        vocab: &Vocabulary,
        set: TermSet,
        ids: impl IntoIterator<Item = &'a str>,
    ) -> Arg {
        Arg::List(
            ids.into_iter()
                .map(|id| Arg::term(vocab, set, id))
                .collect(),
        )
    }

    /// Data joined with the language's comma.
    pub fn list<'a>(items: impl IntoIterator<Item = &'a str>) -> Arg {
        Arg::List(items.into_iter().map(Arg::data).collect())
    }

    pub fn word(prefix: &'static str, value: impl ToString) -> Arg {
        Arg::Word(prefix, value.to_string())
    }

    pub fn status(s: Status) -> Arg {
        Arg::word("status", s)
    }
}

impl From<Reason> for Arg {
    fn from(r: Reason) -> Arg {
        Arg::Reason(Box::new(r))
    }
}

impl From<f64> for Arg {
    fn from(n: f64) -> Arg {
        Arg::Num(n)
    }
}

impl From<Date> for Arg {
    fn from(d: Date) -> Arg {
        Arg::Date(d)
    }
}
