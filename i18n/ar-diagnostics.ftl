# ar messages: diagnostics.
# Part of the ar catalogue (see src/i18n/mod.rs, CATALOGUES).
