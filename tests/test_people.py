"""Authors and reviewers: names apart from credentials and roles, every co-author, reviewers only where
the page says reviewed, on markup modelled on real themes (WordPress, Yoast, Ghost's Casper, Drupal)."""
import json
import time

import lxml.html
import pytest

from archive.demo import build_site
from archive.extract.authors import byline_people
from archive.extract.metadata import extract_metadata
from archive.extract.names import people_in

pytestmark = pytest.mark.fast


def meta(html: str, url: str = "https://health.example/post/") -> dict:
    return extract_metadata(lxml.html.fromstring(html), url)


def people(m: dict) -> list[tuple]:
    return [(p.name, p.role, p.credentials, p.affiliation) for p in m["people"]]


def page(head: str = "", header: str = "", body: str = "<p>Text of the post.</p>", after: str = "") -> str:
    """A post in the shape of a WordPress classic theme: header with the byline, content, then extras."""
    return (f"<html lang='en'><head><title>Post</title>{head}</head><body class='post-template-default single'>"
            f"<div id='page'><main id='main'><article class='post type-post hentry'>"
            f"<header class='entry-header'><h1 class='entry-title'>Vitamin D in winter</h1>{header}</header>"
            f"<div class='entry-content'>{body}</div></article>{after}</main>"
            f"<aside id='secondary' class='widget-area'><section class='widget widget_recent_entries'>"
            f"<h2>Recent posts</h2><ul><li><a href='/b/'>Other post</a> by <a rel='author' href='/author/zed/'>"
            f"Zed Quill</a></li></ul></section></aside></div></body></html>")


# --- one byline string --------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("Dr. Samuel Achebe, MD, FAAD", [("Samuel Achebe", ["MD", "FAAD"], "")]),
    ("by N. V., M.D., Member, Scientific Advisory Board",
     [("N. V.", ["M.D."], "Member, Scientific Advisory Board")]),
    ("By Dr. Ada Mwangi, MD and Tom Reyes, RN", [("Ada Mwangi", ["MD"], ""), ("Tom Reyes", ["RN"], "")]),
    ("Written by Jane Roe, MPH, RD and Ann Lee, PhD", [("Jane Roe", ["MPH", "RD"], ""), ("Ann Lee", ["PhD"], "")]),
    ("Jane Roe, FNP-BC, Ph.D., Professor of Medicine at Yale",
     [("Jane Roe", ["FNP-BC", "Ph.D."], "Professor of Medicine at Yale")]),
    ("Jane Roe, PharmD, Senior Editor", [("Jane Roe", ["PharmD"], "Senior Editor")]),
    ("Prof. Dr. med. Erika Mustermann", [("Erika Mustermann", [], "")]),
    ("Jane Roe MD", [("Jane Roe", ["MD"], "")]),
    ("Jean DUPONT", [("Jean DUPONT", [], "")]),                          # a surname in capitals is no credential
    ("By DANICA KIRKA and JILL LAWLESS", [("DANICA KIRKA", [], ""), ("JILL LAWLESS", [], "")]),
    ("Martin Luther King Jr.", [("Martin Luther King Jr.", [], "")]),   # a generation is part of the name
    ("<img src=x onerror=alert(1)>", []),
    ("Eve <b>Adams</b>", [("Eve Adams", [], "")]),
    ("jane@example.org", []),
    ("Bündnis 90/Die Grünen", []),
    ("Redaktion", [("Redaktion", [], "")]),                           # the editorial team is the stated author
    # a closing parenthetical is neither a name nor a person: pronouns, a specialty, a college's country
    ("Ann Lee (she/her)", [("Ann Lee", [], "")]),
    ("Dr. Ann Lee, MD (Dermatology)", [("Ann Lee", ["MD"], "")]),
    ("Sam Poe, MBBS, MRCP(UK)", [("Sam Poe", ["MBBS", "MRCP"], "")]),
])
def test_people_in_keeps_credentials_and_roles_apart(raw, expected):
    assert [(p.name, p.credentials, p.affiliation) for p in people_in(raw)] == expected


@pytest.mark.parametrize("value, expected", [
    ("Harm, Robert", "Robert Harm"),                    # Dublin Core / citation_author: surname first
    ("Roe, Jane A.", "Jane A. Roe"),
    ("Müller-Lüdenscheidt, Hans", "Hans Müller-Lüdenscheidt"),
    ("Roe, MD", "Roe, MD"),                             # a credential, not a given name
    ("Roe, Lee, Ng", "Roe, Lee, Ng"),                   # three people
    ("ACME, Berlin", "ACME, Berlin"),                   # a firm in capitals and its town
    ("Redaktion, Team", "Redaktion, Team"),
    ("Jane Roe", "Jane Roe"),
])
def test_a_surname_first_meta_author_reads_as_a_byline(value, expected):
    from archive.extract.names import uninverted
    assert uninverted(value) == expected


