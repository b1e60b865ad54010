# واجهة lexgap بالعربية. الرسائل نفسها التي في i18n/en.ftl وبالمتغيرات نفسها
# (يتحقق من ذلك اختبار). هذه نصوص الواجهة فقط: لا يوضع هنا أي نص قانوني.

## كلمات قيم المجموعات المغلقة

status-met = مستوفى
status-partial = جزئي
status-gap = ثغرة
status-conflict = تعارض
status-unknown = غير معروف
encoding-draft = مسودة
encoding-reviewed = مُراجَع
basis-mandatory = الإلزامية
basis-all = كلها
class-full = كامل
class-partial = جزئي
class-none = منعدم
class-unknown = غير معروف
class-full_so_far = كامل حتى الآن
obligation-mandatory = إلزامي
obligation-optional = اختياري
obligation-recommended = موصى به
topic-definition = التعريف
topic-criminalization = التجريم
topic-penalties = العقوبات
topic-protection = الحماية
topic-prevention = الوقاية
topic-jurisdiction = الولاية القضائية
topic-cooperation = التعاون
topic-distinction = التمييز
verb-urge = حثّ
verb-consider = نظر
verb-invite = دعوة
confidence-verbatim = حرفي
confidence-secondary = ثانوي
kind-trafficking = اتجار بالأشخاص
kind-smuggling = تهريب مهاجرين
kind-both = كلاهما
kind-neither = لا هذا ولا ذاك
kind-undetermined = غير محدد
verdict-yes = نعم
verdict-no = لا
verdict-unknown = غير معروف
direction-improved = تحسّن
direction-worsened = تراجع
direction-changed = تغيّر
change-added = أُضيف
change-removed = حُذف
change-reworded = أُعيدت صياغته
language-en = بالإنجليزية
language-ar = بالعربية
language-fr = بالفرنسية

## مخرجات سطر الأوامر

errors-warnings = { $errors ->
        [zero] لا أخطاء
        [one] خطأ واحد
        [two] خطآن
        [few] { $errors } أخطاء
        [many] { $errors } خطأً
       *[other] { $errors } خطأ
    }، { $warnings ->
        [zero] لا تحذيرات
        [one] تحذير واحد
        [two] تحذيران
        [few] { $warnings } تحذيرات
        [many] { $warnings } تحذيرًا
       *[other] { $warnings } تحذير
    }
validate-ok = سليم: ملفات الولايات القضائية { $jurisdictions }، { $scenarios ->
        [0] {""}
       *[other] ملفات الوقائع النموذجية { $scenarios }،{" "}
    }الصكوك { $instruments }، المتطلبات { $requirements }، التحذيرات { $warnings }
check-encoding = ؛ الترميز { $status }، من إعداد { $by }
check-as-of = حتى { $date }
check-superseded = نسخة سابقة، حلّ محلها غيرها في { $date }
check-definition = التعريف: { $class }
check-summary-heading = الخلاصة: تصنيف كل ملف في كل صك وتغطيته (المُقيَّم/المحتسب)؛ عدد الملفات { $files }، وعدد الصكوك { $instruments }
check-summary-legend = C ممتثل · LC إلى حد كبير · PC جزئيًا · NC غير ممتثل · NR غير مصنَّف: قُيِّم أقل من ثلاثة أرباع المتطلبات المحتسبة (ولا يُعدّ غير المعروف ممتثلًا أبدًا)
check-not-rated = غير مصنَّف: قُيِّم { $assessed } من { $counted } من المتطلبات، ويلزم { $needed } لمنح حرف
not-rated-counts = قُيِّم { $assessed } من { $counted } من المتطلبات، ويلزم { $needed } لمنح حرف
check-definition-counts = { $class } (قُيِّم { $assessed } من { $counted })
definition-assessed = قُيِّم { $assessed } من { $counted }
coverage = التغطية
flag-secondary = يستند إلى مصدر ثانوي
flag-unsettled = يستند إلى قانون لم يُحسم وضعه
flag-secondary-and-unsettled = يستند إلى مصدر ثانوي، وإلى قانون لم يُحسم وضعه
article = المادة { $n }
article-not-given = المادة غير مذكورة
binding = ملزم
not-binding = غير ملزم
instrument-counts = { $binding }؛ { $requirements ->
        [zero] لا متطلبات
        [one] متطلب واحد
        [two] متطلبان
        [few] { $requirements } متطلبات
        [many] { $requirements } متطلبًا
       *[other] { $requirements } متطلب
    }؛ يُصنَّف على المتطلبات { $basis }
rating-rules =
    التصنيف (على المتطلبات التي يحتسبها أساس تصنيف الصك، وهي الإلزامية ما لم يُنص على غير ذلك):
      التغطية = المُقيَّم / المحتسب (النتائج غير المعروفة غير مُقيَّمة)
      الدرجة  = (المستوفى + ٠٫٥ × الجزئي) / المُقيَّم
      NR  غير مصنَّف           تغطية دون ٧٥٪: ما قُيِّم أقل من أن يُمنح به حرف
      C   ممتثل                كل المتطلبات المحتسبة مُقيَّمة ومستوفاة
      LC  ممتثل إلى حد كبير    الدرجة ≥ ٠٫٨ ولا تعارض (ومنه درجة ١ بقيت معها متطلبات غير معروفة)
      PC  ممتثل جزئيًا          الدرجة ≥ ٠٫٥ (أو الدرجة ≥ ٠٫٨ مع تعارض)
      NC  غير ممتثل            الدرجة < ٠٫٥
    فئة التعريف (على متطلبات موضوع التعريف في الصك):
      غير معروف      قُيِّم أقل من ٧٥٪ منها
      كامل           كل المتطلبات مستوفاة
      جزئي           بعضها مستوفى أو جزئي، وبعضها ثبت قصوره (جزئي أو ثغرة أو تعارض)
      منعدم          لا شيء منها مستوفى أو جزئي، وفيها ثغرة أو تعارض واحد على الأقل
      كامل حتى الآن  بعضها مستوفى، ولم يثبت قصور شيء منها، والباقي غير معروف
