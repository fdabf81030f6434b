"""Fixes found on the third round of held-out zoo families (docs/benchmarks.md, "Held-out families,
third round"): each test is a page shape those sites share with many others, written small."""
import pytest

from archive.extract.core import extract_article

pytestmark = pytest.mark.fast

CARD = """<article class="elementor-post elementor-grid-item post-{pid} post type-post status-publish format-standard
 has-post-thumbnail hentry category-{cat}"><div class="elementor-post__text"><h3 class="elementor-post__title">
<a href="https://clinic.test/{slug}/">{title}</a></h3><div class="elementor-post__meta-data">
<span class="elementor-post-date">{date}</span></div><div class="elementor-post__excerpt"><p>A few words of the
post to make a teaser.</p></div></div></article>"""


def recent_grid() -> str:
    cards = [CARD.format(pid=101 + 7 * i, cat=cat, slug=f"post-{i}", title=f"Post number {i} about {cat}", date=date)
             for i, (cat, date) in enumerate((("sleep", "March 8, 2024"), ("nutrition", "January 28, 2024"),
                                              ("heart", "December 26, 2023")))]
    return f'<div class="elementor-posts-container elementor-posts elementor-grid">{"".join(cards)}</div>'


def test_a_posts_grid_whose_cards_differ_only_by_post_classes_dates_nothing():
    """WordPress stamps each card of a posts grid with its own id and terms (post_class), so no two
    cards share a class string; they are still one list of other posts, whose dates are theirs."""
    html = f"""<html><head><title>About Us - Bloom Clinic</title><meta property="og:type" content="article"></head>
<body class="page-template-default page page-id-33"><div class="elementor"><h1 class="elementor-heading-title">About Us</h1>
<p>We are a small team of clinicians and health writers. Every article is written or checked by someone with training
in the subject, and we update older pieces when the evidence changes. We do not sell supplements.</p></div>
<div class="elementor elementor-location-footer"><h4>Recent articles</h4>{recent_grid()}</div></body></html>"""
    article = extract_article(html, "https://clinic.test/about/")
    assert article.published in (None, "")
    assert article.page_type == "page"


def builder_page(n: int, related: list[int]) -> str:
    """An article of a page-builder site: its own "You might also like" Posts widget and the
    footer's "Recent articles" one, both the builder's markup, told apart only by data-id."""
    def widget(data_id, posts):
        cards = "".join(f'<article class="elementor-post post-{p} post type-post hentry"><h3 class="elementor-post__title">'
                        f'<a href="https://clinic.test/post-{p}/">Post number {p} of the clinic</a></h3><div class="elementor-post__meta-data">'
                        f'March {p % 28 + 1}, 2024</div><div class="elementor-post__excerpt"><p>What post {p} says first.</p></div>'
                        "</article>" for p in posts)
        return (f'<div class="elementor-element elementor-widget elementor-widget-posts" data-id="{data_id}">'
                f'<div class="elementor-widget-container"><div class="elementor-posts-container">{cards}</div></div></div>')
    text = " ".join(f"Sentence {k} of article {n} says something of its own about health." for k in range(30))
    return f"""<html><head><title>Article {n}</title><meta property="og:type" content="article"></head>
<body class="single single-post postid-{n}"><div class="elementor elementor-location-single">
<h1>Article number {n}</h1><div class="elementor-widget-theme-post-content"><p>{text}</p></div>
<h2 class="elementor-heading-title">You might also like</h2>{widget("3f2a9bc", related)}</div>
<div class="elementor elementor-location-footer"><h4>Recent articles</h4>{widget("5c1d2e3", [1, 2, 3])}</div></body></html>"""


def test_a_related_card_the_footer_also_shows_stays_read_also_on_a_page_builder_site():
    from archive.extract.site import SiteLearner, sample_html
    learner = SiteLearner()
    pages = {n: builder_page(n, [n + 10, n + 11, 1 + n % 3]) for n in range(20, 40)}
    for html in pages.values():
        learner.add(sample_html(html))
    article = extract_article(pages[21], "https://clinic.test/post-21/", learner.template())
    assert [r.url for r in article.related] == [f"https://clinic.test/post-{p}/" for p in (31, 32, 1)]


def test_a_video_widget_whose_player_is_only_its_settings_is_kept():
    """Elementor's Video widget writes the YouTube address in data-settings and leaves an empty div
    for a script to fill: a short video post is its video."""
    settings = '{&quot;youtube_url&quot;:&quot;https:\\/\\/www.youtube.com\\/watch?v=kX3mTq9pLw2&quot;,&quot;video_type&quot;:&quot;youtube&quot;}'
    html = f"""<html><head><title>Video: A desk stretch routine</title><meta property="og:type" content="article">
<meta property="article:published_time" content="2024-03-12T10:00:00-06:00"></head>
<body class="single single-post postid-9"><h1>Video: A desk stretch routine</h1>
<div class="elementor-widget-theme-post-content"><p>Sitting for hours tightens the hips. Follow along with this
short routine between meetings: neck rolls, a seated twist and two calf raises.</p>
<div class="elementor-element elementor-widget elementor-widget-video" data-id="a1b2c3d" data-settings="{settings}"
 data-widget_type="video.default"><div class="elementor-widget-container"><div class="elementor-wrapper elementor-open-inline">
<div class="elementor-video"></div></div></div></div></div></body></html>"""
    article = extract_article(html, "https://clinic.test/desk-stretch/")
    assert [(e.url, e.kind) for e in article.embeds] == [("https://www.youtube.com/watch?v=kX3mTq9pLw2", "video")]
    assert article.page_type == "article"


