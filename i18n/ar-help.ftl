# ar messages: --help and the manual page.
# Part of the ar catalogue (see src/i18n/mod.rs, CATALOGUES).
#
# نصوص تعريف سطر الأوامر (src/cli/mod.rs) بالعربية، بالمعرِّفات نفسها التي في
# i18n/en-help.ftl. أسماء الأوامر والخيارات والقيم (check و--format وjson…)
# لا تُترجم: هي ما يكتبه المستخدم.

## lexgap

help-about = يفحص القوانين الوطنية المتعلقة بالاتجار بالأشخاص وتهريب المهاجرين في ضوء المعايير الدولية
help-long-about =
    يفحص lexgap القوانين الوطنية المتعلقة بالاتجار بالأشخاص وتهريب المهاجرين في ضوء بروتوكول الأمم المتحدة لمنع الاتجار بالأشخاص، وبروتوكول مكافحة تهريب المهاجرين، واتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية، والقانون العربي الاسترشادي، ويبيّن لكل متطلب هل يستوفيه القانون، مع الأحكام التي تدل على ذلك.

    إذا لم يُذكر PATH استُخدمت الولايات القضائية المضمَّنة في البرنامج. ويجوز أن يكون PATH ملف ولاية قضائية، أو مجلدًا من هذه الملفات، أو رمز ولاية قضائية مضمَّنة (مثل KW).
help-arg-lang = لغة التقارير والموقع والرسائل (ar: العربية، من اليمين إلى اليسار)
help-value-lang-en = الإنجليزية
help-value-lang-ar = العربية (من اليمين إلى اليسار، بالأرقام الهندية)
help-arg-quiet = لا يطبع إلا المُخرَج المطلوب والأخطاء: لا تحذيرات ولا أسطر ملخص
help-arg-verbose = يذكر أيضًا على مجرى الأخطاء القياسي ما قُرئ وما كُتب والمدة التي استغرقها ذلك

## diff

help-diff-about = ما الذي تغيّر بين نسختين من ترميز ولاية قضائية (أو بين قانون ومشروع قانون)
help-diff-arg-old = النسخة الأقدم (ملف أو رمز مضمَّن، مثل ae-2006)
help-diff-arg-new = النسخة الأحدث (ملف أو رمز مضمَّن، مثل AE)

## history

help-history-about = كيف تغيّرت تصنيفات ولاية قضائية مضمَّنة عبر إيداعات git التي مسّت ملفها
help-history-arg-code = رمز الولاية القضائية (مثل KW)

## classify

help-classify-about = يكيّف الوقائع النموذجية: اتجار أو تهريب أو كلاهما أو لا هذا ولا ذاك، بموجب الصكوك وبموجب قانون
help-classify-arg-files = ملفات الوقائع النموذجية أو مجلداتها
help-classify-arg-jurisdiction = يكيّفها أيضًا بموجب جرائم هذه الولاية القضائية (ملف أو رمز مضمَّن)

## test

help-test-about = يشغّل الوقائع النموذجية التي تحمل إجابات متوقعة (افتراضيًا: المضمَّنة منها)، ويخرج بالرمز 1 عند أي إخفاق
help-test-arg-paths = ملفات الوقائع النموذجية أو مجلداتها (افتراضيًا: الوقائع المضمَّنة)
help-test-arg-jurisdictions = الولايات القضائية التي تسمّيها الإجابات المتوقعة (افتراضيًا: المضمَّنة)

## validate

help-validate-about = يتحقق من صحة ملفات الولايات القضائية ومشروعات التعديل والوقائع النموذجية (والصكوك المضمَّنة)، ويبلّغ عن كل الأخطاء دفعة واحدة
help-validate-arg-paths = ملفات ولايات قضائية أو مشروعات تعديل أو وقائع نموذجية، أو مجلدات أو رموز مضمَّنة (افتراضيًا: الولايات القضائية المضمَّنة)

