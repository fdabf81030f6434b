"""medium (held out): a health publication hosted on Medium under its own domain, modelled on rendered
Medium story pages read from public repositories (saved story HTML with Medium's atomic class names:
``h1.pw-post-title[data-testid=storyTitle]``, ``p.pw-post-body-paragraph[data-selectable-paragraph]``,
``figure.paragraph-image`` with ``figcaption``, ``pre`` code blocks; markdown captures of whole story
pages showing the top bar, the byline "NAME · Follow · 5 min read · Apr 20, 2021", "Listen" / "Share",
tag chips linking ``/tag/x?source=post_page-----<id>---...``, the "Written by NAME" card with
"1 follower · 1 following", "No responses yet" / responses, "More from NAME and PUBLICATION" (author
recirculation) and "Recommended from Medium" (read-next recirculation) lists, ``/m/signin?operation=
register&redirect=...`` links and the Help/Status/About/Careers footer), scrapers' selectors for
``data-testid="authorName"`` / ``storyPublishDate`` / ``pw-multi-vote-count`` / ``pw-responses-count``,
and feed readers that parse ``window.__APOLLO_STATE__`` (``Post:<id>``, ``User:<id>``, ``Paragraph``).

What a story page carries: the Medium top bar (logo, Write, Search, Sign up, Sign in), the publication's
own nav (logo, Follow, Home/About/Archive/Newsletter); ``<article>`` holding one ``<section>``: a
"Member-only story" label on paid stories, the title ``h1``, a ``speechify-ignore`` byline block (avatar,
``a[data-testid=authorName]`` to ``medium.com/@handle``, Follow, "Published in PUBLICATION", "N min
read", ``span[data-testid=storyPublishDate]`` "Mar 12, 2024", the clap count ``pw-multi-vote-count``,
the responses count ``pw-responses-count``, Listen/Share buttons), the body paragraphs with hashed
classes; Medium's two heading sizes are ``h1`` / ``h2`` on stories rendered before 2023 and ``h2`` /
``h3`` after; YouTube and Vimeo through an ``iframe`` from ``cdn.embedly.com/widgets/media.html?src=...``;
``<mark>`` highlights. Member-only stories are cut at the paywall ("The author made this story
available to Medium members only..." and "Sign up to read" links): the truth is the visible part.
After the article: the tag chips, the clap/response bar again, "Written by NAME" with follower counts
and a one-line bio, responses (readers' names, dates, text), "More from NAME and PUBLICATION" (four
other stories of the same author, on this site) and "Recommended from Medium" (stories elsewhere on
Medium and two of this site). Neither list is the story's own related block: the truth has none.
Head: ``og:type article``, ``article:author`` (the Medium profile URL), ``article:published_time``,
``author``, a ``NewsArticle`` JSON-LD (``author`` a Person with ``url``, ``datePublished`` in UTC; on
most stories ``keywords`` mixing the tags, "Tag:Sleep", with Medium's workflow flags, "LayerCake:3",
"LockedPostSource:...", as noted from real Medium JSON-LD in a public repository's import notes),
``window.__APOLLO_STATE__`` with the post, its creator, tags and (free part of) paragraphs.

One author per story (Medium has no co-authors), names as Medium display names (no credentials); tags
only (no categories; the first tag is the story's topic). URLs: stories at ``/<title-slug>-<12 hex>``;
every internal link carries ``?source=post_page-----<id>---...`` (or ``---byline--``, ``---author_recirc--``
…); the page answers with any query; ``/tag/<slug>`` (tag chips; one page each), ``/archive`` (years),
``/archive/YYYY`` (that year's stories), ``/`` (newest ten), ``/about``... pages, ``/m/signin`` (Disallowed
in robots.txt, as Medium does), ``/feed`` RSS, ``/sitemap/sitemap.xml`` with yearly post sitemaps.
"""
from __future__ import annotations

import hashlib
import json
import random
from dataclasses import replace
from urllib.parse import quote

from .posts import Block, Entry, Person, Plan, plain, slugify
from .site import ZooSite

PUB = "Well Rounded"
PUB_ID = "5e2a91c07b3d"
RESPONDERS = ("Gina Moretti", "Karl Jensen", "Ruth A.", "Ivan Petrov", "Mei Lin")
RESPONSES = ("This is such a clear explanation. Saving it for later.",
             "I wish my doctor had explained it this way. Thank you for writing this.",
             "Great read. Do you have more on this topic?",
             "Tried the second tip for a week and it genuinely helped.")
BIOS = ("Health writer. I read the studies so you don't have to.", "Registered dietitian writing about food, habits "
        "and the science in between.", "Nurse, runner, occasional sceptic.", "Writing about sleep, stress and "
        "the small things that add up.")
ELSEWHERE = (("The Startup", "Jordan Blake", "Why I Stopped Counting Steps", "the-startup"),
             ("Better Humans", "Aisha Rahman", "The Morning Routine Myth", "better-humans"),
             ("Invisible Illness", "Tom Reed", "Living With a Diagnosis Nobody Can See", "invisible-illness"),
             ("Elemental", "Sara Kim", "What Cold Showers Actually Do", "elemental"))
EMBEDLY_KEY = "a19fcc184b9711e1b4764040d3dc5c07"
P_CLASS = "pw-post-body-paragraph ml mm gr mn b mo mp mq mr ms mt mu mv mw mx my mz na nb nc nd ne nf ng nh ni gk bg"


def hexid(*parts) -> str:
    return hashlib.sha1(":".join(map(str, parts)).encode()).hexdigest()[:12]


def pid(*parts) -> str:
    return hashlib.md5(":".join(map(str, parts)).encode()).hexdigest()[:4]


def med_date(moment) -> str:
    return f"{moment:%b} {moment.day}, {moment.year}"


