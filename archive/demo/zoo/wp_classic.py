"""wp-classic: a classic WordPress theme (Twenty Twenty-One's post markup, a sidebar of widgets),
as a static export: no Open Graph, no JSON-LD, Jetpack related posts, comment feeds that 404.

Modelled on WordPress/twentytwentyone (``template-parts/content/content-single.php``: ``article``
with ``post_class()``, ``h1.entry-title``, ``div.entry-content``, ``footer.entry-footer``) and the
markup Jetpack's related-posts module prints (``#jp-relatedposts``, ``.jp-relatedposts-post``).
Many posts are short video posts; some put the byline in the body ("Written by ...") and some end
with a plain-text "Source: https://..." line.
"""
from __future__ import annotations

from .posts import Block, Entry, Plan, slugify
from .site import ZooSite, long_date


class WpClassic(ZooSite):
    family = "wp-classic"
    site_name = "Sunnyside Nutrition Notes"
    plan = Plan(seed="wp-classic", count=46, authors=3, co_authors=0.1, inline_bylines=0.25, tz_hours=0)

    def year_path(self, year: int, n: int = 1) -> str:
        return self.paged(f"/{year}/", n)

    def extra_routes(self) -> None:
        years: dict[int, list[Entry]] = {}
        for entry in self.newest:
            years.setdefault(entry.published.year, []).append(entry)
        for year, items in years.items():
            self.add_listing(f"Year: {year}", items, lambda n, y=year: self.year_path(y, n))
        self.add("/feed/", "other", lambda: self.rss(self.site_name, "/", self.newest),
                 "application/rss+xml; charset=UTF-8")

    def robots(self) -> str:
        return "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"

    # -- page frame ---------------------------------------------------------------------------------

    def document(self, title: str, body_class: str, main: str, head: str = "") -> str:
        menu = "".join(f'<li class="menu-item"><a href="{self.url(self.page_path(s))}">{t}</a></li>'
                       for s, t in (("start-here", "Start Here"), ("about", "About"), ("contact", "Contact")))
        return f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{self.e(title)}</title>
<meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="{self.site_name} &raquo; Feed" href="{self.url('/feed/')}">
{head}<link rel="stylesheet" id="twenty-twenty-one-style-css" href="{self.url('/wp-content/themes/twentytwentyone/style.css?ver=2.1')}" media="all">
<meta name="generator" content="WordPress 6.4.3">
</head>
<body class="{body_class} wp-embed-responsive is-light-theme has-main-navigation">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu" role="banner">
<div class="site-branding"><p class="site-title"><a href="{self.url('/')}" rel="home">{self.site_name}</a></p>
<p class="site-description">Real food, real evidence, real life</p></div>
<nav id="site-navigation" class="primary-navigation" aria-label="Primary menu"><div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper"><li class="menu-item"><a href="{self.url('/')}">Home</a></li>{menu}</ul></div></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area">
<main id="main" class="site-main">
{main}
</main>
</div>
{self.sidebar()}
</div>
<footer id="colophon" class="site-footer" role="contentinfo">
<div class="site-info"><div class="site-name">{self.site_name}</div>
<div class="privacy-policy"><a class="privacy-policy-link" href="{self.url(self.page_path('privacy-policy'))}">Privacy Policy</a></div>
<div class="powered-by">Proudly powered by <a href="https://wordpress.org/">WordPress</a>.</div></div>
</footer>
</div>
</body>
</html>"""

    def sidebar(self) -> str:
        recent = "".join(f'<li><a href="{self.url(self.post_path(e))}">{self.e(e.title)}</a></li>'
                         for e in self.newest[:5])
        cats = "".join(f'<li class="cat-item"><a href="{self.url(self.category_path(name))}">{self.e(name)}</a> '
                       f"({len(items)})</li>" for name, items in sorted(self.groups("categories").items()))
        years = sorted({e.published.year for e in self.entries}, reverse=True)
        archives = "".join(f'<li><a href="{self.url(self.year_path(y))}">{y}</a></li>' for y in years)
        cloud = " ".join(f'<a href="{self.url(self.tag_path(name))}" class="tag-cloud-link" '
                         f'style="font-size: {8 + min(len(items), 6) * 2}pt;">{self.e(name)}</a>'
                         for name, items in sorted(self.groups("tags").items()))
        return f"""<aside id="secondary" class="widget-area" role="complementary">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{self.url('/')}"><label>Search for: <input type="search" class="search-field" name="s"></label><input type="submit" class="search-submit" value="Search"></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts"><ul>{recent}</ul></nav></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav aria-label="Categories"><ul>{cats}</ul></nav></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><nav aria-label="Archives"><ul>{archives}</ul></nav></section>