label-instrument = الصك
label-article = المادة
label-obligation = الإلزام
label-topic = الموضوع
label-english = الترجمة الإنجليزية
label-source = المصدر
label-test = الاختبار
label-if-not-met = إن لم يُستوفَ
label-note = ملاحظة
note-quote-language = النص { $language } كما ورد في مصادر lexgap؛ لا تتضمن هذه المصادر نصه العربي، ولا يترجم lexgap النصوص القانونية.
note-quote-english-beside-arabic = وإلى جانبه النص الإنجليزي ({ $cite }) كما ورد في مصادر lexgap، للمقابلة:
translation-official = ترجمة رسمية
translation-unofficial = ترجمة غير رسمية
translation-encoder = ترجمة المُرمِّز نفسه
translation-of-law = ليس هذا نص القانون نفسه: { $kind } { $language } (مصدرها: { $by }). والنص المعتمد للقانون { $law_language }.
verdict-made-out = الأركان متوافرة
verdict-not-made-out = الأركان غير متوافرة
verdict-cannot-tell = لا يمكن الجزم
verdict-untested = لم تُختبر
classify-under-protocols = بموجب البروتوكولين
classify-under-law = بموجب قانون { $name } ({ $code })
classify-no-offence = لم تُرمَّز أي جريمة
classify-aggravations = الظروف المشددة
test-not-found = غير موجود
test-expected-got = المتوقع { $expected }، والنتيجة { $actual }
test-summary = نجح { $passed }، فشل { $failed }
diff-ratings = التصنيفات
diff-definition = التعريف
diff-counts = ثغرات سُدّت: { $closed }   ثغرات فُتحت: { $opened }   نتائج تغيّرت: { $changed }
diff-findings-changed = النتائج التي تغيّر وضعها
diff-provisions = الأحكام
diff-before = قبل
diff-after = بعد
history-heading = التصنيفات عبر الإيداعات التي مسّت { $path }
history-does-not-load = لا يُحمَّل بهذا الإصدار من lexgap
history-too-large = لم يُقرأ: حجمه { $size } بايت، وهو أكبر من حد حجم المدخلات البالغ { $limit } بايت
draft-heading = مشروع قانون: { $title } (مطبَّق على { $base })
draft-closes = ثغرات يسدّها: { $count }
draft-opens = ثغرات يفتحها: { $count }
diff-removed = ما حذفته الصيغة الجديدة ({ $count }):
removed-term = { $offence }: لم يعد { $item } ضمن { $field }
removed-note = { $offence }: بقي { $item } ضمن { $field } دون ملاحظته
removed-offence-note = { $offence }: حُذفت ملاحظته
removed-offence = حُذفت الجريمة { $item }
removed-measure = حُذف التدبير { $item }
removed-not-provided = حُذف تسجيل غياب { $item }
removed-beyond = حُذف بند مما يتجاوز الصكوك ({ $item })
site-written = الموقع: { $files } ملفًا (الولايات القضائية { $jurisdictions }، الصكوك { $instruments }؛ { $bytes } بايت) في { $dir }
site-progress = أُنجزت { $done } من { $total } صفحة
nothing-written = لم يُكتب شيء
init-bundled = ملاحظة: { $code } مضمَّنة في lexgap أصلًا؛ لتصحيح ترميزها عدِّل ملفها في statutes/national/
init-written = كُتب { $path }: استبدل العناصر النائبة <...> ثم شغّل `lexgap validate { $path }`
man-written = كُتبت { $count } من صفحات الدليل في { $dir }

## التقارير والموقع (في القوالب: t و tmd)

