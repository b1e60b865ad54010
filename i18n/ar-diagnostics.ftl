# ar messages: diagnostics.
# Part of the ar catalogue (see src/i18n/mod.rs, CATALOGUES).
#
# رسائل التشخيص (docs/DIAGNOSTICS.md) وأسطر الاقتراح وكلمات عرضها، بالمعرِّفات
# والمتغيرات نفسها التي في i18n/en-diagnostics.ftl. المتغيرات بيانات تُعرض كما
# هي: أسماء الحقول والمعرِّفات والمصطلحات وأسماء الملفات والقيم المنقولة من
# الملف. الرمز (E030…) لا يُترجم.

## العرض

diag-level-error = خطأ
diag-level-warning = تحذير
diag-level-note = ملاحظة
diag-level-help = اقتراح
diag-note-in-file = في الملف { $file }
diag-note-at-path = في الموضع { $path }
diag-list-sep = {"، "}
diag-did-you-mean = هل تقصد `{ $candidate }`؟

## الملفات (E001–E006)

diag-not-file-or-code = `{ $code }` ليس ملفًا ولا رمز ولاية قضائية مضمَّنة في lexgap
diag-bundled-codes = الولايات القضائية المضمَّنة: { $codes }
diag-cannot-read-dir = تتعذّر قراءة المجلد { $path }: { $reason }
diag-cannot-read = تتعذّر قراءة { $path }: { $reason }
diag-io-not-found = لا يوجد ملف بهذا الاسم
diag-io-permission = لا يوجد إذن بالقراءة
diag-no-yaml = لا يحوي المجلد { $path } أي ملف بالامتداد .yaml
diag-not-regular = { $path } ليس ملفًا عاديًا
diag-too-large = حجم { $path } { $size } بايت، والحد الأقصى { $limit } بايت (٤ MiB)
diag-binary = الملف { $path } بيانات ثنائية لا نص (أول بايت غير صالح عند الإزاحة { $offset })
diag-not-utf8 = الملف { $path } ليس نصًا بترميز UTF-8 (أول بايت غير صالح عند الإزاحة { $offset })
diag-empty-file = لا يحوي الملف أي مستند YAML
diag-vocabulary-missing = ملف المفردات المضمَّن ({ $file }) مفقود

## YAML (E010–E012)

# detail: رسالة المحلِّل نفسه، بالإنجليزية.
diag-yaml = بنية YAML غير سليمة؛ رسالة المحلِّل: { $detail }
diag-duplicate-key = مفتاح مكرر في التعيين: { $key }
diag-multiple-documents = يحوي الملف أكثر من مستند YAML واحد (`---`)؛ ضع كل ولاية قضائية في ملف مستقل
diag-budget = يتجاوز الملف حدود lexgap: { $limit }؛ انظر docs/DIAGNOSTICS.md، E012
diag-budget-nodes = أكثر من ٢٠٠٬٠٠٠ عقدة (تُحسب العقد الناتجة عن توسيع الأسماء المستعارة)
diag-budget-aliases = أكثر من ١٠٠٠ استخدام للأسماء المستعارة
diag-budget-anchors = أكثر من ١٠٠٠ مرساة
diag-budget-depth = تداخل يتجاوز ٦٤ مستوى
diag-budget-events = أكثر من ٥٠٠٬٠٠٠ حدث تحليل
diag-budget-text = أكثر من ٤ MiB من النص
diag-budget-other = أحد حدود التحليل
diag-budget-recursion = تداخل أعمق من المسموح به

## البنية (E020–E023)

