//! `lexgap classify` and `lexgap test`: fact patterns under the instruments'
//! definitions and under a jurisdiction's offences.

use super::commands::CliError;
use super::{Format, Outcome};
use crate::classify::{self, Check, Classification, Outcome as ClassOutcome};
use crate::diag::{Severity, render_human, render_json};
use crate::load::{self, Input, Loaded, Request};
use crate::model::{Corpus, Jurisdiction, Verdict};
use std::fmt::Write as _;
use std::io::{self, Write};

fn inputs(paths: &[String]) -> Vec<Input> {
    paths.iter().map(|p| Input::parse(p)).collect()
}

fn report(loaded: &Loaded, format: Format, out: &mut impl Write) -> Result<(), CliError> {
    let items = &loaded.diagnostics.items;
    match format {
        Format::Text if !items.is_empty() => {
            let mut err = io::stderr().lock();
            err.write_all(render_human(items, &loaded.sources).as_bytes())?;
            let e = loaded.diagnostics.count(Severity::Error);
            let w = loaded.diagnostics.count(Severity::Warning);
            writeln!(err, "{e} error(s), {w} warning(s)")?;
        }
        Format::Json if loaded.corpus.is_none() => {
            let v = serde_json::json!({ "ok": false, "diagnostics": render_json(items, &loaded.sources) });
            serde_json::to_writer_pretty(&mut *out, &v)?;
            writeln!(out)?;
        }
        _ => {}
    }
    Ok(())
}

pub fn classify(
    files: &[String],
    jurisdiction: Option<&str>,
    format: Format,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    let request = Request {
        jurisdictions: Some(
            jurisdiction
                .map(|j| inputs(&[j.to_owned()]))
                .unwrap_or_default(),
        )
        .filter(|_| jurisdiction.is_some()),
        scenarios: Some(inputs(files)),
    };
    let loaded = load::load_request(&request);
    report(&loaded, format, out)?;
    let Some(corpus) = &loaded.corpus else {
        return Ok(Outcome::InvalidInput);
    };
    let js: Vec<&Jurisdiction> = corpus.jurisdictions.iter().collect();
    let results: Vec<Classification> = corpus
        .scenarios
        .iter()
        .map(|s| classify::classify(corpus, s, &js))
        .collect();
    match format {
        Format::Text => out.write_all(text(corpus, &results).as_bytes())?,
        Format::Json => {
            let v = serde_json::json!({ "format": "lexgap-classify/1", "scenarios": results });
            serde_json::to_writer_pretty(&mut *out, &v)?;
            writeln!(out)?;
        }
    }
    Ok(Outcome::Clean)
}

fn outcome_text(s: &mut String, o: &ClassOutcome, indent: &str) {
    let verdict = match o.made_out {
        Verdict::Yes => "✔ made out",
        Verdict::No => "✘ not made out",
        Verdict::Unknown => "? cannot tell",
    };
    let _ = writeln!(s, "{indent}{verdict:<16} {} ({})", o.label, o.id);
    for e in &o.elements {
        let _ = writeln!(
            s,
            "{indent}    {} {:<38} {} [{}]",
            e.status.mark(),
            e.name,
            e.detail,
            e.cite
        );
    }
    if !o.aggravations.is_empty() {
        let _ = writeln!(
            s,
            "{indent}    aggravating circumstances: {}",
            o.aggravations.join(", ")
        );
    }
}

fn text(corpus: &Corpus, results: &[Classification]) -> String {
    let mut s = String::new();
    for (n, c) in results.iter().enumerate() {
        if n > 0 {
            s.push('\n');
        }
        let _ = writeln!(s, "{} — {} ({})", c.scenario, c.title, c.file);
        if let Some(sc) = corpus.scenarios.iter().find(|x| x.id.value == c.scenario) {
            for line in textwrap(&sc.story, 96) {
                let _ = writeln!(s, "  │ {line}");
            }
        }
        let _ = writeln!(s, "  Under the Protocols: {}", c.kind);
        for d in &c.definitions {
            outcome_text(&mut s, d, "  ");
        }
        for j in &c.jurisdictions {
            let _ = writeln!(s, "  Under the law of {} ({}):", j.name, j.code);
            if j.offences.is_empty() {
                let _ = writeln!(s, "    no trafficking or smuggling offence is encoded");
            }
            for o in &j.offences {
                outcome_text(&mut s, o, "    ");
            }
        }
    }
    s
}

fn textwrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for para in text.lines() {
        let mut line = String::new();
        for word in para.split_whitespace() {
            if !line.is_empty() && line.chars().count() + word.chars().count() + 1 > width {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    lines
}

/// Runs every scenario that carries expected answers, against the bundled
/// jurisdictions (or those named), like a test runner.
pub fn test(
    paths: &[String],
    jurisdictions: &[String],
    format: Format,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    let request = Request {
        jurisdictions: Some(inputs(jurisdictions)),
        scenarios: Some(inputs(paths)),
    };
    let loaded = load::load_request(&request);
    report(&loaded, format, out)?;
    let Some(corpus) = &loaded.corpus else {
        return Ok(Outcome::InvalidInput);
    };
    let js: Vec<&Jurisdiction> = corpus.jurisdictions.iter().collect();
    let mut checks: Vec<Check> = Vec::new();
    for s in corpus.scenarios.iter().filter(|s| s.expected.is_some()) {
        let c = classify::classify(corpus, s, &js);
        checks.extend(classify::expectations(s, &c));
    }
    let failed = checks.iter().filter(|c| !c.passed()).count();
    let passed = checks.len() - failed;
    match format {
        Format::Text => {
            let mut s = String::new();
            for c in &checks {
                let mark = if c.passed() { "ok  " } else { "FAIL" };
                let actual = c.actual.map_or("not found".to_owned(), |v| v.to_string());
                let _ = writeln!(
                    s,
                    "{mark} {} :: {} (expected {}, got {actual})",
                    c.scenario, c.subject, c.expected
                );
            }
            let _ = writeln!(s, "\n{passed} passed, {failed} failed");
            out.write_all(s.as_bytes())?;
        }
        Format::Json => {
            let v = serde_json::json!({
                "format": "lexgap-test/1",
                "passed": passed,
                "failed": failed,
                "checks": checks.iter().map(|c| serde_json::json!({
                    "scenario": c.scenario, "subject": c.subject, "expected": c.expected,
                    "actual": c.actual, "passed": c.passed(),
                })).collect::<Vec<_>>(),
            });
            serde_json::to_writer_pretty(&mut *out, &v)?;
            writeln!(out)?;
        }
    }
    Ok(if failed > 0 {
        Outcome::FindingsFailed
    } else {
        Outcome::Clean
    })
}
