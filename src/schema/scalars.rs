//! The mirror types of the format's values: scalars with a pattern (dates,
//! ids, codes, URLs, Arabic text), keywords, facts and term lists.

#![allow(dead_code)] // described, never built

use crate::model::Keyword;
use crate::model::{ExcludedPersons, Scope};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use std::borrow::Cow;
use std::marker::PhantomData;

// ---------------------------------------------------------------- scalars

/// A calendar date, `YYYY-MM-DD`.
pub(super) struct Date;

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "A calendar date written YYYY-MM-DD.",
            "examples": ["2026-01-31"],
        })
    }
}

/// Text in Arabic: it has an Arabic letter (the loader's rule: E023).
pub(super) struct Arabic;

impl JsonSchema for Arabic {
    fn schema_name() -> Cow<'static, str> {
        "Arabic".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "[\\u0600-\\u06FF]",
            "description": "Text written in Arabic.",
            "examples": ["ملاحظة"],
        })
    }
}

/// Where a provision's text was read: a page's URL, or in words for a
/// secondary summary known only by its site (the loader checks which).
pub(super) struct Source;

impl JsonSchema for Source {
    fn schema_name() -> Cow<'static, str> {
        "Source".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "minLength": 1,
            "description": "The URL of the page the text was read on (not a bare site). Only a secondary summary whose page was not recorded may be cited in words instead.",
            "examples": ["https://example.org/law.pdf", "US TIP Report 2023, via example.org (site only; the page was not recorded)"],
        })
    }
}

/// An ISO 639 language code.
pub(super) struct LangCode;

impl JsonSchema for LangCode {
    fn schema_name() -> Cow<'static, str> {
        "LangCode".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "^[a-z]{2,3}$",
            "description": "The ISO 639-1 code of the text's language (ar, en, fr…).",
            "examples": ["ar"],
        })
    }
}

/// An ISO 3166-1 alpha-2 code.
pub(super) struct CountryCode;

impl JsonSchema for CountryCode {
    fn schema_name() -> Cow<'static, str> {
        "CountryCode".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "^[A-Z]{2}$",
            "description": "ISO 3166-1 alpha-2, upper case (fictional test jurisdictions: XA–XZ).",
            "examples": ["XA"],
        })
    }
}

/// Text the loader also reads from a bare number (an article "3", a law
/// number).
pub(super) struct Label;

impl JsonSchema for Label {
    fn schema_name() -> Cow<'static, str> {
        "Label".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": ["string", "number"] })
    }
}

/// The id of a law, provision or offence in the same file.
/// An id of a law, provision or offence (the loader's rule: E023).
pub(super) struct Id;

impl JsonSchema for Id {
    fn schema_name() -> Cow<'static, str> {
        "Id".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
            "description": "Lower-case letters and digits, in runs joined by '-'.",
            "examples": ["kw-91-2013-art-1"],
        })
    }
}

/// A closed set of words, taken from the decoder's own `keyword!` enum.
pub(super) struct Kw<K>(PhantomData<K>);

impl<K: Keyword + PartialEq> JsonSchema for Kw<K> {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        K::WHAT.replace(' ', "_").into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let words: Vec<&str> = K::WORDS.iter().map(|(w, _)| *w).collect();
        json_schema!({ "type": "string", "enum": words })
    }
}

/// A vocabulary term; the definition is filled from the embedded
/// vocabulary after generation (`fill_vocabulary` in `super`).
macro_rules! vocabulary_term {
    ($name:ident) => {
        pub(super) struct $name;
        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({ "type": "string" })
            }
        }
    };
}
vocabulary_term!(Act);
vocabulary_term!(Means);
vocabulary_term!(Purpose);
vocabulary_term!(Aggravation);
vocabulary_term!(MeasureTerm);
vocabulary_term!(OffenceKind);

// ------------------------------------------------------------------ facts

pub(super) fn fact_schema(generator: &mut SchemaGenerator, value: Schema, what: &str) -> Schema {
    let provisions = generator.subschema_for::<Vec<Id>>();
    let scope = generator.subschema_for::<Kw<Scope>>();
    let arabic = generator.subschema_for::<Arabic>();
    json_schema!({
        "description": format!("{what}: bare (the offence's provisions state it), or with the provisions that state it ({{value, provisions, scope, note}}). Left out: unknown."),
        "anyOf": [
            value.clone(),
            {
                "type": "object",
                "properties": {
                    "value": value,
                    "provisions": provisions,
                    "scope": scope,
                    "note": { "type": "string" },
                    "note_ar": arabic,
                },
                "required": ["value", "provisions"],
                "additionalProperties": false,
            }
        ]
    })
}

