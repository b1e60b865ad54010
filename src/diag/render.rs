//! Diagnostics for people (drawn like rustc's, with a source snippet) in the
//! interface language, and for tools (JSON, in English).

use super::{Diagnostic, Severity, SourceMap};
use crate::i18n::{Catalog, Lang, catalog};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use serde::Serialize;

/// Renders diagnostics as English text, plain (no colour) so that output is
/// stable.
pub fn render_human(diags: &[Diagnostic], sources: &SourceMap) -> String {
    render_human_in(catalog(Lang::En), diags, sources)
}

/// Renders diagnostics as text in the catalogue's language: the messages,
/// the help lines and the words of the drawing ("error", "note"…). Codes,
/// file names, YAML paths and the quoted lines are shown as they are.
pub fn render_human_in(cat: &Catalog, diags: &[Diagnostic], sources: &SourceMap) -> String {
    let renderer = Renderer::plain();
    let error = cat.t("diag-level-error");
    let warning = cat.t("diag-level-warning");
    let note = cat.t("diag-level-note");
    let help = cat.t("diag-level-help");
    let mut out = String::new();
    for d in diags {
        let level = match d.severity {
            Severity::Error => Level::ERROR.with_name(error.as_str()),
            Severity::Warning => Level::WARNING.with_name(warning.as_str()),
        };
        let message = d.message.render(cat);
        let mut group = Group::with_title(level.primary_title(message).id(d.code.as_str()));
        let file = d.file.map(|f| sources.get(f));
        let mut notes = Vec::new();
        match (file, d.loc) {
            (Some(f), Some(loc)) if loc.line > 0 => {
                let (start, end) = char_span(&f.text, loc.offset, loc.len);
                // Only the lines the span touches: handing the whole file to
                // the drawing made each diagnostic cost the file's length,
                // and a file with many errors quadratic.
                let from = f.text[..start].rfind('\n').map_or(0, |i| i + 1);
                let to = f.text[end..].find('\n').map_or(f.text.len(), |i| end + i);
                let mut snippet = Snippet::source(&f.text[from..to])
                    .line_start(loc.line as usize)
                    .path(f.name.as_str());
                snippet =
                    snippet.annotation(AnnotationKind::Primary.span(start - from..end - from));
                group = group.element(snippet);
            }
            (Some(f), _) => notes.push(crate::t!(cat, "diag-note-in-file", file = &f.name)),
            _ => {}
        }
        if let Some(p) = &d.path {
            notes.push(crate::t!(cat, "diag-note-at-path", path = p));
        }
        for n in notes {
            group = group.element(Level::NOTE.with_name(note.as_str()).message(n));
        }
        if let Some(h) = &d.help {
            group = group.element(Level::HELP.with_name(help.as_str()).message(h.render(cat)));
        }
        let report: &[Group<'_>] = &[group];
        out.push_str(&renderer.render(report));
        out.push_str("\n\n");
    }
    super::visible(&out)
}

/// The span of a diagnostic in `text`, cut at character boundaries: the
/// whole characters that `offset..offset + len` touches, or the one
/// character at `offset` when `len` is 0. A span from the parser can end
/// inside a multi-byte character (the length of a plain scalar such as the
/// key `ΐ` is counted in characters), and cutting the snippet there would
/// panic (found by the fuzzer: tests/bad/non-ascii-key.yaml).
fn char_span(text: &str, offset: usize, len: usize) -> (usize, usize) {
    let mut start = offset.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = offset.saturating_add(len).clamp(start, text.len());
    if end == start {
        end += text[start..].chars().next().map_or(0, char::len_utf8);
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    (start, end)
}

#[derive(Serialize)]
struct JsonDiag<'a> {
    code: &'a str,
    severity: Severity,
    message: String,
    file: Option<&'a str>,
    line: Option<u32>,
    column: Option<u32>,
    path: Option<&'a str>,
    help: Option<String>,
}

/// Renders diagnostics as a JSON array (one object per diagnostic). JSON is
/// data, the same whatever `--lang` says: messages are in English.
pub fn render_json(diags: &[Diagnostic], sources: &SourceMap) -> serde_json::Value {
    let items: Vec<JsonDiag<'_>> = diags
        .iter()
        .map(|d| JsonDiag {
            code: d.code.as_str(),
            severity: d.severity,
            message: d.message.english(),
            file: d.file.map(|f| sources.get(f).name.as_str()),
            line: d.loc.map(|l| l.line).filter(|l| *l > 0),
            column: d
                .loc
                .map(|l| l.column)
                .filter(|_| d.loc.is_some_and(|l| l.line > 0)),
            path: d.path.as_deref(),
            help: d.help.as_ref().map(super::Message::english),
        })
        .collect();
    serde_json::to_value(items).expect("diagnostics serialize")
}
