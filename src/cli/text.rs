//! Plain-text output of the commands. Presentation only.

use crate::check::{Finding, JurisdictionCheck, Rating, Status, Trace};
use crate::i18n::reason::{say, say_steps};
use crate::i18n::{Catalog, Lang};
use crate::model::{Corpus, Instrument, Requirement, TranslationKind};
use crate::t;
use std::fmt::Write as _;

/// A jurisdiction's name for the interface language: its name in the
/// original language when that is the interface's script (الكويت in Arabic),
/// its English name otherwise.
pub fn display_name<'a>(cat: &Catalog, name: &'a str, original: Option<&'a str>) -> &'a str {
    match (cat.lang, original) {
        (Lang::Ar, Some(o)) if o.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) => o,
        _ => name,
    }
}

/// A status word in the interface language (`gap`, `ثغرة`).
pub fn status_word(cat: &Catalog, s: Status) -> String {
    cat.word("status", &s.to_string())
}

/// One jurisdiction's part of `check`'s text (`j` is the file `r` checked;
/// `draft`, for a draft, what it changes): written out as soon as it is
/// checked, so that a run over thousands of files holds one file's
/// findings at a time.
pub fn check_one(
    cat: &Catalog,
    j: Option<&crate::model::Jurisdiction>,
    r: &JurisdictionCheck,
    draft: Option<String>,
) -> String {
    let mut s = String::new();
    let status = j.map_or(String::new(), |j| {
        t!(
            cat,
            "check-encoding",
            status = &cat.word("encoding", &j.encoding.status.to_string()),
            by = &j.encoding.by
        )
    });
    let name = j.map_or(r.name.as_str(), |j| {
        display_name(cat, &j.name, j.name_original.as_deref())
    });
    let as_of = crate::i18n::format_date_str(cat.lang, &r.as_of.to_string());
    let _ = writeln!(
        s,
        "{} {} — {} ({}{status})",
        r.code,
        name,
        t!(cat, "check-as-of", date = &as_of),
        r.file
    );
    if let Some(h) = j.and_then(|j| j.historical.as_ref()) {
        let _ = writeln!(
            s,
            "  {}: {}",
            t!(cat, "check-superseded", date = &cat.date(h.superseded_on)),
            h.note.get(cat.lang).trim()
        );
    }
    if let Some(summary) = draft {
        s.push_str(&summary);
    }
    s.push('\n');
    let name_w = r
        .summaries
        .iter()
        .map(|sum| ours(cat, &sum.short, &sum.short_ar).chars().count())
        .max()
        .unwrap_or(0)
        .max(18);
    for sum in &r.summaries {
        let c = &sum.counted_status;
        let basis = cat.word("basis", &sum.basis.to_string());
        let rating = sum.rating.to_string();
        let counts = [
            (Status::Met, c.met),
            (Status::Partial, c.partial),
            (Status::Gap, c.gap),
            (Status::Conflict, c.conflict),
            (Status::Unknown, c.unknown),
        ]
        .iter()
        .map(|(st, n)| format!("{} {}", status_word(cat, *st), cat.count(*n)))
        .collect::<Vec<_>>()
        .join(" · ");
        let _ = write!(
            s,
            "  {:<name_w$} {:<3} {} {:>2}/{:<2} ({basis})  {counts}",
            ours(cat, &sum.short, &sum.short_ar),
            rating,
            t!(cat, "coverage"),
            cat.count(sum.assessed),
            cat.count(sum.counted),
        );
        if let (Some(class), Some(assessed), Some(counted)) = (
            sum.definition_class,
            sum.definition_assessed,
            sum.definition_counted,
        ) {
            let word = t!(
                cat,
                "check-definition-counts",
                class = &cat.word("class", &class.to_string()),
                assessed = &cat.count(assessed),
                counted = &cat.count(counted)
            );
            let _ = write!(s, "  {}", t!(cat, "check-definition", class = &word));
        }
        s.push('\n');
        if sum.rating == Rating::NotRated {
            let _ = writeln!(
                s,
                "  {:<name_w$} {}",
                "",
                t!(
                    cat,
                    "check-not-rated",
                    assessed = &cat.count(sum.assessed),
                    counted = &cat.count(sum.counted),
                    needed = &cat.count(sum.needed)
                )
            );
        }
    }
    s.push('\n');
    let mut ordered: Vec<(usize, &Finding)> = r.findings.iter().enumerate().collect();
    ordered.sort_by_key(|(i, f)| {
        (
            f.status.severity(),
            f.recommendation.as_ref().map_or(3, |r| r.verb as u8),
            *i,
        )
    });
    for (_, f) in ordered {
        finding(cat, &mut s, f);
    }
    s
}