def test_a_posts_discussion_page_is_not_an_article():
    """A newsletter's /p/slug/comments page repeats the post's headline, byline and date over the
    readers' comments; the comments are nobody's article."""
    comments = "".join(f'<div class="comment"><div class="comment-meta"><a href="https://substack.com/@r{i}">Reader {i}</a>'
                       f'<a href="/p/post/comment/{i}">Mar {i + 10}</a></div><div class="comment-body"><p>Thank you for '
                       f"this, it was really helpful and I shared it with my family and friends, comment number {i}.</p>"
                       "</div></div>" for i in range(4))
    html = f"""<html><head><title>Comments - Gut health - by Ana Costa</title></head><body class="pc-root">
<div class="comments-page"><div class="post-header"><h1 class="post-title"><a href="/p/post">Fermented foods and gut
health</a></h1><div class="byline-wrapper"><a href="https://substack.com/@anacosta">Ana Costa</a><div>Mar 12, 2024</div>
</div></div><div class="comments-section"><h4>Discussion about this post</h4><div class="comment-list">{comments}</div>
</div></div></body></html>"""
    article = extract_article(html, "https://wellnote.test/p/post/comments")
    assert article.page_type != "article"


def test_a_page_dated_only_by_its_review_is_dated_by_it_not_by_the_next_review_due():
    """A health information page signs nothing and prints "Page last reviewed: 14 May 2021 / Next
    review due: 14 May 2024": its date is the review, never the planned next one."""
    html = """<html lang="en-GB"><head><title>Sleep schedules - Health Information</title></head><body>
<main><h1>Why a consistent sleep schedule matters</h1><p>Going to bed and getting up at roughly the same times
every day keeps your internal clock steady, and a steady clock makes almost everything about sleep easier. Most
of us think about sleep as a number of hours, but timing matters just as much to the body.</p>
<div class="nhsuk-review-date"><p class="nhsuk-body-s">Page last reviewed: 14 May 2021<br>
Next review due: 14 May 2024</p></div></main></body></html>"""
    article = extract_article(html, "https://health.test/conditions/sleep-schedule/")
    assert article.published == "2021-05-14"


def test_the_site_named_as_author_and_reviewer_in_json_ld_is_neither():
    """A public health information service signs no page: its JSON-LD names the service itself as
    the author (an Organization) and its editorial team as reviewedBy. Nobody is named."""
    import json
    ld = {"@context": "http://schema.org", "@type": "MedicalWebPage", "name": "Hay fever",
          "author": {"@type": "Organization", "name": "Northfield Health Information", "url": "https://health.test/"},
          "reviewedBy": {"@type": "Organization", "name": "Northfield Health Information editorial team"},
          "lastReviewed": ["2021-05-14T11:34:00+00:00", "2024-05-14T11:34:00+00:00"]}
    html = f"""<html lang="en-GB"><head><title>Hay fever - Northfield Health Information</title>
<meta property="og:site_name" content="Northfield Health Information">
<script type="application/ld+json">{json.dumps(ld)}</script></head><body><main><h1>Hay fever</h1>
<p>Hay fever is an allergic reaction to pollen, typically when it comes into contact with your mouth, nose, eyes and
throat. Pollen is a fine powder from plants, and the symptoms are worst on warm, humid and windy days.</p>
<div class="nhsuk-review-date"><p>Page last reviewed: 14 May 2021<br>Next review due: 14 May 2024</p></div>
</main></body></html>"""
    article = extract_article(html, "https://health.test/conditions/hay-fever/")
    assert article.authors == [] and article.reviewed_by == []


def test_a_breadcrumbs_back_link_is_not_another_section():
    html = """<html><head><title>Hay fever</title></head><body><nav class="nhsuk-breadcrumb" aria-label="Breadcrumb">
<ol class="nhsuk-breadcrumb__list"><li><a href="https://health.test/">Home</a></li>
<li><a href="https://health.test/allergies/">Allergies</a></li></ol><p class="nhsuk-breadcrumb__back">
<a class="nhsuk-breadcrumb__backlink" href="https://health.test/allergies/">Back to Allergies</a></p></nav>
<main><h1>Hay fever</h1><p>Hay fever is an allergic reaction to pollen, typically when it comes into contact with
your mouth, nose, eyes and throat. Pollen is a fine powder from plants.</p></main></body></html>"""
    article = extract_article(html, "https://health.test/allergies/hay-fever/")
    assert article.categories == ["Allergies"]     # (an index by letter, "Health A to Z", would be none)


