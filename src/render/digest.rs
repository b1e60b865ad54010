//! A SHA-256 of a value as serde sees it, for the keys of a site's page
//! cache (`render::cache`): every piece fed to the hash with a tag and,
//! where it varies, its length, so that two different values never feed the
//! same bytes. Cheaper than hashing the value's JSON, which escapes every
//! string and writes every number in decimal, for a hash nobody reads.

use serde::ser::{self, Serialize};
use sha2::{Digest, Sha256};
use std::fmt;

/// Feeds `value` to `hash`; fails only where `value`'s own serialisation
/// fails.
pub fn feed(hash: &mut Sha256, value: &impl Serialize) -> Result<(), Error> {
    value
        .serialize(&mut Feeder {
            hash,
            buf: Vec::with_capacity(BUF),
        })
        .map(|_| ())
}

/// Pieces are gathered and hashed a buffer at a time: SHA-256 is fastest on
/// long inputs, and most pieces are a few bytes.
const BUF: usize = 16 * 1024;

struct Feeder<'a> {
    hash: &'a mut Sha256,
    buf: Vec<u8>,
}

impl Drop for Feeder<'_> {
    fn drop(&mut self) {
        self.hash.update(&self.buf);
    }
}

impl Feeder<'_> {
    fn put(&mut self, bytes: &[u8]) {
        if self.buf.len() + bytes.len() > BUF {
            self.hash.update(&self.buf);
            self.buf.clear();
            if bytes.len() > BUF {
                self.hash.update(bytes);
                return;
            }
        }
        self.buf.extend_from_slice(bytes);
    }

    fn tag(&mut self, t: u8) {
        self.put(&[t]);
    }

    fn len(&mut self, n: usize) {
        self.put(&(n as u64).to_le_bytes());
    }

    fn text(&mut self, t: u8, s: &[u8]) {
        self.tag(t);
        self.len(s.len());
        self.put(s);
    }
}

/// The tags; a compound value ends with [`END`].
mod tag {
    pub const BOOL: u8 = 1;
    pub const INT: u8 = 2;
    pub const UINT: u8 = 3;
    pub const FLOAT: u8 = 4;
    pub const CHAR: u8 = 5;
    pub const STR: u8 = 6;
    pub const BYTES: u8 = 7;
    pub const NONE: u8 = 8;
    pub const SOME: u8 = 9;
    pub const UNIT: u8 = 10;
    pub const VARIANT: u8 = 11;
    pub const SEQ: u8 = 12;
    pub const MAP: u8 = 13;
    pub const STRUCT: u8 = 14;
    pub const FIELD: u8 = 15;
    pub const SKIPPED: u8 = 16;
    pub const END: u8 = 17;
}

#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Error {
        Error(msg.to_string())
    }
}

type R = Result<(), Error>;