/// The closing table of a `check` of several files, from their summaries
/// (their findings may be dropped), after a blank line.
pub fn check_summary(cat: &Catalog, corpus: &Corpus, results: &[JurisdictionCheck]) -> String {
    let mut s = String::from("\n");
    summary_table(cat, corpus, results, &mut s);
    s
}

/// The closing table of a `check` of several files: a row a file (the
/// version in force before an earlier one), a column an instrument, each
/// cell the rating and the coverage, so the whole run fits on one screen.
fn summary_table(cat: &Catalog, corpus: &Corpus, results: &[JurisdictionCheck], s: &mut String) {
    let columns = crate::render::context::columns(corpus);
    // By file, built once: looking each file up in the corpus made the
    // table quadratic in the number of files.
    let keys: std::collections::HashMap<&str, (String, Option<crate::model::Date>)> = corpus
        .jurisdictions
        .iter()
        .zip(&columns)
        .map(|(j, c)| {
            (
                j.file.as_str(),
                (
                    c.key.clone(),
                    j.historical.as_ref().map(|h| h.superseded_on),
                ),
            )
        })
        .collect();
    let key_of = |file: &str| keys.get(file).cloned();
    let Some(first) = results.first() else {
        return;
    };
    let width = |short: &str| short.chars().count().max(10) + 2;
    let label = |key: &str, old: bool| {
        if old {
            format!("{key} †")
        } else {
            key.to_owned()
        }
    };
    let label_width = results
        .iter()
        .filter_map(|r| key_of(&r.file))
        .map(|(k, old)| label(&k, old.is_some()).chars().count() + 2)
        .max()
        .unwrap_or(4);
    let _ = writeln!(
        s,
        "{}",
        t!(
            cat,
            "check-summary-heading",
            files = &cat.count(results.len()),
            instruments = &cat.count(first.summaries.len())
        )
    );
    let _ = write!(s, "{:label_width$}", "");
    for sum in &first.summaries {
        let name = ours(cat, &sum.short, &sum.short_ar);
        let _ = write!(s, "{name:<w$}", w = width(name));
    }
    s.truncate(s.trim_end_matches(' ').len());
    s.push('\n');
    let mut superseded = Vec::new();
    for r in results {
        let (key, old) = key_of(&r.file).unwrap_or_else(|| (r.code.clone(), None));
        let _ = write!(s, "{:label_width$}", label(&key, old.is_some()));
        for sum in &r.summaries {
            let cell = format!(
                "{:<3}{:>2}/{}",
                sum.rating.to_string(),
                cat.count(sum.assessed),
                cat.count(sum.counted)
            );
            let name = ours(cat, &sum.short, &sum.short_ar);
            let _ = write!(s, "{cell:<w$}", w = width(name));
        }
        s.truncate(s.trim_end_matches(' ').len());
        s.push('\n');
        if let Some(date) = old {
            superseded.push((key, date));
        }
    }
    for (key, date) in superseded {
        let _ = writeln!(
            s,
            "† {key}: {}",
            t!(cat, "check-superseded", date = &cat.date(date))
        );
    }
    let _ = writeln!(s, "{}", t!(cat, "check-summary-legend"));
}

