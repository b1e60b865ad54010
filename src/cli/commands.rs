//! The commands behind the subcommands.

use super::text;
use super::{Cli, Command, FailOn, Format, Outcome};
use crate::check::{self, JurisdictionCheck, Status};
use crate::diag::{Code, Diagnostic, Diagnostics, SourceMap, render_human, render_json};
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

pub fn run(cli: &Cli) -> Result<Outcome, CliError> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let outcome = match &cli.command {
        Command::Validate { paths, format } => validate(paths, *format, &mut out)?,
        Command::Diff { old, new, format } => super::diff_cmds::diff(old, new, *format, &mut out)?,
        Command::History { code, format } => super::diff_cmds::history(code, *format, &mut out)?,
        Command::Classify {
            files,
            jurisdiction,
            format,
        } => super::scenario_cmds::classify(files, jurisdiction.as_deref(), *format, &mut out)?,
        Command::Test {
            paths,
            jurisdictions,
            format,
        } => super::scenario_cmds::test(paths, jurisdictions, *format, &mut out)?,
        Command::Check {
            paths,
            instruments,
            format,
            fail_on,
        } => check(paths, instruments, *format, *fail_on, &mut out)?,
        Command::Instruments { format } => instruments(*format, &mut out)?,
        Command::Requirements { instrument, format } => {
            requirements(instrument.as_deref(), *format, &mut out)?
        }
        Command::Explain {
            requirement,
            format,
        } => explain(requirement, *format, &mut out)?,
        Command::Report {
            path,
            format,
            output,
            templates,
            date,
        } => super::render_cmds::report(
            path,
            *format,
            super::render_cmds::Options {
                output: output.as_deref(),
                templates: templates.as_deref(),
                date: date.as_deref(),
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
            },
            &mut out,
        )?,
        Command::Site {
            paths,
            output,
            templates,
            date,
        } => super::render_cmds::site(
            paths,
            output,
            super::render_cmds::Options {
                output: None,
                templates: templates.as_deref(),
                date: date.as_deref(),
            },
            &mut out,
        )?,
    };
    out.flush()?;
    Ok(outcome)
}

fn inputs(paths: &[String]) -> Vec<Input> {
    paths.iter().map(|p| Input::parse(p)).collect()
}

/// Prints diagnostics: as text on stderr, or as JSON on stdout.
fn report_diagnostics(
    diags: &Diagnostics,
    sources: &SourceMap,
    format: Format,
    out: &mut impl Write,
) -> Result<(), CliError> {
    match format {
        Format::Text => {
            if !diags.items.is_empty() {
                let mut err = io::stderr().lock();
                err.write_all(render_human(&diags.items, sources).as_bytes())?;
                let (e, w) = (
                    diags.count(crate::diag::Severity::Error),
                    diags.count(crate::diag::Severity::Warning),
                );
                writeln!(err, "{e} error(s), {w} warning(s)")?;
            }
        }
        Format::Json => {
            let v = serde_json::json!({ "ok": !diags.has_errors(), "diagnostics": render_json(&diags.items, sources) });
            serde_json::to_writer_pretty(&mut *out, &v)?;
            writeln!(out)?;
        }
    }
    Ok(())
}

fn validate(paths: &[String], format: Format, out: &mut impl Write) -> Result<Outcome, CliError> {
    let loaded = load::load(&inputs(paths));
    report_diagnostics(&loaded.diagnostics, &loaded.sources, format, out)?;
    match &loaded.corpus {
        Some(c) => {
            if format == Format::Text {
                let reqs: usize = c.instruments.iter().map(|i| i.requirements.len()).sum();
                writeln!(
                    out,
                    "ok: {} jurisdiction file(s), {} instrument(s), {reqs} requirement(s), {} warning(s)",
                    c.jurisdictions.len(),
                    c.instruments.len(),
                    loaded.diagnostics.count(crate::diag::Severity::Warning)
                )?;
            }
            Ok(Outcome::Clean)
        }
        None => Ok(Outcome::InvalidInput),
    }
}

/// Loads, or reports why not. `None` means the caller returns InvalidInput.
fn load_or_report(
    paths: &[String],
    format: Format,
    out: &mut impl Write,
) -> Result<Option<Loaded>, CliError> {
    let loaded = load::load(&inputs(paths));
    if loaded.corpus.is_none() {
        report_diagnostics(&loaded.diagnostics, &loaded.sources, format, out)?;
        return Ok(None);
    }
    if format == Format::Text && !loaded.diagnostics.items.is_empty() {
        report_diagnostics(&loaded.diagnostics, &loaded.sources, format, out)?;
    }
    Ok(Some(loaded))
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
                    crate::diag::did_you_mean(id, known.iter().copied())
                        .or_else(|| Some(format!("instruments: {}", known.join(", ")))),
                )
            })
        })
        .collect()
}

