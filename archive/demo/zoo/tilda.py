"""tilda (held out): the blog of a private medical centre ("Клиника «Линия здоровья»", Yekaterinburg) built on
Tilda Publishing, the site builder most used by small businesses in Russia and Eastern Europe.

Modelled on real Tilda output found in public repositories:
- ``NightStrang6r/XDL`` ``Site/index.php`` (a Tilda export: ``<!--metatextblock-->`` around the title,
  ``og:`` tags and canonical, no JSON-LD; ``tilda-grid-3.0.min.css``, ``tilda-blocks-*.css``,
  ``dns-prefetch`` of ``ws.tildacdn.com``; ``<body class="t-body">``);
- the saved pages quoted by find_string for ``data-tilda-page-id`` (``<div id="allrecords"
  class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id=...
  data-tilda-page-id=... data-tilda-page-alias=... data-tilda-formskey=... data-tilda-lazy="yes">``,
  every block ``<div id="recNNN" class="r t-rec t-rec_pt_.." data-record-type="NNN">``, Zero Block
  ``data-record-type="396"`` > ``div.t396`` > ``div.t396__artboard`` with ``data-artboard-*``
  attributes, ``t396__carrier``, ``t396__filter`` and absolutely positioned ``t396__elem tn-elem``
  pieces holding ``tn-atom``);
- Tilda's feed script (``tilda-feed-1.0.js`` as vendored in a public repository the index names only by
  file id 14706985459: ``t_feed_drawPostPopupTitle``
  ``t-feed__post-popup__title t-title``, ``t_feed_drawPostPopupDate`` ``t-feed__post-popup__date-wrapper`` >
  ``t-feed__post-popup__date t-uptitle t-uptitle_sm``, ``t_feed_drawPostPopupText`` ``#feed-text
  .t-feed__post-popup__text-wrapper`` > ``.t-feed__post-popup__text t-text t-text_md``,
  ``t_feed_drawPostPopupAuthor`` ``t-feed__post-popup__author-wrapper`` > ``t-feed__post-popup__author-name
  t-descr t-descr_xxs``, ``t_feed_addRelevantsHTML`` / ``t_feed_drawRelevantsPostInRow``
  ``t-feed__post-popup__relevants-title t-uptitle t-uptitle_xxl`` and ``t-feed__post-popup__relevants-item
  t-col t-col_8 t-prefix t-prefix_2`` > ``a`` > ``t-feed__post-popup__relevants-item-title t-name t-name_xs``,
  list cards ``js-feed-post t-feed__post t-item`` > ``t-feed__row-grid__post-wrapper`` >
  ``t-feed__textwrapper``);
- scrapers of real Tilda blogs (``div.t-feed__post-popup__container.t-container.t-popup__container
  .t-popup__container-static`` > ``div.t-feed__post-popup__content-wrapper`` ... ``t-feed__post-popup__title-wrapper
  > h1``; ``meta[itemprop=mainEntityOfPage]``, ``img[itemprop=image]``, ``h1[itemprop=name]``, the post's
  parts as ``span.t-uptitle.t-uptitle_xs``); a scraper's note that Tilda post text mixes plain text with
  ``<br>`` and real ``<p>``/``<li>`` (``.t-redactor__text``); the Quill editor CSS of Tilda's feed
  editor (``.t-redactor__video-container iframe``).

The site: ``<html lang="ru">``, every page a stack of Tilda records: the header menu (T228), the page's
blocks, the same "Записаться на приём" form (``t-form`` with name and phone fields) and the contacts
block (T-contacts: addresses, phones, hours) on every page, then the footer, the cookie notice (T886)
and Yandex.Metrika. The home page and service landings (``/kardiologiya``, ``/uzi``, ``/checkup``) are
Zero Blocks (``t396``: the heading, slogans and buttons as absolutely positioned ``tn-elem`` pieces) and
price lists (T-price-list rows): pages, not articles. The blog is a Tilda Feed on ``/blog``: the list
(newest first, 9 a page; the "Загрузить ещё" button and ``?tfeeds_page=N`` links), posts at
``/tpost/<10 chars>-<translit>`` rendered by Tilda's static post template: the parts (``t-uptitle``
labels: the categories), the title in ``h1.t-feed__post-popup__title``, the date "12 марта 2024" and the
author field written by the editors as "Врач-кардиолог Попов Дмитрий Сергеевич" (the position first);
clinic news posts have no author. The text is Tilda's editor output (``t-redactor__text`` with
``<br /><br />`` between paragraphs, ``t-redactor__h2``, ``t-redactor__quote``); videos are YouTube or
Vimeo players, as iframes in older posts and as Tilda's lazy-load placeholders (``t-video-lazyload`` with
``data-videolazy-id`` and ``data-youtube``, no iframe) since the 2022 redesign. At the end, "Читайте
также" (the feed's relevant posts: the truth's Read Also) and a "Поделиться" share bar. Microdata
(``itemscope`` BlogPosting with ``datePublished`` in Tilda's odd "2024-03-12MSK10:15:00+03:00" form: from
memory of live Tilda posts, not found in the index; the lazy-load attribute names likewise),
``og:`` tags, no JSON-LD. A few English posts on a second feed: ``/en/blog`` and ``/en/tpost/...``.
The home page also carries the clinic's Rutube video (not an article). ``/sitemap.xml`` (pages and feed
posts), Tilda's robots.txt. No trap: the feed's pages end.
"""
from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from functools import partial

