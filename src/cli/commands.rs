//! The commands behind the subcommands.

use super::text;
use super::{Cli, Command, FailOn, Format, Outcome, Ui};
use crate::check::{self, JurisdictionCheck, Status};
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

pub fn run(cli: &Cli) -> Result<Outcome, CliError> {
    let ui = Ui::new(cli.lang, cli.quiet, cli.verbose);
    let started = std::time::Instant::now();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let outcome = match &cli.command {
        Command::Validate { paths, format } => validate(&ui, paths, *format, &mut out)?,
        Command::Diff { old, new, format } => {
            super::diff_cmds::diff(&ui, old, new, *format, &mut out)?
        }
        Command::History { code, format } => {
            super::diff_cmds::history(&ui, code, *format, &mut out)?
        }
        Command::Classify {
            files,
            jurisdiction,
            format,
        } => {
            super::scenario_cmds::classify(&ui, files, jurisdiction.as_deref(), *format, &mut out)?
        }
        Command::Test {
            paths,
            jurisdictions,
            format,
        } => super::scenario_cmds::test(&ui, paths, jurisdictions, *format, &mut out)?,
        Command::Check {
            paths,
            instruments,
            format,
            fail_on,
        } => check(&ui, paths, instruments, *format, *fail_on, &mut out)?,
        Command::Unknowns { paths, format } => {
            super::unknowns::unknowns(&ui, paths, *format, &mut out)?
        }
        Command::Instruments { format } => instruments(&ui, *format, &mut out)?,
        Command::Requirements { instrument, format } => {
            requirements(&ui, instrument.as_deref(), *format, &mut out)?
        }
        Command::Explain {
            requirement,
            format,
        } => explain(&ui, requirement, *format, &mut out)?,
        Command::Schema { kind, output } => {
            super::meta_cmds::schema(&ui, *kind, output.as_deref(), &mut out)?
        }
        Command::Init {
            code,
            output,
            schema,
            date,
        } => super::meta_cmds::init(
            &ui,
            code,
            output.as_deref(),
            schema,
            date.as_deref(),
            &mut out,
        )?,
        Command::Completions { shell } => super::meta_cmds::completions(*shell, &mut out)?,
        Command::Man { output } => super::meta_cmds::man(&ui, output.as_deref(), &mut out)?,
        Command::Report {
            path,
            format,
            edition,
            output,
            templates,
            date,
        } => super::render_cmds::report(
            path,
            *format,
            *edition,
            super::render_cmds::Options {
                output: output.as_deref(),
                templates: templates.as_deref(),
                date: date.as_deref(),
                ui,
            },
            &mut out,
        )?,
        Command::Compare {
            paths,
            format,
            instruments,
            requirements,
            output,
            templates,
            date,
        } => super::render_cmds::compare(
            paths,
            instruments,
            requirements,
            *format,
            super::render_cmds::Options {
                output: output.as_deref(),
                templates: templates.as_deref(),
                date: date.as_deref(),
                ui,
            },
            &mut out,
        )?,
        Command::Site {
            paths,
            output,
            templates,
            date,
            format,
        } => super::render_cmds::site(
            paths,
            output,
            *format,
            super::render_cmds::Options {
                output: None,
                templates: templates.as_deref(),
                date: date.as_deref(),
                ui,
            },
            &mut out,
        )?,
    };
    out.flush()?;
    ui.detail(&crate::t!(
        ui.cat,
        "verbose-done",
        ms = elapsed_ms(started),
        code = usize::from(outcome.code())
    ));
    Ok(outcome)
}

