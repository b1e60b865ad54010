//! The interface language in templates: the message catalogue as the `t`
//! (HTML) and `tmd` (Markdown) functions, the `num`, `date` and `article`
//! filters, and `english` / `note` for English text on a page in another
//! language.
//!
//! `t(k="id", name=value, …)` returns the catalogue's message, which is
//! trusted text (compiled in) and is not escaped; its string arguments are
//! escaped for the output (HTML in `t`, Markdown in `tmd`) unless they are
//! themselves the output of `t`. An id not in the catalogue is a template
//! error, so a misspelt id fails the render instead of printing the id.
//! Spaces in an id are read as `_` (`t(k="date-" ~ d.what)` for "in force").

use super::markdown;
use crate::i18n::{Arg, Catalog, Lang, catalog};
use tera::{Function, Kwargs, State, Tera, TeraResult, Value};

struct Translate {
    cat: &'static Catalog,
    markdown: bool,
    /// The messages without arguments, formatted once: most calls are
    /// labels repeated on every row of every page.
    plain: std::collections::HashMap<String, Value>,
}

impl Translate {
    fn new(cat: &'static Catalog, markdown: bool) -> Translate {
        let plain = cat
            .plain_messages()
            .into_iter()
            .map(|(id, text)| (id, Value::safe_string(&text)))
            .collect();
        Translate {
            cat,
            markdown,
            plain,
        }
    }
}

fn escape_html(s: &str) -> String {
    let mut buf = Vec::with_capacity(s.len());
    // Writing to a Vec cannot fail.
    let _ = tera::escape_html(s, &mut buf);
    String::from_utf8(buf).unwrap_or_default()
}

impl Function<TeraResult<Value>> for Translate {
    fn call(&self, kwargs: Kwargs, _: &State) -> TeraResult<Value> {
        let key: &str = kwargs.must_get("k")?;
        if kwargs.iter().nth(1).is_none()
            && let Some(v) = self.plain.get(key)
        {
            return Ok(v.clone());
        }
        let id = key.replace(' ', "_");
        if !self.cat.has(&id) {
            return Err(tera::Error::message(format!(
                "no message `{id}` in the {} catalogue (i18n/{}.ftl)",
                self.cat.lang.code(),
                self.cat.lang.code()
            )));
        }
        let mut owned: Vec<(String, Result<f64, String>)> = Vec::new();
        for (key, v) in kwargs.iter() {
            let Some(name) = key.as_str() else { continue };
            if name == "k" {
                continue;
            }
            let value = if let Some(n) = v.as_f64() {
                Ok(n)
            } else if let Some(s) = v.as_str() {
                Err(if v.is_safe() {
                    s.to_owned()
                } else if self.markdown {
                    markdown::md_inline(s)
                } else {
                    escape_html(s)
                })
            } else {
                Err(format!("{v}"))
            };
            owned.push((name.to_owned(), value));
        }
        let args: Vec<(&str, Arg<'_>)> = owned
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str(),
                    match v {
                        Ok(n) => Arg::Num(*n),
                        Err(s) => Arg::Str(s),
                    },
                )
            })
            .collect();
        Ok(Value::safe_string(&self.cat.ta(&id, &args)))
    }

    fn is_safe(&self) -> bool {
        true
    }
}

/// Registers `t`, `tmd`, `num`, `date`, `article`, `english` and `note` for
/// the language.
pub fn register(tera: &mut Tera, lang: Lang) {
    let cat = catalog(lang);
    tera.register_function("t", Translate::new(cat, false));
    tera.register_function("tmd", Translate::new(cat, true));
    tera.register_filter("num", move |v: Value, _: Kwargs, _: &State| {
        v.as_f64().map_or_else(|| format!("{v}"), |n| cat.number(n))
    });
    tera.register_filter("date", move |v: &str, _: Kwargs, _: &State| {
        crate::i18n::format_date_str(lang, v)
    });
    tera.register_filter("article", move |v: &str, _: Kwargs, _: &State| {
        article_label(cat, v)
    });
    // Text that may be in English on a page in another language: lexgap's
    // wording where the data has no Arabic, law and provision titles. On
    // such a page, English says it is English and runs left to right; text
    // in the page's script (lexgap's Arabic wording) is left as it is. The
    // language is told as `dir="auto"` tells direction: by the first letter.
    // On an English page the text is as before.
    let foreign = lang != Lang::En;
    tera.register_filter("english", move |v: &str, _: Kwargs, _: &State| {
        if foreign && !starts_right_to_left(v) {
            Value::safe_string(&format!(
                "<span lang=\"en\" dir=\"ltr\">{}</span>",
                escape_html(v)
            ))
        } else {
            Value::from(v)
        }
    });
    tera.register_filter("note", move |v: &str, _: Kwargs, _: &State| {
        let html = markdown::note_value(v);
        if foreign && !starts_right_to_left(v) {
            let html = html.as_str().unwrap_or_default();
            Value::safe_string(&format!("<div lang=\"en\" dir=\"ltr\">{html}</div>"))
        } else {
            html
        }
    });
}

/// Whether the first letter of `s` is of a right-to-left script (Arabic,
/// Hebrew, Syriac, Thaana): the first strong character of the Unicode
/// bidirectional algorithm, which `dir="auto"` also reads.
pub fn starts_right_to_left(s: &str) -> bool {
    s.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF))
}

/// "Art. 3(a)" (English: exactly [`crate::i18n::article_label`]), "المادة 3(a)"
/// (Arabic); a word such as "guidance" from the catalogue (`article-word-…`)
/// where it has one. The article as written is kept: it is the source's.
pub fn article_label(cat: &Catalog, a: &str) -> String {
    if a.is_empty() {
        return cat.t("article-not-given");
    }
    if cat.lang == Lang::En {
        return crate::i18n::article_label(a);
    }
    if a.starts_with(|c: char| c.is_ascii_digit()) {
        // The number as the source writes it, kept left to right ("3(a)",
        // not "(a)3") inside right-to-left text: a left-to-right isolate.
        let isolated = format!("\u{2066}{a}\u{2069}");
        return crate::t!(cat, "article", n = &isolated);
    }
    let id = crate::i18n::article_word_id(a);
    if cat.has(&id) {
        cat.t(&id)
    } else {
        crate::i18n::article_label(a)
    }
}

#[cfg(test)]
mod tests {
    use super::starts_right_to_left;

    #[test]
    fn the_first_letter_tells_the_script() {
        assert!(starts_right_to_left("الفعل: التنقيل"));
        assert!(starts_right_to_left("«تجنيد» (recruitment)"));
        assert!(!starts_right_to_left("Act: transfer («تنقيل»)"));
        assert!(!starts_right_to_left("3(a) Act"));
        assert!(!starts_right_to_left(""));
    }
}
