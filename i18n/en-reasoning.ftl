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
reason-lists-examples = { $offence }: the law reaches { $field } of any kind and names some as examples; { $term } is not named in full, but the general words reach it
reason-fact-is = { $offence }: { $field } is { $value }
reason-fact-is-partial = { $offence }: { $field } is { $value }, in part
reason-fact-is-partial-note = { $offence }: { $field } is { $value }, in part: { $note }
reason-fact-required = { $offence }: { $field } is { $value } (required: { $required })
reason-fact-inferred = { $offence }: { $field } is { $value }, inferred: the law makes “{ $term }” an aggravating circumstance of the offence, so the basic offence is complete without it
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
element-document = fraudulent travel or identity document
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
el-list-examples = { $terms }: not named in full, but the law reaches { $field } of any kind and names some as examples
el-list-other = { $terms }: not among the offence's { $field } by term; the law also names { $others }, which lexgap does not read as any term, so whether it reaches this case is not told
el-listed-partial = { $terms }: among the offence's { $field } only in part
el-listed-partial-note = { $listed }: { $note }
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
el-document = { $acts } a fraudulent travel or identity document
el-no-document = no one produced, procured, provided or possessed a fraudulent travel or identity document
el-untested = lexgap has no definition of offences of this kind ({ $kind }) to weigh facts against

## A fact of an offence in plain words (report pages; the command line and JSON keep the field)
## fact-FIELD-true / -false: what the offence does, after its id; -unstated: what the encoding
## does not say. FIELD is the field of the file format with `.` written `-`.

reason-plain = { $offence } { $fact }
reason-plain-partial = { $offence } { $fact }, in part
reason-plain-partial-note = { $offence } { $fact }, in part: { $note }
reason-plain-required = { $offence } { $fact }; the requirement is that it { $required }
reason-plain-inferred = { $offence } { $fact }: the law makes “{ $term }” an aggravating circumstance of the offence, so the basic offence is complete without it (lexgap's inference)
reason-plain-at-least = { $offence } { $fact } (at least { $min } required)
reason-plain-at-least-partial = { $offence } { $fact } (at least { $min } required), in part
reason-plain-at-least-partial-note = { $offence } { $fact } (at least { $min } required), in part: { $note }
reason-plain-below = { $offence } { $fact } (below the { $min } required)
reason-plain-not-encoded = { $offence }: the encoding does not state { $fact }
fact-consent_irrelevant-true = makes the victim's consent irrelevant
fact-consent_irrelevant-false = does not make the victim's consent irrelevant
fact-consent_irrelevant-unstated = whether the victim's consent is irrelevant
fact-child-means_required-true = requires a means even where the victim is a child
fact-child-means_required-false = needs no means where the victim is a child
fact-child-means_required-unstated = whether a means is required where the victim is a child
fact-requires-means-true = requires a means (force, fraud, abuse of vulnerability…)
fact-requires-means-false = needs no means
fact-requires-means-unstated = whether it requires a means
fact-requires-border_crossing-true = requires that a border be crossed
fact-requires-border_crossing-false = does not require that a border be crossed
fact-requires-border_crossing-unstated = whether it requires that a border be crossed
fact-requires-transnationality-true = requires a transnational element
fact-requires-transnationality-false = does not require a transnational element
fact-requires-transnationality-unstated = whether it requires a transnational element
fact-requires-organized_group-true = requires an organized criminal group
fact-requires-organized_group-false = does not require an organized criminal group
fact-requires-organized_group-unstated = whether it requires an organized criminal group
fact-requires-financial_benefit-true = requires a financial or other material benefit
fact-requires-financial_benefit-false = does not require a financial or other material benefit
fact-requires-financial_benefit-unstated = whether it requires a financial or other material benefit
fact-requires-exploitation-true = requires exploitation
fact-requires-exploitation-false = does not require exploitation
fact-requires-exploitation-unstated = whether it requires exploitation
fact-requires-coercion-true = requires coercion
fact-requires-coercion-false = does not require coercion
fact-requires-coercion-unstated = whether it requires coercion
fact-attempt-true = punishes the attempt
fact-attempt-false = does not punish the attempt
fact-attempt-unstated = whether the attempt is punished
fact-complicity-true = punishes participation as an accomplice
fact-complicity-false = does not punish participation as an accomplice
fact-complicity-unstated = whether participation as an accomplice is punished
fact-organizing-true = punishes organizing or directing others to commit it
fact-organizing-false = does not punish organizing or directing others to commit it
fact-organizing-unstated = whether organizing or directing others to commit it is punished
fact-penalty-life-true = may be punished with life imprisonment
fact-penalty-life-false = is not punished with life imprisonment
fact-penalty-life-unstated = whether it may be punished with life imprisonment
fact-penalty-death-true = may be punished with death
fact-penalty-death-false = is not punished with death
fact-penalty-death-unstated = whether it may be punished with death
fact-penalty-fine_only-true = may be punished with a fine alone
fact-penalty-fine_only-false = is not punished with a fine alone
fact-penalty-fine_only-unstated = whether it may be punished with a fine alone
fact-legal_persons-true = makes legal persons liable
fact-legal_persons-false = does not make legal persons liable
fact-legal_persons-unstated = whether legal persons are liable
fact-migrant_liable-true = makes the smuggled migrant liable
fact-migrant_liable-false = does not make the smuggled migrant liable
fact-migrant_liable-unstated = whether the smuggled migrant is liable
fact-humanitarian_exemption-true = exempts help given for humanitarian reasons
fact-humanitarian_exemption-false = does not exempt help given for humanitarian reasons
fact-humanitarian_exemption-unstated = whether help given for humanitarian reasons is exempt
fact-child-age = treats as a child a person under { $value }
fact-child-age-unstated = the age under which a person is a child
fact-penalty-min_years = is punished with at least { $value } years
fact-penalty-min_years-unstated = the least penalty, in years
fact-penalty-max_years = is punished with at most { $value } years
fact-penalty-max_years-unstated = the greatest penalty, in years
fact-acts-unstated = the acts it names
fact-means-unstated = the means it names
fact-purposes-unstated = the purposes of exploitation it names
fact-aggravations-unstated = its aggravating circumstances
