//! The one place where YAML text becomes a [`Node`] tree: serde-saphyr with
//! resource budgets, and a size limit checked before parsing.
//!
//! serde-saphyr (not serde_yaml) because it rejects duplicate keys, which would
//! otherwise drop legal facts without a word, and bounds alias expansion, which
//! would otherwise let a 70 KB file take gigabytes.

use super::node::{Node, RawNode, loc_of};
use crate::diag::{Code, Diagnostic, Diagnostics, FileId, Loc, Message};
use crate::msg;
use granit_parser::{Event, ScalarStyle};
use serde_saphyr::Spanned;

pub use super::raw_tree::{MAX_INPUT_BYTES, budget};

/// Stack for the parsing thread. serde-saphyr descends recursively, and in
/// debug builds one level of nesting takes tens of kilobytes of stack, so the
/// depth budget alone does not protect a caller running on a small thread
/// stack (test threads get 2 MiB). The pages are only touched as used.
const PARSER_STACK_BYTES: usize = 64 * 1024 * 1024;

thread_local! {
    /// Whether this thread has the parser's stack ([`PARSER_STACK_BYTES`]).
    static ON_PARSER_STACK: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Parses one YAML document. On failure, returns the diagnostic to report.
pub fn parse(text: &str, file: FileId) -> Result<Node, Diagnostic> {
    if let Some(node) = super::preparsed::tree(text) {
        return Ok(node);
    }
    parse_text(text, file)
}

/// Parses one YAML document, even a bundled one parsed at build time.
pub(crate) fn parse_text(text: &str, file: FileId) -> Result<Node, Diagnostic> {
    if ON_PARSER_STACK.get() {
        return parse_here(text, file);
    }
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .name("lexgap-yaml".to_owned())
            .stack_size(PARSER_STACK_BYTES)
            .spawn_scoped(scope, || parse_here(text, file))
            .map(|h| h.join())
    })
    .unwrap_or_else(|_| Ok(parse_here(text, file)))
    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// A file parsed ahead of its use ([`parse_ahead`]), with the diagnostics
/// of the parse, which name the file once it has an id.
#[derive(Debug)]
pub struct Parsed {
    node: Option<Node>,
    diags: Diagnostics,
}

/// The file id that parse diagnostics carry until the file has its own.
const PENDING: FileId = FileId(u32::MAX);

impl Parsed {
    /// A tree decoded rather than parsed: its text parsed cleanly before.
    pub(crate) fn tree(node: Node) -> Parsed {
        Parsed {
            node: Some(node),
            diags: Diagnostics::default(),
        }
    }

    /// The tree, if the text parsed with no diagnostic.
    pub(crate) fn clean_tree(&self) -> Option<&Node> {
        self.node.as_ref().filter(|_| self.diags.items.is_empty())
    }

    /// The tree (`None` on an error), recording the parse's diagnostics
    /// under `file`.
    pub fn into_node(self, file: FileId, diags: &mut Diagnostics) -> Option<Node> {
        for mut d in self.diags.items {
            if d.file == Some(PENDING) {
                d.file = Some(file);
            }
            diags.push(d);
        }
        self.node
    }
}

pub(crate) fn parse_pending(text: &str) -> Parsed {
    let mut diags = Diagnostics::default();
    let node = super::parse_file(text, PENDING, &mut diags);
    Parsed { node, diags }
}

/// Parses `files` on other threads (one per core) and calls `each(file,
/// parsed)` on this thread for every file, in order, so that the caller
/// sees what parsing them one by one would give. Only a few files are
/// parsed ahead of `each`, so memory stays bounded.
pub fn parse_ahead<T: Send>(
    files: Vec<T>,
    text: impl Fn(&T) -> &str + Sync,
    each: impl FnMut(T, Parsed),
) {
    parse_ahead_with(files, text, &parse_pending, each);
}

