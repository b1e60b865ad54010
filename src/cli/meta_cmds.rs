//! The commands around lexgap rather than about law: `schema` (for editors),
//! `init` (a starting file), `completions` and `man` (for the shell).

use super::args::{Cli, SchemaKind};
use super::render_cmds::{output_is_input, output_refused};
use super::shared::{CliError, print_diagnostics};
use super::ui::{Outcome, Ui};
use crate::diag::{Code, Diagnostic, Diagnostics, SourceMap};
use crate::i18n::Lang;
use crate::load;
use crate::model::Date;
use crate::render::write::{Inputs, write_atomic};
use crate::schema::{self, Kind};
use crate::t;
use clap::CommandFactory;
use std::io::Write;
use std::path::Path;

fn fail(ui: &Ui, d: Diagnostic) -> Result<Outcome, CliError> {
    let mut diags = Diagnostics::default();
    diags.push(d);
    print_diagnostics(ui, &diags, &SourceMap::default())?;
    Ok(Outcome::InvalidInput)
}

/// Writes `text` to `output` (atomically) or stdout. `guarded`: refuse an
/// output in lexgap's own data (`init`, which never overwrites, may create
/// a new encoding in `statutes/national/`).
fn emit(
    ui: &Ui,
    text: &str,
    output: Option<&Path>,
    guarded: bool,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    match output {
        None => out.write_all(text.as_bytes())?,
        Some(path) if path == Path::new("-") => out.write_all(text.as_bytes())?,
        Some(path) => {
            if guarded && let Some(d) = output_is_input(path, &Inputs::new(&[])) {
                return fail(ui, d);
            }
            if let Some(d) = output_refused(path) {
                return fail(ui, d);
            }
            write_atomic(path, text.as_bytes())?;
            ui.detail(&t!(
                ui.cat,
                "verbose-wrote",
                file = &path.display().to_string(),
                bytes = text.len()
            ));
        }
    }
    Ok(Outcome::Clean)
}

/// `lexgap schema KIND`: the JSON Schema of a kind of input file.
pub fn schema(
    ui: &Ui,
    kind: SchemaKind,
    output: Option<&Path>,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    let loaded = load::load_instruments();
    let Some(corpus) = &loaded.corpus else {
        print_diagnostics(ui, &loaded.diagnostics, &loaded.sources)?;
        return Ok(Outcome::InvalidInput);
    };
    let kind = match kind {
        SchemaKind::Jurisdiction => Kind::Jurisdiction,
        SchemaKind::Scenario => Kind::Scenario,
        SchemaKind::Draft => Kind::Draft,
    };
    emit(
        ui,
        &schema::schema_text(kind, &corpus.vocabulary),
        output,
        true,
        out,
    )
}

/// Today's date (UTC) from the system clock.
fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    civil_from_days(days)
}

/// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's
/// algorithm).
fn civil_from_days(z: i64) -> Date {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Date {
        year: u16::try_from(year).unwrap_or(2000),
        month: u8::try_from(month).unwrap_or(1),
        day: u8::try_from(day).unwrap_or(1),
    }
}

/// The starting file for a new jurisdiction. It makes no claim about the
/// law: no law, no offence, no measure, so every finding is `unknown`, and
/// the fields an analyst fills in are shown in comments.
pub fn init_text(code: &str, schema: &str, as_of: Date) -> String {
    INIT_TEMPLATE
        .replace("{{schema}}", schema)
        .replace("{{code}}", code)
        .replace("{{lower}}", &code.to_lowercase())
        .replace("{{as_of}}", &as_of.to_string())
}

