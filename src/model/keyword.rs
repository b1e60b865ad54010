//! Enumerations written in the files as one of a fixed set of words
//! (`status: in_force`): the words are the model's; `load` decodes any
//! [`Keyword`] from them, the schema lists them.

/// Enumerations written as one of a fixed set of words.
pub trait Keyword: Sized + Copy + 'static {
    const WORDS: &'static [(&'static str, Self)];
    const WHAT: &'static str;

    fn as_str(self) -> &'static str
    where
        Self: PartialEq,
    {
        Self::WORDS
            .iter()
            .find(|(_, v)| *v == self)
            .map(|(w, _)| *w)
            .expect("every variant has a word")
    }
}

#[macro_export]
macro_rules! keyword {
    ($(#[$m:meta])* $name:ident, $what:literal { $($var:ident = $word:literal),* $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($var),* }

        impl $crate::model::Keyword for $name {
            const WORDS: &'static [(&'static str, Self)] = &[$(($word, $name::$var)),*];
            const WHAT: &'static str = $what;
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str($crate::model::Keyword::as_str(*self))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str($crate::model::Keyword::as_str(*self))
            }
        }
    };
}
