//! The one Tera instance: the built-in templates (embedded in the binary),
//! the user's overrides (`--templates DIR`: a file replaces the built-in one of
//! the same name), the filters, and the shared data in the global context.

use super::RenderError;
use super::context::Shared;
use super::markdown;
use crate::i18n::Lang;
use serde::Serialize;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tera::{Context, Tera};

/// The built-in templates, by name. HTML templates are autoescaped; Markdown
/// templates escape every value with the `md` / `md_quote` filters.
pub const BUILTIN: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    ("style.css", include_str!("../../templates/style.css")),
    ("report.html", include_str!("../../templates/report.html")),
    ("compare.html", include_str!("../../templates/compare.html")),
    ("index.html", include_str!("../../templates/index.html")),
    (
        "instrument.html",
        include_str!("../../templates/instrument.html"),
    ),
    (
        "partials/status.html",
        include_str!("../../templates/partials/status.html"),
    ),
    (
        "partials/provision.html",
        include_str!("../../templates/partials/provision.html"),
    ),
    (
        "partials/quote.html",
        include_str!("../../templates/partials/quote.html"),
    ),
    (
        "partials/lines.html",
        include_str!("../../templates/partials/lines.html"),
    ),
    (
        "partials/flags.html",
        include_str!("../../templates/partials/flags.html"),
    ),
    (
        "partials/matrix.html",
        include_str!("../../templates/partials/matrix.html"),
    ),
    ("report.md", include_str!("../../templates/report.md")),
    ("summary.html", include_str!("../../templates/summary.html")),
    (
        "partials/laws.html",
        include_str!("../../templates/partials/laws.html"),
    ),
    (
        "partials/laws.md",
        include_str!("../../templates/partials/laws.md"),
    ),
    (
        "partials/read_with_care.html",
        include_str!("../../templates/partials/read_with_care.html"),
    ),
    (
        "partials/report_head.html",
        include_str!("../../templates/partials/report_head.html"),
    ),
    ("summary.md", include_str!("../../templates/summary.md")),
    ("diff.html", include_str!("../../templates/diff.html")),
    ("diff.md", include_str!("../../templates/diff.md")),
    ("compare.md", include_str!("../../templates/compare.md")),
    ("index.md", include_str!("../../templates/index.md")),
    (
        "instrument.md",
        include_str!("../../templates/instrument.md"),
    ),
    (
        "partials/provision.md",
        include_str!("../../templates/partials/provision.md"),
    ),
    (
        "partials/matrix.md",
        include_str!("../../templates/partials/matrix.md"),
    ),
];

/// A user's template file is refused above this size.
const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;

/// The templates and the shared data; build once, render many pages.
#[derive(Debug)]
pub struct Renderer {
    tera: Tera,
    /// The pages' language (reasons are serialised in it for the templates).
    lang: Lang,
    /// The user's template files, for the output-is-input check.
    pub template_files: Vec<PathBuf>,
    /// Every template by name and text, the user's in place of the
    /// built-in ones they replace (a site's page keys include them).
    templates: Vec<(String, String)>,
}

impl Renderer {
    /// Builds the Tera instance: built-in templates, then the user's
    /// overrides from `dir`, the filters, and `shared` in the global context.
    pub fn new(shared: &Shared, dir: Option<&Path>) -> Result<Renderer, RenderError> {
        Renderer::with_lang(shared, dir, Lang::En)
    }

    /// Like [`new`](Self::new), in an interface language: the templates'
    /// `t` / `tmd` functions and `num` / `date` filters write for it, and
    /// `lang` and `dir` are in the global context.
    pub fn with_lang(
        shared: &Shared,
        dir: Option<&Path>,
        lang: Lang,
    ) -> Result<Renderer, RenderError> {
        let mut templates: Vec<(String, String)> = BUILTIN
            .iter()
            .map(|(n, t)| ((*n).to_owned(), (*t).to_owned()))
            .collect();
        let mut template_files = Vec::new();
        if let Some(dir) = dir {
            for (name, path) in user_templates(dir)? {
                let text = read_template(&path)?;
                match templates.iter_mut().find(|(n, _)| *n == name) {
                    Some(slot) => slot.1 = text,
                    None => templates.push((name, text)),
                }
                template_files.push(path);
            }
        }
        let mut tera = Tera::new();
        tera.autoescape_on([".html"]);
        tera.register_filter("markdown", markdown::markdown_filter);
        tera.register_filter("md", markdown::md_filter);
        tera.register_filter("md_quote", markdown::md_quote_filter);
        super::i18n::register(&mut tera, lang);
        tera.add_raw_templates(templates.iter().map(|(n, t)| (n.as_str(), t.as_str())))
            .map_err(|e| RenderError::Template(format!("{e}")))?;
        // The shared data holds lexgap's wording (instrument names,
        // requirement titles): serialised in the page's language.
        let mut global =
            crate::i18n::reason::in_page_language(lang, || Context::from_serialize(shared))
                .map_err(|e| RenderError::Template(format!("{e}")))?;
        global.insert("lang", &lang.code());
        global.insert("dir", &lang.dir());
        global.insert_value("words", words(lang));
        *tera.global_context() = global;
        Ok(Renderer {
            tera,
            lang,
            template_files,
            templates,
        })
    }

