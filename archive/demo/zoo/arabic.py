"""arabic (held out): an Arabic-language health portal on a custom PHP CMS with a Bootstrap 5 RTL
theme (think WebTeb, Altibbi or the health section of Mawdoo3): ``<html lang="ar" dir="rtl">``,
titles, bodies, bylines and dates in Arabic.

Modelled on real markup: Bootstrap 5's own RTL starter and ``cheatsheet-rtl`` example
(``bootstrap.rtl.min.css``, ``<html lang="ar" dir="rtl">``; as copied in
MekadAlibrahem/electiom-process ``election-process-v1.0/employee/index.php``), Arabic news and
blog templates built on it (Ismailalsharehi/Web-Site-News ``View/parts/header.php``: Tajawal font,
Bootstrap RTL from jsDelivr, ``navbar`` + ``container``; Alaa4eg-h/Tadwinat ``index.php``:
``bootstrap-rtl.css``, Cairo font, ``col-md-9`` content beside a sidebar of ``widget`` boxes),
the zoo's own jannah family for the Arabic strings of a WordPress news theme (بواسطة، مقالات ذات
صلة، الوسوم، الرئيسية), Arabic health sites' saved pages and URLs (hashtagarabi.com's
``/44759/%D8%A7...`` id + percent-encoded slug; site.net.sa's percent-encoded Arabic slugs), and
the widgets such portals carry (a "الأكثر قراءة" most-read list in the sidebar, a site-wide
Bootstrap ``breadcrumb``, share buttons for WhatsApp and Telegram beside Facebook and X).

Three article templates, by post type:

* news articles (``/مقالات/<Arabic slug>/``, served percent-encoded; links in the page carry the
  raw Arabic): NewsArticle + BreadcrumbList JSON-LD (``inLanguage`` "ar", authors named with
  their honorific, "د. أحمد خالد", as these sites write them), ``article:published_time``; the
  visible date in Eastern Arabic digits and Egyptian month names ("١٢ مارس ٢٠٢٤"); byline
  "بقلم: د. أحمد خالد و سارة يوسف".
* medically reviewed articles (``/articles/<id>-<transliterated slug>/``): MedicalWebPage JSON-LD
  (``reviewedBy``, ``lastReviewed``, ``datePublished``), byline "بقلم: ..." and "مراجعة طبية: د.
  ...", dates with Levantine and Egyptian month names ("12 كانون الثاني/يناير 2024") and an
  "آخر تحديث" (last updated) date after the published one.
* videos and short posts (``/videos/<slug>/`` and ``/مقالات/...``): no JSON-LD and no
  ``article:published_time``; only the visible Arabic date; byline "كتبه: ...".

Every article: breadcrumbs "الرئيسية > القسم > العنوان", an inline "اقرأ أيضاً:" box inside the body
(the first of its related posts) and a "مقالات ذات صلة" card row after it (the rest), tags after
"الوسوم:", references under "المراجع" (PubMed and WHO links), share buttons, an author box, a
newsletter box, comments on some posts (dated later, in Arabic), a sidebar with the site-wide
"الأكثر قراءة" list (the same five posts on every page: not Read Also) and the section list, a
cookie notice. Two English posts (press notes in an English section, ``/en/...``, article
``lang="en"``). Listings: home, categories (``/category/<ascii>/``), tags (``/tag/<Arabic>/``,
percent-encoded), authors, paged with ``?page=N`` (Bootstrap ``pagination``). Static pages من نحن،
اتصل بنا، سياسة الخصوصية (Arabic slugs) and English pages under ``/en/`` (About Us...).
``/sitemap.xml`` (an index of post, page and category sitemaps), ``/feed/`` (RSS), robots.txt. No
trap.

The truth: titles as shown (without the site name), authors without "د.", the published date as an
ISO date, the post's own tags, categories and related posts, the Arabic body (the inline "اقرأ
أيضاً" box is not body; the references are).
"""
from __future__ import annotations

import json
from dataclasses import replace
from functools import partial
from urllib.parse import quote, unquote, urlsplit

from . import texts
from .posts import Block, Entry, Person, Plan, Story
from .site import ZooSite, later

B = Block
def _ref(text: str, url: str) -> str:
    return f"{text} [{url}]({url})"


def _pm(authors: str, title: str, journal: str, pmid: str) -> str:
    return f"{authors} {title} {journal}. [PubMed {pmid}](https://pubmed.ncbi.nlm.nih.gov/{pmid}/)"


WHO = "https://www.who.int/ar/news-room/fact-sheets/detail/"

