//! `--help` and the manual page in the interface language.
//!
//! English is clap's own output from the definitions in `cli/mod.rs`, and
//! an English run goes through clap untouched. For another language the same
//! `Command` is rewritten from the catalogue (`i18n/*-help.ftl`) before it
//! parses: the about texts of lexgap and of each command, the help of each
//! argument and of each possible value. The words clap itself writes around
//! them (the headings "Usage", "Options"…, "[default: …]", the help of
//! `--help` and `--version`) are replaced in the rendered help and man page
//! ([`CLAP_WORDS`], [`MAN_SECTIONS`]). Completions stay English: shells show
//! them as typed words.
//!
//! The language is looked for on the command line before clap parses it
//! ([`lang_in_args`]), since clap prints the help as soon as it meets
//! `--help`, before it has read a `--lang` that comes after.
//!
//! Ids: `help-about` and `help-long-about` (lexgap), `help-arg-NAME` (its
//! options), `help-COMMAND-about`, `help-COMMAND-arg-NAME` (a command and its
//! arguments; `-long` for a long help), `help-value-ARG-VALUE` (a possible
//! value), `help-clap-…` and `help-section-…` (clap's words).

use super::args::{Cli, Edition, FailOn, SchemaKind};
use crate::i18n::{Catalog, Lang, catalog};
use clap::builder::{EnumValueParser, PossibleValue, StyledStr, TypedValueParser};
use clap::{Arg, Command, CommandFactory, FromArgMatches, Parser, ValueEnum};
use std::ffi::{OsStr, OsString};

/// The words clap writes in a help page, with their message ids. Longer
/// texts come before the texts they contain.
pub const CLAP_WORDS: &[(&str, &str)] = &[
    ("Print help (see more with '--help')", "help-clap-help-more"),
    (
        "Print help (see a summary with '-h')",
        "help-clap-help-summary",
    ),
    (
        "Print help for the subcommand(s)",
        "help-clap-help-subcommands",
    ),
    (
        "Print this message or the help of the given subcommand(s)",
        "help-clap-help-command",
    ),
    ("Print help", "help-clap-help"),
    ("Print version", "help-clap-version"),
    ("Possible values:", "help-clap-possible-values"),
    ("[possible values:", "help-clap-possible-values-inline"),
    ("[default:", "help-clap-default"),
    ("Usage:", "help-clap-usage"),
    ("Arguments:", "help-clap-arguments"),
    ("Options:", "help-clap-options"),
    ("Commands:", "help-clap-commands"),
];

/// The section headings of a manual page (clap_mangen), with their ids.
pub const MAN_SECTIONS: &[(&str, &str)] = &[
    ("NAME", "help-section-name"),
    ("SYNOPSIS", "help-section-synopsis"),
    ("DESCRIPTION", "help-section-description"),
    ("OPTIONS", "help-section-options"),
    ("SUBCOMMANDS", "help-section-subcommands"),
    ("EXTRA", "help-section-extra"),
    ("VERSION", "help-section-version"),
    ("AUTHORS", "help-section-authors"),
];

/// The language named by `--lang` (or `--lang=…`) anywhere on the command
/// line before `--`; English when there is none or it is not a language.
pub fn lang_in_args<T: AsRef<OsStr>>(args: impl IntoIterator<Item = T>) -> Lang {
    let mut lang = Lang::En;
    let mut args = args.into_iter().skip(1);
    while let Some(arg) = args.next() {
        let arg = arg.as_ref();
        if arg == "--" {
            break;
        }
        let value: Option<OsString> = if arg == "--lang" {
            args.next().map(|v| v.as_ref().to_owned())
        } else {
            arg.to_str()
                .and_then(|a| a.strip_prefix("--lang="))
                .map(OsString::from)
        };
        if let Some(l) = value
            .as_deref()
            .and_then(OsStr::to_str)
            .and_then(|v| Lang::from_str(v, false).ok())
        {
            lang = l;
        }
    }
    lang
}

