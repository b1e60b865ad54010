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

pub use crate::model::{FileId, Loc};
pub use codes::Code;
pub use message::{Message, MessageArg};
pub use render::{render_human, render_human_in, render_json};
pub use source::{SourceFile, SourceMap};

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
            .map(|d| {
                (
                    d.message.english(),
                    d.help.as_ref().map(Message::english),
                    d,
                )
            })
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

/// The first control character of a text, other than tab and newline: C0,
/// DEL and C1. Printed raw, one can clear a terminal's screen, forge a line,
/// set its title or write its clipboard; no legal text needs one (loading
/// refuses it, E024, and diagnostics show it as `<U+001B>`).
pub fn control_character(s: &str) -> Option<char> {
    s.chars()
        .find(|c| c.is_control() && !matches!(c, '\t' | '\n'))
}

/// The first explicit directional formatting character of a text: the
/// embeddings and overrides (U+202A–U+202E) and the isolates
/// (U+2066–U+2069). One reorders what follows it on screen, so that a
/// provision stored as "up to <RLO>02<PDF> years" reads "up to 20 years"
/// (loading refuses them, E025, unless the source's text holds them).
pub fn bidi_control(s: &str) -> Option<char> {
    s.chars().find(|c| is_bidi_control(*c))
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A character that takes no room on screen: the format characters
/// (zero-width space and joiners, direction marks, word joiner, byte-order
/// mark, soft hyphen…). Arabic prose may need some (a joiner, a mark); an
/// id, a code or a term never does, and one there makes two values that
/// look the same differ.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF9}'..='\u{FFFB}'
    )
}

fn shown(c: char) -> String {
    format!("<U+{:04X}>", u32::from(c))
}

fn is_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n')
}

/// The text with every control character other than tab and newline, and
/// every directional override, embedding or isolate, shown as `<U+001B>`:
/// what lexgap prints on a terminal quotes file names, paths, values and
/// lines of the files, and a raw control character would act on the
/// terminal, a raw override would reorder what the reader sees.
pub fn visible(text: &str) -> String {
    reveal(text, |c| is_control(c) || is_bidi_control(c))
}

/// [`visible`], and every character that takes no room on screen shown as
/// well: for values a diagnostic quotes (an id, a term, a code), where
/// `trafficking<U+200B>` must not look like the `trafficking` it is not.
pub fn visible_all(text: &str) -> String {
    reveal(text, |c| is_control(c) || is_invisible(c))
}

fn reveal(text: &str, hidden: impl Fn(char) -> bool) -> String {
    if !text.chars().any(&hidden) {
        return text.to_owned();
    }
    text.chars()
        .map(|c| if hidden(c) { shown(c) } else { c.to_string() })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, catalog};
    use std::path::Path;

    fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .expect("src")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                sources(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&p).expect("source");
                out.push((p.display().to_string(), text));
            }
        }
    }

    /// Every message id a diagnostic can carry: the `"diag-…"` literals of
    /// the code, and the phrase of each `keyword!` enumeration.
    fn message_ids() -> Vec<(String, String)> {
        let mut files = Vec::new();
        sources(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut files,
        );
        let mut ids = Vec::new();
        for (file, text) in &files {
            let mut rest = text.as_str();
            while let Some(i) = rest.find("\"diag-") {
                rest = &rest[i + 1..];
                let id: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
                // A prefix completed at run time (keywords, below).
                if !id.ends_with('-') {
                    ids.push((file.clone(), id));
                }
            }
            for (i, _) in text.match_indices("keyword!(") {
                // The macro's invocations, not its name in a string.
                if text[..i].ends_with('"') {
                    continue;
                }
                // The first line of the invocation that is not a comment or
                // an attribute: `Name, "what" {`.
                let what = text[i + "keyword!(".len()..]
                    .lines()
                    .map(str::trim)
                    .find(|l| !l.is_empty() && !l.starts_with("///") && !l.starts_with("#["))
                    .and_then(|l| l.split_once(", \""))
                    .and_then(|(_, rest)| rest.split_once('"'))
                    .map(|(what, _)| what);
                if let Some(what) = what {
                    ids.push((file.clone(), crate::load::decode::keyword_what_id(what)));
                }
            }
        }
        ids
    }

    /// No diagnostic falls back to English in Arabic: every message id in
    /// the code, wherever it is built (loading, validation, the commands),
    /// is in both catalogues.
    #[test]
    fn every_diagnostic_message_is_in_both_catalogues() {
        let ids = message_ids();
        assert!(ids.len() > 150, "{}", ids.len());
        let keywords = ids
            .iter()
            .filter(|(_, id)| id.starts_with("diag-keyword-"))
            .count();
        assert!(keywords >= 20, "{keywords}");
        for (file, id) in &ids {
            assert!(
                catalog(Lang::En).has(id),
                "{file}: `{id}` is not in en-diagnostics.ftl"
            );
            assert!(
                catalog(Lang::Ar).has(id),
                "{file}: `{id}` is not in ar-diagnostics.ftl"
            );
        }
        // A message in Arabic is not its English text.
        let m = crate::msg!(
            "diag-wrong-type",
            expected = crate::msg!("diag-expected-list"),
            found = crate::msg!("diag-node-string")
        );
        assert_eq!(m.english(), "expected a list, found a string");
        assert_eq!(m.render(catalog(Lang::Ar)), "المتوقَّع قائمة، والموجود نص");
        let list = crate::msg!("diag-instruments-list", ids = vec!["tip", "som"]);
        assert_eq!(list.to_string(), "instruments: tip, som");
        assert_eq!(list.render(catalog(Lang::Ar)), "الصكوك: tip، som");
        let big = crate::msg!(
            "diag-too-large",
            path = "x.yaml",
            size = 5_000_000usize,
            limit = 4_194_304usize
        );
        assert!(
            big.to_string().starts_with("x.yaml is 5000000 bytes"),
            "{big}"
        );
        assert!(big.render(catalog(Lang::Ar)).contains("٥٬٠٠٠٬٠٠٠"), "{big}");
    }

    #[test]
    fn the_words_of_the_drawing_are_in_both_catalogues() {
        for id in [
            "diag-level-error",
            "diag-level-warning",
            "diag-level-note",
            "diag-level-help",
            "diag-note-in-file",
            "diag-note-at-path",
            "diag-list-sep",
        ] {
            assert!(
                catalog(Lang::Ar).has(id) && catalog(Lang::En).has(id),
                "{id}"
            );
        }
        let d = Diagnostic::error(Code::NoInput, crate::msg!("diag-no-yaml", path = "dir"))
            .path("a.b")
            .help(did_you_mean("fraudd", ["fraud"]));
        let sources = SourceMap::default();
        let en = render_human(std::slice::from_ref(&d), &sources);
        assert_eq!(
            en,
            "error[E006]: dir holds no .yaml file\n |\n = note: at a.b\n = help: did you mean `fraud`?\n\n"
        );
        let ar = render_human_in(catalog(Lang::Ar), std::slice::from_ref(&d), &sources);
        assert!(ar.starts_with("خطأ[E006]: لا يحوي المجلد dir"), "{ar}");
        assert!(ar.contains("= ملاحظة: في الموضع a.b"), "{ar}");
        assert!(ar.contains("= اقتراح: هل تقصد `fraud`؟"), "{ar}");
    }
}
