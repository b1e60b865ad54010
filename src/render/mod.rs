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
//!
//! Output is byte-identical for identical input: no clock (a date appears
//! only when given), every list in a fixed order, no hashed iteration.

pub mod context;
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
    let mut page = context::report_page(corpus, this, jc, &columns[index].slug);
    // The other versions of the same law in the corpus (a site links them).
    let versions: Vec<(&crate::model::Jurisdiction, Option<String>)> = corpus
        .jurisdictions
        .iter()
        .zip(&columns)
        .filter(|(j, _)| j.code.value == this.code.value)
        .map(|(j, c)| (j, Some(c.slug.clone())))
        .collect();
    page.timeline = context::timeline(&versions, &this.file);
    page
}

pub fn render_report(r: &Renderer, page: &ReportPage, format: Page) -> Result<String, RenderError> {
    r.render(&format!("report.{}", format.ext()), page)
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
/// a formula (starting with `=`, `+`, `-`, `@`) is prefixed with `'`.
pub fn compare_csv(page: &ComparePage) -> String {
    let mut out = String::new();
    let mut row = |cells: Vec<String>| {
        let line: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    };
    let mut head = vec![
        "instrument".to_owned(),
        "article".to_owned(),
        "requirement".to_owned(),
        "title".to_owned(),
        "obligation".to_owned(),
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
                    r.title.clone(),
                    r.obligation.to_string(),
                ];
                cells.extend(r.cells.iter().map(|c| c.status.to_string()));
                row(cells);
            }
        }
        let mut rating = vec![
            m.instrument.clone(),
            String::new(),
            "rating".to_owned(),
            format!("{} rating (* provisional)", m.short),
            String::new(),
        ];
        rating.extend(
            m.ratings
                .iter()
                .map(|c| format!("{}{}", c.rating, if c.provisional { "*" } else { "" })),
        );
        row(rating);
        let mut coverage = vec![
            m.instrument.clone(),
            String::new(),
            "coverage".to_owned(),
            format!("{} coverage (assessed/counted)", m.short),
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
    let instruments: Vec<&Instrument> = corpus.instruments.iter().collect();
    let columns = context::columns(corpus);
    let gen_ = generated.map(str::to_owned);
    let mut files = Vec::new();
    for format in [Page::Html, Page::Md] {
        let ext = format.ext();
        let nav = |root: &'static str, page: &'static str| Some(Nav { root, ext, page });

        let mut index = context::index_page(corpus, checks);
        index.generated.clone_from(&gen_);
        index.nav = nav("", "index");
        files.push(SiteFile {
            path: format!("index.{ext}"),
            text: r.render(&format!("index.{ext}"), &index)?,
        });

        let mut compare = context::compare_page(corpus, &instruments, checks, &[]);
        compare.generated.clone_from(&gen_);
        compare.nav = nav("", "compare");
        files.push(SiteFile {
            path: format!("compare.{ext}"),
            text: render_compare(r, &compare, format)?,
        });

        for (n, (j, jc)) in corpus.jurisdictions.iter().zip(checks).enumerate() {
            let mut page = context::report_page(corpus, j, jc, &columns[n].slug);
            page.generated.clone_from(&gen_);
            page.nav = nav("../", "jurisdiction");
            files.push(SiteFile {
                path: format!("jurisdictions/{}.{ext}", columns[n].slug),
                text: render_report(r, &page, format)?,
            });
        }

        for m in context::matrices(&instruments, checks, &[]) {
            let page = InstrumentPage {
                generated: gen_.clone(),
                nav: nav("../", "instrument"),
                instrument: m.instrument.clone(),
                columns: columns.clone(),
                matrix: m,
            };
            files.push(SiteFile {
                path: format!("instruments/{}.{ext}", context::anchor(&[&page.instrument])),
                text: r.render(&format!("instrument.{ext}"), &page)?,
            });
        }
    }
    Ok(files)
}
