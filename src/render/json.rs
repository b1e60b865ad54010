//! JSON written as it is made: a list whose items are produced one at a
//! time while the document is serialised, so that a command over thousands
//! of files never holds the whole document (nor a tree of it) in memory.

use serde::ser::{Error, Serialize, SerializeSeq, Serializer};
use std::cell::RefCell;

/// A JSON array drawn from an iterator as it is written. Each item goes
/// through a [`serde_json::Value`], whose keys are sorted: the bytes are
/// those of the whole document built as a `Value` and printed, as lexgap's
/// JSON has always been.
pub struct Streamed<I>(RefCell<Option<I>>);

impl<I> std::fmt::Debug for Streamed<I> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Streamed(..)")
    }
}

impl<I> Streamed<I> {
    pub fn new(items: I) -> Self {
        Streamed(RefCell::new(Some(items)))
    }
}

impl<I, T> Serialize for Streamed<I>
where
    I: Iterator<Item = T>,
    T: Serialize,
{
    /// Serialising takes the items: a second serialisation writes `[]`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let items = self.0.borrow_mut().take();
        let mut seq = s.serialize_seq(None)?;
        for item in items.into_iter().flatten() {
            let value = serde_json::to_value(&item).map_err(S::Error::custom)?;
            seq.serialize_element(&value)?;
        }
        seq.end()
    }
}

#[cfg(test)]
mod tests {
    use super::Streamed;

    #[test]
    fn a_streamed_list_prints_as_the_whole_list_would() {
        #[derive(serde::Serialize)]
        struct Item {
            z: u8,
            a: Vec<u8>,
        }
        let items = || {
            (0..3).map(|i| Item {
                z: i,
                a: vec![i; 2],
            })
        };
        let whole = serde_json::json!({ "list": items().collect::<Vec<_>>(), "empty": [] });
        #[derive(serde::Serialize)]
        #[serde(bound(serialize = "Streamed<I>: serde::Serialize, Streamed<J>: serde::Serialize"))]
        struct Doc<I, J> {
            empty: Streamed<J>,
            list: Streamed<I>,
        }
        let doc = Doc {
            empty: Streamed::new(std::iter::empty::<Item>()),
            list: Streamed::new(items()),
        };
        assert_eq!(
            serde_json::to_string_pretty(&doc).expect("json"),
            serde_json::to_string_pretty(&whole).expect("json")
        );
    }
}