def test_a_surname_first_dc_creator_is_one_author():
    import lxml.html
    from archive.extract.metadata import extract_metadata
    html = ("<html><head><meta name='DC.creator' content='Harm, Robert'></head><body><article>"
            "<h1>Clinic hours change</h1><p>From May the clinic opens at eight.</p></article></body></html>")
    assert extract_metadata(lxml.html.fromstring(html), "https://cityhealth.example/hours")["authors"] == ["Robert Harm"]


@pytest.mark.parametrize("line, expected", [
    ("Posted on May 3, 2020 by Jane Roe", [("Jane Roe", "author", [])]),
    ("Submitted by Jane Roe on Sun, 05/03/2020 - 10:00", [("Jane Roe", "author", [])]),
    ("Written by Tom Reyes, RN", [("Tom Reyes", "author", ["RN"])]),
    ("By Dr. Ada Mwangi, MD and Tom Reyes, RN", [("Ada Mwangi", "author", ["MD"]), ("Tom Reyes", "author", ["RN"])]),
    ("Medically reviewed by Maya Singh, MD — Written by Chris Doyle — Updated on June 2, 2023",
     [("Maya Singh", "reviewer", ["MD"]), ("Chris Doyle", "author", [])]),
    ("Fact checked by Omar Haddad", [("Omar Haddad", "reviewer", [])]),
    ("Eingestellt von Jana Berg um 10:00", [("Jana Berg", "author", [])]),
    ("Publié le 3 mai 2020 par Claire Colin", [("Claire Colin", "author", [])]),
    ("Publicado por Ana Ruiz el 3 de mayo", [("Ana Ruiz", "author", [])]),
    ("Von Ursula von der Leyen", [("Ursula von der Leyen", "author", [])]),
    ("Photo by Lena Park", []),                                          # a photo credit names no author
    ("The drug was reviewed by the FDA in 2019.", []),                   # prose names nobody
    ("Updated on June 2, 2023", []),
])
def test_byline_people_parses_one_line(line, expected):
    assert [(p.name, p.role, p.credentials) for p in byline_people(line)] == expected


# --- real markup --------------------------------------------------------------------------------------

def test_wordpress_classic_byline_not_the_sidebar_nor_comments():
    header = ("<div class='entry-meta'><span class='posted-on'>Posted on <a href='/2024/01/05/vit/'><time "
              "class='entry-date published' datetime='2024-01-05T08:00:00+00:00'>January 5, 2024</time></a></span>"
              "<span class='byline'> by <span class='author vcard'><a class='url fn n' "
              "href='https://health.example/author/jane-roe/'>Jane Roe</a></span></span></div>")
    comments = ("<div id='comments' class='comments-area'><ol class='comment-list'><li class='comment'>"
                "<article class='comment-body'><footer class='comment-meta'><div class='comment-author vcard'>"
                "<b class='fn'><a href='https://x.example/' rel='external nofollow ugc' class='url'>Carl Critic</a>"
                "</b> <span class='says'>says:</span></div></footer><p>Nice.</p></article></li></ol></div>")
    m = meta(page(header=header, after=comments))
    assert m["authors"] == ["Jane Roe"]
    assert people(m) == [("Jane Roe", "author", [], "")]


def test_three_authors_of_one_byline_all_kept_but_not_related_posts_authors():
    header = ("<div class='entry-meta'><span class='byline'>By "
              + ", ".join(f"<span class='author vcard'><a class='url fn n' rel='author' href='/author/{slug}/'>"
                          f"{name}</a></span>" for slug, name in (("ann", "Ann Lee"), ("bo", "Bo Chen")))
              + " and <span class='author vcard'><a class='url fn n' rel='author' href='/author/cy/'>Cy Diaz</a>"
              "</span></span></div>")
    related = ("<div id='jp-relatedposts' class='jp-relatedposts'><h3 class='jp-relatedposts-headline'>Related</h3>"
               "<div class='jp-relatedposts-items'><div class='jp-relatedposts-post'><h4><a href='/x/'>Iron</a></h4>"
               "<p class='jp-relatedposts-post-context'>By <a rel='author' href='/author/dee/'>Dee Fox</a></p>"
               "</div></div></div>")
    m = meta(page(header=header, body="<p>Text of the post.</p>" + related))
    assert m["authors"] == ["Ann Lee", "Bo Chen", "Cy Diaz"]


