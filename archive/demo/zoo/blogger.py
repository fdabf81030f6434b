"""blogger (held out): a Blogspot blog in the classic "Simple" layout, modelled on rendered Blogger
pages (``div.blog-posts.hfeed``, ``h2.date-header``, ``div.post.hentry[itemtype=BlogPosting]``,
``h3.post-title.entry-title``, ``div.post-body.entry-content``, a footer "Posted by NAME at
10:13 AM" whose date is only in the date header and the ``abbr.published`` title, ``span.post-labels``
"Labels: ..."). Titles read "Blog name: Post title". Posts live at ``/YYYY/MM/slug.html``, the slug
cut to Blogger's length, and ``blog-post_DD.html`` for Cyrillic titles. Labels are the only
taxonomy. Sidebar: profile, a site-wide "Popular Posts" widget with snippets, "Labels" with counts
and the "Blog Archive" tree. Home, month and year archives show whole posts, a month often just one.
Videos are ``iframe.BLOG_video_class``. Some posts end with a hand-typed "You might also like:" list.

Duplicates rather than traps: every page has a mobile twin at ``?m=1`` (linked from the head, and
from links the author pasted from a phone), whose own links all carry ``?m=1``; comment permalinks
add ``?showComment=``. robots.txt disallows ``/search``, where the label pages and the "Older
Posts" pager live; the sitemap lists every post.
"""
from __future__ import annotations

import hashlib
import re
from datetime import timezone
from functools import partial
from urllib.parse import parse_qs, quote, urlsplit

from .posts import Block, Entry, Plan, _ascii
from .site import HTML, Response, ZooSite, long_date

BLOG_ID = "7310294485516630182"
ATOM = "application/atom+xml; charset=UTF-8"


def blogger_slug(title: str, ascii_title: str) -> str:
    """Blogger's post file name: lower-case words cut near 40 characters, or "" for titles
    without Latin letters."""
    words = re.findall(r"[a-z0-9]+", ascii_title.lower())
    out = ""
    for word in words:
        if len(out) + len(word) + 1 > 40 and out:
            break
        out = f"{out}-{word}" if out else word
    return out


