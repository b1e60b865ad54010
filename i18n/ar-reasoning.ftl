# ar messages: reasoning.
# Part of the ar catalogue (see src/i18n/mod.rs, CATALOGUES).
# كلمات الأسباب التي يتركها الفحص والتصنيف والمقارنة (src/check/reason.rs): خطوات
# الوصول إلى النتيجة، وأركان الواقعة المصنَّفة، وما تغيّر بين نسختين. المعرِّفات
# ومراجع الأحكام وأسماء الحقول وملاحظات المُرمِّز بيانات تُعرض كما هي.

## خطوات الوصول إلى النتيجة (check): سطر لكل جريمة قُرئت

reason-offence-of-kind = توجد جريمة من هذا النوع: { $offences }
reason-offence-partial = { $offence }: لا تشمل هذا السلوك إلا جزئيًا
reason-offence-partial-note = { $offence }: لا تشمل هذا السلوك إلا جزئيًا؛ ملاحظة المُرمِّز: { $note }
reason-no-offence = لا يتضمن الترميز جريمة { $kind }
reason-no-offence-read = لا توجد جريمة { $kind } في { $laws } (قُرئ النص كاملًا)
reason-measure-provided = منصوص عليه
reason-measure-partial = منصوص عليه جزئيًا
reason-measure-partial-note = منصوص عليه جزئيًا؛ ملاحظة المُرمِّز: { $note }
reason-measure-absent = غير منصوص عليه في { $laws } (قُرئ النص كاملًا)
reason-measure-silent = الترميز صامت بشأن هذا التدبير
reason-no-list = لا توجد قائمة `{ $field }`
reason-not-encoded = { $offence }: الحقل `{ $field }` غير مرمَّز
reason-lists = { $offence }: تشمل { $term }
reason-lists-partial = { $offence }: تشمل { $term } جزئيًا
reason-lists-missing = { $offence }: لا تشمل { $field } المنصوص عليها فيها: { $term }
reason-lists-open = { $offence }: { $field } المنصوص عليها فيها قائمة مفتوحة (لم تُقرأ إلا جزئيًا، أو لا يحسمها النص)، ولا تذكر: { $term }
reason-lists-examples = { $offence }: يشمل القانون { $field } أيًا كانت صورها، ويذكر بعضها على سبيل المثال؛ فلا يسمّي { $term } بتمامه، لكن عبارته العامة تشمله
reason-fact-is = { $offence }: قيمة { $field } هي { $value }
reason-fact-is-partial = { $offence }: قيمة { $field } هي { $value }، جزئيًا
reason-fact-is-partial-note = { $offence }: قيمة { $field } هي { $value }، جزئيًا؛ ملاحظة المُرمِّز: { $note }
reason-fact-required = { $offence }: قيمة { $field } هي { $value } (والمطلوب: { $required })
reason-fact-inferred = { $offence }: قيمة { $field } هي { $value }، استنتاجًا: يجعل القانون «{ $term }» ظرفًا مشددًا للجريمة، فالجريمة في صورتها الأساسية تقوم بدونه
reason-at-least = { $offence }: قيمة { $field } هي { $value } (والحد الأدنى: { $min })
reason-at-least-partial = { $offence }: قيمة { $field } هي { $value } (والحد الأدنى: { $min })، جزئيًا
reason-at-least-partial-note = { $offence }: قيمة { $field } هي { $value } (والحد الأدنى: { $min })، جزئيًا؛ ملاحظة المُرمِّز: { $note }
reason-below = { $offence }: قيمة { $field } هي { $value } (دون الحد الأدنى: { $min })

## ما تغيّر بين نسختين (diff)

reason-step = { $status }: { $reason }
version-label-in-force = نافذ
version-label-superseded = نسخة سابقة، حلّ محلها غيرها في { $date }
version-label-draft = مشروع قانون: { $title }

## تصنيف واقعة (classify): الأركان، ولماذا يتوافر كل ركن أو لا يتوافر