class Medium(ZooSite):
    family = "medium"
    site_name = PUB
    declared_language = "en"
    per_page = 100               # Medium lists load on scroll: every listing is one page
    author_pages = False         # bylines link to medium.com/@handle
    per_link_params = ("source", "redirect", "operation")   # vary with the linking page and block (finite, no trap)
    plan = Plan(seed="medium", count=40, languages=("en",), authors=4, co_authors=0.0, tz_hours=0,
                related=(0,), tags_are_categories=True)

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self.paid: set[str] = set()
        self._tag_names: dict[str, str] = {}
        super().__init__(base_url)

    def dress(self, entry: Entry) -> Entry:
        blocks = entry.story.blocks
        if entry.story.kind == "article" and entry.post_id % 3 == 0 and len(blocks) > 7:
            cut = 4
            while blocks[cut - 1].kind in ("h2", "h3", "figure"):
                cut -= 1
            blocks = blocks[:cut]
            self.paid.add(entry.story.key)
        authors = tuple(Person(p.name) for p in entry.authors)
        tags = []
        for tag in entry.tags:                     # Medium tags are unique by slug
            name = self._tag_names.setdefault(slugify(tag), tag)
            if name not in tags:
                tags.append(name)
        return replace(entry, story=replace(entry.story, blocks=blocks), authors=authors, categories=(),
                       tags=tuple(tags[:5]))

    # -- paths -----------------------------------------------------------------------------------------

    def sid(self, entry: Entry) -> str:
        return hexid("post", entry.story.key)

    def post_path(self, entry: Entry) -> str:
        return f"/{slugify(entry.title)}-{self.sid(entry)}"

    def home_path(self, n: int = 1) -> str:
        return "/"

    def tag_path(self, name: str, n: int = 1) -> str:
        return f"/tag/{slugify(name)}"

    def page_path(self, slug: str) -> str:
        return f"/{slug}"

    def handle(self, person: Person) -> str:
        return slugify(person.name).replace("-", "")

    def profile(self, person: Person, source: str) -> str:
        return f"https://medium.com/@{self.handle(person)}?source={source}"

    @staticmethod
    def source(where: str, post: str = "", n: str = "", rest: str = "") -> str:
        if not where:
            return f"post_page-----{post}---------------------------------------"
        return f"post_page---{where}--{post}----{n}---------------------{rest}--------------"

    def link(self, path: str, where: str = "", post: str = "", n: str = "") -> str:
        return self.e(self.url(path) + "?source=" + self.source(where, post, n))

    def signin(self, redirect: str, operation: str = "register", where: str = "") -> str:
        return self.e(self.url("/m/signin") + f"?operation={operation}&redirect={quote(redirect, safe='')}"
                      f"&source={where or self.source('')}")

    def href_for(self, href: str) -> str:
        out = super().href_for(href)
        if out.startswith(self.base):
            return out + "?source=" + self.source("")
        return out

    def extra_routes(self) -> None:
        years = sorted({e.published.year for e in self.entries}, reverse=True)
        self.add("/archive", "listing", lambda: self.archive_page(None))
        for year in years:
            self.add(f"/archive/{year}", "listing", lambda year=year: self.archive_page(year))
        self.add("/m/signin", "other", self.signin_page)
        self.add("/feed", "other", lambda: self.rss(PUB, "/", self.newest[:10]), "text/xml; charset=UTF-8")
        self.add("/sitemap/sitemap.xml", "other",
                 lambda: self.sitemap_index([f"/sitemap/posts/{y}/posts-{y}.xml" for y in years]), "application/xml")
        for year in years:
            self.add(f"/sitemap/posts/{year}/posts-{year}.xml", "other", lambda year=year: self.sitemap(
                [self.post_path(e) for e in self.newest if e.published.year == year]), "application/xml")

    def robots(self) -> str:
        return ("User-Agent: *\nDisallow: /m/\nDisallow: /me/\nDisallow: /@me$\nDisallow: /@me/\nDisallow: /*/edit$\n"
                "Disallow: /*/*/edit$\nDisallow: /media/\nDisallow: /p/*/share\nDisallow: /r/\nAllow: /_/\n"
                "Allow: /_/api/posts/*/responses\nAllow: /_/api/posts/*/related\n"
                f"Sitemap: {self.url('/sitemap/sitemap.xml')}\n")

    # -- frame ----------------------------------------------------------------------------------------

    def document(self, title: str, main: str, head: str = "", state: dict | None = None, here: str = "/") -> str:
        apollo = json.dumps(state or {"ROOT_QUERY": {"__typename": "Query"}}, ensure_ascii=False).replace("</", "<\\/")
        return f"""<!doctype html><html lang="en"><head><title>{self.e(title)}</title>
<meta data-rh="true" charset="utf-8"><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">
<meta data-rh="true" name="theme-color" content="#000000"><meta data-rh="true" property="al:ios:app_name" content="Medium">
<meta data-rh="true" property="al:ios:app_store_id" content="828256236"><meta data-rh="true" property="og:site_name" content="Medium">
<meta data-rh="true" name="twitter:site" content="@Medium"><meta data-rh="true" name="robots" content="index,noarchive,follow,max-image-preview:large">
{head}<link data-rh="true" id="glyph_preload_link" rel="preload" as="style" type="text/css" href="https://glyph.medium.com/css/unbound.css">
<link data-rh="true" rel="icon" href="https://miro.medium.com/v2/resize:fill:256:256/1*dmbNkD5D-u45r44go_cf0g.png">
<link data-rh="true" rel="search" type="application/opensearchdescription+xml" title="Medium" href="/osd.xml">
<link data-rh="true" rel="alternate" type="application/rss+xml" title="RSS" href="{self.url('/feed')}">
<style type="text/css" data-fela-rehydration="572" data-fela-type="STATIC">html{{box-sizing:border-box;-webkit-text-size-adjust:100%}}*, *:before, *:after{{box-sizing:inherit}}body{{margin:0;padding:0;text-rendering:optimizeLegibility;-webkit-font-smoothing:antialiased;color:rgba(0,0,0,0.8);position:relative;min-height:100vh}}</style>
<style type="text/css" data-fela-rehydration="572" data-fela-type="RULE">.a{{font-family:medium-content-sans-serif-font, -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Oxygen, Ubuntu, Cantarell, "Open Sans", "Helvetica Neue", sans-serif}}.b{{font-weight:400}}.c{{background-color:rgba(255, 255, 255, 1)}}.l{{display:block}}.ab{{display:flex}}</style>
</head><body><div id="root"><div class="a b c"><div class="l c"><div class="l c">
<div class="cb ab cc cd ce cf" data-testid="headerNav"><div class="ab q"><a class="du ag" aria-label="Homepage" data-testid="headerMediumLogo" href="https://medium.com/?source={self.source('top_nav_layout_nav')}" rel="noopener follow"><svg viewBox="0 0 1043.63 592.71" class="dv dw"><g data-name="Layer 2"><g data-name="Layer 1"><path d="M588.67 296.36c0 163.67-131.78 296.35-294.33 296.35S0 460 0 296.36 131.78 0 294.34 0s294.33 132.69 294.33 296.36"></path></g></g></svg></a>
<div class="ay i"><div class="fd ab"><input role="combobox" aria-controls="search-results" aria-expanded="false" aria-label="search" data-testid="headerSearchInput" tabindex="0" class="az fi bk" placeholder="Search" value=""></div></div></div>
<div class="h k w ft fu"><div class="fv ab"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" data-testid="headerWriteButton" href="{self.signin('https://medium.com/new-story', where=self.source('top_nav_layout_nav', rest='new_post_topnav'))}" rel="noopener follow"><div class="bf b bg z du fw fx ab q fy fz"><span class="bf b bg z du">Write</span></div></a></div>
<span class="bf b bg z bk"><a class="bx by bz ca cb cc cd ce cf cg ch ci cj ck cl" data-testid="headerSignUpButton" href="{self.signin(self.url(here), where=self.source('top_nav_layout_nav', rest='global_nav'))}" rel="noopener follow">Sign up</a></span>
<span class="bf b bg z bk"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" data-testid="headerSignInButton" href="{self.signin(self.url(here), 'login', self.source('top_nav_layout_nav', rest='global_nav'))}" rel="noopener follow">Sign in</a></span></div></div>
<div class="gb gc gd ge gf ab"><div class="ab cb gg"><a href="{self.link('/', 'publication_nav', PUB_ID)}" rel="noopener follow"><img alt="{PUB}" class="gh" src="https://miro.medium.com/v2/resize:fit:264/1*Wr3pUb9kq2aXz1uOxh7eMA.png" width="132" height="36"></a>
<div class="ab gi"><a class="gj" href="{self.link('/', 'publication_nav', PUB_ID)}" rel="noopener follow">Home</a><a class="gj" href="{self.link('/about', 'publication_nav', PUB_ID)}" rel="noopener follow">About</a><a class="gj" href="{self.link('/archive', 'publication_nav', PUB_ID)}" rel="noopener follow">Archive</a><a class="gj" href="{self.link('/start-here', 'publication_nav', PUB_ID)}" rel="noopener follow">Start here</a><a class="gj" href="{self.link('/contact', 'publication_nav', PUB_ID)}" rel="noopener follow">Contact</a></div>
<button class="bf b bg z bk gk gl" aria-label="Follow publication">Follow publication</button></div></div>
{main}
<div class="ab cb jz"><div class="ka kb" data-testid="footer"><a class="af ag" href="https://help.medium.com/hc/en-us?source={self.source('')}" rel="noopener follow">Help</a><a class="af ag" href="https://medium.statuspage.io/?source={self.source('')}" rel="noopener follow">Status</a><a class="af ag" href="https://medium.com/about?autoplay=1&amp;source={self.source('')}" rel="noopener follow">About</a><a class="af ag" href="https://medium.com/jobs-at-medium/work-at-medium-959d1a85284e?source={self.source('')}" rel="noopener follow">Careers</a><a class="af ag" href="mailto:pressinquiries@medium.com">Press</a><a class="af ag" href="https://blog.medium.com/?source={self.source('')}" rel="noopener follow">Blog</a><a class="af ag" href="https://policy.medium.com/medium-privacy-policy-f03bf92035c9?source={self.source('')}" rel="noopener follow">Privacy</a><a class="af ag" href="https://policy.medium.com/medium-rules-30e5502c4eb4?source={self.source('')}" rel="noopener follow">Rules</a><a class="af ag" href="https://policy.medium.com/medium-terms-of-service-9db0094a1e0f?source={self.source('')}" rel="noopener follow">Terms</a><a class="af ag" href="https://speechify.com/medium?source={self.source('')}" rel="noopener follow">Text to speech</a></div></div>
</div></div></div></div>
<script>window.__BUILD_ID__="main-20240612-172914-3a4f0cb1e2"</script><script>window.__GRAPHQL_URI__ = "https://medium.com/_/graphql"</script>
<script>window.__PRELOADED_STATE__ = {{"algolia":{{"queries":{{}}}},"cache":{{"experimentGroupSet":true}},"client":{{"hightower":{{"url":"https://medium.com"}},"isBot":false,"isCustomDomain":true}},"config":{{"productName":"Medium"}}}}</script>
<script>window.__APOLLO_STATE__ = {apollo}</script>
<script src="https://cdn-client.medium.com/lite/static/js/manifest.9a1d5c2b.js"></script><script src="https://cdn-client.medium.com/lite/static/js/main.b6e2f91a.js"></script>
</body></html>"""

    # -- story pieces ---------------------------------------------------------------------------------

    def claps(self, entry: Entry) -> int:
        return random.Random(f"claps:{entry.story.key}").choice((12, 48, 93, 156, 240, 512, 1200, 2400))

    def responses(self, entry: Entry) -> list[tuple[str, str, str]]:
        rng = random.Random(f"responses:{entry.story.key}")
        out = []
        for i in range(rng.choice((0, 0, 1, 2, 3))):
            when = entry.published.replace(day=min(28, entry.published.day + i + 1))
            out.append((rng.choice(RESPONDERS), med_date(when), rng.choice(RESPONSES)))
        return out

    def count(self, n: int) -> str:
        return f"{n / 1000:.1f}K".replace(".0K", "K") if n >= 1000 else str(n)

    def read_time(self, entry: Entry) -> int:
        words = sum(len(plain(b.text).split()) + sum(len(plain(i).split()) for i in b.items) for b in entry.story.blocks)
        return max(1, round(words / 265)) + (3 if entry.story.key in self.paid else 0)

    def vote_bar(self, entry: Entry, where: str) -> str:
        n, r = self.claps(entry), len(self.responses(entry))
        sid = self.sid(entry)
        resp = (f'<div class="pw-responses-count mr ms">{r}</div>' if r else "")
        return (f'<div class="ab q hx hy" data-testid="{where}SocialActions"><div class="ab q"><div class="pw-multi-vote-icon fj il im in io">'
                f'<div class=""><a href="{self.signin(self.url(self.post_path(entry)), where=self.source(where + "_clap_button", sid))}" '
                f'rel="noopener follow"><div class="ip ao iq ir is it iu iv"><button class="ao ix" data-testid="{where}ClapButton" '
                f'aria-label="clap"><svg width="24" height="24" viewBox="0 0 24 24"></svg></button></div></a></div></div>'
                f'<div class="pw-multi-vote-count l iy iz ja jb jc jd je"><p class="bf b dv z du"><span class="jf">{self.count(n)}</span></p></div></div>'
                f'<div class="jg"><button class="ao ix" aria-label="responses" data-testid="{where}ResponseButton"><svg width="24" height="24" '
                f'viewBox="0 0 24 24" class="mq"></svg>{resp}</button></div>'
                f'<div class="ab q jh ji"><button aria-label="Add to list bookmark button" class="af fj ah ai aj ak al jj an ao ap"><svg width="25" height="25"></svg></button>'
                f'<button aria-label="Listen" data-testid="audioPlayButton" class="af fj ah ai aj ak al jj an ao ap"><div class="ab q"><p class="bf b dv z du">Listen</p></div></button>'
                f'<button aria-label="Share Post" data-testid="{where}ShareButton" class="af fj ah ai aj ak al jj an ao ap"><div class="ab q"><p class="bf b dv z du">Share</p></div></button></div></div>')

    def byline(self, entry: Entry) -> str:
        a = entry.authors[0]
        sid = self.sid(entry)
        prof = self.e(self.profile(a, self.source("byline", sid)))
        pub = self.link("/", "byline", sid)
        return (f'<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="hc hd he hf hg ab">'
                f'<div><div class="ab hh"><div><div class="bm" aria-hidden="false"><a href="{prof}" rel="noopener follow">'
                f'<div class="l hi hj by hk hl"><img alt="{self.e(a.name)}" class="l fa by dc dd cx" src="https://miro.medium.com/v2/resize:fill:88:88/1*{hexid("av", a.name)}.jpeg" '
                f'width="44" height="44" loading="lazy" data-testid="authorPhoto"></div></a></div></div>'
                f'<div class="hm ab by"><div><div class="bm" aria-hidden="false"><a href="{pub}" rel="noopener follow"><div class="l hn ho by hk hp">'
                f'<img alt="{PUB}" class="l fa by br hq cw" src="https://miro.medium.com/v2/resize:fill:48:48/1*Wr3pUb9kq2aXz1uOxh7eMA.png" width="24" height="24" '
                f'loading="lazy" data-testid="publicationPhoto"></div></a></div></div></div></div></div>'
                f'<div class="bn bh l"><div class="ab"><div style="flex:1"><span class="bf b bg z bk"><div class="hr ab q"><div class="ab q hs">'
                f'<div class="ab q"><div><div class="bm" aria-hidden="false"><p class="bf b ht hu bk"><a class="af ag ah ai aj ak al am an ao ap aq ar hv" '
                f'data-testid="authorName" href="{prof}" rel="noopener follow">{self.e(a.name)}</a></p></div></div></div>'
                f'<span class="hw hx" aria-hidden="true"><span class="bf b bg z du">·</span></span><p class="bf b ht hu du">'
                f'<span><a class="hy hz" href="{self.signin("https://medium.com/_/subscribe/user/" + hexid("u", a.name), where=self.source("byline", sid, rest="follow_byline"))}" '
                f'rel="noopener follow">Follow</a></span></p></div></div></span></div></div>'
                f'<div class="l ia"><span class="bf b bg z du"><div class="ab cn ib ic id"><div class="ie if ab"><div class="bf b bg z du ab ig">'
                f'<span class="ih l ia">Published in</span><div><div class="l" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar hv ab q" '
                f'data-testid="publicationName" href="{pub}" rel="noopener follow"><p class="bf b bg z ii ij ik il im in io ip bk">{PUB}</p></a></div></div></div>'
                f'<div class="h k"><span class="hw hx" aria-hidden="true"><span class="bf b bg z du">·</span></span></div></div>'
                f'<span class="bf b bg z du"><div class="ab ae"><span data-testid="storyReadTime">{self.read_time(entry)} min read</span>'
                f'<div class="iq ir l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="bf b bg z du">·</span></span></div>'
                f'<span data-testid="storyPublishDate">{med_date(entry.published)}</span></div></span></div></span></div></div></div>'
                f'<div class="ab cp is it iu iv iw ix iy iz ja jb jc jd je jf jg jh">{self.vote_bar(entry, "header")}</div></div></div>')

    def heading_tags(self, entry: Entry) -> tuple[str, str]:
        return ("h1", "h2") if entry.published.year < 2023 else ("h2", "h3")

    def block_html(self, block: Block, entry: Entry) -> str:
        k = block.kind
        i = pid(entry.story.key, block.kind, block.text, block.items)
        big, small = self.heading_tags(entry)
        if k == "p":
            text = self.inline(block.text)
            if int(i, 16) % 11 == 0 and "<" not in text and ". " in text:   # a reader's highlight
                first, rest = text.split(". ", 1)
                text = f'<mark class="uf ug ah">{first}.</mark> {rest}'
            return f'<p id="{i}" class="{P_CLASS}" data-selectable-paragraph="">{text}</p>'
        if k in ("h2", "h3"):
            tag = big if k == "h2" else small
            cls = "nj nk gr bf nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa ob oc od oe of og bk" if k == "h2" else \
                  "oh nk gr bf ni oi oj ok ol om on oo op oq or os ot ou ov ow ox oy oz pa pb bk"
            return f'<{tag} id="{i}" class="{cls}" data-selectable-paragraph="">{self.inline(block.text)}</{tag}>'
        if k in ("ul", "ol"):
            items = "".join(f'<li id="{pid(i, n)}" class="{P_CLASS.replace("pw-post-body-paragraph ", "")} pc pd pe bk" '
                            f'data-selectable-paragraph="">{self.inline(t)}</li>' for n, t in enumerate(block.items))
            return f'<{k} class="">{items}</{k}>'
        if k == "quote":
            return (f'<blockquote class="pf pg ph"><p id="{i}" class="{P_CLASS} pi" data-selectable-paragraph="">'
                    f'<em class="pj">{self.inline(block.text)}</em></p></blockquote>')
        if k == "figure":
            return (f'<figure class="pk pl pm pn po pp pq pr paragraph-image"><div role="button" tabindex="0" class="ps pt fj pu bh pv">'
                    f'<div class="pq pr pw"><picture><source srcset="https://miro.medium.com/v2/resize:fit:640/format:webp/1*{i}.jpeg 640w" '
                    f'type="image/webp"><img alt="{self.e(block.items[0])}" class="bh md px c" width="700" height="467" loading="lazy" '
                    f'role="presentation" src="{self.e(block.text)}"></picture></div></div>'
                    f'<figcaption class="py fh pz pq pr qa qb bf b bg z du" data-selectable-paragraph="">{self.e(block.items[0])}</figcaption></figure>')
        if k == "refs":
            big_cls = "nj nk gr bf nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa ob oc od oe of og bk"
            items = "".join(f'<li id="{pid(i, n)}" class="{P_CLASS.replace("pw-post-body-paragraph ", "")} pc pd pe bk" '
                            f'data-selectable-paragraph="">{self.inline(t)}</li>' for n, t in enumerate(block.items))
            return (f'<{big} id="{i}" class="{big_cls}" data-selectable-paragraph="">{self.e(block.text)}</{big}>'
                    f'<ul class="">{items}</ul>')
        if k == "source":
            return (f'<p id="{i}" class="{P_CLASS}" data-selectable-paragraph="">Source: <a class="af qc" href="{self.e(block.text)}" '
                    f'rel="noopener ugc nofollow" target="_blank">{self.e(block.text)}</a></p>')
        if k == "video":
            return self.video_html(block.text, entry)
        raise ValueError(k)

    def video_html(self, src: str, entry: Entry) -> str:
        vid = src.rstrip("/").rsplit("/", 1)[-1]
        if "vimeo" in src:
            query = (f"src=https%3A%2F%2Fplayer.vimeo.com%2Fvideo%2F{vid}%3Fapp_id%3D122963&dntp=1&display_name=Vimeo"
                     f"&url=https%3A%2F%2Fvimeo.com%2F{vid}&image=https%3A%2F%2Fi.vimeocdn.com%2Fvideo%2F{vid}-d_1280&key={EMBEDLY_KEY}"
                     "&type=text%2Fhtml&schema=vimeo")
        else:
            query = (f"src=https%3A%2F%2Fwww.youtube.com%2Fembed%2F{vid}%3Ffeature%3Doembed&display_name=YouTube"
                     f"&url=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3D{vid}&image=https%3A%2F%2Fi.ytimg.com%2Fvi%2F{vid}%2Fhqdefault.jpg"
                     f"&key={EMBEDLY_KEY}&type=text%2Fhtml&schema=youtube")
        return (f'<figure class="pk pl pm pn po pp"><div class="qd iu l fj"><div class="qe qf l"><iframe src="https://cdn.embedly.com/widgets/media.html?{self.e(query)}" '
                f'allowfullscreen="" frameborder="0" height="480" width="854" title="{self.e(entry.title)}" class="fa n fg dy bh" '
                'scrolling="no"></iframe></div></div></figure>')

    def paywall(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        sid = self.sid(entry)
        return (f'<div class="qg qh qi qj qk l"><div class="ab cb"><div class="ci bh fz ga gb gc"><div class="ql qm qn qo qp l">'
                f'<h2 class="bf qq qr qs qt bk">Sign up to read this story for free.</h2>'
                f'<p class="bf b bg z du">The author made this story available to Medium members only.<br>If you\u2019re new to Medium, create a new account to read this story on us.</p>'
                f'<div class="ab q"><a class="bf b bg z qu qv qw" href="{self.signin(url, where=self.source("paywall_signup", sid))}" rel="noopener follow">Sign up to read</a>'
                f'<a class="bf b bg z qx" href="https://medium.com/plans?dimension=post_regwall&amp;postId={sid}&amp;source={self.source("paywall_upgrade", sid)}" rel="noopener follow">Upgrade</a></div>'
                f'<p class="bf b bg z du">Already have an account? <a class="af ag" href="{self.signin(url, "login", self.source("paywall_signin", sid))}" rel="noopener follow">Sign in</a></p>'
                '</div></div></div></div>')

    def tags_row(self, entry: Entry) -> str:
        sid = self.sid(entry)
        chips = "".join(f'<div class="qy qz l"><a href="{self.link(self.tag_path(t), "", sid)}" rel="noopener follow">'
                        f'<div class="bf b dv z bk ra rb rc rd">{self.e(t)}</div></a></div>' for t in entry.tags)
        return f'<div class="qx ab jp jq"><div class="ab jr">{chips}</div></div>'

    def card(self, e: Entry, where: str, n: int, origin: Entry | None = None) -> str:
        src = self.source(where, self.sid(origin) if origin else "", str(n))
        a = e.authors[0]
        href = self.e(self.url(self.post_path(e)) + "?source=" + src)
        lock = ('<div class="ab q"><svg width="16" height="16" aria-label="Member-only story"></svg></div>'
                if e.story.key in self.paid else "")
        return (f'<article data-testid="post-preview" class="re rf"><div class="l"><div class="ab co"><a href="{self.e(self.profile(a, src))}" rel="noopener follow">'
                f'<p class="bf b dv z ii ij ik il im in io ip bk">{self.e(a.name)}</p></a></div>'
                f'<div class="rg"><a href="{href}" rel="noopener follow"><div title=""><h2 class="bf hb rh ri rj rk fn rl rm rn ro rp rq rr rs bk">{self.e(e.title)}</h2></div>'
                f'<div class="rt ru"><h3 class="bf b rv z ii rw ik il rx in ip du">{self.e(self.teaser(e, 14))}</h3></div></a></div>'
                f'<span class="bf b dv z du"><div class="ab q ry">{lock}<span>{med_date(e.published)}</span>'
                f'<div class="pw-multi-vote-count l rz sa"><span>{self.count(self.claps(e))}</span></div></div></span></div></article>')

    def author_card(self, entry: Entry) -> str:
        a = entry.authors[0]
        sid = self.sid(entry)
        prof = self.e(self.profile(a, self.source("post_author_info", sid)))
        rng = random.Random(f"followers:{a.name}")
        followers = rng.choice((312, 1840, 2600, 5100, 12400))
        return (f'<div class="sb sc sd se sf l"><div class="ab co"><a href="{prof}" rel="noopener follow"><img alt="{self.e(a.name)}" '
                f'class="l fa by sg sh cx" src="https://miro.medium.com/v2/resize:fill:128:128/1*{hexid("av", a.name)}.jpeg" width="64" height="64" loading="lazy"></a></div>'
                f'<div class="ab cb si sj"><a class="af ag" href="{prof}" rel="noopener follow"><h2 class="pw-author-name bf sk sl sm sn so sp sq nu sr ss nz st su bk">'
                f'<span class="gn sv">Written by {self.e(a.name)}</span></h2></a>'
                f'<div class="sw ab"><span class="pw-follower-count bf b bg z du"><a class="af ag" href="https://medium.com/@{self.handle(a)}/followers?source={self.source("post_author_info", sid)}" '
                f'rel="noopener follow">{self.count(followers)} followers</a></span><span class="bf b bg z du"> · </span><span class="bf b bg z du">'
                f'Writer for <a class="af ag" href="{self.link("/", "post_author_info", sid)}" rel="noopener follow">{PUB}</a></span></div>'
                f'<div class="sx l"><p class="bf b bg z bk"><span class="gn">{self.e(BIOS[int(hexid(a.name), 16) % len(BIOS)])}</span></p></div></div>'
                '<div class="ab sy"><button class="bf b bg z bk sz ta">Follow</button></div></div>')

    def responses_html(self, entry: Entry) -> str:
        sid = self.sid(entry)
        rows = self.responses(entry)
        url = self.url(self.post_path(entry))
        write = (f'<div class="tb tc"><a class="af ag" href="{self.signin(url, where=self.source("post_responses", sid, rest="respond_sidebar"))}" '
                 'rel="noopener follow">What are your thoughts?</a></div>')
        if not rows:
            return f'<div class="td te l" data-testid="responses"><h2 class="bf sk tf tg bk">No responses yet</h2>{write}</div>'
        items = "".join(
            f'<div class="th l"><div class="ab q"><a href="https://medium.com/@{slugify(name).replace("-", "")}?source={self.source("post_responses", sid, str(n))}" '
            f'rel="noopener follow"><p class="bf b bg z bk">{self.e(name)}</p></a><a href="https://medium.com/@{slugify(name).replace("-", "")}/{hexid("r", sid, n)}'
            f'?source={self.source("post_responses", sid, str(n))}" rel="noopener follow"><p class="bf b bg z du">{when}</p></a></div>'
            f'<pre class="ti tj"><div class="bf b tk z tl"><p>{self.e(text)}</p></div></pre>'
            '<div class="ab q"><div class="pw-multi-vote-count l"><span>2</span></div><button class="bf b bg z du">Reply</button></div></div>'
            for n, (name, when, text) in enumerate(rows))
        more = (f'<a class="af ag" href="{self.e(url)}?responsesOpen=true&amp;sortBy=REVERSE_CHRON&amp;source={self.source("post_responses", sid)}" '
                'rel="noopener follow">See all responses</a>')
        return (f'<div class="td te l" data-testid="responses"><h2 class="bf sk tf tg bk">Responses ({len(rows)})</h2>{write}'
                f'{items}{more}</div>')

    def recirc(self, entry: Entry) -> str:
        a = entry.authors[0]
        sid = self.sid(entry)
        rng = random.Random(f"recirc:{entry.story.key}")
        mine = [e for e in self.newest if e is not entry and e.authors[0] == a][:4]
        more = "".join(self.card(e, "author_recirc", n, entry) for n, e in enumerate(mine))
        here = rng.sample([e for e in self.entries if e is not entry and e not in mine], 2)
        rec = "".join(self.card(e, "read_next_recirc", n, entry) for n, e in enumerate(here))
        for n, (pub, name, title, slug) in enumerate(rng.sample(ELSEWHERE, 2), start=2):
            src = self.source("read_next_recirc", sid, str(n))
            h = hexid("else", title)
            rec += (f'<article data-testid="post-preview" class="re rf"><div class="l"><div class="ab co"><span class="bf b dv z du">In</span> '
                    f'<a href="https://medium.com/{slug}?source={src}" rel="noopener follow"><p class="bf b dv z bk">{pub}</p></a> '
                    f'<span class="bf b dv z du">by</span> <a href="https://medium.com/@{slugify(name).replace("-", "")}?source={src}" rel="noopener follow">'
                    f'<p class="bf b dv z bk">{name}</p></a></div><div class="rg"><a href="https://medium.com/{slug}/{slugify(title)}-{h}?source={src}" '
                    f'rel="noopener follow"><h2 class="bf hb rh ri bk">{title}</h2></a></div><span class="bf b dv z du">'
                    f'<span>{(n * 3) + 1}d ago</span></span></div></article>')
        return (f'<div class="tm tn l"><div class="ab cb"><div class="ci bh fz ga gb gc"><h2 class="bf sk tf tg bk">More from {self.e(a.name)} and {PUB}</h2>'
                f'<div class="to tp">{more}</div><div class="ab q"><a class="af ag" href="{self.e(self.profile(a, self.source("author_recirc", sid)))}" rel="noopener follow">'
                f'See all from {self.e(a.name)}</a> <a class="af ag" href="{self.link("/", "author_recirc", sid)}" rel="noopener follow">See all from {PUB}</a></div></div></div></div>'
                f'<div class="tq tr l"><div class="ab cb"><div class="ci bh fz ga gb gc"><h2 class="bf sk tf tg bk">Recommended from Medium</h2>'
                f'<div class="to tp">{rec}</div><a class="af ag" href="https://medium.com/?source={self.source("read_next_recirc", sid)}" '
                'rel="noopener follow">See more recommendations</a></div></div></div>')

    def apollo(self, entry: Entry) -> dict:
        a = entry.authors[0]
        sid, uid = self.sid(entry), hexid("u", a.name)
        paras = [b for b in entry.story.blocks if b.kind in ("p", "h2", "h3")]
        state = {"ROOT_QUERY": {"__typename": "Query", f'postResult({{"id":"{sid}"}})': {"__ref": f"Post:{sid}"}},
                 f"User:{uid}": {"__typename": "User", "id": uid, "name": a.name, "username": self.handle(a),
                                 "bio": BIOS[int(hexid(a.name), 16) % len(BIOS)], "imageId": f"1*{hexid('av', a.name)}.jpeg"},
                 f"Collection:{PUB_ID}": {"__typename": "Collection", "id": PUB_ID, "name": PUB, "domain": self.base.split("//")[1]},
                 f"Post:{sid}": {"__typename": "Post", "id": sid, "title": entry.title, "firstPublishedAt":
                                 int(entry.published.timestamp() * 1000), "latestPublishedAt": int(entry.published.timestamp() * 1000),
                                 "isLocked": entry.story.key in self.paid, "mediumUrl": self.url(self.post_path(entry)),
                                 "creator": {"__ref": f"User:{uid}"}, "collection": {"__ref": f"Collection:{PUB_ID}"},
                                 "tags": [{"__ref": f"Tag:{slugify(t)}"} for t in entry.tags],
                                 "clapCount": self.claps(entry), "postResponses": {"__typename": "PostResponses",
                                                                                    "count": len(self.responses(entry))},
                                 "readingTime": self.read_time(entry),
                                 'content({"postMeteringOptions":{}})': {"__typename": "PostContent", "isLockedPreviewOnly":
                                                                         entry.story.key in self.paid, "bodyModel": {
                                     "__typename": "RichText", "paragraphs": [{"__ref": f"Paragraph:{sid}_{n}"} for n in range(len(paras))]}}}}
        for t in entry.tags:
            state[f"Tag:{slugify(t)}"] = {"__typename": "Tag", "id": slugify(t), "displayTitle": t, "normalizedTagSlug": slugify(t)}
        for n, b in enumerate(paras):
            state[f"Paragraph:{sid}_{n}"] = {"__typename": "Paragraph", "id": f"{sid}_{n}", "name": pid(entry.story.key, b.kind, b.text, b.items),
                                             "type": "P" if b.kind == "p" else ("H3" if b.kind == "h2" else "H4"), "text": plain(b.text)}
        return state

    def render_article(self, entry: Entry) -> str:
        a = entry.authors[0]
        sid = self.sid(entry)
        url = self.url(self.post_path(entry))
        paid = entry.story.key in self.paid
        desc = self.teaser(entry, 22)
        ld = {"@context": "https://schema.org", "@type": "NewsArticle",
              "image": [f"https://miro.medium.com/v2/resize:fit:1200/1*{hexid('img', sid)}.jpeg"], "url": url,
              "dateCreated": entry.published.strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z",
              "datePublished": entry.published.strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z",
              "dateModified": entry.published.strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z",
              "headline": entry.title[:110], "name": entry.title, "description": desc, "identifier": sid,
              "author": {"@type": "Person", "name": a.name, "url": f"https://medium.com/@{self.handle(a)}"},
              "creator": [a.name],
              "publisher": {"@type": "Organization", "name": PUB, "url": self.url("/"),
                            "logo": {"@type": "ImageObject", "width": 264, "height": 72,
                                     "url": "https://miro.medium.com/v2/resize:fit:528/1*Wr3pUb9kq2aXz1uOxh7eMA.png"}},
              "mainEntityOfPage": url, "isAccessibleForFree": not paid}
        if entry.post_id % 3 != 1:      # most story pages: tags among Medium's own workflow keywords
            ld["keywords"] = ["Lite:true", *(f"Tag:{t}" for t in entry.tags), f"Publication:{slugify(PUB)}",
                              "Elevated:false", f"LockedPostSource:LOCKED_POST_SOURCE_{'UGC' if paid else 'NONE'}",
                              "LayerCake:3"]
        head = (f'<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="article:published_time" '
                f'content="{entry.published.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3]}Z"><meta data-rh="true" name="title" content="{self.e(entry.title)} | by {self.e(a.name)} | {PUB}">'
                f'<meta data-rh="true" property="og:title" content="{self.e(entry.title)}"><meta data-rh="true" property="al:android:url" content="medium://p/{sid}">'
                f'<meta data-rh="true" name="description" content="{self.e(desc)}"><meta data-rh="true" property="og:description" content="{self.e(desc)}">'
                f'<meta data-rh="true" property="og:url" content="{url}"><meta data-rh="true" property="al:web:url" content="{url}">'
                f'<meta data-rh="true" property="og:image" content="https://miro.medium.com/v2/resize:fit:1200/1*{hexid("img", sid)}.jpeg">'
                f'<meta data-rh="true" property="article:author" content="https://medium.com/@{self.handle(a)}"><meta data-rh="true" name="author" content="{self.e(a.name)}">'
                f'<meta data-rh="true" name="twitter:card" content="summary_large_image"><meta data-rh="true" name="twitter:data1" content="{self.read_time(entry)} min read">'
                f'<link data-rh="true" rel="author" href="https://medium.com/@{self.handle(a)}"><link data-rh="true" rel="canonical" href="{url}">'
                f'<link data-rh="true" rel="alternate" href="android-app://com.medium.reader/https/medium.com/p/{sid}">'
                f'<script data-rh="true" type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n')
        member = ('<div class="ab q ct"><div class="cu cv"><svg width="16" height="16" viewBox="0 0 64 64" fill="none"></svg></div>'
                  '<p class="bf b bg z du">Member-only story</p></div>' if paid else "")
        main = f"""<div class="l"><div class="cw l"><div class="cw l"><div class="l"></div>
<article><div class="l"><div class="l"><span class="l"></span><section><div><div class="fq fr fs ft fu"></div><div class="gd ge gf gg gh"><div class="ab cb"><div class="ci bh fz ga gb gc">
{member}<div><h1 id="{pid(sid, 'title')}" class="pw-post-title gx gy gr bf gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq hr hs ht hu bk" data-testid="storyTitle" data-selectable-paragraph="">{self.e(entry.title)}</h1></div>
{self.byline(entry)}
{self.body_html(entry)}
</div></div></div></div></section></div></div>
{self.paywall(entry) if paid else ""}</article></div>
<div class="l jk jl"><div class="ab cb"><div class="ci bh fz ga gb gc">{self.tags_row(entry)}{self.vote_bar(entry, "footer")}</div></div></div>
<div class="l"><div class="ab cb"><div class="ci bh fz ga gb gc">{self.author_card(entry)}{self.responses_html(entry)}</div></div></div>
{self.recirc(entry)}
</div></div>"""
        return self.document(f"{entry.title} | by {a.name} | {PUB} | {entry.published:%b}, {entry.published.year} | Medium",
                             main, head, self.apollo(entry), self.post_path(entry))

    # -- listings and pages ---------------------------------------------------------------------------

    def listing_doc(self, title: str, heading: str, items: list[Entry], extra: str = "", here: str = "/") -> str:
        cards = "".join(self.card(e, "publication_post_list", n) for n, e in enumerate(items))
        main = (f'<div class="l"><div class="ab cb"><div class="ci bh fz ga gb gc"><h1 class="bf sk tf tg bk">{self.e(heading)}</h1>'
                f'<div class="to tp">{cards}</div>{extra}</div></div></div>')
        head = (f'<meta data-rh="true" property="og:type" content="website"><meta data-rh="true" property="og:title" content="{self.e(title)}">'
                f'<link data-rh="true" rel="canonical" href="{self.url(here)}">\n')
        return self.document(title, main, head, None, here)

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        here = path_of(1)
        if here == "/":
            extra = f'<a class="af ag" href="{self.link("/archive", "publication_post_list", PUB_ID)}" rel="noopener follow">See all stories</a>'
            return self.listing_doc(PUB, PUB, items[:10], extra, "/")
        return self.listing_doc(f"{title} \u2013 {PUB}", f"Stories tagged {title}", items, "", here)

    def archive_page(self, year: int | None) -> str:
        years = sorted({e.published.year for e in self.entries}, reverse=True)
        nav = " ".join(f'<a class="af ag" href="{self.link(f"/archive/{y}", "publication_archive", PUB_ID)}" rel="noopener follow">{y}</a>' for y in years)
        if year is None:
            return self.listing_doc(f"Archive of stories published by {PUB}", "Archive", self.newest[:10],
                                    f'<div class="ab q">{nav}</div>', "/archive")
        items = [e for e in self.newest if e.published.year == year]
        return self.listing_doc(f"Archive of stories published by {PUB} in {year}", f"Archive \u2014 {year}", items,
                                f'<div class="ab q">{nav}</div>', f"/archive/{year}")

    def signin_page(self) -> str:
        return self.document("Medium", '<div class="l"><h2>Welcome back.</h2><a href="https://medium.com/m/connect/google">'
                             'Sign in with Google</a><a href="https://medium.com/m/signin?operation=login&amp;continue=email">'
                             'Sign in with email</a></div>')

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f'<p class="{P_CLASS}" data-selectable-paragraph="">{self.e(p)}</p>' for p in paragraphs)
        main = (f'<div class="l"><div class="ab cb"><div class="ci bh fz ga gb gc"><h1 class="bf sk tf tg bk">{self.e(title)}</h1>'
                f'{body}</div></div></div>')
        head = (f'<meta data-rh="true" property="og:type" content="website"><link data-rh="true" rel="canonical" href="{self.url(self.page_path(slug))}">\n')
        return self.document(f"{title} \u2013 {PUB}", main, head, None, self.page_path(slug))
