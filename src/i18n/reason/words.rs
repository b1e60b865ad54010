//! Reasons in words: the [`Reason`]s that `check`, `classify` and `diff`
//! leave, written in a language with the message catalogue (the reasoning
//! messages are in `i18n/*-reasoning.ftl`) and the vocabulary's labels.
//!
//! - On the command line: [`say`], [`say_arg`], [`say_steps`] with the
//!   interface's catalogue.
//! - In JSON: a reason serialises as a string in English, whatever `--lang`
//!   says (JSON is data; docs/JSON.md). [`Display`](std::fmt::Display) is that
//!   English too.
//! - In report pages: the renderer serialises a page inside
//!   [`in_page_language`], so the templates see the reasons in the page's
//!   language. On a right-to-left page, data shown as written (ids, field
//!   names, the encoders' English notes) is wrapped in a first-strong isolate
//!   (U+2068 … U+2069), so it keeps its own direction inside Arabic text.

use super::{Arg, Reason, TermLabel};
use crate::i18n::{Arg as CatalogArg, Catalog, Lang, catalog};
use serde::{Serialize, Serializer};
use std::cell::Cell;

thread_local! {
    /// The language reasons serialise in on this thread; `None`: English, as JSON.
    static PAGE_LANG: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Runs `f` (the serialisation of a page for its templates) with reasons
/// written in `lang`. Outside it, reasons serialise in English.
pub fn in_page_language<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            PAGE_LANG.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(PAGE_LANG.with(|c| c.replace(Some(lang))));
    f()
}

