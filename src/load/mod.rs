//! Loading: files → [`Node`](node::Node) trees → typed [`model`](crate::model)
//! values → cross-file validation. Every error of every file is collected;
//! a corpus is handed on only when there is none.

pub mod decode;
pub mod node;

mod common;
mod input;
mod instrument;
mod jurisdiction;
mod scenario;
mod validate;
mod vocabulary;
pub mod yaml;

pub use input::{Input, resolve_inputs};

/// What to load besides the embedded instruments. `None` loads nothing of
/// that kind; an empty list loads the bundled files.
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub jurisdictions: Option<Vec<Input>>,
    pub scenarios: Option<Vec<Input>>,
}

use crate::bundle;
use crate::diag::{Code, Diagnostic, Diagnostics, FileId, SourceFile, SourceMap};
use crate::model::{Corpus, Instrument, Vocabulary};
use decode::{Cx, Decode};

/// What a load produced: the sources (for rendering diagnostics), every
/// diagnostic, and the corpus when there were no errors.
#[derive(Debug)]
pub struct Loaded {
    pub sources: SourceMap,
    pub diagnostics: Diagnostics,
    pub corpus: Option<Corpus>,
}

/// Loads the embedded instruments and the given jurisdictions (the bundled
/// ones when `inputs` is empty).
pub fn load(inputs: &[Input]) -> Loaded {
    load_request(&Request {
        jurisdictions: Some(inputs.to_vec()),
        scenarios: Some(Vec::new()),
    })
}

/// Loads the embedded vocabulary and instruments only.
pub fn load_instruments() -> Loaded {
    load_request(&Request::default())
}

/// Loads the embedded instruments and what the request names.
pub fn load_request(request: &Request) -> Loaded {
    let mut sources = SourceMap::default();
    let mut diags = Diagnostics::default();

    let (vocabulary, instruments) = load_reference(&mut sources, &mut diags);

    let files = request
        .jurisdictions
        .as_deref()
        .map(|i| resolve_inputs(i, &mut diags))
        .unwrap_or_default();
    let mut jurisdictions = Vec::new();
    for file in files {
        let name = file.name.clone();
        let Some(text) = file.text else { continue };
        let id = sources.add(SourceFile {
            name: name.clone(),
            path: file.path,
            text,
        });
        let src = &sources.get(id).text;
        if let Some((j, damage)) = parse_decode(src, id, &mut diags, |n, cx| {
            jurisdiction::decode_jurisdiction(n, cx, &name)
        }) {
            jurisdictions.push((id, j, damage));
        }
    }

    let mut scenarios = Vec::new();
    let scenario_files = match request.scenarios.as_deref() {
        None => Vec::new(),
        Some([]) => input::bundled_files(bundle::SCENARIOS),
        Some(inputs) => input::resolve_files(inputs, &mut diags),
    };
    for file in scenario_files {
        let name = file.name.clone();
        let Some(text) = file.text else { continue };
        let id = sources.add(SourceFile {
            name: name.clone(),
            path: file.path,
            text,
        });
        let src = &sources.get(id).text;
        if let Some(s) = parse_decode(src, id, &mut diags, |n, cx| {
            scenario::decode_scenario(n, cx, &name)
        }) {
            scenarios.push((id, s));
        }
    }

    if let Some(v) = &vocabulary {
        validate::validate(v, &instruments, &jurisdictions, &mut diags);
        validate::validate_scenarios(v, &instruments, &scenarios, &mut diags);
    }
    diags.sort();
    let corpus = match vocabulary {
        Some(vocabulary) if !diags.has_errors() => Some(Corpus {
            vocabulary,
            instruments: {
                let mut v: Vec<Instrument> = instruments.into_iter().map(|(_, i)| i).collect();
                v.sort_by(|a, b| {
                    a.order
                        .total_cmp(&b.order)
                        .then_with(|| a.id.value.cmp(&b.id.value))
                });
                v
            },
            jurisdictions: jurisdictions.into_iter().map(|(_, j, _)| j).collect(),
            scenarios: scenarios.into_iter().map(|(_, s)| s).collect(),
        }),
        _ => None,
    };
    Loaded {
        sources,
        diagnostics: diags,
        corpus,
    }
}

fn load_reference(
    sources: &mut SourceMap,
    diags: &mut Diagnostics,
) -> (Option<Vocabulary>, Vec<(FileId, Instrument)>) {
    let mut vocabulary = None;
    let mut instruments = Vec::new();
    for (name, text) in bundle::INTERNATIONAL {
        let id = sources.add(SourceFile {
            name: (*name).to_owned(),
            path: None,
            text: (*text).to_owned(),
        });
        let src = &sources.get(id).text;
        if *name == bundle::VOCABULARY_FILE {
            vocabulary = parse_decode(src, id, diags, Vocabulary::decode);
        } else if let Some(i) = parse_decode(src, id, diags, |n, cx| {
            instrument::decode_instrument(n, cx, name)
        }) {
            instruments.push((id, i));
        }
    }
    if vocabulary.is_none() && !diags.has_errors() {
        diags.push(Diagnostic::error(
            Code::FileUnreadable,
            format!(
                "the bundled vocabulary ({}) is missing",
                bundle::VOCABULARY_FILE
            ),
        ));
    }
    (vocabulary, instruments)
}

fn parse_decode<T>(
    text: &str,
    file: FileId,
    diags: &mut Diagnostics,
    f: impl FnOnce(&node::Node, &mut Cx<'_>) -> Option<T>,
) -> Option<T> {
    if text.trim().is_empty()
        || text
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        diags.push(
            Diagnostic::error(Code::EmptyFile, "the file holds no YAML document").at(file, None),
        );
        return None;
    }
    let node = match yaml::parse(text, file) {
        Ok(n) => n,
        Err(d) => {
            diags.push(d);
            return None;
        }
    };
    let mut cx = Cx::new(file, text, diags);
    f(&node, &mut cx)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{NUMBER_FIELDS, Test};

    /// The embedded vocabulary and instruments load without a single
    /// diagnostic: every test names vocabulary terms and existing fields
    /// (validation checks both), every requirement quotes its text.
    #[test]
    fn embedded_instruments_are_valid() {
        let loaded = load_instruments();
        let rendered = crate::diag::render_human(&loaded.diagnostics.items, &loaded.sources);
        assert!(loaded.diagnostics.items.is_empty(), "{rendered}");
        let corpus = loaded.corpus.expect("instruments load");
        let ids: Vec<&str> = corpus
            .instruments
            .iter()
            .map(|i| i.id.value.as_str())
            .collect();
        assert_eq!(ids, ["tip", "som", "untoc", "arab"]);
        for i in &corpus.instruments {
            for r in &i.requirements {
                assert!(!r.quotes.is_empty(), "{}", r.id.value);
                assert!(
                    r.quotes.iter().all(|q| q.text.source.starts_with("http")),
                    "{}",
                    r.id.value
                );
            }
        }
    }

    #[test]
    fn at_least_tests_only_name_numeric_fields() {
        fn walk(t: &Test) {
            match t {
                Test::AtLeast { field, .. } => {
                    assert!(NUMBER_FIELDS.contains(&field.value.as_str()))
                }
                Test::All(ts) | Test::Any(ts) => ts.iter().for_each(walk),
                _ => {}
            }
        }
        let corpus = load_instruments().corpus.expect("instruments load");
        corpus
            .instruments
            .iter()
            .flat_map(|i| &i.requirements)
            .for_each(|r| walk(&r.test));
    }
}
