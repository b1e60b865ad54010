//! `lexgap report`, `lexgap compare` and `lexgap site`: load, check, render,
//! write. The commands decide nothing about law; they hand `check`'s output
//! to `render` and write what it returns.

mod site;
mod watch;

pub use site::site;
pub use watch::watch;

use super::args::{Edition, PageFormat, TableFormat};
use super::shared::{CliError, logged, print_diagnostics, select};
use super::ui::{Outcome, Ui};
use crate::check::{self, JurisdictionCheck};
use crate::diag::{Code, Diagnostic, SourceMap, did_you_mean, render_human_in};
use crate::load::{self, Input, Loaded};
use crate::model::{Corpus, Date, Instrument};
use crate::msg;
use crate::render::context::{self, Shared};
use crate::render::write::{Clash, Inputs, Refusal, Target, target_of, write_atomic};
use crate::render::{self, Page, RenderError, Renderer};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Options shared by the three commands.
#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    pub output: Option<&'a Path>,
    pub templates: Option<&'a Path>,
    pub date: Option<&'a str>,
    pub ui: Ui,
}

fn fail(ui: &Ui, d: Diagnostic) -> Result<Outcome, CliError> {
    let mut err = io::stderr().lock();
    err.write_all(
        render_human_in(ui.cat, std::slice::from_ref(&d), &SourceMap::default()).as_bytes(),
    )?;
    Ok(Outcome::InvalidInput)
}

fn render_failed(ui: &Ui, e: &RenderError) -> Result<Outcome, CliError> {
    let mut err = io::stderr().lock();
    writeln!(err, "lexgap: {e}")?;
    writeln!(err, "{}", ui.cat.t("nothing-written"))?;
    Ok(Outcome::InvalidInput)
}

/// Loads the jurisdictions, printing diagnostics on stderr; `None` when
/// there is an error.
fn load(ui: &Ui, paths: &[String]) -> Result<Option<Loaded>, CliError> {
    load_with(ui, paths, None)
}

/// [`load`], through a site's trees of its last build where given.
fn load_with(
    ui: &Ui,
    paths: &[String],
    trees: Option<&load::tree_cache::TreeCache>,
) -> Result<Option<Loaded>, CliError> {
    let inputs: Vec<Input> = paths.iter().map(|p| Input::parse(p)).collect();
    let loaded = logged(ui, || match trees {
        Some(t) => load::load_with_trees(&inputs, t),
        None => load::load(&inputs),
    });
    print_diagnostics(ui, &loaded.diagnostics, &loaded.sources)?;
    Ok(loaded.corpus.is_some().then_some(loaded))
}