fn finding(cat: &Catalog, s: &mut String, f: &Finding) {
    let secondary = match (f.secondary, f.uncertain_law) {
        (true, true) => format!("  [{}]", t!(cat, "flag-secondary-and-unsettled")),
        (false, true) => format!("  [{}]", t!(cat, "flag-unsettled")),
        (true, false) => format!("  [{}]", t!(cat, "flag-secondary")),
        (false, false) => String::new(),
    };
    let _ = writeln!(
        s,
        "  {} {:<8} {:<42} {} {} — {} [{}]{secondary}",
        f.status.mark(),
        status_word(cat, f.status),
        f.requirement,
        instrument_short(&f.instrument),
        article(cat, &f.article),
        ours(cat, &f.title, &f.title_ar),
        cat.word("obligation", &f.obligation.to_string())
    );
    if let Some(r) = &f.recommendation {
        let _ = writeln!(
            s,
            "      {}: {}",
            cat.word("verb", &r.verb.to_string()),
            ours(cat, &r.text, &r.text_ar)
        );
    }
    trace(cat, s, &f.trace, 6);
}

/// lexgap's own wording in the interface language: the Arabic the data
/// gives on an Arabic interface, the English otherwise.
pub fn ours<'a>(cat: &Catalog, en: &'a str, ar: &'a str) -> &'a str {
    match cat.lang {
        Lang::Ar => ar,
        Lang::En => en,
    }
}

fn trace(cat: &Catalog, s: &mut String, t: &Trace, indent: usize) {
    let pad = " ".repeat(indent);
    if t.parts.is_empty() {
        let provs: Vec<&str> = t
            .evidence
            .iter()
            .flat_map(|e| e.provisions.iter().map(String::as_str))
            .collect();
        let cite = if provs.is_empty() {
            String::new()
        } else {
            format!(" [{}]", dedup(&provs).join(", "))
        };
        let _ = writeln!(s, "{pad}{}{cite}", say_steps(cat, &t.detail));
    } else {
        for p in t.shown_parts() {
            let _ = writeln!(
                s,
                "{pad}{} {}: {}",
                p.status.mark(),
                status_word(cat, p.status),
                say(cat, &p.test)
            );
            trace(cat, s, p, indent + 4);
        }
    }
}

fn dedup<'a>(v: &[&'a str]) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for x in v {
        if !out.contains(x) {
            out.push(x);
        }
    }
    out
}

/// "Art. 3(a)" for article numbers, the bare word for "guidance" and the
/// like. The article number is shown as the source writes it.
pub fn article(cat: &Catalog, a: &str) -> String {
    let word = crate::i18n::article_word_id(a);
    if a.starts_with(|c: char| c.is_ascii_digit()) {
        t!(cat, "article", n = a)
    } else if cat.lang != Lang::En && cat.has(&word) {
        cat.t(&word)
    } else {
        a.to_owned()
    }
}

fn instrument_short(id: &str) -> String {
    id.to_uppercase()
}

pub fn instruments(cat: &Catalog, corpus: &Corpus) -> String {
    let mut s = String::new();
    for i in &corpus.instruments {
        let binding = if i.binding {
            t!(cat, "binding")
        } else {
            t!(cat, "not-binding")
        };
        let _ = writeln!(
            s,
            "{:<8} {} — {} ({})",
            i.id.value,
            ours(cat, &i.short, &i.short_ar),
            ours(cat, &i.title, &i.title_ar),
            t!(
                cat,
                "instrument-counts",
                binding = &binding,
                requirements = i.requirements.len(),
                basis = &cat.word("basis", &i.rating_basis.to_string())
            )
        );
        if let Some(n) = &i.note {
            let _ = writeln!(s, "         {}", n.get(cat.lang).trim());
        }
    }
    let _ = writeln!(s, "\n{}", rating_rules(cat));
    s
}

