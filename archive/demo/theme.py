"""The demo's WordPress-like theme: page chrome (header, sidebar, footer, cookie banner) around articles,
listings, static and error pages, with the boilerplate an extractor has to see past."""
from __future__ import annotations

from datetime import datetime
from html import escape
from urllib.parse import quote

from .content import Content, DemoArticle, StaticPage
from .markup import plain_text, render, slugify
from .quirks import BODY_CLASS, LEGACY_SLUG, NO_METADATA_SLUG, NO_READ_ALSO_SLUG
from .seo import article_jsonld, article_meta_tags, page_jsonld, page_meta_tags

STYLESHEET_PATH = "/wp-content/themes/meadowbrook/style.css"
TEASER_WORDS = 50


def human_date(moment: datetime) -> str:
    return f"{moment:%B} {moment.day}, {moment.year}"


def teaser(article: DemoArticle) -> str:
    """The first words of the article, cut mid-sentence with an ellipsis, as related-post plugins do."""
    words = " ".join(article.rendered.paragraphs).split()[:TEASER_WORDS]
    return " ".join(words).rstrip(".,;:!?") + "…"


class Theme:
    """Renders pages for one site build; ``recent`` is the sidebar's (cached) recent-posts widget."""

    def __init__(self, base_url: str, content: Content, recent: list[DemoArticle]):
        self.base = base_url.rstrip("/")
        self.content = content
        self.site = content.site
        self.recent = recent
        by_date = sorted(content.articles.values(), key=lambda a: a.published)
        self.post_ids = {a.slug: 1000 + 7 * i for i, a in enumerate(by_date)}

    def url(self, path: str) -> str:
        return self.base + path

    def author_name(self, who: str) -> str:
        return self.site["authors"][who]["name"] if who in self.site["authors"] else who

    # ---- page chrome -------------------------------------------------------------------------

    def document(self, *, title: str, main: str, body_class: str, head: str = "", canonical: str = "") -> str:
        name = escape(self.site["name"])
        canonical_tag = f'<link rel="canonical" href="{escape(canonical)}">\n' if canonical else ""
        return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
{canonical_tag}{head}
<link rel="alternate" type="application/rss+xml" title="{name} &raquo; Feed" href="{self.url('/feed/')}">
<link rel="stylesheet" id="meadowbrook-style-css" href="{STYLESHEET_PATH}?ver=2.3.1" media="all">
<link rel="icon" href="/wp-content/uploads/favicon.png" sizes="32x32">
</head>
<body class="{body_class}">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<div id="page" class="site">
{self._header()}
<div id="content" class="site-content">
<main id="primary" class="site-main">
{main}
</main>
{self._sidebar()}
</div>
{self._footer()}
</div>
{self._cookie_banner()}
</body>
</html>
"""

    def _header(self) -> str:
        cats = self.site["categories"]
        menu = "".join(f'<li class="menu-item"><a href="{self.url(f"/category/{slug}/")}">{escape(c["name"])}</a></li>'
                       for slug, c in cats.items() if c.get("menu"))
        more = "".join(f'<li class="menu-item"><a href="{self.url(f"/category/{slug}/")}">{escape(c["name"])}</a></li>'
                       for slug, c in cats.items() if not c.get("menu"))
        name = escape(self.site["name"])
        return f"""<header id="masthead" class="site-header">