    /// What the key of every page of a site includes besides the page's own
    /// context ([`super::cache::build_key`]): the binary, the templates, the
    /// language, and `shared` (the shared data this renderer was made with).
    pub fn build_key(&self, shared: &Shared) -> String {
        crate::i18n::reason::in_page_language(self.lang, || {
            super::cache::build_key(
                self.templates.iter().map(|(n, t)| (n.as_str(), t.as_str())),
                self.lang.code(),
                shared,
            )
        })
    }

    /// A page's key for the cache of a site, its context serialised as
    /// [`page_value`](Self::page_value) would, but for its reasons, which
    /// the key holds as data ([`as_data`](crate::i18n::reason::as_data)).
    pub fn page_key(
        &self,
        keys: &super::cache::PageKeys,
        stem: &str,
        page: &impl Serialize,
    ) -> super::cache::Key {
        crate::i18n::reason::in_page_language(self.lang, || {
            crate::i18n::reason::as_data(|| keys.key_of(stem, page))
        })
    }

    /// Renders one page with its own small context.
    pub fn render(&self, template: &str, page: &impl Serialize) -> Result<String, RenderError> {
        // The value is moved into the context, not copied: a comparison's
        // is large.
        let mut out = Vec::new();
        self.render_into(template, self.page_value(page)?, &mut out)?;
        String::from_utf8(out).map_err(|e| RenderError::Template(format!("{template}: {e}")))
    }

    /// A page's context as a template value, in the page's language (the
    /// reasons in it are worded when serialised).
    pub fn page_value(&self, page: &impl Serialize) -> Result<tera::Value, RenderError> {
        crate::i18n::reason::in_page_language(self.lang, || {
            tera::Value::try_from_serializable(page)
        })
        .map_err(|e| RenderError::Template(format!("{e}")))
    }

    /// Renders one page from its context already made a template value
    /// ([`page_value`](Self::page_value)): a page rendered in two formats is
    /// converted once.
    pub fn render_value(&self, template: &str, page: &tera::Value) -> Result<String, RenderError> {
        let mut out = Vec::new();
        self.render_value_to(template, page, &mut out)?;
        String::from_utf8(out).map_err(|e| RenderError::Template(format!("{template}: {e}")))
    }

    /// Like [`render_value`](Self::render_value), appending the page to
    /// `out` (a buffer reused from page to page).
    pub fn render_value_to(
        &self,
        template: &str,
        page: &tera::Value,
        out: &mut Vec<u8>,
    ) -> Result<(), RenderError> {
        self.render_into(template, page.clone(), out)
    }

    fn render_into(
        &self,
        template: &str,
        page: tera::Value,
        out: &mut Vec<u8>,
    ) -> Result<(), RenderError> {
        let mut ctx = Context::new();
        ctx.insert_value("page", page);
        let mut budgeted = Budgeted {
            out,
            written: 0,
            started: Instant::now(),
            writes: 0,
            over: None,
        };
        let rendered = self.tera.render_to(template, &ctx, &mut budgeted);
        if let Some(over) = budgeted.over {
            return Err(RenderError::Template(format!("{template}: {over}")));
        }
        rendered.map_err(|e| RenderError::Template(format!("{template}: {e}")))
    }
}

/// The most one page may write: the largest built-in page, the comparison
/// of 2,000 jurisdictions, is 56 MB. A template that loops without end (a
/// `--templates` override) is stopped here instead of filling memory.
pub const MAX_PAGE_BYTES: usize = 512 * 1024 * 1024;

/// The longest one page may take to render (checked as it writes).
pub const MAX_PAGE_TIME: Duration = Duration::from_secs(60);