fn inputs(paths: &[String]) -> Vec<Input> {
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
fn report_diagnostics(
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

fn validate(
    ui: &Ui,
    paths: &[String],
    format: Format,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    // Every kind of lexgap file: jurisdictions, drafts and scenarios.
    let request = load::Request {
        jurisdictions: Some(inputs(paths)),
        scenarios: None,
        as_named: false,
        any_kind: true,
    };
    let loaded = logged(ui, || load::load_request(&request));
    let counts = loaded.corpus.as_ref().map(|c| {
        (
            c.jurisdictions.len(),
            c.scenarios.len(),
            c.instruments.len(),
            c.instruments
                .iter()
                .map(|i| i.requirements.len())
                .sum::<usize>(),
        )
    });
    let warnings = loaded.diagnostics.count(crate::diag::Severity::Warning);
    match format {
        Format::Text => {
            print_diagnostics(ui, &loaded.diagnostics, &loaded.sources)?;
            if let Some((j, s, i, r)) = counts
                && !ui.quiet
            {
                let line = crate::t!(
                    ui.cat,
                    "validate-ok",
                    jurisdictions = j,
                    scenarios = s,
                    instruments = i,
                    requirements = r,
                    warnings = warnings
                );
                writeln!(out, "{line}")?;
            }
        }
        Format::Json => {
            let mut v = diagnostics_json(&loaded.diagnostics, &loaded.sources);
            v["format"] = serde_json::json!(VALIDATE_FORMAT);
            if let Some((j, s, i, r)) = counts {
                v["jurisdictions"] = j.into();
                v["scenarios"] = s.into();
                v["instruments"] = i.into();
                v["requirements"] = r.into();
                v["warnings"] = warnings.into();
            }
            serde_json::to_writer_pretty(&mut *out, &v)?;
            writeln!(out)?;
        }
    }
    Ok(if counts.is_some() {
        Outcome::Clean
    } else {
        Outcome::InvalidInput
    })
}

/// The version of the JSON shape of `lexgap validate`.
pub const VALIDATE_FORMAT: &str = "lexgap-validate/1";

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
pub(super) fn load_or_report(
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
pub(super) fn select<'c>(
    corpus: &'c Corpus,
    ids: &[String],
) -> Result<Vec<&'c Instrument>, Diagnostic> {
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

fn usage_error(
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

fn check(
    ui: &Ui,
    paths: &[String],
    instrument_ids: &[String],
    format: Format,
    fail_on: Option<FailOn>,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    let Some(loaded) = load_or_report(ui, paths, format, out)? else {
        return Ok(Outcome::InvalidInput);
    };
    let corpus = loaded.corpus.as_ref().expect("checked by load_or_report");
    let selected = match select(corpus, instrument_ids) {
        Ok(s) => s,
        Err(d) => return usage_error(ui, d, format, out),
    };
    // Each jurisdiction is written as soon as it is checked and its
    // findings dropped: memory holds the corpus and a batch of checks, not
    // every finding of thousands of files (nor a JSON tree of them all).
    let failed = std::cell::Cell::new(false);
    let checks = check::check_in_order(corpus, &selected).inspect(|r| {
        if fails(r, fail_on) {
            failed.set(true);
        }
    });
    let mut out = io::BufWriter::new(&mut *out);
    match format {
        Format::Text => {
            let mut summaries = Vec::new();
            for (n, (j, mut r)) in corpus.jurisdictions.iter().zip(checks).enumerate() {
                if n > 0 {
                    out.write_all(b"\n")?;
                }
                out.write_all(text::check_one(ui.cat, corpus, Some(j), &r).as_bytes())?;
                r.findings = Vec::new();
                summaries.push(r);
            }
            if summaries.len() > 1 {
                out.write_all(text::check_summary(ui.cat, corpus, &summaries).as_bytes())?;
            }
        }
        Format::Json => {
            #[derive(serde::Serialize)]
            #[serde(bound(serialize = "crate::render::json::Streamed<I>: serde::Serialize"))]
            struct CheckJson<I> {
                format: &'static str,
                jurisdictions: crate::render::json::Streamed<I>,
            }
            let doc = CheckJson {
                format: "lexgap-check/1",
                jurisdictions: crate::render::json::Streamed::new(checks),
            };
            serde_json::to_writer_pretty(&mut out, &doc)?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    Ok(if failed.get() {
        Outcome::FindingsFailed
    } else {
        Outcome::Clean
    })
}

/// Whether a check has a finding that `--fail-on` fails on.
fn fails(r: &JurisdictionCheck, fail_on: Option<FailOn>) -> bool {
    let failing = |s: Status| match fail_on {
        Some(FailOn::Gap) => matches!(s, Status::Gap | Status::Conflict),
        Some(FailOn::Conflict) => s == Status::Conflict,
        None => false,
    };
    r.findings.iter().any(|f| failing(f.status))
}

/// The instruments alone (no jurisdictions) for the listing commands.
fn instruments_only(
    ui: &Ui,
    format: Format,
    out: &mut impl Write,
) -> Result<Option<Loaded>, CliError> {
    let loaded = load::load_instruments();
    if loaded.corpus.is_none() {
        report_diagnostics(ui, &loaded.diagnostics, &loaded.sources, format, out)?;
        return Ok(None);
    }
    Ok(Some(loaded))
}

fn instruments(ui: &Ui, format: Format, out: &mut impl Write) -> Result<Outcome, CliError> {
    let Some(loaded) = instruments_only(ui, format, out)? else {
        return Ok(Outcome::InvalidInput);
    };
    let corpus = loaded.corpus.as_ref().expect("checked");
    match format {
        Format::Text => out.write_all(text::instruments(ui.cat, corpus).as_bytes())?,
        Format::Json => {
            let list: Vec<serde_json::Value> = corpus
                .instruments
                .iter()
                .map(|i| {
                    serde_json::json!({
                        "id": i.id.value, "short": i.short, "short_ar": i.short_ar, "title": i.title,
                        "title_ar": i.title_ar, "binding": i.binding,
                        "rating_basis": i.rating_basis, "source": i.source, "requirements": i.requirements.len(),
                        "note": i.note,
                    })
                })
                .collect();
            serde_json::to_writer_pretty(
                &mut *out,
                &serde_json::json!({ "format": "lexgap-instruments/1", "instruments": list, "rating_rules": check::RATING_RULES }),
            )?;
            writeln!(out)?;
        }
    }
    Ok(Outcome::Clean)
}

fn requirements(
    ui: &Ui,
    instrument: Option<&str>,
    format: Format,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    let Some(loaded) = instruments_only(ui, format, out)? else {
        return Ok(Outcome::InvalidInput);
    };
    let corpus = loaded.corpus.as_ref().expect("checked");
    let ids: Vec<String> = instrument.map(str::to_owned).into_iter().collect();
    let selected = match select(corpus, &ids) {
        Ok(s) => s,
        Err(d) => return usage_error(ui, d, format, out),
    };
    match format {
        Format::Text => out.write_all(text::requirements(ui.cat, &selected).as_bytes())?,
        Format::Json => {
            let list: Vec<serde_json::Value> = selected
                .iter()
                .flat_map(|i| i.requirements.iter().map(move |r| (i, r)))
                .map(|(i, r)| {
                    serde_json::json!({
                        "id": r.id.value, "instrument": i.id.value, "article": r.article, "title": r.title,
                        "title_ar": r.title_ar, "topic": r.topic, "obligation": r.obligation,
                    })
                })
                .collect();
            serde_json::to_writer_pretty(
                &mut *out,
                &serde_json::json!({ "format": "lexgap-requirements/1", "requirements": list }),
            )?;
            writeln!(out)?;
        }
    }
    Ok(Outcome::Clean)
}

fn explain(ui: &Ui, id: &str, format: Format, out: &mut impl Write) -> Result<Outcome, CliError> {
    let Some(loaded) = instruments_only(ui, format, out)? else {
        return Ok(Outcome::InvalidInput);
    };
    let corpus = loaded.corpus.as_ref().expect("checked");
    let Some((inst, req)) = corpus.requirement(id) else {
        let all = corpus
            .instruments
            .iter()
            .flat_map(|i| i.requirements.iter().map(|r| r.id.value.as_str()));
        let d = Diagnostic::error(
            Code::UnknownInstrument,
            crate::msg!("diag-no-requirement", id = id),
        )
        .help(
            crate::diag::did_you_mean(id, all)
                .or_else(|| Some(crate::msg!("diag-list-requirements"))),
        );
        return usage_error(ui, d, format, out);
    };
    match format {
        Format::Text => out.write_all(text::explain(ui.cat, corpus, inst, req).as_bytes())?,
        Format::Json => {
            let v = serde_json::json!({
                "format": "lexgap-requirement/1",
                "instrument": inst.id.value,
                "requirement": req,
                "test_in_words": check::describe_test(&req.test, &corpus.vocabulary),
            });
            serde_json::to_writer_pretty(&mut *out, &v)?;
            writeln!(out)?;
        }
    }
    Ok(Outcome::Clean)
}
