//! `lexgap classify` and `lexgap test`: fact patterns under the instruments'
//! definitions and under a jurisdiction's offences.

use super::args::Format;
use super::shared::{CliError, inputs, logged};
use super::ui::{Outcome, Ui};
use crate::classify::{self, Check, Classification, Outcome as ClassOutcome};
use crate::i18n::Catalog;
use crate::i18n::reason::Arg;
use crate::i18n::reason::{say, say_arg};
use crate::load::{self, Loaded, Request};
use crate::model::{Corpus, Jurisdiction, Verdict};
use crate::t;
use std::fmt::Write as _;
use std::io::Write;

fn report(ui: &Ui, loaded: &Loaded, format: Format, out: &mut impl Write) -> Result<(), CliError> {
    super::shared::report_before_document(ui, &loaded.diagnostics, &loaded.sources, format, out)
}

pub fn classify(
    ui: &Ui,
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
        as_named: false,
        any_kind: false,
    };
    let loaded = logged(ui, || load::load_request(&request));
    report(ui, &loaded, format, out)?;
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
        Format::Text => out.write_all(text(ui.cat, corpus, &results).as_bytes())?,
        Format::Json => {
            let v = serde_json::json!({ "format": "lexgap-classify/1", "scenarios": results });
            serde_json::to_writer_pretty(&mut *out, &v)?;
            writeln!(out)?;
        }
    }
    Ok(Outcome::Clean)
}

fn outcome_text(cat: &Catalog, s: &mut String, o: &ClassOutcome, indent: &str) {
    let verdict = match o.made_out {
        Some(Verdict::Yes) => format!("✔ {}", t!(cat, "verdict-made-out")),
        Some(Verdict::No) => format!("✘ {}", t!(cat, "verdict-not-made-out")),
        Some(Verdict::Unknown) => format!("? {}", t!(cat, "verdict-cannot-tell")),
        None => format!("– {}", t!(cat, "verdict-untested")),
    };
    let _ = writeln!(
        s,
        "{indent}{verdict:<16} {} ({})",
        say_arg(cat, &o.label),
        o.id
    );
    if let Some(why) = &o.untested {
        let _ = writeln!(s, "{indent}    {}", say_arg(cat, why));
    }
    for e in &o.elements {
        let _ = writeln!(
            s,
            "{indent}    {} {:<38} {} [{}]",
            e.status.mark(),
            say(cat, &e.name.reason()),
            say_arg(cat, &e.detail),
            say_arg(cat, &e.cite)
        );
    }
    if !o.aggravations.is_empty() {
        let _ = writeln!(
            s,
            "{indent}    {}: {}",
            t!(cat, "classify-aggravations"),
            say_arg(cat, &Arg::List(o.aggravations.clone()))
        );
    }
}

fn text(cat: &Catalog, corpus: &Corpus, results: &[Classification]) -> String {
    let mut s = String::new();
    for (n, c) in results.iter().enumerate() {
        if n > 0 {
            s.push('\n');
        }
        let title = match (cat.lang, &c.title_ar) {
            (crate::i18n::Lang::Ar, Some(ar)) => ar,
            _ => &c.title,
        };
        let _ = writeln!(s, "{} — {title} ({})", c.scenario, c.file);
        if let Some(sc) = corpus.scenarios.iter().find(|x| x.id.value == c.scenario) {
            for line in textwrap(&sc.story, 96) {
                let _ = writeln!(s, "  │ {line}");
            }
        }
        let _ = writeln!(
            s,
            "  {}: {}",
            t!(cat, "classify-under-protocols"),
            cat.word("kind", &c.kind.to_string())
        );
        for d in &c.definitions {
            outcome_text(cat, &mut s, d, "  ");
        }
        for j in &c.jurisdictions {
            let name = corpus
                .jurisdictions
                .iter()
                .find(|x| x.code.value == j.code && x.historical.is_some() == j.historical)
                .map_or(j.name.as_str(), |x| {
                    super::text::display_name(cat, &x.name, x.name_original.as_deref())
                });
            let _ = writeln!(
                s,
                "  {}:",
                t!(cat, "classify-under-law", name = name, code = &j.code)
            );
            if j.offences.is_empty() {
                let _ = writeln!(s, "    {}", t!(cat, "classify-no-offence"));
            }
            for o in &j.offences {
                outcome_text(cat, &mut s, o, "    ");
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
    ui: &Ui,
    paths: &[String],
    jurisdictions: &[String],
    format: Format,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    let request = Request {
        jurisdictions: Some(inputs(jurisdictions)),
        scenarios: Some(inputs(paths)),
        as_named: false,
        any_kind: false,
    };
    let loaded = logged(ui, || load::load_request(&request));
    report(ui, &loaded, format, out)?;
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
            let cat = ui.cat;
            let mut s = String::new();
            for c in &checks {
                // With --quiet, only the failures and the count.
                if ui.quiet && c.passed() {
                    continue;
                }
                let mark = if c.passed() { "ok  " } else { "FAIL" };
                let actual = c.actual.map_or_else(
                    || t!(cat, "test-not-found"),
                    |v| cat.word("verdict", &v.to_string()),
                );
                let _ = writeln!(
                    s,
                    "{mark} {} :: {} ({})",
                    c.scenario,
                    c.subject,
                    t!(
                        cat,
                        "test-expected-got",
                        expected = &cat.word("verdict", &c.expected.to_string()),
                        actual = &actual
                    )
                );
            }
            if !s.is_empty() || !ui.quiet {
                s.push('\n');
            }
            let _ = writeln!(
                s,
                "{}",
                t!(cat, "test-summary", passed = passed, failed = failed)
            );
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
