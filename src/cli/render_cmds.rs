//! `lexgap report`, `lexgap compare` and `lexgap site`: load, check, render,
//! write. The commands decide nothing about law; they hand `check`'s output
//! to `render` and write what it returns.

use super::commands::CliError;
use super::{Outcome, PageFormat, TableFormat};
use crate::check::{self, JurisdictionCheck};
use crate::diag::{Code, Diagnostic, Severity, SourceMap, did_you_mean, render_human};
use crate::load::{self, Input, Loaded};
use crate::model::{Corpus, Date, Instrument};
use crate::render::context::{self, Shared};
use crate::render::write::{clashing_input, write_atomic};
use crate::render::{self, Page, RenderError, Renderer};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Options shared by the three commands.
#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    pub output: Option<&'a Path>,
    pub templates: Option<&'a Path>,
    pub date: Option<&'a str>,
}

fn fail(d: Diagnostic) -> Result<Outcome, CliError> {
    let mut err = io::stderr().lock();
    err.write_all(render_human(std::slice::from_ref(&d), &SourceMap::default()).as_bytes())?;
    Ok(Outcome::InvalidInput)
}

fn render_failed(e: &RenderError) -> Result<Outcome, CliError> {
    let mut err = io::stderr().lock();
    writeln!(err, "lexgap: {e}")?;
    writeln!(err, "nothing was written")?;
    Ok(Outcome::InvalidInput)
}

/// Loads the jurisdictions, printing diagnostics on stderr; `None` when
/// there is an error.
fn load(paths: &[String]) -> Result<Option<Loaded>, CliError> {
    let inputs: Vec<Input> = paths.iter().map(|p| Input::parse(p)).collect();
    let loaded = load::load(&inputs);
    if !loaded.diagnostics.items.is_empty() {
        let mut err = io::stderr().lock();
        err.write_all(render_human(&loaded.diagnostics.items, &loaded.sources).as_bytes())?;
        writeln!(
            err,
            "{} error(s), {} warning(s)",
            loaded.diagnostics.count(Severity::Error),
            loaded.diagnostics.count(Severity::Warning)
        )?;
    }
    Ok(loaded.corpus.is_some().then_some(loaded))
}

fn check_date(date: Option<&str>) -> Result<(), Diagnostic> {
    match date {
        Some(d) if Date::parse(d).is_none() => Err(Diagnostic::error(
            Code::BadDate,
            format!("`--date {d}` is not a valid YYYY-MM-DD calendar date"),
        )),
        _ => Ok(()),
    }
}

/// Every file this run reads: the jurisdiction files and the user's
/// templates. An output may not be one of them.
fn input_paths(loaded: &Loaded, renderer: Option<&Renderer>) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = loaded
        .sources
        .iter()
        .filter_map(|(_, f)| f.path.clone())
        .collect();
    if let Some(r) = renderer {
        v.extend(r.template_files.iter().cloned());
    }
    v
}

fn output_is_input(output: &Path, inputs: &[PathBuf]) -> Option<Diagnostic> {
    clashing_input(output, inputs).map(|input| {
        Diagnostic::error(
            Code::OutputIsInput,
            format!(
                "the output {} is an input ({}); refusing to overwrite it",
                output.display(),
                input.display()
            ),
        )
        .help(Some("write the output to another file".to_owned()))
    })
}

/// Writes `text` to the output file (atomically), or to stdout.
fn emit(
    text: &str,
    opts: Options<'_>,
    inputs: &[PathBuf],
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    match opts.output {
        None => {
            out.write_all(text.as_bytes())?;
            Ok(Outcome::Clean)
        }
        Some(path) => {
            if let Some(d) = output_is_input(path, inputs) {
                return fail(d);
            }
            write_atomic(path, text.as_bytes())?;
            Ok(Outcome::Clean)
        }
    }
}

fn renderer(shared: &Shared, templates: Option<&Path>) -> Result<Renderer, RenderError> {
    Renderer::new(shared, templates)
}

pub fn report(
    path: &str,
    format: PageFormat,
    opts: Options<'_>,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    if let Err(d) = check_date(opts.date) {
        return fail(d);
    }
    let Some(loaded) = load(std::slice::from_ref(&path.to_owned()))? else {
        return Ok(Outcome::InvalidInput);
    };
    let corpus = loaded.corpus.as_ref().expect("checked by load");
    if corpus.jurisdictions.len() != 1 {
        return fail(
            Diagnostic::error(
                Code::BadValue,
                format!(
                    "`{path}` holds {} jurisdiction files; a report is on one",
                    corpus.jurisdictions.len()
                ),
            )
            .help(Some(
                "name one file, or use `lexgap site` for several".to_owned(),
            )),
        );
    }
    let instruments: Vec<&Instrument> = corpus.instruments.iter().collect();
    let jc = check::check_jurisdiction(corpus, &corpus.jurisdictions[0], &instruments);
    let mut page = render::report_page(corpus, 0, &jc);
    page.generated = opts.date.map(str::to_owned);
    if page.timeline.is_empty() {
        page.timeline = bundled_timeline(&corpus.jurisdictions[0]);
    }
    let shared = Shared::new(corpus);
    let (text, r) = match format {
        PageFormat::Json => (render::report_json(&shared, &page), None),
        PageFormat::Html | PageFormat::Md => {
            let r = match renderer(&shared, opts.templates) {
                Ok(r) => r,
                Err(e) => return render_failed(&e),
            };
            let kind = if format == PageFormat::Html {
                Page::Html
            } else {
                Page::Md
            };
            (render::render_report(&r, &page, kind), Some(r))
        }
    };
    match text {
        Ok(t) => emit(&t, opts, &input_paths(&loaded, r.as_ref()), out),
        Err(e) => render_failed(&e),
    }
}