# -- the fourth round (astra, wix, clinic, hubspot) ---------------------------------------------------

@pytest.mark.parametrize("family, path", [("hubspot", "/blog/tag/blood-pressure"), ("hubspot", "/blog/tag/exercise"),
                                          ("hubspot", "/blog"), ("paper", "/news/health/salud-mental/"),
                                          ("paper", "/topic/assisted-living/")])
def test_a_listing_whose_body_is_one_bylined_card_is_a_listing(family, path):
    """A tag page with one or two posts: the body found is a card (HubSpot's <article> headed by an
    <h2> linking to the post; a news site's <div> card under the section front's <h1>, its <h2>
    inside the link); its byline and date are the post's."""
    from archive.demo.zoo import build
    site = build(family, "https://clinic.test")
    article = extract_article(site.resolve(path).body.decode(), "https://clinic.test" + path)
    assert article.page_type == "listing"


def test_an_articles_own_headline_linking_elsewhere_leaves_it_an_article():
    """A journal's <h1> links to the full-text version, a post's <h1> to its video: still articles."""
    paragraphs = "".join(f"<p>Paragraph {i} of the study: vaccination of people over 65 lowered hospital admissions "
                         "for pneumonia and influenza, and deaths, in the seasons the vaccine matched the strain.</p>"
                         for i in range(8))
    html = ("<html><head><title>Influenza vaccination for the elderly</title></head><body><article class='main'>"
            "<h1><a href='/doi/full/10.1/x'>Influenza vaccination for the elderly</a></h1><p class='byline'>By Ann Lee"
            "</p><time datetime='2020-01-14'>January 14, 2020</time>" + paragraphs + "</article></body></html>")
    assert extract_article(html, "https://journal.test/doi/10.1/x").page_type == "article"


def test_a_call_to_action_after_the_sources_list_is_no_citation():
    """HubSpot puts its call-to-action (an off-site redirect) in a paragraph after the post's Sources
    list, with no heading between them; a second list further on is still read."""
    paragraphs = "".join(f"<p>Paragraph {i}: sunscreen used every day lowers the risk of melanoma in adults, and the "
                         "habit is easiest to keep when the bottle sits by the door.</p>" for i in range(6))
    html = ("<html><head><title>Sunscreen guide</title></head><body><article><h1>Sunscreen guide</h1>" + paragraphs +
            "<h2>Sources</h2><ol><li>Green AC. Melanoma after sunscreen use. "
            "<a href='https://pubmed.ncbi.nlm.nih.gov/21135272/'>PubMed</a></li></ol>"
            "<p><span class='hs-cta-wrapper'><a class='cta_button' href='https://cta-service.example.com/ctas/c/?guid=1'>"
            "Find a clinician near you</a></span></p><p>Websites:</p>"
            "<ul><li><a href='https://www.cdc.gov/skin-cancer/'>CDC: skin cancer</a></li></ul></article></body></html>")
    urls = [c.url for c in extract_article(html, "https://clinic.test/blog/sunscreen-guide").citations]
    assert urls == ["https://pubmed.ncbi.nlm.nih.gov/21135272/", "https://www.cdc.gov/skin-cancer/"]


def test_a_registration_wall_inside_the_article_is_not_body():
    """A member-only story ends in a box whose links all lead to signing up, signing in or paying
    (Medium's regwall, hashed classes); told by where the links lead, not by its words."""
    from archive.demo.zoo import build
    site = build("medium", "https://well.test")
    walled = [e for e in site.entries if "Sign up to read" in site.resolve(site.post_path(e)).body.decode()]
    assert len(walled) >= 5
    for entry in walled[:5]:
        path = site.post_path(entry)
        body = extract_article(site.resolve(path).body.decode(), "https://well.test" + path).body_text
        assert len(body.split()) > 40 and "Sign up to read" not in body and "Already have an account" not in body


def test_a_related_collection_list_beside_a_view_all_link_gives_each_card():
    """Webflow: the label's row holds "View all" (to the blog), and the cards sit in a collection
    list next to it; each card is an item, the listing link is none."""
    cards = "".join(f"<div role='listitem' class='blog-card-item w-dyn-item'><a href='/blog/post-{i}' class='blog-card "
                    f"w-inline-block'><div class='blog-card-category'>Sleep</div><h3 class='blog-card-title'>Post {i} "
                    "about sleep and shift work</h3><div class='blog-card-meta'><div>May 3, 2023</div></div></a></div>"
                    for i in range(3))
    paragraphs = "".join(f"<p>Paragraph {i}: a regular wake time sets the body clock more than a regular bedtime "
                         "does, and morning light helps it hold.</p>" for i in range(6))
    html = (f"<html><head><title>Sleep schedules</title></head><body><main><article><h1>Sleep schedules</h1>"
            f"{paragraphs}</article><section class='section-related'><div class='container w-container'>"
            f"<div class='related-heading-wrapper'><h2>Related articles</h2><a href='/blog' class='text-link'>View all"
            f"</a></div><div class='w-dyn-list'><div role='list' class='blog-grid w-dyn-items'>{cards}</div></div>"
            "</div></section></main></body></html>")
    related = [r.url for r in extract_article(html, "https://pulse.test/blog/sleep-schedules").related]
    assert related == [f"https://pulse.test/blog/post-{i}" for i in range(3)]


