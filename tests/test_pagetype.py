"""What a page is, from what it says of itself: CMS markers, schema.org, then its shape."""
import pytest

from archive.extract import extract_article

pytestmark = pytest.mark.fast

PROSE = " ".join(["Short posts are articles too when the page says so, whatever their length."] * 3)


def page(body_class="", article_class="", inner=None, head=""):
    inner = inner or f"<h1>A short post</h1><div class='entry-content'><p>{PROSE}</p></div>"
    return (f"<html><head><title>A short post</title>{head}</head><body class='{body_class}'><main>"
            f"<article class='{article_class}'>{inner}</article></main></body></html>")


@pytest.mark.parametrize("body_class,article_class,expected", [
    ("post-template-default single single-post postid-12 single-format-video", "post type-post hentry", "article"),
    ("post-template tag-sleep", "article post", "article"),                                 # Ghost
    ("path-node page-node-type-article", "node node--type-article", "article"),             # Drupal
    ("page-template-default page page-id-7", "page type-page hentry", "page"),              # WordPress page
    ("archive category category-sleep", "post type-post hentry", "listing"),                # a category of one post
    ("product-template-default single single-product postid-34 woocommerce-page", "product", "other"),
    ("", "h-entry", "article"),                                                            # microformats
])
def test_cms_markers_say_what_the_page_is(body_class, article_class, expected):
    assert extract_article(page(body_class, article_class), "https://blog.example/x/").page_type == expected


def test_a_page_of_like_cards_is_a_listing_whatever_its_markup():
    cards = "".join(f"<li><a href='/posts/p{i}/'><h3>Post number {i} about sleep</h3></a><p>{PROSE[:120]}…</p></li>"
                    for i in range(6))
    html = f"<html><body><main><h1>Sleep</h1><ul>{cards}</ul></main></body></html>"
    assert extract_article(html, "https://blog.example/topics/sleep").page_type == "listing"


def test_microdata_article_without_cms_markers():
    html = (f"<html><body><div itemscope itemtype='https://schema.org/BlogPosting'><h1>Title</h1>"
            f"<time datetime='2024-03-05'>March 5, 2024</time><p>{PROSE}</p></div></body></html>")
    body = html.replace("<body>", "<body itemscope itemtype='https://schema.org/BlogPosting'>")
    assert extract_article(body, "https://blog.example/x/").page_type == "article"


def test_an_archive_page_of_one_post_is_a_listing_and_the_post_an_article():
    entry = (f"<div class='post hentry'><h3 class='post-title'><a href='/2024/03/sleep-study.html'>Sleep study</a>"
             f"</h3><div class='post-body'><p>{PROSE}</p></div></div>")
    html = f"<html><body><div class='blog-posts'>{entry}</div></body></html>"
    assert extract_article(html, "https://blog.example/2024/03/").page_type == "listing"
    own = entry.replace("<a href='/2024/03/sleep-study.html'>Sleep study</a>", "Sleep study")
    dated = own.replace("<div class='post-body'>", "<span class='published'>March 5, 2024</span><div class='post-body'>")
    html = f"<html><body><div class='blog-posts'>{dated}</div></body></html>"
    assert extract_article(html, "https://blog.example/2024/03/sleep-study.html").page_type == "article"
    # the same markup, undated and unsigned: the CMS's "About" page
    html = f"<html><body><div class='blog-posts'>{own}</div></body></html>"
    assert extract_article(html, "https://blog.example/p/about.html").page_type == "page"


def test_several_posts_marked_with_a_schema_type_are_a_listing():
    posts = "".join(f"<div itemscope itemtype='http://schema.org/BlogPosting'><h2>Post {i}</h2><p>{PROSE}</p></div>"
                    for i in range(3))
    assert extract_article(f"<html><body>{posts}</body></html>", "https://blog.example/").page_type == "listing"