# (key, transliterated slug, kind, category, tags, blocks): this family's own posts (the project's own text).
STORIES = [
    ("ar-v1", "tamarin-al-zahr-lil-muwazzafin", "video", "اللياقة", ("آلام الظهر", "تمارين"), (
        B("p", "الجلوس الطويل أمام الحاسوب يشد عضلات أسفل الظهر ويضعف عضلات البطن. في هذا الفيديو يشرح أخصائي "
               "العلاج الطبيعي خمسة تمارين بسيطة يمكن أداؤها على الكرسي نفسه خلال استراحة قصيرة."),
        B("video", "https://www.youtube.com/embed/Qd7Ar2mTk4s"),
        B("p", "كرر كل تمرين عشر مرات، وتوقف فورًا إذا شعرت بألم حاد أو تنميل في الساقين."))),
    ("ar-v2", "kayfa-taqis-sukkar-al-dam", "video", "السكري", ("السكري", "قياس السكر"), (
        B("p", "تشرح الممرضة في هذا الفيديو طريقة قياس سكر الدم في المنزل خطوة بخطوة: غسل اليدين، واختيار جانب "
               "الإصبع، وقراءة النتيجة وتسجيلها في دفتر المتابعة."),
        B("video", "https://player.vimeo.com/video/604118273"),
        B("p", "احمل الدفتر معك في كل زيارة للطبيب، فالأرقام المسجلة على مدى أسابيع أهم من قراءة واحدة."))),
    ("ar-v3", "al-isafat-al-awwaliya-lil-ikhtinaq", "video", "صحة الطفل", ("الإسعافات الأولية", "الأطفال"), (
        B("p", "الاختناق بقطعة طعام من أكثر حوادث المنزل شيوعًا عند الأطفال دون الخامسة. يعرض الفيديو مناورة "
               "الضربات على الظهر والضغطات على الصدر للرضع، ومناورة هايمليك للأطفال الأكبر سنًا."),
        B("video", "https://www.youtube.com/embed/Hm3Lx9aQe1w"),
        B("p", "اتصل بالإسعاف فورًا إذا فقد الطفل وعيه، وابدأ الإنعاش القلبي الرئوي إن كنت مدربًا عليه."))),
    ("ar-s1", "mawaid-al-tataoum-al-mawsimi", "short", "أخبار صحية", ("اللقاحات", "الإنفلونزا"), (
        B("p", "بدأت مراكز الرعاية الصحية الأولية حملة التطعيم ضد الإنفلونزا الموسمية لهذا العام. ويُنصح كبار السن "
               "والحوامل ومرضى الأمراض المزمنة بأخذ اللقاح قبل بداية الشتاء، لأن الجسم يحتاج إلى أسبوعين تقريبًا "
               "لتكوين المناعة."),
        B("source", "https://www.who.int/ar/news-room/fact-sheets/detail/influenza-(seasonal)"))),
    ("ar-s2", "nasiha-sariaa-al-milh", "short", "التغذية", ("الملح", "ضغط الدم"), (
        B("p", "نصيحة سريعة: ارفع المملحة عن مائدة الطعام. معظم الملح الذي نأكله يأتي من الخبز والأجبان والأطعمة "
               "المصنعة، لكن عادة إضافة الملح قبل التذوق تزيد الكمية دون أن نشعر. جرب الليمون والكمون والأعشاب "
               "بدلًا منه لمدة أسبوعين، وستلاحظ أن ذوقك تغيّر."),)),
    ("ar-s3", "sual-qari-al-siyam-wal-dawa", "short", "السكري", ("الصيام", "الأدوية"), (
        B("p", "سؤال من قارئ: هل يمكن لمريض السكري من النوع الثاني أن يصوم؟ الجواب يختلف من شخص لآخر. كثير من "
               "المرضى المستقرين يصومون بأمان بعد تعديل مواعيد الأدوية وجرعاتها مع الطبيب قبل الصيام بأسابيع."),
        B("p", "أوقف الصيام فورًا إذا انخفض السكر عن 70 ملغ/دسل أو ارتفع فوق 300 ملغ/دسل."))),
    ("ar-s4", "ightiyad-al-shams-wa-vitamin-d", "short", "التغذية", ("فيتامين د", "الشمس"), (
        B("p", "رغم وفرة الشمس في بلادنا، ينتشر نقص فيتامين د بين النساء والأطفال. السبب قلة التعرض المباشر "
               "للشمس وقضاء معظم اليوم داخل البيوت والمكاتب. يكفي ربع ساعة من الشمس على الذراعين في الصباح عدة "
               "مرات في الأسبوع لمعظم الناس."),)),
    ("ar-a1", "fawaid-al-nawm-al-kafi", "article", "النوم", ("النوم", "المناعة"), (
        B("p", "يحتاج البالغ إلى سبع ساعات من النوم على الأقل كل ليلة. وقلة النوم لا تسبب التعب فقط، بل ترتبط "
               "بضعف المناعة وزيادة الوزن وارتفاع ضغط الدم وصعوبة التركيز في العمل والدراسة."),
        B("h2", "ماذا يحدث للجسم أثناء النوم؟"),
        B("p", "في ساعات النوم العميق يفرز الجسم هرمون النمو ويصلح الأنسجة، وينظم الدماغ الذكريات التي اكتسبها "
               "خلال اليوم. أما نوم حركة العين السريعة فيرتبط بالأحلام وتنظيم المشاعر."),
        B("h2", "نصائح لنوم أفضل"),
        B("ul", items=("ثبّت موعد النوم والاستيقاظ حتى في أيام العطلة", "تجنب القهوة والشاي بعد العصر",
                       "أبعد الهاتف عن السرير قبل النوم بساعة", "اجعل غرفة النوم مظلمة وهادئة ومعتدلة الحرارة")),
        B("p", "إذا استمر الأرق أكثر من شهر رغم هذه العادات، فراجع الطبيب للبحث عن سبب طبي."),
        B("refs", "المراجع", (
            _pm("Watson NF, Badr MS, Belenky G, et al.", "Recommended Amount of Sleep for a Healthy Adult.",
                "Sleep. 2015", "26039963"),
            _pm("Besedovsky L, Lange T, Haack M.", "The Sleep-Immune Crosstalk in Health and Disease.",
                "Physiol Rev. 2019", "30920354"))))),
    ("ar-a2", "alamat-naqs-al-hadid", "article", "صحة المرأة", ("فقر الدم", "الحديد"), (
        B("p", "فقر الدم بسبب نقص الحديد هو أكثر أنواع فقر الدم انتشارًا في العالم، ويصيب النساء في سن الإنجاب "
               "والحوامل والأطفال أكثر من غيرهم."),
        B("h2", "الأعراض الشائعة"),
        B("ul", items=("التعب والإرهاق مع أقل مجهود", "شحوب الجلد وباطن الجفون", "تساقط الشعر وتكسر الأظافر",
                       "ضيق النفس وتسارع ضربات القلب", "الرغبة في أكل الثلج أو التراب")),
        B("h2", "التشخيص والعلاج"),
        B("p", "يكفي تحليل دم بسيط يشمل صورة الدم الكاملة ومخزون الحديد لتأكيد التشخيص. ويصف الطبيب أقراص الحديد "
               "لمدة ثلاثة أشهر على الأقل، ويفضل تناولها مع عصير البرتقال وبعيدًا عن الشاي والحليب."),
        B("refs", "المراجع", (
            _ref("منظمة الصحة العالمية: فقر الدم.", WHO + "anaemia"),
            _pm("Camaschella C.", "Iron-Deficiency Anemia.", "N Engl J Med. 2015", "25946282"))))),
    ("ar-a3", "al-tawattur-wa-sihhat-al-qalb", "article", "الصحة النفسية", ("التوتر", "القلب"), (
        B("p", "التوتر جزء طبيعي من الحياة، لكنه عندما يستمر أسابيع وشهورًا يبقي الجسم في حالة تأهب دائمة: يرتفع "
               "ضغط الدم وتتسارع ضربات القلب ويضطرب النوم."),
        B("p", "تشير الدراسات إلى أن التوتر المزمن يزيد خطر أمراض القلب، خاصة عندما يدفع الإنسان إلى التدخين أو "
               "الأكل العاطفي أو ترك الرياضة."),
        B("h2", "خطوات عملية لتخفيف التوتر"),
        B("ol", items=("تنفس ببطء: شهيق لأربع ثوانٍ وزفير لست ثوانٍ", "امشِ نصف ساعة يوميًا",
                       "تحدث مع شخص تثق به", "خصص وقتًا يوميًا بلا هاتف")),
        B("p", "وإذا صاحب التوتر حزن مستمر أو فقدان الرغبة في الأشياء، فقد يكون اكتئابًا يحتاج إلى مساعدة مختص."))),
    ("ar-a4", "al-sukkari-min-al-naw-al-thani", "article", "السكري", ("السكري", "الوقاية"), (
        B("p", "السكري من النوع الثاني مرض يمكن الوقاية منه أو تأخيره في كثير من الحالات. وتسجل دول الخليج "
               "والشرق الأوسط من أعلى معدلات الإصابة به في العالم."),
        B("h2", "من هم الأكثر عرضة؟"),
        B("ul", items=("من لديهم تاريخ عائلي للمرض", "أصحاب الوزن الزائد خاصة حول البطن",
                       "النساء اللواتي أصبن بسكري الحمل", "قليلو الحركة")),
        B("h2", "الوقاية تبدأ من المطبخ"),
        B("p", "خسارة خمسة إلى سبعة بالمئة من الوزن، مع ساعتين ونصف من النشاط البدني أسبوعيًا، تخفض خطر الإصابة "
               "بنحو النصف لدى من لديهم مقدمات السكري."),
        B("refs", "المراجع", (
            _pm("Knowler WC, Barrett-Connor E, Fowler SE, et al.", "Reduction in the incidence of type 2 diabetes "
                "with lifestyle intervention or metformin.", "N Engl J Med. 2002", "11832527"),
            _ref("منظمة الصحة العالمية: السكري.", WHO + "diabetes"))))),
    ("ar-a5", "al-rida-al-tabiiya", "article", "صحة الطفل", ("الرضاعة الطبيعية", "حديثو الولادة"), (
        B("p", "توصي منظمة الصحة العالمية بالرضاعة الطبيعية وحدها خلال الأشهر الستة الأولى من عمر الطفل، ثم "
               "الاستمرار فيها مع الأطعمة المكملة حتى عمر سنتين أو أكثر."),
        B("p", "يحتوي حليب الأم على أجسام مضادة تحمي الرضيع من الإسهال والتهابات الجهاز التنفسي، كما تقلل الرضاعة "
               "خطر إصابة الأم بسرطان الثدي."),
        B("h2", "صعوبات الأيام الأولى"),
        B("p", "ألم الحلمة واحتقان الثدي شائعان في البداية، وغالبًا ما يكون السبب وضعية الرضاعة. لا تترددي في طلب "
               "المساعدة من مستشارة رضاعة أو ممرضة في المستشفى."),
        B("refs", "المراجع", (_ref("منظمة الصحة العالمية: التغذية بالرضاعة الطبيعية.", WHO +
                                   "infant-and-young-child-feeding"),)))),
    ("ar-a6", "kam-kub-ma-fi-al-yawm", "article", "التغذية", ("الماء", "الترطيب"), (
        B("p", "قاعدة الثمانية أكواب يوميًا ليست قانونًا علميًا. فاحتياج الجسم من الماء يختلف حسب الوزن والنشاط "
               "وحرارة الجو، وجزء منه يأتي من الطعام نفسه كالخضار والفواكه والشوربات."),
        B("p", "أبسط مؤشر هو لون البول: الأصفر الفاتح يعني أن الترطيب جيد، والداكن يعني أنك تحتاج إلى المزيد. "
               "وفي أيام الصيف الحارة أو عند ممارسة الرياضة يرتفع الاحتياج كثيرًا."),
        B("h2", "من يحتاج إلى انتباه خاص؟"),
        B("p", "كبار السن يشعرون بالعطش متأخرين، ومرضى القلب والكلى قد يحتاجون إلى تقليل السوائل، لذا يحدد الطبيب "
               "الكمية المناسبة لهم."))),
    ("ar-a7", "sudaa-al-tawattur", "article", "الأمراض الشائعة", ("الصداع", "التوتر"), (
        B("p", "صداع التوتر هو أكثر أنواع الصداع شيوعًا، ويوصف عادة بأنه ضغط أو شد حول الرأس كالحزام، دون غثيان "
               "أو حساسية شديدة للضوء كما في الشقيقة."),
        B("h2", "الأسباب والمحفزات"),
        B("ul", items=("قلة النوم", "الجلوس الطويل ووضعية الرقبة الخاطئة", "إهمال الوجبات وقلة شرب الماء",
                       "الضغط النفسي في العمل")),
        B("p", "المسكنات البسيطة تفيد في النوبات المتفرقة، لكن استخدامها أكثر من عشرة أيام في الشهر قد يسبب صداعًا "
               "ارتداديًا. راجع الطبيب إذا تغير نمط الصداع فجأة أو صاحبه ضعف أو اضطراب في الرؤية."),
        B("refs", "المراجع", (_ref("منظمة الصحة العالمية: اضطرابات الصداع.", WHO + "headache-disorders"),)))),
    ("ar-a8", "al-tamr-wa-marda-al-sukkari", "article", "التغذية", ("التمر", "السكري"), (
        B("p", "التمر غذاء غني بالألياف والبوتاسيوم والمغنيسيوم، لكنه غني أيضًا بالسكريات الطبيعية. فهل يناسب مرضى "
               "السكري؟"),
        B("p", "المؤشر الجلايسيمي لمعظم أنواع التمر متوسط، ويمكن لمريض السكري المستقر تناول حبة أو حبتين مع وجبة "
               "تحتوي على بروتين وألياف، بشرط احتسابها ضمن الكربوهيدرات اليومية."),
        B("h2", "نصائح عملية"),
        B("ul", items=("لا تأكل التمر وحده على معدة فارغة", "اقرن التمر بالمكسرات أو اللبن",
                       "قس السكر بعد ساعتين لتعرف استجابة جسمك")),
        B("refs", "المراجع", (
            _pm("Alkaabi JM, Al-Dabbagh B, Ahmad S, et al.", "Glycemic indices of five varieties of dates in "
                "healthy and diabetic subjects.", "Nutr J. 2011", "21619670"),)))),
    ("ar-a9", "hasasiyat-al-rabi", "article", "الأمراض الشائعة", ("الحساسية", "الربيع"), (
        B("p", "مع تفتح الأزهار في الربيع تبدأ معاناة كثيرين مع العطاس وسيلان الأنف وحكة العينين. السبب هو حبوب "
               "اللقاح التي يتعامل معها جهاز المناعة كأنها عدو."),
        B("h2", "كيف تخفف الأعراض؟"),
        B("ul", items=("أغلق النوافذ في ساعات الصباح الباكر", "اغسل وجهك وشعرك بعد العودة إلى البيت",
                       "استخدم بخاخ الأنف الملحي", "اسأل الصيدلي عن مضادات الهيستامين غير المنومة")),
        B("p", "إذا صاحبت الحساسية كحة ليلية أو صفير في الصدر، فقد تكون ربوًا يحتاج إلى تقييم الطبيب."))),
    ("ar-a10", "al-iktiab-baad-al-wilada", "article", "الصحة النفسية", ("الاكتئاب", "الحمل والولادة"), (
        B("p", "تشعر كثير من الأمهات بتقلب المزاج والبكاء في الأيام الأولى بعد الولادة، وهذا يزول عادة خلال "
               "أسبوعين. أما اكتئاب ما بعد الولادة فيستمر أطول ويكون أشد."),
        B("p", "من علاماته الحزن المستمر وفقدان الاهتمام بالطفل أو الشعور بالذنب والعجز، وقد تراود الأم أفكار "
               "بإيذاء نفسها. هذه ليست علامة ضعف، بل حالة طبية لها علاج فعال."),
        B("h2", "كيف يساعد الأهل؟"),
        B("p", "الاستماع دون لوم، ومشاركة رعاية الطفل ليلًا، ومرافقة الأم إلى الطبيب خطوات تصنع فرقًا كبيرًا."),
        B("refs", "المراجع", (
            _pm("Stewart DE, Vigod SN.", "Postpartum Depression.", "N Engl J Med. 2016", "27893143"),)))),
    ("ar-a11", "daght-al-dam-al-murtafi", "article", "صحة القلب", ("ضغط الدم", "القلب"), (
        B("p", "يسمى ارتفاع ضغط الدم القاتل الصامت لأنه لا يسبب أعراضًا في أغلب الحالات، بينما يرهق القلب والشرايين "
               "والكلى على مدى سنوات."),
        B("h2", "متى يعتبر الضغط مرتفعًا؟"),
        B("p", "إذا كانت القراءة 140 على 90 أو أكثر في قياسات متكررة. ويفضل قياسه في المنزل صباحًا ومساءً لمدة "
               "أسبوع قبل مراجعة الطبيب."),
        B("h2", "تغييرات تخفض الضغط"),
        B("ul", items=("تقليل الملح إلى أقل من ملعقة صغيرة يوميًا", "الإكثار من الخضار والفواكه",
                       "المشي السريع معظم أيام الأسبوع", "الإقلاع عن التدخين")),
        B("refs", "المراجع", (_ref("منظمة الصحة العالمية: فرط ضغط الدم.", WHO + "hypertension"),
                              _pm("Whelton PK, Carey RM, Aronow WS, et al.", "2017 ACC/AHA Guideline for the "
                                  "Prevention, Detection, Evaluation, and Management of High Blood Pressure in "
                                  "Adults.", "Hypertension. 2018", "29133356"))))),
    ("ar-a12", "taam-al-tifl-al-awwal", "article", "صحة الطفل", ("تغذية الرضع", "الأطعمة المكملة"), (
        B("p", "يبدأ إدخال الطعام الصلب للرضيع في عمر ستة أشهر تقريبًا، عندما يستطيع الجلوس مع دعم بسيط ويُظهر "
               "اهتمامًا بطعام الكبار."),
        B("p", "ابدئي بالخضار المهروسة والحبوب المدعمة بالحديد، وقدمي صنفًا جديدًا كل ثلاثة أيام لمراقبة أي حساسية."),
        B("h2", "أطعمة يجب تأجيلها"),
        B("ul", items=("العسل قبل عمر سنة", "حليب البقر كمشروب رئيسي قبل عمر سنة",
                       "المكسرات الكاملة والعنب غير المقطع", "الملح والسكر المضاف")))),
    ("ar-a13", "al-mashi-baad-al-akl", "article", "اللياقة", ("المشي", "السكري"), (
        B("p", "عشر دقائق من المشي بعد الوجبة الرئيسية تخفض ارتفاع السكر الذي يحدث بعد الأكل، وتساعد على الهضم "
               "وتقلل الانتفاخ."),
        B("p", "لا يشترط أن يكون المشي سريعًا؛ يكفي التجول في البيت أو حول العمارة. والأهم هو الانتظام يومًا بعد "
               "يوم."),
        B("refs", "المراجع", (
            _pm("Reynolds AN, Mann JI, Williams S, Venn BJ.", "Advice to walk after meals is more effective for "
                "lowering postprandial glycaemia in type 2 diabetes mellitus than advice that does not specify "
                "timing.", "Diabetologia. 2016", "27747394"),)))),
    ("ar-a14", "sihhat-al-fam-wal-asnan", "article", "الأمراض الشائعة", ("الأسنان", "الوقاية"), (
        B("p", "تسوس الأسنان أكثر الأمراض انتشارًا في العالم، رغم أن الوقاية منه سهلة وغير مكلفة."),
        B("h2", "أساسيات العناية اليومية"),
        B("ul", items=("تنظيف الأسنان مرتين يوميًا بمعجون يحتوي على الفلورايد", "استخدام الخيط مرة واحدة يوميًا",
                       "تقليل الحلويات والمشروبات المحلاة بين الوجبات", "زيارة طبيب الأسنان كل ستة أشهر")),
        B("p", "نزيف اللثة عند التنظيف ليس أمرًا عاديًا، بل علامة مبكرة على التهاب اللثة يمكن علاجه في مراحله الأولى."))),
    ("ar-a15", "al-tadkhin-wa-al-iqla", "article", "صحة القلب", ("التدخين", "الإقلاع عن التدخين"), (
        B("p", "بعد عشرين دقيقة من آخر سيجارة ينخفض معدل ضربات القلب، وبعد عام واحد ينخفض خطر أمراض القلب إلى "
               "النصف تقريبًا. لم يفت الأوان أبدًا للإقلاع."),
        B("h2", "خطة من أربع خطوات"),
        B("ol", items=("حدد يومًا للإقلاع خلال الأسبوعين القادمين", "تخلص من السجائر والولاعات في البيت والسيارة",
                       "اسأل الطبيب عن بدائل النيكوتين أو الأدوية المساعدة", "توقع الرغبة الشديدة وجهز بديلًا لها")),
        B("p", "الشيشة ليست بديلًا آمنًا؛ فجلسة واحدة قد تعادل دخان عشرات السجائر."),
        B("refs", "المراجع", (_ref("منظمة الصحة العالمية: التبغ.", WHO + "tobacco"),)))),
    ("ar-a16", "hashasha-al-izam", "article", "صحة المرأة", ("هشاشة العظام", "الكالسيوم"), (
        B("p", "هشاشة العظام مرض صامت يجعل العظام ضعيفة وسهلة الكسر، ويصيب النساء بعد انقطاع الطمث أكثر من غيرهن."),
        B("p", "الكالسيوم وفيتامين د والرياضة التي تحمل وزن الجسم كالمشي وصعود الدرج هي أعمدة الوقاية. ويُنصح "
               "بفحص كثافة العظام للنساء فوق الخامسة والستين أو قبل ذلك عند وجود عوامل خطر."),
        B("refs", "المراجع", (
            _pm("Compston JE, McClung MR, Leslie WD.", "Osteoporosis.", "Lancet. 2019", "30696576"),)))),
    ("ar-a17", "al-quwa-al-aqliya-wal-shaykhukha", "article", "الصحة النفسية", ("الذاكرة", "كبار السن"), (
        B("p", "النسيان البسيط مع التقدم في العمر أمر طبيعي، كأن تنسى اسمًا ثم تتذكره لاحقًا. أما نسيان الأحداث "
               "القريبة بشكل متكرر أو التوهان في أماكن مألوفة فيستدعي التقييم."),
        B("h2", "ما الذي يحمي الدماغ؟"),
        B("ul", items=("النشاط البدني المنتظم", "علاج ضغط الدم والسكري", "القراءة وتعلم مهارات جديدة",
                       "العلاقات الاجتماعية والزيارات العائلية", "علاج ضعف السمع")))),
    ("ar-a18", "al-nawm-ind-al-murahiqin", "article", "النوم", ("النوم", "المراهقون"), (
        B("p", "يحتاج المراهق إلى ثماني ساعات إلى عشر ساعات من النوم، لكن ساعته البيولوجية تتأخر طبيعيًا فيميل "
               "إلى السهر والاستيقاظ متأخرًا."),
        B("p", "الشاشات في غرفة النوم تزيد المشكلة. اتفقوا في البيت على مكان لشحن الهواتف خارج غرف النوم، "
               "واجعلوا عطلة نهاية الأسبوع لا تختلف عن بقية الأيام بأكثر من ساعتين."),
        B("refs", "المراجع", (
            _pm("Paruthi S, Brooks LJ, D'Ambrosio C, et al.", "Recommended Amount of Sleep for Pediatric "
                "Populations.", "J Clin Sleep Med. 2016", "27250809"),)))),
    ("ar-a19", "al-riyada-athnaa-al-haml", "article", "صحة المرأة", ("الحمل", "الرياضة"), (
        B("p", "الرياضة المعتدلة أثناء الحمل آمنة لمعظم النساء، وتقلل خطر سكري الحمل وآلام الظهر وتحسن المزاج "
               "والنوم."),
        B("p", "المشي والسباحة واليوغا المخصصة للحوامل خيارات ممتازة. تجنبي الرياضات التي فيها خطر السقوط أو "
               "الاصطدام، وتوقفي فورًا عند النزيف أو الدوخة أو ألم البطن."),
        B("refs", "المراجع", (
            _pm("", "Physical Activity and Exercise During Pregnancy and the Postpartum Period: ACOG Committee "
                "Opinion, Number 804.", "Obstet Gynecol. 2020", "32217980"),)))),
]