diag-wrong-type = المتوقَّع { $expected }، والموجود { $found }
diag-expected-mapping = تعيين ({ $what })
diag-expected-list = قائمة
diag-expected-string = نص
diag-expected-bool = true أو false
diag-expected-number = عدد
diag-expected-word = { $what } (كلمة)
diag-node-null = لا شيء (null)
diag-node-bool = قيمة منطقية
diag-node-int = عدد صحيح
diag-node-float = عدد
diag-node-string = نص
diag-node-list = قائمة
diag-node-mapping = تعيين
diag-keys-not-strings = يجب أن تكون مفاتيح التعيين نصوصًا
diag-missing-field = الحقل `{ $field }` مفقود
diag-missing-arabic = الحقل `{ $field }` مفقود: وهو الصياغة العربية للحقل `{ $of }`؛ يكتب lexgap تقاريره بالعربية والإنجليزية، فيلزم كل صك وتعريف ومتطلب أن يذكر الصياغتين كلتيهما (docs/FORMAT.md، «Arabic wording»)
diag-not-arabic = الحقل `{ $field }` غير مكتوب بالعربية: «{ $value }»
diag-absent-from-partly-read-law = سُجِّل `{ $term }` غائبًا من { $law }، مع أنه لم يُقرأ من هذا القانون إلا جزء ({ $part }): فالغياب يقتضي قراءة القانون كله؛ فاتركه غير معروف إلى حينها
diag-arabic-quote = الاقتباس `arabic` هو النص العربي للحكم: `lang: ar` (والموجود `{ $lang }`)، ولا يتضمن اقتباس `arabic` آخر
diag-unknown-field = الحقل `{ $field }` ليس من حقول الصيغة
diag-unknown-field-expected = الحقل `{ $field }` ليس من حقول الصيغة (الحقول المقبولة هنا: { $expected })
diag-bad-date = `{ $value }` ليس تاريخًا صحيحًا (الصيغة المتوقعة YYYY-MM-DD)
diag-bad-keyword = `{ $value }` ليست من قيم { $what } المقبولة (القيم المقبولة: { $expected })
diag-empty-text = الحقل `text` فارغ: اقتبس نص الحكم أو احذف الحقل
diag-bad-lang = `{ $value }` ليس رمز لغة وفق ISO 639 (مثل ar وen وfr)
diag-bad-source = يجب أن يكون `source` عنوان URL للصفحة التي قُرئ فيها النص، والموجود `{ $value }` (ولا يُستشهد بغير عنوان URL إلا للملخص الثانوي المعروف بالموقع الذي نشره)
diag-term-and-other = يحوي بند المصطلح إما `term` وإما `other`، لا كليهما
diag-term-item-empty = يحتاج بند المصطلح إلى `term` (مصطلح من المفردات) أو `other` (نص خارج المفردات)
diag-term-wrong-type = المتوقَّع مصطلح أو تعيين فيه `term`، والموجود { $found }
diag-requirement-no-quote = يحتاج المتطلب إلى اقتباس واحد على الأقل من نصه
diag-offence-no-provision = يجب أن تستشهد الجريمة بحكم واحد على الأقل
diag-measure-no-provision = يجب أن يستشهد التدبير بحكم واحد على الأقل
diag-absence-no-law = يجب أن يسمّي إثبات الغياب القوانين التي قُرئت كاملة لإثباته
diag-implausible-age = { $age } ليس عمرًا معقولًا
diag-age-form = قيمة `age` عدد سنوات، أو `adult`، أو `child`
diag-expected-answer = الإجابة المتوقعة `true` (الأركان متوافرة) أو `false` (الأركان غير متوافرة) أو `unknown`
diag-verdicts-definitions = المتوقَّع تعيين من معرِّفات التعريفات إلى true أو false أو unknown
diag-verdicts-offences = المتوقَّع تعيين من معرِّفات الجرائم إلى true أو false أو unknown
diag-expected-jurisdictions = المتوقَّع تعيين من رموز الولايات القضائية إلى الجرائم
diag-vocabulary-not-mapping = يجب أن يكون ملف المفردات تعيينًا لمجموعات المصطلحات
diag-set-names-strings = يجب أن تكون أسماء مجموعات المصطلحات نصوصًا
diag-unknown-set = مجموعة المصطلحات `{ $set }` غير معروفة
diag-missing-set = مجموعة المصطلحات `{ $set }` مفقودة
diag-negative = لا يجوز أن تكون قيمة `{ $field }` سالبة
diag-child-age = عمر الطفل { $age } ليس عمرًا معقولًا

