//! What a diagnostic says: the id of a message in the catalogue
//! (`i18n/*-diagnostics.ftl`) and its arguments, not a sentence. Loading
//! builds messages without knowing the interface language; they become text
//! when they are printed, with the catalogue of the language chosen then
//! ([`Message::render`]). JSON and `Display` use English.
//!
//! Arguments are data (a field name, an id, a file name, a term, a snippet
//! of the file: shown as they are in every language), counts lexgap makes
//! (written in the language's digits), lists of data (joined with the
//! language's separator) or other messages (a phrase of the catalogue, such
//! as "a list" in "expected a list, found a string").

use crate::i18n::{Arg, Catalog, Lang, catalog};
use std::borrow::Cow;
use std::fmt;

/// A catalogue message with its arguments (boxed: a diagnostic carries two
/// and stays small).
#[derive(Debug, Clone, PartialEq)]
pub struct Message(Box<Inner>);

#[derive(Debug, Clone, PartialEq)]
struct Inner {
    id: Cow<'static, str>,
    args: Vec<(&'static str, MessageArg)>,
}

/// An argument of a [`Message`].
#[derive(Debug, Clone, PartialEq)]
pub enum MessageArg {
    /// Data, shown as it is (a name, an id, a value from the file).
    Text(String),
    /// A number lexgap counted or set (written for the language).
    Num(f64),
    /// Items of data, joined with the language's list separator.
    List(Vec<String>),
    /// A phrase of the catalogue.
    Msg(Message),
}

/// The message that joins list items (", " in English).
const LIST_SEPARATOR: &str = "diag-list-sep";

impl Message {
    /// A message by its id (`diag-…`), without arguments yet.
    pub fn new(id: &'static str) -> Message {
        Message(Box::new(Inner {
            id: Cow::Borrowed(id),
            args: Vec::new(),
        }))
    }

    /// A message whose id is made at run time (e.g. from a keyword's name).
    pub fn dynamic(id: String) -> Message {
        Message(Box::new(Inner {
            id: Cow::Owned(id),
            args: Vec::new(),
        }))
    }

    /// Adds an argument.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<MessageArg>) -> Message {
        self.0.args.push((name, value.into()));
        self
    }

    pub fn id(&self) -> &str {
        &self.0.id
    }

    /// The argument `name`, if the message has it.
    pub fn get(&self, name: &str) -> Option<&MessageArg> {
        self.0.args.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// The ids of this message and of the messages among its arguments.
    pub fn ids(&self) -> Vec<&str> {
        let mut out = vec![self.id()];
        for (_, v) in &self.0.args {
            if let MessageArg::Msg(m) = v {
                out.extend(m.ids());
            }
        }
        out
    }

    /// The message in the catalogue's language. A message the language
    /// lacks comes out in English (the catalogue's fallback); tests check
    /// that none does.
    pub fn render(&self, cat: &Catalog) -> String {
        let Inner { id, args } = &*self.0;
        if args.is_empty() {
            return cat.t(id);
        }
        let texts: Vec<Option<String>> = args
            .iter()
            .map(|(_, v)| match v {
                // Data from a file may hold a character that takes no room
                // on screen (an id with a zero-width space): show it.
                MessageArg::Text(s) => Some(super::visible_all(s)),
                MessageArg::Num(_) => None,
                MessageArg::List(items) => {
                    Some(super::visible_all(&items.join(&cat.t(LIST_SEPARATOR))))
                }
                MessageArg::Msg(m) => Some(m.render(cat)),
            })
            .collect();
        let args: Vec<(&str, Arg<'_>)> = args
            .iter()
            .zip(&texts)
            .map(|((name, v), text)| {
                let arg = match (v, text) {
                    (_, Some(t)) => Arg::Str(t),
                    (MessageArg::Text(s), None) => Arg::Str(s),
                    (MessageArg::Num(n), None) => Arg::Num(*n),
                    (MessageArg::List(_) | MessageArg::Msg(_), None) => Arg::Str(""),
                };
                (*name, arg)
            })
            .collect();
        cat.ta(id, &args)
    }

    /// The message in English.
    pub fn english(&self) -> String {
        self.render(catalog(Lang::En))
    }
}

/// English, as tools and logs get it.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.english())
    }
}

impl From<&str> for MessageArg {
    fn from(s: &str) -> Self {
        MessageArg::Text(s.to_owned())
    }
}

impl From<String> for MessageArg {
    fn from(s: String) -> Self {
        MessageArg::Text(s)
    }
}

impl From<&String> for MessageArg {
    fn from(s: &String) -> Self {
        MessageArg::Text(s.clone())
    }
}

impl From<usize> for MessageArg {
    fn from(n: usize) -> Self {
        #[allow(clippy::cast_precision_loss)]
        MessageArg::Num(n as f64)
    }
}

impl From<u64> for MessageArg {
    fn from(n: u64) -> Self {
        #[allow(clippy::cast_precision_loss)]
        MessageArg::Num(n as f64)
    }
}

impl From<Vec<String>> for MessageArg {
    fn from(items: Vec<String>) -> Self {
        MessageArg::List(items)
    }
}

impl From<Vec<&str>> for MessageArg {
    fn from(items: Vec<&str>) -> Self {
        MessageArg::List(items.into_iter().map(str::to_owned).collect())
    }
}

impl From<&[&str]> for MessageArg {
    fn from(items: &[&str]) -> Self {
        MessageArg::List(items.iter().map(|s| (*s).to_owned()).collect())
    }
}

impl From<Message> for MessageArg {
    fn from(m: Message) -> Self {
        MessageArg::Msg(m)
    }
}

/// `msg!("diag-…")` or `msg!("diag-…", name = value, …)`: a diagnostic
/// message (see [`Message`]).
#[macro_export]
macro_rules! msg {
    ($id:literal) => { $crate::diag::Message::new($id) };
    ($id:literal, $($k:ident = $v:expr),+ $(,)?) => {
        $crate::diag::Message::new($id)$(.arg(stringify!($k), $v))+
    };
}