status-meaning-met = يفعل القانون ما يطلبه المتطلب
status-meaning-partial = يفعله جزئيًا فقط
status-meaning-gap = قُرئ القانون ولا يفعله
status-meaning-conflict = يفعل القانون عكسه
status-meaning-unknown = الترميز صامت: لم يُقيَّم
sep-semicolon = ؛
sep-comma = ،
skip = انتقل إلى المحتوى
nav-site = الموقع
nav-all = كل الولايات القضائية
nav-compare = المقارنة
footer-made-by = أعدّه { $generator } من الترميزات المذكورة أعلاه
footer-on = ، في { $date }
footer-traceable = كل نتيجة يمكن تتبّعها إلى النص المقتبس من القانون ومن الصك؛ وحيث يصمت الترميز تكون النتيجة <em>غير معروفة</em>، ولا تخمين.
footer-statuses = الحالات:
flag-secondary-source = مصدر ثانوي
flag-law-unsettled = وضع القانون غير محسوم
no-english = لا توجد ترجمة إنجليزية.
source-label = المصدر:
encoder-note = ملاحظة المُرمِّز:
report-title = تقرير الثغرات
report-kicker = تقرير الثغرات
law-as-of = القانون حتى
encoding = الترميز
encoding-by = { $status }، من إعداد { $by }
file = الملف
versions = نسخ هذا القانون
versions-colon = نسخ هذا القانون:
warn-draft-html = <strong>ترميز مسودة.</strong> لم يُراجَع هذا الترميز بعد. تبيّن نتائجه ما يقرؤه lexgap في النصوص المقتبسة أدناه؛ فقابلها بالنصوص قبل الاعتماد عليها.
warn-historical-html = <strong>نسخة سابقة.</strong> حلّ محلّ القانون المرمَّز هنا غيرُه في { $date }.
note-interface-language-html = واجهة هذا التقرير بالعربية. عناوين المتطلبات والتوصيات وأسماء الصكوك والحالات النموذجية صياغةٌ تحريرية وضعها مشروع lexgap بالعربية والإنجليزية، وليست نصوصًا قانونية؛ والمرجع المعتمد هو النصوص المقتبسة من الصكوك والقوانين. تُعرض نصوص القوانين الوطنية بلغتها الأصلية. وتُعرض نصوص اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية وبروتوكوليها بالعربية كما نشرتها مملكة البحرين (القانون رقم 4 لسنة 2004)، وهو نص منشور لا النص الصادر عن الأمم المتحدة، وإلى جانبها نصها الإنجليزي للمقابلة؛ وما لا تتضمن مصادر lexgap نصه العربي يُعرض بالإنجليزية، والقانون العربي الاسترشادي نصّه عربي. ولا يترجم lexgap أي نص قانوني. وملاحظات المُرمِّز مكتوبة بالإنجليزية ما لم يذكر الترميز صيغتها العربية، وتُعرض الإنجليزية منها من اليسار إلى اليمين. وخطوات التقييم مكتوبة بالعربية، وتبقى فيها المعرِّفات ومراجع الأحكام وأسماء الحقول كما هي.
contents = المحتويات
laws-covered = القوانين المشمولة
draft-changes = ما سيغيّره مشروع القانون هذا
summary = الخلاصة
serious = أخطر النتائج
distinction = الفصل بين الاتجار والتهريب
missed = حالات لا يطالها هذا القانون
every-requirement = كل المتطلبات
beyond = ما يتجاوز الصكوك
sources = المصادر
col-law = القانون
col-status = الحالة
col-dates = التواريخ
law-number = رقم { $n }
not-settled = غير محسوم
repealed-by = أُلغي بموجب { $by }
on-date = في { $date }
amended-by = عُدّل بموجب { $by }
law-read-in-part = لم يُقرأ منه إلا جزء (فلا يُسجَّل غياب أي حكم منه):
not-given = غير مذكورة
draft-applied-html = <strong>{ $title }</strong>، مطبَّقًا على <span class="rid">{ $base }</span>.
col-instrument = الصك
col-rating-before = التصنيف قبل
col-rating-after = التصنيف بعد
col-coverage-before = التغطية قبل
col-coverage-after = التغطية بعد
draft-counts = سيسدّ ثغرات أو تعارضات: { $closed }، ويفتح: { $opened }؛ وتتغيّر { $changed ->
        [zero] لا نتائج
        [one] نتيجة واحدة
        [two] نتيجتان
        [few] { $changed } نتائج
        [many] { $changed } نتيجة
       *[other] { $changed } نتيجة
    } في المجمل.
gaps-closes = الثغرات التي يسدّها
gaps-opens = الثغرات التي يفتحها
read-with-care = اقرأ بحذر.
warn-secondary = { $n ->
        [one] نتيجة واحدة تستند
        [two] نتيجتان تستندان
        [few] { $n } نتائج تستند
       *[other] { $n } نتيجة تستند
    } إلى مصدر ثانوي (ملخّص، لا نص تشريعي).
warn-unsettled = { $n ->
        [one] نتيجة واحدة تستند
        [two] نتيجتان تستندان
        [few] { $n } نتائج تستند
       *[other] { $n } نتيجة تستند
    } إلى قانون لا تحسم المصادر وضعه.