element-act = الفعل
element-means = الوسيلة
element-purpose = الغرض
element-illegal-entry = الدخول غير المشروع
element-not-national = ليس مواطنًا ولا مقيمًا دائمًا
element-not-national-only = ليس من رعايا الدولة
element-not-resident = ليس من رعايا الدولة ولا من المقيمين فيها
element-person-reached = شخص تطاله الجريمة
element-illegal-stay = تمكين الإقامة غير المشروعة
element-benefit = منفعة مالية أو منفعة مادية أخرى
element-scope = النطاق
element-no-humanitarian-exemption = عدم الإعفاء لأسباب إنسانية
element-exploitation = الاستغلال
element-coercion = القسر
element-border-crossing = عبور الحدود
element-transnationality = الطابع عبر الوطني
element-organized-group = جماعة إجرامية منظمة
element-document = وثيقة سفر أو هوية مزورة
element-attempt = الشروع
element-liability = مسؤولية من
element-status-met = متوافر
element-status-missing = غير متوافر
element-status-unknown = غير معروف
reason-cite-article = { $instrument } المادة { $article }
reason-failing = { $element } ({ $status }): { $detail }
el-no-act = لم يقع فعل من أفعال نقل الشخص أو احتجازه
el-act-not-in-definition = { $acts }: ليس ضمن أفعال التعريف
el-means-child = لم تُستعمل أي وسيلة، لكن الشخص طفل (دون سن { $under }): فلا تلزم وسيلة
el-means-child-unknown = لم تُستعمل أي وسيلة، ولا تبيّن الوقائع هل الشخص طفل
el-means-not-child = لم تُستعمل أي من وسائل التعريف، والشخص ليس طفلًا
el-means-adult = لم تُستعمل أي من وسائل التعريف، والشخص بالغ
el-means-rule-unknown = لم تُستعمل أي من وسائل التعريف؛ وقد يكون الشخص طفلًا، وقاعدة التعريف بشأن الأطفال غير معروفة
el-no-purpose = لم يكن ثمة غرض استغلال
el-purpose-minimum = { $purposes }: غير مسمّى، لكن قائمة أشكال الاستغلال في التعريف حدّ أدنى
el-purpose-cut-off = { $purposes }: ليس من الأشكال المسمّاة؛ وبقية القائمة مقتطعة في المصدر
el-purpose-closed = { $purposes }: ليس من أشكال الاستغلال الواردة في التعريف
el-border-irregular-intended = كان العبور المقصود غير نظامي
el-border-irregular = عبر الشخص الحدود بصورة غير نظامية
el-border-regular = دخل الشخص بصورة نظامية
el-border-none = لم تُعبر أي حدود
el-national = الشخص من رعايا دولة المقصد أو من المقيمين الدائمين فيها
el-not-national = الشخص ليس من رعايا دولة المقصد ولا من المقيمين الدائمين فيها
el-standing-left-out = { $who }؛ والجريمة تستثني { $rule }
el-standing-left-out-any = { $who }: مستثنى أيًا كانت قراءة الجريمة
el-standing-not-left-out = { $who }؛ والجريمة لا تستثني إلا { $rule }
el-standing-no-one-left-out = { $who }؛ والجريمة لا تستثني أحدًا (تطال الرعايا والأجانب على السواء)
el-standing-not-left-out-any = { $who }: غير مستثنى أيًا كانت قراءة الجريمة
el-standing-rule-unknown = { $who }؛ ولا يبيّن الترميز من تستثنيهم الجريمة (الرعايا؛ أو الرعايا والمقيمين الدائمين؛ أو الرعايا وجميع المقيمين؛ أو لا أحد)، والجواب يتوقف على ذلك
el-standing-which-unknown = { $who }، ولا تبيّن الوقائع أيهما؛ والجريمة تستثني { $rule }
el-stay = مُكِّن الشخص من البقاء بصورة غير مشروعة
el-no-stay = لم يمكّن أحدٌ الشخصَ من البقاء بصورة غير مشروعة
el-benefit-financial = سعى المسهِّل إلى منفعة مالية
el-benefit-material = سعى المسهِّل إلى منفعة مادية
el-no-benefit = لم يسعَ المسهِّل إلى منفعة مالية أو منفعة مادية أخرى
el-scope-partial = لا تشمل الجريمة نوعها إلا جزئيًا: انظر الترميز
el-scope-partial-note = لا تشمل الجريمة نوعها إلا جزئيًا؛ ملاحظة المُرمِّز: { $note }
el-list-not-stated = لا يذكر الترميز { $field } المنصوص عليها في الجريمة
el-not-in-list = { $terms }: ليس ضمن { $field } المنصوص عليها في الجريمة
el-list-open = { $terms }: غير مسمّى، وقائمة { $field } في الجريمة مفتوحة (لم تُقرأ إلا جزئيًا، أو ليست حصرية)
el-list-examples = { $terms }: غير مسمّى بتمامه، لكن القانون يشمل { $field } أيًا كانت صورها ويذكر بعضها على سبيل المثال
el-list-other = { $terms }: ليس ضمن { $field } المنصوص عليها في الجريمة بمصطلح من المصطلحات؛ ويسمّي القانون أيضًا { $others }، ولا تقابله قواعد الفحص بأي مصطلح، فلا يُعرف أيشمل هذه الحالة أم لا
el-listed-partial = { $terms }: من { $field } المنصوص عليها في الجريمة، لكن جزئيًا فقط
el-listed-partial-note = { $listed }؛ ملاحظة المُرمِّز: { $note }
el-no-means-needed = لا تتطلب الجريمة أي وسيلة
el-means-required = لم تُستعمل أي وسيلة، والجريمة تتطلب وسيلة
el-child-no-means = الشخص طفل بموجب القانون (دون سن { $under })، والقانون لا يتطلب وسيلة في حالة الأطفال
el-child-rule-unknown = لم تُستعمل أي من وسائل الجريمة؛ ولم يُرمَّز هل يُعفي القانون من اشتراط الوسيلة لهذا الشخص بوصفه طفلًا
el-benefit-not-required = لا تتطلب الجريمة منفعة
el-benefit-unknown = لم يُسعَ إلى منفعة؛ ولا يبيّن الترميز هل تتطلب الجريمة منفعة
el-humanitarian = يُعفي القانون المساعدة المقدَّمة دون منفعة
el-exploitation-none = تتطلب الجريمة الاستغلال؛ ولم يقع استغلال
el-exploitation = تتطلب الجريمة الاستغلال؛ وقد وقع
el-exploitation-unknown = لم يقع استغلال؛ ولا يبيّن الترميز هل تتطلب الجريمة الاستغلال
el-coercion-none = تتطلب الجريمة القسر؛ ولم يقع قسر
el-coercion = تتطلب الجريمة القسر؛ وقد وقع
el-coercion-unknown = لم يقع قسر؛ ولا يبيّن الترميز هل تتطلب الجريمة القسر
el-requires-crossed = تتطلب الجريمة { $element }؛ وقد عُبرت الحدود
el-requires-within = تتطلب الجريمة { $element }؛ وبقي السلوك داخل بلد واحد
el-group = تتطلب الجريمة جماعة إجرامية منظمة؛ وقد شاركت فيها جماعة كهذه
el-no-group = تتطلب الجريمة جماعة إجرامية منظمة؛ ولم تشارك فيها أي جماعة كهذه
el-document = { $acts } وثيقة سفر أو هوية مزورة
el-no-document = لم يقم أحد بإعداد وثيقة سفر أو هوية مزورة أو تدبيرها أو توفيرها أو حيازتها
el-attempt-required = لم يتجاوز السلوك مرحلة الشروع؛ ويوجب الصك تجريم الشروع
el-attempt-not-found = لم يتجاوز السلوك مرحلة الشروع؛ ولم يُعثر على نص الصك في الشروع
el-attempt-punished = لم يتجاوز السلوك مرحلة الشروع؛ والقانون يعاقب على الشروع
el-attempt-not-punished = لم يتجاوز السلوك مرحلة الشروع؛ والقانون لا يعاقب على الشروع
el-attempt-silent = لم يتجاوز السلوك مرحلة الشروع؛ ولا يبيّن الترميز هل يعاقب القانون على الشروع
el-object-not-liable = المسؤول عنه هو المهاجر نفسه؛ والمهاجر محل السلوك ولا يصبح مسؤولًا عنه
el-object-of-conduct = المسؤول عنه هو المهاجر نفسه؛ والجريمة سلوك يقع على الشخص، فهو محلها لا فاعلها
el-crossing-own = المسؤول عنه هو المهاجر نفسه؛ والجريمة جريمة الشخص العابر نفسه
el-crossing-own-only = الجريمة جريمة الشخص العابر نفسه؛ والمسؤول عنه هو المسهِّل
el-migrant-liable = المسؤول عنه هو المهاجر نفسه؛ والقانون يعاقب المهاجر المهرَّب، لكن الترميز لا يبيّن أبموجب هذه الجريمة أم بموجب غيرها (انظر ما يقوله الترميز فيها عن مسؤولية المهاجر)
el-migrant-not-liable = المسؤول عنه هو المهاجر نفسه؛ والقانون لا يعاقب المهاجر المهرَّب
el-migrant-liable-silent = المسؤول عنه هو المهاجر نفسه؛ ولا يبيّن الترميز هل يعاقب القانون المهاجر المهرَّب
el-migrant-own-conduct-unknown = المسؤول عنه هو المهاجر نفسه؛ ولا يبيّن الترميز هل تطال الجريمة سلوك المهاجر نفسه
el-untested = ليس لدى قواعد الفحص تعريف لجرائم من هذا النوع ({ $kind }) تُوزن الوقائع في ضوئه