impl<'b> ser::Serializer for &mut Feeder<'b> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    fn serialize_bool(self, v: bool) -> R {
        self.put(&[tag::BOOL, u8::from(v)]);
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> R {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> R {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> R {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> R {
        self.tag(tag::INT);
        self.put(&v.to_le_bytes());
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> R {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> R {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> R {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> R {
        self.tag(tag::UINT);
        self.put(&v.to_le_bytes());
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> R {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> R {
        self.tag(tag::FLOAT);
        self.put(&v.to_bits().to_le_bytes());
        Ok(())
    }
    fn serialize_char(self, v: char) -> R {
        self.tag(tag::CHAR);
        self.put(&u32::from(v).to_le_bytes());
        Ok(())
    }
    fn serialize_str(self, v: &str) -> R {
        self.text(tag::STR, v.as_bytes());
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> R {
        self.text(tag::BYTES, v);
        Ok(())
    }
    fn serialize_none(self) -> R {
        self.tag(tag::NONE);
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> R {
        self.tag(tag::SOME);
        value.serialize(self)
    }
    fn serialize_unit(self) -> R {
        self.tag(tag::UNIT);
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> R {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _name: &'static str, _index: u32, variant: &'static str) -> R {
        self.text(tag::VARIANT, variant.as_bytes());
        Ok(())
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _name: &'static str, value: &T) -> R {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> R {
        self.text(tag::VARIANT, variant.as_bytes());
        value.serialize(self)
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self, Error> {
        self.tag(tag::SEQ);
        Ok(self)
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self, Error> {
        self.serialize_seq(None)
    }
    fn serialize_tuple_struct(self, _name: &'static str, _len: usize) -> Result<Self, Error> {
        self.serialize_seq(None)
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Self, Error> {
        self.text(tag::VARIANT, variant.as_bytes());
        self.serialize_seq(None)
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self, Error> {
        self.tag(tag::MAP);
        Ok(self)
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Self, Error> {
        self.tag(tag::STRUCT);
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Self, Error> {
        self.text(tag::VARIANT, variant.as_bytes());
        self.serialize_struct("", 0)
    }
}

/// The sequences: each element in turn, then [`tag::END`].
macro_rules! elements {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for &mut Feeder<'_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: ?Sized + Serialize>(&mut self, value: &T) -> R {
                value.serialize(&mut **self)
            }
            fn end(self) -> R {
                self.tag(tag::END);
                Ok(())
            }
        }
    )*};
}

elements!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for &mut Feeder<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> R {
        key.serialize(&mut **self)
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> R {
        value.serialize(&mut **self)
    }
    fn end(self) -> R {
        self.tag(tag::END);
        Ok(())
    }
}

impl ser::SerializeStruct for &mut Feeder<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> R {
        self.text(tag::FIELD, key.as_bytes());
        value.serialize(&mut **self)
    }
    // A field skipped (`skip_serializing_if`) is left out of the page's
    // value as of its JSON; it is marked, as its absence is.
    fn skip_field(&mut self, key: &'static str) -> R {
        self.text(tag::SKIPPED, key.as_bytes());
        Ok(())
    }
    fn end(self) -> R {
        self.tag(tag::END);
        Ok(())
    }
}

impl ser::SerializeStructVariant for &mut Feeder<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> R {
        self.text(tag::FIELD, key.as_bytes());
        value.serialize(&mut **self)
    }
    fn end(self) -> R {
        self.tag(tag::END);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use std::collections::BTreeMap;

    fn digest(v: &impl Serialize) -> Vec<u8> {
        let mut h = Sha256::new();
        feed(&mut h, v).expect("serialises");
        h.finalize().to_vec()
    }

    #[derive(Serialize)]
    struct Page {
        title: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        note: Option<String>,
        rows: Vec<(String, u32)>,
    }

    /// Values that JSON, or a plain concatenation, could confuse give
    /// different digests; equal values give equal ones.
    #[test]
    fn different_values_feed_different_bytes() {
        let page = |title: &str, note: Option<&str>, rows: &[(&str, u32)]| Page {
            title: title.to_owned(),
            note: note.map(str::to_owned),
            rows: rows.iter().map(|(s, n)| ((*s).to_owned(), *n)).collect(),
        };
        let a = digest(&page("a", None, &[("b", 1)]));
        assert_eq!(a, digest(&page("a", None, &[("b", 1)])));
        let others = [
            digest(&page("ab", None, &[("", 1)])),
            digest(&page("a", Some(""), &[("b", 1)])),
            digest(&page("a", None, &[("b", 1), ("b", 1)])),
            digest(&page("a", None, &[("b", 2)])),
            digest(&page("a", None, &[])),
        ];
        for (i, o) in others.iter().enumerate() {
            assert_ne!(&a, o, "case {i}");
        }
        // A list of two lists and a list of one list of two.
        assert_ne!(digest(&vec![vec![1], vec![2]]), digest(&vec![vec![1, 2]]));
        assert_ne!(digest(&"1"), digest(&1u32));
        assert_ne!(digest(&1u32), digest(&1i32));
        assert_ne!(digest(&1.0f64), digest(&1u32));
        let mut m = BTreeMap::new();
        m.insert("k", "v");
        assert_ne!(digest(&m), digest(&("k", "v")));
    }

    /// A long text is fed past the buffer and still counts, byte by byte.
    #[test]
    fn long_texts_are_fed_whole() {
        let long = "x".repeat(3 * BUF);
        let mut other = long.clone();
        other.replace_range(2 * BUF..2 * BUF + 1, "y");
        assert_ne!(digest(&long), digest(&other));
        assert_ne!(digest(&(long.as_str(), "a")), digest(&(long.as_str(), "b")));
    }
}
