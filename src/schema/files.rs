//! The mirror types of the files as written: a jurisdiction file, a
//! scenario file, a draft-bill overlay.

#![allow(dead_code)] // described, never built

use super::scalars::*;
use crate::model::Keyword;
use crate::model::{
    Benefit, Border, Confidence, DocumentAct, EncodingStatus, LawStatus, Liability, Scope,
    Standing, TranslationKind, Verdict,
};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use std::borrow::Cow;
use std::collections::BTreeMap;

// ------------------------------------------------------- jurisdiction file

/// A lexgap jurisdiction file: one country's laws, as encoded (docs/FORMAT.md).
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields, title = "lexgap jurisdiction file")]
pub(super) struct JurisdictionFile {
    /// The jurisdiction encoded.
    jurisdiction: Head,
    /// The date the encoding is true as of.
    as_of: Date,
    /// Who encoded the file, and whether it was reviewed.
    encoding: Encoding,
    /// Only in a file that keeps an earlier, superseded version.
    historical: Option<Historical>,
    /// The laws covered.
    laws: Vec<Law>,
    /// The provisions quoted from the laws, verbatim.
    provisions: Option<Vec<Provision>>,
    /// The offences the laws create, as facts in vocabulary terms.
    offences: Option<Vec<Offence>>,
    /// The measures the laws provide (protection, cooperation…).
    measures: Option<Vec<Measure>>,
    /// What a full reading found absent (a gap, not unknown).
    not_provided: Option<Vec<NotProvided>>,
    /// What the law does beyond the instruments.
    beyond: Option<Vec<Beyond>>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub(super) struct Head {
    /// ISO 3166-1 alpha-2, upper case; one file per code and version.
    code: CountryCode,
    /// The name in English.
    name: String,
    /// The name in the original language.
    name_original: Option<String>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub(super) struct Encoding {
    /// `draft` until reviewed.
    status: Kw<EncodingStatus>,
    /// Who encoded or reviewed the file.
    by: String,
    note: Option<String>,
    /// The note in Arabic, shown on Arabic pages (optional; needs `note`).
    note_ar: Option<Arabic>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub(super) struct Historical {
    /// The date the law encoded here stopped being in force.
    superseded_on: Date,
    note: String,
    /// The note in Arabic, shown on Arabic pages (optional; needs `note`).
    note_ar: Option<Arabic>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub(super) struct LawDates {
    adopted: Option<Date>,
    issued: Option<Date>,
    published: Option<Date>,
    in_force: Option<Date>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub(super) struct Law {
    /// Unique in the file; lower case, digits, '-'.
    id: Id,
    /// The title in English.
    title: String,
    /// The title in the original language.
    title_original: Option<String>,
    /// The language of the law's authoritative text. Required once a
    /// provision quotes the law verbatim; a text in another language is then
    /// a translation and must say so (`translation`).
    language: Option<LangCode>,
    /// The law's number as the source writes it (e.g. "91/2013").
    number: Option<Label>,
    dates: Option<LawDates>,
    /// `unknown` when the sources do not settle it.
    status: Kw<LawStatus>,
    /// Required when status is repealed, with repealed_on.
    repealed_by: Option<String>,
    repealed_on: Option<Date>,
    /// Required when status is amended.
    amended_by: Option<Vec<String>>,
    /// Where the law's text was found.
    sources: Vec<String>,
    /// Where only part of the law was read: which part. No absence
    /// (`not_provided`) may then name this law.
    read_in_part: Option<String>,
    note: Option<String>,
    /// The note in Arabic, shown on Arabic pages (optional; needs `note`).
    note_ar: Option<Arabic>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub(super) struct English {
    /// The English rendering.
    text: String,
    /// official | unofficial | encoder (your own rendering).
    kind: Kw<TranslationKind>,
    /// Who made it.
    by: Option<String>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub(super) struct Translation {
    /// official (issued by the state) | unofficial (a third party) | encoder.
    kind: Kw<TranslationKind>,
    /// Who made or published it.
    by: String,
    /// The same in Arabic, shown on Arabic pages (optional).
    by_ar: Option<Arabic>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub(super) struct Provision {
    /// Unique in the file.
    id: Id,
    /// The law it belongs to (an id under `laws`).
    law: Id,
    /// The article as the law numbers it ("1?" where the source's number is
    /// unconfirmed). Left out only by a secondary summary that names none.
    article: Option<Label>,
    title: Option<String>,
    /// The title in Arabic, shown on Arabic pages (optional; needs `title`).
    title_ar: Option<Arabic>,
    /// The verbatim text, in its original language.
    text: String,
    lang: LangCode,
    /// Needed in practice when `lang` is not en.
    english: Option<English>,
    /// Required when `lang` is not the law's `language` (and the text is
    /// verbatim): the text is then a translation, not the law's wording.
    translation: Option<Translation>,
    source: Source,
    /// verbatim, or secondary (a third party's summary; findings on it are flagged).
    confidence: Kw<Confidence>,
    /// true only where the source's own text holds directional formatting
    /// characters (U+202A-U+202E, U+2066-U+2069): `text` keeps them, and
    /// reports show each visibly. Elsewhere they are refused (E025).
    bidi_controls_in_source: Option<bool>,
    /// What was left out of the text and why, cut-off markers, variants.
    note: Option<String>,
    /// The note in Arabic, shown on Arabic pages (optional; needs `note`).
    note_ar: Option<Arabic>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub(super) struct Child {
    /// A child is a person under this age.
    age: Option<NumberFact>,
    /// true: the offence still needs a means when the victim is a child.
    means_required: Option<BoolFact>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub(super) struct Requires {
    /// false: no means is needed; a complete, non-empty `means` list implies true.
    means: Option<BoolFact>,
    border_crossing: Option<BoolFact>,
    transnationality: Option<BoolFact>,
    organized_group: Option<BoolFact>,
    financial_benefit: Option<BoolFact>,
    exploitation: Option<BoolFact>,
    coercion: Option<BoolFact>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub(super) struct Penalty {
    min_years: Option<NumberFact>,
    max_years: Option<NumberFact>,
    /// Life imprisonment available for the basic offence.
    life: Option<BoolFact>,
    death: Option<BoolFact>,
    /// A fine alone is a possible sentence.
    fine_only: Option<BoolFact>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub(super) struct Offence {
    /// Unique among offences.
    id: Id,
    /// An offence kind of the vocabulary, or {other: "label"}.
    kind: KindRef,
    label: Option<String>,
    /// The label in Arabic, shown on Arabic pages (optional; needs `label`).
    label_ar: Option<Arabic>,
    /// The provisions that create the offence (at least one).
    provisions: Vec<Id>,
    /// partial when the offence covers its kind only in part (say how in `note`).
    scope: Option<Kw<Scope>>,
    acts: Option<TermList<Act>>,
    means: Option<TermList<Means>>,
    purposes: Option<TermList<Purpose>>,
    aggravations: Option<TermList<Aggravation>>,
    consent_irrelevant: Option<BoolFact>,
    child: Option<Child>,
    /// What the offence requires as an element.
    requires: Option<Requires>,
    /// Attempt is punished.
    attempt: Option<BoolFact>,
    /// Participation as an accomplice is punished.
    complicity: Option<BoolFact>,
    /// Organizing or directing others is punished.
    organizing: Option<BoolFact>,
    penalty: Option<Penalty>,
    /// Legal persons can be held liable.
    legal_persons: Option<BoolFact>,
    /// The smuggled migrant can be punished for having been smuggled.
    migrant_liable: Option<BoolFact>,
    /// Help for humanitarian or family reasons is exempt.
    humanitarian_exemption: Option<BoolFact>,
    /// Whose entry or stay a smuggling offence leaves out, in the law's words (the SoM Protocol: nationals and permanent residents).
    excluded_persons: Option<ExcludedPersonsFact>,
    note: Option<String>,
    /// The note in Arabic, shown on Arabic pages (optional; needs `note`).
    note_ar: Option<Arabic>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub(super) struct Measure {
    measure: MeasureTerm,
    /// The provisions that provide it (at least one).
    provisions: Vec<Id>,
    scope: Option<Kw<Scope>>,
    note: Option<String>,
    /// The note in Arabic, shown on Arabic pages (optional; needs `note`).
    note_ar: Option<Arabic>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub(super) struct NotProvided {
    /// An offence kind or a measure the law lacks.
    term: AbsentTerm,
    /// The laws read in full to establish the absence (at least one).
    laws: Vec<Id>,
    note: Option<String>,
    /// The note in Arabic, shown on Arabic pages (optional; needs `note`).
    note_ar: Option<Arabic>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub(super) struct Beyond {
    provisions: Vec<Id>,
    note: String,
    /// The note in Arabic, shown on Arabic pages (optional; needs `note`).
    note_ar: Option<Arabic>,
}

// ---------------------------------------------------------- scenario file

/// A lexgap scenario file: a fact pattern, and optionally the answers it
/// expects (docs/FORMAT.md, "Scenario file").
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields, title = "lexgap scenario file")]
pub(super) struct ScenarioFile {
    scenario: ScenarioHead,
    /// What happened: a list is everything that happened.
    facts: Facts,
    /// The answers expected (the file is then a test).
    expected: Option<Expected>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub(super) struct ScenarioHead {
    /// Unique among scenarios.
    id: String,
    title: String,
    /// The title in Arabic, shown on Arabic pages and output.
    title_ar: Option<Arabic>,
    /// The facts in words.
    story: String,
    /// Where the story comes from.
    source: Option<String>,
}

/// A purpose of the vocabulary, or {other: "…"}.
pub(super) struct ScenarioPurpose;

impl JsonSchema for ScenarioPurpose {
    fn schema_name() -> Cow<'static, str> {
        "ScenarioPurpose".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let purpose = generator.subschema_for::<Purpose>();
        json_schema!({
            "anyOf": [
                purpose,
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

/// Years, or `adult` / `child` when only that is known.
pub(super) struct Age;

impl JsonSchema for Age {
    fn schema_name() -> Cow<'static, str> {
        "Age".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "The person's age in years, or adult / child. Left out: unknown.",
            "anyOf": [
                { "type": "number", "minimum": 0, "maximum": 120 },
                { "type": "string", "enum": ["adult", "child"] }
            ]
        })
    }
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub(super) struct Facts {
    acts: Vec<Act>,
    /// [] when none was used.
    means: Vec<Means>,
    /// [] when there was no exploitation.
    purposes: Vec<ScenarioPurpose>,
    age: Option<Age>,
    border: Kw<Border>,
    /// What the facilitator sought.
    benefit: Kw<Benefit>,
    /// A national or permanent resident of the destination State (may be left out when `standing` is given).
    national_of_destination: Option<bool>,
    /// The person's standing in the destination State: national | permanent_resident | temporary_resident | none.
    standing: Option<Kw<Standing>>,
    enabling_illegal_stay: Option<bool>,
    organized_group: Option<bool>,
    /// What was done with a fraudulent travel or identity document to enable the person's illegal entry.
    documents: Option<Vec<Kw<DocumentAct>>>,
    /// The conduct was attempted, not completed (the other facts say what was intended).
    attempt: Option<bool>,
    /// Whose criminal liability is asked: the facilitator's (default) or the migrant's own.
    liability: Option<Kw<Liability>>,
    aggravations: Option<Vec<Aggravation>>,
}

/// true (made out), false (not made out) or unknown.
pub(super) struct ExpectedVerdict;

impl JsonSchema for ExpectedVerdict {
    fn schema_name() -> Cow<'static, str> {
        "Verdict".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        // The words come from the decoder's enum; `yes`/`no` are written
        // true/false.
        let unknown = Verdict::Unknown.as_str();
        json_schema!({
            "description": "true (made out), false (not made out) or unknown.",
            "anyOf": [ { "type": "boolean" }, { "type": "string", "enum": [unknown] } ]
        })
    }
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub(super) struct Expected {
    /// Instrument definitions (e.g. tip.art3) to their expected answer.
    definitions: Option<BTreeMap<String, ExpectedVerdict>>,
    /// Jurisdiction codes to their offences' expected answers.
    jurisdictions: Option<BTreeMap<String, BTreeMap<String, ExpectedVerdict>>>,
}

// ------------------------------------------------------------- draft file

/// A lexgap draft bill: an overlay that names its base encoding and states
/// only what it changes (docs/FORMAT.md, "Draft bill").
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields, title = "lexgap draft bill (overlay)")]
pub(super) struct DraftFile {
    draft: DraftHead,
    /// Replaces the base's.
    as_of: Option<Date>,
    /// Replaces the base's.
    encoding: Option<Encoding>,
    /// Added, or replacing the base law with the same id.
    laws: Option<Vec<Law>>,
    /// Added, or replacing the base provision with the same id.
    provisions: Option<Vec<Provision>>,
    /// Patching the base offence with the same id, field by field.
    offences: Option<Vec<OffencePatch>>,
    /// Added, or replacing the base entry for the same measure.
    measures: Option<Vec<Measure>>,
    /// Added, or replacing the base entry for the same term.
    not_provided: Option<Vec<NotProvided>>,
    /// Added.
    beyond: Option<Vec<Beyond>>,
    /// Base items taken out, by id (or measure / term).
    remove: Option<Remove>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub(super) struct DraftHead {
    /// A path relative to this file, or a bundled code (KW).
    base: String,
    title: String,
    note: Option<String>,
    /// The note in Arabic, shown on Arabic pages (optional; needs `note`).
    note_ar: Option<Arabic>,
}

/// Filled from `Offence` with only `id` required ([`offence_patch`]).
pub(super) struct OffencePatch;

impl JsonSchema for OffencePatch {
    fn schema_name() -> Cow<'static, str> {
        "OffencePatch".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        // Make sure `Offence` is among the definitions, to copy.
        let _ = generator.subschema_for::<Offence>();
        json_schema!({ "type": "object" })
    }
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub(super) struct Remove {
    laws: Option<Vec<Id>>,
    provisions: Option<Vec<Id>>,
    offences: Option<Vec<Id>>,
    measures: Option<Vec<MeasureTerm>>,
    not_provided: Option<Vec<AbsentTerm>>,
}