TITLES = {
    "ar-v1": "فيديو: خمسة تمارين لآلام الظهر للموظفين",
    "ar-v2": "فيديو: كيف تقيس سكر الدم في المنزل؟",
    "ar-v3": "فيديو: الإسعافات الأولية لاختناق الأطفال",
    "ar-s1": "بدء حملة التطعيم ضد الإنفلونزا الموسمية",
    "ar-s2": "نصيحة سريعة: ارفع المملحة عن المائدة",
    "ar-s3": "سؤال قارئ: هل يصوم مريض السكري؟",
    "ar-s4": "نقص فيتامين د في بلاد الشمس",
    "ar-a1": "فوائد النوم الكافي: لماذا نحتاج إلى سبع ساعات؟",
    "ar-a2": "علامات نقص الحديد وفقر الدم وطرق علاجه",
    "ar-a3": "التوتر المزمن وصحة القلب: العلاقة الخفية",
    "ar-a4": "السكري من النوع الثاني: من هم الأكثر عرضة وكيف نقي أنفسنا؟",
    "ar-a5": "الرضاعة الطبيعية: فوائدها للأم والطفل",
    "ar-a6": "كم كوب ماء تحتاج في اليوم؟",
    "ar-a7": "صداع التوتر: أسبابه وعلاجه",
    "ar-a8": "التمر ومرضى السكري: هل هو مسموح؟",
    "ar-a9": "حساسية الربيع: كيف تخفف العطاس وحكة العينين",
    "ar-a10": "اكتئاب ما بعد الولادة: متى يكون الحزن مرضًا؟",
    "ar-a11": "ارتفاع ضغط الدم: القاتل الصامت",
    "ar-a12": "طعام الطفل الأول: متى وكيف نبدأ؟",
    "ar-a13": "المشي بعد الأكل: عشر دقائق تصنع الفرق",
    "ar-a14": "صحة الفم والأسنان: أساسيات لا غنى عنها",
    "ar-a15": "الإقلاع عن التدخين: خطة من أربع خطوات",
    "ar-a16": "هشاشة العظام عند النساء: الوقاية قبل الكسر",
    "ar-a17": "الذاكرة مع التقدم في العمر: متى نقلق؟",
    "ar-a18": "نوم المراهقين: لماذا يسهرون وكيف نساعدهم؟",
    "ar-a19": "الرياضة أثناء الحمل: ما المسموح وما الممنوع؟",
}


EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
EG_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
             "ديسمبر")
LEV_MONTHS = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
              "تشرين الثاني", "كانون الأول")
SITE = "صحتك اليوم"
SITE_EN = "Sehatak Alyawm"
# the plan draws English names; this portal's writers and medical reviewers (name, honorific, slug, role)
WRITERS = {
    "Ana Costa": ("أحمد خالد", "د.", "ahmad-khaled", "استشاري طب الأسرة"),
    "Marcus Bell": ("سارة يوسف", "", "sara-youssef", "محررة صحية"),
    "Lena Hoffmann": ("ليلى الحسيني", "د.", "layla-al-husseini", "أخصائية تغذية علاجية"),
    "Tomás Rivera": ("محمد العلي", "", "mohammad-al-ali", "محرر صحي"),
    "Priya Shah": ("رنا منصور", "د.", "rana-mansour", "صيدلانية إكلينيكية"),
    "Olivia Grant": ("هبة السيد", "", "heba-elsayed", "محررة صحية"),
    "Yusuf Demir": ("يوسف الزعبي", "د.", "yousef-al-zoubi", "طبيب أطفال"),
    "Claire Dubois": ("نور الهدى عمر", "", "nour-alhuda-omar", "كاتبة في الصحة النفسية"),
    "Irina Volkova": ("مريم الشامي", "د.", "mariam-al-shami", "طبيبة نسائية"),
    "Jonah Whitaker": ("عمر حداد", "", "omar-haddad", "محرر صحي"),
    "Helen Okoro": ("هالة عبد الرحمن", "د.", "hala-abdelrahman", "استشارية الباطنية"),
    "Rafael Mendes": ("رامي الخطيب", "د.", "rami-al-khatib", "استشاري أمراض القلب"),
    "Sarah Lindgren": ("سلمى قاسم", "د.", "salma-qasem", "طبيبة عامة"),
}
CATEGORY_SLUGS = {"التغذية": "nutrition", "صحة القلب": "heart-health", "الصحة النفسية": "mental-health",
                  "صحة الطفل": "child-health", "السكري": "diabetes", "النوم": "sleep", "اللياقة": "fitness",
                  "لياقة": "fitness", "صحة المرأة": "womens-health", "الأمراض الشائعة": "common-conditions",
                  "أخبار صحية": "health-news", "English": "english"}