fn usage_error(d: Diagnostic, format: Format, out: &mut impl Write) -> Result<Outcome, CliError> {
    let mut diags = Diagnostics::default();
    diags.push(d);
    report_diagnostics(&diags, &SourceMap::default(), format, out)?;
    Ok(Outcome::InvalidInput)
}

fn check(
    paths: &[String],
    instrument_ids: &[String],
    format: Format,
    fail_on: Option<FailOn>,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    let Some(loaded) = load_or_report(paths, format, out)? else {
        return Ok(Outcome::InvalidInput);
    };
    let corpus = loaded.corpus.as_ref().expect("checked by load_or_report");
    let selected = match select(corpus, instrument_ids) {
        Ok(s) => s,
        Err(d) => return usage_error(d, format, out),
    };
    let results = check::check(corpus, &selected);
    match format {
        Format::Text => out.write_all(text::check_report(corpus, &results).as_bytes())?,
        Format::Json => {
            let v = serde_json::json!({ "format": "lexgap-check/1", "jurisdictions": results });
            serde_json::to_writer_pretty(&mut *out, &v)?;
            writeln!(out)?;
        }
    }
    Ok(fail_outcome(&results, fail_on))
}

fn fail_outcome(results: &[JurisdictionCheck], fail_on: Option<FailOn>) -> Outcome {
    let failing = |s: Status| match fail_on {
        Some(FailOn::Gap) => matches!(s, Status::Gap | Status::Conflict),
        Some(FailOn::Conflict) => s == Status::Conflict,
        None => false,
    };
    if results
        .iter()
        .flat_map(|r| &r.findings)
        .any(|f| failing(f.status))
    {
        Outcome::FindingsFailed
    } else {
        Outcome::Clean
    }
}

/// The instruments alone (no jurisdictions) for the listing commands.
fn instruments_only(format: Format, out: &mut impl Write) -> Result<Option<Loaded>, CliError> {
    let loaded = load::load_instruments();
    if loaded.corpus.is_none() {
        report_diagnostics(&loaded.diagnostics, &loaded.sources, format, out)?;
        return Ok(None);
    }
    Ok(Some(loaded))
}

fn instruments(format: Format, out: &mut impl Write) -> Result<Outcome, CliError> {
    let Some(loaded) = instruments_only(format, out)? else {
        return Ok(Outcome::InvalidInput);
    };
    let corpus = loaded.corpus.as_ref().expect("checked");
    match format {
        Format::Text => out.write_all(text::instruments(corpus).as_bytes())?,
        Format::Json => {
            let list: Vec<serde_json::Value> = corpus
                .instruments
                .iter()
                .map(|i| {
                    serde_json::json!({
                        "id": i.id.value, "short": i.short, "title": i.title, "binding": i.binding,
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
    instrument: Option<&str>,
    format: Format,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    let Some(loaded) = instruments_only(format, out)? else {
        return Ok(Outcome::InvalidInput);
    };
    let corpus = loaded.corpus.as_ref().expect("checked");
    let ids: Vec<String> = instrument.map(str::to_owned).into_iter().collect();
    let selected = match select(corpus, &ids) {
        Ok(s) => s,
        Err(d) => return usage_error(d, format, out),
    };
    match format {
        Format::Text => out.write_all(text::requirements(&selected).as_bytes())?,
        Format::Json => {
            let list: Vec<serde_json::Value> = selected
                .iter()
                .flat_map(|i| i.requirements.iter().map(move |r| (i, r)))
                .map(|(i, r)| {
                    serde_json::json!({
                        "id": r.id.value, "instrument": i.id.value, "article": r.article, "title": r.title,
                        "topic": r.topic, "obligation": r.obligation,
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

fn explain(id: &str, format: Format, out: &mut impl Write) -> Result<Outcome, CliError> {
    let Some(loaded) = instruments_only(format, out)? else {
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
            format!("no requirement has the id `{id}`"),
        )
        .help(
            crate::diag::did_you_mean(id, all)
                .or_else(|| Some("list them with `lexgap requirements`".to_owned())),
        );
        return usage_error(d, format, out);
    };
    match format {
        Format::Text => out.write_all(text::explain(corpus, inst, req).as_bytes())?,
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