def test_a_block_webflow_always_hides_is_not_body():
    """Webflow's conditional visibility writes the block with class w-condition-invisible, which
    its stylesheet hides on every page: a promo meant for other posts, an empty "Updated" line."""
    paragraphs = [f"<p>Paragraph {i}: a regular wake time sets the body clock more than a regular bedtime "
                  "does, and morning light helps it hold through the week.</p>" for i in range(6)]
    promo = ("<div class='inline-feature w-condition-invisible'><h3>Track your habits with the app</h3><p>Download the "
             "app to log sleep, steps and water in one place, with reminders that fit your day and weekly "
             "summaries you can share with your clinician.</p></div>")
    html = (f"<html><head><title>Sleep schedules</title></head><body><main><h1>Sleep schedules</h1>"
            f"<div class='w-richtext'>{''.join(paragraphs[:3])}{promo}{''.join(paragraphs[3:])}</div></main></body></html>")
    body = extract_article(html, "https://pulse.test/blog/sleep-schedules").body_text
    assert "Paragraph 5" in body and "Download the app" not in body


@pytest.mark.parametrize("path", ["/blog/video-what-happens-during-a-sleep-study",
                                  "/blog/cooking-demo-a-high-fiber-lentil-soup"])
def test_a_short_post_is_its_own_text_not_the_cookie_notice_nor_its_excerpt_twice(path):
    """Webflow video posts: one sentence of body; the hero repeats it cut short ("...strange…") over
    "1 min read", and the cookie-consent banner at the foot is longer than the post."""
    from archive.demo.zoo import build, truth
    site = build("webflow", "https://pulse.test")
    body = extract_article(site.resolve(path).body.decode(), "https://pulse.test" + path).body_text
    want = truth("webflow")["articles"][path]["body"]
    assert body.split() == want.split()


def test_a_consent_notice_is_told_from_a_paragraph_about_cookies():
    from archive.extract.body import is_consent_notice
    assert is_consent_notice("By clicking “Accept”, you agree to the storing of cookies on your device to enhance "
                             "site navigation, analyze site usage, and assist in our marketing efforts.")
    assert is_consent_notice("Wir verwenden Cookies. This website uses cookies; by continuing to browse you accept.")
    assert not is_consent_notice("Everyone will agree that oatmeal cookies with less sugar are a better snack, and "
                                 "the dough keeps a week in the fridge.")


def test_related_pages_is_a_read_also_label():
    """A public-health agency's label for its own related links ("Related Pages", "Páginas relacionadas")."""
    paragraphs = "".join(f"<p>Paragraph {i}: adults need at least 150 minutes of moderate activity a week, and "
                         "muscle-strengthening activity on two days.</p>" for i in range(6))
    for label in ("Related Pages", "Páginas relacionadas"):
        html = (f"<html><head><title>Physical activity basics</title></head><body><main><h1>Physical activity basics"
                f"</h1>{paragraphs}<h2>{label}</h2><ul><li><a href='/physical-activity/older-adults.html'>Older "
                "adults</a></li><li><a href='/physical-activity/children.html'>Children</a></li></ul>"
                "</main></body></html>")
        related = [r.url for r in extract_article(html, "https://agency.test/physical-activity/basics.html").related]
        assert related == ["https://agency.test/physical-activity/older-adults.html",
                           "https://agency.test/physical-activity/children.html"], label


def test_a_related_block_of_one_card_gives_its_post_not_its_bylines_links():
    """Divi's blog module under "More on this topic" with a single card: the card's image, title
    and "read more" lead to the post; its author and category links are not Read Also."""
    card = ("<article id='post-313' class='et_pb_post clearfix post-313 post type-post hentry'><div "
            "class='et_pb_image_container'><a href='/walking-steps-per-day/'><img src='/w.jpg' alt=''></a></div>"
            "<h2 class='entry-title'><a href='/walking-steps-per-day/'>How many steps a day do you need?</a></h2>"
            "<p class='post-meta'> by <span class='author vcard'><a href='/author/olivia-grant/' rel='author'>Olivia "
            "Grant</a></span> | <span class='published'>Oct 2, 2023</span> | <a href='/category/exercise-fitness/' "
            "rel='category tag'>Exercise &amp; Fitness</a></p><div class='post-content'><p>Walking is the most "
            "underrated exercise there is…</p><a href='/walking-steps-per-day/' class='more-link'>read more</a></div>"
            "</article>")
    paragraphs = "".join(f"<p>Paragraph {i}: posture at the desk matters less than moving often, every half hour, "
                         "for a minute or two.</p>" for i in range(6))
    html = (f"<html><head><title>Tech neck</title></head><body><div id='main-content'><h1 class='entry-title'>Tech "
            f"neck</h1>{paragraphs}<div class='et_pb_text'><div class='et_pb_text_inner'><h3>More on this topic</h3>"
            f"</div></div><div class='et_pb_blog_grid'><div class='et_pb_salvattore_content'>{card}</div></div>"
            "</div></body></html>")
    related = [r.url for r in extract_article(html, "https://physio.test/tech-neck/").related]
    assert related == ["https://physio.test/walking-steps-per-day/"]


