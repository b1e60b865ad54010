//! Rendering: findings to reports. The last stage of the pipeline
//! (load → check → render); it presents what [`crate::check`] decided and
//! decides nothing about law.
//!
//! - [`context`] builds the data the templates see (and the JSON outputs).
//! - [`markdown`] is the one place text becomes markup (notes rendered and
//!   sanitised; values escaped for Markdown output).
//! - [`tera`] builds the one Tera instance with the embedded templates, the
//!   user's overrides and the shared data.
//! - [`write`] writes files atomically and refuses to overwrite an input.
//! - [`cache`] remembers the pages a site was built with, so a second build
//!   renders only those whose content changed.
//!
//! Output is byte-identical for identical input: no clock (a date appears
//! only when given), every list in a fixed order, no hashed iteration.

pub mod cache;
pub mod context;
mod digest;
pub mod i18n;
pub mod inputs;
pub mod json;
pub mod markdown;
pub mod tera;
pub mod write;

use crate::check::JurisdictionCheck;
use crate::model::{Corpus, Instrument};
use context::{
    COMPARE_FORMAT, CompareJson, ComparePage, InstrumentPage, Nav, REPORT_FORMAT, ReportJson,
    ReportPage, Shared,
};
pub use tera::Renderer;

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("template error: {0}")]
    Template(String),
    #[error("cannot encode JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// The two templated formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Html,
    Md,
}

impl Page {
    pub fn ext(self) -> &'static str {
        match self {
            Page::Html => "html",
            Page::Md => "md",
        }
    }
}

/// The report on the jurisdiction at `index` in the corpus, from its check.
pub fn report_page(corpus: &Corpus, index: usize, jc: &JurisdictionCheck) -> ReportPage {
    let columns = context::columns(corpus);
    let this = &corpus.jurisdictions[index];
    let kinds = crate::classify::ScenarioKinds::of(corpus);
    let mut page = context::report_page(corpus, this, jc, &columns[index].slug, &kinds);
    page.timeline = timeline_in(corpus, &columns, index);
    page
}

/// Every version of the law of the jurisdiction at `index` in the corpus,
/// this one among them, with their pages in a site (which links them).
fn timeline_in(
    corpus: &Corpus,
    columns: &[context::ColumnView],
    index: usize,
) -> Vec<context::VersionView> {
    let this = &corpus.jurisdictions[index];
    let versions: Vec<(&crate::model::Jurisdiction, Option<String>)> = corpus
        .jurisdictions
        .iter()
        .zip(columns)
        .filter(|(j, _)| j.code.value == this.code.value)
        .map(|(j, c)| (j, Some(c.slug.clone())))
        .collect();
    context::timeline(&versions, &this.file)
}

pub fn render_report(r: &Renderer, page: &ReportPage, format: Page) -> Result<String, RenderError> {
    r.render(&format!("report.{}", format.ext()), page)
}

/// The summary edition of a report: the same page, its own templates.
pub fn render_summary(
    r: &Renderer,
    page: &ReportPage,
    format: Page,
) -> Result<String, RenderError> {
    r.render(&format!("summary.{}", format.ext()), page)
}

pub fn report_json(shared: &Shared, page: &ReportPage) -> Result<String, RenderError> {
    let v = ReportJson {
        format: REPORT_FORMAT,
        page,
        instruments: &shared.instruments,
    };
    let mut s = serde_json::to_string_pretty(&v)?;
    s.push('\n');
    Ok(s)
}

pub fn render_compare(
    r: &Renderer,
    page: &ComparePage,
    format: Page,
) -> Result<String, RenderError> {
    r.render(&format!("compare.{}", format.ext()), page)
}

pub fn compare_json(shared: &Shared, page: &ComparePage) -> Result<String, RenderError> {
    let mut ids: Vec<&str> = page
        .instruments
        .iter()
        .flat_map(|m| m.groups.iter().flat_map(|g| &g.rows))
        .map(|r| r.requirement.as_str())
        .collect();
    for t in &page.text_view {
        if !ids.contains(&t.requirement.as_str()) {
            ids.push(&t.requirement);
        }
    }
    let requirements = ids
        .into_iter()
        .filter_map(|id| {
            shared
                .instruments
                .values()
                .find_map(|i| i.requirements.get(id))
        })
        .collect();
    let v = CompareJson {
        format: COMPARE_FORMAT,
        page,
        requirements,
    };
    let mut s = serde_json::to_string_pretty(&v)?;
    s.push('\n');
    Ok(s)
}