ARABIC_PAGES = {   # slug -> (title, paragraphs)
    "من-نحن": ("من نحن", [
        "صحتك اليوم منصة صحية عربية يكتب محتواها أطباء ومحررون متخصصون، ويراجع فريق طبي كل مقال قبل نشره.",
        "نحدّث مقالاتنا عندما تتغير الأدلة العلمية، ولا نبيع المكملات الغذائية ولا نقبل مقابلًا ماديًا للنشر."]),
    "اتصل-بنا": ("اتصل بنا", [
        "يسعدنا تلقي أسئلتكم وملاحظاتكم واقتراحاتكم عبر النموذج أدناه، وسنرد خلال أسبوع. لا نقدم استشارات طبية "
        "فردية عبر البريد الإلكتروني."]),
    "سياسة-الخصوصية": ("سياسة الخصوصية", [
        "نجمع أقل قدر ممكن من البيانات: إحصاءات زيارات مجهولة، وبريدك الإلكتروني إذا اشتركت في النشرة. لا نبيع "
        "بياناتك الشخصية أبدًا."]),
}
COMMENTS = (("أم خالد", "مقال مفيد جدًا، جزاكم الله خيرًا. هل تنطبق هذه النصائح على كبار السن أيضًا؟"),
            ("سامي", "شكرًا على المعلومات الواضحة والمراجع."),
            ("فاطمة", "جربت هذه النصائح منذ شهر ولاحظت فرقًا كبيرًا."))


def arabic_slug(title: str) -> str:
    """A slug as Arabic CMSs make one: the title's words joined with hyphens, punctuation dropped."""
    import re
    return re.sub(r"[^\w]+", "-", title).strip("-")


def enc(path: str) -> str:
    return quote(path)


def eg_date(moment) -> str:
    return f"{moment.day} {EG_MONTHS[moment.month - 1]} {moment.year}".translate(EASTERN)


def lev_date(moment) -> str:
    return f"{moment.day} {LEV_MONTHS[moment.month - 1]}/{EG_MONTHS[moment.month - 1]} {moment.year}"