class Blogger(ZooSite):
    family = "blogger"
    site_name = "Notes from a Country Nurse"
    declared_language = "en"
    per_page = 7
    author_pages = False          # profiles live on blogger.com
    plan = Plan(seed="blogger", count=36, languages=("en", "pt", "es", "ru"), authors=2, tz_hours=-8,
                related=(0, 0, 1, 2, 3), tags_are_categories=True)

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self._files: dict[int, str] = {}
        super().__init__(base_url)

    # -- URLs -----------------------------------------------------------------------------------------

    def post_path(self, entry: Entry) -> str:
        if entry.index not in self._files:
            name = blogger_slug(entry.title, _ascii(entry.title)) or f"blog-post_{entry.published.day:02d}"
            self._files[entry.index] = name
        return f"/{entry.published:%Y/%m}/{self._files[entry.index]}.html"

    def updated_max(self, items: list[Entry], n: int) -> str:
        last = items[(n - 1) * self.per_page - 1].published
        return quote(last.isoformat(timespec="seconds"), safe="-:")

    def home_path(self, n: int = 1) -> str:
        return "/" if n == 1 else f"/search?updated-max={self.updated_max(self.newest, n)}&max-results={self.per_page}"

    def tag_path(self, name: str, n: int = 1) -> str:
        base = f"/search/label/{quote(name)}"
        if n == 1:
            return base
        return f"{base}?updated-max={self.updated_max(self.groups('tags')[name], n)}&max-results={self.per_page}"

    def page_path(self, slug: str) -> str:
        return f"/p/{slug}.html"

    def extra_routes(self) -> None:
        years: dict[int, list[Entry]] = {}
        months: dict[tuple[int, int], list[Entry]] = {}
        for e in self.newest:
            years.setdefault(e.published.year, []).append(e)
            months.setdefault((e.published.year, e.published.month), []).append(e)
        for year, items in years.items():   # a year page shows every post of the year (Blogger caps at 50)
            self.add(f"/{year}/", "listing", partial(self.render_listing, str(year), items, 1, 1, lambda n, y=year: f"/{y}/"))
        for (year, month), items in months.items():
            self.add(f"/{year}/{month:02d}/", "listing", partial(
                self.render_listing, f"{items[0].published:%B}, {year}", items, 1, 1, lambda n, y=year, m=month: f"/{y}/{m:02d}/"))
        self.add("/feeds/posts/default", "other", self.atom, ATOM)
        self.add("/sitemap.xml", "other", lambda: self.sitemap_index(["/sitemap.xml?page=1"]), "application/xml")
        self.add("/sitemap.xml?page=1", "other", lambda: self.sitemap(self.paths_of("article")), "application/xml")
        self.add("/sitemap-pages.xml", "other", lambda: self.sitemap(self.paths_of("page")), "application/xml")

    def robots(self) -> str:
        return (f"User-agent: Mediapartners-Google\nDisallow: \n\nUser-agent: *\nDisallow: /search\nAllow: /\n\n"
                f"Sitemap: {self.url('/sitemap.xml')}\n")

    def atom(self) -> str:
        rows = "".join(f"<entry><id>tag:blogger.com,1999:blog-{BLOG_ID}.post-{e.post_id}</id>"
                       f"<published>{e.published.isoformat()}</published><title type='text'>{self.e(e.title)}</title>"
                       f"<link rel='alternate' type='text/html' href='{self.url(self.post_path(e))}'/></entry>"
                       for e in self.newest[:25])
        return (f"<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
                f"<id>tag:blogger.com,1999:blog-{BLOG_ID}</id><title type='text'>{self.site_name}</title>{rows}</feed>")

    # -- the mobile twin ------------------------------------------------------------------------------

    def resolve(self, target: str) -> Response:
        parts = urlsplit(target)
        if parse_qs(parts.query).get("m") == ["1"]:
            key = self.route_key(parts.path)
            if key is None or self.routes[key][0] not in ("article", "listing", "page"):
                return self.not_found()
            cache = f"{key}?m=1"
            if cache not in self._cache:
                desktop = self.routes[key][1]().body.decode(self.charset)
                self._cache[cache] = Response(200, HTML, self.encode(self.mobile(desktop, key)))
            return self._cache[cache]
        return super().resolve(target)

    def mobile(self, desktop: str, path: str) -> str:
        """The mobile template: the same main column, every link to this blog given ``?m=1``."""
        main = desktop.split("<!-- main -->", 1)[1].split("<!-- /main -->", 1)[0]
        main = re.sub(r"(href='|href=\")(" + re.escape(self.base) + r"[^'\"#?]*)(#[^'\"]*)?(['\"])",
                      lambda m: f"{m.group(1)}{m.group(2)}?m=1{m.group(3) or ''}{m.group(4)}", main)
        head = desktop.split("<head>", 1)[1].split("</head>", 1)[0]
        return (f"<!DOCTYPE html><html class='v2' dir='ltr' lang='en'><head>{head}</head>"
                f"<body class='mobile variant-indie'><div class='mobile-header'><a href='{self.url('/')}?m=1'>"
                f"{self.site_name}</a></div><div class='content-outer'>{main}</div>"
                f"<div class='mobile-desktop-link'><a class='home-link' href='{self.url(path)}?m=0'>View web version</a></div>"
                "</body></html>")

    # -- page frame -----------------------------------------------------------------------------------

    def profile(self, person) -> str:
        return f"https://www.blogger.com/profile/{int(hashlib.sha1(person.name.encode()).hexdigest()[:15], 16):020d}"

    def widgets(self) -> str:
        popular = "".join(
            f"<li><div class='item-content'><div class='item-title'><a href='{self.url(self.post_path(e))}'>"
            f"{self.e(e.title)}</a></div><div class='item-snippet'>{self.e(self.teaser(e, 22))}</div></div></li>"
            for e in self.popular())
        labels = "".join(f"<li><a dir='ltr' href='{self.url(self.tag_path(name))}'>{self.e(name)}</a>"
                         f"<span dir='ltr'>({len(items)})</span></li>" for name, items in sorted(self.groups("tags").items()))
        years: dict[int, list[Entry]] = {}
        for e in self.newest:
            years.setdefault(e.published.year, []).append(e)
        newest_year = self.newest[0].published.year
        tree = []
        for year, items in years.items():
            months = ""
            if year == newest_year:
                by_month: dict[int, list[Entry]] = {}
                for e in items:
                    by_month.setdefault(e.published.month, []).append(e)
                for i, (month, posts) in enumerate(by_month.items()):
                    titles = ("<ul class='posts'>" + "".join(
                        f"<li><a href='{self.url(self.post_path(e))}'>{self.e(e.title)}</a></li>" for e in posts)
                        + "</ul>") if i == 0 else ""
                    months += (f"<li class='archivedate {'expanded' if i == 0 else 'collapsed'}'><a class='toggle' "
                               f"href='javascript:void(0)'><span class='zippy'>&#9658;&nbsp;</span></a><a "
                               f"class='post-count-link' href='{self.url(f'/{year}/{month:02d}/')}'>"
                               f"{posts[0].published:%B}</a> <span class='post-count' dir='ltr'>({len(posts)})</span>"
                               f"{titles}</li>")
                months = f"<ul class='hierarchy'>{months}</ul>"
            tree.append(f"<li class='archivedate {'expanded' if months else 'collapsed'}'><a class='toggle' "
                        f"href='javascript:void(0)'><span class='zippy'>&#9658;&nbsp;</span></a><a class='post-count-link' "
                        f"href='{self.url(f'/{year}/')}'>{year}</a> <span class='post-count' dir='ltr'>({len(items)})</span>"
                        f"{months}</li>")
        author = self.entries[0].authors[0]
        return f"""<div class='sidebar section' id='sidebar-right-1'>
<div class='widget Profile' data-version='1' id='Profile1'><h2>About Me</h2><div class='widget-content'><dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' href='{self.profile(author)}' rel='author'>{self.e(author.name)}</a></dt><dd class='profile-textblock'>Rural nurse for twenty years. I write about the questions patients ask me at the kitchen table.</dd></dl><a class='profile-link' href='{self.profile(author)}' rel='author'>View my complete profile</a></div></div>
<div class='widget PopularPosts' data-version='1' id='PopularPosts1'><h2>Popular Posts</h2><div class='widget-content popular-posts'><ul>{popular}</ul></div></div>
<div class='widget Label' data-version='1' id='Label1'><h2>Labels</h2><div class='widget-content list-label-widget-content'><ul>{labels}</ul></div></div>
<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Blog Archive</h2><div class='widget-content'><div id='ArchiveList'><div id='BlogArchive1_ArchiveList'><ul class='hierarchy'>{''.join(tree)}</ul></div></div></div></div>
</div>"""

    def document(self, title: str, main: str, head: str = "", page_type: str = "index") -> str:
        return f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='en' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='{self.url('/favicon.ico')}' rel='icon' type='image/x-icon'/>
{head}<link rel="alternate" type="application/atom+xml" title="{self.site_name} - Atom" href="{self.url('/feeds/posts/default')}" />
<link rel="service.post" type="application/atom+xml" title="{self.site_name} - Atom" href="https://www.blogger.com/feeds/{BLOG_ID}/posts/default" />
<title>{self.e(title)}</title>
<link type='text/css' rel='stylesheet' href='https://www.blogger.com/static/v1/widgets/2975350028-css_bundle_v2.css' />
</head>
<body class='loading variant-simplysimple'>
<div class='navbar no-items section' id='navbar'></div>
<div class='body-fauxcolumns'><div class='fauxcolumn-outer body-fauxcolumn-outer'></div></div>
<div class='content'><div class='content-outer'>
<header><div class='header-outer'><div class='header section' id='header'><div class='widget Header' data-version='1' id='Header1'><div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='{self.url('/')}'>{self.site_name}</a></h1></div><div class='descriptionwrapper'><p class='description'><span>Plain answers about health, from a nurse who has heard every question.</span></p></div></div></div></div></div></header>
<div class='tabs-outer'><div class='tabs section' id='crosscol'><div class='widget PageList' data-version='1' id='PageList1'><div class='widget-content'><ul><li><a href='{self.url('/')}'>Home</a></li><li><a href='{self.url(self.page_path('start-here'))}'>Start Here</a></li><li><a href='{self.url(self.page_path('about'))}'>About</a></li><li><a href='{self.url(self.page_path('contact'))}'>Contact</a></li></ul></div></div></div></div>
<div class='main-outer'><div class='columns fauxcolumns'><div class='columns-inner'>
<div class='column-center-outer'><div class='column-center-inner'><div class='main section' id='main'>
<!-- main -->{main}<!-- /main -->
</div></div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside>{self.widgets()}</aside></div></div>
</div></div></div>
<footer><div class='footer-outer'><div class='foot section' id='footer-1'><div class='widget Attribution' data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>Simple theme. Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>. <a href='{self.url(self.page_path('privacy-policy'))}'>Privacy</a></div></div></div></div></footer>
</div></div>
</body>
</html>"""

    # -- posts ----------------------------------------------------------------------------------------

    def video_html(self, src: str, entry: Entry) -> str:
        if "youtube.com/embed/" in src:
            vid = src.rsplit("/", 1)[1]
            return ("<div class=\"separator\" style=\"clear: both; text-align: center;\"><iframe allowfullscreen=\"\" "
                    f"class=\"BLOG_video_class\" height=\"266\" src=\"{src}\" width=\"320\" youtube-src-id=\"{vid}\"></iframe></div>")
        return (f'<div style="text-align: center;"><iframe src="{src}" width="480" height="270" frameborder="0" '
                'allow="autoplay; fullscreen" allowfullscreen></iframe></div>')

    def block_html(self, block: Block, entry: Entry) -> str:
        if block.kind == "p":   # the Blogger compose box writes lines and <br>, not paragraphs
            return f"{self.inline(block.text)}<br />\n<br />"
        if block.kind in ("h2", "h3"):
            return f"<h3 style=\"text-align: left;\">{self.inline(block.text)}</h3>"
        return super().block_html(block, entry)

    def also_like(self, entry: Entry) -> str:
        others = self.related(entry)
        if not others:
            return ""
        phone = entry.post_id % 3 == 0   # links copied from the phone keep their ?m=1
        items = "".join(f"<li><a href=\"{self.url(self.post_path(o))}{'?m=1' if phone else ''}\">{self.e(o.title)}</a></li>"
                        for o in others)
        return f"<br />\n<b>You might also like:</b><br />\n<ul>{items}</ul>"

    def post_html(self, entry: Entry, single: bool) -> str:
        url = self.url(self.post_path(entry))
        author = entry.authors[0]
        title = (f"<h3 class='post-title entry-title' itemprop='name'>{self.e(entry.title)}</h3>" if single else
                 f"<h3 class='post-title entry-title' itemprop='name'><a href='{url}'>{self.e(entry.title)}</a></h3>")
        labels = ",\n".join(f"<a href='{self.url(self.tag_path(t))}' rel='tag'>{self.e(t)}</a>" for t in entry.tags)
        when = entry.published
        ncomments = entry.post_id % 4
        return f"""<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='{BLOG_ID}' itemprop='blogId'/>