# ما يحويه التعيين، في «المتوقَّع تعيين (…)».
diag-what-fact-test = اختبار `fact`
diag-what-lists-test = اختبار `lists`
diag-what-at-least-test = اختبار `at_least`
diag-what-child-rule = قاعدة خاصة بالأطفال
diag-what-child-rules = القواعد الخاصة بالأطفال
diag-what-definition = تعريف
diag-what-fact = واقعة
diag-what-jurisdiction-file = ملف ولاية قضائية
diag-what-instrument-file = ملف صك
diag-what-scenario-file = ملف واقعة نموذجية
diag-what-law = قانون
diag-what-law-dates = تواريخ القانون
diag-what-measure = تدبير
diag-what-beyond = ملاحظة عمّا يتجاوز فيه القانون الصكوك
diag-what-provision = حكم
diag-what-purpose = غرض
diag-what-quotation = اقتباس
diag-what-requirement = متطلب
diag-what-term = مصطلح
diag-what-term-list = قائمة مصطلحات
diag-what-english = ترجمة إنجليزية
diag-what-translation = بيان ترجمة (نوعها ومن أعدّها)
diag-what-absence = إثبات غياب
diag-what-offence = جريمة
diag-what-offence-kind = نوع جريمة
diag-what-draft-header = ترويسة مشروع القانون
diag-what-encoding = حالة الترميز
diag-what-expected = الإجابات المتوقعة
diag-what-facts = الوقائع
diag-what-historical = علامة النسخة السابقة
diag-what-instrument-header = ترويسة الصك
diag-what-jurisdiction = الولاية القضائية
diag-what-penalty = العقوبة
diag-what-scenario-header = ترويسة الواقعة النموذجية
diag-what-requires = ما تشترطه الجريمة

# المجموعات المغلقة من الكلمات، في «ليست من قيم … المقبولة».
diag-keyword-element = الركن
diag-keyword-encoding-status = حالة الترميز
diag-keyword-law-status = حالة القانون
diag-keyword-list-field = حقل القائمة
diag-keyword-obligation = درجة الإلزام
diag-keyword-topic = الموضوع
diag-keyword-rating-basis = أساس التصنيف
diag-keyword-crime = الجريمة
diag-keyword-purposes-rule = قاعدة الأغراض
diag-keyword-smuggling-conduct = سلوك التهريب
diag-keyword-border-crossing = عبور الحدود
diag-keyword-benefit = المنفعة
diag-keyword-document-act = فعل متعلق بوثيقة مزورة
diag-keyword-verdict = الحكم المتوقع
diag-keyword-confidence = درجة الثقة
diag-keyword-translation-kind = نوع الترجمة
diag-keyword-scope = النطاق
diag-keyword-term-set = مجموعة المصطلحات
diag-keyword-classification = التكييف
diag-keyword-element-status = حالة الركن
diag-keyword-direction = اتجاه التغيّر
diag-keyword-provision-change = تغيّر الحكم
diag-keyword-rating = التصنيف
diag-keyword-definition-class = فئة التعريف
diag-keyword-removed-kind = نوع المحذوف
diag-keyword-status = الحالة
diag-keyword-urgency = درجة الإلحاح

## مشروعات القوانين

diag-draft-base = يتعذّر تحميل الأساس `{ $base }` الذي يُطبَّق عليه مشروع القانون
diag-draft-not-mapping = يجب أن يكون ملف مشروع القانون تعيينًا
diag-draft-beyond = `beyond` في مشروع القانون قائمة بالبنود المراد إضافتها
diag-draft-cannot-change = لا يغيّر مشروع القانون `{ $key }`، بل يبقيه كما في الأساس
diag-draft-unknown-field = الحقل `{ $field }` ليس من حقول مشروع القانون (الحقول المقبولة: { $expected })
diag-draft-list = `{ $key }` في مشروع القانون قائمة
diag-draft-item-key = يحتاج كل بند في مشروع القانون إلى `{ $field }` ليبيّن بند الأساس الذي يحل محله
diag-draft-remove-mapping = `remove` تعيين من القوائم (laws وprovisions وoffences وmeasures وnot_provided)
diag-draft-remove-unknown = الحقل `{ $field }` ليس من حقول `remove` (الحقول المقبولة: { $expected })
diag-draft-remove-ids = يسرد `remove` معرِّفات بنود الأساس (أو مصطلحاتها)
# list: اسم القائمة في الملف (laws وprovisions…).
diag-draft-remove-missing = لا يوجد في قائمة { $list } في الأساس بند `{ $id }` لحذفه

## المراجع والمصطلحات (E030–E044)

