//! The one place where text from jurisdiction and instrument files becomes
//! markup.
//!
//! - Markdown fields (the encoders' notes) are rendered with pulldown-cmark,
//!   then sanitised with ammonia (a short list of inline and list tags, links
//!   to http, https and mailto only, no images, no headings, no attributes
//!   but `href`), and only then marked safe for Tera. Templates reach this
//!   through the `markdown` filter and never use `| safe`.
//! - Markdown output escapes every value through the `md` and `md_quote`
//!   filters, so that no value can open a table cell, a link, emphasis or raw
//!   HTML.

use ammonia::{Builder, UrlRelative};
use std::collections::HashSet;
use std::sync::OnceLock;
use tera::{Kwargs, State, Value};

/// The tags a rendered note may keep. No headings (they would break the
/// page's heading order), no images (a report loads nothing), no tables.
const NOTE_TAGS: &[&str] = &[
    "a",
    "blockquote",
    "br",
    "code",
    "del",
    "em",
    "li",
    "ol",
    "p",
    "pre",
    "strong",
    "sub",
    "sup",
    "ul",
];

fn sanitizer() -> &'static Builder<'static> {
    static CLEANER: OnceLock<Builder<'static>> = OnceLock::new();
    CLEANER.get_or_init(|| {
        let mut b = Builder::empty();
        b.add_tags(NOTE_TAGS.iter().copied())
            .add_tag_attributes("a", ["href"].iter().copied())
            .url_schemes(HashSet::from(["http", "https", "mailto"]))
            .url_relative(UrlRelative::Deny)
            .link_rel(Some("noopener noreferrer nofollow"))
            .clean_content_tags(HashSet::from(["script", "style"]))
            .strip_comments(true);
        b
    })
}

/// A Markdown note as sanitised HTML.
pub fn note_to_html(src: &str) -> String {
    let parser =
        pulldown_cmark::Parser::new_ext(src, pulldown_cmark::Options::ENABLE_STRIKETHROUGH);
    let mut html = String::with_capacity(src.len() + src.len() / 4);
    pulldown_cmark::html::push_html(&mut html, parser);
    sanitizer().clean(&html).to_string()
}

/// The `markdown` filter: the only value that templates output unescaped.
pub fn markdown_filter(val: &str, _: Kwargs, _: &State) -> Value {
    note_value(val)
}

/// A note as sanitised HTML, marked safe for templates ([`note_to_html`]).
/// A note is rendered once per process: the same note stands on every page
/// that cites its provision, often several times on one page.
pub fn note_value(val: &str) -> Value {
    use std::collections::HashMap;
    use std::sync::{PoisonError, RwLock};
    static RENDERED: OnceLock<RwLock<HashMap<String, Value>>> = OnceLock::new();
    let cache = RENDERED.get_or_init(RwLock::default);
    if let Some(v) = cache
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .get(val)
    {
        return v.clone();
    }
    let v = Value::safe_string(&note_to_html(val));
    cache
        .write()
        .unwrap_or_else(PoisonError::into_inner)
        .insert(val.to_owned(), v.clone());
    v
}

/// Characters that start inline Markdown constructs (emphasis, code, links,
/// autolinks, raw HTML, entities, table cells) wherever they stand.
const fn inline_special(c: char) -> bool {
    matches!(
        c,
        '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '!'
    )
}

/// [`inline_special`] as a table over bytes: the escaping scans every byte
/// of every quoted text on every Markdown page.
const SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = inline_special(b as u8 as char);
        b += 1;
    }
    t
};

/// Escapes one line of text for Markdown: inline specials everywhere, and a
/// first character that would open a block (heading, list, quote, rule,
/// setext underline).
fn escape_line(line: &str, out: &mut String) {
    let line = line.trim_start();
    // A block opener at the start of the line: `#`, `-`, `+`, `=`, or an
    // ordered-list marker `12.` / `12)`.
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let ordered = digits > 0 && matches!(line.as_bytes().get(digits), Some(b'.' | b')'));
    if matches!(line.chars().next(), Some('#' | '-' | '+' | '=')) {
        out.push('\\');
    }
    // Copy the runs between special characters whole: every special
    // character is ASCII, so a byte search finds them.
    let mut run = 0;
    for (i, &b) in line.as_bytes().iter().enumerate() {
        if SPECIAL[usize::from(b)] || (ordered && i == digits) {
            out.push_str(&line[run..i]);
            out.push('\\');
            run = i;
        }
    }
    out.push_str(&line[run..]);
}

