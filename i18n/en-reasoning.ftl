# en messages: reasoning.
# Part of the en catalogue (see src/i18n/mod.rs, CATALOGUES).
# The words of the reasons that check, classify and diff leave (src/check/reason.rs):
# a finding's trace, an element of a classification, a change between versions.
# Ids, provision references, field names and the encoders' notes come in as data.

## A finding's trace (check): one line per offence read

reason-offence-of-kind = offence { $offences } is of this kind
reason-offence-partial = { $offence } covers this conduct only in part
reason-offence-partial-note = { $offence } covers this conduct only in part: { $note }
reason-no-offence = the encoding has no offence of { $kind }
reason-no-offence-read = no offence of { $kind } in { $laws }, read in full
reason-measure-provided = provided
reason-measure-partial = provided in part
reason-measure-partial-note = provided in part: { $note }
reason-measure-absent = absent from { $laws }, read in full
reason-measure-silent = the encoding is silent on this measure
reason-no-list = no list `{ $field }`
reason-not-encoded = { $offence }: `{ $field }` not encoded
reason-lists = { $offence }: lists { $term }
reason-lists-partial = { $offence }: lists { $term } (in part)
reason-lists-missing = { $offence }: its { $field } do not include { $term }
reason-lists-open = { $offence }: its { $field } were read only in part and do not name { $term }
reason-fact-is = { $offence }: { $field } is { $value }
reason-fact-is-partial = { $offence }: { $field } is { $value }, in part
reason-fact-is-partial-note = { $offence }: { $field } is { $value }, in part: { $note }
reason-fact-required = { $offence }: { $field } is { $value } (required: { $required })
reason-at-least = { $offence }: { $field } is { $value } (at least { $min })
reason-at-least-partial = { $offence }: { $field } is { $value } (at least { $min }), in part
reason-at-least-partial-note = { $offence }: { $field } is { $value } (at least { $min }), in part: { $note }
reason-below = { $offence }: { $field } is { $value } (below { $min })

## A change between versions (diff)

reason-step = { $status }: { $reason }
version-label-in-force = in force
version-label-superseded = earlier version, superseded on { $date }
version-label-draft = draft: { $title }

## A scenario classified (classify): the elements, and why each is met or not

element-act = act
element-means = means
element-purpose = purpose
element-illegal-entry = illegal entry
element-not-national = not a national or permanent resident
element-illegal-stay = enabling illegal stay
element-benefit = financial or other material benefit
element-scope = scope
element-no-humanitarian-exemption = no humanitarian exemption
element-exploitation = exploitation
element-coercion = coercion
element-border-crossing = border crossing
element-transnationality = transnationality
element-organized-group = organized criminal group
element-status-met = met
element-status-missing = missing
element-status-unknown = unknown
reason-cite-article = { $instrument } Art. { $article }
reason-failing = { $element } ({ $status }): { $detail }
el-no-act = no act of moving or holding the person
el-act-not-in-definition = { $acts } is not among the acts of the definition
el-means-child = no means used, but the person is a child (under { $under }): no means is needed
el-means-child-unknown = no means used, and the facts do not say whether the person is a child
el-means-not-child = none of the means of the definition was used, and the person is not a child
el-means-adult = none of the means of the definition was used, and the person is an adult
el-means-rule-unknown = none of the means of the definition was used; the person may be a child, and the definition's rule on children is not known
el-no-purpose = no purpose of exploitation
el-purpose-minimum = { $purposes }: not named, but the definition's list of exploitation is a minimum
el-purpose-cut-off = { $purposes }: not among the forms named; the rest of the list is cut off in the source
el-purpose-closed = { $purposes }: not among the forms of exploitation of the definition
el-border-irregular = the person crossed the border irregularly
el-border-regular = the person entered regularly
el-border-none = no border was crossed
el-national = the person is a national or permanent resident of the destination
el-not-national = the person is not a national or permanent resident of the destination
el-stay = the person was enabled to remain illegally
el-no-stay = no one enabled the person to remain illegally
el-benefit-financial = the facilitator sought a financial benefit
el-benefit-material = the facilitator sought a material benefit
el-no-benefit = the facilitator sought no financial or other material benefit
el-scope-partial = the offence covers its kind only in part: see the encoding
el-scope-partial-note = the offence covers its kind only in part: { $note }
el-list-not-stated = the encoding does not state the offence's { $field }
el-not-in-list = { $terms }: not among the offence's { $field }
el-list-open = { $terms }: not named, and the offence's list of { $field } is open (read only in part, or not exhaustive)
el-no-means-needed = the offence needs no means
el-means-required = no means was used, and the offence requires one
el-child-no-means = the person is a child under the law (under { $under }), and the law needs no means for children
el-child-rule-unknown = no means of the offence was used; whether the law dispenses with the means for this person as a child is not encoded
el-benefit-not-required = the offence does not require a benefit
el-benefit-unknown = no benefit was sought; the encoding does not say whether the offence requires one
el-humanitarian = the law exempts help given without benefit
el-exploitation-none = the offence requires exploitation; there was none
el-exploitation = the offence requires exploitation; there was
el-exploitation-unknown = there was no exploitation; the encoding does not say whether the offence requires it
el-coercion-none = the offence requires coercion; there was none
el-coercion = the offence requires coercion; there was
el-coercion-unknown = there was no coercion; the encoding does not say whether the offence requires it
el-requires-crossed = the offence requires { $element }; a border was crossed
el-requires-within = the offence requires { $element }; the conduct stayed within one country
el-group = the offence requires an organized criminal group; one was involved
el-no-group = the offence requires an organized criminal group; none was involved