warn-marked-html = وكلٌّ منها معلَّم <span class="flag">حيث يرد</span>.
summary-caption = التصنيف لكل صك على المتطلبات التي يحتسبها؛ تُستبعد النتائج غير المعروفة من الدرجة وتظهر في التغطية.
col-rating = التصنيف
col-coverage = التغطية
col-definition = تعريف الاتجار
counts-all = يحتسب كل المتطلبات
counts-mandatory = يحتسب المتطلبات الإلزامية
percent = { $n }٪
not-rated-note = NR: غير مصنَّف، لأن ما أمكن تقييمه أقل من ثلاثة أرباع المتطلبات المحتسبة؛ ولو مُنح حرف لأخبر عمّا قُرئ من القانون أكثر مما يخبر عن القانون. ولا يُعدّ غير المعروف ممتثلًا أبدًا.
ratings-legend = التصنيفات: C ممتثل · LC ممتثل إلى حد كبير · PC ممتثل جزئيًا · NC غير ممتثل · NR غير مصنَّف. لا يُمنح حرف ما لم يُقيَّم ٧٥٪ على الأقل من المتطلبات المحتسبة، ولا يُمنح C ما لم تُقيَّم كلها وتُستوفَ. الدرجة = (المستوفى + ½ الجزئي) / المُقيَّم؛ LC ≥ ٠٫٨ بلا تعارض؛ PC ≥ ٠٫٥؛ NC دون ذلك.
serious-intro-html = كل نتيجة دون الاستيفاء تستدعي إجراءً، مع توصيتها: أولًا ما <strong>يحثّ</strong> عليه lexgap (متطلب إلزامي فيه ثغرة أو تعارض)، ثم ما يدعو إلى <strong>النظر</strong> فيه، ثم ما <strong>يدعو</strong> إليه.
no-action = لا نتيجة تستدعي إجراءً.
distinction-intro = الاتجار بالأشخاص جريمة تقع على الشخص ولا تتطلب عبور حدود؛ وتهريب المهاجرين تدبير دخول غير مشروع مقابل منفعة. تبيّن هذه الفحوص هل يفصل القانون بينهما.
col-requirement = المتطلب
col-law-says = ما يقوله القانون
col-recommendation = التوصية
no-distinction = لا يتضمن أي صك في هذا التقرير فحوص فصل.
missed-intro-html = الوقائع النموذجية المرفقة بـ lexgap التي تُعد اتجارًا أو تهريبًا بموجب البروتوكولين ولا تطالها أي من جرائم هذا القانون، مع الأركان التي تتخلّف. الحالة التي <strong>لا يطالها</strong> القانون تتخلّف عن كل جريمة يمكن أن تشملها؛ والحالة التي <strong>قد لا يطالها</strong> يتوقف أمرها على ما لا يقوله الترميز.
col-case = الحالة
col-under-protocols = بموجب البروتوكولين
col-missed = لا يطالها
col-why-missed = لماذا لا تطالها جرائم القانون
would-miss = لا يطالها
might-miss = قد لا يطالها
missed-none = كل حالة مرفقة تُعد اتجارًا أو تهريبًا بموجب البروتوكولين تطالها جريمة واحدة على الأقل من جرائم هذا القانون.
requirements-intro-html = حسب الصك والمادة: نص الصك بجانب الأحكام الوطنية التي تستند إليها النتائج (باللغة الأصلية، مع الترجمة الإنجليزية ومن أعدّها)، ثم نتيجة كل متطلب.
aria-text = النص
national-law = القانون الوطني
aria-national = الأحكام الوطنية
source-once = (لكل نص منه مقتبس أدناه)
quoted-above = مقتبس أعلاه، تحت { $place }
noted-above = ملاحظة المُرمِّز: كما في { $place } أعلاه
summary-title = خلاصة لصانعي القرار
summary-kicker = تقرير الثغرات، خلاصة
summary-read = ما قُرئ
summary-read-counts = تستند النتائج إلى { $provisions } من الأحكام المقتبسة من هذه القوانين، لعدد { $findings } من متطلبات الصكوك.
summary-read-secondary = تستند { $n } من النتائج إلى مصدر ثانوي (ملخص أو تقرير، لا نص القانون).
summary-read-unsettled = تستند { $n } من النتائج إلى قانون لم يُحسم وضعه.
summary-chart-caption = المتطلبات المحتسبة في كل صك حسب الحالة: مستوفى، جزئي، ثغرة، تعارض، غير معروف (بالرمادي).
summary-chart-row = مستوفى { $met } · جزئي { $partial } · ثغرة { $gap } · تعارض { $conflict } · غير معروف { $unknown }
summary-recommendations = التوصيات ذات الأولوية
summary-recommendations-intro = الأخطر أولًا. ولكل توصية رقم مؤلف من رمز الولاية القضائية والمتطلب الذي تجيب عنه، فيبقى الرقم هو نفسه من تقرير إلى آخر ويمكن الاستشهاد به.
summary-method = كيف تُقرأ هذه الخلاصة
summary-unknown-not-compliant = غير المعروف لا يُعدّ ممتثلًا أبدًا: معناه أن النصوص المقروءة لا تحسم المسألة، ويُستبعد من التصنيف، الذي يحتاج عندئذ إلى تقييم ثلاثة أرباع المتطلبات.
summary-full-report = يعرض التقرير الكامل كل متطلب مع نص الصك والتعليل والأحكام الوطنية التي يستند إليها، مقتبسةً في ملحقه.
summary-missed-more = { $n ->
        [one] وفي التقرير الكامل حالة أخرى قد يُفلتها القانون (تتوقف على أمر لا يبيّنه الترميز).
        [two] وفي التقرير الكامل حالتان أخريان قد يُفلتهما القانون (تتوقف كل منهما على أمر لا يبيّنه الترميز).
        [many] وفي التقرير الكامل { $n } حالة أخرى قد يُفلتها القانون (تتوقف كل منها على أمر لا يبيّنه الترميز).
       *[other] وفي التقرير الكامل { $n } حالات أخرى قد يُفلتها القانون (تتوقف كل منها على أمر لا يبيّنه الترميز).
    }