/// The versions of a jurisdiction that are bundled besides the one reported
/// on, for the report's timeline. A bundled version that does not load is
/// left out (`lexgap validate` reports it).
fn bundled_timeline(this: &crate::model::Jurisdiction) -> Vec<context::VersionView> {
    let others = load::bundled_versions(&this.code.value);
    if others.is_empty() {
        return Vec::new();
    }
    let loaded = load::load(&others);
    let Some(c) = &loaded.corpus else {
        return Vec::new();
    };
    let mut versions: Vec<(&crate::model::Jurisdiction, Option<String>)> = c
        .jurisdictions
        .iter()
        .filter(|j| j.code.value == this.code.value && j.file != this.file)
        .map(|j| (j, None))
        .collect();
    versions.push((this, None));
    context::timeline(&versions, &this.file)
}

fn select<'c>(corpus: &'c Corpus, ids: &[String]) -> Result<Vec<&'c Instrument>, Diagnostic> {
    if ids.is_empty() {
        return Ok(corpus.instruments.iter().collect());
    }
    ids.iter()
        .map(|id| {
            corpus.instrument(id).ok_or_else(|| {
                let known: Vec<&str> = corpus
                    .instruments
                    .iter()
                    .map(|i| i.id.value.as_str())
                    .collect();
                Diagnostic::error(
                    Code::UnknownInstrument,
                    format!("no instrument has the id `{id}`"),
                )
                .help(
                    did_you_mean(id, known.iter().copied())
                        .or_else(|| Some(format!("instruments: {}", known.join(", ")))),
                )
            })
        })
        .collect()
}

pub fn compare(
    paths: &[String],
    instrument_ids: &[String],
    requirements: &[String],
    format: TableFormat,
    opts: Options<'_>,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    if let Err(d) = check_date(opts.date) {
        return fail(d);
    }
    let Some(loaded) = load(paths)? else {
        return Ok(Outcome::InvalidInput);
    };
    let corpus = loaded.corpus.as_ref().expect("checked by load");
    let selected = match select(corpus, instrument_ids) {
        Ok(s) => s,
        Err(d) => return fail(d),
    };
    for id in requirements {
        if !selected
            .iter()
            .any(|i| i.requirements.iter().any(|r| r.id.value == *id))
        {
            let all = selected
                .iter()
                .flat_map(|i| i.requirements.iter().map(|r| r.id.value.as_str()));
            return fail(
                Diagnostic::error(
                    Code::UnknownInstrument,
                    format!("no requirement of the chosen instruments has the id `{id}`"),
                )
                .help(
                    did_you_mean(id, all)
                        .or_else(|| Some("list them with `lexgap requirements`".to_owned())),
                ),
            );
        }
    }
    let checks: Vec<JurisdictionCheck> = check::check(corpus, &selected);
    let mut page = context::compare_page(corpus, &selected, &checks, requirements);
    page.generated = opts.date.map(str::to_owned);
    let shared = Shared::new(corpus);
    let mut r = None;
    let text = match format {
        TableFormat::Json => render::compare_json(&shared, &page),
        TableFormat::Csv => Ok(render::compare_csv(&page)),
        TableFormat::Html | TableFormat::Md => match renderer(&shared, opts.templates) {
            Ok(rend) => {
                let kind = if format == TableFormat::Html {
                    Page::Html
                } else {
                    Page::Md
                };
                let t = render::render_compare(&rend, &page, kind);
                r = Some(rend);
                t
            }
            Err(e) => Err(e),
        },
    };
    match text {
        Ok(t) => emit(&t, opts, &input_paths(&loaded, r.as_ref()), out),
        Err(e) => render_failed(&e),
    }
}

pub fn site(
    paths: &[String],
    dir: &Path,
    opts: Options<'_>,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    if let Err(d) = check_date(opts.date) {
        return fail(d);
    }
    if dir.exists() && !dir.is_dir() {
        return fail(Diagnostic::error(
            Code::NotAFile,
            format!("{} exists and is not a directory", dir.display()),
        ));
    }
    let Some(loaded) = load(paths)? else {
        return Ok(Outcome::InvalidInput);
    };
    let corpus = loaded.corpus.as_ref().expect("checked by load");
    let instruments: Vec<&Instrument> = corpus.instruments.iter().collect();
    let checks = check::check(corpus, &instruments);
    let shared = Shared::new(corpus);
    let r = match renderer(&shared, opts.templates) {
        Ok(r) => r,
        Err(e) => return render_failed(&e),
    };
    // Render every page before writing any.
    let files = match render::site(&r, corpus, &checks, opts.date) {
        Ok(f) => f,
        Err(e) => return render_failed(&e),
    };
    let inputs = input_paths(&loaded, Some(&r));
    for f in &files {
        if let Some(d) = output_is_input(&dir.join(&f.path), &inputs) {
            return fail(d);
        }
    }
    let mut bytes = 0usize;
    for f in &files {
        let path = dir.join(&f.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        write_atomic(&path, f.text.as_bytes())?;
        bytes += f.text.len();
    }
    writeln!(
        out,
        "site: {} files ({} jurisdictions, {} instruments; {} bytes) in {}",
        files.len(),
        corpus.jurisdictions.len(),
        corpus.instruments.len(),
        bytes,
        dir.display()
    )?;
    Ok(Outcome::Clean)
}