<meta content='{entry.post_id}' itemprop='postId'/>
<a name='{entry.post_id}'></a>
{title}
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-{entry.post_id}' itemprop='description articleBody'>
{self.body_html(entry)}{self.also_like(entry)}
<div style='clear: both;'></div>
</div>
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>Posted by <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><meta content='{self.profile(author)}' itemprop='url'/><a class='g-profile' href='{self.profile(author)}' rel='author' title='author profile'><span itemprop='name'>{self.e(author.name)}</span></a></span></span>
<span class='post-timestamp'>at <meta content='{url}' itemprop='url'/><a class='timestamp-link' href='{url}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{when.isoformat(timespec="seconds")}'>{when:%I:%M %p}</abbr></a></span>
<span class='post-comment-link'>{'' if single else f"<a class='comment-link' href='{url}#comment-form'>{ncomments} comments:</a>"}</span>
<div class='post-share-buttons goog-inline-block'><a class='goog-inline-block share-button sb-email' href='https://www.blogger.com/share-post.g?blogID={BLOG_ID}&amp;postID={entry.post_id}&amp;target=email' target='_blank' title='Email This'><span class='share-button-link-text'>Email This</span></a><a class='goog-inline-block share-button sb-facebook' href='https://www.blogger.com/share-post.g?blogID={BLOG_ID}&amp;postID={entry.post_id}&amp;target=facebook' target='_blank' title='Share to Facebook'><span class='share-button-link-text'>Share to Facebook</span></a></div>
</div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels:
{labels}
</span></div>
</div>
</div>
{self.comments(entry) if single else ''}
</div>"""

    def comments(self, entry: Entry) -> str:
        url = self.url(self.post_path(entry))
        rows = []
        for n in range(entry.post_id % 4):
            stamp = entry.published.replace(hour=(entry.published.hour + n + 1) % 24)
            millis = int(stamp.astimezone(timezone.utc).timestamp() * 1000)
            rows.append(f"<dt class='comment-author' id='c{entry.post_id}{n}'><a name='c{entry.post_id}{n}'></a>"
                        f"{('Maria', 'Kevin', 'Aisha')[n]} said...</dt><dd class='comment-body' id='Blog1_cmt-{entry.post_id}{n}'>"
                        f"<p>{('Thank you, this helped my mother.', 'Very clear, thanks!', 'Could you write about this for children?')[n]}</p></dd>"
                        f"<dd class='comment-footer'><span class='comment-timestamp'><a href='{url}?showComment={millis}#c{entry.post_id}{n}' "
                        f"title='comment permalink'>{long_date(stamp)} at {stamp:%I:%M %p}</a></span></dd>")
        return (f"<div class='comments' id='comments'><a name='comments'></a><h4>{len(rows)} comments:</h4>"
                f"<div id='Blog1_comments-block-wrapper'><dl class='avatar-comment-indent' id='comments-block'>{''.join(rows)}</dl></div>"
                f"<p class='comment-footer'><a href='https://www.blogger.com/comment/fullpage/post/{BLOG_ID}/{entry.post_id}' "
                "onclick=''>Post a Comment</a></p></div>")

    def posts_html(self, items: list[Entry], single: bool) -> str:
        out, day = [], None
        for e in items:
            if e.published.date() != day:
                if day is not None:
                    out.append("</div></div>")
                day = e.published.date()
                out.append(f"<div class=\"date-outer\"><h2 class='date-header'><span>{e.published:%A}, {long_date(e.published)}"
                           "</span></h2><div class=\"date-posts\">")
            out.append(self.post_html(e, single))
        if items:
            out.append("</div></div>")
        return "".join(out)

    def pager(self, entry: Entry) -> str:
        older_post, newer_post = self.neighbours(entry)
        newer = (f"<span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='{self.url(self.post_path(newer_post))}' "
                 "id='Blog1_blog-pager-newer-link' title='Newer Post'>Newer Post</a></span>" if newer_post is not None else "")
        older = (f"<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='{self.url(self.post_path(older_post))}' "
                 "id='Blog1_blog-pager-older-link' title='Older Post'>Older Post</a></span>" if older_post is not None else "")
        return (f"<div class='blog-pager' id='blog-pager'>{newer}{older}<a class='home-link' href='{self.url('/')}'>Home</a></div>"
                f"<div class='post-feeds'><div class='feed-links'>Subscribe to: <a class='feed-link' "
                f"href='{self.url('/feeds/posts/default')}' target='_blank' type='application/atom+xml'>Posts (Atom)</a></div></div>")

    def head(self, path: str, title: str, description: str) -> str:
        url = self.url(path)
        return (f"<link href='{url}' rel='canonical'/>\n<link rel=\"alternate\" media=\"only screen and (max-width: 640px)\" "
                f"href=\"{url}?m=1\">\n<meta content='{url}' property='og:url'/>\n<meta content='{self.e(title)}' "
                f"property='og:title'/>\n<meta content='{self.e(description)}' property='og:description'/>\n")

    def render_article(self, entry: Entry) -> str:
        main = (f"<div class='widget Blog' data-version='1' id='Blog1'><div class='blog-posts hfeed'>"
                f"{self.posts_html([entry], single=True)}</div>{self.pager(entry)}</div>")
        head = self.head(self.post_path(entry), entry.title, self.teaser(entry, 30))
        return self.document(f"{self.site_name}: {entry.title}", main, head)

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        status = ("" if path_of(1) == "/" else
                  f"<div class='status-msg-wrap'><div class='status-msg-body'>Showing posts from {self.e(title)}. "
                  f"<a href='{self.url('/')}'>Show all posts</a></div></div>")
        older = (f"<div class='blog-pager' id='blog-pager'><span id='blog-pager-older-link'><a class='blog-pager-older-link' "
                 f"href='{self.url(path_of(n + 1))}' title='Older Posts'>Older Posts</a></span><a class='home-link' "
                 f"href='{self.url('/')}'>Home</a></div>" if n < pages else "")
        main = (f"<div class='widget Blog' data-version='1' id='Blog1'>{status}<div class='blog-posts hfeed'>"
                f"{self.posts_html(items, single=False)}</div>{older}</div>")
        label = self.site_name if path_of(1) == "/" else f"{self.site_name}: {title}"
        return self.document(label, main, self.head(path_of(n), label, ""))

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"{self.e(p)}<br />\n<br />" for p in paragraphs)
        main = (f"<div class='widget Blog' data-version='1' id='Blog1'><div class='blog-posts hfeed'><div class='post-outer'>"
                f"<div class='post hentry'><h3 class='post-title entry-title'>{self.e(title)}</h3>"
                f"<div class='post-body entry-content'>{body}</div></div></div></div></div>")
        return self.document(f"{self.site_name}: {title}", main, self.head(self.page_path(slug), title, ""))
