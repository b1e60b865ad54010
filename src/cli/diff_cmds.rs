//! `lexgap diff` and `lexgap history`: what changed between two versions of a
//! jurisdiction, and how its ratings moved over the git history.

use super::args::{DiffFormat, Format};
use super::diff_text;
use super::shared::{CliError, logged, report_before_document};
use super::ui::{Outcome, Ui};
use crate::check;
use crate::diag::{Code, Diagnostic, Diagnostics, Message, SourceMap};
use crate::diff::{self, Diff};
use crate::load::{self, Input, Loaded};
use crate::model::Instrument;
use crate::msg;
use crate::t;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::process::Command as Process;

fn fail(
    ui: &Ui,
    code: Code,
    message: Message,
    format: Format,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    let mut d = Diagnostics::default();
    d.push(Diagnostic::error(code, message));
    report_before_document(ui, &d, &SourceMap::default(), format, out)?;
    Ok(Outcome::InvalidInput)
}

#[derive(serde::Serialize)]
struct DiffPage<'a> {
    generated: Option<String>,
    nav: Option<()>,
    diff: &'a Diff,
    closed: usize,
    opened: usize,
}

pub fn diff(
    ui: &Ui,
    old: &str,
    new: &str,
    page_format: DiffFormat,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    let format = if page_format == DiffFormat::Json {
        Format::Json
    } else {
        Format::Text
    };
    let loaded = logged(ui, || {
        load::load_as_named(&[Input::parse(old), Input::parse(new)])
    });
    report_before_document(ui, &loaded.diagnostics, &loaded.sources, format, out)?;
    let Some(corpus) = &loaded.corpus else {
        return Ok(Outcome::InvalidInput);
    };
    let [a, b] = corpus.jurisdictions.as_slice() else {
        return fail(
            ui,
            Code::NotComparable,
            msg!("diag-diff-one-each", old = old, new = new),
            format,
            out,
        );
    };
    if a.code.value != b.code.value {
        return fail(
            ui,
            Code::NotComparable,
            msg!(
                "diag-diff-codes",
                old = old,
                new = new,
                old_code = &a.code.value,
                new_code = &b.code.value
            ),
            format,
            out,
        );
    }
    let d = diff::diff(corpus, a, b);
    match page_format {
        DiffFormat::Text => out.write_all(diff_text::diff_text(ui.cat, &d).as_bytes())?,
        DiffFormat::Json => {
            serde_json::to_writer_pretty(
                &mut *out,
                &serde_json::json!({ "format": "lexgap-diff/1", "diff": d }),
            )?;
            writeln!(out)?;
        }
        DiffFormat::Md | DiffFormat::Html => {
            let page = DiffPage {
                generated: None,
                nav: None,
                diff: &d,
                closed: d.closed().count(),
                opened: d.opened().count(),
            };
            let template = if page_format == DiffFormat::Html {
                "diff.html"
            } else {
                "diff.md"
            };
            let rendered = crate::render::Renderer::with_lang(
                &crate::render::context::Shared::new(corpus),
                None,
                ui.cat.lang,
            )
            .and_then(|r| r.render(template, &page));
            match rendered {
                Ok(text) => out.write_all(text.as_bytes())?,
                Err(e) => {
                    return fail(
                        ui,
                        Code::BadValue,
                        msg!("diag-render-diff", error = e.to_string()),
                        format,
                        out,
                    );
                }
            }
        }
    }
    Ok(Outcome::Clean)
}

