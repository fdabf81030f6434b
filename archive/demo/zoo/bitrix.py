"""bitrix (held out): the health articles and news of a Russian regional clinic network ("Вита Плюс",
Yekaterinburg) on 1C-Bitrix: Site Manager, the most common CMS in Russia.

Modelled on real Bitrix component templates found on GitHub:
``NadezhdaDeminceva/PHP_Bitrix`` ``templates/.default/components/bitrix/news/.default/bitrix/news.detail/
news_detail_inner/template.php`` (``div.news-detail`` > ``img.detail_picture``, ``span.news-date-time`` with
DISPLAY_ACTIVE_FROM, then DETAIL_TEXT, ``<div style="clear:both">``); ``MarPeh/new.miac-io.ru``
``.../gos_modern/components/bitrix/news/officials/bitrix/news.detail/.default/template.php`` (the date
rewritten as "12 марта 2024" with MONTH_N_S messages; DISPLAY_PROPERTIES printed after the text as
"NAME:&nbsp;VALUE<br />", multiple values joined by "&nbsp;/&nbsp;"); ``metufona/syrnik``
``components/bitrix/news/news/bitrix/news.list/.default/template.php`` (``div.news-item`` with
``id=GetEditAreaId(ID)``, i.e. ``bx_<hash>_<ID>``, ``news-date-time``, "Подробнее" links and
``div.news-navigation`` around NAV_STRING); ``cesnakas/eurocran.su`` ``local/templates/main/components/
bitrix/breadcrumb/.default/template.php`` (``div.bx-breadcrumb`` > ``div.bx-breadcrumb-item#bx_breadcrumb_N``
with schema.org BreadcrumbList microdata, "Главная" first); ``ASDAFF/defa`` ``bitrix/templates/
aspro-priority/components/bitrix/breadcrumb/corp/template.php``; ``SanLords/Lesson_Bitrix`` ``local/
templates/home/components/bitrix/system.pagenavigation/pager/template.php`` (``?PAGEN_1=N`` links, page
one without it) and ``OntikovaAnastasia/edu`` ``.../main.pagenavigation/pagenav_agent/template.php``
(``bx-pag-prev`` / ``bx-active`` / ``bx-pag-next`` items of the "round" pager); ``alxbychkov/events-
website`` ``news/index.php`` (the ``bitrix:news.list`` call: NEWS_COUNT, ACTIVE_DATE_FORMAT, PAGER_TEMPLATE).

The site: ``<html lang="ru">``, assets under ``/bitrix/templates/vitaplus/`` and ``/bitrix/cache/``,
images under ``/upload/iblock/abc/`` and ``/upload/resize_cache/``; the template's header prints the
page title as ``h1#pagetitle`` above the component (not inside it). Articles (``/articles/``) are the
infoblock of the ``bitrix:news`` complex component: items published before the 2022 relaunch keep the
old non-SEF address ``/articles/detail.php?ID=1234`` (the old ``.default``-like detail template: date
"12.03.2024" in ``span.news-date-time``, no canonical, ``og:type`` "website", no JSON-LD, and the
author and expert lines printed as DISPLAY_PROPERTIES after the text: "Автор:&nbsp;Иванова Мария
Петровна, врач-терапевт"); newer items live at ``/articles/<section>/<code>/`` (the "modern"
template: "Опубликовано: 12.03.2024 10:15", the byline above the text, a "Проверено экспертом" box, a
canonical link, ``og:type`` article and an Article JSON-LD). Clinic news (``/news/``, a second
infoblock without sections) are signed "Редакция" (the editorial desk: no person) and dated "12 марта
2024". Every article page: breadcrumbs, "Версия для печати" (``?print=Y``: the print template, a
duplicate), tags ("Теги:" linking ``/search/?tags=...``, which robots.txt keeps out), Yandex share
buttons (``ya-share2``), "Читайте также" (a news.list of the item's LINKED property: the truth's Read
Also), an appointment banner and "Возврат к списку"; a sidebar with "Популярное" (site-wide, by
SHOW_COUNTER), "Последние новости" (the newest five news) and a subscription form
(``bitrix:subscribe.form``); the footer, a cookie notice, the Yandex.Metrika counter. The composite
cache once stored an editor's page, so every page still carries the editing panel's hidden links to
itself with ``?clear_cache=Y`` and ``?bitrix_include_areas=Y`` (Bitrix serves the same page for them).
Listings paginate with ``?PAGEN_1=N``. A few English pages (``/en/articles/<code>/``, ``lang="en"``,
dates "Published: 03/12/2024" in the English site's MM/DD/YYYY format). ``/sitemap.xml`` (the SEO
module's index of ``sitemap-files.xml`` and one ``sitemap-iblock-N.xml`` per infoblock), RSS at
``/articles/rss/``, a Bitrix robots.txt. No trap.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import date
from functools import partial
from urllib.parse import parse_qsl, urlencode, urlsplit

from . import bitrix_texts as T
from .posts import Block, Entry, Person, Plan, Story
from .site import TEXT, Response, ZooSite

SITE = "Вита Плюс"
TEMPLATE = "/bitrix/templates/vitaplus"
RELAUNCH = date(2022, 7, 1)          # items published before keep /articles/detail.php?ID=
NOISE = ("clear_cache", "bitrix_include_areas")   # the editing panel's parameters: the same page
XML = "application/xml; charset=utf-8"
MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
          "ноября", "декабря")
SECTIONS = {"Здоровый образ жизни": "zdorove", "Кардиология": "kardiologiya", "Неврология": "nevrologiya",
            "Педиатрия": "pediatriya", "Питание": "pitanie", "Профилактика": "profilaktika"}
FOREIGN_SECTIONS = {"Сердце": "Кардиология", "Сон": "Здоровый образ жизни"}
_TR = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
                     "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
                     "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
                     "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"})


def element_code(title: str, words: int = 5) -> str:
    """Bitrix's CUtil::translit of the name (lower case, "-" between words), cut to a few words."""
    out, word = [], []
    for ch in title.lower().translate(_TR):
        if ch.isascii() and ch.isalnum():
            word.append(ch)
        elif word:
            out.append("".join(word))
            word = []
    if word:
        out.append("".join(word))
    return "-".join(out[:words])