summary-missed-why = وسبب إفلات كل حالة، ركنًا ركنًا، مبيَّن في التقرير الكامل.
report-date-as-of = { $date } (تاريخ البيانات؛ ويحدد الخيار --date تاريخًا آخر)
made-with = أُعدّ باستخدام
inputs-digest-title = بصمة SHA-256 للملفات التي أُعدّ منها هذا التقرير: الصكوك والمفردات والحالات وملف الولاية القضائية
cite-as = يُستشهد به هكذا:
cite-report = lexgap، «تقرير الثغرات: { $name } ({ $code })، القانون حتى { $as_of }»، { $generator }، بصمة المدخلات sha256:{ $digest }، { $date }.
cite-summary = lexgap، «تقرير الثغرات، خلاصة: { $name } ({ $code })، القانون حتى { $as_of }»، { $generator }، بصمة المدخلات sha256:{ $digest }، { $date }.
# From before to after: on a right-to-left page the arrow points left.
arrow = ←
annex-texts = الملحق: نصوص القانون الوطني
annex-texts-intro = كل حكم يستشهد به هذا التقرير، مرة واحدة، كما اقتُبس في الترميز، مع مصدره، ومع صيغته الإنجليزية إن كان أصله بلغة أخرى. وتحيل إليه المواد أعلاه والأسباب.
texts-in-annex-short = (النصوص في الملحق)
texts-in-annex-md = النصوص مقتبسة في الملحق.
no-provision-cited = لا حكم مستشهد به: الترميز صامت هنا، أو قُرئ القانون كاملًا وتبيّن خلوّه منه.
beyond-intro = ما يفعله القانون مما لا تطلبه الصكوك. لا يدخل في التصنيف.
beyond-offence = جريمة: { $label }
beyond-among = ضمن { $field } في الجريمة { $offence }
beyond-noted = أشار إليه المُرمِّز
beyond-measure = تدبير: { $label }
beyond-none = لا يسجّل الترميز شيئًا يتجاوز الصكوك.
used-for = لـ { $what }
on-law = عن { $title }:
instruments = الصكوك
report-date = تاريخ التقرير
warn-draft-md = **⚑ ترميز مسودة.** لم يُراجَع هذا الترميز بعد. تبيّن نتائجه ما يقرؤه lexgap في النصوص المقتبسة أدناه؛ فقابلها بالنصوص قبل الاعتماد عليها.
warn-historical-md = **⚑ نسخة سابقة.** حلّ محلّ القانون المرمَّز هنا غيرُه في { $date }.
draft-applied-md = **{ $title }**، مطبَّقًا على { $base }.
draft-counts-md = سيسدّ ثغرات أو تعارضات: { $closed }، ويفتح: { $opened }؛ والنتائج التي تتغيّر في المجمل: { $changed }.
warn-secondary-md = نتائج تستند إلى مصدر ثانوي (ملخّص، لا نص تشريعي): { $n }.
warn-unsettled-md = نتائج تستند إلى قانون لا تحسم المصادر وضعه: { $n }.
warn-marked-md = وكلٌّ منها معلَّم بـ ⚑ حيث يرد.
basis-all-requirements = كل المتطلبات
basis-mandatory-requirements = المتطلبات الإلزامية
serious-intro-md = أولًا ما **يحثّ** عليه lexgap (متطلب إلزامي فيه ثغرة أو تعارض)، ثم ما يدعو إلى **النظر** فيه، ثم ما **يدعو** إليه.
missed-intro-md = الوقائع النموذجية المرفقة بـ lexgap التي تُعد اتجارًا أو تهريبًا بموجب البروتوكولين ولا تطالها أي من جرائم هذا القانون، مع الأركان التي تتخلّف. الحالة التي **لا يطالها** القانون تتخلّف عن كل جريمة يمكن أن تشملها؛ والحالة التي **قد لا يطالها** يتوقف أمرها على ما لا يقوله الترميز.
requirements-intro-md = حسب الصك والمادة: نص الصك، والأحكام الوطنية التي تستند إليها النتائج (باللغة الأصلية، مع الترجمة الإنجليزية ومن أعدّها)، ثم نتيجة كل متطلب.
flag-law-not-settled = القانون غير محسوم
note-colon = ملاحظة:
made-by-md = أعدّه { $generator }
index-title = lexgap — قوانين الاتجار بالأشخاص وتهريب المهاجرين في ضوء المعايير الدولية
index-h1 = قوانين الاتجار بالأشخاص وتهريب المهاجرين في ضوء المعايير الدولية
index-lead = لكل ولاية قضائية: مدى استيفاء قانونها لبروتوكول الأمم المتحدة لمنع الاتجار بالأشخاص، وبروتوكول مكافحة تهريب المهاجرين، واتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية، والقانون العربي الاسترشادي: تصنيف على نهج مجموعة العمل المالي (FATF) مع نسبة المتطلبات التي أمكن تقييمها، وعدد التوصيات حسب درجة الإلحاح.
glance = التصنيفات في لمحة
col-jurisdiction = الولاية القضائية
col-as-of = حتى تاريخ
earlier-version = نسخة سابقة
index-cell-html = كل خانة: التصنيف (C ممتثل، LC إلى حد كبير، PC جزئيًا، NC غير ممتثل؛ NR غير مصنَّف، حين يتعذّر تقييم ثلاثة أرباع المتطلبات المحتسبة)، ثم المتطلبات المُقيَّمة/المحتسبة. <a href="compare.html">المقارنة الكاملة</a> تعرض كل متطلب.
the-instruments = الصكوك
n-requirements = { $n ->
        [zero] لا متطلبات
        [one] متطلب واحد
        [two] متطلبان
        [few] { $n } متطلبات
        [many] { $n } متطلبًا
       *[other] { $n } متطلب
    }