/// The ratings of a jurisdiction at each git commit that touched its file.
pub fn history(
    ui: &Ui,
    code: &str,
    format: Format,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    let path = format!("statutes/national/{}.yaml", code.to_lowercase());
    let git = |args: &[&str]| Process::new("git").args(args).output();
    let log = match git(&["log", "--format=%H %ad", "--date=short", "--", &path]) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return fail(
                ui,
                Code::GitUnavailable,
                msg!("diag-git-missing"),
                format,
                out,
            );
        }
        Err(e) => {
            return fail(
                ui,
                Code::GitUnavailable,
                msg!("diag-git-run", error = e.to_string()),
                format,
                out,
            );
        }
        Ok(o) if !o.status.success() => {
            let git_error = String::from_utf8_lossy(&o.stderr).trim().to_owned();
            return fail(
                ui,
                Code::GitUnavailable,
                msg!("diag-git-history", error = git_error),
                format,
                out,
            );
        }
        Ok(o) => String::from_utf8_lossy(&o.stdout).into_owned(),
    };
    let commits: Vec<(&str, &str)> = log.lines().filter_map(|l| l.split_once(' ')).collect();
    if commits.is_empty() {
        return fail(
            ui,
            Code::GitUnavailable,
            msg!("diag-git-no-commit", path = &path),
            format,
            out,
        );
    }
    let mut rows = Vec::new();
    // Oldest first: a timeline.
    for (sha, date) in commits.iter().rev() {
        // Read no version larger than the input limit: a 40 MB blob in the
        // history was read whole before it was refused.
        let size = git(&["cat-file", "-s", &format!("{sha}:{path}")])
            .ok()
            .filter(|o| o.status.success())
            .and_then(|o| {
                String::from_utf8_lossy(&o.stdout)
                    .trim()
                    .parse::<u64>()
                    .ok()
            });
        if size.is_some_and(|n| n > load::yaml::MAX_INPUT_BYTES as u64) {
            rows.push(serde_json::json!({
                "commit": sha, "date": date, "too_large": size,
                "error": format!("larger than the input size limit ({} bytes)", load::yaml::MAX_INPUT_BYTES),
            }));
            continue;
        }
        let Ok(show) = git(&["show", &format!("{sha}:{path}")]) else {
            continue;
        };
        if !show.status.success() {
            continue;
        }
        let text = String::from_utf8_lossy(&show.stdout).into_owned();
        let loaded: Loaded = load::load(&[Input::Text {
            name: format!("{path}@{}", &sha[..10]),
            text,
        }]);
        let row = match (
            &loaded.corpus,
            loaded.corpus.as_ref().and_then(|c| c.jurisdictions.first()),
        ) {
            (Some(corpus), Some(j)) => {
                let instruments: Vec<&Instrument> = corpus.instruments.iter().collect();
                let r = check::check_jurisdiction(corpus, j, &instruments);
                serde_json::json!({
                    "commit": sha, "date": date, "as_of": r.as_of,
                    "ratings": r.summaries.iter().map(|s| serde_json::json!({
                        "instrument": s.instrument, "short": s.short, "rating": s.rating,
                        "assessed": s.assessed, "counted": s.counted, "rating_rule": s.rating_rule,
                    })).collect::<Vec<_>>(),
                })
            }
            // A commit whose file no longer loads (an older format) is shown as such.
            _ => {
                serde_json::json!({ "commit": sha, "date": date, "error": "does not load with this version of lexgap" })
            }
        };
        rows.push(row);
    }
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(
                &mut *out,
                &serde_json::json!({ "format": "lexgap-history/1", "code": code.to_uppercase(), "file": path, "commits": rows }),
            )?;
            writeln!(out)?;
        }
        Format::Text => {
            let cat = ui.cat;
            let mut s = format!(
                "{} — {}\n\n",
                code.to_uppercase(),
                t!(cat, "history-heading", path = &path)
            );
            for r in &rows {
                let _ = write!(
                    s,
                    "{} {}",
                    crate::i18n::format_date_str(cat.lang, r["date"].as_str().unwrap_or("")),
                    &r["commit"].as_str().unwrap_or("")[..10]
                );
                match r["ratings"].as_array() {
                    Some(rs) => {
                        for x in rs {
                            let n = |v: &serde_json::Value| {
                                cat.count(
                                    v.as_u64()
                                        .and_then(|n| usize::try_from(n).ok())
                                        .unwrap_or(0),
                                )
                            };
                            let _ = write!(
                                s,
                                "  {} {} {}/{}",
                                x["short"].as_str().unwrap_or(""),
                                x["rating"].as_str().unwrap_or(""),
                                n(&x["assessed"]),
                                n(&x["counted"])
                            );
                        }
                    }
                    None if r["too_large"].is_u64() => {
                        let _ = write!(
                            s,
                            "  ({})",
                            t!(
                                cat,
                                "history-too-large",
                                size = r["too_large"].as_u64().unwrap_or(0) as f64,
                                limit = load::yaml::MAX_INPUT_BYTES as f64
                            )
                        );
                    }
                    None => {
                        let _ = write!(s, "  ({})", t!(cat, "history-does-not-load"));
                    }
                }
                s.push('\n');
            }
            out.write_all(s.as_bytes())?;
        }
    }
    Ok(Outcome::Clean)
}