/// Parses the command line, with `--help` in the language it names. An
/// English command line is parsed by clap exactly as `Cli::parse()` does.
pub fn parse() -> Cli {
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = lang_in_args(&args);
    if lang == Lang::En {
        return Cli::parse_from(args);
    }
    let mut cmd = command(lang);
    let matches = match cmd.try_get_matches_from_mut(args) {
        Ok(m) => m,
        Err(e) => exit(lang, &e),
    };
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.format(&mut cmd).exit())
}

/// Prints a help page in the language and exits as clap would; other
/// errors (a wrong argument) are clap's own, in English.
fn exit(lang: Lang, e: &clap::Error) -> ! {
    use clap::error::ErrorKind;
    use std::io::{IsTerminal, Write};
    if !matches!(
        e.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        e.exit()
    }
    let terminal = if e.use_stderr() {
        std::io::stderr().is_terminal()
    } else {
        std::io::stdout().is_terminal()
    };
    let styled = e.render();
    let text = if terminal && std::env::var_os("NO_COLOR").is_none() {
        styled.ansi().to_string()
    } else {
        styled.to_string()
    };
    let text = localize_help(catalog(lang), &text);
    // Nothing more can be said if the help cannot be written.
    let _ = if e.use_stderr() {
        std::io::stderr().write_all(text.as_bytes())
    } else {
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes()).and_then(|()| out.flush())
    };
    std::process::exit(e.exit_code())
}

/// The command-line definition with its texts in the language (the
/// definition itself for English).
pub fn command(lang: Lang) -> Command {
    let cmd = Cli::command();
    if lang == Lang::En {
        return cmd;
    }
    localize_command(cmd, catalog(lang), "help")
}

/// A rendered help page with clap's own words in the catalogue's language.
pub fn localize_help(cat: &Catalog, text: &str) -> String {
    let mut text = text.to_owned();
    for (english, id) in CLAP_WORDS {
        if text.contains(english) {
            text = text.replace(english, &cat.t(id));
        }
    }
    text
}

/// A rendered manual page (roff) with clap's own words and the section
/// headings in the catalogue's language.
pub fn localize_man(cat: &Catalog, roff: &str) -> String {
    let mut text = roff.to_owned();
    for (english, id) in CLAP_WORDS {
        let english = roff_escape(english);
        if text.contains(&english) {
            text = text.replace(&english, &roff_escape(&cat.t(id)));
        }
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let bare = line.trim_end_matches('\n');
        match MAN_SECTIONS
            .iter()
            .find(|(name, _)| bare.strip_prefix(".SH ") == Some(*name))
        {
            Some((_, id)) => {
                let heading = roff_escape(&cat.t(id));
                if heading.contains(' ') {
                    out.push_str(&format!(".SH \"{heading}\""));
                } else {
                    out.push_str(&format!(".SH {heading}"));
                }
                out.push_str(&line[bare.len()..]);
            }
            None => out.push_str(line),
        }
    }
    out
}

/// Text as clap_mangen writes it in roff: backslashes, dashes and
/// apostrophes escaped.
fn roff_escape(text: &str) -> String {
    text.replace('\\', r"\\")
        .replace('-', r"\-")
        .replace('\'', r"\*(Aq")
}

/// The text of `id`, or clap's (English) text when the catalogue lacks it
/// (a test checks that no text is left in English).
fn text(cat: &Catalog, id: &str, english: &StyledStr) -> String {
    if cat.has(id) {
        cat.t(id)
    } else {
        english.to_string()
    }
}