## واقعة من وقائع الجريمة بكلمات واضحة (صفحات التقارير؛ يبقى اسم الحقل في سطر الأوامر وفي JSON)

reason-plain = { $offence }: { $fact }
reason-plain-partial = { $offence }: { $fact }، جزئيًا
reason-plain-partial-note = { $offence }: { $fact }، جزئيًا؛ ملاحظة المُرمِّز: { $note }
reason-plain-required = { $offence }: { $fact }؛ والمطلوب: { $required }
reason-plain-inferred = { $offence }: { $fact }؛ إذ يجعل القانون «{ $term }» ظرفًا مشددًا للجريمة، فالجريمة في صورتها الأساسية تقوم بدونه (استنتاج من قواعد الفحص)
reason-plain-at-least = { $offence }: { $fact } (والمطلوب { $min } على الأقل)
reason-plain-at-least-partial = { $offence }: { $fact } (والمطلوب { $min } على الأقل)، جزئيًا
reason-plain-at-least-partial-note = { $offence }: { $fact } (والمطلوب { $min } على الأقل)، جزئيًا؛ ملاحظة المُرمِّز: { $note }
reason-plain-below = { $offence }: { $fact } (دون المطلوب، وهو { $min })
reason-plain-not-encoded = { $offence }: لا يبيّن الترميز { $fact }
fact-consent_irrelevant-true = لا يُعتدّ فيها برضا الضحية
fact-consent_irrelevant-false = لا تنص على عدم الاعتداد برضا الضحية
fact-consent_irrelevant-unstated = هل يُعتدّ فيها برضا الضحية
fact-child-means_required-true = تشترط وسيلة حتى لو كان الضحية طفلًا
fact-child-means_required-false = لا تشترط وسيلة إذا كان الضحية طفلًا
fact-child-means_required-unstated = هل تُشترط وسيلة إذا كان الضحية طفلًا
fact-requires-means-true = تشترط وسيلة (كالقوة أو الاحتيال أو استغلال حالة الضعف…)
fact-requires-means-false = لا تشترط وسيلة
fact-requires-means-unstated = هل تشترط وسيلة
fact-requires-border_crossing-true = تشترط عبور الحدود
fact-requires-border_crossing-false = لا تشترط عبور الحدود
fact-requires-border_crossing-unstated = هل تشترط عبور الحدود
fact-requires-transnationality-true = تشترط الطابع عبر الوطني
fact-requires-transnationality-false = لا تشترط الطابع عبر الوطني
fact-requires-transnationality-unstated = هل تشترط الطابع عبر الوطني
fact-requires-organized_group-true = تشترط ضلوع جماعة إجرامية منظمة
fact-requires-organized_group-false = لا تشترط ضلوع جماعة إجرامية منظمة
fact-requires-organized_group-unstated = هل تشترط ضلوع جماعة إجرامية منظمة
fact-requires-financial_benefit-true = تشترط الحصول على منفعة مالية أو منفعة مادية أخرى
fact-requires-financial_benefit-false = لا تشترط الحصول على منفعة مالية أو منفعة مادية أخرى
fact-requires-financial_benefit-unstated = هل تشترط الحصول على منفعة مالية أو منفعة مادية أخرى
fact-requires-exploitation-true = تشترط الاستغلال
fact-requires-exploitation-false = لا تشترط الاستغلال
fact-requires-exploitation-unstated = هل تشترط الاستغلال
fact-requires-coercion-true = تشترط الإكراه
fact-requires-coercion-false = لا تشترط الإكراه
fact-requires-coercion-unstated = هل تشترط الإكراه
fact-attempt-true = يُعاقب على الشروع فيها
fact-attempt-false = لا يُعاقب على الشروع فيها
fact-attempt-unstated = هل يُعاقب على الشروع فيها
fact-complicity-true = يُعاقب على الاشتراك فيها
fact-complicity-false = لا يُعاقب على الاشتراك فيها
fact-complicity-unstated = هل يُعاقب على الاشتراك فيها
fact-organizing-true = يُعاقب على تنظيم ارتكابها أو توجيه الآخرين إليه
fact-organizing-false = لا يُعاقب على تنظيم ارتكابها أو توجيه الآخرين إليه
fact-organizing-unstated = هل يُعاقب على تنظيم ارتكابها أو توجيه الآخرين إليه
fact-penalty-life-true = يجوز أن يُعاقب عليها بالسجن المؤبد
fact-penalty-life-false = لا يُعاقب عليها بالسجن المؤبد
fact-penalty-life-unstated = هل يجوز أن يُعاقب عليها بالسجن المؤبد
fact-penalty-death-true = يجوز أن يُعاقب عليها بالإعدام
fact-penalty-death-false = لا يُعاقب عليها بالإعدام
fact-penalty-death-unstated = هل يجوز أن يُعاقب عليها بالإعدام
fact-penalty-fine_only-true = يجوز أن يُعاقب عليها بالغرامة وحدها
fact-penalty-fine_only-false = لا يُعاقب عليها بالغرامة وحدها
fact-penalty-fine_only-unstated = هل يجوز أن يُعاقب عليها بالغرامة وحدها
fact-legal_persons-true = تُسأل عنها الأشخاص الاعتبارية
fact-legal_persons-false = لا تُسأل عنها الأشخاص الاعتبارية
fact-legal_persons-unstated = هل تُسأل عنها الأشخاص الاعتبارية
fact-migrant_liable-true = يُسأل عنها المهاجر المهرَّب
fact-migrant_liable-false = لا يُسأل عنها المهاجر المهرَّب
fact-migrant_liable-unstated = هل يُسأل عنها المهاجر المهرَّب
fact-humanitarian_exemption-true = تُعفي المساعدة المقدَّمة لدواعٍ إنسانية
fact-humanitarian_exemption-false = لا تُعفي المساعدة المقدَّمة لدواعٍ إنسانية
fact-humanitarian_exemption-unstated = هل تُعفي المساعدة المقدَّمة لدواعٍ إنسانية
fact-child-age = تعدّ طفلًا من لم يبلغ { $value } سنة
fact-child-age-unstated = السن التي يُعدّ الشخص دونها طفلًا
fact-penalty-min_years = يُعاقب عليها بالسجن مدةً لا تقل عن { $value ->
        [one] سنة واحدة
        [two] سنتين
        [few] { $value } سنوات
       *[other] { $value } سنة
    }
fact-penalty-min_years-unstated = الحد الأدنى للعقوبة بالسنوات
fact-penalty-max_years = يُعاقب عليها بالسجن مدةً لا تزيد على { $value ->
        [one] سنة واحدة
        [two] سنتين
        [few] { $value } سنوات
       *[other] { $value } سنة
    }
fact-penalty-max_years-unstated = الحد الأقصى للعقوبة بالسنوات
fact-acts-unstated = الأفعال التي تنص عليها
fact-means-unstated = الوسائل التي تنص عليها
fact-purposes-unstated = أغراض الاستغلال التي تنص عليها
fact-aggravations-unstated = الظروف المشددة فيها
