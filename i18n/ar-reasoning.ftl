# ar messages: reasoning.
# Part of the ar catalogue (see src/i18n/mod.rs, CATALOGUES).