from . import bitrix_texts as T
from .bitrix import element_code
from .posts import Block, Entry, Person, Plan, Story
from .site import TEXT, ZooSite, video_id

SITE = "Линия здоровья"
PROJECT = 4721193
CDN = "https://static.tildacdn.com"
LAZY_SINCE = date(2022, 6, 1)         # the redesign: videos as lazy-load placeholders, no iframe
MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
          "ноября", "декабря")
XML = "application/xml; charset=utf-8"
SERVICES = {"/kardiologiya": ("Кардиология", (("Приём кардиолога, первичный", "2 400"), ("ЭКГ с расшифровкой", "900"),
                                              ("Суточное мониторирование ЭКГ по Холтеру", "3 800"),
                                              ("ЭхоКГ (УЗИ сердца)", "3 200"))),
            "/uzi": ("УЗИ-диагностика", (("УЗИ органов брюшной полости", "2 100"), ("УЗИ щитовидной железы", "1 500"),
                                         ("УЗИ сосудов шеи", "2 600"), ("УЗИ почек и мочевого пузыря", "1 700"))),
            "/checkup": ("Check-up: комплексное обследование", (("Check-up «Базовый»", "9 900"),
                                                                 ("Check-up «Сердце и сосуды»", "14 500"),
                                                                 ("Check-up «Женское здоровье»", "16 900")))}
PAGES = {"/about": ("О клинике", ("Клиника «Линия здоровья» работает в Екатеринбурге с 2012 года. У нас два филиала, "
                                  "собственная лаборатория и кабинет функциональной диагностики.",
                                  "Приём ведут врачи высшей категории и кандидаты медицинских наук.")),
         "/contacts": ("Контакты", ("ул. Малышева, 44 — центральный филиал, ежедневно с 8:00 до 21:00.",
                                    "пр. Космонавтов, 52 — пн–сб с 8:00 до 20:00.")),
         "/policy": ("Политика обработки персональных данных", (
             "Настоящая политика определяет порядок обработки персональных данных пользователей сайта.",
             "Отправляя форму, вы соглашаетесь на обработку персональных данных в соответствии с 152-ФЗ."))}


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


