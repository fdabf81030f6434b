"""nuxt (held out): a health magazine on a headless CMS (Storyblok) rendered by Nuxt, served by two
Nuxt apps behind one domain during a migration.

Modelled on real Nuxt output read from public repositories and saved pages:
- Nuxt 3's renderer (``nuxt/nuxt`` ``packages/nuxt/src/core/runtime/nitro/utils/renderer/payload.ts``:
  ``renderPayloadJsonScript`` writes ``<script type="application/json" data-nuxt-data="nuxt-app"
  data-ssr="true" id="__NUXT_DATA__">`` with devalue's ``stringify`` and a second script
  ``window.__NUXT__={};window.__NUXT__.config={public:{...},app:{baseURL,buildId,buildAssetsDir,cdnURL}}``);
  the devalue flat array (``[["ShallowReactive",1],{"data":2,"state":..,"once":..,"_errors":..,
  "serverRendered":..,"path":..},["ShallowReactive",3],...]``, each value once, objects as index maps,
  ``/`` written ``\\u002F``) as saved Nuxt 3 pages carry it (a Brazilian course site's page and a
  Nuxt-3 app page found by ``id="__NUXT_DATA__">[["ShallowReactive",1]``, with ``<div id="teleports">``,
  ``data-nuxt-logs``, Vue 3's ``<!--[-->``/``<!--]-->`` fragment markers and value-less ``data-v-xxxxxxxx``
  scope attributes).
- Nuxt 2 (vue-server-renderer + @nuxt/devalue): ``<script>window.__NUXT__=(function(a,b,c,...){return
  {layout:"default",data:[{...}],fetch:{},error:b,state:{...},serverRendered:true,routePath:...,
  config:{...}}}(false,null,...))</script>``, the repeated values hoisted into the call's arguments
  (names a..z, A..Z, _, $, aa, ab...), keys bare, strings with ``\\u002F``: as in a saved Korean
  salad-delivery page (``<div id="__nuxt"><div id="__layout">``, ``data-v-438b4fe4=""`` on every
  element, ``<meta data-n-head="ssr" data-hid=...>``, ``nuxt-link-exact-active nuxt-link-active``,
  ``<!---->`` for v-if'd components) and parser fixtures of real pages (lcsc.com, cqvip.com,
  thenetnaija) found by searching ``window.__NUXT__=(function(a,b,c,d,e,f``.
- Storyblok stories as the payload holds them (``name``, ``slug``, ``full_slug``, ``first_published_at``,
  ``published_at``, ``tag_list``, ``content.component``, ``_uid``, bloks, rich text as a ProseMirror
  ``doc`` with ``paragraph``/``heading``/``bullet_list``/``list_item`` nodes and ``bold``/``italic``/
  ``link`` marks; the rich-text resolver's ``<ul><li><p>`` output), Storyblok image-service URLs
  (``a.storyblok.com/f/<space>/<w>x<h>/<hash>/<name>/m/800x0``), lite-youtube-embed's
  ``<lite-youtube videoid style="background-image:url(...hqdefault.jpg)"><a class="lty-playbtn">``,
  nuxt-schema-org's ``data-hid="schema-org-graph"`` JSON-LD ``@graph``, @nuxtjs/robots'
  ``# START nuxt-robots (indexable)`` robots.txt and @nuxtjs/sitemap's ``/sitemap_index.xml`` with
  one ``/__sitemap__/<locale>.xml`` per locale.

Why two payload forms: the magazine moved from Nuxt 2 to Nuxt 3 route by route behind a proxy. The
archive of posts published before 2023 (``/blog/<slug>``, ``/de/blog/<slug>``) and the static
pages (about, contact...) are still the old Nuxt 2 app (``window.__NUXT__`` function call); new
posts (``/articles/<slug>``, ``/de/artikel/<slug>``), every listing, the expert pages and the
German home are the Nuxt 3 app (``__NUXT_DATA__``). Both apps render the same components.

Articles: a category link and breadcrumbs, the ``h1``, "Written by A, RD" (and co-authors) linked to
``/authors/x``, "Medically reviewed by Dr. B, MD" linked to ``/experts/x`` on some, and one date line:
"Updated 12 March 2024" (the Storyblok ``published_at``), sometimes "Published 3 March 2023 ·
Updated ..."; on about 40% of posts the first publication date is only in the payload
(``first_published_at``) and the JSON-LD ``datePublished`` (the truth dates those by the shown
"Updated" date, the project's convention: see ``truth``); on never-updated posts "Updated" shows
the publication date. German pages say "Aktualisiert am 12. März 2024", "Geschrieben von",
"Medizinisch geprüft von". The body: rich-text divs (v-html, so unscoped), a "Key takeaways" box
at the top of some long posts (written by the editor: part of the article), callout boxes ("Good to
know") for quotes, image components (a lazy placeholder plus a ``<noscript>`` fallback),
lite-youtube players or Vimeo iframes, a Sources list. Around it: tag chips, a share bar, an
author card with a bio, a newsletter sign-up component, a "Related articles" carousel of cards
(the editor's related_articles field: the truth's Read Also), a site-wide "Most read" sidebar, a
cookie-consent dialog teleported after the app root.

Client-only pages: three newer posts with an interactive widget wrap their whole page in
``<ClientOnly>``: the server sends the head (title, description, OG, JSON-LD: useHead and
useSchemaOrg ran) and the payload (useAsyncData ran on the server: the whole story), but an empty
``<div id="__nuxt">``. A reader's browser shows the full article; so the archive should keep them
as articles, with the body read from the payload (the truth is the full story). A crawler that
keeps only server HTML text keeps nothing of them.

Listings (Nuxt 3): ``/`` (and ``/de`` for the German posts), ``/category/<slug>``, ``/tags/<slug>``,
``/authors/<slug>``: 12 cards, then "Load more", a link to ``?page=N`` (the no-JS fallback: the
next 12) whose ``data-api`` names the JSON API (``/api/articles?page=N&per_page=12``, served,
disallowed in robots.txt). No trap: the pages end.
"""
from __future__ import annotations

import dataclasses
import hashlib
import html
import json
import math
import random
import re
from datetime import datetime, timedelta, timezone
from functools import cached_property

from . import texts
from .posts import _EMPHASIS, _LINK, Block, Entry, Person, Plan, plain, slugify
from .site import ZooSite, later

