"""legacy: a 2000s PHP site in a table layout, served as ``charset=ISO-8859-1`` while its bytes are
windows-1252 (curly quotes and dashes in 0x80-0x9F, as browsers decode it). Titles read
"Post title - SiteName"; the byline is a line "Posted on March 3, 2024 by NAME"; articles live at
``/articles/view.php?id=N``; a left column repeats "Latest News" and "Categories" on every page;
no feed, no sitemap, no metadata beyond ``<title>``.

Trap: tag pages link other tags with relative hrefs, so every ``/tag/x/`` links ``/tag/x/y/``,
one level deeper per click, forever.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .posts import Block, Entry, Plan, slugify
from .site import Response, ZooSite, long_date

_TAG_PATH = re.compile(r"^/tag/((?:[a-z0-9-]+/){2,})$")


def smarten(text: str) -> str:
    """Typewriter quotes and dashes as a 2000s editor printed them (outside link targets)."""
    parts = re.split(r"(\]\([^)]*\))", text)
    for i in range(0, len(parts), 2):
        part = re.sub(r"(^|[\s(\[])\"", "\\1\u201c", parts[i])
        part = part.replace('"', "\u201d")
        part = re.sub(r"(\w)'", "\\1\u2019", part).replace("'", "\u2018")
        parts[i] = part.replace(" -- ", " \u2014 ")
    return "".join(parts)


class Legacy(ZooSite):
    family = "legacy"
    site_name = "Healthy Living Online"
    charset = "cp1252"
    html_type = "text/html; charset=ISO-8859-1"
    ignore_query = False
    per_page = 12
    plan = Plan(seed="legacy", count=30, languages=("en", "pt", "es", "fr", "de"), authors=3, tz_hours=0,
                related=(1, 2, 2, 3))
    trap_patterns = (r"^/tag/([a-z0-9-]+/){2,}$",)

    def dress(self, entry: Entry) -> Entry:
        blocks = tuple(replace(b, text=smarten(b.text) if b.kind in ("p", "h2", "h3", "quote") else b.text,
                               items=tuple(smarten(i) for i in b.items) if b.kind in ("ul", "ol") else b.items)
                       for b in entry.story.blocks)
        return replace(entry, story=replace(entry.story, title=smarten(entry.story.title), blocks=blocks))

    def post_path(self, entry: Entry) -> str:
        return f"/articles/view.php?id={entry.post_id}"

    def home_path(self, n: int = 1) -> str:
        return "/" if n == 1 else f"/index.php?page={n}"

    def category_path(self, name: str, n: int = 1) -> str:
        cid = sorted(self.groups("categories")).index(name) + 1
        return f"/category.php?cat={cid}" + (f"&page={n}" if n > 1 else "")

    def tag_path(self, name: str, n: int = 1) -> str:
        return f"/tag/{slugify(name)}/" + (f"?page={n}" if n > 1 else "")

    def author_path(self, person, n: int = 1) -> str:
        return f"/author.php?name={slugify(person.name)}" + (f"&page={n}" if n > 1 else "")

    def page_path(self, slug: str) -> str:
        return {"privacy-policy": "/privacy.php"}.get(slug, f"/{slug}.php")

    def robots(self) -> str:
        return "User-agent: *\nDisallow: /cgi-bin/\nDisallow: /admin/\n"

    def trap(self, target: str) -> Response | None:
        match = _TAG_PATH.match(target.split("?")[0])
        if not match:
            return None
        last = match.group(1).strip("/").split("/")[-1]
        items = [e for e in self.newest if slugify(last) in map(slugify, e.tags)]
        return Response(200, self.html_type, self.encode(self.tag_page(last, items)))

    def tag_page(self, slug: str, items: list[Entry]) -> str:
        rows = "".join(f'<tr><td><a href="{self.post_path(e)}">{self.e(e.title)}</a> <font size="1">'
                       f"({e.published:%m/%d/%Y})</font></td></tr>" for e in items)
        others = sorted({t for e in self.entries for t in e.tags} - {slug})[:6]
        more = " | ".join(f'<a href="{slugify(t)}/">{self.e(t)}</a>' for t in others)
        content = (f'<h1>Articles tagged &quot;{self.e(slug)}&quot;</h1><table width="100%" cellpadding="3">{rows}</table>'
                   f"<p>More tags: {more}</p>")
        return self.document(f"Tag: {slug} - {self.site_name}", content)

    def add_listing(self, title: str, items: list[Entry], path_of) -> None:
        if path_of(1).startswith("/tag/"):   # tag pages are not paginated here, and carry the relative links
            self.add(path_of(1), "listing", lambda: self.tag_page(slugify(title), items))
            return
        super().add_listing(title, items, path_of)

    def document(self, title: str, content: str) -> str:
        latest = "".join(f'&raquo; <a href="{self.post_path(e)}">{self.e(e.title)}</a><br>' for e in self.newest[:8])
        cats = "".join(f'<a href="{self.category_path(c)}">{self.e(c)}</a><br>' for c in sorted(self.groups("categories")))
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>{self.e(title)}</title>
<link rel="stylesheet" href="/style.css" type="text/css">
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" bgcolor="#336699"><a href="/"><img src="/images/logo.gif" width="300" height="60" border="0" alt="{self.site_name}"></a></td></tr>
<tr><td colspan="2" bgcolor="#DDEEFF"><font face="Verdana, Arial" size="1"><a href="/">Home</a> | <a href="/start-here.php">Start Here</a> | <a href="/about.php">About Us</a> | <a href="/contact.php">Contact</a></font></td></tr>
<tr>
<td width="180" valign="top" bgcolor="#F0F0F0" class="leftcol"><font face="Verdana, Arial" size="1">
<b>Latest News</b><br>{latest}<br>
<b>Categories</b><br>{cats}<br>
<b>Newsletter</b><br><form action="/subscribe.php" method="post"><input type="text" name="email" size="15"><input type="submit" value="Join"></form>
</font></td>
<td width="600" valign="top" class="content"><font face="Verdana, Arial" size="2">
{content}
</font></td>
</tr>
<tr><td colspan="2" align="center"><font size="1">Copyright &copy; 2003-2025 {self.site_name}. All rights reserved. | <a href="/privacy.php">Privacy</a></font></td></tr>
</table>
</body>
</html>"""

    def video_html(self, src: str, entry: Entry) -> str:
        return (f'<p align="center"><iframe width="425" height="344" src="{src.replace("https://", "http://")}" '
                'frameborder="0" allowfullscreen></iframe></p>')

    def block_html(self, block: Block, entry: Entry) -> str:
        if block.kind in ("h2", "h3"):
            return f"<p><b>{self.inline(block.text)}</b></p>"
        return super().block_html(block, entry)

    def render_article(self, entry: Entry) -> str:
        names = " and ".join(p.name for p in entry.authors)
        related = "".join(f'&raquo; <a href="{self.post_path(o)}">{self.e(o.title)}</a><br>' for o in self.related(entry))
        tags = ", ".join(f'<a href="{self.tag_path(t)}">{self.e(t)}</a>' for t in entry.tags)
        cat = entry.categories[0]
        content = f"""<h1><font color="#336699">{self.e(entry.title)}</font></h1>
<p class="byline"><font size="1" color="#666666">Posted on {long_date(entry.published)} by {self.e(names)}</font></p>
{self.body_html(entry)}
<p><b>Related articles:</b><br>{related}</p>
<p><font size="1">Filed under: <a href="{self.category_path(cat)}">{self.e(cat)}</a> | Tags: {tags}</font></p>
<p><font size="1"><a href="/print.php?id={entry.post_id}" rel="nofollow">Print this article</a> | <a href="/email.php?id={entry.post_id}" rel="nofollow">Email to a friend</a></font></p>"""
        return self.document(f"{entry.title} - {self.site_name}", content)

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        rows = "".join(f'<tr><td><a href="{self.post_path(e)}"><b>{self.e(e.title)}</b></a><br>'
                       f'<font size="1">{long_date(e.published)}</font><br>{self.e(self.teaser(e, 24))}</td></tr>'
                       for e in items)
        nav = " ".join(f'<a href="{path_of(k)}">{k}</a>' if k != n else f"<b>{k}</b>" for k in range(1, pages + 1))
        heading = "Latest articles" if path_of(1) == "/" else title
        content = f'<h1>{self.e(heading)}</h1><table width="100%" cellpadding="4">{rows}</table><p>Page: {nav}</p>'
        return self.document(f"{heading} - {self.site_name}", content)

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(smarten(p))}</p>" for p in paragraphs)
        return self.document(f"{title} - {self.site_name}", f"<h1>{self.e(title)}</h1>{body}")