<div class="site-branding">
<a href="{self.url('/')}" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/logo.svg" class="custom-logo" alt="{name}" width="48" height="48"></a>
<p class="site-title"><a href="{self.url('/')}" rel="home">{name}</a></p>
<p class="site-description">{escape(self.site["tagline"])}</p>
</div>
<nav id="site-navigation" class="main-navigation" aria-label="Primary menu">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
<ul id="primary-menu" class="menu">
<li class="menu-item current-menu-item"><a href="{self.url('/')}">Home</a></li>
{menu}
<li class="menu-item menu-item-has-children"><a href="#">More topics</a><ul class="sub-menu">{more}</ul></li>
<li class="menu-item"><a href="{self.url('/about/')}">About</a></li>
<li class="menu-item"><a href="{self.url('/contact/')}">Contact</a></li>
</ul>
</nav>
</header>"""

    def _sidebar(self) -> str:
        recent = "".join(f'<li><a href="{self.url(a.path)}">{escape(a.title)}</a></li>' for a in self.recent)
        cats = "".join(f'<li class="cat-item cat-item-{i + 2}"><a href="{self.url(f"/category/{slug}/")}">{escape(c["name"])}</a></li>'
                       for i, (slug, c) in enumerate(self.site["categories"].items()))
        return f"""<aside id="secondary" class="widget-area" aria-label="Sidebar">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{self.url('/')}">
<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label>
<input type="submit" class="search-submit" value="Search"></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>{recent}</ul></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>{cats}</ul></section>
<section id="newsletter-2" class="widget widget_newsletter"><h2 class="widget-title">Weekly Wellness Letter</h2>
<p>One practical health idea every Sunday. No spam, unsubscribe anytime.</p>
<form class="newsletter-form" method="post" action="/newsletter/subscribe/"><input type="email" name="email" placeholder="Your email address" required><button type="submit">Subscribe</button></form></section>
</aside>"""

    def _footer(self) -> str:
        return f"""<footer id="colophon" class="site-footer">
<nav class="footer-navigation" aria-label="Footer menu"><ul class="footer-menu">
<li><a href="/about/">About Us</a></li><li><a href="/contact/">Contact</a></li>
<li><a href="/privacy-policy/">Privacy Policy</a></li><li><a href="/feed/">RSS Feed</a></li>
<li><a href="/sitemap_index.xml">Sitemap</a></li><li><a href="/wp-admin/" rel="nofollow">Log in</a></li>
</ul></nav>
<div class="site-info"><p>The content on this site is for general information and is not a substitute for professional medical advice.</p>
<p>&copy; 2025 {escape(self.site["name"])}. All rights reserved. Proudly powered by WordPress.</p></div>
</footer>"""

    @staticmethod
    def _cookie_banner() -> str:
        return """<div id="cookie-notice" class="cookie-notice" role="dialog" aria-label="Cookie consent">
<p>We use cookies to understand how our articles are read and to improve them. See our <a href="/privacy-policy/">Privacy Policy</a>.</p>
<button type="button" class="cookie-accept">Accept</button> <button type="button" class="cookie-reject">Reject non-essential</button>
</div>"""

    # ---- articles ----------------------------------------------------------------------------

    def article_page(self, article: DemoArticle) -> str:
        """The single-post page; its URL variants (``/amp/``, tracking queries) serve these same bytes."""
        body = article.rendered.html + self._read_also(article)
        words = len(plain_text(article.rendered.html).split())
        minutes = max(1, round(words / 200))
        head = [f'<meta name="description" content="{escape(article.description)}">',
                '<meta name="robots" content="index, follow, max-image-preview:large">']
        if article.slug not in (NO_METADATA_SLUG, LEGACY_SLUG):
            head += [article_meta_tags(self.base, self.site, article, minutes),
                     article_jsonld(self.base, self.site, article, words)]
        main = (self._legacy_post(article, body) if article.slug == LEGACY_SLUG
                else self._post(article, body, minutes))
        main += self._newsletter_box() + self._author_box(article) + self._comments(article)
        return self.document(
            title=f"{article.title} | {self.site['name']}", main=main, head="\n".join(head),
            body_class=f"post-template-default single single-post postid-{self.post_ids[article.slug]} single-format-standard",
            canonical="" if article.slug == LEGACY_SLUG else self.url(article.path),
        )

    def _post(self, article: DemoArticle, body: str, minutes: int) -> str:
        post_id = self.post_ids[article.slug]
        category = self.site["categories"][article.category]["name"]
        tag_classes = " ".join(f"tag-{slugify(t)}" for t in article.tags)
        tags = ", ".join(f'<a href="{self.url(f"/tag/{slugify(t)}/")}" rel="tag">{escape(t)}</a>' for t in article.tags)
        return f"""<nav class="breadcrumbs" aria-label="Breadcrumbs"><a href="{self.url('/')}">Home</a> &raquo; <a href="{self.url(f'/category/{article.category}/')}">{escape(category)}</a> &raquo; <span class="breadcrumb_last">{escape(article.title)}</span></nav>
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard has-post-thumbnail hentry category-{article.category} {tag_classes}">
<header class="entry-header">
<h1 class="entry-title">{escape(article.title)}</h1>
{self._byline(article, category, minutes)}
</header>
<div class="{BODY_CLASS.get(article.slug, "entry-content")}">
{body}
</div>
<footer class="entry-footer">
<span class="tags-links">Tagged {tags}</span>
{self._share(article)}
</footer>
</article>"""

    def _legacy_post(self, article: DemoArticle, body: str) -> str:
        author = article.authors[0]
        category = self.site["categories"][article.category]["name"]
        tags = ", ".join(escape(t) for t in article.tags)
        return f"""<div class="post legacy-post" id="post-7">