class Tilda(ZooSite):
    family = "tilda"
    site_name = SITE
    declared_language = "ru"
    per_page = 9
    ignore_query = False               # ?tfeeds_page=N selects the feed's page
    author_pages = False               # the author is a text field of the post
    authorless = "mixed"               # clinic news carry no author
    plan = Plan(seed="tilda", count=30, languages=("en", "ru"), authors=5, tz_hours=3, related=(2, 3, 3, 4))

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self._stand_ins = {"short": iter(T.NEWS), "article": iter(T.ARTICLES), "video": iter(T.VIDEOS)}
        self._english = {"video": 1, "article": 3}     # English stories kept for /en/blog
        self._who: dict[str, int] = {}
        super().__init__(base_url)

    # -- entries --------------------------------------------------------------------------------------

    def stand_in(self, story: Story) -> Story:
        """The Russian story published in place of an English one (or the English one, for /en/)."""
        if self._english.get(story.kind, 0) > 0:
            self._english[story.kind] -= 1
            return story
        row = next(self._stand_ins[story.kind], None)
        if row is None or isinstance(row, Story):   # clinic news name the clinic: ours, not the other family's
            return replace(row, blocks=tuple(replace(b, text=b.text.replace("Вита Плюс", SITE)) for b in row.blocks)) if row else story
        key, title, category, tags, (first, *rest) = row
        player = next(b for b in story.blocks if b.kind == "video")
        return Story(key, title, "ru", "video", category, tags, (Block("p", first), player, *(Block("p", p) for p in rest)))

    def dress(self, entry: Entry) -> Entry:
        story = self.stand_in(entry.story) if entry.story.language == "en" else entry.story
        en = story.language == "en"
        news = story.kind == "short" and not en
        authors: tuple[Person, ...] = ()
        if not news:
            row = T.PEOPLE[self._who.setdefault(entry.authors[0].name, len(self._who)) % len(T.PEOPLE)]
            authors = (Person(row[2], "", row[3]) if en else Person(row[0], "", row[1]),)
        category = "News" if en and story.kind == "short" else story.category
        uid = hashlib.md5(story.key.encode()).hexdigest()
        code = "".join(c for c in uid if c.isalpha())[:3] + uid[:7]
        return replace(entry, story=story, slug=f"{code}-{element_code(story.title, 6)}", authors=authors, reviewer=None,
                       categories=(category,), tags=())

    def is_en(self, entry: Entry) -> bool:
        return entry.story.language == "en"

    def feed(self, en: bool) -> list[Entry]:
        return [e for e in self.newest if self.is_en(e) == en]

    def post_path(self, entry: Entry) -> str:
        return f"{'/en' if self.is_en(entry) else ''}/tpost/{entry.slug}"

    def shown_related(self, entry: Entry) -> list[Entry]:
        """Tilda's relevants come from the post's own feed: a Russian post never shows an English one."""
        return [o for o in self.related(entry) if self.is_en(o) == self.is_en(entry)]

    def byline(self, person: Person) -> str:
        """The author field as the editors fill it: the position first, then the full name."""
        if not person.credentials:
            return person.name
        return f"{_capital(', '.join(person.credentials))} {person.name}"

    @staticmethod
    def long_day(moment) -> str:
        return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"

    @staticmethod
    def feed_path(base: str, n: int) -> str:
        return base if n == 1 else f"{base}?tfeeds_page={n}"

    # -- routes ---------------------------------------------------------------------------------------

    def build_routes(self) -> None:
        self.add("/robots.txt", "other", self.robots, TEXT)
        for entry in self.entries:
            self.add(self.post_path(entry), "article", partial(self.render_article, entry))
        self.add_listing("Блог", self.feed(False), partial(self.feed_path, "/blog"))
        self.add_listing("Blog", self.feed(True), partial(self.feed_path, "/en/blog"))
        self.add("/", "page", self.landing)
        for path, (title, prices) in SERVICES.items():
            self.add(path, "page", partial(self.service, path, title, prices))
        for path, (title, paragraphs) in PAGES.items():
            self.add(path, "page", partial(self.render_page, path, title, list(paragraphs)))
        self.add("/sitemap.xml", "other", lambda: self.sitemap(
            ["/", *SERVICES, *PAGES, "/blog", "/en/blog", *[self.post_path(e) for e in self.newest]]), XML)

    def robots(self) -> str:
        """The robots.txt Tilda writes for a project on its own domain."""
        return ("User-agent: *\nDisallow: /tilda/form1/\nDisallow: /tilda/popup/\nDisallow: /*?tilda_\n"
                f"Host: {self.base}\nSitemap: {self.url('/sitemap.xml')}\n")

    # -- records --------------------------------------------------------------------------------------

    @staticmethod
    def rec_id(name: str) -> int:
        return 500000000 + int(hashlib.md5(name.encode()).hexdigest()[:7], 16) % 300000000

    def record(self, name: str, kind: int, inner: str, pad: str = "t-rec_pt_60 t-rec_pb_60") -> str:
        rid = self.rec_id(name)
        return (f'<div id="rec{rid}" class="r t-rec {pad}" style="padding-top:60px;padding-bottom:60px;" '
                f'data-animationappear="off" data-record-type="{kind}">\n{inner}\n</div>')

    def zero_block(self, name: str, pieces: list[tuple[str, str, int, int]], height: int = 620) -> str:
        """A Zero Block: each piece (type, inner HTML, top, left) an absolutely positioned ``tn-elem``."""
        rid = self.rec_id(name)
        elems = []
        for i, (kind, inner, top, left) in enumerate(pieces):
            eid = 1700000000000 + (rid % 100000) * 10 + i
            elems.append(f"<div class='t396__elem tn-elem tn-elem__{rid}{eid}' data-elem-id='{eid}' data-elem-type='{kind}' "
                         f"data-field-top-value=\"{top}\" data-field-left-value=\"{left}\" data-field-width-value=\"560\" "
                         f"data-field-axisy-value=\"top\" data-field-axisx-value=\"left\" data-field-container-value=\"grid\">"
                         f"<div class='tn-atom'>{inner}</div></div>")
        style = "".join(f'#rec{rid} .tn-elem[data-elem-id="{1700000000000 + (rid % 100000) * 10 + i}"]{{z-index:{i + 2};'
                        f"top:{top}px;left:calc(50% - 600px + {left}px);width:560px;}}" for i, (_, _, top, left) in enumerate(pieces))
        return (f'<div id="rec{rid}" class="r t-rec" style=" " data-animationappear="off" data-record-type="396">'
                f"<!-- T396 --><style>#rec{rid} .t396__artboard{{height:{height}px;background-color:#eef4f7;}}{style}</style>"
                f"<div class='t396'><div class=\"t396__artboard\" data-artboard-recid=\"{rid}\" "
                f'data-artboard-screens="320,480,640,960,1200" data-artboard-height="{height}" data-artboard-valign="center" '
                f'data-artboard-upscale="grid" data-artboard-height-res-320="720"><div class="t396__carrier" '
                f'data-artboard-recid="{rid}"></div><div class="t396__filter" data-artboard-recid="{rid}"></div>'
                f'{"".join(elems)}</div></div></div>')

    def menu(self, en: bool) -> str:
        links = ((("/en/blog", "Blog"), ("/", "Русская версия")) if en else
                 (("/kardiologiya", "Кардиология"), ("/uzi", "УЗИ"), ("/checkup", "Check-up"), ("/blog", "Блог"),
                  ("/about", "О клинике"), ("/contacts", "Контакты"), ("/en/blog", "EN")))
        items = "".join(f'<li class="t228__list_item" style="padding:0 15px;"><a class="t-menu__link-item" href="{p}" '
                        f'data-menu-submenu-hook="" data-menu-item-number="{i + 1}">{t}</a></li>' for i, (p, t) in enumerate(links))
        return self.record("menu", 228, (
            '<div id="nav" class="t228 t228__positionfixed t228__beforeready" style="background-color:rgba(255,255,255,1);" '
            'data-bgcolor-hex="#ffffff" data-menu="yes"><div class="t228__maincontainer" style="height:80px;">'
            f'<div class="t228__padding40px"></div><div class="t228__leftside"><div class="t228__leftcontainer"><a href="{"/en/blog" if en else "/"}" '
            f'class="t228__imgwrapper"><img class="t228__imglogo t228__imglogomobile" src="{CDN}/tild3862-6135-4731-b530-'
            f'613765336537/logo.svg" imgfield="img" style="max-width:180px;width:180px;" alt="{SITE}"></a></div></div>'
            f'<div class="t228__centerside"><nav class="t228__centercontainer"><ul role="list" class="t228__list t-menu__list">'
            f'{items}</ul></nav></div><div class="t228__rightside"><div class="t228__rightcontainer"><div class="t228__right_descr">'
            '<a href="tel:+73432000000" style="color:#1e6fa8;">+7 (343) 200-00-00</a></div><div class="t228__right_buttons">'
            '<div class="t228__right_buttons_wrap"><div class="t228__right_buttons_but"><a href="#popup:zapis" target="" '
            'class="t-btn t-btn_md " style="color:#ffffff;background-color:#1e6fa8;border-radius:30px;"><table role="presentation" '
            'style="width:100%;height:100%;"><tr><td>Записаться</td></tr></table></a></div></div></div></div></div>'
            '<div class="t228__padding40px"></div></div></div>'), pad="t-rec_pt_0 t-rec_pb_0")

    def appointment(self, en: bool) -> str:
        title, text, button = (("Book an appointment", "Leave your phone number and our administrator will call you back.",
                                "Send") if en else
                               ("Записаться на приём", "Оставьте номер телефона — администратор перезвонит в течение "
                                "15 минут и подберёт удобное время.", "Отправить"))
        return self.record("form", 678, (
            '<div class="t678"><div class="t-section__container t-container"><div class="t-col t-col_12">'
            f'<div class="t-section__topwrapper t-align_center"><div class="t-section__title t-title t-title_xs">{title}</div>'
            f'<div class="t-section__descr t-descr t-descr_xl t-margin_auto">{text}</div></div></div></div>'
            '<div class="t-container"><div class="t-col t-col_8 t-prefix_2"><form id="form%d" name="form%d" role="form" action="" '
            'method="POST" data-formactiontype="2" data-inputbox=".t-input-group" class="t-form js-form-proccess t-form_inputs-total_3" '
            'data-success-callback="t678_onSuccess"><input type="hidden" name="formservices[]" value="a1f3e0c5b2d8" class="js-formaction-services">'
            '<div class="js-successbox t-form__successbox t-text t-text_md" style="display:none;"></div><div class="t-form__inputsbox">'
            '<div class="t-input-group t-input-group_nm" data-input-lid="1495810359387"><label for="input_1495810359387" '
            'class="t-input-title t-descr t-descr_md">Имя</label><div class="t-input-block"><input type="text" autocomplete="name" '
            'name="Name" id="input_1495810359387" class="t-input js-tilda-rule" value="" data-tilda-req="1" data-tilda-rule="name"></div></div>'
            '<div class="t-input-group t-input-group_ph" data-input-lid="1495810354468"><label class="t-input-title t-descr t-descr_md">'
            'Телефон</label><div class="t-input-block"><input type="tel" name="Phone" class="t-input js-tilda-rule js-phonemask-input" '
            'value="" data-tilda-req="1" data-tilda-rule="phone" placeholder="+7 (999) 999-99-99"></div></div>'
            '<div class="t-form__submit"><button type="submit" class="t-submit" style="color:#ffffff;background-color:#1e6fa8;">'
            f'{button}</button></div></div><div class="t-form__bottom-text t-text t-text_xs">Нажимая на кнопку, вы даёте согласие на '
            '<a href="/policy">обработку персональных данных</a></div></form></div></div></div>' % (self.rec_id("form"), self.rec_id("form"))))

    def contacts(self) -> str:
        return self.record("contacts", 585, (
            '<div class="t585"><div class="t-container"><div class="t-col t-col_4 t-prefix_1"><div class="t-name t-name_xl">Контакты</div>'
            '<div class="t-text t-text_sm">Екатеринбург, ул. Малышева, 44<br>Екатеринбург, пр. Космонавтов, 52<br><a href="tel:+73432000000">+7 (343) 200-00-00</a>'
            '<br>Ежедневно с 8:00 до 21:00</div></div><div class="t-col t-col_6"><div class="t-map" data-map-x="56.8375" data-map-y="60.6120" '
            'data-map-zoom="15" style="height:360px;"></div></div></div></div>'))

    def document(self, path: str, title: str, records: str, *, head: str = "", en: bool = False, alias: str = "") -> str:
        lang = "en" if en else "ru"
        cookie = ("We use cookies. By staying on the site you agree." if en else
                  "Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с "
                  '<a href="/policy">политикой обработки персональных данных</a>.')
        return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" /><!--metatextblock--><title>{self.e(title)}</title>
{head}<!--/metatextblock--><meta name="format-detection" content="telephone=no" /><meta http-equiv="x-dns-prefetch-control" content="on">
<link rel="dns-prefetch" href="https://ws.tildacdn.com"><link rel="dns-prefetch" href="https://static.tildacdn.com">
<link rel="shortcut icon" href="{CDN}/tild6434-3861-4133-b761-386138613861/favicon.ico" type="image/x-icon" />
<link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css" type="text/css" media="all" onerror="this.loaderr='y';"/>
<link rel="stylesheet" href="/tilda-blocks-page{self.rec_id(path) % 90000000}.min.css?t=1733480000" type="text/css" media="all" onerror="this.loaderr='y';" />
<link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-forms-1.0.min.css" type="text/css" media="all" onerror="this.loaderr='y';" />
<link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-feed-1.0.min.css" type="text/css" media="all" />
<script nomodule src="https://static.tildacdn.com/js/tilda-polyfill-1.0.min.js" charset="utf-8"></script>
<script type="text/javascript">function t_onReady(func) {{if (document.readyState != 'loading') {{func();}} else {{document.addEventListener('DOMContentLoaded', func);}}}}
function t_onFuncLoad(funcName, okFunc, time) {{if (typeof window[funcName] === 'function') {{okFunc();}} else {{setTimeout(function() {{t_onFuncLoad(funcName, okFunc, time);}},(time || 100));}}}}</script>
<script src="https://static.tildacdn.com/js/tilda-scripts-3.0.min.js" charset="utf-8" defer onerror="this.loaderr='y';"></script>
<script src="https://static.tildacdn.com/js/tilda-feed-1.0.min.js" charset="utf-8" async></script>
</head><body class="t-body" style="margin:0;"><!--allrecords-->
<div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="{PROJECT}" data-tilda-page-id="{self.rec_id(path) % 60000000}" data-tilda-page-alias="{alias}" data-tilda-formskey="3b8f1c2d9e0a4b5c6d7e8f9a0b1c2d3e" data-tilda-cookie="no" data-tilda-lazy="yes" data-tilda-project-lang="{lang.upper()}">
{self.menu(en)}
{records}
{self.appointment(en)}
{"" if en else self.contacts()}
{self.record("footer", 345, f'<div class="t345"><div class="t-container"><div class="t-col t-col_12"><div class="t345__text t-descr t-descr_xxs">© 2012–2024 ООО «Линия здоровья». Лицензия № Л041-01021-66/00412345. Имеются противопоказания, необходима консультация специалиста.</div></div></div></div>', pad="t-rec_pt_30 t-rec_pb_30")}
{self.record("cookie", 886, f'<div class="t886 t886_closed"><div class="t886__wrapper" style="background-color:#ffffff;"><div class="t886__text t-descr t-descr_xxs">{cookie}</div><button type="button" class="t886__btn t-btn t-btn_xs"><span class="t886__btn-text">OK</span></button></div></div>', pad="t-rec_pt_0 t-rec_pb_0")}
</div>
<!--/allrecords-->
<!-- Tilda copyright. Don't remove this line --><div class="t-tildalabel t-tildalabel_white" id="tildacopy" data-tilda-sign="{PROJECT}#{self.rec_id(path) % 60000000}"><a href="https://tilda.cc/?upm={PROJECT}" class="t-tildalabel__link"><div class="t-tildalabel__wrapper"><div class="t-tildalabel__txtleft">Made on </div><div class="t-tildalabel__wrapimg"><img src="https://static.tildacdn.com/img/tildacopy.png" class="t-tildalabel__img" fetchpriority="low" alt=""></div><div class="t-tildalabel__txtright">Tilda</div></div></a></div>
<!-- Stat --><!-- Yandex.Metrika counter 91827364 --><script type="text/javascript" data-tilda-cookie-type="analytics">setTimeout(function(){{(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};m[i].l=1*new Date();k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)}})(window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");window.mainMetrikaId = '91827364';ym(window.mainMetrikaId , "init", {{clickmap:false, trackLinks:true, accurateTrackBounce:true, webvisor:true,ecommerce:"dataLayer"}});}}, 2000);</script><noscript><div><img src="https://mc.yandex.ru/watch/91827364" style="position:absolute; left:-9999px;" alt="" /></div></noscript><!-- /Yandex.Metrika counter -->
<script type="text/javascript">if (! window.mainTracker) {{ window.mainTracker = 'tilda'; }}</script>
</body></html>"""

    def og(self, title: str, descr: str, path: str, kind: str = "website", image: str = "") -> str:
        return (f'<meta name="description" content="{self.e(descr)}" />\n<meta property="og:url" content="{self.url(path)}" />\n'
                f'<meta property="og:title" content="{self.e(title)}" />\n<meta property="og:description" content="{self.e(descr)}" />\n'
                f'<meta property="og:type" content="{kind}" />\n'
                + (f'<meta property="og:image" content="{image}" />\n' if image else "")
                + f'<link rel="canonical" href="{self.url(path)}">\n')

    # -- post text ------------------------------------------------------------------------------------

    def image(self, entry: Entry) -> str:
        h = hashlib.md5(entry.slug.encode()).hexdigest()
        return f"{CDN}/tild{h[:4]}-{h[4:8]}-{h[8:12]}-{h[12:16]}-{h[16:28]}/cover.jpg"

    def body_html(self, entry: Entry) -> str:
        """Tilda's editor output: runs of paragraphs in one ``t-redactor__text`` with ``<br /><br />``."""
        out, run = [], []
        for block in entry.story.blocks:
            if block.kind == "p":
                run.append(self.inline(block.text))
                continue
            if run:
                out.append(f'<div class="t-redactor__text">{"<br /><br />".join(run)}</div>')
                run = []
            out.append(self.block_html(block, entry))
        if run:
            out.append(f'<div class="t-redactor__text">{"<br /><br />".join(run)}</div>')
        return "".join(out)

    def block_html(self, block: Block, entry: Entry) -> str:
        if block.kind in ("h2", "h3"):
            return f'<h2 class="t-redactor__h2">{self.inline(block.text)}</h2>' if block.kind == "h2" else (
                f'<h3 class="t-redactor__h3">{self.inline(block.text)}</h3>')
        if block.kind in ("ul", "ol"):
            items = "".join(f"<li>{self.inline(i)}</li>" for i in block.items)
            return f'<div class="t-redactor__text"><{block.kind}>{items}</{block.kind}></div>'
        if block.kind == "quote":
            return f'<div class="t-redactor__quote">{self.inline(block.text)}</div>'
        if block.kind == "refs":
            items = "".join(f"<li>{self.inline(i)}</li>" for i in block.items)
            return f'<h3 class="t-redactor__h3">{self.e(block.text)}</h3><div class="t-redactor__text"><ol>{items}</ol></div>'
        if block.kind == "figure":
            return (f'<figure class="t-redactor__figure"><img src="{self.e(block.text)}" alt="{self.e(block.items[0])}" '
                    f'data-original="{self.e(block.text)}" style="max-width:100%;"></figure>')
        return super().block_html(block, entry)

    def video_html(self, src: str, entry: Entry) -> str:
        vid = video_id(src)
        provider = "vimeo" if "vimeo" in src else "youtube"
        if entry.published.date() < LAZY_SINCE:
            return (f'<figure class="t-redactor__figure"><div class="t-redactor__video-container"><iframe width="720" height="405" '
                    f'src="{self.e(src)}" frameborder="0" allowfullscreen="true"></iframe></div></figure>')
        return (f'<figure class="t-redactor__figure"><div class="t-redactor__video-container"><div class="t-video-lazyload" '
                f'data-videolazy-type="{provider}" data-videolazy-id="{vid}" data-{provider}="{vid}" data-blocklazy="true" '
                'style="width:100%;height:405px;"></div></div></figure>')

    # -- pages ----------------------------------------------------------------------------------------

    def relevants(self, entry: Entry, en: bool) -> str:
        related = self.shown_related(entry)
        if not related:
            return '<div class="t-feed__post-popup__relevants js-feed-relevants"></div>'
        items = "".join(
            '<div class="t-feed__post-popup__relevants-item-wrapper"><div class="t-feed__post-popup__relevants-item '
            't-feed__post-popup__relevants-item_row t-col t-col_8 t-prefix t-prefix_2 t-align_left">'
            f'<a class="" href="{self.url(self.post_path(o))}"><div class="t-feed__post-popup__relevants-content">'
            f'<div class="t-feed__post-popup__relevants-imgwrapper"><div class="t-feed__post-popup__relevants-bgimg t-bgimg" '
            f'data-original="{self.image(o)}" style="background-image:url({self.image(o)});"></div></div>'
            '<div class="t-feed__post-popup__relevants-textwrapper"><div class="t-feed__post-popup__relevants-parts">'
            f'<span class="t-feed__post-popup__relevants-item-tag t-uptitle t-uptitle_xs">{self.e(o.categories[0])}</span></div>'
            f'<div class="t-feed__post-popup__relevants-item-title t-name t-name_xs">{self.e(o.title)}</div>'
            f'<div class="t-feed__post-popup__relevants-item-descr t-descr t-descr_xxs">{self.e(self.teaser(o, 16))}</div>'
            '</div></div></a></div></div>' for o in related)
        title = "Read also" if en else "Читайте также"
        return ('<div class="t-feed__post-popup__relevants js-feed-relevants"><div class="t-feed__post-popup__relevants-title-wrapper '
                f't-col t-col_8 t-prefix t-prefix_2"><div class="t-feed__post-popup__relevants-title t-align_left t-uptitle '
                f't-uptitle_xxl">{title}</div></div><div class="t-feed__post-popup__relevants-wrapper">{items}</div></div>')

    def render_article(self, entry: Entry) -> str:
        en = self.is_en(entry)
        path = self.post_path(entry)
        moment = entry.published
        stamp = f"{moment:%Y-%m-%d}MSK{moment:%H:%M:%S}+03:00"
        author = ""
        if entry.authors:
            author = ('<div class="js-feed-post-author t-feed__post-popup__author-wrapper"><div class="js-feed-post-author-image '
                      f't-feed__post-popup__author-bgimg t-bgimg" data-original="{CDN}/tild3532-6166-4437-b436-623562376536/doctor.jpg"></div>'
                      f'<span class="js-feed-post-author-name t-feed__post-popup__author-name t-descr t-descr_xxs">'
                      f'{self.e(self.byline(entry.authors[0]))}</span></div>')
        parts = "".join(f'<span class="t-feed__post-popup__tag"><span class="t-uptitle t-uptitle_xs">{self.e(c)}</span></span>'
                        for c in entry.categories)
        date_line = self.long_day(moment) if not en else f"{moment:%B} {moment.day}, {moment.year}"
        share = ("Share" if en else "Поделиться")
        feed = "/en/blog" if en else "/blog"
        post = f"""<div id="rec{self.rec_id(feed + 'feed')}" class="r t-rec" data-animationappear="off" data-record-type="1019"><!-- t-feed -->
<div class="t-feed"><div class="t-feed__post-popup t-popup t-popup_show" style="background-color:#ffffff;display:block;" data-feed-popup-postuid="{entry.post_id}">
<div class="t-feed__post-popup__close-wrapper"><a href="{feed}" class="t-popup__close"><div class="t-popup__close-wrapper"><svg class="t-popup__close-icon" width="11" height="20" viewBox="0 0 11 20"><path d="M1 1L10 10L1 19" stroke="#000000" stroke-width="2"/></svg></div></a><div class="t-feed__post-popup__close-text t-descr t-descr_xxs">{"Back" if en else "Все статьи"}</div></div>
<div class="t-feed__post-popup__container t-container t-popup__container t-popup__container-static" itemscope itemtype="https://schema.org/BlogPosting">
<div class="t-feed__post-popup__content-wrapper"><div class="t-feed__post-popup__content t-col t-col_8">
<div style="display:none;"><meta itemprop="datePublished" content="{stamp}" /><meta itemprop="dateModified" content="{stamp}" /><meta itemprop="mainEntityOfPage" content="{self.url(path)}" />
<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="logo" content="{CDN}/tild3862-6135-4731-b530-613765336537/logo.svg" /><meta itemprop="name" content="{SITE}" /></div></div>
<div class="t-feed__post-popup__cover-wrapper t-feed__post-popup__cover-wrapper_aftertitle"><img src="{self.image(entry)}" itemprop="image" class="js-feed-post-image t-feed__post-popup__img t-img" alt="" /></div>
<div class="t-feed__post-popup__tags-wrapper">{parts}</div>
<div class="t-feed__post-popup__title-wrapper"><h1 class="js-feed-post-title t-feed__post-popup__title t-title t-title_xs" itemprop="name">{self.e(entry.title)}</h1></div>
<div class="t-feed__post-popup__date-parts-wrapper t-feed__post-popup__date-parts-wrapper_aftertitle">{author}<span class="t-feed__post-popup__date-wrapper"><span class="js-feed-post-date t-feed__post-popup__date t-uptitle t-uptitle_sm">{date_line}</span></span></div>
<div id="feed-text" class="t-feed__post-popup__text-wrapper" data-animationappear="off"><div class="js-feed-post-text t-feed__post-popup__text t-text t-text_md" itemprop="articleBody"><div class="t-redactor__tte-view">{self.body_html(entry)}</div></div></div>
<div class="t-feed__share t-feed__share_black-white"><div class="t-feed__share-title t-descr t-descr_xxs">{share}:</div><div class="ya-share2 t-feed__share-icons" data-services="vkontakte,telegram,whatsapp,odnoklassniki" data-url="{self.url(path)}" data-title="{self.e(entry.title)}"></div></div>
</div></div>
{self.relevants(entry, en)}
</div></div></div></div>"""
        site = "Line of Health Clinic" if en else f"Клиника «{SITE}»"
        head = self.og(entry.title, self.teaser(entry, 24), path, "article", self.image(entry))
        return self.document(path, f"{entry.title} — {site}", post, head=head, en=en, alias="blog")

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        en = path_of(1).startswith("/en/")
        cards = "".join(
            f'<div class="js-feed-post t-feed__post t-item t-col t-col_8 t-prefix_2" data-post-uid="{o.post_id}">'
            f'<a href="{self.post_path(o)}" class="js-feed-post-link"><div class="t-feed__row-grid__post-wrapper">'
            f'<div class="t-feed__post-imgwrapper"><div class="js-feed-post-image t-feed__post-bgimg t-bgimg" data-original="{self.image(o)}"'
            f' style="background-image:url({self.image(o)});"></div></div><div class="t-feed__textwrapper">'
            f'<div class="t-feed__post-parts-date-row t-feed__post-parts-date-row_beforetitle"><span class="t-feed__post-parts-date-row__item">'
            f'<span class="js-feed-post-date t-feed__post-date t-uptitle t-uptitle_xs">{self.long_day(o.published) if not en else f"{o.published:%B} {o.published.day}, {o.published.year}"}</span></span>'
            f'<span class="t-feed__post-parts-date-row__item"><span class="t-feed__post-tag t-uptitle t-uptitle_xs">{self.e(o.categories[0])}</span></span></div>'
            f'<div class="js-feed-post-title t-feed__post-title t-name t-name_xl">{self.e(o.title)}</div>'
            f'<div class="js-feed-post-descr t-feed__post-descr t-descr t-descr_xxs">{self.e(self.teaser(o, 22))}</div></div></div></a></div>'
            for o in items)
        pager = ""
        if pages > 1:
            links = "".join(f'<a href="{path_of(k)}" class="t-feed__pagination-link{" t-feed__pagination-link_active" if k == n else ""}">{k}</a>'
                            for k in range(1, pages + 1))
            more = (f'<div class="t-feed__showmore-btn-wrapper"><a href="{path_of(n + 1)}" class="t-feed__showmore-btn t-btn t-btn_md">'
                    f'{"Load more" if en else "Загрузить ещё"}</a></div>' if n < pages else "")
            pager = f'{more}<div class="t-feed__pagination">{links}</div>'
        head_text = "Articles by our doctors" if en else "Статьи врачей клиники о здоровье, профилактике и диагностике"
        feed = (f'<div class="t-container"><div class="t-col t-col_8 t-prefix_2"><h1 class="t-title t-title_xs">{self.e(title)}</h1>'
                f'<div class="t-descr t-descr_md">{head_text}</div></div></div>'
                f'<div class="t-feed js-feed" data-feed-grid-type="row" data-feed-recid="{self.rec_id(path_of(1) + "feed")}">'
                f'<div class="t-feed__container t-container js-feed-container">{cards}</div>{pager}</div>')
        label = f"{title}{f' — страница {n}' if n > 1 and not en else (f' — page {n}' if n > 1 else '')}"
        head = self.og(title, head_text, path_of(n))
        return self.document(path_of(n), f"{label} — {SITE}", self.record(path_of(1) + "feed", 1019, feed), head=head, en=en,
                             alias=path_of(1).strip("/"))

    def render_page(self, path: str, title: str, paragraphs: list[str]) -> str:
        text = "<br /><br />".join(self.e(p) for p in paragraphs)
        block = self.record(path, 3, (f'<div class="t004"><div class="t-container"><div class="t-col t-col_8 t-prefix_2">'
                                      f'<div class="t-title t-title_xs">{self.e(title)}</div><div class="t-text t-text_md">{text}</div>'
                                      "</div></div></div>"))
        return self.document(path, f"{title} — {SITE}", block, head=self.og(title, paragraphs[0], path), alias=path.strip("/"))

    def prices(self, name: str, rows) -> str:
        lines = "".join(f'<div class="t-prices__item"><div class="t-prices__name t-name t-name_md">{self.e(s)}</div>'
                        f'<div class="t-prices__price t-name t-name_md">{p} ₽</div></div>' for s, p in rows)
        return self.record(name + "prices", 795, (f'<div class="t795"><div class="t-container"><div class="t-col t-col_8 t-prefix_2">'
                                                  f'<div class="t-section__title t-title t-title_xs">Цены</div>{lines}'
                                                  '<div class="t-descr t-descr_xxs">Цены указаны в рублях и не являются публичной офертой.</div>'
                                                  "</div></div></div>"))

    def service(self, path: str, title: str, rows) -> str:
        hero = self.zero_block(path, [
            ("text", f'<h1 style="font-size:52px;">{self.e(title)}</h1>', 120, 20),
            ("text", "Приём в день обращения. Врачи высшей категории.", 260, 20),
            ("button", '<a href="#popup:zapis" class="tn-atom__button">Записаться</a>', 360, 20),
            ("image", f'<img class="tn-atom__img t-img" data-original="{CDN}/tild6331-3466-4230-a436-313131313131/doctor.png" alt="">', 60, 640)])
        why = self.zero_block(path + "why", [
            ("text", "<strong>12 лет</strong><br>работаем в Екатеринбурге", 60, 20),
            ("text", "<strong>40 врачей</strong><br>высшей категории", 60, 420),
            ("text", "<strong>Своя лаборатория</strong><br>результаты за 1 день", 60, 820)], height=240)
        head = self.og(title, f"{title} в клинике «{SITE}» в Екатеринбурге", path)
        return self.document(path, f"{title} в Екатеринбурге — клиника «{SITE}»", hero + why + self.prices(path, rows), head=head,
                             alias=path.strip("/"))

    def landing(self) -> str:
        hero = self.zero_block("/", [
            ("text", f'<h1 style="font-size:56px;">Клиника «{SITE}»</h1>', 110, 20),
            ("text", "Взрослая и детская медицина в центре Екатеринбурга", 240, 20),
            ("button", '<a href="#popup:zapis" class="tn-atom__button">Записаться на приём</a>', 330, 20),
            ("button", '<a href="/checkup" class="tn-atom__button tn-atom__button_ghost">Check-up за один день</a>', 330, 300)])
        cards = "".join(f'<div class="t-col t-col_4"><a href="{p}"><div class="t-name t-name_lg">{self.e(t)}</div></a></div>'
                        for p, (t, _) in SERVICES.items())
        services = self.record("services", 490, f'<div class="t490"><div class="t-container">{cards}</div></div>')
        latest = "".join(f'<div class="t-col t-col_4"><a href="{self.post_path(o)}"><div class="t-name t-name_md">{self.e(o.title)}</div></a>'
                         f'<div class="t-descr t-descr_xxs">{self.long_day(o.published)}</div></div>' for o in self.feed(False)[:3])
        blog = self.record("home-blog", 1020, f'<div class="t-container"><div class="t-section__title t-title t-title_xs">Статьи врачей</div>{latest}'
                                              '<a href="/blog" class="t-btn t-btn_sm">Все статьи</a></div>')
        video = self.record("home-video", 156, (
            '<div class="t156"><div class="t-container"><div class="t-col t-col_10 t-prefix_1"><div class="t-title t-title_xs">Экскурсия по клинике</div>'
            '<div class="t-video"><iframe width="720" height="405" src="https://rutube.ru/play/embed/7f3c1e0b9a2d4c6e8f1a3b5c7d9e0f21/" '
            'frameborder="0" allow="clipboard-write; autoplay" webkitAllowFullScreen mozallowfullscreen allowFullScreen></iframe></div>'
            "</div></div></div>"))
        head = self.og(f"Клиника «{SITE}» в Екатеринбурге", "Взрослая и детская медицина в центре Екатеринбурга", "/")
        return self.document("/", f"Клиника «{SITE}» — медицинский центр в Екатеринбурге", hero + services + video + blog, head=head,
                             alias="")