const INIT_TEMPLATE: &str = r#"# yaml-language-server: $schema={{schema}}
#
# lexgap jurisdiction file for {{code}}, started with `lexgap init {{code}}`.
# The format, field by field: docs/FORMAT.md; how to decide what to write:
# statutes/README.md. `lexgap validate FILE` checks this file (every error at
# once); `lexgap check FILE` shows the findings.
#
# As written, this file says nothing about the law of {{code}}: it names no law,
# so every finding is `unknown`. Silence is unknown; never guess.
#  - Quote every text exactly from its source, with the source's URL.
#  - Leave out every field the text you read does not settle.
#  - A list you write (acts, means, purposes, aggravations) is complete;
#    for a text that was cut off use {complete: false, items: [...]}.
#  - Record an absence under `not_provided` only after reading the law in full.
# Replace the two <...> placeholders below, then uncomment and fill in the
# sections you have read.

jurisdiction:
  code: {{code}}
  name: "<name of the jurisdiction, in English>"
  # name_original: "<name in the original language>"
as_of: {{as_of}}                  # the date this encoding is true as of
encoding:
  status: draft                   # draft | reviewed
  by: "<who encodes this file>"
  # note: "<what was read, what was not>"

laws: []                          # replace [] with the laws you read:
#  - id: {{lower}}-1-2020             # unique; lower case, digits, '-'
#    title: "<title in English>"
#    title_original: "<title in the original language>"
#    language: ar                 # the language of the law's authoritative text
#    number: "<the law's number, as the source writes it>"
#    dates: {issued: YYYY-MM-DD, in_force: YYYY-MM-DD}
#    status: in_force             # in_force | repealed | amended | unknown | bill
#    sources: ["https://<where the text was found>"]

# provisions:                     # the articles you quote, verbatim
#  - id: {{lower}}-1-2020-art-1
#    law: {{lower}}-1-2020
#    article: "1"
#    text: "<the article's text, exactly as in the source, original language>"
#    lang: ar                     # ISO 639-1 code of `text`
#    english:
#      text: "<an English rendering>"
#      kind: encoder              # official | unofficial | encoder (your own)
#      by: "<who translated it>"
#    # translation: {kind: unofficial, by: "<who>"}  # only when `lang` is not the law's language
#    source: "https://<the source of this text>"
#    confidence: verbatim         # verbatim | secondary (a third party's summary)

# offences:                       # what the provisions make an offence
#  - id: {{lower}}-tip
#    kind: trafficking            # a vocabulary offence kind, or {other: "<label>"}
#    provisions: [{{lower}}-1-2020-art-1]
#    acts: [recruitment, transportation, transfer, harbouring, receipt]
#    means: [threat_of_force, use_of_force, fraud, deception]
#    purposes: [prostitution_of_others, forced_labour]
#    consent_irrelevant: true
#    child: {age: 18, means_required: false}
#    requires: {transnationality: false, organized_group: false}
#    penalty: {min_years: 3, max_years: 15}
#  (the terms above only show the syntax: write what the law says;
#   `lexgap schema` lists every field and term)

# measures:                       # protection, prevention, cooperation
#  - measure: non_punishment_victims
#    provisions: [{{lower}}-1-2020-art-1]

# not_provided:                   # absences found by a full reading
#  - term: compensation
#    laws: [{{lower}}-1-2020]
#    note: "<how the absence was established>"

# beyond:                         # what the law does beyond the instruments
#  - provisions: [{{lower}}-1-2020-art-1]
#    note: "<what it does>"
"#;