diag-unknown-term = مصطلح غير معروف ضمن { $set }: `{ $term }`
diag-term-in-other-set = `{ $term }` من { $is }، لا من { $not }
diag-set-acts = الأفعال
diag-set-means = الوسائل
diag-set-purposes = الأغراض
diag-set-aggravations = الظروف المشددة
diag-set-measures = التدابير
diag-set-offence-kinds = أنواع الجرائم
diag-set-a-acts = الأفعال
diag-set-a-means = الوسائل
diag-set-a-purposes = الأغراض
diag-set-a-aggravations = الظروف المشددة
diag-set-a-measures = التدابير
diag-set-a-offence-kinds = أنواع الجرائم
diag-not-kind-or-measure = `{ $term }` ليس نوع جريمة ولا تدبيرًا
diag-duplicate-instrument = معرِّف الصك `{ $id }` مستخدم مرتين
diag-duplicate-requirement = معرِّف المتطلب `{ $id }` مستخدم مرتين
diag-duplicate-definition = معرِّف التعريف `{ $id }` مستخدم مرتين
diag-duplicate-scenario = معرِّف الواقعة النموذجية `{ $id }` مستخدم مرتين
diag-bad-id = `{ $id }` ليس معرِّفًا صالحًا: استعمل الحروف اللاتينية الصغيرة والأرقام، في مقاطع يصل بينها `-` (مثل `kw-91-2013-art-1`)
diag-duplicate-law = معرِّف القانون `{ $id }` مستخدم مرتين
diag-duplicate-provision = معرِّف الحكم `{ $id }` مستخدم مرتين
diag-duplicate-offence = معرِّف الجريمة `{ $id }` مستخدم مرتين
diag-duplicate-version = يرمّز ملفان { $code } حتى { $date }؛ اجعل لكل نسخة تاريخ as_of خاصًا بها
diag-duplicate-term-in-set = المصطلح `{ $term }` وارد مرتين في `{ $set }`
diag-measure-and-kind = `{ $term }` تدبير ونوع جريمة في آن واحد
diag-measure-twice = التدبير `{ $measure }` مذكور مرتين؛ استشهد بكل أحكامه في بند واحد
diag-not-provided-twice = `{ $term }` مذكور مرتين ضمن ما لم يُنص عليه
diag-term-twice = `{ $term }` مذكور مرتين
diag-no-law = لا يوجد قانون معرِّفه `{ $id }`
diag-no-provision = لا يوجد حكم معرِّفه `{ $id }`
diag-no-definition = لا يوجد صك يعرِّف `{ $id }`
diag-repealed-without = القانون `{ $law }` ملغى لكنه لا يذكر `repealed_by` و`repealed_on`
diag-amended-without = القانون `{ $law }` معدَّل لكن `amended_by` لا يسمّي القانون المعدِّل
diag-law-no-source = القانون `{ $law }` لا يذكر أي مصدر
diag-bad-code = `{ $code }` ليس رمزًا وفق ISO 3166-1 alpha-2 (حرفان كبيران، مثل KW)

## اختبارات المتطلبات (E050، E051)

diag-no-list = لا توجد في الجرائم قائمة باسم `{ $field }`
diag-no-boolean-fact = لا توجد في الجرائم واقعة منطقية باسم `{ $field }`
diag-no-numeric-fact = لا توجد في الجرائم واقعة عددية باسم `{ $field }`
diag-not-boolean-fact = `{ $field }` ليست واقعة منطقية
diag-not-numeric-fact = `{ $field }` ليست واقعة عددية
# kinds: أنواع الاختبار (offence وlists وfact…).
diag-test-not-mapping = الاختبار تعيين بمفتاح واحد ({ $kinds })، والموجود { $found }
diag-test-one-key = للاختبار مفتاح واحد فقط ({ $kinds })؛ استخدم `all` أو `any` للجمع بين الاختبارات
diag-test-key-string = يجب أن يكون مفتاح الاختبار نصًا
diag-test-else = `else: { $value }`: القيمة الأخرى للواقعة تعطي `conflict` أو `gap`
diag-unknown-test = الاختبار `{ $test }` غير معروف (الاختبارات المقبولة: { $expected })
diag-test-empty = يحتاج `all` و`any` إلى اختبار واحد على الأقل

## التعارض (E060)