def test_a_product_box_pasted_into_a_post_is_not_body():
    """A shop's blog: "Magnesium Glycinate / Our dietitian's pick for this topic: $24.00 / Shop now",
    every link to the product page, between two paragraphs of the post."""
    paragraphs = [f"<p>Paragraph {i}: dried beans, lentils and chickpeas are among the cheapest sources of protein "
                  "and fiber anywhere, and a pot of soup feeds a family for two days.</p>" for i in range(6)]
    box = ("<div style='border: 1px solid #e3e3e3; padding: 16px;'><p><strong>Magnesium Glycinate</strong><br>Our "
           "dietitian's pick for this topic: $24.00</p><p><a href='/products/magnesium-glycinate'><img src='/m.jpg' "
           "alt=''></a></p><p><a href='/products/magnesium-glycinate' class='button'>Shop now</a></p></div>")
    html = (f"<html><head><title>Eating well on a budget</title></head><body><article><h1>Eating well on a budget"
            f"</h1><div class='rte'>{''.join(paragraphs[:3])}{box}{''.join(paragraphs[3:])}</div></article></body></html>")
    body = extract_article(html, "https://shop.test/blogs/news/eating-well").body_text
    assert "Paragraph 5" in body and "dietitian's pick" not in body and "$24.00" not in body


def test_a_block_named_related_reads_its_items_whatever_its_label_says():
    """Contextual Related Posts and YARPP print a label then a list inside a container named like a
    related block (crp_related, yarpp-related); the label's words are the site's language
    ("Posts relacionados:", "Ähnliche Beiträge:") and need not be in any vocabulary: the name says
    what the block is, the label is no item."""
    paragraphs = "".join(f"<p>Paragraph {i}: fiber feeds the gut's bacteria, and most adults eat half of what they "
                         "should, so add beans, oats and fruit with the skin.</p>" for i in range(6))
    for label in ("Posts relacionados:", "Ähnliche Beiträge:", "Lecturas recomendadas"):
        block = (f"<div class='crp_related crp-text-only'><h3>{label}</h3><ul><li><a href='/pt-br/dieta/' "
                 "class='crp_link post-12'><span class='crp_title'>Dieta mediterrânea no Brasil</span></a></li><li><a "
                 "href='/en/lentil-soup/' class='crp_link post-19'><span class='crp_title'>A high-fiber lentil soup</span>"
                 "</a></li></ul><div class='crp_clear'></div></div>")
        html = (f"<html><head><title>Fibras</title></head><body><main><article><h1 class='entry-title'>Fibras</h1>"
                f"<div class='entry-content'>{paragraphs}{block}</div></article></main></body></html>")
        article = extract_article(html, "https://blog.test/pt-br/fibras/")
        assert [r.url for r in article.related] == ["https://blog.test/pt-br/dieta/",
                                                    "https://blog.test/en/lentil-soup/"], label
        assert label not in article.body_text and "lentil soup" not in article.body_text, label


def test_a_player_in_a_wrapper_above_a_short_posts_text_is_its_video():
    """A video post whose theme shows the player in a featured area above the content (WordPress
    post format video: Jannah, and many magazine themes): the wrapper holds no words of its own, but
    it is the post's media, not a kicker line before the first paragraph."""
    html = """<html><head><title>Watch: Applying sunscreen the right way</title><meta property="og:type" content="article">
<meta property="article:published_time" content="2024-03-12T10:00:00+04:00"></head><body class="single single-post">
<article id="the-post" class="post-content tie-video"><header class="entry-header"><h1 class="post-title entry-title">
Watch: Applying sunscreen the right way</h1><div class="post-meta"><span class="meta-author">By <a href="/author/ana/">Ana
Costa</a></span></div></header><div class="featured-area"><div class="featured-area-inner"><iframe title="Applying
sunscreen" width="780" height="439" src="https://www.youtube.com/embed/Sx2Ne6Ju0Ya?feature=oembed" allowfullscreen>
</iframe></div></div><div class="entry-content entry clearfix"><p>Most people use half the amount the label assumes. Our
dermatologist shows the two-finger rule for the face and the spots everyone misses: ears, neck and feet.</p></div>
</article></body></html>"""
    article = extract_article(html, "https://magazine.test/watch-applying-sunscreen/")
    assert [e.url for e in article.embeds] == ["https://www.youtube.com/embed/Sx2Ne6Ju0Ya?feature=oembed"]
    assert article.body_text.split() == ("Most people use half the amount the label assumes. Our dermatologist shows "
                                         "the two-finger rule for the face and the spots everyone misses: ears, neck "
                                         "and feet.").split()