@pytest.mark.parametrize("url,expected", [
    ("https://clinic.test/blog/tag/blood-pressure", True), ("https://b.example/category/sleep/page/3/", True),
    ("https://b.example/author/ana-costa/", True), ("https://b.example/tags/sleep", True),
    ("https://shop.example/blogs/news/tagged/sleep", True),
    ("https://b.example/sleep/tag-team-nursing/", False), ("https://b.example/category/sleep/a-post/", False),
    ("https://b.example/authors", False), ("https://b.example/topics/diabetes/what-is-diabetes", False),
])
def test_archive_addresses(url, expected):
    from archive.extract.pagetype import archive_address
    assert archive_address(url) is expected


def test_an_undeclared_page_at_an_archive_address_or_only_template_text_among_teasers_is_a_listing():
    from archive.extract.pagetype import page_type
    common = dict(declared="", hint="other", words=34, has_media=False, title="Posts about Exercise", dated=True,
                  bylined=True, teasers=20, authored=True)
    assert page_type(**common) == "article"          # a card's byline and date read as the page's
    assert page_type(**common, archive=True) == "listing"
    assert page_type(**common, fallback=True) == "listing"
    assert page_type(**{**common, "teasers": 2}, fallback=True) == "article"
    assert page_type(**{**common, "hint": "article", "words": 400}, archive=True) == "article"   # it says so


def test_a_dated_page_whose_content_is_a_video_is_an_article_unsigned_and_declared_a_website():
    from archive.extract.pagetype import page_type
    common = dict(declared="", hint="other", words=25, title="Video: what happens during a sleep study", dated=True,
                  bylined=False, teasers=0, authored=False)
    assert page_type(**common, has_media=True) == "article"
    assert page_type(**common, has_media=False) != "article"
    assert page_type(**{**common, "dated": False}, has_media=True) != "article"


def test_a_ghost_page_is_a_page_though_ghost_writes_an_article_schema_for_it():
    """Ghost's ghost_head writes a JSON-LD Article, with its author and datePublished, for static
    pages and posts alike (core/frontend/meta/schema.js); its body class (page-template) and its
    og:type (website) both say page, and two of the CMS's own declarations outweigh the one it
    writes for everything. A post (post-template, og:type article) stays an article."""
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article", '
          '"author": {"@type": "Person", "name": "Ana Costa"}, "headline": "About", '
          '"datePublished": "2024-01-08T15:02:11.000Z"}</script>')
    about = page("page-template page-about", "gh-article page", head=ld + '<meta property="og:type" content="website">')
    assert extract_article(about, "https://letter.example/about/").page_type == "page"
    post = page("post-template tag-sleep", "gh-article post", head=ld + '<meta property="og:type" content="article">')
    assert extract_article(post, "https://letter.example/a-post/").page_type == "article"


def test_joomla_shows_its_about_page_in_the_article_view_yet_it_is_a_page():
    """Joomla renders every com_content item, About and Contact included, in the "article" view
    (body class view-article, microdata Article): that proves an entry, an article when the page
    gives it a date or an author, a page when it gives neither."""
    inner = ("<div class='com-content-article item-page' itemscope itemtype='https://schema.org/Article'>"
             "<div class='page-header'><h1 itemprop='headline'>About us</h1></div>{info}<div itemprop='articleBody'>"
             "<p>We are a small team of clinicians and health writers. Every article is written or checked by "
             "someone with training in the subject.</p></div></div>")
    html = (f"<html><head><title>About us</title></head><body class='site com_content view-article no-layout'>"
            f"<main>{inner.format(info='')}</main></body></html>")
    assert extract_article(html, "https://clinic.test/index.php/about").page_type == "page"
    info = ("<dl class='article-info'><dd class='createdby' itemprop='author' itemscope itemtype='https://schema.org/"
            "Person'>Written by: <span itemprop='name'>Ana Costa</span></dd><dd class='published'><time datetime="
            "'2024-03-01T09:00:00+00:00' itemprop='datePublished'>01 March 2024</time></dd></dl>")
    dated = html.replace(inner.format(info=""), inner.format(info=info))
    assert extract_article(dated, "https://clinic.test/index.php/news/clinic-hours").page_type == "article"