thread_local! {
    /// Whether reasons serialise as their data, not in words ([`as_data`]).
    static AS_DATA: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f` with reasons serialised as their data (message ids and
/// arguments), not worded: a page's key in a site's cache. The words are a
/// function of that data, the language and the catalogue, which the key
/// holds apart (the page's language, the binary), so the key tells the same
/// pages apart without wording every reason.
pub fn as_data<R>(f: impl FnOnce() -> R) -> R {
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            AS_DATA.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(AS_DATA.with(|c| c.replace(true)));
    f()
}

/// A reason as its data: its id and arguments.
fn reason_data<S: Serializer>(r: &Reason, s: S) -> Result<S::Ok, S::Error> {
    (r.id, &r.args).serialize(s)
}

/// An argument as its data: the kind, and what it holds.
fn arg_data<S: Serializer>(a: &Arg, s: S) -> Result<S::Ok, S::Error> {
    match a {
        Arg::Data(d) => ("data", d).serialize(s),
        Arg::Term(t) => ("term", &t.id, &t.en, &t.ar).serialize(s),
        Arg::Bilingual(w) => ("bilingual", &w.en, &w.ar).serialize(s),
        Arg::Num(n) => ("num", n).serialize(s),
        Arg::Date(d) => ("date", d.year, d.month, d.day).serialize(s),
        Arg::Word(prefix, value) => ("word", prefix, value).serialize(s),
        Arg::Reason(r) => ("reason", r).serialize(s),
        Arg::List(items) => ("list", items).serialize(s),
        Arg::Steps(steps) => ("steps", steps).serialize(s),
        Arg::Parts(parts) => ("parts", parts).serialize(s),
    }
}

/// The language of the page being serialised, if any.
pub fn page_lang() -> Option<Lang> {
    PAGE_LANG.with(Cell::get)
}

/// How reasons are written: the catalogue, whether data is isolated, and
/// whether a fact of an offence is said in words (report pages) or by its
/// field and value (the command line and JSON, where an encoder needs the
/// field to find and fix).
#[derive(Clone, Copy)]
struct Style {
    cat: &'static Catalog,
    isolate: bool,
    facts_in_words: bool,
}

impl Style {
    fn plain(cat: &Catalog) -> Style {
        Style {
            cat: catalog(cat.lang),
            isolate: false,
            facts_in_words: false,
        }
    }

    /// The style of serialisation on this thread.
    fn current() -> Style {
        match PAGE_LANG.with(Cell::get) {
            Some(lang) => Style {
                cat: catalog(lang),
                isolate: lang.dir() == "rtl",
                facts_in_words: true,
            },
            None => Style {
                cat: catalog(Lang::En),
                isolate: false,
                facts_in_words: false,
            },
        }
    }
}

/// A reason in words, for the command line.
pub fn say(cat: &Catalog, r: &Reason) -> String {
    reason(Style::plain(cat), r)
}

/// A reason in words for a report page in `cat`'s language: facts of an
/// offence said in words, data isolated on a right-to-left page.
pub fn say_for_page(cat: &Catalog) -> impl Fn(&Reason) -> String + '_ {
    let st = Style {
        cat: catalog(cat.lang),
        isolate: cat.lang.dir() == "rtl",
        facts_in_words: true,
    };
    move |r| reason(st, r)
}

/// An argument (a label, a list, a cite…) in words, for the command line.
pub fn say_arg(cat: &Catalog, a: &Arg) -> String {
    arg(Style::plain(cat), a)
}

/// Steps joined with the language's semicolon, for the command line.
pub fn say_steps(cat: &Catalog, steps: &[Reason]) -> String {
    steps_in(Style::plain(cat), steps)
}

/// A term's label in a language: the vocabulary's label for it, English
/// where the vocabulary has none.
pub fn term_label(t: &TermLabel, lang: Lang) -> &str {
    match lang {
        Lang::Ar if !t.ar.is_empty() => &t.ar,
        _ => &t.en,
    }
}

fn reason(st: Style, r: &Reason) -> String {
    if st.facts_in_words
        && let Some(said) = fact_in_words(st, r)
    {
        return said;
    }
    let words: Vec<(&str, Result<f64, String>)> = r
        .args
        .iter()
        .map(|(k, a)| {
            (
                *k,
                match a {
                    Arg::Num(n) => Ok(*n),
                    other => Err(arg(st, other)),
                },
            )
        })
        .collect();
    let args: Vec<(&str, CatalogArg<'_>)> = words
        .iter()
        .map(|(k, v)| {
            (
                *k,
                match v {
                    Ok(n) => CatalogArg::Num(*n),
                    Err(s) => CatalogArg::Str(s),
                },
            )
        })
        .collect();
    st.cat.ta(r.id, &args)
}

/// A reason about one fact of an offence (`reason-fact-*`, `reason-at-least*`,
/// `reason-below`, `reason-not-encoded`) in words: "kw-tip requires a means
/// even where the victim is a child" rather than "kw-tip:
/// child.means_required is true". `None` when the field has no phrase in the
/// catalogue (the reason is then said with its field).
fn fact_in_words(st: Style, r: &Reason) -> Option<String> {
    let get = |k: &str| r.args.iter().find(|(n, _)| *n == k).map(|(_, a)| a);
    let Some(Arg::Data(field)) = get("field") else {
        return None;
    };
    let key = field.replace('.', "-");
    let cat = st.cat;
    let bool_phrase = |a: Option<&Arg>| match a {
        Some(Arg::Word("bool", v)) => {
            let id = format!("fact-{key}-{v}");
            cat.has(&id).then(|| cat.t(&id))
        }
        _ => None,
    };
    let number_phrase = |a: Option<&Arg>| match a {
        Some(Arg::Num(n)) => {
            let id = format!("fact-{key}");
            cat.has(&id)
                .then(|| cat.ta(&id, &[("value", CatalogArg::Num(*n))]))
        }
        _ => None,
    };
    let unstated = || {
        let id = format!("fact-{key}-unstated");
        cat.has(&id).then(|| cat.t(&id))
    };
    let (id, fact) = match r.id {
        "reason-fact-is" => ("reason-plain", bool_phrase(get("value"))?),
        "reason-fact-is-partial" => ("reason-plain-partial", bool_phrase(get("value"))?),
        "reason-fact-is-partial-note" => ("reason-plain-partial-note", bool_phrase(get("value"))?),
        "reason-fact-required" => ("reason-plain-required", bool_phrase(get("value"))?),
        "reason-fact-inferred" => ("reason-plain-inferred", bool_phrase(get("value"))?),
        "reason-at-least" => ("reason-plain-at-least", number_phrase(get("value"))?),
        "reason-at-least-partial" => (
            "reason-plain-at-least-partial",
            number_phrase(get("value"))?,
        ),
        "reason-at-least-partial-note" => (
            "reason-plain-at-least-partial-note",
            number_phrase(get("value"))?,
        ),
        "reason-below" => ("reason-plain-below", number_phrase(get("value"))?),
        "reason-not-encoded" => ("reason-plain-not-encoded", unstated()?),
        "test-fact" => ("test-plain-fact", bool_phrase(get("value"))?),
        "test-at-least" => ("test-plain-at-least", unstated()?),
        _ => return None,
    };
    let required = match get("required") {
        Some(a) => Some(bool_phrase(Some(a))?),
        None => None,
    };
    let mut words: Vec<(&str, String)> = vec![("fact", fact)];
    if let Some(req) = required {
        words.push(("required", req));
    }
    for name in ["offence", "note", "kind", "otherwise", "term"] {
        if let Some(a) = get(name) {
            words.push((name, arg(st, a)));
        }
    }
    let mut args: Vec<(&str, CatalogArg<'_>)> = words
        .iter()
        .map(|(k, v)| (*k, CatalogArg::Str(v)))
        .collect();
    if let Some(Arg::Num(min)) = get("min") {
        args.push(("min", CatalogArg::Num(*min)));
    }
    Some(cat.ta(id, &args))
}

fn arg(st: Style, a: &Arg) -> String {
    match a {
        Arg::Data(s) if st.isolate && !s.is_empty() => format!("\u{2068}{s}\u{2069}"),
        Arg::Data(s) => s.clone(),
        Arg::Term(t) => term_label(t, st.cat.lang).to_owned(),
        Arg::Bilingual(w) => match (st.cat.lang, &w.ar) {
            (Lang::Ar, Some(ar)) => ar.clone(),
            _ => arg(st, &Arg::Data(w.en.clone())),
        },
        Arg::Num(n) => st.cat.number(*n),
        Arg::Date(d) => st.cat.date(*d),
        Arg::Word(prefix, value) => st.cat.word(prefix, value),
        Arg::Reason(r) => reason(st, r),
        Arg::List(items) => joined(st, items.iter().map(|a| arg(st, a)), "sep-comma"),
        Arg::Steps(steps) => steps_in(st, steps),
        Arg::Parts(parts) => joined(
            st,
            parts.iter().map(|r| format!("({})", reason(st, r))),
            "list-separator",
        ),
    }
}

/// Steps joined with the language's semicolon.
fn steps_in(st: Style, steps: &[Reason]) -> String {
    joined(st, steps.iter().map(|r| reason(st, r)), "sep-semicolon")
}

/// Items joined with the separator message `sep` and a space.
fn joined(st: Style, items: impl Iterator<Item = String>, sep: &str) -> String {
    let sep = format!("{} ", st.cat.t(sep));
    items.collect::<Vec<_>>().join(&sep)
}

impl std::fmt::Display for Reason {
    /// The reason in English (the words of JSON).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&say(catalog(Lang::En), self))
    }
}

impl std::fmt::Display for Arg {
    /// The argument in English (the words of JSON).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&say_arg(catalog(Lang::En), self))
    }
}

impl Serialize for Reason {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if AS_DATA.with(Cell::get) {
            return reason_data(self, s);
        }
        s.serialize_str(&reason(Style::current(), self))
    }
}

impl Serialize for Arg {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if AS_DATA.with(Cell::get) {
            return arg_data(self, s);
        }
        s.serialize_str(&arg(Style::current(), self))
    }
}

/// Serialises steps (a trace's detail) as one string, joined with the
/// language's semicolon.
pub fn serialize_steps<S: Serializer>(steps: &[Reason], s: S) -> Result<S::Ok, S::Error> {
    if AS_DATA.with(Cell::get) {
        return steps.serialize(s);
    }
    s.serialize_str(&steps_in(Style::current(), steps))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BOOL_FIELDS, NUMBER_FIELDS};

    /// A field without its phrases would reach a report page as a field of
    /// the file format: every fact tests may name has them, in every language.
    #[test]
    fn every_fact_has_its_words_in_every_language() {
        for lang in [Lang::En, Lang::Ar] {
            let cat = catalog(lang);
            for f in BOOL_FIELDS {
                let key = f.replace('.', "-");
                for v in ["true", "false", "unstated"] {
                    assert!(cat.has(&format!("fact-{key}-{v}")), "{lang:?} {f} {v}");
                }
            }
            for f in NUMBER_FIELDS {
                let key = f.replace('.', "-");
                assert!(cat.has(&format!("fact-{key}")), "{lang:?} {f}");
                assert!(cat.has(&format!("fact-{key}-unstated")), "{lang:?} {f}");
            }
        }
    }

    #[test]
    fn a_page_says_the_fact_and_json_keeps_the_field() {
        let r = Reason::new("reason-fact-required")
            .arg("offence", Arg::data("kw-tip"))
            .arg("field", Arg::data("child.means_required"))
            .arg("value", Arg::word("bool", true))
            .arg("required", Arg::word("bool", false));
        assert_eq!(
            r.to_string(),
            "kw-tip: child.means_required is true (required: false)"
        );
        let page = in_page_language(Lang::En, || serde_json::to_string(&r).expect("JSON"));
        assert_eq!(
            page,
            "\"kw-tip requires a means even where the victim is a child; the requirement is that it needs no means where the victim is a child\""
        );
    }
}
