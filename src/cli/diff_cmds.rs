//! `lexgap diff` and `lexgap history`: what changed between two versions of a
//! jurisdiction, and how its ratings moved over the git history.

use super::commands::{CliError, logged};
use super::{Format, Outcome, Ui};
use crate::check::{self, Status};
use crate::diag::{Code, Diagnostic, Diagnostics, Message, SourceMap};
use crate::diff::{self, Diff, ProvisionChangeKind};
use crate::i18n::Catalog;
use crate::i18n::reason::{say, say_arg};
use crate::load::{self, Input, Loaded};
use crate::model::{Instrument, Jurisdiction};
use crate::msg;
use crate::t;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::process::Command as Process;

fn report(
    ui: &Ui,
    diags: &Diagnostics,
    sources: &SourceMap,
    format: Format,
    out: &mut impl Write,
) -> Result<(), CliError> {
    super::commands::report_before_document(ui, diags, sources, format, out)
}

fn fail(
    ui: &Ui,
    code: Code,
    message: Message,
    format: Format,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    let mut d = Diagnostics::default();
    d.push(Diagnostic::error(code, message));
    report(ui, &d, &SourceMap::default(), format, out)?;
    Ok(Outcome::InvalidInput)
}

/// The formats of `lexgap diff`: the page formats go through the templates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DiffFormat {
    Text,
    Json,
    Md,
    Html,
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
    report(ui, &loaded.diagnostics, &loaded.sources, format, out)?;
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
        DiffFormat::Text => out.write_all(diff_text(ui.cat, &d).as_bytes())?,
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

fn arrow(cat: &Catalog, a: Status, b: Status) -> String {
    format!(
        "{} {} → {} {}",
        a.mark(),
        super::text::status_word(cat, a),
        b.mark(),
        super::text::status_word(cat, b)
    )
}

pub fn diff_text(cat: &Catalog, d: &Diff) -> String {
    let mut s = String::new();
    let as_of = |v: &diff::Version| {
        t!(
            cat,
            "check-as-of",
            date = &crate::i18n::format_date_str(cat.lang, &v.as_of)
        )
    };
    let comma = t!(cat, "sep-comma");
    let _ = writeln!(
        s,
        "{} {}: {} ({}{comma} {}) → {} ({}{comma} {})",
        d.code,
        d.name,
        d.old.file,
        say(cat, &d.old.label),
        as_of(&d.old),
        d.new.file,
        say(cat, &d.new.label),
        as_of(&d.new)
    );
    let _ = writeln!(s, "\n{}", t!(cat, "diff-ratings"));
    for r in &d.ratings {
        let mark = if r.changed() { "*" } else { " " };
        let _ = writeln!(
            s,
            " {mark} {}",
            rating_change(cat, r, name_width(cat, &d.ratings))
        );
    }
    let closed: Vec<_> = d.closed().collect();
    let opened: Vec<_> = d.opened().collect();
    let _ = writeln!(
        s,
        "\n{}",
        t!(
            cat,
            "diff-counts",
            closed = closed.len(),
            opened = opened.len(),
            changed = d.findings.len()
        )
    );
    if !d.findings.is_empty() {
        let _ = writeln!(s, "\n{}", t!(cat, "diff-findings-changed"));
        for f in &d.findings {
            let _ = writeln!(
                s,
                "  {:<9} {:<42} {}  [{}]",
                cat.word("direction", &f.direction.to_string()),
                f.requirement,
                arrow(cat, f.before, f.after),
                cat.word("obligation", &f.obligation.to_string())
            );
            let _ = writeln!(
                s,
                "      {} {}",
                before_after(cat, true),
                say_arg(cat, &f.reason_before)
            );
            let _ = writeln!(
                s,
                "      {} {}",
                before_after(cat, false),
                say_arg(cat, &f.reason_after)
            );
        }
    }
    if !d.removed.is_empty() {
        let _ = writeln!(s, "\n{}", t!(cat, "diff-removed", count = d.removed.len()));
        for line in removed_lines(cat, &d.removed) {
            let _ = writeln!(s, "  {line}");
        }
    }
    if !d.provisions.is_empty() {
        let _ = writeln!(s, "\n{}", t!(cat, "diff-provisions"));
        for p in &d.provisions {
            let _ = writeln!(
                s,
                "  {:<9} {} ({}{comma} {})",
                cat.word("change", &p.kind.to_string()),
                p.id,
                if p.article.is_empty() {
                    t!(cat, "article-not-given")
                } else {
                    t!(cat, "article", n = &p.article)
                },
                p.law
            );
            if p.kind == ProvisionChangeKind::Reworded {
                let _ = writeln!(
                    s,
                    "      {} {}",
                    before_after(cat, true),
                    one_line(p.text_before.as_deref().unwrap_or(""))
                );
                let _ = writeln!(
                    s,
                    "      {} {}",
                    before_after(cat, false),
                    one_line(p.text_after.as_deref().unwrap_or(""))
                );
            }
        }
    }
    s
}

