//! `lexgap unknowns`: the encoder's worklist, printed.

use super::args::Format;
use super::shared::{CliError, load_or_report};
use super::text::ours;
use super::ui::{Outcome, Ui};
use crate::check::{self, JurisdictionCheck, Need, Worklist};
use crate::i18n::Catalog;
use crate::i18n::term::term_label;
use crate::model::{Corpus, TermSet};
use crate::t;
use std::fmt::Write as _;
use std::io::Write;

pub fn unknowns(
    ui: &Ui,
    paths: &[String],
    format: Format,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    let Some(loaded) = load_or_report(ui, paths, format, out)? else {
        return Ok(Outcome::InvalidInput);
    };
    let corpus = loaded.corpus.as_ref().expect("checked by load_or_report");
    let instruments: Vec<_> = corpus.instruments.iter().collect();
    let results = check::check(corpus, &instruments);
    let lists: Vec<Worklist> = corpus
        .jurisdictions
        .iter()
        .zip(&results)
        .map(|(j, r)| check::worklist(j, r, &instruments))
        .collect();
    match format {
        Format::Text => {
            let mut s = String::new();
            for (n, (w, r)) in lists.iter().zip(&results).enumerate() {
                if n > 0 {
                    s.push('\n');
                }
                text(ui.cat, corpus, w, r, &mut s);
            }
            out.write_all(s.as_bytes())?;
        }
        Format::Json => {
            let v = serde_json::json!({ "format": "lexgap-unknowns/1", "jurisdictions": lists });
            serde_json::to_writer_pretty(&mut *out, &v)?;
            writeln!(out)?;
        }
    }
    Ok(Outcome::Clean)
}

fn text(cat: &Catalog, corpus: &Corpus, w: &Worklist, r: &JurisdictionCheck, s: &mut String) {
    let _ = writeln!(
        s,
        "{} {} — {} ({})",
        w.code,
        w.name,
        t!(
            cat,
            "unknowns-heading",
            unknown = w.unknown,
            findings = w.findings
        ),
        w.file
    );
    let name_w = r
        .summaries
        .iter()
        .map(|sum| ours(cat, &sum.short, &sum.short_ar).chars().count())
        .max()
        .unwrap_or(0);
    for sum in &r.summaries {
        let _ = write!(
            s,
            "  {:<name_w$} {:<3} {} {}/{}",
            ours(cat, &sum.short, &sum.short_ar),
            sum.rating.to_string(),
            t!(cat, "coverage"),
            cat.count(sum.assessed),
            cat.count(sum.counted),
        );
        if sum.rating == check::Rating::NotRated {
            let _ = write!(
                s,
                " — {}",
                t!(
                    cat,
                    "unknowns-letter-needs",
                    needed = &cat.count(sum.needed)
                )
            );
        }
        s.push('\n');
    }
    if w.unknown == 0 {
        let _ = writeln!(s, "\n  {}", t!(cat, "unknowns-none"));
    }
    if !w.items.is_empty() {
        let _ = writeln!(s, "\n  {}", t!(cat, "unknowns-items"));
        let width = w.items.len().to_string().len();
        for (i, item) in w.items.iter().enumerate() {
            let _ = writeln!(
                s,
                "  {:>width$}. {} — {}",
                cat.count(i + 1),
                item.path,
                need(cat, corpus, &item.need)
            );
            let per: Vec<String> = item
                .instruments
                .iter()
                .map(|c| {
                    format!(
                        "{} {}",
                        ours(cat, &c.short, &c.short_ar),
                        cat.count(c.findings)
                    )
                })
                .collect();
            let _ = writeln!(
                s,
                "  {:>width$}  {}",
                "",
                t!(
                    cat,
                    "unknowns-bears-on",
                    findings = item.findings,
                    instruments = &per.join(&format!("{} ", t!(cat, "sep-comma"))),
                    alone = item.settles_alone
                )
            );
        }
    }
    if w.unattributed > 0 {
        let _ = writeln!(
            s,
            "\n  {}",
            t!(cat, "unknowns-unattributed", n = w.unattributed)
        );
    }
    if !w.laws_read_in_part.is_empty() {
        let _ = writeln!(s, "\n  {}", t!(cat, "unknowns-laws-in-part"));
        for l in &w.laws_read_in_part {
            let _ = writeln!(s, "    {} — {}", l.law, l.read.trim());
        }
    }
}

/// What the worklist item asks for, in words.
pub fn need(cat: &Catalog, corpus: &Corpus, n: &Need) -> String {
    let vocab = &corpus.vocabulary;
    match n {
        Need::Offence { kind } => t!(
            cat,
            "unknowns-need-offence",
            kind = term_label(vocab, cat.lang, TermSet::OffenceKinds, kind)
        ),
        Need::Fact { offence, .. } => t!(cat, "unknowns-need-fact", offence = offence.as_str()),
        Need::OpenList { offence, .. } => {
            t!(cat, "unknowns-need-open-list", offence = offence.as_str())
        }
        Need::Measure { measure } => t!(
            cat,
            "unknowns-need-measure",
            measure = term_label(vocab, cat.lang, TermSet::Measures, measure)
        ),
    }
}