diag-superseded-after = النسخة التي حلّ محلها غيرها في { $superseded } يجب أن تُرمَّز حتى تاريخ أسبق منه، لا حتى { $as_of }
diag-in-force-repealed = القانون `{ $law }` نافذ لكنه يذكر `repealed_by`/`repealed_on`
diag-repealed-before = القانون `{ $law }` أُلغي في { $repealed }، قبل تاريخه هو { $date }
diag-kind-not-provided = `{ $kind }` مذكور ضمن ما لم يُنص عليه، لكن الجريمة `{ $offence }` من هذا النوع
diag-means-not-required = `requires.means: false` يعني أن الجريمة لا تشترط وسائل، لكنها تسرد وسائل: فإن ذكرها القانون على سبيل المثال («بأي وسيلة، ومنها …»)، فبيّن ذلك بـ `means: {"{"}examples: true, items: [...]{"}"}`
diag-penalty-min-max = الحد الأدنى للعقوبة ({ $min } سنوات) يتجاوز الحد الأقصى ({ $max })
diag-measure-not-provided = `{ $measure }` مذكور تدبيرًا وضمن ما لم يُنص عليه معًا

## سطر الأوامر (E070–E090)

diag-no-instrument = لا يوجد صك معرِّفه `{ $id }`
diag-instruments-list = الصكوك: { $ids }
diag-no-requirement = لا يوجد متطلب معرِّفه `{ $id }`
diag-no-requirement-chosen = لا يوجد في الصكوك المختارة متطلب معرِّفه `{ $id }`
diag-list-requirements = اعرض المتطلبات بالأمر `lexgap requirements`
diag-date-option = `--date { $date }` ليس تاريخًا صحيحًا بالصيغة YYYY-MM-DD
diag-output-is-input = المُخرَج { $output } من المدخلات ({ $input })؛ ولن يُكتب فوقه
diag-write-elsewhere = اكتب المُخرَج في ملف آخر
diag-draft-list-op-not-list = الحقل `{ $field }` في { $offence } ليس قائمة في الترميز الأساسي، فلا يسري عليه `add` ولا `remove`
diag-draft-list-op-item = البند المراد إضافته أو حذفه مصطلح، أو بند فيه `term` أو `other` أو `id`
diag-draft-list-remove-missing = ليس في `{ $field }` من { $offence } في الترميز الأساسي بند { $item } لحذفه
diag-draft-drops = هذا الحقل `{ $field }` في { $offence } يحل محل القائمة الأساسية ويُسقط: { $items }
diag-draft-drops-notes = هذا الحقل `{ $field }` في { $offence } يعيد ذكر { $items } دون الملاحظات التي يوردها الترميز الأساسي
diag-draft-drops-help = اكتب بدلًا من ذلك `{ $field }: {"{"}add: [...], remove: [...]{"}"}`: فتبقى القائمة الأساسية على حالها إلا ما تسمّيه
diag-site-busy = تشغيل آخر لـ lexgap يكتب موقعًا في { $dir } (ويحتجز { $lock })؛ ولم يُكتب شيء
diag-site-busy-help = انتظر حتى ينتهي، أو اكتب هذا الموقع في مجلد آخر
diag-watch-nothing = لا شيء للمراقبة: الولايات القضائية والصكوك والسيناريوهات هي المضمَّنة في البرنامج
diag-watch-nothing-help = سمِّ ملفات الولايات القضائية أو المجلدات المراد مراقبتها، أو شغِّل البرنامج داخل نسخة من مستودع lexgap
diag-watch-failed = تتعذّر مراقبة { $what } بحثًا عن تغييرات: { $error }
diag-output-in-data = المُخرَج { $output } يقع داخل بيانات lexgap نفسها أو يرتبط بملف فيها ({ $dir })؛ ولا يُكتب فيها تقرير ولا موقع ولا مخطط ولا صفحة دليل
diag-write-outside-data = اكتب المُخرَج خارج المجلدات statutes/ وscenarios/ وtemplates/ (في out/ مثلًا)
diag-output-is-dir = { $path } مجلد، والخيار -o يسمّي الملف المراد كتابته
diag-site-not-dir = { $path } موجود وليس مجلدًا
diag-report-many = يحوي `{ $path }` ملفات ولايات قضائية عددها { $count }، والتقرير يخص ولاية واحدة
diag-report-one = سمِّ ملفًا واحدًا، أو استخدم `lexgap site` لعدة ولايات
diag-diff-one-each = يجب أن يحوي كلٌّ من `{ $old }` و`{ $new }` ملف ولاية قضائية واحدًا
diag-diff-codes = `{ $old }` يرمّز { $old_code } و`{ $new }` يرمّز { $new_code }: لا تُقارَن إلا نسخ ولاية قضائية واحدة
# error: رسالة محرك القوالب، بالإنجليزية.
diag-render-diff = تتعذّر صياغة الفروق: { $error }
diag-init-code = `{ $code }` ليس رمزًا وفق ISO 3166-1 alpha-2 (حرفان، مثل KW)
diag-schema-one-line = يجب أن تكون قيمة `--schema` سطرًا واحدًا
diag-init-exists = { $path } موجود، والأمر `lexgap init` لا يكتب فوق ملف موجود
diag-choose-another-name = اختر اسم ملف آخر
diag-git-missing = يحتاج `lexgap history` إلى git، وgit غير مثبَّت
# error: رسالة النظام أو git، بالإنجليزية.
diag-git-run = يتعذّر تشغيل git: { $error }
diag-git-history = لا يستطيع git قراءة السجل هنا ({ $error })؛ شغّل lexgap history داخل نسخة مستنسخة من مستودع lexgap
diag-git-no-commit = لم يمسّ أيُّ إيداع { $path }