<h1 class="post-title">{escape(article.title)}</h1>
<p class="post-meta">Posted on {human_date(article.published)} by <a href="/author/{author}/">{escape(self.author_name(author))}</a> in <a href="/category/{article.category}/">{escape(category)}</a></p>
<div class="{BODY_CLASS[article.slug]}">
{body}
</div>
<p class="post-tags">Tags: {tags}</p>
</div>"""

    def _byline(self, article: DemoArticle, category: str, minutes: int) -> str:
        authors = " and ".join(
            f'<span class="author vcard"><a class="url fn n" href="{self.url(f"/author/{a}/")}" rel="author">{escape(self.author_name(a))}</a></span>'
            for a in article.authors)
        updated = (f' <span class="updated-on">Updated <time class="updated" datetime="{article.modified.isoformat()}">'
                   f"{human_date(article.modified)}</time></span>" if article.modified else "")
        reviewed = ""
        if article.reviewed_by:
            reviewer = escape(self.author_name(article.reviewed_by))
            if article.reviewed_by in self.site["authors"]:
                reviewer = f'<a href="{self.url(f"/author/{article.reviewed_by}/")}">{reviewer}</a>'
            reviewed = (f'\n<p class="medically-reviewed">Medically reviewed by {reviewer} on '
                        f"{human_date(article.reviewed_on)}</p>")
        return f"""<div class="entry-meta">
<span class="byline">By {authors}</span>
<span class="posted-on">Published <time class="entry-date published" datetime="{article.published.isoformat()}">{human_date(article.published)}</time></span>{updated}
<span class="cat-links">in <a href="{self.url(f'/category/{article.category}/')}" rel="category tag">{escape(category)}</a></span>
<span class="reading-time">{minutes} min read</span>
</div>{reviewed}"""

    def _read_also(self, article: DemoArticle) -> str:
        if article.slug == NO_READ_ALSO_SLUG:
            return ""
        items = []
        for ref in article.read_also:
            target = self.content.articles.get(ref.slug)
            url, title, text = ((self.url(target.path), target.title, teaser(target)) if target
                                else (ref.url if "://" in ref.url else self.url(ref.url), ref.title, ref.teaser))
            items.append(f"""<li class="read-also-item">
<h3 class="read-also-title"><a href="{escape(url)}">{escape(title)}</a></h3>
<p class="read-also-excerpt">{escape(text)}</p>
<a class="read-also-more" href="{escape(url)}">Read more: {escape(title)}</a>
</li>""")
        return f"""