/// The lines of a text as Markdown reads them: a line ends at a LF, a CR
/// or both (`str::lines` leaves a bare CR inside the line, and Markdown
/// breaks a table row there).
fn text_lines(s: &str) -> impl Iterator<Item = &str> {
    s.split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .flat_map(|l| l.split('\r'))
}

/// Escapes a value for use inline in Markdown (a table cell, a heading, a
/// sentence): line breaks become spaces, so a table row never breaks.
pub fn md_inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut first = true;
    for line in text_lines(s).map(str::trim).filter(|l| !l.is_empty()) {
        if !first {
            out.push(' ');
        }
        first = false;
        escape_line(line, &mut out);
    }
    out
}

/// Escapes a multi-line value as a Markdown block quote (`> ` on every
/// line), keeping its line breaks.
pub fn md_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for (n, line) in text_lines(s.trim()).enumerate() {
        if n > 0 {
            out.push_str("  \n");
        }
        out.push_str("> ");
        escape_line(line, &mut out);
    }
    out
}

pub fn md_filter(val: &str, _: Kwargs, _: &State) -> String {
    md_inline(val)
}

pub fn md_quote_filter(val: &str, _: Kwargs, _: &State) -> String {
    md_quote(val)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_keep_emphasis_and_safe_links() {
        assert_eq!(
            note_to_html("Only *partial*: see [the gazette](https://example.org/g)."),
            "<p>Only <em>partial</em>: see <a href=\"https://example.org/g\" rel=\"noopener noreferrer nofollow\">the gazette</a>.</p>\n"
        );
    }

    #[test]
    fn notes_lose_every_executable_thing() {
        let evil = "<script>alert(1)</script><img src=x onerror=alert(2)> \
                    [click](javascript:alert(3)) <a href=\"javascript:alert(4)\" onclick=\"x()\">a</a> \
                    <iframe src=\"https://example.org\"></iframe><style>body{}</style>\n\n# Heading\n\n![i](https://example.org/i.png)";
        let html = note_to_html(evil);
        for bad in [
            "<script",
            "alert(1)",
            "<img",
            "onerror",
            "href=\"javascript:",
            "onclick",
            "<iframe",
            "<style",
            "<h1",
            "example.org/i.png",
        ] {
            assert!(!html.contains(bad), "{bad} survives in {html}");
        }
        assert!(html.contains("Heading"), "the text of a heading stays");
        let link = note_to_html("see [click](javascript:alert(3)) and <javascript:alert(5)>");
        assert!(!link.contains("href"), "{link}");
    }

    #[test]
    fn markdown_escaping_keeps_tables_and_text_inert() {
        assert_eq!(
            md_inline("a | b *c* _d_ <script> `e` [f](javascript:x) &amp;"),
            "a \\| b \\*c\\* \\_d\\_ \\<script\\> \\`e\\` \\[f\\](javascript:x) \\&amp;"
        );
        assert_eq!(md_inline("line one\nline two"), "line one line two");
        // A bare CR broke a table row.
        assert_eq!(md_inline("one\rtwo\r\nthree"), "one two three");
        assert_eq!(md_quote("one\rtwo"), "> one  \n> two");
        assert_eq!(md_inline("# not a heading"), "\\# not a heading");
        assert_eq!(md_inline("- not a list"), "\\- not a list");
        assert_eq!(md_inline("12. not a list"), "12\\. not a list");
        assert_eq!(md_inline("Art. 3(a)"), "Art. 3(a)");
        assert_eq!(md_quote("one\n\n- two"), "> one  \n>   \n> \\- two");
    }
}
