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
reason-lists-open = { $offence }: لم تُقرأ { $field } المنصوص عليها فيها إلا جزئيًا، ولا تذكر: { $term }
reason-fact-is = { $offence }: قيمة { $field } هي { $value }
reason-fact-is-partial = { $offence }: قيمة { $field } هي { $value }، جزئيًا
reason-fact-is-partial-note = { $offence }: قيمة { $field } هي { $value }، جزئيًا؛ ملاحظة المُرمِّز: { $note }
reason-fact-required = { $offence }: قيمة { $field } هي { $value } (والمطلوب: { $required })
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
element-illegal-stay = تمكين الإقامة غير المشروعة
element-benefit = منفعة مالية أو منفعة مادية أخرى
element-scope = النطاق
element-no-humanitarian-exemption = عدم الإعفاء لأسباب إنسانية
element-exploitation = الاستغلال
element-coercion = القسر
element-border-crossing = عبور الحدود
element-transnationality = الطابع عبر الوطني
element-organized-group = جماعة إجرامية منظمة
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
el-border-irregular = عبر الشخص الحدود بصورة غير نظامية
el-border-regular = دخل الشخص بصورة نظامية
el-border-none = لم تُعبر أي حدود
el-national = الشخص من رعايا دولة المقصد أو من المقيمين الدائمين فيها
el-not-national = الشخص ليس من رعايا دولة المقصد ولا من المقيمين الدائمين فيها
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