def test_sidebar_authors_are_not_the_posts():
    m = meta(page())            # no byline: the sidebar's "Recent posts" names another post's author
    assert (m["authors"], m["people"]) == ([], [])
    assert "no author found" in m["problems"]


def test_structured_data_naming_only_the_first_author_yields_to_the_byline():
    head = ("<script type='application/ld+json'>{\"@type\": \"BlogPosting\", \"headline\": \"Vitamin D in winter\", "
            "\"author\": {\"@type\": \"Person\", \"name\": \"Ann Lee\"}}</script>")
    header = ("<div class='byline'>By <a href='/author/ann/'>Ann Lee</a>, PhD, <a href='/author/bo/'>Bo Chen</a> "
              "and <a href='/author/cy/'>Cy Diaz</a>, RD</div>")
    m = meta(page(head=head, header=header))
    assert people(m) == [("Ann Lee", "author", ["PhD"], ""), ("Bo Chen", "author", [], ""),
                         ("Cy Diaz", "author", ["RD"], "")]


def test_three_rel_author_links_in_a_post_meta_line():
    header = ("<p class='post-meta'><a rel='author' href='/author/ann/'>Ann Lee</a>, <a rel='author' "
              "href='/author/bo/'>Bo Chen</a> &amp; <a rel='author' href='/author/cy/'>Cy Diaz</a> · 5 min read</p>")
    assert meta(page(header=header))["authors"] == ["Ann Lee", "Bo Chen", "Cy Diaz"]


def test_yoast_graph_with_person_references_and_credentials():
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": "https://health.example/post/#article", "headline": "Vitamin D in winter",
         "author": [{"@id": "https://health.example/#/schema/person/a1"},
                    {"@id": "https://health.example/#/schema/person/b2"}],
         "datePublished": "2024-01-05T08:00:00+00:00"},
        {"@type": "WebPage", "@id": "https://health.example/post/", "name": "Vitamin D in winter",
         "reviewedBy": {"@id": "https://health.example/#/schema/person/c3"}},
        {"@type": "Person", "@id": "https://health.example/#/schema/person/a1",
         "name": "Dr. Samuel Achebe, MD, FAAD", "jobTitle": "Dermatologist"},
        {"@type": "Person", "@id": "https://health.example/#/schema/person/b2", "name": "Grace Whitfield",
         "honorificSuffix": "RN"},
        {"@type": "Person", "@id": "https://health.example/#/schema/person/c3", "name": "Helen Marsh, DC"},
        {"@type": "Organization", "@id": "https://health.example/#organization", "name": "Health Example"},
    ]}
    head = f"<script type='application/ld+json'>{json.dumps(graph)}</script>"
    m = meta(page(head=head))
    assert m["authors"] == ["Samuel Achebe", "Grace Whitfield"]
    assert m["reviewed_by"] == ["Helen Marsh"]
    assert people(m) == [("Samuel Achebe", "author", ["MD", "FAAD"], "Dermatologist"),
                         ("Grace Whitfield", "author", ["RN"], ""),
                         ("Helen Marsh", "reviewer", ["DC"], "")]


def test_medical_publisher_header_reviewer_first_then_author():
    # a large medical publisher's header: generated class names, the roles only in the words
    header = ("<div class='css-1x2y'><span class='css-9a'>Medically reviewed by <a href='/reviewers/maya-singh'>"
              "Maya Singh, MD</a></span> — <span class='css-9b'>Written by <a href='/authors/chris-doyle'>Chris Doyle"
              "</a></span> — <span class='css-9c'>Updated on June 2, 2023</span></div>")
    m = meta(page(header=header))
    assert (m["authors"], m["reviewed_by"]) == (["Chris Doyle"], ["Maya Singh"])
    assert people(m) == [("Maya Singh", "reviewer", ["MD"], ""), ("Chris Doyle", "author", [], "")]


def test_drupal_submitted_by_and_not_the_comment_author():
    html = ("<html><body class='node-type-article'><div id='main'><h1 class='title' id='page-title'>Knee pain</h1>"
            "<div id='node-12' class='node node-article node-promoted clearfix'><div class='meta submitted'>"
            "<span property='dc:date dc:created' content='2020-05-03T10:00:00+02:00'>Submitted by <span "
            "class='username' typeof='sioc:UserAccount' property='foaf:name'>Nadia Vogel</span> on Sun, "
            "05/03/2020 - 10:00</span></div><div class='content'><p>Knee pain has many causes.</p></div></div>"
            "<div id='comments' class='comment-wrapper'><div class='comment'><div class='submitted'>Submitted by "
            "<span class='username'>Rex Moan</span> on Mon, 05/04/2020 - 09:00</div><p>Mine too.</p></div></div>"
            "</div></body></html>")
    m = meta(html)
    assert m["authors"] == ["Nadia Vogel"]
    assert [p.role for p in m["people"]] == ["author"]


