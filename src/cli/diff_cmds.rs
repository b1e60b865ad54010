//! `lexgap diff` and `lexgap history`: what changed between two versions of a
//! jurisdiction, and how its ratings moved over the git history.

use super::commands::CliError;
use super::{Format, Outcome};
use crate::check::{self, Status};
use crate::diag::{Code, Diagnostic, Diagnostics, Severity, SourceMap, render_human, render_json};
use crate::diff::{self, Diff, ProvisionChangeKind};
use crate::load::{self, Input, Loaded};
use crate::model::{Instrument, Jurisdiction};
use std::fmt::Write as _;
use std::io::{self, Write};
use std::process::Command as Process;

fn report(
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
                writeln!(
                    err,
                    "{} error(s), {} warning(s)",
                    diags.count(Severity::Error),
                    diags.count(Severity::Warning)
                )?;
            }
        }
        Format::Json => {
            if diags.has_errors() {
                let v = serde_json::json!({ "ok": false, "diagnostics": render_json(&diags.items, sources) });
                serde_json::to_writer_pretty(&mut *out, &v)?;
                writeln!(out)?;
            }
        }
    }
    Ok(())
}

fn fail(
    code: Code,
    message: String,
    format: Format,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    let mut d = Diagnostics::default();
    d.push(Diagnostic::error(code, message));
    report(&d, &SourceMap::default(), format, out)?;
    Ok(Outcome::InvalidInput)
}

pub fn diff(
    old: &str,
    new: &str,
    format: Format,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    let loaded = load::load(&[Input::parse(old), Input::parse(new)]);
    report(&loaded.diagnostics, &loaded.sources, format, out)?;
    let Some(corpus) = &loaded.corpus else {
        return Ok(Outcome::InvalidInput);
    };
    let [a, b] = corpus.jurisdictions.as_slice() else {
        return fail(
            Code::NotComparable,
            format!("`{old}` and `{new}` must each hold one jurisdiction file"),
            format,
            out,
        );
    };
    if a.code.value != b.code.value {
        return fail(
            Code::NotComparable,
            format!(
                "`{old}` encodes {} and `{new}` encodes {}: only versions of one jurisdiction can be compared",
                a.code.value, b.code.value
            ),
            format,
            out,
        );
    }
    let d = diff::diff(corpus, a, b);
    match format {
        Format::Text => out.write_all(diff_text(&d).as_bytes())?,
        Format::Json => {
            serde_json::to_writer_pretty(
                &mut *out,
                &serde_json::json!({ "format": "lexgap-diff/1", "diff": d }),
            )?;
            writeln!(out)?;
        }
    }
    Ok(Outcome::Clean)
}

fn arrow(a: Status, b: Status) -> String {
    format!("{} {} → {} {}", a.mark(), a, b.mark(), b)
}

pub fn diff_text(d: &Diff) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{} {}: {} ({}, as of {}) → {} ({}, as of {})",
        d.code, d.name, d.old.file, d.old.label, d.old.as_of, d.new.file, d.new.label, d.new.as_of
    );
    let _ = writeln!(s, "\nRatings");
    for r in &d.ratings {
        let mark = if r.changed() { "*" } else { " " };
        let class = match (r.class_before, r.class_after) {
            (Some(a), Some(b)) => format!("  definition {a} → {b}"),
            _ => String::new(),
        };
        let _ = writeln!(
            s,
            " {mark} {:<18} {:>2} → {:<2}  coverage {}/{} → {}/{}{class}",
            r.short,
            r.before.to_string(),
            r.after.to_string(),
            r.assessed_before,
            r.counted,
            r.assessed_after,
            r.counted
        );
    }
    let closed: Vec<_> = d.closed().collect();
    let opened: Vec<_> = d.opened().collect();
    let _ = writeln!(
        s,
        "\nGaps closed: {}   Gaps opened: {}   Findings changed: {}",
        closed.len(),
        opened.len(),
        d.findings.len()
    );
    if !d.findings.is_empty() {
        let _ = writeln!(s, "\nFindings whose status changed");
        for f in &d.findings {
            let _ = writeln!(
                s,
                "  {:<9} {:<42} {}  [{}]",
                f.direction.to_string(),
                f.requirement,
                arrow(f.before, f.after),
                f.obligation
            );
            let _ = writeln!(s, "      before: {}", f.reason_before);
            let _ = writeln!(s, "      after:  {}", f.reason_after);
        }
    }
    if !d.provisions.is_empty() {
        let _ = writeln!(s, "\nProvisions");
        for p in &d.provisions {
            let _ = writeln!(
                s,
                "  {:<9} {} (Art. {}, {})",
                p.kind.to_string(),
                p.id,
                p.article,
                p.law
            );
            if p.kind == ProvisionChangeKind::Reworded {
                let _ = writeln!(
                    s,
                    "      before: {}",
                    one_line(p.text_before.as_deref().unwrap_or(""))
                );
                let _ = writeln!(
                    s,
                    "      after:  {}",
                    one_line(p.text_after.as_deref().unwrap_or(""))
                );
            }
        }
    }
    s
}