/// Rewrites the texts of a command, its arguments and its subcommands;
/// `key` is the command's id prefix (`help` for lexgap, `help-check`…).
/// `mut_args` and `mut_subcommands` keep the order of definition.
fn localize_command(mut cmd: Command, cat: &Catalog, key: &str) -> Command {
    if let Some(about) = cmd.get_about() {
        let t = text(cat, &format!("{key}-about"), about);
        cmd = cmd.about(t);
    }
    if let Some(about) = cmd.get_long_about() {
        let t = text(cat, &format!("{key}-long-about"), about);
        cmd = cmd.long_about(t);
    }
    cmd.mut_args(|a| localize_arg(a, cat, key))
        .mut_subcommands(|s| {
            let key = format!("{key}-{}", s.get_name());
            localize_command(s, cat, &key)
        })
}

fn localize_arg(mut a: Arg, cat: &Catalog, key: &str) -> Arg {
    let id = format!("{key}-arg-{}", a.get_id());
    if let Some(help) = a.get_help() {
        let t = text(cat, &id, help);
        a = a.help(t);
    }
    if let Some(help) = a.get_long_help() {
        let t = text(cat, &format!("{id}-long"), help);
        a = a.long_help(t);
    }
    let a = localize_values::<Lang>(a, cat);
    let a = localize_values::<FailOn>(a, cat);
    let a = localize_values::<Edition>(a, cat);
    localize_values::<SchemaKind>(a, cat)
}

/// The possible values of an argument of type `E`, with their help in the
/// language (`help-value-ARG-VALUE`).
fn localize_values<E>(a: Arg, cat: &Catalog) -> Arg
where
    E: ValueEnum + Clone + Send + Sync + std::fmt::Debug + 'static,
{
    let names = |values: &mut dyn Iterator<Item = PossibleValue>| -> Vec<String> {
        values.map(|v| v.get_name().to_owned()).collect()
    };
    let of_arg = a
        .get_value_parser()
        .possible_values()
        .map(|mut v| names(&mut v))
        .unwrap_or_default();
    let of_type = names(&mut E::value_variants().iter().filter_map(E::to_possible_value));
    if of_arg.is_empty() || of_arg != of_type {
        return a;
    }
    let arg = a.get_id().to_string();
    let values = E::value_variants()
        .iter()
        .filter_map(E::to_possible_value)
        .map(|v| match v.get_help() {
            Some(help) => {
                let t = text(cat, &format!("help-value-{arg}-{}", v.get_name()), help);
                v.clone().help(t)
            }
            None => v,
        })
        .collect();
    a.value_parser(Localized::<E> {
        values,
        inner: EnumValueParser::new(),
    })
}

/// An enumeration's parser whose possible values carry translated help.
#[derive(Clone, Debug)]
struct Localized<E: ValueEnum + Clone + Send + Sync + 'static> {
    values: Vec<PossibleValue>,
    inner: EnumValueParser<E>,
}