def test_ghost_casper_author_list_not_the_read_more_cards():
    html = ("<html><body class='post-template'><main id='site-main' class='site-main'>"
            "<article class='article post'><header class='article-header gh-canvas'>"
            "<h1 class='article-title'>Sleep and the immune system</h1>"
            "<div class='article-byline'><section class='article-byline-content'><ul class='author-list'>"
            "<li class='author-list-item'><a href='/author/ann/' class='author-avatar'><img "
            "class='author-profile-image' src='/content/images/ann.jpg' alt='Ann Lee'></a></li>"
            "<li class='author-list-item'><a href='/author/bo/' class='author-avatar'><img "
            "class='author-profile-image' src='/content/images/bo.jpg' alt='Bo Chen'></a></li></ul>"
            "<div class='article-byline-meta'><h4 class='author-name'><a href='/author/ann/'>Ann Lee</a>, "
            "<a href='/author/bo/'>Bo Chen</a></h4><div class='byline-meta-content'><time class='byline-meta-date' "
            "datetime='2021-05-10'>10 May 2021</time><span class='byline-reading-time'><span class='bull'>&bull;"
            "</span> 4 min read</span></div></div></section></div></header>"
            "<section class='gh-content gh-canvas'><p>Sleep matters.</p></section></article></main>"
            "<aside class='read-more-wrap outer'><div class='read-more inner'><article class='post-card post'>"
            "<div class='post-card-content'><h2 class='post-card-title'>Naps</h2><footer class='post-card-meta'>"
            "<span class='post-card-byline-content'><span><a href='/author/dee/'>Dee Fox</a></span></span>"
            "</footer></div></article></div></aside></body></html>")
    assert meta(html)["authors"] == ["Ann Lee", "Bo Chen"]


def test_in_body_written_by_line_with_credentials():
    body = "<p>Written by Ines Moreau, RD</p><p>Vitamin D is made in the skin.</p>"
    m = meta(page(body=body))
    assert people(m) == [("Ines Moreau", "author", ["RD"], "")]


def test_legacy_posted_on_by_line_with_a_role():
    header = "<div class='postmeta'>Posted on May 3, 2020 by Paul Brennan, Member, Medical Advisory Board</div>"
    m = meta(page(header=header))
    assert people(m) == [("Paul Brennan", "author", [], "Member, Medical Advisory Board")]


def test_markup_in_author_values_is_stored_as_text():
    head = ("<meta name='author' content='&lt;img src=x onerror=alert(1)&gt;Eve Adams'>"
            "<script type='application/ld+json'>{\"@type\": \"BlogPosting\", \"headline\": \"Vitamin D in winter\", "
            "\"author\": {\"@type\": \"Person\", \"name\": \"<b onclick=x()>Eve</b> Adams\"}}</script>")
    m = meta(page(head=head))
    assert m["authors"] == ["Eve Adams"]
    for p in m["people"]:
        assert not any(ch in field for field in (p.name, p.affiliation, *p.credentials) for ch in "<>=")


# --- reviewers only where the page says so ------------------------------------------------------------

def test_reviewed_by_in_prose_is_not_a_reviewer():
    body = ("<p>Reviewed by the FDA in 2019, the drug is now sold without prescription.</p>"
            "<p>Each label was reviewed by Health Canada officials before sale.</p>")
    m = meta(page(header="<p class='byline'>By Jane Roe</p>", body=body))
    assert (m["authors"], m["reviewed_by"]) == (["Jane Roe"], [])


def test_product_review_box_names_no_reviewer():
    box = ("<div class='review-box' itemscope itemtype='https://schema.org/Review'><div class='review-title'>"
           "Our verdict</div><p class='review-author'>Reviewed by Tom Baxter</p><div itemprop='reviewRating' "
           "itemscope itemtype='https://schema.org/Rating'><span itemprop='ratingValue'>4</span>/5</div></div>")
    m = meta(page(header="<p class='byline'>By Jane Roe</p>", body="<p>We tried the lamp.</p>" + box))
    assert m["reviewed_by"] == []
    assert "Tom Baxter" not in m["authors"]


