//! The bundled YAML files as build.rs parsed them when the binary was built,
//! so that a run reading an unchanged bundled file (the instruments, every
//! time) decodes its tree instead of parsing it again. A file is taken from
//! here only if its text is, byte for byte, the one parsed at build time;
//! any other text (an edited checkout, a user's file) is parsed as usual.
//! build.rs writes them in the format of [`tree_bytes`](super::tree_bytes).

use super::node::Node;
use crate::bundle;

/// The tree of `text`, if `text` is a bundled file as it was built.
pub fn tree(text: &str) -> Option<Node> {
    let rel = [bundle::INTERNATIONAL, bundle::NATIONAL, bundle::SCENARIOS]
        .into_iter()
        .flatten()
        .find(|(_, t)| t.len() == text.len() && *t == text)?
        .0;
    let (_, bytes) = bundle::TREES.iter().find(|(r, _)| *r == rel)?;
    super::tree_bytes::decode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::FileId;

    /// Every bundled file decodes from its tree to what parsing its text
    /// gives, position by position: build.rs and the loader agree.
    #[test]
    fn every_bundled_tree_is_the_parse_of_its_text() {
        let files: Vec<_> = [bundle::INTERNATIONAL, bundle::NATIONAL, bundle::SCENARIOS]
            .into_iter()
            .flatten()
            .collect();
        assert_eq!(files.len(), bundle::TREES.len(), "a tree per bundled file");
        for (rel, text) in files {
            let built = tree(text).unwrap_or_else(|| panic!("{rel}: no tree"));
            let parsed = super::super::yaml::parse_text(text, FileId(0))
                .unwrap_or_else(|e| panic!("{rel}: {e:?}"));
            assert!(
                built == parsed,
                "{rel}: the built tree differs from the parse"
            );
        }
    }

    #[test]
    fn a_text_not_bundled_has_no_tree() {
        assert!(tree("code: KW\n").is_none());
        let (_, tip) = bundle::INTERNATIONAL[0];
        let edited = format!("{tip}\n");
        assert!(tree(&edited).is_none());
    }
}