<section id="tag_cloud-2" class="widget widget_tag_cloud"><h2 class="widget-title">Tags</h2><div class="tagcloud">{cloud}</div></section>
</aside>"""

    # -- articles -----------------------------------------------------------------------------------

    def block_html(self, block: Block, entry: Entry) -> str:
        if block.kind == "source":   # a bare line of text, as pasted into the classic editor
            return f"<p>Source: {self.e(block.text)}</p>"
        return super().block_html(block, entry)

    def video_html(self, src: str, entry: Entry) -> str:
        provider = "youtube" if "youtube" in src else "vimeo"
        return (f'<figure class="wp-block-embed is-type-video is-provider-{provider} wp-block-embed-{provider} '
                f'wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">'
                f'<iframe title="{self.e(entry.title)}" width="750" height="422" src="{src}?feature=oembed" '
                'frameborder="0" allow="accelerometer; autoplay; encrypted-media; picture-in-picture" '
                "allowfullscreen></iframe></div></figure>")

    def byline(self, entry: Entry) -> str:
        names = " and ".join(p.display for p in entry.authors)
        return f"<p><em>Written by {self.e(names)}</em></p>\n"

    def render_article(self, entry: Entry) -> str:
        pid = entry.post_id
        fmt = "video" if entry.story.kind == "video" else "standard"
        terms = " ".join([*(f"category-{slugify(c)}" for c in entry.categories),
                          *(f"tag-{slugify(t)}" for t in entry.tags)])
        when = entry.published
        authors = "" if entry.inline_byline else (
            '<span class="byline"> by ' + ", ".join(
                f'<span class="author vcard"><a class="url fn n" href="{self.url(self.author_path(p))}">'
                f"{self.e(p.name)}</a></span>" for p in entry.authors) + "</span>")
        cats = ", ".join(f'<a href="{self.url(self.category_path(c))}" rel="category tag">{self.e(c)}</a>'
                         for c in entry.categories)
        tags = ", ".join(f'<a href="{self.url(self.tag_path(t))}" rel="tag">{self.e(t)}</a>' for t in entry.tags)
        main = f"""<article id="post-{pid}" class="post-{pid} post type-post status-publish format-{fmt} hentry {terms} entry">
