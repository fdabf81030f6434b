"""Every selector, vocabulary and pattern used by body extraction, compiled once."""
from __future__ import annotations

import re

from lxml import etree

# --- Tags -------------------------------------------------------------------------------------

# Removed with their content before anything else looks at the page.
JUNK_TAGS = (
    "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "frame",
    "frameset", "object", "embed", "applet", "audio", "video", "source", "track", "map",
    "button", "input", "select", "option", "textarea", "label", "dialog", "link", "meta",
)
# Landmarks that never hold the article text.
LANDMARK_TAGS = ("nav", "footer", "aside", "menu")

BLOCK_TAGS = frozenset((
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
    "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
    "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p",
    "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    "caption", "html",
))
# Generic containers whose loose text gets wrapped in <p> so that it is scored and rendered.
CONTAINER_TAGS = ("div", "section", "article", "main", "center", "font", "span")
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")

# --- Sanitizing (nh3 allow-list) -------------------------------------------------------------

ALLOWED_TAGS = frozenset((
    "p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "figure", "figcaption",
    "img", "a", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "em", "strong",
    "b", "i", "code", "pre", "br", "sub", "sup", "dl", "dt", "dd",
))
ALLOWED_ATTRIBUTES = {
    "a": {"href", "rel", "title"},
    "img": {"src", "alt"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
}
URL_SCHEMES = frozenset(("http", "https", "mailto"))
# Removed with their content by nh3 (anything that survived the tree cleaning by accident).
CLEAN_CONTENT_TAGS = frozenset((
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
    "textarea", "select", "button", "form", "title", "head",
))

# --- Structure: where the article body usually lives ------------------------------------------

# Containers named for the article body by common CMSs (WordPress, Drupal, news templates).
# Tokens are matched against lower-cased class/id values with "-", "_" and camelCase removed.
CONTENT_NAME_RE = re.compile(
    r"articlebody|articlecontent|articletext|articlecopy|entrycontent|entrybody|postcontent"
    r"|postbody|posttext|postentry|storybody|storycontent|storytext|bodytext|contentbody"
    r"|maincontent|textcontent|richtext|bodycopy|fieldbody|fulltext|singlecontent|blogcontent"
    r"|pagecontent|contenttext|newstext|newsbody|itemfulltext|detailcontent|contentdetail"
)
# The article-specific subset: a block so named is the body; its containers are never furniture.
BODY_NAME_RE = re.compile(
    r"articlebody|articlecontent|articletext|entrycontent|entrybody|postcontent|postbody"
    r"|posttext|storybody|storycontent|storytext|itemfulltext"
)
# Elements with itemprop="articleBody" or "text", or property="articleBody", also mark the body
# (clean.mark_furniture reads those attributes in its walk).

# --- Boilerplate ------------------------------------------------------------------------------

# class/id tokens (split on whitespace, "-" and "_") that mark page furniture.
BOILERPLATE_TOKENS = frozenset((
    "share", "shares", "sharing", "sharebar", "sharetools", "social", "socials", "sociable",
    "newsletter", "newsletters", "subscribe", "subscription", "signup", "optin",
    "comment", "comments", "commentlist", "respond", "disqus", "replies",
    "authorbio", "authorbox", "bio", "about-author",
    "cookie", "cookies", "consent", "gdpr",
    "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit",
    "dfp", "gpt", "sponsor", "sponsored", "promo", "promotion", "outbrain", "taboola", "zergnet",
    "related", "relatedposts", "yarpp", "recommended", "recommendations", "popular", "trending",
    "mostread", "mostpopular",
    "breadcrumb", "breadcrumbs", "pagination", "pager", "tags", "tagcloud", "taglist",
    "sidebar", "popup", "modal", "overlay", "lightbox", "paywall", "regwall",
    "nav", "navbar", "navigation", "menu", "masthead", "topbar", "toolbar", "skiplink",
    "footer", "byline", "dateline", "timestamp", "rating", "ratings", "feedback", "helpful",
))
# Prefix patterns for names built without separators ("relatedArticles", "shareButtons").
BOILERPLATE_NAME_RE = re.compile(
    r"^(?:share|social|newsletter|subscri|comment(?!ary)|cookie|advert|sponsor|related"
    r"|recommend|breadcrumb|paginat|sidebar|widget|popup|outbrain|taboola|authorbio"
    r"|authorinfo|aboutauthor|authorbox|authorcard|authordescription|authorprofile|paywall"
    r"|regwall|readalso|readmore|alsoread|moreon|morestories|youmaylike"
    r"|mostpopular|mostread|socialshare|screenreader|sronly|visuallyhidden)"
)
BOILERPLATE_ROLES = frozenset((
    "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert",
    "alertdialog", "menu", "menubar", "toolbar",
))
# Short blocks whose whole text is one of these phrases are furniture, wherever they stand.
BOILERPLATE_TEXT_RE = re.compile(
    r"^\W*(?:adverts?|advertisement|advertising|sponsored( content)?|anzeige|publicidad|publicité"
    r"|pubblicità|reklama|werbung|story continues below( advertisement)?|continue reading below"
    r"|article continues below|scroll to continue( with content)?"
    r"|share( this)?( article| story| post| page)?( on| via| with)?( \w+)?|tweet( this)?|pin it"
    r"|e-?mail( this)?|print( this)?|close|follow us( on \w+)?|related( articles| posts| stories)?"
    r"|did you find this (article |post |page )?(helpful|useful)\??.*"
    r"|was this (article |page |post )?helpful\??.*|(leave|post) a (comment|reply)"
    r"|(sign up|subscribe)( now| today)? (for|to) (our|the) (\w+ )?newsletters?.*"
    r"|all rights reserved.*|copyright ©.*|© \d{4}.*|click here to .*|image( source| credit)?:.*"
    r"|photo( credit)?:.*|(listen|watch)( to this article| now)?|read more|show more|load more"
    r"|loading\.*|related coverage|recommended( for you| reading)?|more from .{1,40}"
    r"|we use cookies.*|this site uses cookies.*|by using this (site|website).*cookies.*"
    r"|check out our other .*articles.*|tags?|tagged( with| in)?|filed under|topics?|categories"
    r"|author|authors|written by|posted (by|on|in)|published( on)?|publish date|updated( on)?"
    r"|last updated( on)?|comments?|\d+ comments?|no comments( yet)?|\d+ min(ute)?s?( read|( of)? reading)"
    r"|reading time:? \d+ min(ute)?s?)\W*$",
    re.I,
)
# ... and notices about JavaScript, kept apart: their leading .{0,40} makes every match slow, and
# body.is_boilerplate_text runs this only on the few lines that name JavaScript.
SCRIPT_NOTICE_RE = re.compile(r"^\W*(?:.{0,40}(requires|enable|enabled|disabled) javascript.{0,40})\W*$", re.I)
BOILERPLATE_TEXT_MAX = 220
# A cookie-consent notice, in whatever words: cookies, where they are stored or what they serve, and
# the reader's say ("By clicking Accept, you agree to the storing of cookies on your device...").
CONSENT_TEXT_MAX = 600
CONSENT_COOKIES_RE = re.compile(r"\bcookies?\b", re.I)
CONSENT_WHERE_RE = re.compile(r"\b(?:your (?:device|browser|computer)|this (?:web)?site|our (?:web)?sites?|browsing"
                              r"|(?:privacy|cookie) (?:policy|notice|statement)|analy[sz]e|analytics|site usage"
                              r"|site navigation|user experience)\b", re.I)
CONSENT_SAY_RE = re.compile(r"\b(?:accept(?:ing)?|agree|consent|allow|preferences|settings|continu(?:e|ing) to)\b", re.I)
# an address that leads to an account or a subscription, not to content: sign in, register, plans
ACCOUNT_HREF_RE = re.compile(r"(?:^|[/?&=._-])(?:sign-?in|sign-?up|log-?in|register|subscribe|subscription|plans|"
                             r"pricing|membership|account|paywall|checkout)(?:$|[/?&=._-])")
REGWALL_TEXT_MAX = 600  # a sign-in or subscribe box is short: a heading, a line, its buttons
# a shop's product box inside a post: links to product pages, a price
PRODUCT_HREF_RE = re.compile(r"/products?/|[?&](?:add-to-cart|add_to_cart)=")
PRICE_RE = re.compile(r"[$€£¥]\s?\d|\d(?:[\d.,]*\d)?\s?(?:€|EUR|USD|GBP)\b")
SHOP_BOX_TEXT_MAX = 300
# A byline on a line of its own: "By Reuters", "By Jane Doe and John Roe".
BYLINE_RE = re.compile(r"^(?:by|von|par|por|di|door)\s+[\w.'’ &-]{2,50}$", re.I)
# Credit phrases of a byline: "Medically reviewed by", "Written by", "Updated on", "Published on".
# ... or opening with a Japanese or Chinese credit label and its colon: "監修：医師 佐藤太郎" (supervised
# by), "監修者：", "医学审核：" (medically reviewed by), "執筆：" (written by), "作者：".
CREDIT_RE = re.compile(
    r"\b(?:(?:medically|clinically|fact)[- ]?)?(?:reviewed|checked|written|edited|reported|authored|posted"
    r"|published|updated)\s+(?:by|on)\b"
    r"|^\W*(?:医師|医学|医療|醫學|醫師)?(?:監修|审核|審核|审阅|審閱|审校|審校|執筆|撰文|作者)者?\s*[：:]", re.I)
# Russian reviewer labels: "checked by an expert / a doctor" (on its own line, the name below), "Expert:".
REVIEW_LABEL_RU = r"проверено\s+(?:экспертом|врачом|специалистом)\s*:?|(?:эксперт|рецензент)\s*:"
# A line or a short box opening with a reviewer's credit, wherever it stands: "Medically reviewed by X",
# "Reviewer: X", Russian "Проверено экспертом" (checked by an expert) over the name.
REVIEW_FIELD_RE = re.compile(
    r"^\W*(?:(?:(?:medically|clinically|expert|fact)[- ]?)?(?:reviewed|checked)\s+by\b"
    r"|(?:medical\s+|clinical\s+|expert\s+)?reviewers?\s*:|" + REVIEW_LABEL_RU + ")", re.I)
# A line opening with "by" and a name in any script ("by ライトハウス国際特許事務所 ／ 2016.12.01").
BYLINE_LEAD_RE = re.compile(r"^(?:by|von|par|por|di|door)\s+[^\W\d_]", re.I)
# ... and longer ones with credentials or a lead-in: "Written by Ann Lee", "by N. V., M.D., Member, Board",
# "By Ann Lee and Tom Roe, RN, BSN".
WRITTEN_BY_RE = re.compile(
    r"^\W*(?:[Ww]ritten|[Aa]uthored|[Rr]eported|WRITTEN)\s+(?:[Bb]y|BY)\s+\S"
    r"|^\W*(?:[Bb]y|BY)\s+(?:(?:[A-Z][\w'’-]*\.?|and|und|et|y|e|en|&)\s+){0,7}[A-Z][\w'’-]*\.?\s*,\s*(?:[A-Z]\.?){2,}")
# A labelled author field on a line of its own, as a CMS prints an item's properties under or over
# its text (1C-Bitrix's news.detail: "Автор:&nbsp;Иванова Мария Петровна, врач-терапевт<br />",
# Drupal's inline field labels): "Author: Jane Roe", "Autor: Fritz Imhof", "Авторы: A / B".
AUTHOR_FIELD_RE = re.compile(r"^\W*(?:authors?|autor(?:in|en|es)?|auteurs?|verfasser(?:in)?|автор(?:ы)?)\s*:\s*[^\W\d_]",
                             re.I)
# A line made only of a date and time ("Nov. 20, 2019, 9:28 AM UTC", "segunda-feira, 22 de
# janeiro de 2018 às 0:13"): month and weekday names, digits, time words, punctuation.
_DATE_WORDS = (
    r"jan(uary|uar|vier|eiro)?|feb(ruary|ruar)?|f[ée]v(rier)?|fevereiro|mar(ch|s|zo|ço)?|m[äa]rz"
    r"|apr(il)?|avril|abril|may|mai|maio|mayo|maggio|june?|juin|juni|junho|junio|giugno"
    r"|july?|juillet|juli|julho|julio|luglio|aug(ust)?|ao[uû]t|agosto|sep(t(ember)?)?|sept"
    r"|septembre|setembro|septiembre|settembre|oct(ober)?|okt(ober)?|octobre|outubro|octubre"
    r"|ottobre|nov(ember)?|novembre|novembro|noviembre|dec(ember)?|dez(ember|embro)?|d[ée]cembre"
    r"|diciembre|dicembre|gennaio|febbraio|aprile|agosto|enero|febrero|junio|julio"
    r"|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
    r"|segunda|terça|quarta|quinta|sexta|feira|lunedì|martedì|mercoledì|giovedì|venerdì"
    r"|am|pm|a\.m|p\.m|utc|gmt|cet|cest|est|edt|et|pt|pst|pdt|ist|bst|uhr|h|de|del|le|el|um"
    r"|at|on|às|à|a|updated|published|posted|aktualisiert|veröffentlicht|publié|mis à jour"
    r"|actualizado|publicado|atualizado|aggiornato|pubblicato|last|first|hours?|minutes?|ago"
)
DATE_LINE_RE = re.compile(rf"^(?:(?:{_DATE_WORDS})\b|[\d\W_])+$", re.I)
DATE_LINE_MAX = 70  # longer blocks are prose even if they open like furniture

# A microdata item typed as an article (schema.org Article and its kin: NewsArticle, BlogPosting...)
ARTICLE_ITEMTYPE_RE = re.compile(r"schema\.org/(?:\w*Article|\w*Posting|Report|MedicalWebPage)/?$", re.I)

# A list written in one string ("a, b") uses its script's comma: "," ، (Arabic, Persian, Urdu) 、 ，(CJK)
LIST_COMMA_RE = re.compile("[,\u060c\u3001\uff0c]")

# A site section that names the kind of page it holds (News, Blog, Articles, Press releases) in a
# breadcrumb trail: how the site divides its pages, not what a page is about (no category).
SECTION_KIND_RE = re.compile(
    r"(?:(?:latest |health |the )?(?:news|blogs?|articles?|stories|posts|magazine|newsroom|updates|insights"
    r"|press(?: releases?| room| office)?|media(?: centre| center)?|resources|topics|health topics"
    # a charity's or health service's library of its guides: "Information and support" (Macmillan, Mind,
    # the BHF), "Health information", "Advice and support"
    r"|(?:health |patient )?information(?: (?:and|&) (?:support|advice))?|(?:help|advice|support) (?:and|&) (?:support|advice))"
    r"|(?:health |medical |patient )?(?:library|encyclopedia)|biblioteca(?: de salud)?|enciclopedia(?: médica)?"
    # the site's pages in other languages ("Translated resources", "Multilingual information")
    r"|(?:translated|multilingual) (?:resources|information|materials)|translations"
    r"|aktuelles|aktuell|nachrichten|neuigkeiten|meldungen|aktuelle meldungen|artikel|beiträge|magazin|themen"
    r"|presse(?:mitteilungen)?|noticias|actualidad|artículos|novedades|revista|prensa|temas|actualités|actualites"
    r"|nouvelles|presse|notizie|articoli|stampa|nieuws|artikelen|notícias|artigos|novidades|nyheter|nyheder"
    r"|uutiset|artiklar|wiadomości|aktualności|artykuły|aktuality|zprávy|články|новости|статьи|блог|новини"
    r"|статті|newyddion|ニュース|新闻|新聞|أخبار|مقالات)",
    re.I,
)

# An index of the site's pages by letter ("Health topics A-Z", "Conditions A to Z", "A-Z index"): a
# directory at any depth of a trail, no topic.
LETTER_INDEX_RE = re.compile(r"(?:[\w ,&'-]{0,40}\s)?(?:a-z|a–z|a to z)(?: index)?", re.I)

# A site section named for the language its pages are written in ("Español", "Biblioteca de salud en
# español", "In English", "Auf Deutsch"): the site's edition in that language, not a topic.
_ENDONYMS = (r"español|english|français|francais|deutsch|português|portugues|italiano|nederlands"
             r"|中文|한국어|tiếng việt|kreyòl(?: ayisyen)?|العربية")
LANGUAGE_EDITION_RE = re.compile(
    r"^\W*(?:(?:[^\W\d_]+\s+){0,4}(?:en|in|em|auf|på)\s+(?:" + _ENDONYMS + r")"
    r"|(?:español|français|português|italiano|中文|한국어|tiếng việt|kreyòl(?: ayisyen)?|العربية))\W*$",
    re.I,
)

# --- Related-articles blocks -----------------------------------------------------------------

# Labels of an article's own related block. Site-wide lists ("Latest posts", "Popular", "Trending",
# "Most read", "Top stories", "Editor's picks") are the same beside every article: not its Read Also.
RELATED_HEADING_RE = re.compile(
    r"^\W*(?:read also|also read|see more|read more|more to read|see also|related( articles?| posts?"
    r"| stories| reading| content| coverage| news| links| topics| pages)?|you (may|might) also (like|enjoy)"
    r"|you may be interested in|more (stories|articles|posts) (like this|on this topic|about this)"
    r"|you (may|might) (also )?be interested in"
    r"|recommended( for you| articles| reading| stories)?|further reading|keep reading|read (this |these )?next"
    r"|more on this( topic)?|more like this|similar (articles|posts|stories|content|reads|pages)|à lire aussi|lire aussi|sur le même sujet|articles? similaires|lesen sie auch"
    r"|auch interessant|mehr zum thema|ähnliche (artikel|beiträge)|artículos similares|articoli simili|das könnte sie auch interessieren|weitere artikel|leer también"
    r"|lee también|te puede interesar|artículos relacionados|noticias relacionadas|páginas relacionadas|enlaces relacionados|leggi anche"
    r"|potrebbe interessarti|articoli correlati|leia também|veja também|artigos relacionados|links relacionados|lees ook"
    r"|gerelateerde artikelen|czytaj (też|także)|zobacz też|читайте также|похожие статьи|по теме|関連記事"
    r"|あわせて読みたい|相关文章|相关阅读|延伸阅读|관련 ?기사|baca juga|artikel terkait|ilginizi çekebilir"
    r"|benzer haberler|läs också|les også|læs også|lue myös)\W*$",
    re.I,
)
# Labels of the site's own lists shown beside any article: furniture, removed, never Read Also.
SITE_LIST_HEADING_RE = re.compile(
    r"^\W*(?:(our |the )?latest( stories| news| posts| articles| headlines)?|top (stories|news|posts)"
    r"|more (news|headlines)|editor[’']?s (picks|choice)|(most )?popular( posts| articles| stories| now)?"
    r"|trending( now| stories| posts)?|most (read|viewed|shared|commented)|don[’']?t miss"
    r"|more (stories |articles |posts )?from .{1,40}|recent (posts|articles|stories)|what to read next"
    r"|meistgelesen|les plus lus|à la une|lo más leído|più letti|mais lidas)\W*$",
    re.I,
)
# Labels of a block named like a related list that lists no reading matter: a hospital's "Related
# services", a shop's "Related products" (links to pages of another kind). Not "Related conditions":
# a health service's condition pages are its articles (the NHS.UK related nav).
_OTHER_KINDS = (r"(?:services?|products?|doctors?|providers?|specialists?|experts?|locations?|clinics?|departments?"
                r"|programs?|events?|documents?|downloads?|courses?|tools?|calculators?|quizzes)")
RELATED_OTHER_RE = re.compile(
    r"^\W*(?:related|similar)\s+" + _OTHER_KINDS + r"\W*$"
    r"|^\W*(?:servicios|productos|médicos|especialistas|ubicaciones|centros|programas"
    r"|eventos|servi[çc]os|produtos)\s+relacionad[oa]s\W*$",
    re.I,
)
# The label of one part of a related box that lists no reading matter either: the box groups what the
# CMS relates to the page by kind ("Related Items": "Health Library" documents, then "Health Tools";
# "Our Doctors", "Upcoming Events", "Tools & Calculators"), each kind under its own label.
OTHER_SECTION_RE = re.compile(
    r"^\W*(?:[^\W\d_]+\s+){0,2}" + _OTHER_KINDS + r"(?:\s*(?:&|and)\s*" + _OTHER_KINDS + r")?\W*$", re.I)
RELATED_NAME_RE = re.compile(
    r"related|yarpp|jp-relatedposts|crp_related|rp4wp|read-?also|also-?read|more-?stories"
    r"|you-?may-?(also-?)?like|recommended-?(posts|articles|stories)|further-?reading",
    re.I,
)
READ_MORE_RE = re.compile(
    r"^\s*(?:read more|see more|continue reading|read the (full )?(article|story)|lire la suite|weiterlesen"
    r"|mehr lesen|leer más|seguir leyendo|leggi (di più|tutto)|continua a leggere|leia mais"
    r"|lees meer|czytaj dalej|читать далее|続きを読む|阅读更多|더 ?보기)\s*[:»›>→…\-–—]*\s*",
    re.I,
)
# a link to the whole listing beside a block's label ("View all"), not an item of the block
ALL_ITEMS_RE = re.compile(
    r"^\s*(?:(?:view|see|show|browse) (?:all|more)(?: (?:posts|articles|stories))?|all (?:posts|articles|stories)"
    r"|alle (?:anzeigen|artikel|beiträge)|voir tout|tout voir|ver todo|ver todos|vedi tutti|ver tudo)\s*[:»›>→…\-–—]*\s*$",
    re.I,
)
RELATED_MAX_TEXT = 4000  # a related block is a short list of links, not a page section

# --- Citations --------------------------------------------------------------------------------

# Headings of reference lists and of lists of further resources ("Where can I learn more?").
REFERENCES_HEADING_RE = re.compile(
    r"^\W*(?:((?:article|study|our|key|selected|scientific|medical|research) )?(?:sources?|references?)"
    r"|bibliography|citations?|works cited|literature( cited)?|studies cited|via|additional resources|(more |other |useful |external )?resources"
    r"|further reading|more information|for more information|useful links|external links"
    r"|(where can i |where to )?learn more( about .{1,40})?\??|quellen|quellenangaben|literatur|références"
    r"|referencias|fuentes|bibliografía|bibliografia|fonti|referências|fontes|bronnen"
    r"|źródła|bibliografia|источники|литература|参考文献|出典|참고 ?문헌"
    r"|(?:ال)?(?:مراجع|مصادر)(?: و(?:ال)?(?:مراجع|مصادر))?)\W*$",
    re.I,
)
SCHOLARLY_HOST_RE = re.compile(
    r"(?:^|\.)(?:doi\.org|ncbi\.nlm\.nih\.gov|nih\.gov|cdc\.gov|who\.int|nejm\.org"
    r"|thelancet\.com|bmj\.com|jamanetwork\.com|nature\.com|sciencedirect\.com"
    r"|cochranelibrary\.com|springer\.com|wiley\.com|academic\.oup\.com|plos\.org"
    r"|frontiersin\.org|mdpi\.com|cell\.com|science\.org|pnas\.org|biomedcentral\.com"
    r"|ahajournals\.org|fda\.gov|ema\.europa\.eu|europepmc\.org|clinicaltrials\.gov"
    r"|medrxiv\.org|biorxiv\.org|tandfonline\.com|sagepub\.com|karger\.com|thieme-connect\.com"
    r"|annals\.org|diabetesjournals\.org|jstage\.jst\.go\.jp|scielo\.\w+|nice\.org\.uk"
    r"|nhs\.uk|ecdc\.europa\.eu|cancer\.gov|medlineplus\.gov|acpjournals\.org)$",
    re.I,
)
# Scholarly identifiers other than DOIs and PMIDs (read separately): PMCID, arXiv, ISBN.
SCHOLARLY_ID_RE = re.compile(r"\bPMC\d{4,9}\b|arxiv\.org/abs/|\barXiv:\s?\d{4}\.\d{4,5}|\bISBN(?:-1[03])?:?\s?[\d-]{10,17}", re.I)
DOI_RE = re.compile(r"\b(10\.\d{4,9}/[^\s\"'<>]+)", re.I)
DOI_TRAILING = ".,;:)]}>"
PMID_URL_RE = re.compile(r"(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov/pubmed)/(\d{1,9})\b")
PMID_TEXT_RE = re.compile(r"\bPMID:?\s*(\d{1,9})\b")

# --- Page level -------------------------------------------------------------------------------

FEED_TYPES = frozenset(("application/rss+xml", "application/atom+xml"))
LISTING_BODY_CLASS_RE = re.compile(
    r"(?:^|\s)(?:archive|category|tag|search|search-results|blog|home|paged|author)(?:\s|$)"
)
XP_JSON_LD = etree.XPath(
    "//script[contains(translate(@type, 'LDJSON', 'ldjson'), 'ld+json')]/text()", smart_strings=False
)

# RDFa creation dates (an element's property="..." with a machine content="2024-03-08T10:15:00-05:00"):
# Drupal 7's RDF module wraps every node's date so (property="dc:date dc:created"), RDFa Lite pages
# write schema.org's datePublished. A property token is a CURIE or a bare term; modified dates are not
# matched.
RDFA_CREATED_RE = re.compile(r"(?:^|\s)(?:(?:dc|dcterms|dct):(?:date|created|issued)|(?:schema:|https?://schema\.org/)?"
                             r"(?:datePublished|dateCreated))(?:\s|$)")

# --- Body scoring and pruning -------------------------------------------------------------

# A block's prose is the text outside its links; link-heavy blocks are navigation.
# Text blocks (body.text_blocks): p, pre, dd, h2-h6; blockquotes without p; li without p or li;
# td without p or td. A walk with these tests costs half the XPath //p | //blockquote[not(.//p)]...
BLOCK_TAGS_SCORED = ("p", "pre", "blockquote", "li", "td", "dd", "h2", "h3", "h4", "h5", "h6")
XP_TEXT_OUTSIDE_LINKS = etree.XPath(".//text()[not(ancestor::a)]")
# What is left of a line once its links are taken out: a label ("Related Roundup:", "Tag:").
LINK_LABEL_RE = re.compile(r"^[^\w]*[\w'’ ]{1,30}:[\s|,·]*$")
YEAR_OR_TIME_RE = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[:.h]\d\d\b")
TITLE_NAME_RE = re.compile(r"title|headline|heading", re.I)
CREDIT_NAME_RE = re.compile(r"(?:^|[\s_-])(?:credit|credits|photocredit|imagecredit)(?:$|[\s_-])")

# --- Furniture names and hidden blocks ----------------------------------------------------

# Names of blocks that are furniture whatever their size (a long comment thread, a cookie
# dialog longer than the article); other furniture names are trusted only on small blocks.
# (Pop-ups and modals are not among them: a block so named that holds the article's paragraphs is
# the article shown in an overlay, kept by remove_boilerplate's prose test.)
SURE_FURNITURE_TOKENS = frozenset((
    "comment", "comments", "commentlist", "respond", "disqus", "replies", "cookie", "cookies",
    "consent", "gdpr", "bio", "authorbio", "authorbox",
))
SURE_FURNITURE_PREFIXES = ("comment", "cookie", "disqus", "authorbio", "authorinfo", "aboutauthor",
                           "authorbox", "authorcard", "authordescription", "authorprofile")
# CSS-framework class names of blocks not shown on screen (hidden, responsive-hidden, print-only).
# Names that merely contain "hidden" ("field-label-hidden", "overflow-hidden") do not count.
SCREEN_HIDDEN_NAME_RE = re.compile(
    r"(?:is-|u-)?(?:hidden|hide|invisible|d-none)$"
    r"|(?:hidden|hide)-(?:xs|sm|md|lg|xl|xlg|xxl|mobile|tablet|desktop|phone)$"
    r"|hide-for-(?:small|medium|large|xlarge)(?:-only|-up)?$"
    r"|(?:mobile|tablet|desktop|phone)-(?:hide|hidden)$"
    r"|(?:d-print-(?:block|inline|flex)|visible-print(?:-block|-inline)?|print-only|printonly"
    r"|print-(?:header|footer|logo|title|url)|print)$"
)
# WordPress and Drupal write a post's taxonomy into its class ("tag-ads", "category-social"):
# such names describe the post, not the block.
TAXONOMY_PREFIXES = ("tag-", "tags-", "category-", "categories-", "cat-", "topic-", "term-",
                     "post-tag-", "format-", "type-", "status-", "postid-", "page-id-")
# Furniture holds no run of real paragraphs: a share/ad/sidebar-named box that does is a wrapper.
XP_HOLDS_PARAGRAPHS = etree.XPath("count(.//p[string-length(normalize-space(.)) > 200]) >= 2")
# The attributes that may hide an element (clean.hidden_candidates reads their elements): an
# attribute-axis scan costs half of //*[@hidden or @aria-hidden='true' or @style].
XP_HIDING_ATTRIBUTES = etree.XPath("//@hidden | //@aria-hidden | //@style"
                                   " | //@class[contains(., 'w-condition-invisible')]")
# classes a platform's own stylesheet always hides (Webflow's conditional visibility: an empty field's
# box, a block meant for other posts), whatever is inside
NEVER_SHOWN_CLASS = "w-condition-invisible"
# Class tokens of text hidden from sighted readers and kept for screen readers (WordPress, Bootstrap,
# Drupal, HTML5 Boilerplate): "(opens in a new tab)", "minutes" beside a shown "mins".
SCREEN_READER_CLASSES = frozenset(
    "screen-reader-text sr-only visually-hidden visuallyhidden element-invisible".split())
# class attributes that may name one (an attribute-axis scan; the tokens are checked after)
XP_SCREEN_READER_CLASS = etree.XPath(
    "//@class[contains(., 'sr-only') or contains(., 'screen-reader') or contains(., 'visually')"
    " or contains(., 'element-invisible')]")
HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

# --- Related-block labels -----------------------------------------------------------------

# Candidate labels (related.related_labels): headings, <strong>, <b>, <dt> and <header>s without
# paragraphs of any length; short <p>s, <span>s without child elements and <div>s holding no
# div, p or ul. The text of every candidate is read anyway, so the tests are made in Python:
# XPath predicates over every element of the page cost several times more.
RELATED_LABEL_TAGS = ("h2", "h3", "h4", "h5", "h6", "header", "strong", "b", "dt", "p", "span", "div")
RELATED_LABEL_MAX = 60      # a label is shorter than this

# --- Reference sections -------------------------------------------------------------------

SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")
# Candidate labels of a reference list: headings, <strong>, <b>, <dt>, <summary>, short <p>s.
REFERENCE_LABEL_TAGS = ("h2", "h3", "h4", "h5", "h6", "strong", "b", "dt", "summary", "p")
REFERENCE_LABEL_MAX = 40

# --- Sanitizing and text ------------------------------------------------------------------

SAFE_HREF_RE = re.compile(r"\s*(?:https?:|mailto:)", re.I)
# Soft hyphens, zero-width spaces, word joiners, BOMs: they split words for search and counting.
# (Zero-width (non-)joiners stay: Persian and Indic scripts need them.)
INVISIBLE_CHARS_RE = re.compile("[\u00ad\u200b\u2060\ufeff]")
# Attributes that hold the real image address on lazy-loading pages, best first.
LAZY_SRC_ATTRIBUTES = ("data-src", "data-lazy-src", "data-original", "data-url", "data-srcset",
                       "srcset")

# --- Text -------------------------------------------------------------------------------------

# A word: a run of letters and digits, except that each Chinese character and each kana counts as one
# (Chinese and Japanese write no spaces: a whole sentence would be one "word"; word processors count
# them so). Korean spaces its words; Thai and the like are still read as runs.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
WORD_RE = re.compile(f"[{_CJK}]|[^\\W{_CJK}]+")
XML_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