## check

help-check-about = يفحص الولايات القضائية في ضوء الصكوك ويطبع النتائج
help-check-arg-paths = ملفات ولايات قضائية أو مجلدات أو رموز مضمَّنة (افتراضيًا: الولايات القضائية المضمَّنة)
help-check-arg-instruments = هذه الصكوك فقط (يتكرر؛ انظر `lexgap instruments`)
help-check-arg-fail_on = يخرج بالرمز 1 إذا بلغت إحدى النتائج هذه الخطورة على الأقل
help-value-fail_on-gap = يخرج بالرمز 1 إذا كانت أي نتيجة ثغرة أو تعارضًا
help-value-fail_on-conflict = يخرج بالرمز 1 إذا كانت أي نتيجة تعارضًا

## instruments

help-instruments-about = يسرد الصكوك المرجعية وطريقة تصنيفها

## requirements

help-requirements-about = يسرد متطلبات كل صك، أو متطلبات صك واحد

## explain

help-explain-about = يعرض متطلبًا واحدًا: نصه ومادته ومصدره ودرجة إلزامه واختباره موصوفًا بالكلمات

## report

help-report-about = يكتب تقرير الثغرات عن ولاية قضائية واحدة (HTML أو Markdown أو JSON)
help-report-arg-path = ملف ولاية قضائية أو رمز ولاية قضائية مضمَّنة
help-report-arg-output = يكتب في هذا الملف (كتابةً ذرّية) بدلًا من الخرج القياسي
help-report-arg-templates = مجلد قوالب تحل محل القوالب المدمجة التي تحمل الأسماء نفسها
help-report-arg-edition = full: كل متطلب مع تعليله ونصوصه؛ summary: أربع صفحات مطبوعة على الأكثر لصانعي القرار (وبيانات JSON واحدة في الحالتين)
help-value-edition-full = كل متطلب، مع التعليل والنصوص (في ملحق)
help-value-edition-summary = أربع صفحات مطبوعة على الأكثر: ما قُرئ، والتصنيفات، والتوصيات ذات الأولوية، والحالات التي يفلت منها القانون، وكيف تُقرأ
help-report-arg-date = التاريخ الذي يُطبع تاريخًا للتقرير (ولا يُطبع أي تاريخ بدونه)

## compare

help-compare-about = يقارن بين الولايات القضائية جنبًا إلى جنب: مصفوفة المتطلبات، وأحكامها متجاورة
help-compare-arg-paths = ملفات ولايات قضائية أو مجلدات أو رموز مضمَّنة (افتراضيًا: الولايات القضائية المضمَّنة)
help-compare-arg-instruments = هذه الصكوك فقط (يتكرر)
help-compare-arg-requirements = هذه المتطلبات فقط، في المصفوفة وفي عرض الأحكام المتجاورة (يتكرر؛ افتراضيًا: كل المتطلبات، وفحوص الفصل بين الاتجار والتهريب في عرض الأحكام)
help-compare-arg-output = يكتب في هذا الملف (كتابةً ذرّية) بدلًا من الخرج القياسي
help-compare-arg-templates = مجلد قوالب تحل محل القوالب المدمجة التي تحمل الأسماء نفسها
help-compare-arg-date = التاريخ الذي يُطبع تاريخًا للمقارنة (ولا يُطبع أي تاريخ بدونه)

## site