<header class="entry-header alignwide"><h1 class="entry-title">{self.e(entry.title)}</h1></header>
<div class="entry-content">
{self.byline(entry) if entry.inline_byline else ""}{self.body_html(entry)}
{self.sharing(entry)}
{self.jetpack_related(entry)}
</div>
<footer class="entry-footer default-max-width">
<div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated" datetime="{when.isoformat()}">{long_date(when)}</time></span>{authors}</div>
<div class="post-taxonomies"><span class="cat-links">Categorized as {cats}</span> <span class="tags-links">Tagged {tags}</span></div>
</footer>
{"" if entry.inline_byline else self.author_bio(entry)}
</article>
{self.post_navigation(entry)}
{self.comments(entry)}"""
        head = (f'<link rel="alternate" type="application/rss+xml" title="{self.site_name} &raquo; '
                f'{self.e(entry.title)} Comments Feed" href="{self.url(self.post_path(entry))}feed/">\n'
                f'<link rel="canonical" href="{self.url(self.post_path(entry))}">\n'
                f'<link rel="shortlink" href="{self.url("/")}?p={pid}">\n')
        body_class = f"post-template-default single single-post postid-{pid} single-format-{fmt}"
        return self.document(f"{entry.title} – {self.site_name}", body_class, main, head)

    def sharing(self, entry: Entry) -> str:
        link = self.url(self.post_path(entry))
        return ('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social '
                'sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>'
                f'<li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button" '
                f'href="{link}?share=facebook" target="_blank"><span>Facebook</span></a></li>'
                f'<li class="share-x"><a rel="nofollow noopener noreferrer" class="share-x sd-button" '
                f'href="{link}?share=x" target="_blank"><span>X</span></a></li></ul></div></div></div>')

    def jetpack_related(self, entry: Entry) -> str:
        items = []
        for pos, other in enumerate(self.related(entry)):
            href = (f"{self.url(self.post_path(other))}?relatedposts_hit=1&amp;relatedposts_origin={entry.post_id}"
                    f"&amp;relatedposts_position={pos}")
            items.append(
                f'<div class="jp-relatedposts-post jp-relatedposts-post{pos} jp-relatedposts-post-thumbs" '
                f'data-post-id="{other.post_id}" data-post-format="false">'
                f'<a class="jp-relatedposts-post-a" href="{href}" title="{self.e(other.title)}" rel="nofollow" '
                f'data-origin="{entry.post_id}" data-position="{pos}"><img class="jp-relatedposts-post-img" '
                f'loading="lazy" src="{self.url(f"/wp-content/uploads/{other.slug}-350x200.jpg")}" width="350" '
                f'height="200" alt="{self.e(other.title)}"></a>'
                f'<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{href}" '
                f'title="{self.e(other.title)}" rel="nofollow" data-origin="{entry.post_id}" data-position="{pos}">'
                f"{self.e(other.title)}</a></h4>"
                f'<p class="jp-relatedposts-post-excerpt">{self.e(self.teaser(other, 18))}</p>'
                f'<p class="jp-relatedposts-post-date">{long_date(other.published)}</p>'
                f'<p class="jp-relatedposts-post-context">In &quot;{self.e((other.categories or other.tags)[0])}&quot;</p>'
                "</div>")
        if not items:
            return ""
        return ("<div id='jp-relatedposts' class='jp-relatedposts' ><h3 class=\"jp-relatedposts-headline\">"
                "<em>Related</em></h3><div class=\"jp-relatedposts-items jp-relatedposts-items-visual "
                f'jp-relatedposts-grid">{"".join(items)}</div></div>')

    def author_bio(self, entry: Entry) -> str:
        person = entry.authors[0]
        return (f'<div class="author-bio show-avatars"><div class="author-bio-content"><h2 class="author-title">'
                f"By {self.e(person.name)}</h2><p class=\"author-description\">{self.e(person.name)} writes about "
                "food, habits and the research behind them for this blog.</p>"
                f'<a class="author-link" href="{self.url(self.author_path(person))}" rel="author">'
                f"View all of {self.e(person.name)}'s posts.</a></div></div>")

    def post_navigation(self, entry: Entry) -> str:
        prev, nxt = self.neighbours(entry)
        links = []
        if prev is not None:
            links.append(f'<div class="nav-previous"><a href="{self.url(self.post_path(prev))}" rel="prev">'
                         f'<p class="meta-nav">Previous post</p><p class="post-title">{self.e(prev.title)}</p></a></div>')
        if nxt is not None:
            links.append(f'<div class="nav-next"><a href="{self.url(self.post_path(nxt))}" rel="next">'
                         f'<p class="meta-nav">Next post</p><p class="post-title">{self.e(nxt.title)}</p></a></div>')
        return (f'<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">'
                f'Post navigation</h2><div class="nav-links">{"".join(links)}</div></nav>')

    def comments(self, entry: Entry) -> str:
        count = entry.post_id % 3
        items = "".join(
            f'<li id="comment-{entry.post_id * 10 + n}" class="comment even thread-even depth-1"><article '
            f'class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">'
            f'{("Maria", "Kevin", "Aisha")[n]}</b> <span class="says">says:</span></div></footer>'
            f'<div class="comment-content"><p>{("Thank you, this was really useful.", "Great tips, I will try this week.", "Could you write more about this topic?")[n]}</p></div>'
            '<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div>'
            "</article></li>" for n in range(count))
        heading = (f'<h2 class="comments-title">{count} thoughts on &ldquo;{self.e(entry.title)}&rdquo;</h2>'
                   f'<ol class="comment-list">{items}</ol>' if count else "")
        return f"""<div id="comments" class="comments-area default-max-width show-avatars">{heading}
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Leave a comment</h2>
<form action="{self.url('/wp-comments-post.php')}" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<p class="comment-form-comment"><label for="comment">Comment *</label><textarea id="comment" name="comment" rows="5" required></textarea></p>
<p class="comment-form-author"><label for="author">Name *</label><input id="author" name="author" type="text" required></p>
<p class="comment-form-email"><label for="email">Email *</label><input id="email" name="email" type="email" required></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"><input type="hidden" name="comment_post_ID" value="{entry.post_id}"></p>
</form></div></div>"""

    # -- listings and pages -------------------------------------------------------------------------

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        cards = "\n".join(
            f'<article id="post-{e.post_id}" class="post-{e.post_id} post type-post status-publish format-standard '
            f'hentry entry"><header class="entry-header"><h2 class="entry-title default-max-width">'
            f'<a href="{self.url(self.post_path(e))}">{self.e(e.title)}</a></h2></header>'
            f'<div class="entry-content"><p>{self.e(self.teaser(e))}</p></div><footer class="entry-footer">'
            f'<span class="posted-on">Published <time class="entry-date published" datetime="{e.published.isoformat()}">'
            f"{long_date(e.published)}</time></span></footer></article>" for e in items)
        nav = []
        if n < pages:
            nav.append(f'<div class="nav-previous"><a href="{self.url(path_of(n + 1))}">Older posts</a></div>')
        if n > 1:
            nav.append(f'<div class="nav-next"><a href="{self.url(path_of(n - 1))}">Newer posts</a></div>')
        heading = "" if path_of(1) == "/" else f'<header class="page-header"><h1 class="page-title">{self.e(title)}</h1></header>'
        main = (f'{heading}{cards}<nav class="navigation pagination" aria-label="Posts">'
                f'<div class="nav-links">{"".join(nav)}</div></nav>')
        body_class = "home blog" if path_of(1) == "/" else "archive"
        label = self.site_name if path_of(1) == "/" else f"{title} – {self.site_name}"
        return self.document(label + (f" – Page {n}" if n > 1 else ""), body_class + (" paged" if n > 1 else "")
                             + " hfeed", main)

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        main = (f'<article id="post-{len(slug)}" class="post-{len(slug)} page type-page status-publish hentry entry">'
                f'<header class="entry-header alignwide"><h1 class="entry-title">{self.e(title)}</h1></header>'
                f'<div class="entry-content">{body}</div></article>')
        return self.document(f"{title} – {self.site_name}", f"page-template-default page page-id-{len(slug)}", main)