<p class="helpful-cta"><strong>Did you find this helpful?</strong> Check out our other helpful articles on <a href="{self.url('/')}">our website</a>.</p>
<div class="read-also">
<h2 class="read-also-heading">Read Also</h2>
<ul class="read-also-list">
{chr(10).join(items)}
</ul>
</div>"""

    def _share(self, article: DemoArticle) -> str:
        target = quote(self.url(article.path), safe="")
        title = quote(article.title, safe="")
        links = [("Facebook", f"https://www.facebook.com/sharer/sharer.php?u={target}"),
                 ("X", f"https://twitter.com/intent/tweet?url={target}&amp;text={title}"),
                 ("LinkedIn", f"https://www.linkedin.com/sharing/share-offsite/?url={target}"),
                 ("Pinterest", f"https://pinterest.com/pin/create/button/?url={target}"),
                 ("Email", f"mailto:?subject={title}&amp;body={target}")]
        buttons = "".join(f'<a class="share-{name.lower()}" href="{href}" rel="nofollow noopener" target="_blank">{name}</a>'
                          for name, href in links)
        return f'<div class="share-buttons"><span class="share-label">Share this article:</span> {buttons}</div>'

    @staticmethod
    def _newsletter_box() -> str:
        return """<section class="newsletter-box">
<h2>Get healthier, one email at a time</h2>
<p>Join 12,000 readers who get our weekly roundup of practical, evidence-based health tips.</p>
<form method="post" action="/newsletter/subscribe/"><input type="email" name="email" placeholder="Email address" required><button type="submit">Sign me up</button></form>
</section>"""

    def _author_box(self, article: DemoArticle) -> str:
        boxes = []
        for who in article.authors:
            author = self.site["authors"][who]
            boxes.append(f"""<div class="author-bio">
<img src="/wp-content/uploads/authors/{who}.png" alt="" width="96" height="96" class="avatar">
<h2 class="author-title">About {escape(author["name"])}</h2>
<p class="author-description">{escape(author["bio"])}</p>
<a class="author-link" href="{self.url(f'/author/{who}/')}" rel="author">View all posts by {escape(author["name"])}</a>
</div>""")
        return f'<section class="author-box">{"".join(boxes)}</section>'

    def _comments(self, article: DemoArticle) -> str:
        if article.slug == LEGACY_SLUG:
            return ""
        items = []
        for n, c in enumerate(article.comments, 1):
            cid = self.post_ids[article.slug] * 10 + n
            name = (f'<a href="{escape(c.url)}" rel="external nofollow ugc" class="url">{escape(c.author)}</a>'
                    if c.url else escape(c.author))
            items.append(f"""<li id="comment-{cid}" class="comment">