fn check_date(date: Option<&str>) -> Result<(), Diagnostic> {
    match date {
        Some(d) if Date::parse(d).is_none() => Err(Diagnostic::error(
            Code::BadDate,
            msg!("diag-date-option", date = d),
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

pub fn output_is_input(output: &Path, inputs: &Inputs) -> Option<Diagnostic> {
    let output_name = output.display().to_string();
    inputs.clash(output).map(|clash| match clash {
        Clash::Input(input) => Diagnostic::error(
            Code::OutputIsInput,
            msg!(
                "diag-output-is-input",
                output = output_name,
                input = input.display().to_string()
            ),
        )
        .help(Some(msg!("diag-write-elsewhere"))),
        Clash::Data(dir) => Diagnostic::error(
            Code::OutputIsInput,
            msg!(
                "diag-output-in-data",
                output = output_name,
                dir = dir.display().to_string()
            ),
        )
        .help(Some(msg!("diag-write-outside-data"))),
    })
}

/// Why lexgap will not write to `path`, where it will not: only a regular
/// file or a new path (atomically), or a device or a FIFO (as a stream).
pub fn output_refused(path: &Path) -> Option<Diagnostic> {
    let p = path.display().to_string();
    let Target::Refused(what) = target_of(path) else {
        return None;
    };
    let message = match what {
        Refusal::Directory => msg!("diag-output-is-dir", path = p),
        Refusal::Socket => msg!("diag-output-is-socket", path = p),
        Refusal::BlockDevice => msg!("diag-output-is-block-device", path = p),
        Refusal::DanglingLink => msg!("diag-output-is-dangling-link", path = p),
        Refusal::Special => msg!("diag-output-is-special", path = p),
    };
    let help = (what != Refusal::Directory).then(|| msg!("diag-output-writable"));
    Some(Diagnostic::error(Code::NotAFile, message).help(help))
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
        Some(path) if path == Path::new("-") => {
            out.write_all(text.as_bytes())?;
            Ok(Outcome::Clean)
        }
        Some(path) => {
            if let Some(d) = output_is_input(path, &Inputs::new(inputs)) {
                return fail(&opts.ui, d);
            }
            if let Some(d) = output_refused(path) {
                return fail(&opts.ui, d);
            }
            write_atomic(path, text.as_bytes())?;
            opts.ui
                .detail(&format!("wrote {} ({} bytes)", path.display(), text.len()));
            Ok(Outcome::Clean)
        }
    }
}

/// The templates, in the interface language (the tests in words of the
/// shared data are written in it too).
fn renderer(shared: &Shared, corpus: &Corpus, opts: Options<'_>) -> Result<Renderer, RenderError> {
    let lang = opts.ui.lang();
    Renderer::with_lang(&shared.localized(corpus, lang), opts.templates, lang)
}

pub fn report(
    path: &str,
    format: PageFormat,
    edition: Edition,
    opts: Options<'_>,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    if let Err(d) = check_date(opts.date) {
        return fail(&opts.ui, d);
    }
    let Some(loaded) = load(&opts.ui, std::slice::from_ref(&path.to_owned()))? else {
        return Ok(Outcome::InvalidInput);
    };
    let corpus = loaded.corpus.as_ref().expect("checked by load");
    if corpus.jurisdictions.len() != 1 {
        return fail(
            &opts.ui,
            Diagnostic::error(
                Code::BadValue,
                msg!(
                    "diag-report-many",
                    path = path,
                    count = corpus.jurisdictions.len()
                ),
            )
            .help(Some(msg!("diag-report-one"))),
        );
    }
    let instruments: Vec<&Instrument> = corpus.instruments.iter().collect();
    let jc = check::check_jurisdiction(corpus, &corpus.jurisdictions[0], &instruments);
    let mut page = render::report_page(corpus, 0, &jc);
    page.generated = opts.date.map(str::to_owned);
    page.inputs_digest = Some(loaded.sources.digest());
    if page.timeline.is_empty() {
        page.timeline = bundled_timeline(&corpus.jurisdictions[0]);
    }
    let shared = Shared::new(corpus);
    let (text, r) = match format {
        PageFormat::Json => (render::report_json(&shared, &page), None),
        PageFormat::Html | PageFormat::Md => {
            let r = match renderer(&shared, corpus, opts) {
                Ok(r) => r,
                Err(e) => return render_failed(&opts.ui, &e),
            };
            let kind = if format == PageFormat::Html {
                Page::Html
            } else {
                Page::Md
            };
            let text = match edition {
                Edition::Full => render::render_report(&r, &page, kind),
                Edition::Summary => render::render_summary(&r, &page, kind),
            };
            (text, Some(r))
        }
    };
    match text {
        Ok(t) => emit(&t, opts, &input_paths(&loaded, r.as_ref()), out),
        Err(e) => render_failed(&opts.ui, &e),
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

pub fn compare(
    paths: &[String],
    instrument_ids: &[String],
    requirements: &[String],
    format: TableFormat,
    opts: Options<'_>,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    if let Err(d) = check_date(opts.date) {
        return fail(&opts.ui, d);
    }
    let Some(loaded) = load(&opts.ui, paths)? else {
        return Ok(Outcome::InvalidInput);
    };
    let corpus = loaded.corpus.as_ref().expect("checked by load");
    let selected = match select(corpus, instrument_ids) {
        Ok(s) => s,
        Err(d) => return fail(&opts.ui, d),
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
                &opts.ui,
                Diagnostic::error(
                    Code::UnknownInstrument,
                    msg!("diag-no-requirement-chosen", id = id),
                )
                .help(did_you_mean(id, all).or_else(|| Some(msg!("diag-list-requirements")))),
            );
        }
    }
    // Checked a batch at a time, each finding kept only as far as the page
    // shows it: memory follows the page, not every trace of every file.
    let shown: Vec<String> = context::side_by_side(&selected, requirements)
        .iter()
        .map(|r| r.id.value.clone())
        .collect();
    let checks: Vec<JurisdictionCheck> = check::check_in_order(corpus, &selected)
        .map(|mut c| {
            for f in &mut c.findings {
                if !shown.contains(&f.requirement) {
                    f.keep_status_only();
                }
            }
            c
        })
        .collect();
    let mut page = context::compare_page(corpus, &selected, &checks, requirements);
    // The page holds what it shows; every finding's trace of every file
    // need not stay while it is rendered.
    drop(checks);
    page.generated = opts.date.map(str::to_owned);
    let shared = Shared::new(corpus);
    let mut r = None;
    let text = match format {
        TableFormat::Json => render::compare_json(&shared, &page),
        TableFormat::Csv => Ok(render::compare_csv(&page, opts.ui.lang())),
        TableFormat::Html | TableFormat::Md => match renderer(&shared, corpus, opts) {
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
        Err(e) => render_failed(&opts.ui, &e),
    }
}