@pytest.mark.parametrize("declared", ["body", "article", "jsonld", "none"])
def test_a_video_post_keeps_its_featured_player_however_long_its_text(declared):
    """A page that says it is a video post (WordPress's post format on the page or the post, or a
    JSON-LD VideoObject / article with a video) keeps the player its theme shows above the text even
    when the text is long; the rest of the article (header, byline) stays out of the body. Without
    such a word the player is kept all the same here: its box, right beside the text, holds nothing
    else to read (the GoDaddy round's rule)."""
    body_class = "single single-post" + (" single-format-video" if declared == "body" else "")
    post_class = "post-content" + (" format-video" if declared == "article" else "")
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
          '"headline": "Watch: how to read a blood pressure cuff", "video": {"@type": "VideoObject", '
          '"embedUrl": "https://player.vimeo.com/video/76979871"}}</script>' if declared == "jsonld" else "")
    paragraphs = "".join(f"<p>Paragraph {i}: sit still for five minutes, feet flat, arm supported at heart level, "
                         "and take two readings a minute apart; write both down with the time.</p>" for i in range(8))
    html = f"""<html><head><title>Watch: how to read a blood pressure cuff</title>{ld}</head><body class="{body_class}">
<article id="the-post" class="{post_class}"><header class="entry-header"><h1 class="entry-title">Watch: how to read a
blood pressure cuff</h1><div class="post-meta">By <a href="/author/ana/">Ana Costa</a></div></header>
<div class="featured-area"><iframe title="Reading a cuff" src="https://player.vimeo.com/video/76979871"
width="780" height="439"></iframe></div><div class="entry-content">{paragraphs}</div></article></body></html>"""
    article = extract_article(html, "https://magazine.test/watch-blood-pressure-cuff/")
    assert "Paragraph 7" in article.body_text and "Ana Costa" not in article.body_text
    assert "Reading a cuff" not in article.body_text        # the placeholder is markup, not text
    want = ["https://player.vimeo.com/video/76979871"]
    assert [e.url for e in article.embeds] == want
    assert ("player.vimeo.com/video/76979871" in article.body_html) == bool(want)


def test_a_related_block_with_tab_and_pager_links_to_hash_gives_each_card():
    """tagDiv Newspaper: the related block's label row holds two tabs ("RELATED ARTICLES", "MORE FROM
    AUTHOR") and its ajax pager two arrows, all linking "#"; those controls address no card, so the
    block is a list of three cards, not one card whose links share an address."""
    cards = "".join(f'<div class="td-related-span4"><div class="td_module_related_posts"><div class="td-module-image">'
                    f'<a href="https://news.test/post-{i}/" title="Post {i} about sleep"><img src="/p{i}.jpg" alt=""></a>'
                    f'<a href="https://news.test/category/sleep/" class="td-post-category">Sleep</a></div>'
                    f'<div class="item-details"><h3 class="entry-title"><a href="https://news.test/post-{i}/">Post {i} '
                    f"about sleep and shift work</a></h3></div></div></div>" for i in range(3))
    paragraphs = "".join(f"<p>Paragraph {i}: a regular wake time sets the body clock more than a regular bedtime "
                         "does, and morning light helps it hold.</p>" for i in range(6))
    html = (f"<html><head><title>Sleep schedules</title></head><body><article><h1 class='entry-title'>Sleep schedules</h1>"
            f"<div class='td-post-content'>{paragraphs}</div></article>"
            "<div class='td_block_wrap td_block_related_posts td_with_ajax_pagination'><h4 class='td-related-title'>"
            "<a class='td-related-left td-cur-simple-item' href='#'>RELATED ARTICLES</a><a class='td-related-right' "
            "href='#'>MORE FROM AUTHOR</a></h4><div class='td_block_inner'><div class='td-related-row'>"
            f"{cards}</div></div><div class='td-next-prev-wrap'><a href='#' class='td-ajax-prev-page'></a>"
            "<a href='#' class='td-ajax-next-page'></a></div></div></body></html>")
    related = [r.url for r in extract_article(html, "https://news.test/sleep-schedules/").related]
    assert related == [f"https://news.test/post-{i}/" for i in range(3)]


def test_a_featured_video_over_a_short_post_s_text_is_its_embed():
    """A theme's video post format puts the player first in the content, in wrappers of its own
    (tagDiv: td-post-featured-image > wpb_video_wrapper > iframe), above one short paragraph."""
    html = """<html><head><title>Video: A desk stretch routine</title><meta property="og:type" content="article">
<meta property="article:published_time" content="2024-03-12T10:00:00-04:00"></head>
<body class="single single-post postid-9 single-format-video"><article><h1 class="entry-title">Video: A desk stretch
routine</h1><div class="td-post-content tagdiv-type"><div class="td-post-featured-image"><div class="wpb_video_wrapper">
<iframe class="td-youtube-player" width="600" height="560" src="https://www.youtube.com/embed/kX3mTq9pLw2?enablejsapi=1"
frameborder="0" allowfullscreen></iframe></div></div><p>Sitting for hours tightens the hips. Follow along with this short
routine between meetings: neck rolls, a seated twist and two calf raises.</p></div></article></body></html>"""
    article = extract_article(html, "https://news.test/desk-stretch/")
    assert [e.kind for e in article.embeds] == ["video"]
    assert "kX3mTq9pLw2" in article.embeds[0].url