def _pairs(query: str) -> tuple:
    return tuple(sorted((k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k not in NOISE))


class Bitrix(ZooSite):
    family = "bitrix"
    site_name = SITE
    declared_language = "ru"
    per_page = 10
    ignore_query = False               # detail.php?ID=, ?PAGEN_1= and ?tags= select the page
    author_pages = False               # the author is an infoblock property (a string)
    authorless = "mixed"               # clinic news are signed "Редакция" only
    per_link_params = NOISE            # every page links itself with these (the same page)
    plan = Plan(seed="bitrix", count=30, languages=("en", "ru"), authors=5, co_authors=0.15, reviewed=0.35,
                tz_hours=5, related=(2, 3, 3, 4))

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self.section: dict[str, str] = {}
        self._articles, self._news = iter(T.ARTICLES), iter(T.NEWS)
        self._videos = iter(T.VIDEOS)
        self._kept = {"video": 1, "article": 3}   # English stories kept for the /en/ section
        self._who: dict[str, int] = {}
        self._normals: dict[tuple, str] | None = None
        super().__init__(base_url)

    # -- entries --------------------------------------------------------------------------------------

    def russian(self, story: Story) -> Story | None:
        """The Russian story that stands in for an English one (None: keep it for the /en/ section)."""
        if story.kind == "short":
            return next(self._news, None)
        if self._kept.get(story.kind, 0) > 0:
            self._kept[story.kind] -= 1
            return None
        if story.kind == "video":
            row = next(self._videos, None)
            if row is None:
                return None
            key, title, category, tags, (first, *rest) = row
            player = next(b for b in story.blocks if b.kind == "video")
            return Story(key, title, "ru", "video", category, tags,
                         (Block("p", first), player, *(Block("p", p) for p in rest)))
        return next(self._articles, None)

    def dress(self, entry: Entry) -> Entry:
        story = entry.story
        if story.language == "en":
            story = self.russian(story) or story
        elif story.category in FOREIGN_SECTIONS:
            story = replace(story, category=FOREIGN_SECTIONS[story.category])
        section = "en" if story.language == "en" else ("news" if story.kind == "short" else "art")
        self.section[story.key] = section
        en = section == "en"
        authors: tuple[Person, ...] = ()
        if section != "news":
            authors = tuple(dict.fromkeys(self.person(T.PEOPLE[self._who.setdefault(p.name, len(self._who))
                                                                 % len(T.PEOPLE)], en) for p in entry.authors))
        reviewer = None
        if entry.reviewer and section != "news":
            reviewer = self.person(T.REVIEWERS[entry.post_id % len(T.REVIEWERS)], en)
        categories = (story.category,) if section == "art" else ()
        return replace(entry, story=story, slug=element_code(story.title), authors=authors, reviewer=reviewer,
                       categories=categories, tags=tuple(dict.fromkeys(story.tags)))

    @staticmethod
    def person(row, en: bool) -> Person:
        return Person(row[2], "", row[3]) if en else Person(row[0], "", row[1])

    def section_of(self, entry: Entry) -> str:
        return self.section[entry.story.key]

    def in_section(self, section: str) -> list[Entry]:
        return [e for e in self.newest if self.section_of(e) == section]

    def legacy(self, entry: Entry) -> bool:
        return self.section_of(entry) != "en" and entry.published.date() < RELAUNCH

    def element_id(self, entry: Entry) -> int:
        return 1180 + entry.post_id

    def post_path(self, entry: Entry) -> str:
        section = self.section_of(entry)
        if section == "en":
            return f"/en/articles/{entry.slug}/"
        base = "/news/" if section == "news" else "/articles/"
        if self.legacy(entry):
            return f"{base}detail.php?ID={self.element_id(entry)}"
        if section == "news":
            return f"/news/{entry.slug}/"
        return f"/articles/{SECTIONS[entry.categories[0]]}/{entry.slug}/"

    def print_path(self, entry: Entry) -> str:
        """$APPLICATION->GetCurPageParam("print=Y", ["print"]): the address with print=Y added."""
        path = self.post_path(entry)
        return path + ("&" if "?" in path else "?") + "print=Y"

    def shown_related(self, entry: Entry) -> list[Entry]:
        """The LINKED property: editors link items of the same site (Russian or English) only."""
        en = self.section_of(entry) == "en"
        return [o for o in self.related(entry) if (self.section_of(o) == "en") == en]

    def popular(self, n: int = 5) -> list[Entry]:
        arts = self.in_section("art")
        return [arts[i] for i in (2, 9, 0, 14, 6) if i < len(arts)][:n]

    # -- paths ------------------------------------------------------------------------------------------

    @staticmethod
    def pagen(base: str, n: int) -> str:
        return base if n == 1 else base + ("&" if "?" in base else "?") + f"PAGEN_1={n}"

    def home_path(self, n: int = 1) -> str:
        return self.pagen("/articles/", n)

    def category_path(self, name: str, n: int = 1) -> str:
        return self.pagen(f"/articles/{SECTIONS[name]}/", n)

    def tag_path(self, name: str, n: int = 1) -> str:
        return self.pagen("/search/?" + urlencode({"tags": name}), n)

    # -- routes -----------------------------------------------------------------------------------------

    def build_routes(self) -> None:
        self.add("/robots.txt", "other", self.robots, TEXT)
        for entry in self.entries:
            self.add(self.post_path(entry), "article", partial(self.render_article, entry))
            self.add(self.print_path(entry), "other", partial(self.render_print, entry))
        self.add_listing("Статьи", self.in_section("art"), self.home_path)
        self.add_listing("Новости", self.in_section("news"), partial(self.pagen, "/news/"))
        self.add_listing("Articles", self.in_section("en"), partial(self.pagen, "/en/articles/"))
        for name, items in self.groups("categories").items():
            self.add_listing(name, items, partial(self.category_path, name))
        for name, items in self.groups("tags").items():
            self.add_listing(name, items, partial(self.tag_path, name))
        self.add("/", "page", self.landing)
        for path, (title, paragraphs) in T.PAGES.items():
            self.add(path, "page", partial(self.render_page, path, title, list(paragraphs)))
        self.add("/articles/rss/", "other", lambda: self.rss(f"{SITE}: статьи", "/articles/", self.in_section("art")),
                 "application/rss+xml; charset=utf-8")
        maps = {"/sitemap-iblock-3.xml": "art", "/sitemap-iblock-4.xml": "news", "/sitemap-iblock-7.xml": "en"}
        self.add("/sitemap.xml", "other", lambda: self.sitemap_index(["/sitemap-files.xml", *maps]), XML)
        self.add("/sitemap-files.xml", "other", lambda: self.sitemap(
            ["/", *T.PAGES, "/articles/", "/news/", *[self.category_path(c) for c in self.groups("categories")]]), XML)
        for path, section in maps.items():
            self.add(path, "other", partial(lambda s: self.sitemap([self.post_path(e) for e in self.in_section(s)]),
                                            section), XML)

    def route_key(self, target: str) -> str | None:
        """Bitrix reads parameters in any order and ignores the editing panel's clear_cache and
        bitrix_include_areas (and utm_* tags); ID, PAGEN_1, tags and print select the page."""
        parts = urlsplit(target)
        path = parts.path or "/"
        if not parts.query:
            return path if path in self.routes else None
        if self._normals is None:
            self._normals = {(k.split("?", 1)[0], _pairs(k.split("?", 1)[1])): k for k in self.routes if "?" in k}
        pairs = tuple(p for p in _pairs(parts.query) if not p[0].startswith("utm_"))
        if not pairs:
            return path if path in self.routes else None
        return self._normals.get((path, pairs))

    def robots(self) -> str:
        """The robots.txt the SEO module writes by default (older version: no &print= rule)."""
        return ("User-Agent: *\nDisallow: /bitrix/\nDisallow: /auth/\nDisallow: /personal/\nDisallow: /search/\n"
                "Disallow: /*?print=\nDisallow: /*index.php$\nDisallow: /*register=\nDisallow: /*login=\n"
                "Disallow: /*backurl=\nAllow: /bitrix/components/\nAllow: /bitrix/cache/\nAllow: /bitrix/js/\n"
                f"Allow: {TEMPLATE}/\nAllow: /upload/\n\nHost: {self.base}\nSitemap: {self.url('/sitemap.xml')}\n")

    # -- small pieces -------------------------------------------------------------------------------------

    @staticmethod
    def area(component: str, element: int) -> str:
        """GetEditAreaId: bx_ + a hash of the component's call + the element's ID."""
        return f"bx_{int(hashlib.md5(component.encode()).hexdigest()[:8], 16) % 4294967295}_{element}"

    @staticmethod
    def long_day(moment) -> str:
        return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"

    def image(self, entry: Entry, size: str = "") -> str:
        h = hashlib.md5(entry.story.key.encode()).hexdigest()
        if size:
            return f"/upload/resize_cache/iblock/{h[:3]}/{size}/{h[3:35]}.jpg"
        return f"/upload/iblock/{h[:3]}/{h[3:35]}.jpg"

    def body_html(self, entry: Entry) -> str:
        """DETAIL_TEXT as the visual editor saved it: headings carry no anchors."""
        return super().body_html(entry).replace(' id=""', "")

    def with_param(self, target: str, param: str) -> str:
        return target + ("&" if "?" in target else "?") + param

    def byline(self, people) -> str:
        return "&nbsp;/&nbsp;".join(self.e(", ".join((p.name, *p.credentials))) for p in people)

    def breadcrumbs(self, crumbs) -> str:
        items = []
        for i, (path, label) in enumerate(crumbs):
            arrow = '<i class="bx-breadcrumb-item-angle fa fa-angle-right"></i>' if i else ""
            if path and i < len(crumbs) - 1:
                items.append(f'<div class="bx-breadcrumb-item" id="bx_breadcrumb_{i}" itemprop="itemListElement" itemscope '
                             f'itemtype="http://schema.org/ListItem">{arrow}<a class="bx-breadcrumb-item-link" href="{self.e(path)}" '
                             f'title="{self.e(label)}" itemprop="item"><span class="bx-breadcrumb-item-text" itemprop="name">'
                             f'{self.e(label)}</span></a><meta itemprop="position" content="{i + 1}" /></div>')
            else:
                items.append(f'<div class="bx-breadcrumb-item">{arrow}<span class="bx-breadcrumb-item-text">{self.e(label)}</span></div>')
        return ('<div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb" itemscope '
                f'itemtype="http://schema.org/BreadcrumbList">{"".join(items)}<div style="clear:both"></div></div>')

    def news_items(self, items: list[Entry], component: str, en: bool = False, preview: bool = True) -> str:
        """A news.list: one ``div.news-item`` per element, with its edit-area id."""
        out = []
        for o in items:
            url = self.e(self.post_path(o))
            day = f"{o.published:%m/%d/%Y}" if en else self.long_day(o.published)
            pic = (f'<a href="{url}"><img class="preview_picture" border="0" src="{self.image(o, "300_200_2")}" '
                   f'width="300" height="200" alt="{self.e(o.title)}" title="{self.e(o.title)}" style="float:left" /></a>'
                   if preview else "")
            text = f'<p class="news-item-text">{self.e(self.teaser(o, 24))}</p>' if preview else ""
            more = (f'<a class="news-item-more" href="{url}">{"Read more" if en else "Подробнее"}</a>' if preview else "")
            out.append(f'<div class="news-item" id="{self.area(component, self.element_id(o))}">{pic}'
                       f'<span class="news-date-time">{day}</span><a href="{url}" class="news-item-title"><b>{self.e(o.title)}</b></a>'
                       f'{text}{more}<div style="clear:both"></div></div>')
        return "".join(out)

    def pager(self, n: int, pages: int, path_of, en: bool = False) -> str:
        if pages < 2:
            return ""
        back, forward = ("Back", "Next") if en else ("Назад", "Вперед")
        items = [f'<li class="bx-pag-prev"><a href="{self.e(path_of(n - 1))}"><span>{back}</span></a></li>' if n > 1
                 else f'<li class="bx-pag-prev"><span>{back}</span></li>']
        for k in range(1, pages + 1):
            items.append(f'<li class="bx-active"><span>{k}</span></li>' if k == n
                         else f'<li class=""><a href="{self.e(path_of(k))}"><span>{k}</span></a></li>')
        items.append(f'<li class="bx-pag-next"><a href="{self.e(path_of(n + 1))}"><span>{forward}</span></a></li>' if n < pages
                     else f'<li class="bx-pag-next"><span>{forward}</span></li>')
        return (f'<div class="news-navigation"><div class="bx-pagination"><div class="bx-pagination-container">'
                f'<ul>{"".join(items)}</ul></div></div></div>')

    # -- the frame ------------------------------------------------------------------------------------------

    def sidebar(self, en: bool) -> str:
        if en:
            latest = self.news_items(self.in_section("en")[:5], "sidebar-en", en=True, preview=False)
            return f'<div class="sidebar-block"><div class="sidebar-block__title">Latest articles</div><div class="news-list">{latest}</div></div>'
        popular = self.news_items(self.popular(), "popular", preview=False)
        latest = self.news_items(self.in_section("news")[:5], "latest-news", preview=False)
        return (f'<div class="sidebar-block sidebar-popular"><div class="sidebar-block__title">Популярное</div>'
                f'<div class="news-list">{popular}</div></div>'
                f'<div class="sidebar-block sidebar-news"><div class="sidebar-block__title">Последние новости</div>'
                f'<div class="news-list">{latest}</div><a class="sidebar-block__all" href="/news/">Все новости</a></div>'
                '<div class="sidebar-block subscribe-form" id="subscribe-form"><div class="sidebar-block__title">Подписка на рассылку</div>'
                '<form action="/personal/subscribe/subscr_edit.php"><p>Раз в месяц — полезные статьи наших врачей и новости клиники.</p>'
                '<input type="hidden" name="sf_RUB_ID[]" value="1" /><input type="text" name="sf_EMAIL" size="20" value="" '
                'title="Введите ваш e-mail" placeholder="Ваш e-mail" /><input type="submit" name="OK" value="Подписаться" /></form></div>'
                '<div class="sidebar-block sidebar-appointment"><div class="sidebar-block__title">Запись на приём</div>'
                '<p>Call-центр: <a href="tel:+73433000000">+7 (343) 300-00-00</a><br>ежедневно с 7:30 до 21:00</p>'
                '<a class="btn btn-primary" href="/personal/appointment/">Записаться онлайн</a></div>')

    def document(self, target: str, title: str, h1: str, main: str, *, head: str = "", crumbs=(), en: bool = False,
                 aside: bool = True) -> str:
        lang = "en" if en else "ru"
        site_id = "s2" if en else "s1"
        nav = ((("/en/", "Home"), ("/en/articles/", "Articles"), ("/", "Русская версия")) if en else
               (("/about/", "О клинике"), ("/articles/", "Статьи"), ("/news/", "Новости"), ("/contacts/", "Контакты"),
                ("/en/", "English")))
        nav_html = "".join(f'<li class="bx-top-nav-item"><a href="{p}">{t}</a></li>' for p, t in nav)
        side = (f'<div class="col-md-3 sidebar">{self.sidebar(en)}</div>' if aside else "")
        column = "col-md-9" if aside else "col-md-12"
        return f"""<!DOCTYPE html>
<html xml:lang="{lang}" lang="{lang}">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="user-scalable=no, initial-scale=1.0, maximum-scale=1.0, width=device-width">
<link rel="shortcut icon" type="image/x-icon" href="/favicon.ico" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="robots" content="index, follow" />
<meta name="keywords" content="{'medical centre, Yekaterinburg' if en else 'медицинский центр, клиника, Екатеринбург, врачи'}" />
<meta name="description" content="{self.e(title)}" />
{head}<script data-skip-moving="true">(function(w, d) {{var v = w.frameCacheVars = {{'CACHE_MODE':'HTMLCACHE','storageBlocks':[],'dynamicBlocks':{{'LkGdQn':'d41d8cd98f00'}},'AUTO_UPDATE':true,'AUTO_UPDATE_TTL':'120'}};}})(window, document);</script>
<script type="text/javascript">if(!window.BX)window.BX={{}};if(!window.BX.message)window.BX.message=function(mess){{if(typeof mess==='object'){{for(let i in mess) {{BX.message[i]=mess[i];}} return true;}}}};</script>
<script type="text/javascript">(window.BX||top.BX).message({{'LANGUAGE_ID':'{lang}','FORMAT_DATE':'{'MM/DD/YYYY' if en else 'DD.MM.YYYY'}','FORMAT_DATETIME':'{'MM/DD/YYYY H:MI:SS T' if en else 'DD.MM.YYYY HH:MI:SS'}','COOKIE_PREFIX':'BITRIX_SM','SERVER_TZ_OFFSET':'18000','SITE_ID':'{site_id}','SITE_DIR':'{'/en/' if en else '/'}','USER_ID':'','SERVER_TIME':'1733486400','USER_TZ_OFFSET':'0','USER_TZ_AUTO':'Y','bitrix_sessid':'0f3c2a1d9b8e7f6a5c4d3b2a1f0e9d8c'}});</script>
<link href="/bitrix/js/ui/design-tokens/dist/ui.design-tokens.min.css?171834829023463" type="text/css" rel="stylesheet"/>
<link href="/bitrix/cache/css/{site_id}/vitaplus/page_9c1e5a2f7d3b8e4a6c0f1d2b3a4e5c6d/page_9c1e5a2f7d3b8e4a6c0f1d2b3a4e5c6d_v1.css?17334862113852" type="text/css" rel="stylesheet"/>
<link href="/bitrix/cache/css/{site_id}/vitaplus/template_0a7b3c9d1e2f4a5b6c7d8e9f0a1b2c3d/template_0a7b3c9d1e2f4a5b6c7d8e9f0a1b2c3d_v1.css?173348621148213" type="text/css" data-template-style="true" rel="stylesheet"/>
<script type="text/javascript" src="/bitrix/js/main/core/core.min.js?1718348279225181"></script>
<script type="text/javascript">BX.setJSList(['/bitrix/js/main/core/core_ls.js','{TEMPLATE}/js/jquery.min.js','{TEMPLATE}/js/script.js']);</script>
<script type="text/javascript">BX.setCSSList(['{TEMPLATE}/components/bitrix/news/articles/bitrix/news.detail/modern/style.css','{TEMPLATE}/styles.css','{TEMPLATE}/template_styles.css']);</script>
<link rel="alternate" type="application/rss+xml" title="{SITE}: статьи" href="/articles/rss/" />
<title>{self.e(title)}</title>
</head>
<body class="bx-background-image bx-theme-green">
<div id="panel"></div>
<div class="bx-wrapper" id="bx_eshop_wrap">
<header class="bx-header"><div class="bx-header-section container">
<div class="row"><div class="col-lg-3 col-md-3 col-sm-4 col-xs-12"><div class="bx-logo"><a class="bx-logo-block hidden-xs" href="{'/en/' if en else '/'}"><img src="{TEMPLATE}/images/logo-vitaplus.svg" alt="{SITE}" width="210" height="56"></a></div></div>
<div class="col-lg-6 col-md-6 hidden-sm hidden-xs"><div class="bx-inc-orginfo"><div><span class="bx-inc-orginfo-phone"><i class="fa fa-phone"></i> <a href="tel:+73433000000">+7 (343) 300-00-00</a></span></div></div></div>
<div class="col-lg-3 col-md-3 hidden-sm hidden-xs"><div class="bx-worktime"><div class="bx-worktime-prop">{'Mon–Fri 7:30–21:00' if en else 'Пн–Пт 7:30–21:00, Сб–Вс 8:00–18:00'}</div></div></div></div>
<div class="row"><div class="col-md-12 hidden-xs"><div class="bx-top-nav bx-site" id="catalog_menu_LkGdQn"><nav class="bx-top-nav-container" id="cont_catalog_menu_LkGdQn"><ul class="bx-nav-list-1-lvl" id="ul_catalog_menu_LkGdQn">{nav_html}</ul></nav></div></div></div>
<div class="row"><div class="col-lg-12" id="navigation">{self.breadcrumbs(crumbs) if crumbs else ''}</div></div>
<h1 class="bx-title dbg_title" id="pagetitle">{self.e(h1)}</h1>
</div></header>
<div class="workarea"><div class="container bx-content-section"><div class="row">
<div class="bx-content {column}">
{main}
</div>
{side}
</div></div></div>
<footer class="bx-footer"><div class="bx-footer-line"><div class="bx-footer-section container">
<div class="row"><div class="col-sm-6"><p>{'© 2006–2024 Vita Plus Medical Centre, Yekaterinburg' if en else '© 2006–2024 ООО «Вита Плюс», г. Екатеринбург, ул. Малышева, 105'}</p>
<p>{'Licence No. Л041-01021-66/00345678' if en else 'Лицензия № Л041-01021-66/00345678. Имеются противопоказания, необходима консультация специалиста.'}</p></div>
<div class="col-sm-6"><ul class="bx-footer-menu"><li><a href="/about/">О клинике</a></li><li><a href="/about/licenses/">Лицензии</a></li><li><a href="/privacy/">Политика конфиденциальности</a></li><li><a href="/contacts/">Контакты</a></li><li><a href="/sitemap.xml">Карта сайта</a></li></ul></div></div>
</div></div></footer>
</div>
<div class="bx-panel-tooltip" id="bx-panel-leftover" style="display:none"><a href="{self.e(self.with_param(target, 'clear_cache=Y'))}" rel="nofollow">Обновить кеш</a><a href="{self.e(self.with_param(target, 'bitrix_include_areas=Y'))}" rel="nofollow">Режим правки</a></div>
<div class="cookie-agreement" id="cookie-agreement"><div class="cookie-agreement__text">{'We use cookies to make the site work better. By continuing to use it you agree.' if en else 'Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy/">политикой обработки персональных данных</a>.'}</div><button class="cookie-agreement__button" type="button">{'OK' if en else 'Согласен'}</button></div>
<!-- Yandex.Metrika counter -->
<script type="text/javascript">(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};m[i].l=1*new Date();for (var j = 0; j < document.scripts.length; j++) {{if (document.scripts[j].src === r) {{ return; }}}}k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)}})(window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");ym(48213377, "init", {{clickmap:true, trackLinks:true, accurateTrackBounce:true, webvisor:true}});</script>
<noscript><div><img src="https://mc.yandex.ru/watch/48213377" style="position:absolute; left:-9999px;" alt="" /></div></noscript>
<!-- /Yandex.Metrika counter -->
</body>
</html>"""

    # -- articles --------------------------------------------------------------------------------------------

    def og(self, entry: Entry, kind: str) -> str:
        return (f'<meta property="og:type" content="{kind}" />\n<meta property="og:title" content="{self.e(entry.title)}" />\n'
                f'<meta property="og:description" content="{self.e(self.teaser(entry))}" />\n'
                f'<meta property="og:image" content="{self.url(self.image(entry))}" />\n'
                f'<meta property="og:url" content="{self.e(self.url(self.post_path(entry)))}" />\n'
                f'<meta property="og:site_name" content="{SITE}" />\n')

    def json_ld(self, entry: Entry) -> str:
        authors = ([{"@type": "Person", "name": p.name, "jobTitle": ", ".join(p.credentials)} for p in entry.authors]
                   or {"@type": "Organization", "name": f"Редакция «{SITE}»"})
        data = {"@context": "https://schema.org", "@type": "Article", "headline": entry.title,
                "image": self.url(self.image(entry)), "datePublished": entry.published.isoformat(),
                "dateModified": entry.published.isoformat(), "author": authors,
                "publisher": {"@type": "MedicalOrganization", "name": f"Медицинский центр «{SITE}»",
                              "logo": {"@type": "ImageObject", "url": self.url(f"{TEMPLATE}/images/logo-vitaplus.svg")}},
                "mainEntityOfPage": self.url(self.post_path(entry))}
        return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'

    def read_also(self, entry: Entry, en: bool) -> str:
        related = self.shown_related(entry)
        if not related:
            return ""
        return (f'<div class="read-also"><div class="read-also__title">{"Read also" if en else "Читайте также"}</div>'
                f'<div class="news-list read-also__list">{self.news_items(related, "linked", en=en, preview=False)}</div></div>')

    def tags_line(self, entry: Entry, en: bool) -> str:
        if not entry.tags:
            return ""
        links = ", ".join(f'<a href="{self.e(self.tag_path(t))}">{self.e(t)}</a>' for t in entry.tags)
        return f'<div class="news-detail-tags">{"Tags" if en else "Теги"}: {links}</div>'

    def share(self, entry: Entry) -> str:
        return ('<div class="news-detail-share"><script src="https://yastatic.net/share2/share.js"></script>'
                f'<div class="ya-share2" data-curtain data-shape="round" data-services="vkontakte,odnoklassniki,telegram,whatsapp" '
                f'data-url="{self.e(self.url(self.post_path(entry)))}" data-title="{self.e(entry.title)}"></div></div>')

    def legacy_detail(self, entry: Entry) -> str:
        """The old detail template: date span, picture, text, then DISPLAY_PROPERTIES lines."""
        props = f'Автор:&nbsp;{self.byline(entry.authors) if entry.authors else "Редакция"}<br />'
        if entry.reviewer:
            props += f"Проверено экспертом:&nbsp;{self.byline([entry.reviewer])}<br />"
        day = self.long_day(entry.published) if self.section_of(entry) == "news" else f"{entry.published:%d.%m.%Y}"
        return (f'<div class="news-detail" id="{self.area("detail-old", self.element_id(entry))}">'
                f'<span class="news-date-time">{day}</span>'
                f'<img class="detail_picture" border="0" src="{self.image(entry)}" width="800" height="450" alt="{self.e(entry.title)}" '
                f'title="{self.e(entry.title)}" />\n{self.body_html(entry)}\n<div style="clear:both"></div>\n<br />\n{props}\n</div>')

    def modern_detail(self, entry: Entry, en: bool) -> str:
        if en:
            meta = f'Published: {entry.published:%m/%d/%Y %I:%M %p}'
        elif self.section_of(entry) == "news":
            meta = self.long_day(entry.published)
        else:
            meta = f"Опубликовано: {entry.published:%d.%m.%Y %H:%M}"
        label = ("Author" if en else "Автор") if len(entry.authors) < 2 else ("Authors" if en else "Авторы")
        names = "; ".join(f'<span class="article-author__name">{self.e(p.name)}</span>, <span class="article-author__role">'
                          f'{self.e(", ".join(p.credentials))}</span>' for p in entry.authors)
        author = (f'<div class="article-author">{label}: {names}</div>' if entry.authors else
                  '<div class="article-author">Редакция</div>')
        expert = ""
        if entry.reviewer:
            r = entry.reviewer
            expert = (f'<div class="expert-check"><div class="expert-check__title">{"Medically reviewed" if en else "Проверено экспертом"}</div>'
                      f'<img class="expert-check__photo" src="/upload/iblock/7c1/expert-{element_code(r.name, 1)}.jpg" alt="" width="64" height="64" />'
                      f'<div class="expert-check__name">{self.e(r.name)}</div><div class="expert-check__role">{self.e(", ".join(r.credentials))}</div></div>')
        return (f'<div class="news-detail news-detail--modern" id="{self.area("detail-modern", self.element_id(entry))}">'
                f'<div class="news-detail__meta"><span class="news-date-time">{meta}</span>{author}</div>'
                f'<div class="news-detail__picture"><img class="detail_picture" src="{self.image(entry)}" width="800" height="450" '
                f'alt="{self.e(entry.title)}" /></div>\n<div class="news-detail__text">\n{self.body_html(entry)}\n</div>\n{expert}</div>')

    def crumbs(self, entry: Entry) -> tuple:
        section = self.section_of(entry)
        if section == "en":
            return (("/en/", "Home"), ("/en/articles/", "Articles"), ("", entry.title))
        if section == "news":
            return (("/", "Главная"), ("/news/", "Новости"), ("", entry.title))
        cat = entry.categories[0]
        return (("/", "Главная"), ("/articles/", "Статьи"), (self.category_path(cat), cat), ("", entry.title))

    def render_article(self, entry: Entry) -> str:
        en = self.section_of(entry) == "en"
        path = self.post_path(entry)
        legacy = self.legacy(entry)
        detail = self.legacy_detail(entry) if legacy else self.modern_detail(entry, en)
        back = "/en/articles/" if en else ("/news/" if self.section_of(entry) == "news" else "/articles/")
        tools = (f'<div class="news-detail-tools"><a class="print-link" href="{self.e(self.print_path(entry))}" rel="nofollow" '
                 f'target="_blank">{"Print version" if en else "Версия для печати"}</a></div>')
        banner = ('' if en else '<div class="appointment-banner"><div class="appointment-banner__title">Остались вопросы?</div>'
                  '<p>Запишитесь на консультацию к специалисту клиники — приём в день обращения.</p>'
                  '<a class="btn btn-primary" href="/personal/appointment/">Записаться на приём</a></div>')
        main = (f"{tools}{detail}{self.tags_line(entry, en)}{self.share(entry)}{self.read_also(entry, en)}{banner}"
                f'<p><a href="{back}">{"Back to list" if en else "Возврат к списку"}</a></p>')
        head = self.og(entry, "website" if legacy else "article")
        if not legacy:
            head = f'<link rel="canonical" href="{self.e(self.url(path))}" />\n' + head + self.json_ld(entry)
        title = f"{entry.title} | {'Vita Plus Medical Centre' if en else 'Медицинский центр «' + SITE + '»'}"
        return self.document(path, title, entry.title, main, head=head, crumbs=self.crumbs(entry), en=en)

    def render_print(self, entry: Entry) -> str:
        """The print template (``?print=Y``): the title, date and text on a bare page."""
        en = self.section_of(entry) == "en"
        return (f'<!DOCTYPE html><html lang="{"en" if en else "ru"}"><head><meta charset="UTF-8" /><title>{self.e(entry.title)}</title>'
                f'<meta name="robots" content="noindex, nofollow" /><link href="{TEMPLATE}/print.css" rel="stylesheet" /></head>'
                f'<body class="print-version" onload="window.print()"><div class="print-logo"><img src="{TEMPLATE}/images/logo-vitaplus.svg" alt="{SITE}" /></div>'
                f'<h1>{self.e(entry.title)}</h1><div class="news-date-time">{entry.published:%d.%m.%Y}</div>'
                f'<div class="print-text">{self.body_html(entry)}</div><div class="print-footer">{self.e(self.url(self.post_path(entry)))}</div>'
                "</body></html>")

    # -- listings and pages ------------------------------------------------------------------------------------

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        base = path_of(1)
        en = base.startswith("/en/")
        if base.startswith("/search/"):
            rows = "".join(f'<div class="search-item"><h4><a href="{self.e(self.post_path(o))}">{self.e(o.title)}</a></h4>'
                           f'<div class="search-preview">{self.e(self.teaser(o, 20))}</div>'
                           f'<div class="search-item-date">Изменен: {o.published:%d.%m.%Y}</div></div>' for o in items)
            main = (f'<div class="search-page"><form action="/search/" method="get"><input type="text" name="q" value="" size="40" />'
                    f'<input type="submit" value="Искать" /><input type="hidden" name="how" value="r" /></form>'
                    f'<p>Теги: <b>{self.e(title)}</b></p>{rows}{self.pager(n, pages, path_of)}</div>')
            crumbs = (("/", "Главная"), ("", "Поиск"))
            h1 = "Поиск"
        else:
            main = (f'<div class="news-list">{self.news_items(items, "list-" + base, en=en)}'
                    f'{self.pager(n, pages, path_of, en)}</div>')
            top = (("/en/", "Home"),) if en else (("/", "Главная"),)
            crumbs = (*top, ("", title)) if base in ("/articles/", "/news/", "/en/articles/") else (
                *top, ("/articles/", "Статьи"), ("", title))
            h1 = title
        label = f"{title}{' | Page ' + str(n) if en and n > 1 else (' — страница ' + str(n) if n > 1 else '')} | {SITE}"
        return self.document(path_of(n), label, h1, main, crumbs=crumbs, en=en)

    def render_page(self, path: str, title: str, paragraphs: list[str]) -> str:
        en = path.startswith("/en/")
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        crumbs = () if en else (("/", "Главная"), ("", title))
        return self.document(path, f"{title} | {SITE}", title, f'<div class="bx-page-content">{body}</div>', crumbs=crumbs,
                             en=en, aside=not en)

    def landing(self) -> str:
        services = "".join(f'<div class="col-sm-4 service-card"><a href="/about/"><div class="service-card__title">{s}</div></a></div>'
                           for s in ("Терапия", "Педиатрия", "Кардиология", "Неврология", "Лаборатория", "МРТ и УЗИ"))
        main = (f'<div class="main-slider"><div class="main-slider__item"><div class="main-slider__title">Медицинский центр «{SITE}»</div>'
                '<p>Семь филиалов в Екатеринбурге. Приём в день обращения.</p></div></div>'
                f'<div class="row services">{services}</div>'
                f'<h2>Статьи врачей</h2><div class="news-list">{self.news_items(self.in_section("art")[:4], "main-articles")}</div>'
                '<p><a href="/articles/">Все статьи</a></p>')
        return self.document("/", f"Медицинский центр «{SITE}» в Екатеринбурге", f"Медицинский центр «{SITE}»", main,
                             head='<link rel="canonical" href="' + self.url("/") + '" />\n')
