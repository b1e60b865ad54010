//! Diagnostics: what loading found wrong, with enough location to fix it.
//!
//! Every diagnostic has a stable code (documented in docs/DIAGNOSTICS.md), a
//! severity, a message, and where known the file, line, column and YAML path.
//! The message (and the help line) is a catalogue id with its arguments
//! ([`Message`]): loading says what is wrong without choosing a language, and
//! the printing side renders it in the interface language.

mod codes;
mod message;
mod render;
mod source;

pub use codes::Code;
pub use message::{Message, MessageArg};
pub use render::{render_human, render_human_in, render_json};
pub use source::{FileId, Loc, SourceFile, SourceMap};

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    pub message: Message,
    pub file: Option<FileId>,
    pub loc: Option<Loc>,
    /// The YAML path of the offending node, e.g. `offences[0].means[2]`.
    pub path: Option<String>,
    /// A suggestion, e.g. "did you mean `fraud`?".
    pub help: Option<Message>,
}

impl Diagnostic {
    /// A diagnostic of `code` (an error or a warning, as the code says).
    pub fn error(code: Code, message: Message) -> Self {
        Diagnostic {
            code,
            severity: code.severity(),
            message,
            file: None,
            loc: None,
            path: None,
            help: None,
        }
    }

    pub fn at(mut self, file: FileId, loc: Option<Loc>) -> Self {
        self.file = Some(file);
        self.loc = loc;
        self
    }

    pub fn path(mut self, path: impl Into<String>) -> Self {
        let p = path.into();
        self.path = if p.is_empty() { None } else { Some(p) };
        self
    }

    pub fn help(mut self, help: Option<Message>) -> Self {
        self.help = help;
        self
    }
}

/// All diagnostics of one load, in a stable order (file, position, code).
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    pub items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.items.iter().filter(|d| d.severity == severity).count()
    }

    /// Sorts by file, position, code and English message, and drops
    /// repeats (the same diagnostic reached twice).
    pub fn sort(&mut self) {
        let mut keyed: Vec<(String, Option<String>, Diagnostic)> = self
            .items
            .drain(..)
            .map(|d| (d.message.english(), d.help.as_ref().map(Message::english), d))
            .collect();
        keyed.sort_by(|(ma, _, a), (mb, _, b)| {
            let ka = (a.file, a.loc.map(|l| l.offset), a.code, ma);
            let kb = (b.file, b.loc.map(|l| l.offset), b.code, mb);
            ka.cmp(&kb)
        });
        keyed.dedup_by(|(ma, ha, a), (mb, hb, b)| {
            ma == mb
                && ha == hb
                && a.code == b.code
                && a.severity == b.severity
                && a.file == b.file
                && a.loc == b.loc
                && a.path == b.path
        });
        self.items = keyed.into_iter().map(|(_, _, d)| d).collect();
    }
}

/// The closest candidate to `word`, for a "did you mean" hint.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<Message> {
    let mut best: Option<(f64, &str)> = None;
    for c in candidates {
        let score = strsim::jaro_winkler(word, c);
        if score > 0.8 && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, c));
        }
    }
    best.map(|(_, c)| crate::msg!("diag-did-you-mean", candidate = c))
}
