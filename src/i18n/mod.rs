//! The interface language: message catalogues (Fluent), numbers and dates.
//!
//! Interface strings (headings, labels, command-line messages) live in
//! `i18n/en*.ftl` and `i18n/ar*.ftl`, embedded in the binary. Fluent brings the
//! plural rules Arabic needs (zero, one, two, few, many, other). Legal text is
//! never in a catalogue: quotations come from the statute files only.
//!
//! Numbers and dates written by lexgap (counts, coverage, as-of dates) follow
//! the language: Arabic uses the Arabic-Indic digits and Arabic month names.
//! Numbers that belong to legal text (article numbers, law numbers) are shown
//! as the source writes them.

pub mod reason;
pub mod term;
mod wording;

/// The catalogue id of the word for an article that is not a number
/// (`guidance`, `draft (article not given)`): `article-word-` and the
/// article's letters and digits, the rest as `-`.
pub fn article_word_id(article: &str) -> String {
    let mut id = String::from("article-word");
    for part in article
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
    {
        id.push('-');
        id.push_str(part);
    }
    id
}

/// An article in English, as the JSON outputs and English pages give it:
/// "Art. 3(a)" for article numbers, the bare word for "guidance" and the like.
pub fn article_label(a: &str) -> String {
    if a.is_empty() {
        // A secondary source that names no article (the English catalogue's
        // words, as the JSON outputs are English).
        return catalog(Lang::En).t("article-not-given");
    }
    if a.starts_with(|c: char| c.is_ascii_digit()) {
        format!("Art. {a}")
    } else {
        let mut c = a.chars();
        c.next()
            .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
    }
}

use crate::model::Date;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

/// The catalogues, by language: each is the concatenation of its files
/// (the interface and reports; diagnostics; reasoning lines), kept apart so
/// each part can be read and reviewed on its own.
pub const CATALOGUES: &[(Lang, &[&str])] = &[
    (
        Lang::En,
        &[
            include_str!("../../i18n/en.ftl"),
            include_str!("../../i18n/en-diagnostics.ftl"),
            include_str!("../../i18n/en-reasoning.ftl"),
            include_str!("../../i18n/en-help.ftl"),
        ],
    ),
    (
        Lang::Ar,
        &[
            include_str!("../../i18n/ar.ftl"),
            include_str!("../../i18n/ar-diagnostics.ftl"),
            include_str!("../../i18n/ar-reasoning.ftl"),
            include_str!("../../i18n/ar-help.ftl"),
        ],
    ),
];

/// An interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, clap::ValueEnum)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Arabic (right to left; Arabic-Indic digits).
    Ar,
}

impl Lang {
    /// The BCP 47 tag (`en`, `ar`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ar => "ar",
        }
    }

    /// The writing direction, as an HTML `dir` value.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::En => "ltr",
            Lang::Ar => "rtl",
        }
    }
}

/// One language's messages, with English as the fallback for a message the
/// language lacks.
pub struct Catalog {
    pub lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("lang", &self.lang).finish()
    }
}

/// The catalogue of a language (built once).
pub fn catalog(lang: Lang) -> &'static Catalog {
    static EN: OnceLock<Catalog> = OnceLock::new();
    static AR: OnceLock<Catalog> = OnceLock::new();
    let cell = match lang {
        Lang::En => &EN,
        Lang::Ar => &AR,
    };
    cell.get_or_init(|| Catalog::new(lang))
}

/// The catalogue source of a language.
pub fn source(lang: Lang) -> String {
    CATALOGUES
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, parts)| parts.join("\n"))
        .expect("every language has a catalogue")
}

fn arabic_numbers<M>(v: &FluentValue<'_>, _: &M) -> Option<String> {
    match v {
        FluentValue::Number(n) => Some(format_number(Lang::Ar, n.value)),
        _ => None,
    }
}

impl Catalog {
    fn new(lang: Lang) -> Catalog {
        let id: LanguageIdentifier = lang.code().parse().expect("a valid language tag");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Direction is handled by markup (`dir`, `<bdi>`); isolation marks
        // would show as stray characters in a terminal.
        bundle.set_use_isolating(false);
        if lang == Lang::Ar {
            bundle.set_formatter(Some(arabic_numbers));
        }
        let res = FluentResource::try_new(source(lang))
            .unwrap_or_else(|(_, errors)| panic!("i18n/{}.ftl: {errors:?}", lang.code()));
        bundle
            .add_resource(res)
            .unwrap_or_else(|errors| panic!("i18n/{}.ftl: {errors:?}", lang.code()));
        Catalog { lang, bundle }
    }

