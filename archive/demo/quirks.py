"""The demo site's deliberate traps for crawlers and extractors, named once so code and tests agree.

Real health blogs are messy; each trap below mirrors something seen in the wild:

- ``NO_METADATA_SLUG``: no JSON-LD and no OpenGraph; the date is only in a ``<time datetime>``.
- ``LEGACY_SLUG``: a page left over from an old CMS, served only at ``LEGACY_PATH``
  (``/article.php?id=7``: the query string identifies the content). No JSON-LD, OpenGraph, canonical
  or ``<time>``; the date appears only as visible text ("Posted on March 3, 2024"); the body sits in
  ``<div class="post-body">`` rather than ``entry-content``.
- ``BODY_CLASS``: articles whose body container is not ``div.entry-content``.
- ``NO_READ_ALSO_SLUG``: the one article without a "Read Also" block.
- ``HOSTILE_SLUG``: its body embeds ``<script>alert(1)</script>``, ``<img onerror=...>`` and a
  ``javascript:`` link, which an archive must sanitize away.
- ``CANONICAL_VARIANT_PATH``: an AMP-style copy of an article, linked from another article's body,
  whose ``<link rel=canonical>`` names the plain ``/<slug>/``. Likewise any query string on an article
  (``?utm_source=...``, ``?replytocom=...``) serves the same bytes, whose canonical is the clean URL.
- ``TRACKED_LINKS``: in-text links carrying ``utm_*`` parameters and/or ``#fragments`` (crawlers dedupe).
- ``SLASHLESS_LINK``: an in-text link without the trailing slash, answered by a 301 (as WordPress does).
- ``DEAD_READ_ALSO_PATH`` / ``OFFSITE_READ_ALSO_URL``: Read Also items pointing at a missing article
  (404) and at another domain.
- ``SPONSORED_SLUG``: holds the site's only ``rel="sponsored"`` link (to a clinic).
- ``DISALLOWED_PATHS``: in robots.txt, yet linked (footer "Log in", About page) and served with 200.
- Version 2 (incremental crawls): ``V2_CHANGED_SLUGS`` get new body text and a new modified date,
  ``V2_GONE_SLUGS`` answer 410, ``V2_MISSING_SLUGS`` answer 404, ``V2_ADDED_SLUGS`` appear on the home
  page, sitemap and feed. All other article and static pages stay byte-identical: the sidebar and the
  Read Also lists behave like a WordPress page cache that was not purged.
"""

NO_METADATA_SLUG = "cholesterol-basics"
LEGACY_SLUG = "hydration-myths"
LEGACY_PATH = "/article.php?id=7"
BODY_CLASS = {LEGACY_SLUG: "post-body", "tech-neck": "article-body"}
NO_READ_ALSO_SLUG = "napping-guide-for-adults"
HOSTILE_SLUG = "digital-burnout-screen-time"
CANONICAL_VARIANT_PATH = "/sunscreen-guide/amp/"
TRACKED_LINKS = {
    "managing-everyday-anxiety": "/why-consistent-sleep-schedule-matters/"
    "?utm_source=newsletter&utm_medium=email&utm_campaign=sleep-week",
    "caregiver-burnout": "/fall-prevention-at-home/#bathroom",
    "talking-with-aging-parents": "/medication-management-seniors/?utm_source=facebook&utm_medium=social#keep-one-list",
}
SLASHLESS_LINK = "/loneliness-and-health"
DEAD_READ_ALSO_PATH = "/vitamin-d-deficiency-signs/"
OFFSITE_READ_ALSO_URL = "https://wellness-partners.example/guides/safer-stairs/"
SPONSORED_SLUG = "desk-posture-and-back-pain"
DISALLOWED_PATHS = ("/wp-admin/", "/private/")

VERSIONS = (1, 2)
V2_CHANGED_SLUGS = ("understanding-blood-pressure-numbers", "walking-steps-per-day")
V2_GONE_SLUGS = ("stretching-before-or-after-exercise",)
V2_MISSING_SLUGS = ("adult-acne-causes",)
V2_REMOVED_SLUGS = V2_GONE_SLUGS + V2_MISSING_SLUGS
V2_ADDED_SLUGS = ("gut-health-fermented-foods", "morning-light-and-mood")

AWKWARD_PAGES = {
    "no_metadata": f"/{NO_METADATA_SLUG}/",
    "date_in_text_only": LEGACY_PATH,
    "query_string_article": LEGACY_PATH,
    "post_body_markup": LEGACY_PATH,
    "article_body_markup": "/tech-neck/",
    "no_read_also": f"/{NO_READ_ALSO_SLUG}/",
    "hostile_markup": f"/{HOSTILE_SLUG}/",
    "canonical_variant": CANONICAL_VARIANT_PATH,
    "tracked_links": "/managing-everyday-anxiety/",
    "slashless_redirect": SLASHLESS_LINK,
    "read_also_404": DEAD_READ_ALSO_PATH,
    "read_also_offsite": OFFSITE_READ_ALSO_URL,
    "sponsored_link": f"/{SPONSORED_SLUG}/",
    "robots_disallowed_admin": "/wp-admin/",
    "robots_disallowed_private": "/private/editorial-calendar/",
}
