# en messages: diagnostics.
# Part of the en catalogue (see src/i18n/mod.rs, CATALOGUES).
