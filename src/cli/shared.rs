//! What every command needs: the error type, loading with `--verbose`
//! lines, printing diagnostics (text or JSON), the `--instrument` choice.
//! It uses no command module; they all use it.

use super::args::Format;
use super::ui::{Outcome, Ui};
use crate::diag::{Code, Diagnostic, Diagnostics, SourceMap, render_human_in, render_json};
use crate::load::{self, Input, Loaded};
use crate::model::{Corpus, Instrument};
use std::io::{self, Write};

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("cannot write output: {0}")]
    Io(#[from] io::Error),
    #[error("cannot encode JSON: {0}")]
    Json(#[from] serde_json::Error),
}

impl CliError {
    /// The error as the interface language says it (the system's own
    /// message inside stays as the system wrote it).
    pub fn say(&self, cat: &crate::i18n::Catalog) -> String {
        match self {
            CliError::Io(e) => crate::t!(cat, "error-cannot-write", error = &e.to_string()),
            CliError::Json(e) => crate::t!(cat, "error-cannot-encode-json", error = &e.to_string()),
        }
    }
}

pub fn inputs(paths: &[String]) -> Vec<Input> {
    paths.iter().map(|p| Input::parse(p)).collect()
}

/// The version of the JSON shape of diagnostics (docs/JSON.md).
pub const DIAGNOSTICS_FORMAT: &str = "lexgap-diagnostics/1";

/// How many diagnostics of one file are drawn on the terminal; the JSON
/// (`--format json`) has them all.
pub const DRAWN_PER_FILE: usize = 50;

/// Prints diagnostics as text on stderr: every error; warnings unless
/// `--quiet`; the count line unless `--quiet` (or there is nothing to say).
pub fn print_diagnostics(
    ui: &Ui,
    diags: &Diagnostics,
    sources: &SourceMap,
) -> Result<(), CliError> {
    // A file can hold thousands of errors (one mistake repeated, or a file
    // made to): the first ones of each file are drawn, the rest counted.
    let mut per_file: std::collections::BTreeMap<Option<crate::diag::FileId>, usize> =
        std::collections::BTreeMap::new();
    let mut shown: Vec<Diagnostic> = Vec::new();
    for d in diags
        .items
        .iter()
        .filter(|d| !ui.quiet || d.severity == crate::diag::Severity::Error)
    {
        let n = per_file.entry(d.file).or_default();
        *n += 1;
        if *n <= DRAWN_PER_FILE {
            shown.push(d.clone());
        }
    }
    if shown.is_empty() {
        return Ok(());
    }
    let mut err = io::stderr().lock();
    err.write_all(render_human_in(ui.cat, &shown, sources).as_bytes())?;
    for (file, n) in &per_file {
        if *n > DRAWN_PER_FILE {
            let name = file.map_or_else(String::new, |f| sources.get(f).name.clone());
            let line = crate::t!(
                ui.cat,
                "diag-more-in-file",
                more = n - DRAWN_PER_FILE,
                file = &crate::diag::visible(&name)
            );
            writeln!(err, "{line}")?;
        }
    }
    if !ui.quiet {
        let line = crate::t!(
            ui.cat,
            "errors-warnings",
            errors = diags.count(crate::diag::Severity::Error),
            warnings = diags.count(crate::diag::Severity::Warning)
        );
        writeln!(err, "{line}")?;
    }
    Ok(())
}

/// The JSON of diagnostics: `{"format", "ok", "diagnostics"}`.
pub fn diagnostics_json(diags: &Diagnostics, sources: &SourceMap) -> serde_json::Value {
    serde_json::json!({
        "format": DIAGNOSTICS_FORMAT,
        "ok": !diags.has_errors(),
        "diagnostics": render_json(&diags.items, sources),
    })
}

/// For commands whose stdout carries a document: diagnostics as text on
/// stderr, or, in JSON mode, as JSON on stdout only when there is an error
/// (and so no document).
pub(super) fn report_before_document(
    ui: &Ui,
    diags: &Diagnostics,
    sources: &SourceMap,
    format: Format,
    out: &mut impl Write,
) -> Result<(), CliError> {
    if format == Format::Text || diags.has_errors() {
        report_diagnostics(ui, diags, sources, format, out)?;
    }
    Ok(())
}

/// Prints diagnostics: as text on stderr, or as JSON on stdout.
pub fn report_diagnostics(
    ui: &Ui,
    diags: &Diagnostics,
    sources: &SourceMap,
    format: Format,
    out: &mut impl Write,
) -> Result<(), CliError> {
    match format {
        Format::Text => print_diagnostics(ui, diags, sources)?,
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &diagnostics_json(diags, sources))?;
            writeln!(out)?;
        }
    }
    Ok(())
}

/// Loads the jurisdictions named (the bundled ones by default), saying with
/// `--verbose` what was read and how long it took.
pub fn load_logged(ui: &Ui, paths: &[String]) -> Loaded {
    logged(ui, || load::load(&inputs(paths)))
}

/// Runs a load and, with `--verbose`, says what it read and how long it took.
pub fn logged(ui: &Ui, load: impl FnOnce() -> Loaded) -> Loaded {
    let started = std::time::Instant::now();
    let loaded = load();
    log_load(ui, &loaded, started);
    loaded
}

/// Milliseconds since `started`, for `--verbose` lines.
pub fn elapsed_ms(started: std::time::Instant) -> usize {
    usize::try_from(started.elapsed().as_millis()).unwrap_or(usize::MAX)
}

/// With `--verbose`: the files read and the time taken.
fn log_load(ui: &Ui, loaded: &Loaded, started: std::time::Instant) {
    if ui.verbose {
        let files = loaded.sources.iter().count();
        let js = loaded.corpus.as_ref().map_or(0, |c| c.jurisdictions.len());
        ui.detail(&crate::t!(
            ui.cat,
            "verbose-read",
            files = files,
            jurisdictions = js,
            ms = elapsed_ms(started)
        ));
        for (_, f) in loaded.sources.iter() {
            ui.detail(&crate::t!(
                ui.cat,
                "verbose-file",
                file = &f.name,
                bytes = f.text.len()
            ));
        }
    }
}

/// Loads, or reports why not. `None` means the caller returns InvalidInput.
pub fn load_or_report(
    ui: &Ui,
    paths: &[String],
    format: Format,
    out: &mut impl Write,
) -> Result<Option<Loaded>, CliError> {
    let loaded = load_logged(ui, paths);
    if loaded.corpus.is_none() {
        report_diagnostics(ui, &loaded.diagnostics, &loaded.sources, format, out)?;
        return Ok(None);
    }
    if format == Format::Text && !loaded.diagnostics.items.is_empty() {
        report_diagnostics(ui, &loaded.diagnostics, &loaded.sources, format, out)?;
    }
    Ok(Some(loaded))
}

/// The instruments named by `--instrument` (all when none), or the diagnostic for an unknown id.
pub fn select<'c>(corpus: &'c Corpus, ids: &[String]) -> Result<Vec<&'c Instrument>, Diagnostic> {
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
                    crate::msg!("diag-no-instrument", id = id),
                )
                .help(
                    crate::diag::did_you_mean(id, known.iter().copied()).or_else(|| {
                        Some(crate::msg!("diag-instruments-list", ids = known.clone()))
                    }),
                )
            })
        })
        .collect()
}

pub fn usage_error(
    ui: &Ui,
    d: Diagnostic,
    format: Format,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    let mut diags = Diagnostics::default();
    diags.push(d);
    report_diagnostics(ui, &diags, &SourceMap::default(), format, out)?;
    Ok(Outcome::InvalidInput)
}