/// The matrix as CSV (RFC 4180, CRLF line ends): one row per requirement,
/// one column per jurisdiction with the status word, then per instrument a
/// `rating` row and a `coverage` row. A cell that a spreadsheet would read as
/// a formula (starting with `=`, `+`, `-`, `@`) is prefixed with `'`. The
/// headings, titles and words are in `lang`; ids, codes and rating letters
/// are as written.
pub fn compare_csv(page: &ComparePage, lang: crate::i18n::Lang) -> String {
    let cat = crate::i18n::catalog(lang);
    let mut out = String::new();
    let mut row = |cells: Vec<String>| {
        let line: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    };
    let mut head = vec![
        cat.t("csv-instrument"),
        cat.t("csv-article"),
        cat.t("csv-requirement"),
        cat.t("csv-title"),
        cat.t("csv-obligation"),
    ];
    head.extend(page.columns.iter().map(|c| c.key.clone()));
    row(head);
    for m in &page.instruments {
        for g in &m.groups {
            for r in &g.rows {
                let mut cells = vec![
                    m.instrument.clone(),
                    g.article.clone(),
                    r.requirement.clone(),
                    r.title.get(lang).to_owned(),
                    cat.word("obligation", &r.obligation.to_string()),
                ];
                cells.extend(
                    r.cells
                        .iter()
                        .map(|c| cat.word("status", &c.status.to_string())),
                );
                row(cells);
            }
        }
        let mut rating = vec![
            m.instrument.clone(),
            String::new(),
            "rating".to_owned(),
            crate::t!(cat, "csv-rating", short = m.short.get(lang)),
            String::new(),
        ];
        rating.extend(m.ratings.iter().map(|c| c.rating.to_string()));
        row(rating);
        let mut coverage = vec![
            m.instrument.clone(),
            String::new(),
            "coverage".to_owned(),
            crate::t!(cat, "csv-coverage", short = m.short.get(lang)),
            String::new(),
        ];
        coverage.extend(
            m.ratings
                .iter()
                .map(|c| format!("{}/{}", c.assessed, c.counted)),
        );
        row(coverage);
    }
    out
}

fn csv_cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// One file of a site: its path relative to the site's root, and its text.
#[derive(Debug, Clone)]
pub struct SiteFile {
    pub path: String,
    pub text: String,
}

/// Every page of the site, in HTML and Markdown, rendered in memory (nothing
/// is written until all pages are rendered): the index, one page per
/// jurisdiction, the comparison, one page per instrument.
pub fn site(
    r: &Renderer,
    corpus: &Corpus,
    checks: &[JurisdictionCheck],
    generated: Option<&str>,
) -> Result<Vec<SiteFile>, RenderError> {
    site_with_progress(r, corpus, checks, generated, &mut |_, _| {})
}