impl<E: ValueEnum + Clone + Send + Sync + 'static> TypedValueParser for Localized<E> {
    type Value = E;

    fn parse_ref(&self, cmd: &Command, arg: Option<&Arg>, value: &OsStr) -> Result<E, clap::Error> {
        self.inner.parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(self.values.iter().cloned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text of a command tree, with where it is: about texts, help of
    /// arguments and of possible values.
    fn texts(cmd: &Command, at: &str, out: &mut Vec<(String, String)>) {
        let at = format!("{at} {}", cmd.get_name());
        if let Some(t) = cmd.get_about() {
            out.push((format!("{at} about"), t.to_string()));
        }
        if let Some(t) = cmd.get_long_about() {
            out.push((format!("{at} long_about"), t.to_string()));
        }
        for a in cmd.get_arguments() {
            if let Some(t) = a.get_help() {
                out.push((format!("{at} --{}", a.get_id()), t.to_string()));
            }
            if let Some(t) = a.get_long_help() {
                out.push((format!("{at} --{} long", a.get_id()), t.to_string()));
            }
            for v in a.get_value_parser().possible_values().into_iter().flatten() {
                if let Some(t) = v.get_help() {
                    out.push((
                        format!("{at} --{}={}", a.get_id(), v.get_name()),
                        t.to_string(),
                    ));
                }
            }
        }
        for s in cmd.get_subcommands() {
            texts(s, &at, out);
        }
    }

    fn help_of(cmd: Command, args: &[&str]) -> String {
        let e = cmd
            .try_get_matches_from(args)
            .expect_err("help is shown as an error");
        e.render().to_string()
    }

    const PAGES: &[&[&str]] = &[
        &["lexgap", "--help"],
        &["lexgap", "-h"],
        &["lexgap", "help"],
        &["lexgap"],
        &["lexgap", "check", "--help"],
        &["lexgap", "check", "-h"],
        &["lexgap", "help", "check"],
        &["lexgap", "schema", "--help"],
        &["lexgap", "compare", "--help"],
        &["lexgap", "diff", "--help"],
        &["lexgap", "help", "help"],
    ];

    /// The whole path of a translated help page, run with the English
    /// catalogue, gives clap's English page byte for byte: the rewriting
    /// keeps the layout, and `i18n/en-help.ftl` holds the texts of the
    /// definitions exactly.
    #[test]
    fn the_english_catalogue_gives_claps_own_help() {
        let en = catalog(Lang::En);
        for args in PAGES {
            let plain = help_of(Cli::command(), args);
            let rewritten = localize_help(
                en,
                &help_of(localize_command(Cli::command(), en, "help"), args),
            );
            assert_eq!(plain, rewritten, "{args:?}");
        }
        let mut plain = Vec::new();
        texts(&Cli::command(), "", &mut plain);
        let mut rewritten = Vec::new();
        texts(
            &localize_command(Cli::command(), en, "help"),
            "",
            &mut rewritten,
        );
        assert_eq!(plain, rewritten);
    }

    /// Every text of the definitions has its Arabic, and no page of the
    /// Arabic help keeps one of clap's English words.
    #[test]
    fn every_help_text_is_in_arabic() {
        let mut english = Vec::new();
        texts(&Cli::command(), "", &mut english);
        let mut arabic = Vec::new();
        texts(&command(Lang::Ar), "", &mut arabic);
        assert_eq!(english.len(), arabic.len());
        assert!(english.len() >= 60, "{}", english.len());
        for ((at, en), (at2, ar)) in english.iter().zip(&arabic) {
            assert_eq!(at, at2);
            assert_ne!(en, ar, "{at} is not translated");
            assert!(
                ar.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
                "{at}: {ar}"
            );
        }
        let ar = catalog(Lang::Ar);
        for args in PAGES {
            let page = localize_help(ar, &help_of(command(Lang::Ar), args));
            for (word, _) in CLAP_WORDS {
                assert!(!page.contains(word), "{args:?} keeps {word:?}:\n{page}");
            }
        }
        for (word, id) in CLAP_WORDS.iter().chain(MAN_SECTIONS) {
            assert!(ar.has(id) && catalog(Lang::En).has(id), "{id}");
            if CLAP_WORDS.iter().any(|(w, _)| w == word) {
                assert_eq!(catalog(Lang::En).t(id), *word, "{id}");
            }
        }
    }

    #[test]
    fn the_language_is_found_anywhere_before_a_double_dash() {
        let find =
            |args: &[&str]| lang_in_args(std::iter::once("lexgap").chain(args.iter().copied()));
        assert_eq!(find(&["check", "--help"]), Lang::En);
        assert_eq!(find(&["--lang", "ar", "check", "--help"]), Lang::Ar);
        assert_eq!(find(&["check", "--help", "--lang", "ar"]), Lang::Ar);
        assert_eq!(find(&["check", "--lang=ar", "-h"]), Lang::Ar);
        assert_eq!(find(&["check", "--lang", "xx", "-h"]), Lang::En);
        assert_eq!(find(&["check", "--", "--lang", "ar"]), Lang::En);
        assert_eq!(find(&["--lang", "ar", "--lang", "en"]), Lang::En);
    }
}