def test_reviewer_is_never_an_author():
    header = ("<div class='byline'>By <a rel='author' href='/author/ann/'>Ann Lee</a></div>"
              "<div class='medical-review'>Medically reviewed by <a rel='author' href='/author/omar/'>Omar Haddad"
              "</a>, MD on March 5, 2024</div>")
    m = meta(page(header=header))
    assert (m["authors"], m["reviewed_by"], m["reviewed_on"]) == (["Ann Lee"], ["Omar Haddad"], "2024-03-05")
    assert people(m) == [("Ann Lee", "author", [], ""), ("Omar Haddad", "reviewer", ["MD"], "")]


def test_demo_site_never_takes_a_credential_for_an_author():
    site = build_site(1, "http://demo.test")
    seen = {}
    for path, demo_page in site.pages.items():
        if not demo_page.content_type.startswith("text/html"):
            continue
        m = extract_metadata(lxml.html.fromstring(demo_page.body), "http://demo.test" + path)
        for p in m["people"]:
            assert "," not in p.name and p.name != p.name.upper(), (path, p)
            seen[p.name] = p.credentials
    assert seen["Samuel Achebe"] == ["MD", "FAAD"]
    assert len(seen) > 5


# --- linear time --------------------------------------------------------------------------------------

def _author_page(field: str, payload: str) -> str:
    """A page with one author input made long: the meta author, a byline, a JSON-LD name, a review line."""
    if field == "meta":
        return page(head=f"<meta name='author' content='{payload}'>")
    if field == "byline":
        return page(header=f"<div class='byline'>By {payload}</div>")
    if field == "json-ld":
        ld = {"@type": "Article", "headline": "Vitamin D in winter", "author": {"@type": "Person", "name": payload}}
        return page(head=f"<script type='application/ld+json'>{json.dumps(ld)}</script>")
    return page(header=f"<div class='medical-review'>Medically reviewed by {payload}</div>",
                body=f"<p>Reviewed by {payload}</p>")


PAYLOADS = {          # the shapes that made the old patterns quadratic, and plain words
    "no spaces": lambda n: "x" * n,
    "at signs": lambda n: "a@" * (n // 2),
    "spaced dashes": lambda n: "- " * (n // 2),
    "words": lambda n: "Jane Roe and " * (n // 13),
    "reviewed": lambda n: "reviewed " * (n // 9),
}


def _seconds(html: str) -> float:
    tree = lxml.html.fromstring(html)
    best = float("inf")
    for _ in range(5):              # the fastest of five: the machine is shared
        start = time.thread_time()
        extract_metadata(tree, "https://health.example/post/")
        best = min(best, time.thread_time() - start)
    return best


@pytest.mark.parametrize("field", ["meta", "byline", "json-ld", "review"])
def test_author_inputs_take_linear_time(field):
    small = sum(_seconds(_author_page(field, make(2_000))) for make in PAYLOADS.values())
    large = sum(_seconds(_author_page(field, make(16_000))) for make in PAYLOADS.values())
    assert large / small < 16, (field, small, large)      # 8x the input, less than 16x the time



def test_declared_authors_are_checked_against_the_visible_author_markup():
    """<meta name=author> names the first author; the byline (itemprop=author) names all three."""
    from archive.extract import extract_article

    prose = " ".join(["Readers told us a weekly digest was easier to keep up with than three emails."] * 4)
    html = ("<html><head><meta name='author' content='Dr. Irina Volkova, MD'><title>News</title></head><body>"
            "<article itemscope itemtype='https://schema.org/Article'><h1 itemprop='headline'>News</h1>"
            "<dl><dd class='createdby' itemprop='author' itemscope itemtype='https://schema.org/Person'>Written by: "
            "<span itemprop='name'>Dr. Irina Volkova, MD and Marcus Bell, RD and Lena Hoffmann, PhD</span></dd></dl>"
            f"<div itemprop='articleBody'><p>{prose}</p></div></article></body></html>")
    article = extract_article(html, "https://clinic.example/news/1")
    assert article.authors == ["Irina Volkova", "Marcus Bell", "Lena Hoffmann"]


def test_dutch_en_joins_two_names_but_not_a_desk_written_in_spanish():
    from archive.extract.names import people_in
    assert [p.name for p in people_in("Door Jan Jansen en Piet de Vries")] == ["Jan Jansen", "Piet de Vries"]
    people = people_in("By Tomás Rivera and Ana Costa, El Courier en Español")
    assert [p.name for p in people] == ["Tomás Rivera", "Ana Costa"]