class Arabic(ZooSite):
    family = "arabic"
    site_name = SITE
    declared_language = "ar"
    per_page = 10
    plan = Plan(seed="arabic", count=30, languages=("en", "ar"), authors=5, co_authors=0.2, reviewed=0.35,
                tz_hours=3, related=(0, 1, 2, 3, 3, 4))

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self._stories = {kind: [s for s in STORIES if s[2] == kind] for kind in ("video", "short", "article")}
        self._english_kept = 0
        self.slugs: dict[str, str] = {}          # story key -> transliterated slug
        self.person_slug: dict[str, str] = {}    # Arabic name -> author slug
        self.roles: dict[str, str] = {}
        super().__init__(base_url)

    # -- entries ---------------------------------------------------------------------------------

    def person(self, p: Person) -> Person:
        name, honorific, slug, role = WRITERS[p.name]
        self.person_slug[name], self.roles[name] = slug, role
        return Person(name, honorific, ())

    def next_story(self, kind: str):
        for k in (kind, "article", "short", "video"):
            if self._stories[k]:
                return self._stories[k].pop(0)
        raise RuntimeError("the arabic family ran out of stories")

    def dress(self, entry: Entry) -> Entry:
        story = entry.story
        entry = replace(entry, authors=tuple(self.person(p) for p in entry.authors),
                        reviewer=self.person(entry.reviewer) if entry.reviewer else None)
        if story.language == "en" and story.kind == "short" and self._english_kept < 2:
            self._english_kept += 1
            self.slugs[story.key] = story.key
            return replace(entry, categories=("English",))
        if story.language != "ar":
            key, slug, kind, category, tags, blocks = self.next_story(story.kind)
            title = TITLES[key]
            story = Story(key, title, "ar", kind, category, tags, blocks)
            self.slugs[key] = slug
        else:
            self.slugs[story.key] = {"فوائد المشي اليومي لصحة القلب": "fawaid-al-mashi-lil-qalb"}.get(
                story.title, "himayat-al-atfal-min-al-jafaf")
            category = {"لياقة": "اللياقة"}.get(story.category, story.category)
            story = replace(story, category=category)
        if story.kind != "article":
            entry.reviewer = None
        return replace(entry, story=story, slug=arabic_slug(story.title), categories=(story.category,),
                       tags=story.tags)

    def template(self, entry: Entry) -> str:
        if entry.story.language == "en":
            return "english"
        if entry.story.kind in ("video", "short"):
            return "plain"
        return "medical" if entry.reviewer else "news"

    # -- paths -----------------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        kind, key = self.template(entry), entry.story.key
        if kind == "english":
            return f"/en/{self.slugs[key]}/"
        if kind == "medical":
            return f"/articles/{entry.post_id}-{self.slugs[key]}/"
        if entry.story.kind == "video":
            return f"/videos/{self.slugs[key]}/"
        return enc(f"/مقالات/{entry.slug}/")

    def paged(self, base: str, n: int) -> str:
        return base if n == 1 else f"{base}?page={n}"

    def category_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/category/{CATEGORY_SLUGS[name]}/", n)

    def tag_path(self, name: str, n: int = 1) -> str:
        return self.paged(enc(f"/tag/{arabic_slug(name)}/"), n)

    def author_path(self, person: Person, n: int = 1) -> str:
        return self.paged(f"/author/{self.person_slug[person.name]}/", n)

    def page_path(self, slug: str) -> str:
        return f"/en/{slug}/"

    def raw(self, path: str) -> str:
        """A link as the CMS prints it in the page: the Arabic left unencoded."""
        return unquote(path)

    def route_key(self, target: str) -> str | None:
        parts = urlsplit(target)
        path = quote(unquote(parts.path or "/"))
        return super().route_key(path + (f"?{parts.query}" if parts.query else ""))

    def extra_routes(self) -> None:
        for slug, (title, paragraphs) in ARABIC_PAGES.items():
            self.add(enc(f"/{slug}/"), "page", partial(self.render_arabic_page, slug, title, paragraphs))
        self.add("/feed/", "other", lambda: self.rss(SITE, "/", self.newest), "application/rss+xml; charset=UTF-8")
        self.add("/sitemap.xml", "other", lambda: self.sitemap_index(
            ["/post-sitemap.xml", "/page-sitemap.xml", "/category-sitemap.xml"]), "application/xml")
        self.add("/post-sitemap.xml", "other", lambda: self.sitemap([self.post_path(e) for e in self.newest]),
                 "application/xml")
        self.add("/page-sitemap.xml", "other", lambda: self.sitemap(
            ["/", *[enc(f"/{s}/") for s in ARABIC_PAGES], *[self.page_path(s) for s in texts.EVERGREEN]]),
                 "application/xml")
        self.add("/category-sitemap.xml", "other", lambda: self.sitemap(
            [self.category_path(c) for c in self.groups("categories")]), "application/xml")

    def robots(self) -> str:
        return (f"User-agent: *\nDisallow: /search\nDisallow: /admin/\n\nSitemap: {self.url('/sitemap.xml')}\n")

    # -- pieces -------------------------------------------------------------------------------------------

    def shown(self, p: Person) -> str:
        return f"{p.honorific} {p.name}".strip()

    def author_link(self, p: Person) -> str:
        return f'<a href="{self.author_path(p)}" rel="author">{self.e(self.shown(p))}</a>'

    def head(self, title: str, description: str, canonical: str, og_type: str = "website", extra: str = "",
             locale: str = "ar_AR") -> str:
        return ('<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
                f"<title>{self.e(title)} | {SITE}</title>"
                f'<meta name="description" content="{self.e(description)}">'
                f'<link rel="canonical" href="{self.url(canonical)}">'
                f'<meta property="og:locale" content="{locale}"><meta property="og:type" content="{og_type}">'
                f'<meta property="og:title" content="{self.e(title)}">'
                f'<meta property="og:description" content="{self.e(description)}">'
                f'<meta property="og:url" content="{self.url(canonical)}">'
                f'<meta property="og:site_name" content="{SITE}">'
                '<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@sehatakalyawm">'
                f"{extra}"
                '<link rel="preconnect" href="https://fonts.googleapis.com">'
                '<link href="https://fonts.googleapis.com/css2?family=Tajawal:wght@400;500;700&display=swap" rel="stylesheet">'
                '<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.rtl.min.css" rel="stylesheet">'
                '<link href="https://cdn.jsdelivr.net/npm/bootstrap-icons@1.11.1/font/bootstrap-icons.css" rel="stylesheet">'
                '<link href="/assets/css/style.css?v=3.4" rel="stylesheet">'
                f'<link rel="alternate" type="application/rss+xml" title="{SITE}" href="{self.url("/feed/")}">')

    def navbar(self) -> str:
        cats = "".join(f'<li class="nav-item"><a class="nav-link" href="{self.category_path(c)}">{self.e(c)}</a></li>'
                       for c in ("التغذية", "صحة القلب", "الصحة النفسية", "صحة الطفل", "صحة المرأة", "السكري"))
        return ('<header class="site-header"><div class="topbar bg-light border-bottom small py-1"><div class="container '
                'd-flex justify-content-between"><span>منصة صحية عربية موثوقة</span><span><a href="/en/about/">English</a>'
                f' | <a href="{self.raw(enc("/اتصل-بنا/"))}">اتصل بنا</a></span></div></div>'
                '<nav class="navbar navbar-expand-lg navbar-light bg-white shadow-sm"><div class="container">'
                f'<a class="navbar-brand fw-bold text-success" href="/"><img src="/assets/img/logo.svg" alt="{SITE}" '
                'height="40"></a><button class="navbar-toggler" type="button" data-bs-toggle="collapse" '
                'data-bs-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="القائمة">'
                '<span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" id="mainNav">'
                f'<ul class="navbar-nav me-auto mb-2 mb-lg-0"><li class="nav-item"><a class="nav-link active" href="/">'
                f'الرئيسية</a></li>{cats}<li class="nav-item"><a class="nav-link" href="/category/health-news/">أخبار صحية'
                '</a></li></ul><form class="d-flex" role="search" action="/search" method="get"><input class="form-control '
                'me-2" type="search" name="q" placeholder="ابحث عن مرض أو عرض..." aria-label="بحث"><button class="btn '
                'btn-success" type="submit"><i class="bi bi-search"></i></button></form></div></div></nav></header>')

    def sidebar(self) -> str:
        popular = "".join(
            f'<li class="most-read-item d-flex mb-3"><span class="most-read-num">{str(i).translate(EASTERN)}</span>'
            f'<a href="{self.raw(self.post_path(e))}">{self.e(e.title)}</a></li>' for i, e in enumerate(self.popular(5), 1))
        cats = "".join(f'<li class="list-group-item d-flex justify-content-between"><a href="{self.category_path(c)}">'
                       f'{self.e(c)}</a><span class="badge bg-secondary rounded-pill">{str(len(items)).translate(EASTERN)}'
                       '</span></li>' for c, items in sorted(self.groups("categories").items()))
        return ('<aside class="col-lg-4 sidebar"><div class="widget widget-most-read card mb-4"><div class="card-header '
                'widget-title"><h3 class="h5 mb-0">الأكثر قراءة</h3></div><div class="card-body"><ol class="list-unstyled '
                f'most-read-list">{popular}</ol></div></div>{self.newsletter()}'
                '<div class="widget widget-categories card mb-4"><div class="card-header widget-title"><h3 class="h5 mb-0">'
                f'الأقسام</h3></div><ul class="list-group list-group-flush">{cats}</ul></div>'
                '<div class="widget widget-ad text-center mb-4"><span class="small text-muted">إعلان</span>'
                '<div class="ad-slot" data-ad-slot="sidebar-300x250"></div></div></aside>')

    def newsletter(self) -> str:
        return ('<div class="widget widget-newsletter card mb-4 bg-light"><div class="card-body"><h3 class="h5">اشترك في '
                'النشرة البريدية</h3><p class="small">أحدث المقالات الصحية ونصائح الأطباء في بريدك كل أسبوع.</p>'
                '<form action="/newsletter/subscribe" method="post" class="newsletter-form"><input type="email" name="email" '
                'class="form-control mb-2" placeholder="بريدك الإلكتروني" required><button type="submit" class="btn '
                'btn-success w-100">اشترك الآن</button></form></div></div>')

    def footer(self) -> str:
        pages = "".join(f'<li><a href="{self.raw(enc(f"/{s}/"))}">{self.e(t)}</a></li>' for s, (t, _) in ARABIC_PAGES.items())
        return ('<footer class="site-footer bg-dark text-light pt-5 pb-3 mt-5"><div class="container"><div class="row">'
                f'<div class="col-md-6"><h4 class="h5">{SITE}</h4><p class="small">المعلومات المنشورة في الموقع للتثقيف '
                'الصحي فقط، ولا تغني عن استشارة الطبيب.</p></div><div class="col-md-3"><h4 class="h6">روابط</h4>'
                f'<ul class="list-unstyled">{pages}<li><a href="/en/about/">About us (English)</a></li></ul></div>'
                '<div class="col-md-3"><h4 class="h6">تابعنا</h4><a href="https://www.facebook.com/sehatakalyawm" '
                'class="text-light me-2"><i class="bi bi-facebook"></i></a><a href="https://x.com/sehatakalyawm" '
                'class="text-light me-2"><i class="bi bi-twitter-x"></i></a><a href="https://www.youtube.com/@sehatakalyawm" '
                'class="text-light"><i class="bi bi-youtube"></i></a></div></div><hr><p class="text-center small mb-0">'
                f'جميع الحقوق محفوظة © ٢٠٢٥ {SITE}</p></div></footer>'
                '<div class="cookie-notice alert alert-secondary fixed-bottom mb-0 d-flex justify-content-between" '
                'id="cookieNotice" role="alert"><span>يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك. '
                'بمتابعة التصفح فإنك توافق على <a href="' + self.raw(enc("/سياسة-الخصوصية/")) + '">سياسة الخصوصية</a>.'
                '</span><button type="button" class="btn btn-sm btn-success" data-cookie-accept>موافق</button></div>'
                '<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/js/bootstrap.bundle.min.js"></script>'
                '<script src="/assets/js/main.js?v=3.4"></script>')

    def document(self, head: str, main: str, lang: str = "ar", body_class: str = "") -> str:
        direction = "rtl" if lang == "ar" else "ltr"
        return (f'<!DOCTYPE html><html lang="{lang}" dir="{direction}"><head>{head}</head>'
                f'<body class="{body_class}">{self.navbar()}<main class="py-4"><div class="container"><div class="row">'
                f"{main}</div></div></main>{self.footer()}</body></html>")

    def breadcrumbs(self, items: list[tuple[str, str]]) -> str:
        lis = "".join(f'<li class="breadcrumb-item"><a href="{self.raw(href)}">{self.e(t)}</a></li>' if href else
                      f'<li class="breadcrumb-item active" aria-current="page">{self.e(t)}</li>' for t, href in items)
        return f'<nav aria-label="breadcrumb"><ol class="breadcrumb">{lis}</ol></nav>'

    # -- blocks -------------------------------------------------------------------------------------------

    def video_html(self, src: str, entry: Entry) -> str:
        return (f'<div class="ratio ratio-16x9 my-3"><iframe src="{self.e(src)}" title="{self.e(entry.title)}" '
                'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" '
                "allowfullscreen></iframe></div>")

    def refs_html(self, block: Block) -> str:
        items = "".join(f"<li>{self.inline(i)}</li>" for i in block.items)
        return (f'<div class="references mt-4"><h2 class="h5" id="references">{self.e(block.text)}</h2>'
                f'<ol class="small">{items}</ol></div>')

    def block_html(self, block: Block, entry: Entry) -> str:
        if block.kind in ("h2", "h3") and entry.story.language == "ar":   # no ASCII anchor for an Arabic heading
            return f"<{block.kind}>{self.inline(block.text)}</{block.kind}>"
        if block.kind == "source" and entry.story.language == "ar":
            return f'<p class="source">المصدر: <a href="{self.e(block.text)}">{self.e(block.text)}</a></p>'
        return super().block_html(block, entry)

    def read_also_box(self, e: Entry) -> str:
        return (f'<div class="read-also alert alert-light border-end border-4 border-success"><strong>اقرأ أيضاً:</strong> '
                f'<a href="{self.raw(self.post_path(e))}">{self.e(e.title)}</a></div>')

    def split_related(self, entry: Entry) -> tuple[list[Entry], list[Entry]]:
        """(inline "اقرأ أيضاً" box, "مقالات ذات صلة" row): the box takes the first related post when
        the body is long enough to hold it."""
        related = self.related(entry)
        if related and len(entry.story.blocks) >= 4:
            return related[:1], related[1:]
        return [], related

    def body(self, entry: Entry) -> str:
        inline, _ = self.split_related(entry)
        parts = [self.block_html(b, entry) for b in entry.story.blocks]
        if inline:
            parts.insert(2, self.read_also_box(inline[0]))
        return "\n".join(parts)

    def card(self, e: Entry, heading: str = "h3") -> str:
        return (f'<div class="card post-card h-100"><a href="{self.raw(self.post_path(e))}"><img class="card-img-top" '
                f'src="/uploads/{e.published:%Y/%m}/{e.post_id}.jpg" alt="{self.e(e.title)}" loading="lazy"></a>'
                f'<div class="card-body"><a class="badge bg-success text-decoration-none" href="{self.category_path(e.categories[0])}">'
                f'{self.e(e.categories[0])}</a><{heading} class="card-title h6 mt-2"><a href="{self.raw(self.post_path(e))}">'
                f'{self.e(e.title)}</a></{heading}><p class="card-text small text-muted">{self.e(self.teaser(e, 18))}</p>'
                f'<small class="text-muted"><i class="bi bi-calendar3"></i> {eg_date(e.published)}</small></div></div>')

    # -- article ------------------------------------------------------------------------------------------

    def json_ld(self, entry: Entry, kind: str) -> str:
        url = self.url(self.post_path(entry))
        authors = [{"@type": "Person", "name": self.shown(p), "url": self.url(self.author_path(p))} for p in entry.authors]
        publisher = {"@type": "Organization", "name": SITE, "logo": {"@type": "ImageObject",
                                                                     "url": self.url("/assets/img/logo.png")}}
        if kind == "news":
            data = [{"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage",
                     "@id": url}, "headline": entry.title, "inLanguage": "ar",
                     "image": [self.url(f"/uploads/{entry.published:%Y/%m}/{entry.post_id}.jpg")],
                     "datePublished": entry.published.isoformat(), "dateModified": entry.published.isoformat(),
                     "author": authors, "publisher": publisher, "articleSection": entry.categories[0],
                     "keywords": "، ".join(entry.tags)},
                    {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
                        {"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": self.url("/")},
                        {"@type": "ListItem", "position": 2, "name": entry.categories[0],
                         "item": self.url(self.category_path(entry.categories[0]))},
                        {"@type": "ListItem", "position": 3, "name": entry.title}]}]
        else:
            modified = later(entry.published, f"arabic:{entry.slug}")
            data = [{"@context": "https://schema.org", "@type": "MedicalWebPage", "url": url, "name": entry.title,
                     "headline": entry.title, "inLanguage": "ar", "datePublished": entry.published.isoformat(),
                     "dateModified": modified.isoformat(), "lastReviewed": modified.date().isoformat(),
                     "author": authors, "reviewedBy": {"@type": "Person", "name": self.shown(entry.reviewer)},
                     "publisher": publisher, "about": {"@type": "MedicalCondition", "name": entry.tags[0]},
                     "audience": {"@type": "PeopleAudience", "audienceType": "Patient"}}]
        return "".join(f'<script type="application/ld+json">{json.dumps(d, ensure_ascii=False)}</script>' for d in data)

    def byline(self, entry: Entry, kind: str) -> str:
        label = "كتبه:" if kind == "plain" else ("By" if kind == "english" else "بقلم:")
        names = " و".join(self.author_link(p) for p in entry.authors)
        parts = [f'<span class="byline me-3"><i class="bi bi-person"></i> {label} {names}</span>']
        if kind == "medical":
            parts.append(f'<span class="reviewed-by me-3"><i class="bi bi-patch-check text-success"></i> مراجعة طبية: '
                         f'<a href="{self.raw(enc("/من-نحن/"))}#medical-board">{self.e(self.shown(entry.reviewer))}</a></span>')
            modified = later(entry.published, f"arabic:{entry.slug}")
            parts.append(f'<span class="post-date me-3">تاريخ النشر: {lev_date(entry.published)}</span>'
                         f'<span class="post-updated">آخر تحديث: {lev_date(modified)}</span>')
        elif kind == "english":
            parts.append(f'<span class="post-date">{entry.published:%B} {entry.published.day}, {entry.published.year}</span>')
        else:
            parts.append(f'<span class="post-date"><i class="bi bi-calendar3"></i> نُشر في {eg_date(entry.published)}</span>')
        return f'<div class="post-meta text-muted small mb-3">{"".join(parts)}</div>'

    def share(self, entry: Entry) -> str:
        url = quote(self.url(self.post_path(entry)), safe="")
        return ('<div class="share-buttons my-4"><span class="fw-bold">شارك المقال:</span> '
                f'<a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer/sharer.php?u={url}">فيسبوك</a> '
                f'<a class="btn btn-sm btn-dark" href="https://twitter.com/intent/tweet?url={url}">إكس</a> '
                f'<a class="btn btn-sm btn-success" href="https://api.whatsapp.com/send?text={url}">واتساب</a> '
                f'<a class="btn btn-sm btn-info" href="https://t.me/share/url?url={url}">تيليجرام</a></div>')

    def author_box(self, entry: Entry) -> str:
        p = entry.authors[0]
        return (f'<div class="author-box card my-4"><div class="card-body d-flex"><img class="rounded-circle ms-3" '
                f'src="/uploads/authors/{self.person_slug[p.name]}.jpg" width="80" height="80" alt="{self.e(p.name)}">'
                f'<div><h4 class="h6 mb-1"><a href="{self.author_path(p)}">{self.e(self.shown(p))}</a></h4>'
                f'<p class="small text-muted mb-1">{self.e(self.roles[p.name])}</p><p class="small mb-1">يكتب في {SITE} '
                f'عن الصحة العامة ويحرص على تبسيط المعلومة الطبية للقارئ العربي.</p><a class="small" '
                f'href="{self.author_path(p)}">جميع مقالات الكاتب</a></div></div></div>')

    def comments(self, entry: Entry) -> str:
        if entry.post_id % 3:
            return ('<section class="comments my-4"><h3 class="h5">التعليقات (٠)</h3><p class="text-muted small">لا توجد '
                    'تعليقات بعد. كن أول من يعلق.</p></section>')
        rows = "".join(f'<li class="comment mb-3"><div class="comment-meta small"><strong>{self.e(n)}</strong> · '
                       f'{eg_date(later(entry.published, f"arabic:c{i}:{entry.slug}", 2, 40))}</div><p>{self.e(t)}</p></li>'
                       for i, (n, t) in enumerate(COMMENTS[:2]))
        return (f'<section class="comments my-4"><h3 class="h5">التعليقات (٢)</h3><ul class="list-unstyled">{rows}</ul>'
                '<form class="comment-form" action="/comments/post" method="post"><textarea class="form-control mb-2" '
                'name="comment" placeholder="أضف تعليقك"></textarea><button class="btn btn-outline-success btn-sm">إرسال'
                '</button></form></section>')

    def render_article(self, entry: Entry) -> str:
        kind = self.template(entry)
        path = self.post_path(entry)
        cat = entry.categories[0]
        lang = "en" if kind == "english" else "ar"
        extra = ""
        if kind == "news":
            extra = (f'<meta property="article:published_time" content="{entry.published.isoformat()}">'
                     f'<meta property="article:section" content="{self.e(cat)}">'
                     + "".join(f'<meta property="article:tag" content="{self.e(t)}">' for t in entry.tags))
        if kind in ("news", "medical"):
            extra += self.json_ld(entry, kind)
        head = self.head(entry.title, self.teaser(entry, 25), path, "article", extra,
                         "en_US" if lang == "en" else "ar_AR")
        _, row = self.split_related(entry)
        related = ""
        if row:
            cards = "".join(f'<div class="col-md-4 mb-3">{self.card(e, "h4")}</div>' for e in row)
            related = (f'<section class="related-posts my-4"><h3 class="section-title h5">مقالات ذات صلة</h3>'
                       f'<div class="row">{cards}</div></section>')
        tags = ""
        if entry.tags:
            links = " ".join(f'<a class="badge bg-light text-dark border" href="{self.raw(self.tag_path(t))}" rel="tag">'
                             f'{self.e(t)}</a>' for t in entry.tags)
            tags = f'<div class="post-tags my-3"><span class="fw-bold">الوسوم:</span> {links}</div>'
        direction = ' lang="en" dir="ltr"' if lang == "en" else ""
        figure = ("" if entry.story.kind == "video" else
                  f'<figure class="post-thumbnail"><img class="img-fluid rounded" src="/uploads/{entry.published:%Y/%m}/'
                  f'{entry.post_id}.jpg" alt="{self.e(entry.title)}"></figure>')
        main = (f'<div class="col-lg-8"><article class="single-post post-{entry.post_id}"{direction}>'
                + self.breadcrumbs([("الرئيسية", "/"), (cat, self.category_path(cat)), (entry.title, "")])
                + f'<header class="post-header"><h1 class="post-title fw-bold">{self.e(entry.title)}</h1>'
                f"{self.byline(entry, kind)}</header>{figure}"
                f'<div class="post-content article-body">{self.body(entry)}</div>'
                f"{tags}{self.share(entry)}{related}{self.author_box(entry)}{self.comments(entry)}</article></div>"
                f"{self.sidebar()}")
        return self.document(head, main, body_class=f"single single-{kind}")

    # -- listings and pages ---------------------------------------------------------------------------------

    def pagination(self, path_of, n: int, pages: int) -> str:
        if pages < 2:
            return ""
        items = []
        if n > 1:
            items.append(f'<li class="page-item"><a class="page-link" href="{self.raw(path_of(n - 1))}">السابق</a></li>')
        for i in range(1, pages + 1):
            active = ' active" aria-current="page' if i == n else ""
            items.append(f'<li class="page-item{active}"><a class="page-link" href="{self.raw(path_of(i))}">'
                         f'{str(i).translate(EASTERN)}</a></li>')
        if n < pages:
            items.append(f'<li class="page-item"><a class="page-link" href="{self.raw(path_of(n + 1))}">التالي</a></li>')
        return f'<nav aria-label="تصفح الصفحات"><ul class="pagination justify-content-center">{"".join(items)}</ul></nav>'

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        first = path_of(1)
        if first == "/":
            heading, crumbs = "أحدث المقالات", [("الرئيسية", "")]
        elif first.startswith("/category/"):
            heading, crumbs = f"قسم: {title}", [("الرئيسية", "/"), (title, "")]
        elif first.startswith("/author/"):
            heading, crumbs = f"مقالات {title}", [("الرئيسية", "/"), (title, "")]
        else:
            heading, crumbs = f"الوسم: {title}", [("الرئيسية", "/"), (title, "")]
        cards = "".join(f'<div class="col-md-6 mb-4">{self.card(e)}</div>' for e in items)
        main = (f'<div class="col-lg-8">{self.breadcrumbs(crumbs)}<h1 class="h3 mb-4">{self.e(heading)}</h1>'
                f'<div class="row posts-grid">{cards}</div>{self.pagination(path_of, n, pages)}</div>{self.sidebar()}')
        head = self.head(heading if n == 1 else f"{heading} - صفحة {n}", f"{heading} على {SITE}", path_of(n))
        return self.document(head, main, body_class="archive")

    def render_arabic_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        if slug == "اتصل-بنا":
            body += ('<form class="contact-form" action="/contact/send" method="post"><input class="form-control mb-2" '
                     'name="name" placeholder="الاسم"><input class="form-control mb-2" type="email" name="email" '
                     'placeholder="البريد الإلكتروني"><textarea class="form-control mb-2" name="message" placeholder='
                     '"رسالتك"></textarea><button class="btn btn-success">إرسال</button></form>')
        if slug == "من-نحن":
            board = "".join(f"<li>{self.e(h)} {self.e(n)}: {self.e(r)}</li>" for n, h, _, r in
                            (WRITERS["Helen Okoro"], WRITERS["Rafael Mendes"], WRITERS["Sarah Lindgren"]))
            body += f'<h2 id="medical-board">الفريق الطبي</h2><ul>{board}</ul>'
        main = (f'<div class="col-lg-8"><div class="page-content">{self.breadcrumbs([("الرئيسية", "/"), (title, "")])}'
                f'<h1 class="page-title">{self.e(title)}</h1>{body}</div></div>{self.sidebar()}')
        return self.document(self.head(title, paragraphs[0][:140], enc(f"/{slug}/")), main, body_class="page")

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        main = (f'<div class="col-lg-8"><div class="page-content"><h1 class="page-title">{self.e(title)}</h1>{body}'
                '<p><a href="/">العربية</a></p></div></div>')
        head = self.head(f"{title} - {SITE_EN}", paragraphs[0][:140], self.page_path(slug), locale="en_US")
        return self.document(head, main, lang="en", body_class="page page-en")

    # -- truth ------------------------------------------------------------------------------------------------

    def truth(self) -> dict:
        out = super().truth()
        for entry in self.entries:
            if entry.story.language == "ar":
                art = out["articles"][self.post_path(entry)]
                art["body"] = art["body"].replace("Source: ", "المصدر: ")
        return out