/// The rating rules in the interface language (English: the rule table
/// of `check::RATING_RULES`, which a unit test keeps equal to the catalogue).
pub fn rating_rules(cat: &Catalog) -> String {
    match cat.lang {
        Lang::En => crate::check::RATING_RULES.to_owned(),
        Lang::Ar => t!(cat, "rating-rules"),
    }
}

pub fn requirements(cat: &Catalog, instruments: &[&Instrument]) -> String {
    let mut s = String::new();
    for i in instruments {
        let _ = writeln!(s, "{} ({})", ours(cat, &i.short, &i.short_ar), i.id.value);
        for r in &i.requirements {
            let _ = writeln!(
                s,
                "  {:<44} {:<16} {:<12} {:<16} {}",
                r.id.value,
                article(cat, &r.article),
                cat.word("obligation", &r.obligation.to_string()),
                cat.word("topic", &r.topic.to_string()),
                ours(cat, &r.title, &r.title_ar)
            );
        }
        s.push('\n');
    }
    s
}

pub fn explain(cat: &Catalog, corpus: &Corpus, inst: &Instrument, r: &Requirement) -> String {
    let mut s = String::new();
    let label = |id: &str| format!("{:<13}", format!("{}:", cat.t(id)));
    let _ = writeln!(s, "{} — {}", r.id.value, ours(cat, &r.title, &r.title_ar));
    let _ = writeln!(
        s,
        "{}{} ({})",
        label("label-instrument"),
        ours(cat, &inst.title, &inst.title_ar),
        ours(cat, &inst.short, &inst.short_ar)
    );
    let _ = writeln!(s, "{}{}", label("label-article"), article(cat, &r.article));
    let _ = writeln!(
        s,
        "{}{}",
        label("label-obligation"),
        cat.word("obligation", &r.obligation.to_string())
    );
    let _ = writeln!(
        s,
        "{}{}",
        label("label-topic"),
        cat.word("topic", &r.topic.to_string())
    );
    for q in &r.quotes {
        let _ = writeln!(
            s,
            "\n{} ({}, {}):",
            q.cite,
            q.text.lang,
            cat.word("confidence", &q.text.confidence.to_string())
        );
        if cat.lang != Lang::En && q.text.lang != cat.lang.code() {
            let _ = writeln!(s, "  ({})", quote_language_note(cat, &q.text.lang));
        }
        for line in q.text.text.lines() {
            let _ = writeln!(s, "  │ {line}");
        }
        if let Some(e) = &q.text.english {
            let kind = translation_kind(cat, e.kind);
            let by = e.by.as_deref().map_or(String::new(), |b| format!(", {b}"));
            let _ = writeln!(s, "  {} ({kind}{by}):", t!(cat, "label-english"));
            for line in e.text.lines() {
                let _ = writeln!(s, "  │ {line}");
            }
        }
        let _ = writeln!(s, "  {}: {}", t!(cat, "label-source"), q.text.source);
    }
    let _ = writeln!(
        s,
        "\n{}: {}",
        t!(cat, "label-test"),
        crate::check::describe_test_in(cat, &r.test, &corpus.vocabulary)
    );
    let _ = writeln!(
        s,
        "{}: {}",
        t!(cat, "label-if-not-met"),
        ours(cat, &r.recommendation, &r.recommendation_ar)
    );
    if let Some(n) = &r.note {
        let _ = writeln!(s, "{}: {}", t!(cat, "label-note"), n.get(cat.lang).trim());
    }
    s
}

/// Who made an English rendering, in words.
pub fn translation_kind(cat: &Catalog, k: TranslationKind) -> String {
    match k {
        TranslationKind::Official => t!(cat, "translation-official"),
        TranslationKind::Unofficial => t!(cat, "translation-unofficial"),
        TranslationKind::Encoder => t!(cat, "translation-encoder"),
    }
}

/// For a quotation not in the interface language: that lexgap's sources
/// hold it only in this language (lexgap never translates legal text).
pub fn quote_language_note(cat: &Catalog, lang: &str) -> String {
    let name = cat.word("language", lang);
    t!(cat, "note-quote-language", language = &name)
}