/// [`parse_ahead`], each file parsed by `parse` (a site's
/// [`TreeCache`](super::tree_cache::TreeCache) decodes the trees of files
/// it parsed before).
pub fn parse_ahead_with<T: Send, P: Send>(
    files: Vec<T>,
    text: impl Fn(&T) -> &str + Sync,
    parse: &(dyn Fn(&str) -> P + Sync),
    mut each: impl FnMut(T, P),
) {
    let workers = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(files.len());
    if workers <= 1 {
        for f in files {
            let parsed = parse(text(&f));
            each(f, parsed);
        }
        return;
    }
    let queue = std::sync::Mutex::new(files.into_iter().enumerate());
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel(workers);
        for _ in 0..workers {
            let (tx, queue, text) = (tx.clone(), &queue, &text);
            let work = move || {
                ON_PARSER_STACK.set(true);
                loop {
                    let next = match queue.lock() {
                        Ok(mut q) => q.next(),
                        Err(_) => None,
                    };
                    let Some((i, f)) = next else { break };
                    let parsed = parse(text(&f));
                    if tx.send((i, f, parsed)).is_err() {
                        break;
                    }
                }
            };
            let spawned = std::thread::Builder::new()
                .name("lexgap-yaml".to_owned())
                .stack_size(PARSER_STACK_BYTES)
                .spawn_scoped(scope, work);
            if spawned.is_err() {
                break;
            }
        }
        drop(tx);
        let mut ready = std::collections::BTreeMap::new();
        let mut want = 0;
        for (i, f, parsed) in rx {
            ready.insert(i, (f, parsed));
            while let Some((f, parsed)) = ready.remove(&want) {
                each(f, parsed);
                want += 1;
            }
        }
        // No worker could start: parse here, in order.
        let rest: Vec<T> = match queue.lock() {
            Ok(mut q) => q.by_ref().map(|(_, f)| f).collect(),
            Err(_) => Vec::new(),
        };
        for f in rest {
            let parsed = parse(text(&f));
            each(f, parsed);
        }
    });
}

fn parse_here(text: &str, file: FileId) -> Result<Node, Diagnostic> {
    match serde_saphyr::from_str_with_options::<Spanned<RawNode>>(text, super::raw_tree::options())
    {
        Ok(raw) => Ok(Node::from(raw)),
        Err(e) => Err(diagnostic_of(&e, text, file)),
    }
}

/// The tags (`!!binary`, `!!str`, `!custom`) and merge keys (`<<`) of a
/// document, each an error: the format has no use for them, and each lets a
/// file say something else than it shows (`!!binary` decodes base64 into a
/// text; a merge key gives a fact a second value that silently loses to the
/// first; a tag on a boolean is ignored). Read from the parser's events,
/// which keep the tags that the deserializer drops, and only where the
/// text has a `!` or a `<<`, without which a document has neither.
pub fn tags_and_merge_keys(text: &str, file: FileId) -> Vec<Diagnostic> {
    if !text.contains('!') && !text.contains("<<") {
        return Vec::new();
    }
    let mut found = Vec::new();
    // Per open collection: whether it is a mapping, and how many nodes it
    // has held (a mapping's even nodes are keys).
    let mut open: Vec<(bool, usize)> = Vec::new();
    for event in granit_parser::Parser::new_from_str(text) {
        let Ok((event, span)) = event else { break };
        let (tag, node, is_key_merge) = match &event {
            Event::Scalar(value, style, _, tag) => {
                let is_key = open.last().is_some_and(|(map, n)| *map && n % 2 == 0);
                let merge =
                    is_key && value == "<<" && (*style == ScalarStyle::Plain || tag.is_some());
                (tag.clone(), true, merge)
            }
            Event::SequenceStart(_, _, tag) | Event::MappingStart(_, _, tag) => {
                (tag.clone(), true, false)
            }
            Event::Alias(_) => (None, true, false),
            Event::SequenceEnd | Event::MappingEnd => {
                open.pop();
                (None, false, false)
            }
            _ => (None, false, false),
        };
        if let Some(tag) = tag {
            let written = if tag.original_handle().is_empty() {
                format!("!<{}{}>", tag.handle(), tag.suffix())
            } else {
                format!("{}{}", tag.original_handle(), tag.suffix())
            };
            let loc = event_loc(text, &span).map(|l| tag_before(text, l, &written));
            found.push((loc, msg!("diag-yaml-tag", tag = written)));
        }
        if is_key_merge {
            found.push((event_loc(text, &span), msg!("diag-yaml-merge-key")));
        }
        if node && let Some((_, n)) = open.last_mut() {
            *n += 1;
        }
        match event {
            Event::SequenceStart(..) => open.push((false, 0)),
            Event::MappingStart(..) => open.push((true, 0)),
            _ => {}
        }
    }
    found
        .into_iter()
        .enumerate()
        .map(|(n, (loc, message))| {
            let mut d = Diagnostic::error(Code::TagOrMergeKey, message).at(file, loc);
            // A path is read from the lines above, the whole file's worth:
            // the first ones get one, so that a file of tags stays linear.
            if let Some(l) = loc
                && n < PATHS_PER_FILE
            {
                d = d.path(path_at_line(text, l.line));
            }
            d
        })
        .collect()
}

