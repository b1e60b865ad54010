//! The one place where YAML text becomes a [`Node`] tree: serde-saphyr with
//! resource budgets, serde_path_to_error for the YAML path of a failure, and
//! a size limit checked before parsing.
//!
//! serde-saphyr (not serde_yaml) because it rejects duplicate keys, which would
//! otherwise drop legal facts without a word, and bounds alias expansion, which
//! would otherwise let a 70 KB file take gigabytes.

use super::node::{Node, RawNode, loc_of};
use crate::diag::{Code, Diagnostic, FileId};
use serde_saphyr::{Budget, DuplicateKeyPolicy, Options, Spanned};

/// Input files larger than this are refused before parsing.
pub const MAX_INPUT_BYTES: usize = 4 * 1024 * 1024;

/// The budgets lexgap gives the parser; documented in docs/DIAGNOSTICS.md (E012).
pub fn budget() -> Budget {
    let mut b = Budget::default();
    b.max_reader_input_bytes = Some(MAX_INPUT_BYTES);
    b.max_events = 500_000;
    b.max_aliases = 1_000;
    b.max_anchors = 1_000;
    b.max_depth = 64;
    b.max_nodes = 200_000;
    b.max_total_scalar_bytes = MAX_INPUT_BYTES;
    b.max_documents = 1;
    b
}

/// Parses one YAML document. On failure, returns the diagnostic to report.
pub fn parse(text: &str, file: FileId) -> Result<Node, Diagnostic> {
    let mut options = Options::default();
    options.budget = Some(budget());
    options.duplicate_keys = DuplicateKeyPolicy::Error;
    options.with_snippet = false;
    let mut failed_at: Option<String> = None;
    let result = serde_saphyr::with_deserializer_from_str_with_options(text, options, |de| {
        serde_path_to_error::deserialize::<_, Spanned<RawNode>>(de).map_err(|e| {
            failed_at = Some(e.path().to_string());
            e.into_inner()
        })
    });
    match result {
        Ok(raw) => Ok(Node::from(raw)),
        Err(e) => {
            let mut d = diagnostic_of(&e, file);
            if let Some(p) = failed_at.filter(|p| !p.is_empty() && p != ".") {
                d = d.path(p);
            }
            Err(d)
        }
    }
}

fn diagnostic_of(e: &serde_saphyr::Error, file: FileId) -> Diagnostic {
    let raw = e.without_snippet().to_string();
    let message = strip_position_prefix(&raw);
    let lower = message.to_lowercase();
    let code = if lower.contains("duplicate mapping key") || lower.contains("duplicate key") {
        Code::DuplicateKey
    } else if lower.contains("budget") || lower.contains("limit") || lower.contains("exceed") || lower.contains("too many") || lower.contains("too deep") {
        Code::Budget
    } else {
        Code::Syntax
    };
    let message = message
        .replace(", set DuplicateKeyPolicy in Options if acceptable", "")
        .trim()
        .to_owned();
    let loc = e.location().map(|l| loc_of(&l));
    Diagnostic::error(code, message).at(file, loc)
}

/// serde-saphyr prefixes messages with "line L column C: "; the diagnostic
/// already shows the position, so the prefix goes.
fn strip_position_prefix(s: &str) -> String {
    let s = s.trim_start_matches("error: ");
    if let Some(rest) = s.strip_prefix("line ") {
        if let Some(i) = rest.find(": ") {
            let head = &rest[..i];
            if head.split(" column ").count() == 2 {
                return rest[i + 2..].to_owned();
            }
        }
    }
    s.to_owned()
}