    /// Every message that takes no argument, formatted, with the English
    /// of any the language lacks: labels a page repeats on every row, so
    /// templates look them up instead of formatting them each time.
    pub fn plain_messages(&self) -> std::collections::HashMap<String, String> {
        let mut out = std::collections::HashMap::new();
        for lang in [self.lang, Lang::En] {
            let from = catalog(lang);
            for id in message_ids(&source(lang)) {
                let Some(pattern) = from.bundle.get_message(&id).and_then(|m| m.value()) else {
                    continue;
                };
                let mut errors = Vec::new();
                let text = from.bundle.format_pattern(pattern, None, &mut errors);
                if errors.is_empty() {
                    out.entry(id).or_insert_with(|| text.into_owned());
                }
            }
        }
        out
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// A message without arguments.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// A message with arguments (numbers are written for the language).
    pub fn ta(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            match v {
                Arg::Str(s) => fa.set(*k, FluentValue::from(*s)),
                Arg::Num(n) => fa.set(*k, FluentValue::from(*n)),
            }
        }
        self.format(id, Some(&fa))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            if self.lang != Lang::En {
                return catalog(Lang::En).format(id, args);
            }
            debug_assert!(false, "no message `{id}` in the catalogue");
            return id.to_owned();
        };
        let mut errors = Vec::new();
        let s = self.bundle.format_pattern(pattern, args, &mut errors);
        debug_assert!(errors.is_empty(), "message `{id}`: {errors:?}");
        s.into_owned()
    }

    /// The word for a keyword value (`status-gap`, `topic-definition`…),
    /// falling back to the word itself.
    pub fn word(&self, prefix: &str, word: &str) -> String {
        let id = format!("{prefix}-{word}");
        if self.has(&id) || catalog(Lang::En).has(&id) {
            self.t(&id)
        } else {
            word.to_owned()
        }
    }

    pub fn number(&self, n: impl Into<f64>) -> String {
        format_number(self.lang, n.into())
    }

    pub fn count(&self, n: usize) -> String {
        #[allow(clippy::cast_precision_loss)]
        format_number(self.lang, n as f64)
    }

    pub fn date(&self, d: Date) -> String {
        format_date(self.lang, d)
    }
}

/// The ids of the messages in a catalogue's source.
fn message_ids(src: &str) -> Vec<String> {
    src.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_owned()))
        .collect()
}

/// A message argument.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        #[allow(clippy::cast_precision_loss)]
        Arg::Num(n as f64)
    }
}

impl From<u64> for Arg<'_> {
    fn from(n: u64) -> Self {
        #[allow(clippy::cast_precision_loss)]
        Arg::Num(n as f64)
    }
}

impl From<f64> for Arg<'_> {
    fn from(n: f64) -> Self {
        Arg::Num(n)
    }
}

/// `t!(cat, "id")` or `t!(cat, "id", name = value, …)`.
#[macro_export]
macro_rules! t {
    ($cat:expr, $id:literal) => { $cat.t($id) };
    ($cat:expr, $id:literal, $($k:ident = $v:expr),+ $(,)?) => {
        $cat.ta($id, &[$((stringify!($k), $crate::i18n::Arg::from($v))),+])
    };
}

const ARABIC_DIGITS: [char; 10] = ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'];

/// Western digits to Arabic-Indic ones (and `.` to the Arabic decimal
/// separator); other characters are kept.
pub fn arabic_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' => ARABIC_DIGITS[(c as u32 - '0' as u32) as usize],
            '.' => '٫',
            other => other,
        })
        .collect()
}

/// A number as the language writes it: English as Rust prints it (`1234`,
/// `0.5`), Arabic in Arabic-Indic digits with `٬` grouping from five digits
/// on and `٫` as the decimal separator.
pub fn format_number(lang: Lang, n: f64) -> String {
    let plain = if n.fract() == 0.0 && n.abs() < 1e15 {
        #[allow(clippy::cast_possible_truncation)]
        let i = n as i64;
        i.to_string()
    } else {
        n.to_string()
    };
    match lang {
        Lang::En => plain,
        Lang::Ar => {
            let (int, frac) = plain.split_once('.').unwrap_or((&plain, ""));
            let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
            let grouped = if digits.len() >= 5 {
                let mut g = String::new();
                for (i, c) in digits.chars().enumerate() {
                    if i > 0 && (digits.len() - i) % 3 == 0 {
                        g.push('٬');
                    }
                    g.push(c);
                }
                g
            } else {
                digits.to_owned()
            };
            let mut s = format!("{sign}{grouped}");
            if !frac.is_empty() {
                s.push('.');
                s.push_str(frac);
            }
            arabic_digits(&s)
        }
    }
}