fn one_line(t: &str) -> String {
    let flat: String = t.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > 160 {
        format!("{}…", flat.chars().take(160).collect::<String>())
    } else {
        flat
    }
}

/// The ratings of a jurisdiction at each git commit that touched its file.
pub fn history(code: &str, format: Format, out: &mut impl Write) -> Result<Outcome, CliError> {
    let path = format!("statutes/national/{}.yaml", code.to_lowercase());
    let git = |args: &[&str]| Process::new("git").args(args).output();
    let log = match git(&["log", "--format=%H %ad", "--date=short", "--", &path]) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return fail(
                Code::GitUnavailable,
                "`lexgap history` needs git, and git is not installed".to_owned(),
                format,
                out,
            );
        }
        Err(e) => {
            return fail(
                Code::GitUnavailable,
                format!("cannot run git: {e}"),
                format,
                out,
            );
        }
        Ok(o) if !o.status.success() => {
            let msg = String::from_utf8_lossy(&o.stderr).trim().to_owned();
            return fail(
                Code::GitUnavailable,
                format!(
                    "git cannot read the history here ({msg}); run lexgap history inside a clone of the lexgap repository"
                ),
                format,
                out,
            );
        }
        Ok(o) => String::from_utf8_lossy(&o.stdout).into_owned(),
    };
    let commits: Vec<(&str, &str)> = log.lines().filter_map(|l| l.split_once(' ')).collect();
    if commits.is_empty() {
        return fail(
            Code::GitUnavailable,
            format!("no commit touched {path}"),
            format,
            out,
        );
    }
    let mut rows = Vec::new();
    // Oldest first: a timeline.
    for (sha, date) in commits.iter().rev() {
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
                        "assessed": s.assessed, "counted": s.counted, "provisional": s.provisional,
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
            let mut s = format!(
                "{} — ratings over the commits that touched {path}\n\n",
                code.to_uppercase()
            );
            for r in &rows {
                let _ = write!(
                    s,
                    "{} {}",
                    r["date"].as_str().unwrap_or(""),
                    &r["commit"].as_str().unwrap_or("")[..10]
                );
                match r["ratings"].as_array() {
                    Some(rs) => {
                        for x in rs {
                            let star = if x["provisional"].as_bool() == Some(true) {
                                "*"
                            } else {
                                ""
                            };
                            let _ = write!(
                                s,
                                "  {} {}{star} {}/{}",
                                x["short"].as_str().unwrap_or(""),
                                x["rating"].as_str().unwrap_or(""),
                                x["assessed"],
                                x["counted"]
                            );
                        }
                    }
                    None => s.push_str("  (does not load with this version of lexgap)"),
                }
                s.push('\n');
            }
            out.write_all(s.as_bytes())?;
        }
    }
    Ok(Outcome::Clean)
}

/// For `check` of a draft: the ratings before and after, the gaps it closes and opens.
pub fn draft_summary(corpus: &crate::model::Corpus, j: &Jurisdiction) -> Option<String> {
    let draft = j.draft.as_ref()?;
    let d = diff::diff(corpus, &draft.base, j);
    let mut s = format!(
        "  Draft bill: {} (applied to {})\n",
        draft.title, draft.base_file
    );
    for r in &d.ratings {
        let _ = writeln!(
            s,
            "    {:<18} {} → {}  coverage {}/{} → {}/{}",
            r.short, r.before, r.after, r.assessed_before, r.counted, r.assessed_after, r.counted
        );
    }
    let closed: Vec<&str> = d.closed().map(|f| f.requirement.as_str()).collect();
    let opened: Vec<&str> = d.opened().map(|f| f.requirement.as_str()).collect();
    let _ = writeln!(
        s,
        "    closes {} gap(s){}",
        closed.len(),
        if closed.is_empty() {
            String::new()
        } else {
            format!(": {}", closed.join(", "))
        }
    );
    let _ = writeln!(
        s,
        "    opens {} gap(s){}",
        opened.len(),
        if opened.is_empty() {
            String::new()
        } else {
            format!(": {}", opened.join(", "))
        }
    );
    Some(s)
}