help-site-about = يبني موقعًا ثابتًا: صفحة فهرس، وصفحة لكل ولاية قضائية ولكل صك، والمقارنة
help-site-arg-paths = ملفات ولايات قضائية أو مجلدات أو رموز مضمَّنة (افتراضيًا: الولايات القضائية المضمَّنة)
help-site-arg-output = المجلد الذي يُكتب فيه الموقع (صفحات HTML وMarkdown)
help-site-arg-templates = مجلد قوالب تحل محل القوالب المدمجة التي تحمل الأسماء نفسها
help-site-arg-date = التاريخ الذي يُطبع على كل صفحة (ولا يُطبع أي تاريخ بدونه)
help-site-arg-format = طريقة الإبلاغ عمّا كُتب (أما الصفحات نفسها فبصيغتي HTML وMarkdown)
help-site-arg-no_cache = يعيد إنشاء كل الصفحات دون قراءة ذاكرة تخزين مؤقت من بناء سابق، ولا يترك ذاكرة تخزين مؤقت
help-site-arg-watch = يبني الموقع، ثم يعيد بناءه عند كل حفظ لملف ولاية قضائية أو قالب (يوقفه Ctrl-C)

## schema

help-schema-about = يطبع مخطط JSON لنوع من ملفات الإدخال، لاستخدامه في المحررات (انظر README)
help-value-kind-jurisdiction = ملف ولاية قضائية (statutes/national/*.yaml)
help-value-kind-scenario = ملف واقعة نموذجية (scenarios/*.yaml)
help-value-kind-draft = مشروع قانون مكتوب طبقةً من التعديلات فوق ترميز قائم
help-schema-arg-output = يكتب في هذا الملف (كتابةً ذرّية) بدلًا من الخرج القياسي

## init

help-init-about = يكتب ملف بداية مشروحًا بالتعليقات لولاية قضائية جديدة، والملف سليم كما كُتب
help-init-arg-code = رمز الولاية القضائية وفق ISO 3166-1 alpha-2 (مثل KW)
help-init-arg-output = يكتب في هذا الملف (كتابةً ذرّية، ويُرفض إن كان الملف موجودًا) بدلًا من الخرج القياسي
help-init-arg-schema = قيمة `$schema` التي يشير إليها سطر إعداد المحرر في الملف
help-init-arg-date = تاريخ as_of الذي يُكتب (افتراضيًا: تاريخ اليوم)

## completions

help-completions-about = يطبع برنامج الإكمال التلقائي لصدفة الأوامر (مثل `lexgap completions bash > ~/.local/share/bash-completion/completions/lexgap`)

## man

help-man-about = يطبع صفحة الدليل (roff) المولَّدة من هذه التعريفات؛ ومع -o DIR صفحةً لكل أمر
help-man-arg-output = يكتب lexgap.1 وصفحة lexgap-COMMAND.1 لكل أمر في هذا المجلد

## الكلمات التي يكتبها clap

help-clap-help-more = يطبع المساعدة (وللمزيد: '--help')
help-clap-help-summary = يطبع المساعدة (وللملخص: '-h')
help-clap-help-subcommands = يطبع مساعدة الأمر أو الأوامر المذكورة
help-clap-help-command = يطبع هذه الرسالة أو مساعدة الأمر أو الأوامر المذكورة
help-clap-help = يطبع المساعدة
help-clap-version = يطبع رقم الإصدار
help-clap-possible-values = القيم الممكنة:
help-clap-possible-values-inline = [القيم الممكنة:
help-clap-default = [الافتراضي:
help-clap-usage = الاستخدام:
help-clap-arguments = المعاملات:
help-clap-options = الخيارات:
help-clap-commands = الأوامر:

## عناوين أقسام صفحة الدليل

help-section-name = الاسم
help-section-synopsis = الاستخدام
help-section-description = الوصف
help-section-options = الخيارات
help-section-subcommands = الأوامر
help-section-extra = معلومات إضافية
help-section-version = الإصدار
help-section-authors = المؤلفون

## unknowns

help-unknowns-about = قائمة عمل المرمِّز: النتائج المجهولة مجمّعة بحسب الواقعة أو القائمة أو التدبير أو الجريمة التي تحسمها، الأكثر أولًا
help-unknowns-arg-paths = ملفات ولايات قضائية أو مجلدات أو رموز مضمَّنة (افتراضيًا: الولايات القضائية المضمَّنة)
