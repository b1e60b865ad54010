//! The commands that answer on the terminal or in JSON: `validate`,
//! `check`, `instruments`, `requirements`, `explain`.

use super::args::{FailOn, Format};
use super::shared::{
    CliError, diagnostics_json, inputs, load_or_report, logged, print_diagnostics,
    report_diagnostics, select, usage_error,
};
use super::ui::{Outcome, Ui};
use super::{diff_text, text};
use crate::check::{self, JurisdictionCheck, Status};
use crate::diag::{Code, Diagnostic};
use crate::load::{self, Loaded};
use std::io::{self, Write};

pub fn validate(
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

pub fn check(
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
                let draft = diff_text::draft_summary(ui.cat, corpus, j);
                out.write_all(text::check_one(ui.cat, Some(j), &r, draft).as_bytes())?;
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

pub fn instruments(ui: &Ui, format: Format, out: &mut impl Write) -> Result<Outcome, CliError> {
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

pub fn requirements(
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

pub fn explain(
    ui: &Ui,
    id: &str,
    format: Format,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
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
