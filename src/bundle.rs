//! The YAML files embedded at build time (see build.rs): the reference
//! instruments and the bundled jurisdictions, as (relative path, contents).

include!(concat!(env!("OUT_DIR"), "/bundle.rs"));

/// The file of the bundled vocabulary among [`INTERNATIONAL`].
pub const VOCABULARY_FILE: &str = "statutes/international/vocabulary.yaml";