/// `lexgap init CODE`: a commented starting file, which validates as written.
pub fn init(
    ui: &Ui,
    code: &str,
    output: Option<&Path>,
    schema: &str,
    date: Option<&str>,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    let upper = code.to_uppercase();
    if upper.len() != 2 || !upper.bytes().all(|b| b.is_ascii_uppercase()) {
        return fail(
            ui,
            Diagnostic::error(Code::BadCode, crate::msg!("diag-init-code", code = code)),
        );
    }
    let as_of = match date {
        None => today(),
        Some(d) => match Date::parse(d) {
            Some(d) => d,
            None => {
                return fail(
                    ui,
                    Diagnostic::error(Code::BadDate, crate::msg!("diag-date-option", date = d)),
                );
            }
        },
    };
    if schema.contains(['\n', '\r']) {
        return fail(
            ui,
            Diagnostic::error(Code::BadValue, crate::msg!("diag-schema-one-line")),
        );
    }
    let text = init_text(&upper, schema, as_of);
    let name = format!("{}.yaml", upper.to_lowercase());
    if crate::project::file(crate::project::Data::National, &name).is_some() {
        ui.note(&t!(ui.cat, "init-bundled", code = &upper));
    }
    match output {
        // A dangling link "does not exist" but is there to be replaced.
        Some(path) if path.symlink_metadata().is_ok() => fail(
            ui,
            Diagnostic::error(
                Code::OutputExists,
                crate::msg!("diag-init-exists", path = path.display().to_string()),
            )
            .help(Some(crate::msg!("diag-choose-another-name"))),
        ),
        Some(path) => {
            emit(ui, &text, Some(path), false, out)?;
            ui.note(&t!(
                ui.cat,
                "init-written",
                path = &path.display().to_string()
            ));
            Ok(Outcome::Clean)
        }
        None => emit(ui, &text, None, false, out),
    }
}

/// `lexgap completions SHELL`.
pub fn completions(shell: clap_complete::Shell, out: &mut impl Write) -> Result<Outcome, CliError> {
    let mut cmd = Cli::command();
    clap_complete::generate(shell, &mut cmd, "lexgap", out);
    Ok(Outcome::Clean)
}

/// The manual pages: `lexgap.1`, then `lexgap-COMMAND.1` for each command,
/// in the interface language.
pub fn man_pages(lang: Lang) -> Result<Vec<(String, Vec<u8>)>, std::io::Error> {
    let cmd = super::help::command(lang);
    let mut pages = Vec::new();
    let mut main = Vec::new();
    clap_mangen::Man::new(cmd.clone()).render(&mut main)?;
    pages.push(("lexgap.1".to_owned(), main));
    for sub in cmd.get_subcommands() {
        let name = format!("lexgap-{}", sub.get_name());
        let sub = sub.clone().name(name.clone());
        let mut page = Vec::new();
        clap_mangen::Man::new(sub).render(&mut page)?;
        pages.push((format!("{name}.1"), page));
    }
    if lang != Lang::En {
        let cat = crate::i18n::catalog(lang);
        for (_, page) in &mut pages {
            let text = String::from_utf8_lossy(page);
            *page = super::help::localize_man(cat, &text).into_bytes();
        }
    }
    Ok(pages)
}

/// `lexgap man`: the main page on stdout, or every page into a directory.
pub fn man(ui: &Ui, dir: Option<&Path>, out: &mut impl Write) -> Result<Outcome, CliError> {
    let pages = man_pages(ui.lang())?;
    match dir {
        None => out.write_all(&pages[0].1)?,
        Some(dir) => {
            let guard = Inputs::new(&[]);
            if let Some(d) = pages
                .iter()
                .find_map(|(name, _)| output_is_input(&dir.join(name), &guard))
            {
                return fail(ui, d);
            }
            std::fs::create_dir_all(dir)?;
            for (name, page) in &pages {
                let path = dir.join(name);
                write_atomic(&path, page)?;
                ui.detail(&t!(
                    ui.cat,
                    "verbose-wrote",
                    file = &path.display().to_string(),
                    bytes = page.len()
                ));
            }
            ui.note(&t!(
                ui.cat,
                "man-written",
                count = pages.len(),
                dir = &dir.display().to_string()
            ));
        }
    }
    Ok(Outcome::Clean)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_to_dates() {
        assert_eq!(civil_from_days(0).to_string(), "1970-01-01");
        assert_eq!(civil_from_days(19_782).to_string(), "2024-02-29");
        assert_eq!(civil_from_days(20_818).to_string(), "2026-12-31");
    }
}