index-cell-md = كل خانة: التصنيف (C ممتثل، LC إلى حد كبير، PC جزئيًا، NC غير ممتثل؛ NR غير مصنَّف، حين يتعذّر تقييم ثلاثة أرباع المتطلبات المحتسبة)، ثم المتطلبات المُقيَّمة/المحتسبة. [المقارنة الكاملة](compare.md) تعرض كل متطلب.
aria-matrix = المتطلبات حسب الولاية القضائية
col-article = المادة
read-with-care-short = اقرأ بحذر
coverage-assessed-counted = التغطية (المُقيَّم / المحتسب)
not-rated-rating-note = NR: غير مصنَّف، لأن ما أمكن تقييمه أقل من ثلاثة أرباع المتطلبات المحتسبة.
assessed-counted = المُقيَّم/المحتسب
flag-read-with-care = يستند إلى مصدر ثانوي أو إلى قانون لم يُحسم وضعه.
rating-C = ممتثل
rating-LC = ممتثل إلى حد كبير
rating-PC = ممتثل جزئيًا
rating-NC = غير ممتثل
rating-NR = غير مصنَّف
class-label-full = كامل: كل أركان التعريف مستوفاة
class-label-partial = جزئي: بعض الأركان مستوفى وبعضها قاصر
class-label-none = منعدم: لا ركن مستوفى، وثبت قصور بعضها
class-label-unknown = غير معروف: تعذّر تقييم ثلاثة أرباع أركان التعريف
class-label-full_so_far = كامل حتى الآن: الأركان التي قُيّمت مستوفاة، والباقي غير معروف
law-status-in_force = نافذ
law-status-repealed = ملغى
law-status-amended = نافذ بصيغته المعدّلة
law-status-unknown = وضعه غير محسوم في المصادر
law-status-bill = مشروع قانون، غير نافذ
date-adopted = اعتُمد
date-issued = صدر
date-published = نُشر
date-in_force = نفذ
beyond-kind-offence_kind = جريمة من نوع لا تسمّيه الصكوك
beyond-kind-term = مصطلح خارج مفردات الصكوك
beyond-kind-note = أشار إليه المُرمِّز
beyond-kind-unasked = مصطلح من المفردات لا يطلبه أي متطلب
field-acts = الأفعال
standing-national = الشخص من رعايا دولة المقصد
standing-permanent_resident = الشخص مقيم إقامة دائمة في دولة المقصد
standing-temporary_resident = الشخص يحمل تصريح إقامة مؤقتة في دولة المقصد
standing-none = ليس للشخص إقامة في دولة المقصد
standing-none_stated = الشخص ليس من رعايا دولة المقصد ولا من المقيمين الدائمين فيها، ولا تذكر الوقائع له إقامة فيها
standing-national_or_permanent = الشخص من رعايا دولة المقصد أو من المقيمين الدائمين فيها
excluded-nationals = الرعايا
excluded-nationals_and_permanent_residents = الرعايا والمقيمين الدائمين
excluded-nationals_and_residents = الرعايا والمقيمين
excluded-no_one = لا أحد
document-act-producing = إعداد
document-act-procuring = تدبير
document-act-providing = توفير
document-act-possessing = حيازة
untested-other = نوع من الجرائم سمّاه المُرمِّز، ليس في المفردات
field-means = الوسائل
field-purposes = الأغراض
field-aggravations = الظروف المشددة
version-draft = مشروع قانون: { $title }
version-superseded = حلّ محلها غيرها في { $date }
version-in-force = نافذ
test-offence = توجد جريمة { $kind }
test-measure = ينص القانون على: { $measure }
test-lists = تشمل جريمة { $kind } ضمن { $field }: { $term }
test-fact = في جريمة { $kind }، قيمة `{ $field }` هي { $value } (وإلا: { $otherwise })
test-at-least = في جريمة { $kind }، قيمة `{ $field }` لا تقل عن { $min }
test-plain-fact = جريمة { $kind } { $fact } (وإلا: { $otherwise })
test-plain-at-least = في جريمة { $kind }، لا يقل عن { $min } ما يلي: { $fact }
test-all = كل ما يلي: { $parts }
test-any = أيٌّ مما يلي: { $parts }
bool-true = نعم
bool-false = لا
list-separator = ؛
article-word-guidance = إرشادات
article-word-draft-article-not-given = مشروع القانون النموذجي (دون رقم مادة)
compare-title = مقارنة { $n } من الولايات القضائية
compare-h1 = { $n ->
        [one] ولاية قضائية واحدة
        [two] ولايتان قضائيتان
        [few] { $n } ولايات قضائية
       *[other] { $n } ولاية قضائية
    } جنبًا إلى جنب
compare-lead = كل متطلب مقابل كل ولاية قضائية، مجمَّعة حسب الصك والمادة، مع تصنيف كل صك وتغطيته؛ ثم أحكام كل ولاية قضائية متجاورة بشأن
compare-lead-distinction = الفحوص التي تفصل بين الاتجار والتهريب
compare-lead-chosen = المتطلبات المختارة
side-by-side = الأحكام متجاورة
status-marks = علامات الحالة
legend-flag = يستند إلى مصدر ثانوي أو إلى قانون لم يُحسم وضعه
jurisdictions = الولايات القضائية
col-column = العمود
earlier-superseded = نسخة سابقة، حلّ محلها غيرها في { $date }
side-by-side-default-html = الفحوص التي تفصل بين الاتجار والتهريب. اختر متطلبات أخرى بـ <code>lexgap compare --requirement ID</code>.
checked-as = يُفحص على أنه:
aria-provisions = الأحكام
instrument-title = المتطلبات والولايات القضائية
short-name = الاسم المختصر
adopted = اعتُمد
binding-label = ملزم
binding-yes = نعم
binding-no = لا: يُقيَّم كمواءمة
rated-over = يُصنَّف على
rated-over-all = كل متطلباته
rated-over-mandatory = متطلباته الإلزامية
requirements-in-all = المتطلبات في المجمل: { $n }
text-label = النص
how-each-fares = أداء كل ولاية قضائية
the-requirements = المتطلبات
col-checked-as = يُفحص على أنه
col-where-short = حيث يقصر، يوصي lexgap

## صفحة المقارنة بين نسختين (diff.html و diff.md)

diff-title = ما الذي تغيّر
diff-kicker = ما الذي تغيّر
col-before = قبل
col-after = بعد
diff-ratings-coverage = التصنيفات والتغطية
diff-counts-html = ثغرات أو تعارضات سُدّت: { $closed }، وفُتحت: { $opened }؛ وتغيّرت { $changed ->
        [zero] لا نتائج
        [one] نتيجة واحدة
        [two] نتيجتان
        [few] { $changed } نتائج
        [many] { $changed } نتيجة
       *[other] { $changed } نتيجة
    } في المجمل. والتغيّر من <em>غير معروف</em> أو إليه يعني أن ما عُرف عن القانون قد تغيّر، لا القانون نفسه.