def test_a_video_posts_player_in_a_block_beside_its_content_block_is_its_video():
    """Template builders (tagDiv's tdb, Elementor, Divi) put the featured video in a block of its own
    beside the content block, each in its own wrapper: a page that says it is a video post still gets
    that player, the nearest one above its text; a page that does not say so is left as it was."""
    for video in (True, False):
        html = f"""<html><head><title>Video: what happens during a sleep study</title></head>
<body class="single single-post{' single-format-video' if video else ''}"><div class="tdc-row"><div class="td-pb-span8">
<div class="td_block_wrap tdb_title"><h1 class="tdb-title-text">Video: what happens during a sleep study</h1></div>
<div class="td_block_wrap tdb_single_featured_image"><div class="tdb-block-inner"><div class="wpb_video_wrapper"><iframe
src="https://player.vimeo.com/video/390611472" width="600" height="560"></iframe></div></div></div>
<div class="td_block_wrap tdb_single_content td-post-content tagdiv-type"><div class="tdb-block-inner td-fix-index"><p>A
sleep technician walks through the sensors, the overnight room and what the results report says, so the night feels
less strange.</p></div></div></div></div></body></html>"""
        article = extract_article(html, "https://news.test/video-sleep-study/")
        assert [e.url for e in article.embeds] == (["https://player.vimeo.com/video/390611472"] if video else []), video
        assert " ".join(article.body_text.split()).startswith("A sleep technician walks"), video


def td_module(n: int) -> str:
    """A tagDiv-style teaser: the date six levels below the card, under a linked title."""
    return (f'<div class="td_module_6 td_module_wrap"><div class="td-module-thumb"><a href="/post-{n}/"><img '
            f'src="/t{n}.jpg" alt=""></a></div><div class="item-details"><h3 class="entry-title td-module-title"><a '
            f'href="/post-{n}/">Post number {n} about sleep and habits</a></h3><div class="td-module-meta-info"><div '
            f'class="td-editor-date"><span class="td-author-date"><span class="td-post-date"><time class="entry-date '
            f'updated td-module-date" datetime="2021-09-0{n}T15:30:00-04:00">September {n}, 2021</time></span></span>'
            f'</div></div></div></div>')


def test_a_static_page_is_not_dated_by_its_sidebars_teasers():
    """A page its CMS calls static (body class "page") that an SEO plugin still types og:type article is
    an article only when it states its own date (data, address, byline); the dates of teaser cards in a
    sidebar are other posts' dates, however deep a card builder nests them."""
    cards = "".join(td_module(n) for n in range(1, 5))
    html = f"""<html><head><title>About us - Vital Signs Daily</title><meta property="og:type" content="article">
</head><body class="page-template-default page page-id-35"><div class="td-main-content-wrap"><div class="td-pb-span8">
<h1 class="entry-title">About us</h1><div class="td-page-content"><p>Vital Signs Daily is written by a small team of
health reporters and reviewed by clinicians. We publish news about sleep, nutrition and heart health, and we
correct what we get wrong in a note at the foot of the story, dated, so that readers can see what changed.</p></div></div>
<div class="td-pb-span4 td-main-sidebar"><div class="td_block_wrap"><h4>Popular posts</h4>{cards}</div></div></div>
</body></html>"""
    article = extract_article(html, "https://news.test/about/")
    assert article.page_type == "page"
    assert not (article.published or "").startswith("2021-09")
    dated = html.replace('<div class="td-page-content">', '<div class="td-post-date"><time class="entry-date published" '
                         'datetime="2024-02-01T09:00:00-04:00">February 1, 2024</time></div><div class="td-page-content">')
    article = extract_article(dated, "https://news.test/about/")
    assert article.published.startswith("2024-02-01") and article.page_type == "article"


def test_a_related_card_whose_category_chip_sits_above_its_title_gives_only_its_post():
    """Kadence's "Similar Posts" carousel (and many themes' loop cards) print the card's category
    link (rel="tag") above its title; with a single card left once its hidden thumbnail link goes,
    the chip and the title are two unlike children, and the chip is a term archive, not Read Also.
    A link WordPress marks rel="tag" / rel="category tag" is never a related post."""
    card = ("<div class='carousel-item splide__slide'><article class='entry content-bg loop-entry post-412 post "
            "type-post hentry category-news'><a class='post-thumbnail kadence-thumbnail-ratio-2-3' href='/flu-shots/' "
            "aria-hidden='true' tabindex='-1'><div class='post-thumbnail-inner'><img src='/f.jpg' alt='Flu shots'></div>"
            "</a><div class='entry-content-wrap'><header class='entry-header'><div class='entry-taxonomies'><span "
            "class='category-links term-links category-style-normal'><a href='/category/news/' rel='tag'>News</a></span>"
            "</div><h3 class='entry-title'><a href='/flu-shots/' rel='bookmark'>Flu shots are available at most "
            "pharmacies now</a></h3></header></div></article></div>")
    paragraphs = "".join(f"<p>Paragraph {i}: we moved the newsletter to Thursdays so that the recipes arrive before "
                         "the weekend shop, when most of you plan the week's meals.</p>" for i in range(6))
    html = (f"<html><head><title>Why we changed our newsletter schedule</title></head><body class='single single-post'>"
            f"<main id='main'><article class='entry single-entry'><h1 class='entry-title'>Why we changed our newsletter "
            f"schedule</h1><div class='entry-content single-content'>{paragraphs}</div></article><div class='entry-related "
            f"alignfull entry-related-style-wide'><div class='entry-related-inner content-container site-container'><div "
            f"class='entry-related-inner-content alignwide'><h2 class='entry-related-title'>Similar Posts</h2><div "
            f"class='entry-related-carousel kadence-slide-init splide'><div class='splide__track'><div class='splide__list'>"
            f"{card}</div></div></div></div></div></div></main></body></html>")
    related = [r.url for r in extract_article(html, "https://recipes.test/newsletter-schedule/").related]
    assert related == ["https://recipes.test/flu-shots/"]