<article class="comment-body"><footer class="comment-meta"><b class="fn">{name}</b> <span class="says">says:</span>
<a href="#comment-{cid}"><time datetime="{c.date.isoformat()}">{human_date(c.date)} at {c.date:%H:%M}</time></a></footer>
<div class="comment-content"><p>{escape(c.text)}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom={cid}#respond">Reply</a></div></article>
</li>""")
        count = len(items)
        listing = (f'<h2 class="comments-title">{count} thought{"s" if count > 1 else ""} on &ldquo;{escape(article.title)}&rdquo;</h2>'
                   f'\n<ol class="comment-list">\n{chr(10).join(items)}\n</ol>\n' if items else "")
        return f"""<section id="comments" class="comments-area">
{listing}<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<p><label for="comment">Comment *</label><textarea id="comment" name="comment" rows="6" required></textarea></p>
<p><label for="author">Name *</label><input id="author" name="author" type="text" required></p>
<p><label for="email">Email *</label><input id="email" name="email" type="email" required></p>
<p><input name="submit" type="submit" class="submit" value="Post Comment"><input type="hidden" name="comment_post_ID" value="{self.post_ids[article.slug]}"></p>
</form></div>
</section>"""

    # ---- listings, pages, errors -------------------------------------------------------------

    def listing_page(self, *, title: str, heading: str, description: str, items: list[DemoArticle],
                     path: str, page_no: int, page_count: int, body_class: str) -> str:
        """One page of a paginated archive (home, category, tag, author): ``path`` is page 1's path."""
        page_path = path if page_no == 1 else f"{path}page/{page_no}/"
        older = f"{path}page/{page_no + 1}/" if page_no < page_count else ""
        newer = "" if page_no == 1 else (path if page_no == 2 else f"{path}page/{page_no - 1}/")
        head = [page_jsonld(self.base, self.site, self.url(page_path), title, "CollectionPage")]
        head += [f'<link rel="prev" href="{self.url(newer)}">'] if newer else []
        head += [f'<link rel="next" href="{self.url(older)}">'] if older else []
        cards = "\n".join(self._card(a) for a in items)
        nav = ""
        if page_count > 1:
            nav = ('<nav class="navigation posts-navigation" aria-label="Posts"><div class="nav-links">'
                   + (f'<div class="nav-previous"><a href="{self.url(older)}">Older posts</a></div>' if older else "")
                   + (f'<div class="nav-next"><a href="{self.url(newer)}">Newer posts</a></div>' if newer else "")
                   + f'<span class="page-numbers">Page {page_no} of {page_count}</span></div></nav>')
        header = (f'<header class="page-header"><h1 class="page-title">{heading}</h1>'
                  + (f'<div class="archive-description"><p>{escape(description)}</p></div>' if description else "")
                  + "</header>")
        suffix = f" - Page {page_no} of {page_count}" if page_no > 1 else ""
        return self.document(title=f"{title}{suffix} | {self.site['name']}", main=f"{header}\n{cards}\n{nav}",
                             head="\n".join(head), body_class=body_class + (" paged" if page_no > 1 else ""),
                             canonical=self.url(page_path))

    def _card(self, article: DemoArticle) -> str:
        url = self.url(article.path)
        src, alt, _ = article.rendered.images[0]
        authors = " and ".join(escape(self.author_name(a)) for a in article.authors)
        return f"""<article class="post-card post-{self.post_ids[article.slug]} category-{article.category}">
<a class="post-thumbnail" href="{url}" aria-hidden="true" tabindex="-1"><img src="{src}" alt="{escape(alt)}" width="800" height="450" loading="lazy"></a>
<h2 class="entry-title"><a href="{url}" rel="bookmark">{escape(article.title)}</a></h2>
<div class="entry-meta"><time datetime="{article.published.isoformat()}">{human_date(article.published)}</time> &middot; by {authors}</div>
<div class="entry-summary"><p>{escape(article.description)}</p></div>
<a class="more-link" href="{url}">Continue reading<span class="screen-reader-text"> &ldquo;{escape(article.title)}&rdquo;</span></a>
</article>"""

    def static_page(self, page: StaticPage) -> str:
        main = f"""<article id="page-{page.slug}" class="page type-page status-publish hentry">
<header class="entry-header"><h1 class="entry-title">{escape(page.title)}</h1></header>
<div class="entry-content">
{render(page.markup).html}
</div>
</article>"""
        url = self.url(f"/{page.slug}/")
        head = page_meta_tags(self.site, url, page.title) + "\n" + page_jsonld(self.base, self.site, url, page.title)
        return self.document(title=f"{page.title} | {self.site['name']}", main=main, head=head,
                             body_class=f"page-template-default page page-{page.slug}", canonical=url)

    def plain_page(self, title: str, html_body: str, body_class: str) -> str:
        """A page outside the content model: error pages, the admin login, the private area."""
        main = f'<section class="plain-page"><header class="page-header"><h1 class="page-title">{escape(title)}</h1></header>\n{html_body}\n</section>'
        return self.document(title=f"{title} | {self.site['name']}", main=main, body_class=body_class,
                             head='<meta name="robots" content="noindex, follow">')

    def error_page(self, status: int) -> str:
        if status == 410:
            return self.plain_page("This article has been removed",
                                   "<p>The article you are looking for was retired by our editors and is no longer available.</p>"
                                   f'<p>Browse our <a href="{self.url("/")}">latest articles</a> instead.</p>', "error410")
        return self.plain_page("Oops! That page can’t be found",
                               "<p>It looks like nothing was found at this location. Maybe try one of the links in the sidebar or a search?</p>"
                               f'<p><a href="{self.url("/")}">Back to the home page</a></p>', "error404 not-found")