/// The page's buffer, refusing to grow past [`MAX_PAGE_BYTES`] or to be
/// written to after [`MAX_PAGE_TIME`]: Tera stops at the first write error.
struct Budgeted<'a> {
    out: &'a mut Vec<u8>,
    written: usize,
    started: Instant,
    writes: u32,
    /// Which budget was exceeded, in words.
    over: Option<String>,
}

impl Write for Budgeted<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.writes = self.writes.wrapping_add(1);
        if self.written + buf.len() > MAX_PAGE_BYTES {
            self.over = Some(format!(
                "the page exceeds {} MiB: a template that writes this much loops too far",
                MAX_PAGE_BYTES / (1024 * 1024)
            ));
        } else if self.writes.is_multiple_of(4096) && self.started.elapsed() > MAX_PAGE_TIME {
            self.over = Some(format!(
                "the page takes longer than {} s to render: a template that takes this long loops too far",
                MAX_PAGE_TIME.as_secs()
            ));
        }
        if self.over.is_some() {
            return Err(io::Error::other("render budget exceeded"));
        }
        // Grow as a Vec would, but never past the budget: doubling from
        // just under it would take twice the budget.
        let needed = self.out.len() + buf.len();
        if needed > self.out.capacity() {
            let room = (self.out.capacity() * 2)
                .max(needed)
                .min(self.out.len() - self.written + MAX_PAGE_BYTES);
            self.out.reserve_exact(room - self.out.len());
        }
        self.written += buf.len();
        self.out.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The catalogue's messages without arguments, by the part of their id
/// before the first `-` and the rest: `words.status.met` is
/// `t(k="status-met")`. Trusted text, not escaped, like the output of `t`;
/// a lookup costs far less than a call, and a comparison page has tens of
/// thousands of status words.
fn words(lang: Lang) -> tera::Value {
    use std::collections::BTreeMap;
    let mut groups: BTreeMap<String, BTreeMap<String, tera::Value>> = BTreeMap::new();
    for (id, text) in crate::i18n::catalog(lang).plain_messages() {
        if let Some((group, rest)) = id.split_once('-') {
            groups
                .entry(group.to_owned())
                .or_default()
                .insert(rest.to_owned(), tera::Value::safe_string(&text));
        }
    }
    groups.into()
}

/// The template files under `dir`, with their names relative to it
/// (`partials/provision.html`), sorted.
fn user_templates(dir: &Path) -> Result<Vec<(String, PathBuf)>, RenderError> {
    fn walk(
        root: &Path,
        dir: &Path,
        depth: usize,
        out: &mut Vec<(String, PathBuf)>,
    ) -> Result<(), RenderError> {
        let rd = std::fs::read_dir(dir).map_err(|e| {
            RenderError::Template(format!(
                "cannot read templates directory {}: {e}",
                dir.display()
            ))
        })?;
        for entry in rd {
            let entry = entry.map_err(|e| RenderError::Template(e.to_string()))?;
            let path = entry.path();
            let ty = entry
                .file_type()
                .map_err(|e| RenderError::Template(e.to_string()))?;
            if ty.is_dir() && depth < 4 {
                walk(root, &path, depth + 1, out)?;
            } else if ty.is_file() {
                let rel = path.strip_prefix(root).unwrap_or(&path);
                let name = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                if !name.starts_with('.') {
                    out.push((name, path));
                }
            }
        }
        Ok(())
    }
    if !dir.is_dir() {
        return Err(RenderError::Template(format!(
            "{} is not a directory of templates",
            dir.display()
        )));
    }
    let mut out = Vec::new();
    walk(dir, dir, 0, &mut out)?;
    out.sort();
    Ok(out)
}

fn read_template(path: &Path) -> Result<String, RenderError> {
    let meta = std::fs::metadata(path)
        .map_err(|e| RenderError::Template(format!("cannot read {}: {e}", path.display())))?;
    if meta.len() > MAX_TEMPLATE_BYTES {
        return Err(RenderError::Template(format!(
            "{} is larger than {MAX_TEMPLATE_BYTES} bytes",
            path.display()
        )));
    }
    let bytes = std::fs::read(path)
        .map_err(|e| RenderError::Template(format!("cannot read {}: {e}", path.display())))?;
    String::from_utf8(bytes)
        .map_err(|_| RenderError::Template(format!("{} is not UTF-8 text", path.display())))
}