@pytest.mark.parametrize("line, want", [
    ("By Tomás Rivera, RN, BSN and Jonah Whitaker and Olivia Grant", ["Tomás Rivera", "Jonah Whitaker", "Olivia Grant"]),
    ("By Olivia Grant and Tomás Rivera, RN, BSN", ["Olivia Grant", "Tomás Rivera"]),
    ("By Olivia Grant", ["Olivia Grant"]),
])
def test_a_byline_in_the_text_naming_the_posting_author_and_others_gives_the_co_authors(line, want):
    """A hosted CMS signs a post with the one account that posted it (Squarespace's author, its
    JSON-LD); the writers name themselves in the text's first line. A line naming every author the
    page named, and more, gives the authors; one naming someone else does not replace them."""
    html = f"""<html><head><title>Managing everyday anxiety</title><script type="application/ld+json">{{"@context":
"https://schema.org", "@type": "BlogPosting", "headline": "Managing everyday anxiety", "author": {{"@type": "Person",
"name": "{want[0]}"}}, "datePublished": "2024-03-01"}}</script></head><body><article><h1>Managing everyday anxiety</h1>
<div class="blog-meta-section"><a href="/journal?author=dc71ec30" class="blog-author"><span class="blog-author-name">{want[0]}</span>
</a> <time class="dt-published" datetime="2024-03-01">3/1/24</time></div><div class="sqs-html-content"><p><em>{line}</em></p><p>Anxiety is the body's alarm system. It sharpens attention when
something matters, and it can run on when nothing is wrong. Three habits help most people: sleep at regular hours, move
every day, and name the worry out loud before deciding what, if anything, to do about it.</p></div></article></body></html>"""
    article = extract_article(html, "https://journal.test/journal/managing-everyday-anxiety")
    assert article.authors == want
    assert line not in article.body_text and article.body_text.startswith("Anxiety")
    other = extract_article(html.replace(line, "By Dana Smith and Lee Park, MD"), "https://journal.test/journal/x")
    assert other.authors == [want[0]]


def test_an_embedded_card_for_another_post_of_the_site_is_read_also_not_body():
    """An editor's card for another post of the site (Ghost's bookmark card, WordPress's post
    embed), alone at the end of the text and unlabelled, is the post's own Read Also; its title and
    description are the other post's, not this one's text. A card for another site's page stays."""
    text = " ".join(["Blood pressure readings at home are more reliable when the cuff fits and you sit still."] * 4)
    ghost = ('<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" '
             'href="https://letter.test/tech-neck/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">'
             'Tech Neck: What It Is</div><div class="kg-bookmark-description">Why your neck aches after a day at the '
             'screen, and the stretches that help.</div><div class="kg-bookmark-metadata"><span class="kg-bookmark-author">'
             'Vital Signs</span><span class="kg-bookmark-publisher">Ana Costa</span></div></div></a></figure>')
    wordpress = ('<blockquote class="wp-embedded-content" data-secret="Vt8u6xDjQC"><a href="https://letter.test/sleep/">'
                 'Why Sleep Schedules Matter</a></blockquote><iframe class="wp-embedded-content" sandbox="allow-scripts" '
                 'security="restricted" src="https://letter.test/sleep/embed/#?secret=Vt8u6xDjQC" '
                 'title="Why Sleep Schedules Matter"></iframe>')
    elsewhere = ghost.replace("https://letter.test/tech-neck/", "https://www.who.int/news/hypertension/")
    for card, related in ((ghost, ["https://letter.test/tech-neck/"]), (wordpress, ["https://letter.test/sleep/"]),
                          (elsewhere, [])):
        html = (f"<html><head><title>Cuffs</title></head><body class='post-template'><article class='gh-article post'>"
                f"<h1>Cuffs</h1><section class='gh-content'><p>{text}</p>{card}</section></article></body></html>")
        article = extract_article(html, "https://letter.test/cuffs/")
        assert [r.url for r in article.related] == related
        assert ("Tech Neck" in article.body_text or "Why Sleep" in article.body_text) == (not related)