SITE = "Kinwell"
SPACE = "271904"
BUILD_ID = "5c3a9e1f-7b2d-4e80-9a61-d0f4c2b8e713"
LEGACY_BEFORE = datetime(2023, 1, 1, tzinfo=timezone.utc)
PER_PAGE = 12
MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember")
UI = {
    "en": {"written": "Written by", "reviewed": "Medically reviewed by", "updated": "Updated", "published": "Published",
           "related": "Related articles", "tip": "Good to know", "takeaways": "Key takeaways", "share": "Share",
           "more": "Load more", "latest": "Latest articles", "read": "min read", "home": "Home",
           "about_author": "About the author", "most_read": "Most read", "and": "and"},
    "de": {"written": "Geschrieben von", "reviewed": "Medizinisch geprüft von", "updated": "Aktualisiert am",
           "published": "Veröffentlicht am", "related": "Ähnliche Artikel", "tip": "Gut zu wissen",
           "takeaways": "Das Wichtigste in Kürze", "share": "Teilen", "more": "Mehr laden", "latest": "Neueste Artikel",
           "read": "Min. Lesezeit", "home": "Startseite", "about_author": "Über die Autorin / den Autor",
           "most_read": "Meistgelesen", "and": "und"},
}
BIOS = "{name} writes about everyday health for {site}, turning research into plain, practical advice."
_TAG = re.compile(r"<([a-zA-Z][\w-]*)(?=[\s/>])")
_ESC = {"<": "\\u003C", ">": "\\u003E", "/": "\\u002F", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def vhash(name: str) -> str:
    return hashlib.md5(f"kinwell:{name}".encode()).hexdigest()[:8]


def scoped(fragment: str, component: str, vue2: bool) -> str:
    """Vue's scoped-style attribute on every element of a component's template (Vue 2 writes ``=""``)."""
    attr = f' data-v-{vhash(component)}=""' if vue2 else f" data-v-{vhash(component)}"
    return _TAG.sub(lambda m: f"<{m.group(1)}{attr}", fragment)


def js_string(text: str) -> str:
    out = json.dumps(text, ensure_ascii=False)
    return "".join(_ESC.get(c, c) for c in out)


# -- Nuxt 2: @nuxt/devalue's function form ------------------------------------------------------------

_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$"
_RESERVED = {"do", "if", "in", "for", "int", "new", "try", "var", "let", "NaN"}
_IDENT = re.compile(r"^[_$a-zA-Z][_$a-zA-Z0-9]*$")


def _name(num: int) -> str:
    name = ""
    while True:
        name = _CHARS[num % len(_CHARS)] + name
        num = num // len(_CHARS) - 1
        if num < 0:
            break
    return name + "_" if name in _RESERVED else name


def _prim_key(value):
    return (type(value).__name__, value)


def nuxt2_payload(data: dict) -> str:
    """``(function(a,b,...){return {...}}(v1,v2,...))``: every value seen more than once becomes a parameter."""
    counts: dict = {}

    def walk(v):
        if isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
        else:
            counts[_prim_key(v)] = counts.get(_prim_key(v), 0) + 1
    walk(data)
    repeated = sorted((k for k, n in counts.items() if n > 1), key=lambda k: -counts[k])
    names = {k: _name(i) for i, k in enumerate(repeated)}

    def prim(v) -> str:
        if v is None:
            return "null"
        if v is True or v is False:
            return "true" if v else "false"
        if isinstance(v, (int, float)):
            return str(v)
        return js_string(v)

    def out(v) -> str:
        if isinstance(v, dict):
            return "{" + ",".join(f"{k if _IDENT.match(k) else js_string(k)}:{out(x)}" for k, x in v.items()) + "}"
        if isinstance(v, list):
            return "[" + ",".join(out(x) for x in v) + "]"
        return names.get(_prim_key(v)) or prim(v)
    params = ",".join(names[k] for k in repeated)
    args = ",".join(prim(k[1]) for k in repeated)
    return f"(function({params}){{return {out(data)}}}({args}))"


# -- Nuxt 3: devalue's stringify (a flat array of values, objects as index maps) -------------------------

class Reduced:
    """A value devalue writes through a reducer: ``["ShallowReactive", i]``, ``["Reactive", i]``, ``["Set"]``."""

    def __init__(self, kind: str, value=None):
        self.kind, self.value = kind, value


def nuxt3_payload(root) -> str:
    values: list = []
    seen: dict = {}

    def flat(v) -> int:
        if isinstance(v, Reduced):
            i = len(values)
            values.append(None)
            values[i] = [v.kind] if v.value is None else [v.kind, flat(v.value)]
            return i
        if isinstance(v, dict):
            i = len(values)
            values.append(None)
            values[i] = {k: flat(x) for k, x in v.items()}
            return i
        if isinstance(v, list):
            i = len(values)
            values.append(None)
            values[i] = [flat(x) for x in v]
            return i
        key = _prim_key(v)
        if key not in seen:
            seen[key] = len(values)
            values.append(v)
        return seen[key]
    flat(root)
    text = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003C").replace("/", "\\u002F")


def revive(values: list, i: int = 0):
    """Nuxt 3 payload back to Python (for tests and readers)."""
    v = values[i]
    if isinstance(v, list):
        if v and isinstance(v[0], str) and v[0] in ("ShallowReactive", "Reactive", "Set", "Ref", "ShallowRef"):
            return revive(values, v[1]) if len(v) > 1 else []
        return [revive(values, x) for x in v]
    if isinstance(v, dict):
        return {k: revive(values, x) for k, x in v.items()}
    return v


def doc_lines(node) -> list[str]:
    """The reader's lines of a Storyblok rich-text doc."""
    kind = node.get("type")
    if kind in ("paragraph", "heading"):
        return ["".join(c.get("text", "") for c in node.get("content", []))]
    return [line for c in node.get("content", []) for line in doc_lines(c)]


def payload_lines(value) -> list[str]:
    """Every text line of a revived payload: rich-text docs as their lines, other strings as they are."""
    if isinstance(value, dict):
        if value.get("type") == "doc":
            return doc_lines(value)
        return [line for x in value.values() for line in payload_lines(x)]
    if isinstance(value, list):
        return [line for x in value for line in payload_lines(x)]
    return [value] if isinstance(value, str) else []


# -- Storyblok rich text --------------------------------------------------------------------------------

def rt_inline(markup: str, href_for) -> list[dict]:
    nodes: list[dict] = []

    def emph(text: str, marks: list[dict]):
        last = 0
        for m in _EMPHASIS.finditer(text):
            if m.start() > last:
                nodes.append({"text": text[last:m.start()], "type": "text", **({"marks": marks} if marks else {})})
            mark = {"type": "bold"} if m.group(1) else {"type": "italic"}
            nodes.append({"text": m.group(1) or m.group(2), "type": "text", "marks": [*marks, mark]})
            last = m.end()
        if last < len(text):
            nodes.append({"text": text[last:], "type": "text", **({"marks": marks} if marks else {})})
    last = 0
    for m in _LINK.finditer(markup):
        emph(markup[last:m.start()], [])
        href = href_for(m.group(2))
        marks = [{"type": "link", "attrs": {"href": href, "linktype": "story" if href.startswith("/") else "url",
                                            "target": "_self"}}] if href else []
        emph(m.group(1), marks)
        last = m.end()
    emph(markup[last:], [])
    return nodes


class Nuxt(ZooSite):
    family = "nuxt"
    site_name = SITE
    declared_language = "en-GB"
    ignore_query = False
    per_page = PER_PAGE
    plan = Plan(seed="nuxt", count=36, languages=("en", "de"), authors=5, co_authors=0.2, reviewed=0.5, tz_hours=0,
                related=(2, 3, 3, 4, 4))

    # -- per-entry facts --------------------------------------------------------------------------------

    def dress(self, entry: Entry) -> Entry:
        """Some long posts open with the editor's "Key takeaways" box (the first sentence of three paragraphs)."""
        blocks = entry.story.blocks
        paras = [b for b in blocks if b.kind == "p"]
        rng = random.Random(f"nuxt:takeaways:{entry.story.key}")
        if entry.story.kind == "article" and entry.story.language == "en" and len(paras) >= 4 and rng.random() < 0.5:
            items = tuple(re.split(r"(?<=[.!?])\s", plain(p.text))[0] for p in paras[:3])
            blocks = (Block("h3", UI["en"]["takeaways"]), Block("ul", items=items), *blocks)
            entry.story = dataclasses.replace(entry.story, blocks=blocks)
        return entry

    def legacy(self, e: Entry) -> bool:
        return e.published < LEGACY_BEFORE

    def lang(self, e: Entry) -> str:
        return "de" if e.story.language == "de" else "en"

    def updated(self, e: Entry) -> datetime:
        mode = self.date_mode(e)
        return e.published if mode == "never" else later(e.published, f"nuxt:upd:{e.story.key}", 30, 500)

    def date_mode(self, e: Entry) -> str:
        """hidden: only "Updated" shows; both: "Published ... · Updated ..."; never: "Updated" = published."""
        return random.Random(f"nuxt:dates:{e.story.key}").choices(("hidden", "both", "never"), (4, 3, 3))[0]

    @cached_property
    def client_only(self) -> set[str]:
        modern = sorted(e.story.key for e in self.entries if not self.legacy(e) and e.story.language == "en")
        return set(random.Random("nuxt:client-only").sample(modern, 3))

    # -- paths ---------------------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        de = entry.story.language == "de"
        if self.legacy(entry):
            return f"/de/blog/{entry.slug}" if de else f"/blog/{entry.slug}"
        return f"/de/artikel/{entry.slug}" if de else f"/articles/{entry.slug}"

    def paged(self, base: str, n: int) -> str:
        return base if n == 1 else f"{base}?page={n}"

    def home_path(self, n: int = 1) -> str:
        return self.paged("/", n)

    def de_home_path(self, n: int = 1) -> str:
        return self.paged("/de", n)

    def category_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/category/{slugify(name)}", n)

    def tag_path(self, name: str, n: int = 1) -> str:
        return self.paged(f"/tags/{slugify(name)}", n)

    def author_path(self, person: Person, n: int = 1) -> str:
        return self.paged(f"/authors/{slugify(person.name)}", n)

    def expert_path(self, person: Person) -> str:
        return f"/experts/{slugify(person.name)}"

    def page_path(self, slug: str) -> str:
        return f"/{slug}"

    def extra_routes(self) -> None:
        german = [e for e in self.newest if e.story.language == "de"]
        self.add_listing(UI["de"]["latest"], german, self.de_home_path)
        for person in {e.reviewer for e in self.entries if e.reviewer}:
            self.add(self.expert_path(person), "page", lambda p=person: self.render_expert(p))
        pages = max(1, -(-len(self.newest) // PER_PAGE))
        for n in range(2, pages + 1):
            self.add(f"/api/articles?page={n}&per_page={PER_PAGE}", "other", lambda n=n: self.api(n),
                     "application/json")
        xml = "application/xml; charset=utf-8"
        self.add("/sitemap_index.xml", "other", lambda: self.sitemap_index(["/__sitemap__/en-GB.xml",
                                                                            "/__sitemap__/de-DE.xml"]), xml)
        self.add("/__sitemap__/en-GB.xml", "other", lambda: self.sitemap_with_alternates("en"), xml)
        self.add("/__sitemap__/de-DE.xml", "other", lambda: self.sitemap_with_alternates("de"), xml)
        self.add("/feed.xml", "other", lambda: self.rss(f"{SITE} Magazine", "/",
                                                        [e for e in self.newest if e.story.language == "en"]),
                 "application/rss+xml; charset=utf-8")

    def robots(self) -> str:
        return ("# START nuxt-robots (indexable)\nUser-agent: *\nDisallow: /api/\nDisallow: /preview/\n\n"
                f"Sitemap: {self.url('/sitemap_index.xml')}\n# END nuxt-robots\n")

    def sitemap_with_alternates(self, lang: str) -> str:
        if lang == "de":
            paths = ["/de", *[self.post_path(e) for e in self.newest if e.story.language == "de"]]
        else:
            paths = ["/", *[self.page_path(s) for s in texts.EVERGREEN],
                     *[self.category_path(c) for c in sorted(self.groups("categories"))],
                     *[self.post_path(e) for e in self.newest if e.story.language == "en"]]
        rows = []
        for p in paths:
            alt = ""
            if p in ("/", "/de"):
                alt = (f'<xhtml:link rel="alternate" hreflang="en-GB" href="{self.url("/")}"/>'
                       f'<xhtml:link rel="alternate" hreflang="de-DE" href="{self.url("/de")}"/>'
                       f'<xhtml:link rel="alternate" hreflang="x-default" href="{self.url("/")}"/>')
            rows.append(f"<url><loc>{self.e(self.url(p))}</loc>{alt}</url>")
        return ('<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="/__sitemap__/style.xsl"?>'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'
                + "".join(rows) + "</urlset>")

    def api(self, n: int) -> str:
        chunk = self.newest[(n - 1) * PER_PAGE:n * PER_PAGE]
        return json.dumps({"stories": [self.card_data(e) for e in chunk], "page": n, "perPage": PER_PAGE,
                           "total": len(self.newest)}, ensure_ascii=False)

    # -- helpers ----------------------------------------------------------------------------------------------

    def e(self, text: str) -> str:
        return html.escape(text)

    def iso(self, moment: datetime) -> str:
        return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")

    def shown_date(self, moment: datetime, lang: str) -> str:
        if lang == "de":
            return f"{moment.day}. {MONTHS_DE[moment.month - 1]} {moment.year}"
        return f"{moment.day} {moment:%B} {moment.year}"

    def minutes(self, e: Entry) -> int:
        words = sum(len(plain(b.text).split()) + sum(len(plain(i).split()) for i in b.items) for b in e.story.blocks)
        return max(1, math.ceil(words / 220))

    def image_url(self, key: str, w: int = 1200, h: int = 800) -> str:
        digest = hashlib.md5(key.encode()).hexdigest()[:10]
        return f"https://a.storyblok.com/f/{SPACE}/{w}x{h}/{digest}/{slugify(key)[:40]}.jpg"

    def person_data(self, p: Person, role: str) -> dict:
        return {"name": p.name, "honorific": p.honorific, "credentials": ", ".join(p.credentials),
                "slug": slugify(p.name), "role": role,
                "avatar": {"filename": self.image_url("avatar-" + p.name, 240, 240), "alt": p.name}}

    def card_data(self, e: Entry) -> dict:
        return {"name": e.title, "full_slug": self.post_path(e).strip("/"), "first_published_at": self.iso(e.published),
                "content": {"title": e.title, "teaser": self.teaser(e, 20), "category": e.categories[0],
                            "hero_image": {"filename": self.image_url(e.slug), "alt": ""}, "reading_time": self.minutes(e)}}

    def uid(self, *parts) -> str:
        h = hashlib.md5(":".join(map(str, parts)).encode()).hexdigest()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"

    # -- the story as Storyblok delivers it ---------------------------------------------------------------

    def rt_node(self, b: Block) -> dict:
        if b.kind == "p":
            return {"type": "paragraph", "content": rt_inline(b.text, self.href_path)}
        if b.kind in ("h2", "h3"):
            return {"type": "heading", "attrs": {"level": int(b.kind[1])}, "content": rt_inline(b.text, self.href_path)}
        if b.kind in ("ul", "ol"):
            return {"type": "bullet_list" if b.kind == "ul" else "ordered_list",
                    "content": [{"type": "list_item", "content": [{"type": "paragraph",
                                                                    "content": rt_inline(i, self.href_path)}]}
                                for i in b.items]}
        if b.kind == "source":
            return {"type": "paragraph", "content": [{"text": "Source: ", "type": "text"},
                                                     {"text": b.text, "type": "text", "marks": [
                                                         {"type": "link", "attrs": {"href": b.text, "linktype": "url"}}]}]}
        raise ValueError(b.kind)

    def href_path(self, href: str) -> str:
        url = self.href_for(href)
        return url[len(self.base):] if url.startswith(self.base) else url

    def sections(self, e: Entry) -> list[tuple[str, list[Block]]]:
        """The body as bloks: (component, blocks) in page order."""
        blocks = list(e.story.blocks)
        out: list[tuple[str, list[Block]]] = []
        if len(blocks) > 1 and blocks[0].kind == "h3" and blocks[0].text == UI["en"]["takeaways"]:
            out.append(("key_takeaways", blocks[:2]))
            blocks = blocks[2:]
        for b in blocks:
            comp = {"quote": "callout", "figure": "image", "video": "video_embed", "refs": "sources"}.get(b.kind, "rich_text")
            if comp == "rich_text" and out and out[-1][0] == "rich_text":
                out[-1][1].append(b)
            else:
                out.append((comp, [b]))
        return out

    def blok_data(self, e: Entry, comp: str, blocks: list[Block], i: int) -> dict:
        base = {"_uid": self.uid(e.story.key, i), "component": comp}
        b = blocks[0]
        if comp == "rich_text":
            return {**base, "text": {"type": "doc", "content": [self.rt_node(x) for x in blocks]}}
        if comp == "key_takeaways":
            return {**base, "title": b.text, "items": [{"_uid": self.uid(e.story.key, i, j), "component": "takeaway",
                                                        "text": t} for j, t in enumerate(blocks[1].items)]}
        if comp == "callout":
            return {**base, "variant": "tip", "title": UI[self.lang(e)]["tip"],
                    "text": {"type": "doc", "content": [{"type": "paragraph", "content": rt_inline(b.text, self.href_path)}]}}
        if comp == "image":
            return {**base, "image": {"filename": self.image_url(b.text.rsplit("/", 1)[-1]), "alt": b.items[0]}}
        if comp == "video_embed":
            return {**base, "url": b.text}
        if comp == "sources":
            return {**base, "title": b.text, "items": {"type": "doc", "content": [self.rt_node(Block("ol", items=b.items))]}}
        raise ValueError(comp)

    def story_data(self, e: Entry) -> dict:
        lang = self.lang(e)
        return {
            "name": e.title, "created_at": self.iso(e.published - timedelta(days=2)),
            "published_at": self.iso(self.updated(e)), "first_published_at": self.iso(e.published),
            "id": 300000000 + e.post_id, "uuid": self.uid("story", e.story.key), "slug": e.slug,
            "full_slug": self.post_path(e).strip("/"), "lang": "de" if lang == "de" else "default",
            "tag_list": list(e.tags), "is_startpage": False,
            "content": {
                "_uid": self.uid("content", e.story.key), "component": "article", "title": e.title,
                "teaser": self.teaser(e, 24), "category": {"name": e.categories[0], "slug": slugify(e.categories[0])},
                "authors": [self.person_data(p, "author") for p in e.authors],
                "reviewer": self.person_data(e.reviewer, "reviewer") if e.reviewer else "",
                "hero_image": {"filename": self.image_url(e.slug), "alt": e.title},
                "body": [self.blok_data(e, comp, blocks, i) for i, (comp, blocks) in enumerate(self.sections(e))],
                "related_articles": [self.card_data(o) for o in self.related(e)],
                "interactive": e.story.key in self.client_only,
            },
        }

    # -- body HTML --------------------------------------------------------------------------------------------

    def li_html(self, items) -> str:
        return "".join(f"<li><p>{self.inline(i)}</p></li>" for i in items)

    def rich_html(self, b: Block) -> str:
        if b.kind == "p":
            return f"<p>{self.inline(b.text)}</p>"
        if b.kind in ("h2", "h3"):
            return f"<{b.kind}>{self.inline(b.text)}</{b.kind}>"
        if b.kind in ("ul", "ol"):
            return f"<{b.kind}>{self.li_html(b.items)}</{b.kind}>"
        if b.kind == "source":
            return f'<p>Source: <a href="{self.e(b.text)}" target="_blank">{self.e(b.text)}</a></p>'
        raise ValueError(b.kind)

    def blok_html(self, e: Entry, comp: str, blocks: list[Block], vue2: bool) -> str:
        b = blocks[0]
        if comp == "rich_text":
            return scoped('<div class="rich-text">', "RichText", vue2) + "".join(self.rich_html(x) for x in blocks) + "</div>"
        if comp == "key_takeaways":
            items = "".join(f'<li class="key-takeaways__item">{self.e(t)}</li>' for t in blocks[1].items)
            return scoped(f'<div class="key-takeaways"><p class="key-takeaways__title"><span class="icon icon--list" '
                          f'aria-hidden="true"></span>{self.e(b.text)}</p><ul class="key-takeaways__list">{items}</ul></div>',
                          "KeyTakeaways", vue2)
        if comp == "callout":
            return (scoped(f'<div class="callout callout--tip" role="note"><div class="callout__icon" aria-hidden="true">i</div>'
                           f'<div class="callout__body"><p class="callout__title">{UI[self.lang(e)]["tip"]}</p>'
                           '<div class="callout__text">', "Callout", vue2)
                    + f"<p>{self.inline(b.text)}</p></div></div></div>")
        if comp == "image":
            src = self.image_url(b.text.rsplit("/", 1)[-1]) + "/m/800x0/filters:quality(75)"
            return scoped(f'<figure class="content-image"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" '
                          f'data-src="{src}" alt="{self.e(b.items[0])}" width="800" height="533" class="lazyload content-image__img">'
                          f'<noscript><img src="{src}" alt="{self.e(b.items[0])}" width="800" height="533"></noscript></figure>',
                          "ContentImage", vue2)
        if comp == "video_embed":
            url = b.text
            yt = re.search(r"youtube\.com/embed/([\w-]+)", url)
            if yt:
                vid = yt.group(1)
                inner = (f'<lite-youtube videoid="{vid}" params="rel=0&amp;modestbranding=1" '
                         f"style=\"background-image: url('https://i.ytimg.com/vi/{vid}/hqdefault.jpg');\">"
                         f'<a href="https://youtube.com/watch?v={vid}" class="lty-playbtn" title="Play Video">'
                         f'<span class="lyt-visually-hidden">Play Video: {self.e(e.title)}</span></a></lite-youtube>')
            else:
                inner = (f'<iframe src="{self.e(url)}?dnt=1" width="640" height="360" frameborder="0" '
                         f'allow="autoplay; fullscreen; picture-in-picture" allowfullscreen title="{self.e(e.title)}"></iframe>')
            return scoped(f'<div class="video-embed"><div class="video-embed__ratio">{inner}</div></div>', "VideoEmbed", vue2)
        if comp == "sources":
            return (scoped(f'<section class="sources" aria-labelledby="sources-title"><h2 id="sources-title" class="sources__title">'
                           f'{self.e(b.text)}</h2><div class="rich-text sources__list">', "Sources", vue2)
                    + f"<ol>{self.li_html(b.items)}</ol></div></section>")
        raise ValueError(comp)

    # -- the frame ----------------------------------------------------------------------------------------------

    def header(self, lang: str, vue2: bool, current: str = "") -> str:
        cats = sorted(self.groups("categories"))[:6]
        link_cls = "nuxt-link-active" if vue2 else "router-link-active"
        nav = "".join(f'<li class="main-nav__item"><a href="{self.category_path(c)}" class="main-nav__link'
                      f'{" " + link_cls if current == c else ""}">{self.e(c)}</a></li>' for c in cats)
        home = "/de" if lang == "de" else "/"
        return scoped(f'<header class="site-header"><div class="site-header__inner container">'
                      f'<a href="{home}" class="site-header__logo {link_cls}" aria-label="{SITE} home">'
                      f'<svg width="120" height="28" viewBox="0 0 120 28" role="img"><title>{SITE}</title><path d="M4 4h6v20H4z"></path></svg></a>'
                      f'<nav class="main-nav" aria-label="Main"><ul class="main-nav__list">{nav}</ul></nav>'
                      '<div class="lang-switch"><a href="/" hreflang="en" class="lang-switch__link">EN</a>'
                      '<a href="/de" hreflang="de" class="lang-switch__link">DE</a></div>'
                      '<button type="button" class="site-header__search" aria-label="Search"><svg width="20" height="20"><circle cx="9" cy="9" r="7"></circle></svg></button>'
                      "</div></header>", "SiteHeader", vue2)

    def footer(self, vue2: bool) -> str:
        cats = "".join(f'<li><a href="{self.category_path(c)}">{self.e(c)}</a></li>' for c in sorted(self.groups("categories")))
        pages = "".join(f'<li><a href="{self.page_path(s)}">{self.e(t)}</a></li>' for s, (t, _) in texts.EVERGREEN.items())
        return scoped(f'<footer class="site-footer"><div class="container site-footer__grid"><div class="site-footer__brand">'
                      f'<p class="site-footer__logo">{SITE}</p><p class="site-footer__claim">Health information you can trust, '
                      'reviewed by clinicians.</p></div><nav class="site-footer__nav" aria-label="Topics"><p class="site-footer__heading">'
                      f'Topics</p><ul>{cats}</ul></nav><nav class="site-footer__nav" aria-label="Company"><p class="site-footer__heading">'
                      f'{SITE}</p><ul>{pages}<li><a href="/feed.xml">RSS</a></li></ul></nav></div><div class="site-footer__legal container">'
                      f'<p>© 2025 {SITE} Media GmbH. The content on this site is for information only and does not replace '
                      'professional medical advice.</p></div></footer>', "SiteFooter", vue2)

    def cookie_consent(self, vue2: bool) -> str:
        return scoped('<div class="cookie-consent" role="dialog" aria-modal="false" aria-labelledby="cookie-consent-title">'
                      '<div class="cookie-consent__inner"><p id="cookie-consent-title" class="cookie-consent__title">We value your privacy</p>'
                      '<p class="cookie-consent__text">We use cookies to run this site, to measure how it is used and, with your '
                      'consent, to show you relevant content. You can change your choice at any time in the '
                      '<a href="/privacy-policy">privacy settings</a>.</p><div class="cookie-consent__actions">'
                      '<button type="button" class="btn btn--primary">Accept all</button>'
                      '<button type="button" class="btn btn--ghost">Only necessary</button>'
                      '<button type="button" class="btn btn--link">Customise</button></div></div></div>', "CookieConsent", vue2)

    def newsletter(self, vue2: bool) -> str:
        return scoped('<section class="newsletter-signup"><div class="newsletter-signup__content"><h2 class="newsletter-signup__title">'
                      'Healthier, one email a week</h2><p class="newsletter-signup__text">Get our editors’ picks, new research '
                      'explained and practical tips every Thursday.</p></div><form class="newsletter-signup__form" novalidate>'
                      '<label for="newsletter-email" class="sr-only">Email address</label><input id="newsletter-email" type="email" '
                      'name="email" placeholder="Your email address" autocomplete="email" required>'
                      '<button type="submit" class="btn btn--primary">Subscribe</button></form><p class="newsletter-signup__legal">'
                      'By subscribing you agree to our <a href="/privacy-policy">privacy policy</a>. Unsubscribe at any time.</p>'
                      "</section>", "NewsletterSignup", vue2)

    def card_html(self, o: Entry, vue2: bool, cls: str = "article-card", heading: str = "h3") -> str:
        return scoped(f'<a href="{self.post_path(o)}" class="{cls}"><div class="{cls}__media"><img src="{self.image_url(o.slug)}'
                      f'/m/400x267" alt="" loading="lazy" width="400" height="267"></div><div class="{cls}__body">'
                      f'<span class="{cls}__category">{self.e(o.categories[0])}</span><{heading} class="{cls}__title">'
                      f'{self.e(o.title)}</{heading}><span class="{cls}__meta">{self.minutes(o)} {UI[self.lang(o)]["read"]}</span>'
                      f"</div></a>", "ArticleCard", vue2)

    def frag(self, items: str, vue2: bool) -> str:
        return items if vue2 else f"<!--[-->{items}<!--]-->"

    def head_common(self, title: str, description: str, canonical: str, vue2: bool, lang: str, extra: str = "",
                    alternates: list[tuple[str, str]] = ()) -> str:
        n = ' data-n-head="ssr"' if vue2 else ""
        hid = ' data-hid="description"' if vue2 else ""
        alts = "".join(f'<link{n} rel="alternate" hreflang="{h}" href="{self.url(p)}">' for h, p in alternates)
        return (f'<meta charset="utf-8"><meta{n} name="viewport" content="width=device-width, initial-scale=1">'
                f"<title>{self.e(title)}</title>"
                f'<meta{n}{hid} name="description" content="{self.e(description)}">'
                f'<link{n} rel="canonical" href="{self.url(canonical)}">{alts}'
                f'<link{n} rel="alternate" type="application/rss+xml" title="{SITE}" href="{self.url("/feed.xml")}">'
                f'<meta{n} property="og:site_name" content="{SITE}"><meta{n} property="og:locale" '
                f'content="{"de_DE" if lang == "de" else "en_GB"}">{extra}')

    def document(self, head: str, body: str, lang: str, vue2: bool, payload, route: str, client_only: bool = False) -> str:
        html_lang = "de-DE" if lang == "de" else "en-GB"
        if vue2:
            scripts = (f"<script>window.__NUXT__={nuxt2_payload(payload)};</script>"
                       '<script src="/_nuxt/runtime.8f1c2d4.js" defer></script><script src="/_nuxt/commons/app.3a9e71b.js" defer>'
                       '</script><script src="/_nuxt/app.b52f0c6.js" defer></script>')
            return (f'<!doctype html>\n<html lang="{html_lang}" data-n-head-ssr><head>{head}'
                    '<link rel="preload" href="/_nuxt/runtime.8f1c2d4.js" as="script"><link rel="preload" href="/_nuxt/app.b52f0c6.js" as="script">'
                    '<style data-vue-ssr-id="1f0e2c3a:0">.site-header{position:sticky;top:0}</style></head>'
                    f'<body><div data-server-rendered="true" id="__nuxt"><!----><div id="__layout">{body}</div></div>'
                    f"{scripts}</body></html>")
        config = ('window.__NUXT__={};window.__NUXT__.config={public:{storyblok:{accessToken:"",region:"eu",version:"published"},'
                  f'siteUrl:"",i18n:{{defaultLocale:"en",locales:["en","de"]}}}},app:{{baseURL:"\\u002F",buildId:"{BUILD_ID}",'
                  'buildAssetsDir:"\\u002F_nuxt\\u002F",cdnURL:""}}')
        root = '<div id="__nuxt"></div>' if client_only else f'<div id="__nuxt"><!--[-->{body}<!--]--></div>'
        teleports = "" if client_only else self.cookie_consent(False)
        return (f'<!DOCTYPE html><html lang="{html_lang}" dir="ltr"><head>{head}'
                '<link rel="stylesheet" href="/_nuxt/entry.Dk3mT9qa.css" crossorigin>'
                '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/C8vXw2pL.js">'
                '<script type="module" src="/_nuxt/C8vXw2pL.js" crossorigin></script></head>'
                f'<body>{root}<div id="teleports">{teleports}</div>'
                '<script type="application/json" data-nuxt-logs="nuxt-app">[[]]</script>'
                f"<script>{config}</script>"
                f'<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">'
                f"{nuxt3_payload(payload)}</script></body></html>")

    def payload(self, route: str, vue2: bool, key: str, data: dict) -> dict | Reduced:
        if vue2:
            return {"layout": "default", "data": [data], "fetch": {}, "error": None,
                    "state": {"i18n": {"routeParams": {}}, "consent": {"accepted": False, "necessary": True}},
                    "serverRendered": True, "routePath": route,
                    "config": {"storyblok": {"version": "published"}, "_app": {"basePath": "/", "assetsPath": "/_nuxt/",
                                                                                "cdnURL": None}}}
        return Reduced("ShallowReactive", {"data": Reduced("ShallowReactive", {key: data}),
                                           "state": Reduced("Reactive", {"$si18n:cached-locale-configs": {},
                                                                         "$sconsent": False}),
                                           "once": Reduced("Set"), "_errors": Reduced("ShallowReactive", {key: None}),
                                           "serverRendered": True, "path": route})

    # -- articles -------------------------------------------------------------------------------------------------

    def byline(self, e: Entry, vue2: bool) -> str:
        ui = UI[self.lang(e)]
        people = [f'<a href="{self.author_path(p)}" class="byline__name" rel="author">{self.e(p.display)}</a>' for p in e.authors]
        names = people[0] if len(people) == 1 else ", ".join(people[:-1]) + f" {ui['and']} " + people[-1]
        avatar = self.image_url("avatar-" + e.authors[0].name, 240, 240) + "/m/48x48"
        review = ""
        if e.reviewer:
            review = (f'<p class="byline__reviewer"><span class="byline__label">{ui["reviewed"]}</span> '
                      f'<a href="{self.expert_path(e.reviewer)}" class="byline__name">{self.e(e.reviewer.display)}</a></p>')
        mode, upd = self.date_mode(e), self.updated(e)
        dates = f'<time datetime="{self.iso(upd)}">{ui["updated"]} {self.shown_date(upd, self.lang(e))}</time>'
        if mode == "both":
            dates = (f'<time datetime="{self.iso(e.published)}">{ui["published"]} {self.shown_date(e.published, self.lang(e))}'
                     f'</time><span class="byline__dot" aria-hidden="true">·</span>{dates}')
        return scoped(f'<div class="byline"><img src="{avatar}" alt="" width="48" height="48" class="byline__avatar">'
                      f'<div class="byline__text"><p class="byline__authors"><span class="byline__label">{ui["written"]}</span> '
                      f'{names}</p>{review}<p class="byline__dates">{dates}<span class="byline__dot" aria-hidden="true">·</span>'
                      f'<span class="byline__reading">{self.minutes(e)} {ui["read"]}</span></p></div></div>', "ArticleByline", vue2)

    def json_ld(self, e: Entry, vue2: bool) -> str:
        url = self.url(self.post_path(e))
        if vue2:
            authors = [{"@type": "Person", "name": p.display, "url": self.url(self.author_path(p))} for p in e.authors]
            data = {"@context": "https://schema.org", "@type": "Article", "headline": e.title, "image": [self.image_url(e.slug)],
                    "datePublished": self.iso(e.published), "dateModified": self.iso(self.updated(e)),
                    "author": authors[0] if len(authors) == 1 else authors,
                    "publisher": {"@type": "Organization", "name": SITE, "logo": {"@type": "ImageObject",
                                                                                  "url": self.url("/logo.png")}},
                    "mainEntityOfPage": url}
            return (f'<script data-n-head="ssr" type="application/ld+json">'
                    f"{json.dumps(data, ensure_ascii=False)}</script>")
        ident = self.url("/#identity")
        people = [{"@id": self.url(f"/#/schema/person/{vhash(p.name)}"), "@type": "Person", "name": p.name,
                   "url": self.url(self.author_path(p))} for p in e.authors]
        graph = [
            {"@id": self.url("/#website"), "@type": "WebSite", "inLanguage": "en-GB", "name": SITE, "url": self.url("/"),
             "publisher": {"@id": ident}},
            {"@id": ident, "@type": "Organization", "name": SITE, "url": self.url("/"),
             "logo": {"@id": self.url("/#logo")}},
            {"@id": url + "/#webpage", "@type": "WebPage", "description": self.teaser(e, 24), "name": e.title, "url": url,
             "inLanguage": "de-DE" if self.lang(e) == "de" else "en-GB", "isPartOf": {"@id": self.url("/#website")},
             "potentialAction": [{"@type": "ReadAction", "target": [url]}]},
            {"@id": url + "/#article", "@type": "Article", "author": [{"@id": p["@id"]} for p in people],
             "datePublished": self.iso(e.published), "dateModified": self.iso(self.updated(e)),
             "description": self.teaser(e, 24), "headline": e.title, "image": {"@id": url + "/#primaryimage"},
             "inLanguage": "de-DE" if self.lang(e) == "de" else "en-GB", "keywords": list(e.tags),
             "articleSection": [e.categories[0]], "mainEntityOfPage": {"@id": url + "/#webpage"},
             "publisher": {"@id": ident}, "isPartOf": {"@id": url + "/#webpage"}},
            {"@id": url + "/#primaryimage", "@type": "ImageObject", "contentUrl": self.image_url(e.slug),
             "url": self.image_url(e.slug), "inLanguage": "en-GB"},
            *people,
        ]
        return (f'<script type="application/ld+json" data-hid="schema-org-graph">'
                f'{json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)}</script>')

    def render_article(self, e: Entry) -> str:
        vue2, lang, ui = self.legacy(e), self.lang(e), UI[self.lang(e)]
        path = self.post_path(e)
        cat = e.categories[0]
        crumbs = scoped(f'<nav class="breadcrumbs" aria-label="Breadcrumb"><ol class="breadcrumbs__list">'
                        f'<li class="breadcrumbs__item"><a href="{"/de" if lang == "de" else "/"}">{ui["home"]}</a></li>'
                        f'<li class="breadcrumbs__item"><a href="{self.category_path(cat)}">{self.e(cat)}</a></li>'
                        f'<li class="breadcrumbs__item" aria-current="page">{self.e(e.title)}</li></ol></nav>', "Breadcrumbs", vue2)
        head = scoped(f'<header class="article-header"><a href="{self.category_path(cat)}" class="article-header__category">'
                      f'{self.e(cat)}</a><h1 class="article-header__title">{self.e(e.title)}</h1></header>', "ArticleHeader", vue2)
        hero = scoped(f'<figure class="article-hero"><img src="{self.image_url(e.slug)}/m/1200x675" alt="{self.e(e.title)}" '
                      'width="1200" height="675" fetchpriority="high"></figure>', "ArticleHero", vue2)
        body = "".join(self.blok_html(e, comp, blocks, vue2) for comp, blocks in self.sections(e))
        chips = self.frag("".join(f'<li><a href="{self.tag_path(t)}" class="tag-chip">{self.e(t)}</a></li>' for t in e.tags), vue2)
        tags = scoped(f'<ul class="tag-list" aria-label="Tags">{chips}</ul>', "TagList", vue2) if e.tags else ("<!---->" if vue2 else "<!---->")
        share_url = self.url(path)
        share = scoped(f'<div class="share-bar"><span class="share-bar__label">{ui["share"]}</span>'
                       f'<a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="noopener" class="share-bar__link">Facebook</a>'
                       f'<a href="https://twitter.com/intent/tweet?url={share_url}" target="_blank" rel="noopener" class="share-bar__link">X</a>'
                       f'<a href="https://www.linkedin.com/sharing/share-offsite/?url={share_url}" target="_blank" rel="noopener" class="share-bar__link">LinkedIn</a>'
                       '<button type="button" class="share-bar__copy">Copy link</button></div>', "ShareBar", vue2)
        author = e.authors[0]
        card = scoped(f'<aside class="author-card"><img src="{self.image_url("avatar-" + author.name, 240, 240)}/m/96x96" alt="" '
                      f'width="96" height="96" class="author-card__avatar"><div class="author-card__text"><p class="author-card__label">'
                      f'{ui["about_author"]}</p><a href="{self.author_path(author)}" class="author-card__name">{self.e(author.display)}</a>'
                      f'<p class="author-card__bio">{self.e(BIOS.format(name=author.name, site=SITE))}</p></div></aside>',
                      "AuthorCard", vue2)
        slides = self.frag("".join(f'<div class="carousel__slide" role="group" aria-roledescription="slide">'
                                   f"{self.card_html(o, vue2)}</div>" for o in self.related(e)), vue2)
        related = scoped(f'<section class="related-articles"><h2 class="related-articles__title">{ui["related"]}</h2>'
                         f'<div class="carousel" aria-roledescription="carousel"><div class="carousel__track">{slides}</div>'
                         '<button type="button" class="carousel__prev" aria-label="Previous">‹</button>'
                         '<button type="button" class="carousel__next" aria-label="Next">›</button></div></section>',
                         "RelatedArticles", vue2)
        most = self.frag("".join(f'<li class="most-read__item"><a href="{self.post_path(o)}">{self.e(o.title)}</a></li>'
                                 for o in self.popular(5) if o is not e), vue2)
        sidebar = scoped(f'<aside class="sidebar"><div class="most-read"><h2 class="most-read__title">{ui["most_read"]}</h2>'
                         f'<ol class="most-read__list">{most}</ol></div></aside>', "Sidebar", vue2)
        main = (scoped('<main class="page page--article"><div class="container article-layout"><article class="article">', "ArticlePage", vue2)
                + crumbs + head + self.byline(e, vue2) + hero
                + scoped('<div class="article-body">', "ArticleBody", vue2) + body + "</div>"
                + tags + share + card + "</article>" + sidebar + "</div>" + related + self.newsletter(vue2) + "</main>")
        page = scoped('<div class="layout layout--default">', "DefaultLayout", vue2) + self.header(lang, vue2, cat) + main + self.footer(vue2)
        page += (self.cookie_consent(True) if vue2 else "") + "</div>"
        description = self.teaser(e, 24)
        n = ' data-n-head="ssr"' if vue2 else ""
        og = (f'<meta{n} property="og:type" content="article"><meta{n} property="og:title" content="{self.e(e.title)}">'
              f'<meta{n} property="og:description" content="{self.e(description)}"><meta{n} property="og:url" content="{self.url(path)}">'
              f'<meta{n} property="og:image" content="{self.image_url(e.slug)}/m/1200x630">'
              f'<meta{n} name="twitter:card" content="summary_large_image">')
        if not vue2:
            og += (f'<meta property="article:published_time" content="{self.iso(e.published)}">'
                   f'<meta property="article:modified_time" content="{self.iso(self.updated(e))}">')
        alternates = [("de-DE" if lang == "de" else "en-GB", path), ("x-default", path)]
        head_html = self.head_common(f"{e.title} | {SITE}", description, path, vue2, lang, og + self.json_ld(e, vue2), alternates)
        story = self.story_data(e)
        key = f"story-{story['full_slug']}"
        data = self.payload(path, vue2, key, {"story": story} if vue2 else story)
        return self.document(head_html, page, lang, vue2, data, path, client_only=e.story.key in self.client_only)

    # -- listings ------------------------------------------------------------------------------------------------

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        first = path_of(1)
        lang = "de" if first.startswith("/de") else "en"
        ui = UI[lang]
        intro = ""
        if first.startswith("/authors/"):
            person = next(p for e in items for p in e.authors if p.name == title)
            heading = self.e(person.display)
            intro = (f'<p class="listing-hero__bio">{self.e(BIOS.format(name=person.name, site=SITE))}</p>')
        elif first.startswith("/tags/"):
            heading = f"#{self.e(title)}"
        else:
            heading = self.e(title) if first not in ("/", "/de") else f"{SITE}: {ui['latest']}"
        cards = self.frag("".join(f'<li class="card-grid__item">{self.card_html(e, False, heading="h2")}</li>' for e in items), False)
        more = ""
        if n < pages:
            api = f"/api/articles?page={n + 1}&amp;per_page={PER_PAGE}"
            more = (f'<div class="load-more"><a href="{self.e(path_of(n + 1))}" class="btn btn--outline load-more__button" '
                    f'data-api="{api}" rel="next">{ui["more"]}</a></div>')
        main = scoped(f'<main class="page page--listing"><div class="container"><header class="listing-hero"><h1 class="listing-hero__title">'
                      f"{heading}</h1>{intro}</header><ul class=\"card-grid\">", "ListingPage", False) + cards + "</ul>" + \
            scoped(more, "LoadMore", False) + "</div>" + self.newsletter(False) + "</main>"
        page = (scoped('<div class="layout layout--default">', "DefaultLayout", False) + self.header(lang, False, title)
                + main + self.footer(False) + "</div>")
        path = path_of(n)
        alternates = [("en-GB", "/"), ("de-DE", "/de"), ("x-default", "/")] if first in ("/", "/de") else []
        head = self.head_common(f"{title} | {SITE}" if first not in ("/", "/de") else f"{SITE} – {ui['latest']}",
                                f"{title}: articles from {SITE}.", path, False, lang, "", alternates)
        data = {"stories": [self.card_data(e) for e in items], "page": n, "perPage": PER_PAGE, "total": pages}
        return self.document(head, page, lang, False, self.payload(path, False, f"list-{path}", data), path)

    # -- pages ----------------------------------------------------------------------------------------------------

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        main = (scoped(f'<main class="page page--static"><div class="container container--narrow"><h1 class="page__title">{self.e(title)}'
                       '</h1><div class="rich-text">', "StaticPage", True) + body + "</div></div></main>")
        page = (scoped('<div class="layout layout--default">', "DefaultLayout", True) + self.header("en", True) + main
                + self.footer(True) + self.cookie_consent(True) + "</div>")
        path = self.page_path(slug)
        head = self.head_common(f"{title} | {SITE}", paragraphs[0][:150], path, True, "en")
        data = {"page": {"name": title, "full_slug": slug, "content": {"component": "page", "title": title,
                                                                       "body": [{"component": "rich_text", "text": {
                                                                           "type": "doc", "content": [
                                                                               {"type": "paragraph", "content": [{"text": p, "type": "text"}]}
                                                                               for p in paragraphs]}}]}}}
        return self.document(head, page, "en", True, self.payload(path, True, "", data), path)

    def render_expert(self, person: Person) -> str:
        bio = (f"{person.display} is a member of the {SITE} medical review board and checks our articles for accuracy "
               "before they are published and whenever they are updated.")
        main = scoped(f'<main class="page page--expert"><div class="container container--narrow"><div class="expert-profile">'
                      f'<img src="{self.image_url("avatar-" + person.name, 240, 240)}/m/160x160" alt="" width="160" height="160">'
                      f'<h1 class="expert-profile__name">{self.e(person.display)}</h1><p class="expert-profile__role">Medical reviewer</p>'
                      f'<div class="rich-text"><p>{self.e(bio)}</p></div></div></div></main>', "ExpertPage", False)
        page = (scoped('<div class="layout layout--default">', "DefaultLayout", False) + self.header("en", False) + main
                + self.footer(False) + "</div>")
        path = self.expert_path(person)
        head = self.head_common(f"{person.display} | {SITE}", bio[:150], path, False, "en")
        data = {"expert": self.person_data(person, "reviewer"), "bio": bio}
        return self.document(head, page, "en", False, self.payload(path, False, f"expert-{slugify(person.name)}", data), path)

    # -- truth ------------------------------------------------------------------------------------------------------

    def truth(self) -> dict:
        """A post whose byline shows only "Updated DATE" (date_mode "hidden") is dated by that shown date:
        the project's convention (docs/benchmarks.md: a page that shows only an "Updated" date is dated by
        the shown date, as the human-labelled real pages are; dotdash's truth follows it). The first
        publication stays in the payload's ``first_published_at`` and JSON-LD ``datePublished``, which no
        reader sees. A client-only page's byline is drawn by the browser from the same story: it shows
        the same "Updated DATE"."""
        data = super().truth()
        for entry in self.entries:
            if self.date_mode(entry) == "hidden":
                data["articles"][self.post_path(entry)]["published"] = self.updated(entry).date().isoformat()
        return data

    # -- for tests: the text a browser would show after hydration ---------------------------------------------------

    def payload_text(self, path: str) -> str:
        page = self.resolve(path).body.decode(self.charset)
        m = re.search(r'id="__NUXT_DATA__">(.*?)</script>', page, re.S)
        if not m:
            return ""
        return "\n".join(payload_lines(revive(json.loads(m.group(1)))))
