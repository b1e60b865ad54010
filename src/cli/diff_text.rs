//! A diff in words for the terminal: `lexgap diff`'s text, and the lines
//! `check` prints under a draft (the ratings before and after, the gaps it
//! closes and opens).

use super::text::status_word;
use crate::check::Status;
use crate::diff::{self, Diff, ProvisionChangeKind};
use crate::i18n::Catalog;
use crate::i18n::reason::{say, say_arg};
use crate::model::Jurisdiction;
use crate::t;
use std::fmt::Write as _;

fn arrow(cat: &Catalog, a: Status, b: Status) -> String {
    format!(
        "{} {} → {} {}",
        a.mark(),
        status_word(cat, a),
        b.mark(),
        status_word(cat, b)
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