/// A boolean fact.
pub(super) struct BoolFact;

impl JsonSchema for BoolFact {
    fn schema_name() -> Cow<'static, str> {
        "BoolFact".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        fact_schema(
            generator,
            json_schema!({ "type": "boolean" }),
            "A true/false fact",
        )
    }
}

/// Whose entry or stay a smuggling offence leaves out.
pub(super) struct ExcludedPersonsFact;

impl JsonSchema for ExcludedPersonsFact {
    fn schema_name() -> Cow<'static, str> {
        "ExcludedPersonsFact".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let words: Vec<&str> = ExcludedPersons::WORDS.iter().map(|(w, _)| *w).collect();
        fact_schema(
            generator,
            json_schema!({ "type": "string", "enum": words }),
            "The persons the offence leaves out",
        )
    }
}

/// A numeric fact.
pub(super) struct NumberFact;

impl JsonSchema for NumberFact {
    fn schema_name() -> Cow<'static, str> {
        "NumberFact".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        fact_schema(generator, json_schema!({ "type": "number" }), "A number")
    }
}

// ------------------------------------------------------------- term lists

/// A term list of one vocabulary set: a plain list (complete) or
/// `{complete: false, items: […]}` (the text read was cut off).
pub(super) struct TermList<T>(PhantomData<T>);

/// An item of a term list: a term, a term with detail, or text beyond the
/// vocabulary.
pub(super) struct TermItem<T>(PhantomData<T>);

impl<T: JsonSchema> JsonSchema for TermItem<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("{}Item", T::schema_name()).into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let term = generator.subschema_for::<T>();
        let provisions = generator.subschema_for::<Vec<Id>>();
        let scope = generator.subschema_for::<Kw<Scope>>();
        let arabic = generator.subschema_for::<Arabic>();
        json_schema!({
            "anyOf": [
                term.clone(),
                {
                    "type": "object",
                    "description": "A vocabulary term with detail.",
                    "properties": {
                        "term": term,
                        "provisions": provisions.clone(),
                        "scope": scope.clone(),
                        "note": { "type": "string" },
                        "note_ar": arabic.clone(),
                    },
                    "required": ["term"],
                    "additionalProperties": false,
                },
                {
                    "type": "object",
                    "description": "Something the law names beyond the vocabulary (shown as 'beyond the instruments').",
                    "properties": {
                        "other": { "type": "string" },
                        "provisions": provisions,
                        "scope": scope,
                        "note": { "type": "string" },
                        "note_ar": arabic,
                    },
                    "required": ["other"],
                    "additionalProperties": false,
                }
            ]
        })
    }
}

impl<T: JsonSchema> JsonSchema for TermList<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("{}List", T::schema_name()).into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let items = generator.subschema_for::<Vec<TermItem<T>>>();
        json_schema!({
            "description": "A plain list is everything the law says (a term missing from it is a gap); the open form {complete: false, items} is for a text that was cut off; {examples: true, items} (means only, with requires.means: false) is a law that requires no means and names these as examples.",
            "anyOf": [
                items.clone(),
                {
                    "type": "object",
                    "properties": {
                        "complete": { "type": "boolean" },
                        "examples": { "type": "boolean" },
                        "items": items,
                    },
                    "required": ["items"],
                    "additionalProperties": false,
                }
            ]
        })
    }
}

/// An offence kind of the vocabulary, or `{other: "label"}`.
pub(super) struct KindRef;

impl JsonSchema for KindRef {
    fn schema_name() -> Cow<'static, str> {
        "KindRef".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let kind = generator.subschema_for::<OffenceKind>();
        json_schema!({
            "anyOf": [
                kind,
                {
                    "type": "object",
                    "properties": { "other": { "type": "string" } },
                    "required": ["other"],
                    "additionalProperties": false,
                }
            ]
        })
    }
}

/// An offence kind or a measure (what `not_provided` may name).
pub(super) struct AbsentTerm;

impl JsonSchema for AbsentTerm {
    fn schema_name() -> Cow<'static, str> {
        "AbsentTerm".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let kind = generator.subschema_for::<OffenceKind>();
        let measure = generator.subschema_for::<MeasureTerm>();
        json_schema!({ "anyOf": [kind, measure] })
    }
}