diff-counts-md = ثغرات أو تعارضات سُدّت: { $closed }، وفُتحت: { $opened }؛ والنتائج التي تغيّرت في المجمل: { $changed }. والتغيّر من *غير معروف* أو إليه يعني أن ما عُرف عن القانون قد تغيّر، لا القانون نفسه.
col-why-before = السبب قبل
col-why-after = السبب بعد
diff-no-finding = لم تتغيّر أي نتيجة.
diff-provisions-changed = الأحكام المضافة أو المحذوفة أو المعادة صياغتها
col-provision = الحكم
col-change = التغيير
diff-no-provision = لم يتغيّر أي حكم.
diff-removed-heading = ما حذفته الصيغة الجديدة

## المقارنة بصيغة Markdown (compare.md)

marks-colon = العلامات:
side-by-side-default-md = الفحوص التي تفصل بين الاتجار والتهريب. اختر متطلبات أخرى بـ `lexgap compare --requirement ID`.

## --verbose lines and the errors of writing (standard error)
verbose-done = انتهى في { $ms } ملّي ثانية (رمز الخروج { $code })
verbose-read = الملفات المقروءة { $files } (الولايات القضائية { $jurisdictions }) في { $ms } ملّي ثانية
verbose-file = {"  "}{ $file } ({ $bytes } بايت)
verbose-site = الصفحات المُنشأة والمكتوبة { $pages } في { $ms } ملّي ثانية
watch-changed = تغيّر: { $files }
watch-built = بُني في { $ms } ملّي ثانية: الصفحات المُنشأة { $rendered }، والمتروكة كما هي { $unchanged }
watch-more = {" "}… و{ $count } غيرها
watch-invalid = لم يتغير الموقع (يبقى آخر بناء سليم)؛ أصلح الملف واحفظه مرة أخرى
watch-watching = تجري مراقبة { $dirs } بحثًا عن تغييرات (Ctrl-C للإيقاف)
watch-stopped = توقفت المراقبة
verbose-site-unchanged = الصفحات المتروكة كما هي { $pages }: لم تتغير منذ البناء السابق (ذاكرة التخزين المؤقت للموقع)
verbose-site-cache-missing = لا توجد في مجلد الموقع ذاكرة تخزين مؤقت من بناء سابق: تُنشأ كل الصفحات
verbose-site-cache-unreadable = تعذّرت قراءة ذاكرة التخزين المؤقت للموقع (تالفة أو بصيغة أخرى): أُهملت، وتُنشأ كل الصفحات
verbose-site-cache-foreign = ذاكرة التخزين المؤقت للموقع من بناء آخر لـ lexgap أو بقوالب أو بيانات مشتركة أو لغة أخرى: أُهملت، وتُنشأ كل الصفحات
verbose-site-trees = ملفات الإدخال المحلَّلة { $parsed }؛ والملفات غير المتغيرة منذ البناء السابق المقروءة من أشجاره { $kept } (ذاكرة التخزين المؤقت للموقع)
verbose-site-trees-damaged = تعذّرت قراءة أشجار البناء السابق (تالفة أو بصيغة أخرى): أُهملت، ويُحلَّل كل ملف إدخال
verbose-site-trees-foreign = أشجار البناء السابق من بناء آخر لـ lexgap: أُهملت، ويُحلَّل كل ملف إدخال
verbose-wrote = كُتب { $file } ({ $bytes } بايت)
error-cannot-write = تعذّرت كتابة المخرجات: { $error }
error-cannot-encode-json = تعذّر ترميز JSON: { $error }

# The recommendation of a partial finding (src/check/recommend.rs).
recommend-partial-term = استكمال النص على { $term } ضمن { $field } في جريمة { $offence }: فالقانون يذكره، لكن على نحو جزئي.
recommend-partial = لا ينص القانون على ذلك إلا جزئيًا؛ وللوفاء بالمتطلب كاملًا: { $recommendation }

# The headings and row labels of the comparison as CSV (render::compare_csv).
csv-instrument = الصك
csv-article = المادة
csv-requirement = المتطلب
csv-title = العنوان
csv-obligation = الإلزام
csv-rating = تصنيف { $short } (NR: غير مصنَّف، إذ قُيِّم أقل من ٧٥٪)
csv-coverage = تغطية { $short } (المُقيَّم/المحتسب)

## unknowns (the encoder's worklist)
unknowns-heading = { $unknown } من { $findings } نتيجة مجهولة
unknowns-letter-needs = غير مصنَّف: يلزم تقييم { $needed } لمنح حرف
unknowns-none = لا نتيجة مجهولة.
unknowns-items = ما يحسمها، الأكثر نتائج أولًا: مسار YAML الواجب ملؤه (أو، إذا لم تجد قراءة كاملة للقانون شيئًا، المصطلح الواجب تسجيله تحت not_provided)، ثم ما يطلبه:
unknowns-need-offence = لم تُرمَّز جريمة من هذا النوع: { $kind }
unknowns-need-fact = { $offence }: غير مرمَّز
unknowns-need-open-list = { $offence }: القائمة مفتوحة (لم يُقرأ منها إلا جزء، أو لا تحسم ألفاظها أنها تامة) ولا تذكر ما يطلبه الاختبار: اذكره حيث يذكره القانون، أو اجعل complete: true حيث يبيّن النص كله أن القائمة مغلقة
unknowns-need-measure = تدبير غير مرمَّز: { $measure }
unknowns-bears-on = { $findings ->
        [one] نتيجة واحدة
        [two] نتيجتان
        [few] { $findings } نتائج
       *[other] { $findings } نتيجة
    }: { $instruments }{ $alone ->
        [0] {""}
        [one] ؛ ويحسم وحده واحدة منها
        [two] ؛ ويحسم وحده اثنتين منها
       *[other] ؛ ويحسم وحده { $alone } منها
    }