/// How many diagnostics of a file found in its events get a YAML path.
const PATHS_PER_FILE: usize = 100;

/// Where an event is, from its span's byte offset (no scan of the text).
fn event_loc(text: &str, span: &granit_parser::Span) -> Option<Loc> {
    let offset = span.start.byte_offset()?;
    Some(Loc {
        line: u32::try_from(span.start.line()).unwrap_or(u32::MAX),
        column: u32::try_from(span.start.col() + 1).unwrap_or(u32::MAX),
        offset,
        len: text.get(offset..)?.chars().next().map_or(0, char::len_utf8),
        file: None,
    })
}

/// The place of the tag `written` just before the node at `l` (the event's
/// place is the node's content), looked for in a short window so that a
/// long line of tags stays linear; `l` itself when it is not there.
fn tag_before(text: &str, l: Loc, written: &str) -> Loc {
    let mut from = l.offset.saturating_sub(written.len() + 256);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let Some(window) = text.get(from..l.offset) else {
        return l;
    };
    match window.rfind(written) {
        Some(i) if !window[i..].contains('\n') => {
            let offset = from + i;
            let back = u32::try_from(text[offset..l.offset].chars().count()).unwrap_or(0);
            Loc {
                offset,
                column: l.column.saturating_sub(back).max(1),
                len: written.len(),
                ..l
            }
        }
        _ => l,
    }
}

fn diagnostic_of(e: &serde_saphyr::Error, text: &str, file: FileId) -> Diagnostic {
    let raw = e.without_snippet().to_string();
    let (message, pos) = split_position(&raw);
    let lower = message.to_lowercase();
    let code = if lower.contains("duplicate mapping key") || lower.contains("duplicate key") {
        Code::DuplicateKey
    } else if lower.contains("budget")
        || lower.contains("limit")
        || lower.contains("too many")
        || lower.contains("too deep")
    {
        Code::Budget
    } else {
        Code::Syntax
    };
    let message = friendly(&message);
    // The position in the message is the parser's own; the error's location
    // is sometimes the start of the document, so the message wins.
    let loc = match pos {
        Some((line, column)) => loc_at(text, line, column),
        None => e.location().map(|l| loc_of(&l)),
    };
    let mut d = Diagnostic::error(code, message).at(file, loc);
    if let Some(l) = loc {
        d = d.path(path_at_line(text, l.line));
    }
    d
}

/// The parser's message as lexgap says it: the common cases in the
/// catalogue's words, the others as the parser wrote them (in English,
/// inside a sentence of the catalogue).
fn friendly(message: &str) -> Message {
    let m = message
        .trim()
        .replace(", set DuplicateKeyPolicy in Options if acceptable", "");
    if m.contains("Documents {") {
        return msg!("diag-multiple-documents");
    }
    if let Some(rest) = m.strip_prefix("budget breached: ") {
        // "Nodes { nodes: 200001 } at line …": name the budget in words.
        let what = rest.split([' ', '{']).next().unwrap_or("");
        let limit = match what {
            "Nodes" => "diag-budget-nodes",
            "Aliases" => "diag-budget-aliases",
            "Anchors" => "diag-budget-anchors",
            "Depth" => "diag-budget-depth",
            "Events" => "diag-budget-events",
            "ScalarBytes" | "TotalScalarBytes" => "diag-budget-text",
            _ => "diag-budget-other",
        };
        return msg!("diag-budget", limit = Message::new(limit));
    }
    if m == "recursion limit exceeded" {
        return msg!("diag-budget", limit = msg!("diag-budget-recursion"));
    }
    if let Some(key) = m.strip_prefix("duplicate mapping key: ") {
        return msg!("diag-duplicate-key", key = key);
    }
    msg!("diag-yaml", detail = m)
}