const AR_MONTHS: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

/// A date as the language writes it: English keeps ISO 8601 (`2026-11-26`);
/// Arabic writes `٢٦ نوفمبر ٢٠٢٦`.
pub fn format_date(lang: Lang, d: Date) -> String {
    match lang {
        Lang::En => d.to_string(),
        Lang::Ar => format!(
            "{} {} {}",
            arabic_digits(&d.day.to_string()),
            AR_MONTHS[usize::from(d.month.clamp(1, 12)) - 1],
            arabic_digits(&d.year.to_string())
        ),
    }
}

/// A `YYYY-MM-DD` string as the language writes it; other text unchanged.
pub fn format_date_str(lang: Lang, s: &str) -> String {
    Date::parse(s).map_or_else(|| s.to_owned(), |d| format_date(lang, d))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn ids(src: &str) -> BTreeSet<String> {
        src.lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
            .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_owned()))
            .collect()
    }

    #[test]
    fn an_article_number_is_labelled_and_a_word_is_capitalised() {
        assert_eq!(article_label("guidance"), "Guidance");
        assert_eq!(article_label("6(1)(b)"), "Art. 6(1)(b)");
    }

    #[test]
    fn both_catalogues_load_and_have_the_same_messages() {
        let en = ids(&source(Lang::En));
        let ar = ids(&source(Lang::Ar));
        assert!(en.len() > 50, "{}", en.len());
        let missing: Vec<_> = en.difference(&ar).collect();
        let extra: Vec<_> = ar.difference(&en).collect();
        assert!(missing.is_empty(), "missing in ar.ftl: {missing:?}");
        assert!(extra.is_empty(), "only in ar.ftl: {extra:?}");
        for id in &en {
            assert!(
                catalog(Lang::En).has(id) && catalog(Lang::Ar).has(id),
                "{id}"
            );
        }
    }

    #[test]
    fn the_variables_of_a_message_are_the_same_in_both_languages() {
        fn vars(src: &str) -> Vec<(String, BTreeSet<String>)> {
            let mut out: Vec<(String, BTreeSet<String>)> = Vec::new();
            for line in src.lines() {
                if line.starts_with(|c: char| c.is_ascii_lowercase())
                    && let Some((id, _)) = line.split_once('=')
                {
                    out.push((id.trim().to_owned(), BTreeSet::new()));
                }
                if let Some((_, set)) = out.last_mut() {
                    let mut rest = line;
                    while let Some(i) = rest.find('$') {
                        rest = &rest[i + 1..];
                        let name: String = rest
                            .chars()
                            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                            .collect();
                        set.insert(name);
                    }
                }
            }
            out
        }
        let ar: std::collections::BTreeMap<_, _> = vars(&source(Lang::Ar)).into_iter().collect();
        for (id, v) in vars(&source(Lang::En)) {
            assert_eq!(Some(&v), ar.get(&id), "variables of `{id}`");
        }
    }

    #[test]
    fn numbers_and_dates_are_written_for_the_language() {
        assert_eq!(format_number(Lang::En, 28.0), "28");
        assert_eq!(format_number(Lang::Ar, 28.0), "٢٨");
        assert_eq!(format_number(Lang::Ar, 0.5), "٠٫٥");
        assert_eq!(format_number(Lang::Ar, 1234.0), "١٢٣٤");
        assert_eq!(format_number(Lang::Ar, 1_234_567.0), "١٬٢٣٤٬٥٦٧");
        let d = Date::parse("2026-11-26").expect("date");
        assert_eq!(format_date(Lang::En, d), "2026-11-26");
        assert_eq!(format_date(Lang::Ar, d), "٢٦ نوفمبر ٢٠٢٦");
    }

    #[test]
    fn arabic_plurals_follow_the_arabic_rules() {
        let ar = catalog(Lang::Ar);
        let one = t!(ar, "errors-warnings", errors = 1usize, warnings = 0usize);
        let two = t!(ar, "errors-warnings", errors = 2usize, warnings = 0usize);
        let many = t!(ar, "errors-warnings", errors = 11usize, warnings = 0usize);
        assert_ne!(one, two);
        assert_ne!(two, many);
        assert!(two.contains("خطآن"), "{two}");
        assert!(many.contains("١١"), "{many}");
    }
}