unknowns-unattributed = { $n ->
        [one] نتيجة مجهولة واحدة لا تتوقف على شيء يمكن ملؤه في الملف.
        [two] نتيجتان مجهولتان لا تتوقفان على شيء يمكن ملؤه في الملف.
        [few] { $n } نتائج مجهولة لا تتوقف على شيء يمكن ملؤه في الملف.
       *[other] { $n } نتيجة مجهولة لا تتوقف على شيء يمكن ملؤه في الملف.
    }
unknowns-laws-in-part = قوانين لم يُقرأ منها إلا جزء (لا يُبنى عليها غياب):

## the report: how little was read, and what is still unknown
warn-little-read-html = <strong>قلّة ما قُرئ.</strong> { $laws ->
        [one] القانون الوحيد المرمَّز هنا لم يُقرأ منه إلا جزء
        [two] لم يُقرأ أيٌّ من القانونين المرمَّزين هنا كاملًا
       *[other] لم يُقرأ أيٌّ من القوانين المرمَّزة هنا ({ $laws }) كاملًا
    }{ $verbatim ->
        [0] ؛ ولا حكم مقتبسًا بألفاظ القانون نفسها (كلها ملخصات من طرف ثالث)
       *[other] { $secondary ->
            [0] {""}
            [one] ؛ وحكم واحد من الأحكام المقتبسة ({ $provisions }) ملخصٌ من طرف ثالث، لا ألفاظ القانون
           *[other] ؛ و{ $secondary } من الأحكام المقتبسة ({ $provisions }) ملخصات من طرف ثالث، لا ألفاظ القانون
        }
    }. و{ $unknown } من { $findings } نتيجة مجهولة: فالتصنيف يقول ما قُرئ، لا ما يفعله القانون. ويسرد قسم «ما زال مجهولًا» في التقرير الكامل ما يحسمها.
warn-little-read-md = **⚑ قلّة ما قُرئ.** { $laws ->
        [one] القانون الوحيد المرمَّز هنا لم يُقرأ منه إلا جزء
        [two] لم يُقرأ أيٌّ من القانونين المرمَّزين هنا كاملًا
       *[other] لم يُقرأ أيٌّ من القوانين المرمَّزة هنا ({ $laws }) كاملًا
    }{ $verbatim ->
        [0] ؛ ولا حكم مقتبسًا بألفاظ القانون نفسها (كلها ملخصات من طرف ثالث)
       *[other] { $secondary ->
            [0] {""}
            [one] ؛ وحكم واحد من الأحكام المقتبسة ({ $provisions }) ملخصٌ من طرف ثالث، لا ألفاظ القانون
           *[other] ؛ و{ $secondary } من الأحكام المقتبسة ({ $provisions }) ملخصات من طرف ثالث، لا ألفاظ القانون
        }
    }. و{ $unknown } من { $findings } نتيجة مجهولة: فالتصنيف يقول ما قُرئ، لا ما يفعله القانون. ويسرد قسم «ما زال مجهولًا» في التقرير الكامل ما يحسمها.
unknowns-section = ما زال مجهولًا
unknowns-intro = { $unknown } من { $findings } نتيجة مجهولة: فالترميز صامت لأن النص الذي يحسمها لم يُقرأ. وهذا ما يحسمها، الأكثر نتائج أولًا: الموضع الذي يُكتب فيه في ملف الولاية القضائية (مسار YAML)، أو، إذا لم تجد قراءة كاملة للقانون شيئًا، المصطلح الذي يُسجَّل تحت not_provided.
col-fill-in = ما يُملأ (مسار YAML)
col-asks-for = ما يطلبه
col-findings = النتائج المجهولة
col-settles-alone = ما يحسمه وحده
unknowns-more = { $n ->
        [one] وبند آخر: يسرد الأمر lexgap unknowns { $code } البنود كلها.
        [two] وبندان آخران: يسرد الأمر lexgap unknowns { $code } البنود كلها.
        [few] و{ $n } بنود أخرى: يسرد الأمر lexgap unknowns { $code } البنود كلها.
       *[other] و{ $n } بندًا آخر: يسرد الأمر lexgap unknowns { $code } البنود كلها.
    }
unknowns-unattributed-page = { $n ->
        [one] ونتيجة مجهولة واحدة لا تتوقف على شيء يمكن ملؤه في الملف.
        [two] ونتيجتان مجهولتان لا تتوقفان على شيء يمكن ملؤه في الملف.
        [few] و{ $n } نتائج مجهولة لا تتوقف على شيء يمكن ملؤه في الملف.
       *[other] و{ $n } نتيجة مجهولة لا تتوقف على شيء يمكن ملؤه في الملف.
    }
col-what-was-read = ما قُرئ
compare-coverage = { $unknown } من { $findings } نتيجة مجهولة؛ و{ $full } من { $laws } قوانين قُرئت كاملة
compare-little-read = قليل ما قُرئ: التصنيفات مؤقتة
compare-filter-note = رابط الصك يعرض مصفوفته وحدها (وكذلك عند الطباعة)؛
compare-all-instruments = اعرض الصكوك كلها.