/// Splits "message at line L, column C" (or "line L column C: message")
/// into the message and the position.
fn split_position(s: &str) -> (String, Option<(u32, u32)>) {
    let s = s.trim_start_matches("error: ");
    if let Some(i) = s.rfind(" at line ")
        && let Some(pos) = parse_line_col(&s[i + " at line ".len()..], ", column ")
    {
        return (s[..i].to_owned(), Some(pos));
    }
    if let Some(rest) = s.strip_prefix("line ")
        && let Some(i) = rest.find(": ")
        && let Some(pos) = parse_line_col(&rest[..i], " column ")
    {
        return (rest[i + 2..].to_owned(), Some(pos));
    }
    (s.to_owned(), None)
}

fn parse_line_col(s: &str, sep: &str) -> Option<(u32, u32)> {
    let (l, c) = s.split_once(sep)?;
    let c: String = c.chars().take_while(char::is_ascii_digit).collect();
    Some((l.trim().parse().ok()?, c.parse().ok()?))
}

/// The byte position of a 1-based line and (character) column.
fn loc_at(text: &str, line: u32, column: u32) -> Option<Loc> {
    let start = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1) as usize)
        .map(str::len)
        .sum::<usize>();
    let line_text = text.get(start..)?.lines().next().unwrap_or("");
    let offset = start
        + line_text
            .char_indices()
            .nth(column.saturating_sub(1) as usize)
            .map_or(line_text.len(), |(i, _)| i);
    let len = text
        .get(offset..)
        .and_then(|t| t.chars().next())
        .map_or(0, char::len_utf8);
    Some(Loc {
        line,
        column,
        offset,
        len,
        file: None,
    })
}

/// A best-effort YAML path for a line of a block-style document, from the
/// indentation of the keys and list items above it. Parser errors have no
/// node to take a path from, and an analyst still wants to know where in the
/// structure the line sits.
pub fn path_at_line(text: &str, line: u32) -> String {
    // (indent, segment, is_seq_item)
    let mut stack: Vec<(usize, String)> = Vec::new();
    let mut counters: Vec<(usize, usize)> = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let content = raw.trim_start_matches(' ');
        if content.starts_with("---") || content.starts_with("...") {
            stack.clear();
            counters.clear();
            if n + 1 >= line as usize {
                break;
            }
            continue;
        }
        if content.is_empty() || content.starts_with('#') {
            if n + 1 >= line as usize {
                break;
            }
            continue;
        }
        let mut indent = raw.len() - content.len();
        let mut rest = content;
        while let Some(r) = rest.strip_prefix("- ") {
            stack.retain(|(i, _)| *i < indent);
            counters.retain(|(i, _)| *i <= indent);
            let idx = match counters.iter_mut().find(|(i, _)| *i == indent) {
                Some((_, c)) => {
                    *c += 1;
                    *c
                }
                None => {
                    counters.push((indent, 0));
                    0
                }
            };
            stack.push((indent, format!("[{idx}]")));
            let skipped = rest.len() - r.len();
            indent += skipped;
            rest = r.trim_start_matches(' ');
            indent += r.len() - rest.len();
        }
        if let Some((key, _)) = rest.split_once(':')
            && !key.is_empty()
            && !key.contains(['{', '[', '"', '\''])
        {
            stack.retain(|(i, _)| *i < indent);
            counters.retain(|(i, _)| *i <= indent);
            stack.push((indent, key.trim().to_owned()));
        }
        if n + 1 >= line as usize {
            break;
        }
    }
    let mut path = String::new();
    for (_, seg) in stack {
        if !seg.starts_with('[') && !path.is_empty() {
            path.push('.');
        }
        path.push_str(&seg);
    }
    path
}

#[cfg(test)]
mod tests {
    use super::path_at_line;

    #[test]
    fn paths_follow_indentation() {
        let text = "a:\n  b:\n    - x: 1\n      y: 2\n    - x: 3\nc: 4\n";
        assert_eq!(path_at_line(text, 2), "a.b");
        assert_eq!(path_at_line(text, 4), "a.b[0].y");
        assert_eq!(path_at_line(text, 5), "a.b[1].x");
        assert_eq!(path_at_line(text, 6), "c");
    }
}