## التحذيرات (W001، W002)

diag-uncited = الحكم `{ $provision }` لا تستشهد به أي جريمة أو تدبير أو ملاحظة `beyond`
diag-no-english = الحكم `{ $provision }` ({ $lang }) بلا ترجمة إنجليزية
diag-law-language-missing = لا يذكر القانون { $law } لغته، والحكم { $provision } يقتبسه بنصه: أضف `language:` (رمز ISO 639-1 للغة نصه المعتمد، مثل `ar`)، ليُعرف أن النص بلغة أخرى ترجمة
diag-translation-unmarked = نص الحكم { $provision } بلغة `{ $lang }`، والقانون { $law } مكتوب بلغة `{ $law_lang }`: فالنص بلغة أخرى ترجمة لا نص القانون؛ بيِّن ذلك بـ `translation:` (`kind`: ‏official أو unofficial أو encoder؛ `by`: من أعدّها)، أو اقتبس النص الأصلي
diag-translation-own-language = النص بلغة `{ $lang }`، وهي لغة القانون نفسه: فهو نص القانون لا ترجمته؛ احذف `translation`
diag-fact-without-provision = لا تذكر هذه الواقعة أي حكم: الواقعة المفصّلة تبيّن الأحكام التي تنص عليها (`provisions: [...]`)؛ والواقعة التي لا ينص عليها حكم تُترك، فتبقى غير معروفة
diag-source-site-only = `{ $value }` يسمّي موقعًا لا الصفحة التي قُرئ فيها النص: اذكر عنوان URL للصفحة، أو، للملخص الثانوي الذي لم تُسجَّل صفحته، اذكره بالكلمات (مثل "US TIP Report 2023, via example.org; page not recorded")
diag-not-an-element = يسمّي `not_an_element` الحقل `{ $field }`، وهو ليس من وقائع `requires.*` للجريمة
diag-article-question = `?` ليست رقم مادة: احذف `article` حيث لا يذكر المصدر الثانوي مادة، أو اكتب الرقم متبوعًا بـ `?` حيث لم يتأكد رقم المصدر (مثل `1?`)
diag-article-required = الحقل `article` مفقود: الحكم المقتبس بنصه يذكر رقم مادته؛ ولا يجوز حذفه إلا للملخص الثانوي الذي لا يذكر مادة
diag-standing-contradicts = `standing: { $standing }` يناقض `national_of_destination: { $national }`: المواطن والمقيم الدائم من رعايا الدولة أو المقيمين الدائمين فيها، والمقيم المؤقت ومن لا وضع له ليسا كذلك (احذف `national_of_destination`: يحسمه الوضع)
diag-keyword-standing-in-the-destination = الوضع في دولة المقصد
diag-keyword-excluded-persons = الأشخاص المستثنون
diag-keyword-liability = المسؤولية
diag-examples-complete = المصطلحات المذكورة على سبيل المثال قائمة مفتوحة: لا يجتمع `examples: true` مع `complete: true`
diag-examples-need-no-means = الوسائل المذكورة على سبيل المثال (`examples: true`) تخص جريمة لا تشترط وسيلة: أضف `requires.means: false` مع الحكم الذي ينص على ذلك
diag-examples-means-only = لا يُذكر على سبيل المثال إلا `means` و`purposes`، لا `{ $field }`
diag-output-is-socket = { $path } مقبس: لا يكتب lexgap فيه (ولم يُكتب شيء)
diag-output-is-block-device = { $path } جهاز كتلي: لا يكتب lexgap فيه (ولم يُكتب شيء)
diag-output-is-dangling-link = { $path } رابط لا يشير إلى شيء: لا يستبدله lexgap (ولم يُكتب شيء)
diag-output-is-special = { $path } ملف خاص: لا يكتب lexgap فيه (ولم يُكتب شيء)
diag-output-writable = يأخذ الخيار -o ملفًا عاديًا أو مسارًا جديدًا (يُكتب كاملًا دفعة واحدة)، أو جهازًا حرفيًا أو أنبوبًا مسمّى (يُكتب تدفقًا)، أو - للمخرج القياسي
diag-control-character = يتضمن النص محرف التحكم { $code }: يجوز أن يتضمن النص محارف الجدولة والأسطر الجديدة، ولا يجوز غيرها من محارف التحكم (فإذا طُبع أمكنه أن يعيد كتابة شاشة الطرفية)
diag-quote-boolean-word = تقرأ YAML الكلمات no وyes وon وoff وy وn مجرّدةً (بأي حالة أحرف) على أنها false أو true: ضع الكلمة بين علامتي تنصيص، مثل code: "NO" وlang: "no"
diag-years-bound = `{ $field }` مقداره { $value } سنة: مدة العقوبة بالسنوات لا تتجاوز 100 (والسجن المؤبد هو penalty.life)
diag-bidi-control = يتضمن النص محرف التنسيق الاتجاهي { $code }: محارف التجاوز والتضمين والعزل تعيد ترتيب ما حولها على الشاشة، فلا يرى القارئ ما في الملف (فالمخزَّن "up to <U+202E>02<U+202C> years" يُقرأ "up to 20 years")
diag-bidi-control-help = احذفه؛ فإن كان في نص المصدر نفسه فأبقه وبيّن ذلك بـ `bidi_controls_in_source: true` بجانب `text` الحكم (وتُظهره التقارير حينئذ على صورة <U+202E>)
diag-bidi-declared-none = `bidi_controls_in_source` قيمته true، ولا يتضمن النص أي محرف تنسيق اتجاهي (من U+202A إلى U+202E، ومن U+2066 إلى U+2069): احذف الحقل
diag-bidi-control-delete = احذفه: لا يُبقى عليه إلا في نص الحكم، حيث يتضمنه نص المصدر
diag-yaml-tag = لا فائدة من وسم YAML `{ $tag }` في ملف lexgap: فالوسم يغيّر معنى القيمة دون أن يظهر ذلك (`!!binary` يفك ترميز base64 إلى نص، والوسم على القيمة المنطقية يُهمل)؛ اكتب القيمة نفسها، بين علامتي تنصيص إن كانت نصًا
diag-yaml-merge-key = لا فائدة من مفتاح الدمج `<<` في ملف lexgap: فهو ينسخ حقول تعيين آخر، والحقل المكتوب في الموضعين تبقى له إحدى القيمتين دون تنبيه؛ اكتب كل حقل في موضعه
diag-more-in-file = … و{ $more ->
    [one] تشخيص واحد آخر
    [two] تشخيصان آخران
    [few] { $more } تشخيصات أخرى
   *[other] { $more } تشخيصًا آخر
} في { $file } لم تُعرض هنا (تُعرض أول { 50 } من كل ملف، و`--format json` يسردها كلها)
diag-draft-base-not-jurisdiction = أساس المشروع `{ $base }` ليس ملف ولاية قضائية: اذكر رمزًا مضمَّنًا (KW) أو ملف `.yaml` واحدًا مستواه الأعلى `jurisdiction:` (لا مشروعًا ولا سيناريو ولا أي ملف آخر؛ ولا يُقرأ)