/// "before:" and "after: " padded to the same width.
fn before_after(cat: &Catalog, before: bool) -> String {
    let (b, a) = (
        format!("{}:", t!(cat, "diff-before")),
        format!("{}:", t!(cat, "diff-after")),
    );
    let w = b.chars().count().max(a.chars().count());
    format!("{:<w$}", if before { b } else { a })
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

/// For `check` of a draft: the ratings before and after, the gaps it closes and opens.
/// Each term, note and entry a version takes out, one line each.
fn removed_lines(cat: &Catalog, removed: &[diff::Removed]) -> Vec<String> {
    use diff::RemovedKind;
    removed
        .iter()
        .map(|r| {
            let offence = r.offence.as_deref().unwrap_or("");
            let field_id = r.field.as_deref().unwrap_or("");
            let field = &cat.word("field", field_id);
            let line = match r.kind {
                RemovedKind::Term => t!(
                    cat,
                    "removed-term",
                    offence = offence,
                    field = field,
                    item = &r.item
                ),
                RemovedKind::Note if field_id == "note" => {
                    t!(cat, "removed-offence-note", offence = offence)
                }
                RemovedKind::Note => t!(
                    cat,
                    "removed-note",
                    offence = offence,
                    field = field,
                    item = &r.item
                ),
                RemovedKind::Offence => t!(cat, "removed-offence", item = &r.item),
                RemovedKind::Measure => t!(cat, "removed-measure", item = &r.item),
                RemovedKind::NotProvided => t!(cat, "removed-not-provided", item = &r.item),
                RemovedKind::Beyond => t!(cat, "removed-beyond", item = &r.item),
            };
            match &r.note {
                Some(n) => format!("{line} — {}", one_line(n.get(cat.lang))),
                None => line,
            }
        })
        .collect()
}

/// The width of the instruments' names in the language: at least 18, the
/// column of the English names.
fn name_width(cat: &Catalog, ratings: &[diff::RatingChange]) -> usize {
    ratings
        .iter()
        .map(|r| r.short.get(cat.lang).chars().count())
        .max()
        .unwrap_or(0)
        .max(18)
}

/// One instrument's rating, coverage and definition class, before → after.
fn rating_change(cat: &Catalog, r: &diff::RatingChange, w: usize) -> String {
    let class = match (r.class_before, r.class_after) {
        (Some(a), Some(b)) => format!(
            "  {} {} → {}",
            t!(cat, "diff-definition"),
            cat.word("class", &a.to_string()),
            cat.word("class", &b.to_string())
        ),
        _ => String::new(),
    };
    format!(
        "{:<w$} {:>2} → {:<2}  {} {}/{} → {}/{}{class}",
        r.short.get(cat.lang),
        r.before.to_string(),
        r.after.to_string(),
        t!(cat, "coverage"),
        cat.count(r.assessed_before),
        cat.count(r.counted),
        cat.count(r.assessed_after),
        cat.count(r.counted)
    )
}

pub fn draft_summary(
    cat: &Catalog,
    corpus: &crate::model::Corpus,
    j: &Jurisdiction,
) -> Option<String> {
    let draft = j.draft.as_ref()?;
    let d = diff::diff(corpus, &draft.base, j);
    let mut s = format!(
        "  {}\n",
        t!(
            cat,
            "draft-heading",
            title = &draft.title,
            base = &draft.base_file
        )
    );
    for r in &d.ratings {
        let _ = writeln!(
            s,
            "    {}",
            rating_change(cat, r, name_width(cat, &d.ratings))
        );
    }
    let closed: Vec<&str> = d.closed().map(|f| f.requirement.as_str()).collect();
    let opened: Vec<&str> = d.opened().map(|f| f.requirement.as_str()).collect();
    let list = |v: &[&str]| {
        if v.is_empty() {
            String::new()
        } else {
            format!(": {}", v.join(", "))
        }
    };
    let _ = writeln!(
        s,
        "    {}{}",
        t!(cat, "draft-closes", count = closed.len()),
        list(&closed)
    );
    let _ = writeln!(
        s,
        "    {}{}",
        t!(cat, "draft-opens", count = opened.len()),
        list(&opened)
    );
    if !d.removed.is_empty() {
        let _ = writeln!(
            s,
            "    {}",
            t!(cat, "diff-removed", count = d.removed.len())
        );
        for line in removed_lines(cat, &d.removed) {
            let _ = writeln!(s, "      {line}");
        }
    }
    Some(s)
}