/// Like [`site`], calling `progress(done, total)` after each page.
pub fn site_with_progress(
    r: &Renderer,
    corpus: &Corpus,
    checks: &[JurisdictionCheck],
    generated: Option<&str>,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Vec<SiteFile>, RenderError> {
    let total = site_page_count(corpus);
    let mut files = Vec::with_capacity(total);
    let keep = |_: &str, bytes: &[u8]| {
        String::from_utf8(bytes.to_vec()).map_err(|_| std::io::Error::other("a page is not UTF-8"))
    };
    let done = site_each(
        r,
        corpus,
        checks,
        generated,
        None,
        None,
        &keep,
        &mut |path, made| {
            let Made::Rendered(text, _) = made else {
                unreachable!("without a cache every page renders")
            };
            files.push(SiteFile { path, text });
            progress(files.len(), total);
            std::ops::ControlFlow::Continue(())
        },
    );
    match done {
        Ok(()) => Ok(files),
        Err(SiteError::Render(e)) => Err(e),
        Err(SiteError::Io(e)) => Err(RenderError::Template(e.to_string())),
    }
}

/// The number of pages of the site of `corpus`.
pub fn site_page_count(corpus: &Corpus) -> usize {
    site_paths(corpus).len()
}

/// The path of every page of the site of `corpus`, relative to its root, in
/// the order [`site_each`] hands them over: each instrument, the comparison,
/// the index, each jurisdiction, each in HTML then Markdown.
pub fn site_paths(corpus: &Corpus) -> Vec<String> {
    let columns = context::columns(corpus);
    site_jobs(corpus)
        .into_iter()
        .flat_map(|job| {
            let stem = job.stem(corpus, &columns);
            [Page::Html, Page::Md].map(|f| format!("{stem}.{}", f.ext()))
        })
        .collect()
}

/// The longest pages first (the instruments', then the comparison, each
/// with a cell per jurisdiction and requirement), so the many short reports
/// fill the cores around them instead of one long page ending the build on
/// one core while the others wait. The comparison, the longest, comes after
/// the instruments' so it never renders beside the next longest (the
/// Trafficking Protocol's): the two at once took the peak memory of a site
/// of 200 from 190 to 200 MB.
fn site_jobs(corpus: &Corpus) -> Vec<SitePage> {
    let mut jobs: Vec<SitePage> = (0..corpus.instruments.len())
        .map(SitePage::Instrument)
        .collect();
    jobs.extend([SitePage::Compare, SitePage::Index]);
    jobs.extend((0..corpus.jurisdictions.len()).map(SitePage::Report));
    jobs
}

/// A page of a site as [`site_each`] hands it over: rendered (what `keep`
/// made of it, and its key when there is a cache), or, with a cache, the
/// one already in the site, current.
#[derive(Debug)]
pub enum Made<T> {
    Rendered(T, Option<cache::Key>),
    Unchanged,
}

/// Why a site could not be made: a page failed to render, or `keep` failed.
#[derive(Debug)]
pub enum SiteError {
    Render(RenderError),
    Io(std::io::Error),
}

/// Renders every page of the site on as many threads as there are cores.
/// Each page is handed to `keep` on the thread that rendered it (a writer
/// writes it there, so pages are written on every core and no page is held
/// longer than it takes to write it); what `keep` returns is handed to
/// `each` on this thread, with the page's path, in the order of
/// [`site_paths`], so the output does not depend on the number of threads.
/// Rendering stops when `each` breaks, or at the first page that fails
/// (whose error is returned; nothing after it is handed to `each`). Every
/// value `keep` made is handed to `each` or dropped, so a writer can clean up
/// what it wrote. With a `cache`, a page whose key the cache holds for a file
/// still as written is not rendered: `each` gets [`Made::Unchanged`]. With
/// the site's `inputs` too, a report's key is told from its input files
/// ([`inputs`]), and a current report is not even made.
#[allow(clippy::too_many_arguments)]
pub fn site_each<T: Send>(
    r: &Renderer,
    corpus: &Corpus,
    checks: &[JurisdictionCheck],
    generated: Option<&str>,
    cache: Option<&cache::PageKeys>,
    inputs: Option<&inputs::SiteInputs>,
    keep: &(dyn Fn(&str, &[u8]) -> std::io::Result<T> + Sync),
    each: &mut dyn FnMut(String, Made<T>) -> std::ops::ControlFlow<()>,
) -> Result<(), SiteError> {
    thread_local! {
        // One output buffer per rendering thread, reused from page to page.
        static BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let instruments: Vec<&Instrument> = corpus.instruments.iter().collect();
    let columns = context::columns(corpus);
    let matrices = context::matrices(&instruments, checks, &[]);
    let kinds = crate::classify::ScenarioKinds::of(corpus);
    let gen_ = generated.map(str::to_owned);
    let jobs = site_jobs(corpus);
    // One job per page, rendered in both formats from one context.
    let render_one = |job: SitePage| -> Result<[(String, Made<T>); 2], SiteError> {
        let stem = job.stem(corpus, &columns);
        // The page's value for its templates, or `None` where the cache has
        // both its files as they would be rendered.
        let mut key = None;
        let current = |keys: &cache::PageKeys, k: &cache::Key| {
            [Page::Html, Page::Md]
                .iter()
                .all(|f| keys.is_current(&format!("{stem}.{}", f.ext()), k))
        };
        // `known`: the page's key when it was told from its inputs.
        let mut value_of = |page: &dyn ErasedPage,
                            known: Option<cache::Key>|
         -> Result<Option<::tera::Value>, RenderError> {
            if let Some(keys) = cache {
                let k = known.unwrap_or_else(|| page.key(r, keys, &stem));
                if current(keys, &k) {
                    return Ok(None);
                }
                key = Some(k);
            }
            page.value(r).map(Some)
        };
        let nav = |root: &'static str, page: &'static str| {
            Some(Nav {
                root,
                ext: "html",
                page,
            })
        };
        let value = match job {
            SitePage::Index => {
                let mut index = context::index_page(corpus, checks);
                index.generated.clone_from(&gen_);
                index.nav = nav("", "index");
                value_of(&index, None)
            }
            SitePage::Compare => {
                let mut compare = context::compare_page(corpus, &instruments, checks, &[]);
                compare.generated.clone_from(&gen_);
                compare.nav = nav("", "compare");
                value_of(&compare, None)
            }
            SitePage::Report(n) => {
                let page_nav = nav("../", "jurisdiction");
                let (generated, at) = (gen_.as_deref(), page_nav.as_ref());
                let known = cache.zip(inputs).and_then(|(keys, i)| {
                    i.report_key(keys, &stem, corpus, &columns, n, generated, at)
                });
                if cache
                    .zip(known.as_ref())
                    .is_some_and(|(keys, k)| current(keys, k))
                {
                    Ok(None)
                } else {
                    let (j, jc) = (&corpus.jurisdictions[n], &checks[n]);
                    let mut page = context::report_page(corpus, j, jc, &columns[n].slug, &kinds);
                    page.timeline = timeline_in(corpus, &columns, n);
                    page.generated.clone_from(&gen_);
                    page.nav = page_nav;
                    value_of(&page, known)
                }
            }
            SitePage::Instrument(m) => {
                let matrix = matrices[m].clone();
                let page = InstrumentPage {
                    generated: gen_.clone(),
                    nav: nav("../", "instrument"),
                    instrument: matrix.instrument.clone(),
                    columns: columns.clone(),
                    matrix,
                };
                value_of(&page, None)
            }
        };
        let Some(mut value) = value.map_err(SiteError::Render)? else {
            return Ok(
                [Page::Html, Page::Md].map(|f| (format!("{stem}.{}", f.ext()), Made::Unchanged))
            );
        };
        let template = job.template();
        // The context differs between formats only in `nav.ext`.
        let mut one = |format: Page| -> Result<(String, Made<T>), SiteError> {
            let ext = format.ext();
            set_nav_ext(&mut value, ext);
            let path = format!("{stem}.{ext}");
            BUFFER.with_borrow_mut(|buf| {
                buf.clear();
                r.render_value_to(&format!("{template}.{ext}"), &value, buf)
                    .map_err(SiteError::Render)?;
                let kept = keep(&path, buf).map_err(SiteError::Io)?;
                Ok((path, Made::Rendered(kept, key.clone())))
            })
        };
        let html = one(Page::Html)?;
        let md = one(Page::Md)?;
        Ok([html, md])
    };
    render_parallel(&jobs, &render_one, &mut |pair: [(String, Made<T>); 2]| {
        for (path, kept) in pair {
            each(path, kept)?;
        }
        std::ops::ControlFlow::Continue(())
    })
}

/// A page's context, whatever its type: its key for the cache, and its value
/// for the templates.
trait ErasedPage {
    fn key(&self, r: &Renderer, keys: &cache::PageKeys, stem: &str) -> cache::Key;
    fn value(&self, r: &Renderer) -> Result<::tera::Value, RenderError>;
}

impl<P: serde::Serialize> ErasedPage for P {
    fn key(&self, r: &Renderer, keys: &cache::PageKeys, stem: &str) -> cache::Key {
        r.page_key(keys, stem, self)
    }

    fn value(&self, r: &Renderer) -> Result<::tera::Value, RenderError> {
        r.page_value(self)
    }
}

/// Sets `nav.ext` of a page's context value (the one field that differs
/// between a page's HTML and Markdown versions).
fn set_nav_ext(value: &mut ::tera::Value, ext: &'static str) {
    use ::tera::value::Key;
    let nav_key = Key::Str("nav");
    let Some(mut map) = value.as_map().cloned() else {
        return;
    };
    let Some(mut nav) = map.get(&nav_key).and_then(::tera::Value::as_map).cloned() else {
        return;
    };
    nav.insert(Key::Str("ext"), ext.into());
    map.insert(nav_key, nav.into());
    *value = map.into();
}

/// One page of a site, before it is rendered (in both formats).
#[derive(Debug, Clone, Copy)]
enum SitePage {
    Index,
    Compare,
    /// The report on the jurisdiction at this index.
    Report(usize),
    /// The page of the instrument at this index.
    Instrument(usize),
}

impl SitePage {
    /// Its path without the extension.
    fn stem(self, corpus: &Corpus, columns: &[context::ColumnView]) -> String {
        match self {
            SitePage::Index => "index".to_owned(),
            SitePage::Compare => "compare".to_owned(),
            SitePage::Report(n) => format!("jurisdictions/{}", columns[n].slug),
            SitePage::Instrument(m) => format!(
                "instruments/{}",
                context::anchor(&[&corpus.instruments[m].id.value])
            ),
        }
    }

    /// Its template without the extension.
    fn template(self) -> &'static str {
        match self {
            SitePage::Index => "index",
            SitePage::Compare => "compare",
            SitePage::Report(_) => "report",
            SitePage::Instrument(_) => "instrument",
        }
    }
}

/// Renders `jobs` on as many threads as there are cores and hands the
/// results to `deliver` on this thread in the order of `jobs`, so the output
/// does not depend on the number of threads. Workers stay only a few pages
/// ahead of `deliver`. On an error, no job after the failing one is started
/// or delivered, and the error of the first failing job in the order of
/// `jobs` is returned (every job before it was started, so which one fails
/// first does not depend on timing).
fn render_parallel<J: Copy + Sync, T: Send, E: Send>(
    jobs: &[J],
    render: &(dyn Fn(J) -> Result<T, E> + Sync),
    deliver: &mut dyn FnMut(T) -> std::ops::ControlFlow<()>,
) -> Result<(), E> {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    let workers = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(jobs.len())
        .max(1);
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let mut first_error: Option<(usize, E)> = None;
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel(workers);
        for _ in 0..workers {
            let tx = tx.clone();
            let (next, stop) = (&next, &stop);
            let work = move || {
                while !stop.load(Ordering::Relaxed) {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(&job) = jobs.get(i) else { break };
                    let result = render(job);
                    if result.is_err() {
                        stop.store(true, Ordering::Relaxed);
                    }
                    if tx.send((i, result)).is_err() {
                        break;
                    }
                }
            };
            // The main thread's stack size: templates may nest deeply.
            let spawned = std::thread::Builder::new()
                .name("lexgap-render".to_owned())
                .stack_size(8 * 1024 * 1024)
                .spawn_scoped(scope, work);
            if spawned.is_err() {
                break;
            }
        }
        drop(tx);
        let mut ready = std::collections::BTreeMap::new();
        let mut want = 0;
        let mut open = true;
        for (i, result) in rx {
            match result {
                Ok(page) => {
                    ready.insert(i, page);
                }
                Err(e) => {
                    if first_error.as_ref().is_none_or(|(at, _)| i < *at) {
                        first_error = Some((i, e));
                    }
                }
            }
            while open && first_error.as_ref().is_none_or(|(at, _)| want < *at) {
                let Some(page) = ready.remove(&want) else {
                    break;
                };
                want += 1;
                if deliver(page).is_break() {
                    open = false;
                    stop.store(true, Ordering::Relaxed);
                }
            }
        }
        // No worker could start: render here.
        while open && first_error.is_none() {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(&job) = jobs.get(i) else { break };
            match render(job) {
                Ok(page) => open = deliver(page).is_continue(),
                Err(e) => first_error = Some((i, e)),
            }
        }
    });
    match first_error {
        Some((_, e)) => Err(e),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::csv_cell;

    /// A spreadsheet runs a cell that begins with `=`, `+`, `-` or `@` as a
    /// formula (and some read a leading tab or CR the same way): such a cell
    /// gets a leading `'`, and is quoted where RFC 4180 needs it.
    #[test]
    fn a_csv_cell_never_runs_as_a_formula() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("+1"), "'+1");
        assert_eq!(csv_cell("-2+3"), "'-2+3");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("\t=1"), "'\t=1");
        assert_eq!(csv_cell("KW"), "KW");
        assert_eq!(csv_cell("a, b"), "\"a, b\"");
    }
}
