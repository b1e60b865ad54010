//! The data the templates see, built from the model and from `check`'s
//! output. Presentation only: every status, rating, verb, flag and order comes
//! from [`crate::check`]; this module chooses words, groups and anchors.
//!
//! [`Shared`] holds what every page shares (the instruments with their quoted
//! texts, the vocabulary, the legends) and goes once into the Tera global
//! context. Each page gets a small context of its own ([`ReportPage`],
//! [`ComparePage`], [`InstrumentPage`], [`IndexPage`]) that refers to the
//! shared data by id. The same structs, serialised with serde, are the JSON
//! outputs (docs/REPORTS.md).
//!
//! One file a page kind: `shared.rs`, `nav.rs`, `report.rs`, `compare.rs`,
//! `instrument.rs`, `index.rs`; `provision.rs` is the quoted provision the
//! report and the comparison share; `unknowns.rs` what the report and the
//! comparison say of what is still unknown.

mod compare;
mod index;
mod instrument;
mod nav;
mod provision;
mod report;
mod shared;
mod unknowns;

pub use compare::*;
pub use index::*;
pub use instrument::*;
pub use nav::*;
pub use provision::*;
pub use report::*;
pub use shared::*;
pub use unknowns::*;

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

/// A map that serialises its entries in insertion order (Tera is built with
/// `preserve_order`, so templates see the same order; nothing is hashed).
#[derive(Debug, Clone)]
pub struct Ordered<V>(pub Vec<(String, V)>);

impl<V> Default for Ordered<V> {
    fn default() -> Self {
        Ordered(Vec::new())
    }
}

impl<V> Ordered<V> {
    pub fn get(&self, key: &str) -> Option<&V> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        self.0.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    fn push(&mut self, key: String, value: V) {
        self.0.push((key, value));
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }
}

impl<V: Serialize> Serialize for Ordered<V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_urls_become_links() {
        assert!(LinkView::new("https://example.org/a").href.is_some());
        assert!(LinkView::new("javascript:alert(1)").href.is_none());
        assert!(
            LinkView::new("https://x.org/\"onmouseover=x")
                .href
                .is_none()
        );
        assert!(LinkView::new("https://x.org/><script>").href.is_none());
        assert!(LinkView::new("https://x.org/a_b?c=d&e#f").href.is_some());
        assert!(LinkView::new("https://x.org/ a").href.is_none());
    }

    #[test]
    fn anchors_are_plain() {
        assert_eq!(anchor(&["tip", "art", "3(a)"]), "tip-art-3-a");
        assert_eq!(
            anchor(&["req", "tip.3a.act.transfer"]),
            "req-tip-3a-act-transfer"
        );
        assert_eq!(anchor(&["<script>"]), "script");
    }
}
