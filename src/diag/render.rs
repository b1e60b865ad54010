//! Diagnostics for people (drawn like rustc's, with a source snippet) and for
//! tools (JSON).

use super::{Diagnostic, Severity, SourceMap};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use serde::Serialize;

/// Renders diagnostics as text, plain (no colour) so that output is stable.
pub fn render_human(diags: &[Diagnostic], sources: &SourceMap) -> String {
    let renderer = Renderer::plain();
    let mut out = String::new();
    for d in diags {
        let level = match d.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let mut group =
            Group::with_title(level.primary_title(d.message.as_str()).id(d.code.as_str()));
        let file = d.file.map(|f| sources.get(f));
        let mut notes = Vec::new();
        match (file, d.loc) {
            (Some(f), Some(loc)) if loc.line > 0 => {
                let (start, end) = char_span(&f.text, loc.offset, loc.len);
                let mut snippet = Snippet::source(f.text.as_str())
                    .line_start(1)
                    .path(f.name.as_str());
                snippet = snippet.annotation(AnnotationKind::Primary.span(start..end));
                group = group.element(snippet);
            }
            (Some(f), _) => notes.push(format!("in {}", f.name)),
            _ => {}
        }
        if let Some(p) = &d.path {
            notes.push(format!("at {p}"));
        }
        for n in &notes {
            group = group.element(Level::NOTE.message(n.as_str()));
        }
        if let Some(h) = &d.help {
            group = group.element(Level::HELP.message(h.as_str()));
        }
        let report: &[Group<'_>] = &[group];
        out.push_str(&renderer.render(report));
        out.push_str("\n\n");
    }
    out
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
    message: &'a str,
    file: Option<&'a str>,
    line: Option<u32>,
    column: Option<u32>,
    path: Option<&'a str>,
    help: Option<&'a str>,
}

/// Renders diagnostics as a JSON array (one object per diagnostic).
pub fn render_json(diags: &[Diagnostic], sources: &SourceMap) -> serde_json::Value {
    let items: Vec<JsonDiag<'_>> = diags
        .iter()
        .map(|d| JsonDiag {
            code: d.code.as_str(),
            severity: d.severity,
            message: &d.message,
            file: d.file.map(|f| sources.get(f).name.as_str()),
            line: d.loc.map(|l| l.line).filter(|l| *l > 0),
            column: d
                .loc
                .map(|l| l.column)
                .filter(|_| d.loc.is_some_and(|l| l.line > 0)),
            path: d.path.as_deref(),
            help: d.help.as_deref(),
        })
        .collect();
    serde_json::to_value(items).expect("diagnostics serialize")
}
