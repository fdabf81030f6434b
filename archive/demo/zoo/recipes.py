"""recipes (held out): a nutrition and healthy-recipes blog run by registered dietitians, on WordPress
with the Kadence theme, Yoast SEO, WP Recipe Maker (WPRM) recipe cards, Mediavine ads, a ConvertKit
opt-in, Jetpack sharing, YARPP "You may also like" thumbnails and Complianz; mostly English with two
Spanish posts (Polylang: ``lang="es-ES"`` and the theme's and plugins' strings in Spanish).

Modelled on real public markup: Kadence's own templates as kept in public copies of the theme
(ziedchahd/jmsiteam, a Kadence fork: ``template-parts/content/single-entry.php``, the article >
``entry-content-wrap``, then the author box, ``the_post_navigation`` with ``post-navigation-sub``
"Previous"/"Next", ``entry_related`` and comments; ``entry_author.php``, the ``entry-author
entry-author-style-normal`` box with ``entry-author-name``, ``entry-author-occupation`` and
``entry-author-description``; ``entry_tags.php``, ``entry-tags`` > ``tags-links`` with
``tag-hash`` "#" links; ``entry_loop_meta.php`` / Kadence's ``entry_meta.php``, ``entry-meta
entry-meta-divider-dot`` with ``posted-by`` > ``meta-label`` "By" > ``author vcard``, ``posted-on``
with ``<time class="entry-date published">`` and ``<time class="updated">``, ``updated-on``;
``entry_related.php``, ``entry-related alignfull entry-related-style-wide`` > ``entry-related-inner
content-container site-container`` > ``h2.entry-related-title`` "Similar Posts" >
``entry-related-carousel kadence-slide-init splide`` with ``carousel-item`` loop entries, titled ``h3``
by ``entry_loop_title.php`` off archives (AvanamOrg/avanam, uva-csc/jcs-mandala-kadence), and
Kadence's ``inc/template-functions`` ``get_related_posts_args``: six posts sharing a category or a
tag, ``orderby`` ``rand`` by default); WP Recipe Maker's shortcode PHP (the ingredients shortcode:
``wprm-recipe-ingredient-group`` > ``ul.wprm-recipe-ingredients`` > ``li.wprm-recipe-ingredient``
with ``wprm-recipe-ingredient-amount`` / ``-unit`` / ``-name`` / ``-notes`` spans and the checkbox
``wprm-checkbox-container``); saved WPRM cards described in public scrapers (a copykat.com layout
study: ``wprm-recipe-template-...-container``, ``h2.wprm-recipe-name``, ``wprm-recipe-summary``,
``wprm-recipe-user-rating-0`` with ``data-average``/``data-count``, ``wprm-recipe-times-container``,
``wprm-recipe-instruction-group`` > ``li#wprm-recipe-ID-step-0-0`` > ``wprm-recipe-instruction-text``,
``wprm-nutrition-label-container wprm-nutrition-label-container-simple`` with
``wprm-nutrition-label-text-nutrition-container-calories`` etc.; a WPRM card test fixture quoting
real markup from a chili recipe: ``li.wprm-recipe-ingredient style="list-style-type: none;"
data-uid``); and the YARPP thumbnails template (``yarpp yarpp-related yarpp-template-thumbnails``,
``a.yarpp-thumbnail`` > ``span.yarpp-thumbnail-title``).

A post page: Kadence's header; an ``entry-hero post-hero-section`` above the content holding the
entry header (``entry-taxonomies`` category links, the ``h1.entry-title``, the meta: author avatar,
"By NAME, MS, RDN" as the dietitians write their WordPress display names, "Posted on" and "Updated
on" dates); ``#primary`` > ``content-container site-container`` > ``main#main`` > ``article.entry
content-bg single-entry`` > ``entry-content-wrap`` > ``entry-content single-content``: WPRM's
"Jump to Recipe" / "Print Recipe" snippet at the top of posts with a card, the prose with
Mediavine's empty ``content_hint`` placeholders and one rendered ``mv-ad-box`` "Advertisement", a
Mediavine sticky video player (``mv-video-target``: an ad player, not the post's video) in some
posts, the ConvertKit ``formkit-form`` opt-in after the third paragraph, the WPRM card
(``wprm-recipe-container`` > ``wprm-recipe wprm-recipe-template-nourished``: name, rating, summary,
times, servings, Print/Pin buttons, a recipe video on some video posts, ingredients, instructions,
the nutrition label), then Jetpack's ``sharedaddy sd-sharing-enabled`` buttons (``?share=facebook``,
``?share=pinterest``, ``?share=x``, which answer a 302 to the network) and YARPP's "You may also like"
thumbnails (both appended to the content, as Jetpack and YARPP do); ``entry-footer`` tags; the
author box; ``post-navigation``; "Similar Posts"; comments with WPRM's star ratings and WordPress's
``?replytocom=ID#respond`` reply links (the post again); a sidebar (``primary-sidebar``: search,
"Popular recipes", "Categories", "Recent posts"); Kadence's footer; the Complianz cookie banner.
Yoast's ``@graph`` with WPRM's Recipe node (ingredients, HowToSteps, nutrition, rating, its own
``datePublished``: the day the recipe was saved, a day before the post) and Open Graph in the head.

Truth: the body of a post with a card is its prose AND the card's name, summary, the "Ingredients"
and "Instructions" headings, the ingredient lines and the steps: the recipe is what the post is
for. Not body: the buttons, the rating, the times and servings line, ads, the nutrition label (its
numbers are a data table WPRM computes from the ingredients, duplicated in the JSON-LD, not text
the author wrote; a reader scanning the article reads past it like the times box), the opt-in, the
share bar, the author box. Read Also: both related blocks this page shows for this post, YARPP's
"You may also like" (the post's own picks) then Kadence's "Similar Posts" (three posts sharing the
post's category or a tag, drawn once per post: the page cache keeps the draw). Videos: the post's
own player (in the content, or in the card's ``wprm-recipe-video``), never Mediavine's.
Authors: the name without the credentials the display name carries.

Listings: ``/`` (the blog), categories, tags, authors, Kadence's grid with numbered ``pagination``
and ``/page/N/``. Also Yoast sitemaps, ``/feed/``, and WPRM's print views ``/wprm_print/<recipe>``
(linked from every card, ``rel="nofollow"``, ``noindex``: a printable copy of the card alone, truth
"other"). Local time UTC-5. No endless trap: ``?share=`` and ``?replytocom=`` are per-link variants
of the post (``per_link_params``).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import timedelta
from urllib.parse import quote, urlsplit

from .posts import Block, Entry, Person, Plan, slugify
from .recipes_data import LENTIL_SOUP, RECETA, RECIPES, Recipe
from .site import Response, ZooSite, later

AUTHORS = (Person("Jenna Marlowe", "", ("MS", "RDN")), Person("Laura Vidal", "", ("RDN", "CDCES")),
           Person("Sam Keller", "", ()))
OCCUPATION = {"Jenna Marlowe": "Registered Dietitian Nutritionist", "Laura Vidal": "Registered Dietitian and Diabetes Educator",
              "Sam Keller": "Recipe developer and food photographer"}
BIO = {"Jenna Marlowe": "Jenna founded The Nourished Table to share simple, evidence-based recipes. She has a master's degree "
                        "in clinical nutrition and counsels adults with heart disease.",
       "Laura Vidal": "Laura is a bilingual dietitian who writes about blood sugar, family meals and cooking on a budget.",
       "Sam Keller": "Sam tests every recipe on the site at least three times and shoots most of our photos."}
LABELS = {
    "en": {"by": "By", "posted": "Posted on", "updated": "Updated on", "similar": "Similar Posts", "also": "You may also like",
           "share": "Share this:", "jump": "Jump to Recipe", "print": "Print Recipe", "pin": "Pin Recipe",
           "ingredients": "Ingredients", "instructions": "Instructions", "nutrition": "Nutrition", "prep": "Prep Time",
           "cook": "Cook Time", "total": "Total Time", "servings": "Servings", "course": "Course", "cuisine": "Cuisine",
           "video": "Video", "votes": "votes", "from": "from", "prev": "Previous", "next": "Next", "tags": "Post Tags:",
           "comments": "Comments", "reply": "Reply", "says": "says:", "leave": "Leave a Comment", "rating": "Recipe Rating",
           "ad": "Advertisement", "minutes": "minutes", "tagline": "Recipes and nutrition advice from registered dietitians",
           "newsletter": "Get our free 7-day high-fiber meal plan", "subscribe": "Subscribe",
           "optin": "Join 40,000 readers and get a new healthy recipe in your inbox every week."},
    "es": {"by": "Por", "posted": "Publicado el", "updated": "Actualizado el", "similar": "Entradas similares",
           "also": "También te puede interesar", "share": "Compartir:", "jump": "Ir a la receta", "print": "Imprimir receta",
           "pin": "Guardar receta", "ingredients": "Ingredientes", "instructions": "Instrucciones", "nutrition": "Nutrición",
           "prep": "Tiempo de preparación", "cook": "Tiempo de cocción", "total": "Tiempo total", "servings": "Raciones",
           "course": "Plato", "cuisine": "Cocina", "video": "Vídeo", "votes": "votos", "from": "de", "prev": "Anterior",
           "next": "Siguiente", "tags": "Etiquetas:", "comments": "Comentarios", "reply": "Responder", "says": "dice:",
           "leave": "Deja un comentario", "rating": "Valoración", "ad": "Publicidad", "minutes": "minutos",
           "tagline": "Recetas y nutrición de la mano de dietistas", "newsletter": "Recibe gratis nuestro menú semanal rico en fibra",
           "subscribe": "Suscribirme", "optin": "Únete a 40.000 lectores y recibe una receta saludable cada semana."},
}
_MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
              "diciembre")
COMMENTERS = (("Maria K.", 5, "Made this twice this week and my kids asked for seconds. I used frozen spinach and it worked fine."),
              ("dave_r", 4, "Really good. Next time I will add a little more lemon."),
              ("Noor", 5, "Thank you for including the nutrition info, it makes tracking so much easier."),
              ("Beth", 5, "Simple and filling. Saving this one."))
COMMENTERS_ES = (("Lucía", 5, "¡Riquísima! La he preparado para toda la familia."), ("Jorge", 4, "Muy fácil de hacer, gracias."))
NUTRIENTS = ("Calories", "Carbohydrates", "Protein", "Fat", "Fiber", "Sugar", "Sodium")
NUTRIENT_KEYS = ("calories", "carbohydrates", "protein", "fat", "fiber", "sugar", "sodium")
UNITS = ("kcal", "g", "g", "g", "g", "g", "mg")


def iso_minutes(minutes: int) -> str:
    return f"PT{minutes}M"


class Recipes(ZooSite):
    family = "recipes"
    site_name = "The Nourished Table"
    declared_language = "en-US"
    per_page = 9
    plan = Plan(seed="recipes", count=40, languages=("en", "es"), authors=3, tz_hours=-5, related=(3, 4))
    per_link_params = ("share", "replytocom")   # Jetpack share links and comment reply links: the post again

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self.cards: dict[str, tuple[Recipe, str]] = {}   # story key -> (recipe, the card's video URL or "")
        self._pool = list(RECIPES)
        super().__init__(base_url)

    # -- the plan, dressed ------------------------------------------------------------------------------

    def dress(self, entry: Entry) -> Entry:
        story = entry.story
        entry.authors = (AUTHORS[1],) if story.language == "es" else (AUTHORS[entry.post_id % 3],)
        recipe, video = None, ""
        videos = [b.text for b in story.blocks if b.kind == "video"]
        if story.key == "cooking-demo-a-high-fiber-lentil-soup":
            recipe, video = LENTIL_SOUP, videos[0]
        elif story.kind == "video" and entry.post_id % 2 == 0 and self._pool:
            recipe, video = self._pool.pop(0), videos[0]
        elif story.language == "es" and story.category == "Nutrición":
            recipe = RECETA
        elif story.kind == "article" and story.language == "en" and self._pool and (
                story.category == "Nutrition" or entry.post_id % 4 == 0):
            recipe = self._pool.pop(0)
        if recipe is not None:
            labels = LABELS[recipe.language]
            card = (Block("h2", recipe.name), Block("p", recipe.summary), Block("h3", labels["ingredients"]),
                    Block("ul", items=tuple(recipe.ingredient_lines())), Block("h3", labels["instructions"]),
                    Block("ol", items=recipe.instructions))
            entry.story = replace(story, blocks=story.blocks + card)
            self.cards[story.key] = (recipe, video)
        return entry

    def card_of(self, entry: Entry) -> tuple[Recipe, str] | None:
        return self.cards.get(entry.story.key)

    def prose_blocks(self, entry: Entry) -> list[Block]:
        """The blocks the author wrote in the editor: the story without the card (and without the video the card holds)."""
        card = self.card_of(entry)
        blocks = list(entry.story.blocks[:-6] if card else entry.story.blocks)
        if card and card[1]:
            blocks = [b for b in blocks if not (b.kind == "video" and b.text == card[1])]
        return blocks

    def lang(self, entry: Entry | None) -> str:
        return "es" if entry is not None and entry.story.language == "es" else "en"

    def similar(self, entry: Entry) -> list[Entry]:
        """Kadence's "Similar Posts": posts sharing a category or a tag, ``orderby`` rand (drawn once, then cached)."""
        import random
        pool = [e for e in self.newest if e is not entry and (set(e.categories) & set(entry.categories)
                                                               or set(e.tags) & set(entry.tags))]
        return random.Random(f"recipes:similar:{entry.post_id}").sample(pool, min(3, len(pool)))

    def shown_related(self, entry: Entry) -> list[Entry]:
        out = list(self.related(entry))
        return out + [e for e in self.similar(entry) if e not in out]

    # -- routes ------------------------------------------------------------------------------------------

    def print_path(self, recipe: Recipe) -> str:
        return f"/wprm_print/{recipe.slug}"

    def extra_routes(self) -> None:
        for entry in self.entries:
            card = self.card_of(entry)
            if card:
                self.add(self.print_path(card[0]), "other", lambda entry=entry: self.render_print(entry))
        self.add_yoast_sitemaps(lambda: [self.page_path(s) for s in ("about", "contact", "start-here", "privacy-policy")], authors=False)
        self.add("/feed/", "other", lambda: self.rss(self.site_name, "/", self.newest), "application/rss+xml; charset=UTF-8")

    def resolve(self, target: str) -> Response:
        """Jetpack's ``?share=network`` answers a redirect to the network's share dialog."""
        parts = urlsplit(target)
        if "share=" in parts.query and self.route_key(target) is not None:
            network = parts.query.split("share=")[1].split("&")[0]
            link = quote(self.url(parts.path), safe="")
            where = {"facebook": f"https://www.facebook.com/sharer.php?u={link}",
                     "pinterest": f"https://www.pinterest.com/pin/create/button/?url={link}"}.get(
                network, f"https://x.com/intent/post?url={link}")
            return Response(302, self.html_type, b"", location=where)
        return super().resolve(target)

    def robots(self) -> str:
        return self.wordpress_robots()

    # -- small parts --------------------------------------------------------------------------------------

    def date_text(self, moment, lang: str = "en") -> str:
        if lang == "es":
            return f"{moment.day} de {_MONTHS_ES[moment.month - 1]} de {moment.year}"
        return f"{moment:%B} {moment.day}, {moment.year}"

    def modified(self, entry: Entry):
        return later(entry.published, f"recipes:{entry.slug}", 90, 500)

    def thumb(self, entry: Entry, size: str = "768x512") -> str:
        return self.url(f"/wp-content/uploads/{entry.published:%Y/%m}/{entry.story.key[:30]}-{size}.jpg")

    def avatar(self, person: Person, size: int) -> str:
        digest = hashlib.md5(person.name.lower().encode()).hexdigest()
        return (f'<img alt="" src="https://secure.gravatar.com/avatar/{digest}?s={size}&amp;d=mm&amp;r=g" '
                f'class="avatar avatar-{size} photo" height="{size}" width="{size}" loading="lazy" decoding="async">')

    def cat_links(self, entry: Entry) -> str:
        return ('<div class="entry-taxonomies"><span class="category-links term-links category-style-normal">'
                + " | ".join(f'<a href="{self.url(self.category_path(c))}" rel="tag">{self.e(c)}</a>' for c in entry.categories)
                + "</span></div>")

    def meta(self, entry: Entry, lang: str, single: bool = True) -> str:
        labels = LABELS[lang]
        author = entry.authors[0]
        avatar = (f'<span class="author-avatar"><a class="author-image" href="{self.url(self.author_path(author))}" '
                  f'aria-label="Author image">{self.avatar(author, 50)}</a><span class="image-size-ratio"></span></span>') if single else ""
        by = (f'<span class="posted-by">{avatar}<span class="meta-label">{labels["by"]}</span><span class="author vcard"><a '
              f'class="url fn n" href="{self.url(self.author_path(author))}">{self.e(author.display)}</a></span></span>')
        modified = self.modified(entry)
        posted = (f'<span class="posted-on"><span class="meta-label">{labels["posted"]}</span><time class="entry-date published" '
                  f'datetime="{entry.published.isoformat()}">{self.date_text(entry.published, lang)}</time><time class="updated" '
                  f'datetime="{modified.isoformat()}">{self.date_text(modified, lang)}</time></span>')
        updated = (f'<span class="updated-on"><span class="meta-label">{labels["updated"]}</span><time class="entry-date published updated" '
                   f'datetime="{modified.isoformat()}">{self.date_text(modified, lang)}</time></span>') if single else ""
        return f'<div class="entry-meta entry-meta-divider-dot">{by}{posted}{updated}</div>'

    def loop_entry(self, entry: Entry, lang: str = "en", excerpt: bool = True) -> str:
        """Kadence's ``entry_loop`` article (archives and the Similar Posts carousel); ``entry_loop_title.php`` titles it
        ``h2`` on archives and ``h3`` elsewhere (the carousel on a single post)."""
        url = self.url(self.post_path(entry))
        tag = "h2" if excerpt else "h3"
        cats = " ".join(f"category-{slugify(c)}" for c in entry.categories)
        tags = " ".join(f"tag-{slugify(t)}" for t in entry.tags)
        summary = (f'<div class="entry-summary"><p>{self.e(self.teaser(entry, 24))}</p></div><footer class="entry-footer">'
                   f'<div class="entry-actions"><p class="more-link-wrap"><a href="{url}" class="post-more-link">Read More'
                   f'<span class="screen-reader-text"> {self.e(entry.title)}</span></a></p></div></footer>') if excerpt else ""
        return (f'<article class="entry content-bg loop-entry post-{entry.post_id} post type-post status-publish format-'
                f'{"video" if entry.story.kind == "video" else "standard"} has-post-thumbnail hentry {cats} {tags}">'
                f'<a class="post-thumbnail kadence-thumbnail-ratio-2-3" href="{url}" aria-hidden="true" tabindex="-1"><div '
                f'class="post-thumbnail-inner"><img width="768" height="512" src="{self.thumb(entry)}" class="attachment-medium_large '
                f'size-medium_large wp-post-image" alt="{self.e(entry.title)}" decoding="async"></div></a><div class="entry-content-wrap">'
                f'<header class="entry-header">{self.cat_links(entry)}<{tag} class="entry-title"><a href="{url}" rel="bookmark">'
                f'{self.e(entry.title)}</a></{tag}>{self.meta(entry, lang, single=False) if excerpt else ""}</header>{summary}</div></article>')

    # -- the content ------------------------------------------------------------------------------------

    def content_html(self, entry: Entry, lang: str) -> str:
        labels = LABELS[lang]
        card = self.card_of(entry)
        parts = []
        if card:
            recipe = card[0]
            parts.append(f'<div class="wprm-recipe-snippet wprm-recipe-snippet-container" data-recipe-id="{self.recipe_id(entry)}" '
                         f'data-template="snippet-basic-buttons"><a href="#recipe" data-recipe="{self.recipe_id(entry)}" style="color: '
                         f'#ffffff;background-color: #5a822b;" class="wprm-recipe-jump wprm-recipe-link wprm-jump-to-recipe-shortcode '
                         f'wprm-block-text-normal wprm-recipe-jump-inline-button wprm-recipe-link-inline-button wprm-color-accent">'
                         f'{labels["jump"]}</a> <a href="{self.url(self.print_path(recipe))}" style="color: #ffffff;background-color: '
                         f'#5a822b;" class="wprm-recipe-print wprm-recipe-link wprm-print-recipe-shortcode wprm-block-text-normal '
                         f'wprm-recipe-print-inline-button wprm-recipe-link-inline-button wprm-color-accent" data-recipe-id="'
                         f'{self.recipe_id(entry)}" data-template="" target="_blank" rel="nofollow">{labels["print"]}</a></div>')
        paragraphs = 0
        for block in self.prose_blocks(entry):
            if block.kind == "video":
                parts.append(f'<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 '
                             f'wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">{self.video_html(block.text, entry)}</div></figure>')
                continue
            parts.append(self.block_html(block, entry))
            if block.kind == "p":
                paragraphs += 1
                if paragraphs == 3:
                    parts.append(self.optin(lang))
                elif paragraphs == 2:
                    parts.append(self.ad_box(lang, 1))
                elif paragraphs in (1, 4, 6):
                    parts.append('<div class="content_hint"></div>')
        if paragraphs < 3:
            parts.append('<div class="content_hint"></div>')
        if entry.post_id % 3 == 1 and not (card and card[1]):
            parts.append(f'<div id="mv-video-target-{entry.post_id}" class="mv-video-target mv-video-id-qk{entry.post_id:04d}ofxmzh" '
                         f'data-video-id="qk{entry.post_id:04d}ofxmzh" data-volume="70" data-ratio="16:9" data-sticky="true" '
                         f'data-autoplay="true" data-disable-jsonld="true" data-force-optimize="false"></div>')
        if card:
            parts.append(self.card_html(entry, lang))
        parts.append(self.sharedaddy(entry, lang))
        parts.append(self.yarpp(entry, lang))
        return "\n".join(parts)

    def ad_box(self, lang: str, n: int) -> str:
        return (f'<div id="content_{n}_btf_wrapper" class="adunitwrapper content_btf_wrapper mv-ad-box" data-wrapper="content_{n}_btf">'
                f'<div class="mv-ad-box-label">{LABELS[lang]["ad"]}</div><div id="content_{n}_btf" data-stickyad="false" '
                f'class="adunit" data-adunit="content_btf" data-adunitid="{n}" data-timeout="20"></div></div>')

    def optin(self, lang: str) -> str:
        labels = LABELS[lang]
        return (f'<form action="https://app.kit.com/forms/4821337/subscriptions" class="seva-form formkit-form" method="post" '
                f'data-sv-form="4821337" data-uid="3b1f9c2ad4" data-format="inline" data-version="5" min-width="400 500 600 700 800">'
                f'<div data-style="clean"><div class="formkit-header" data-element="header"><h2>{labels["newsletter"]}</h2></div>'
                f'<div class="formkit-subheader" data-element="subheader"><p>{labels["optin"]}</p></div>'
                '<ul class="formkit-alert formkit-alert-error" data-element="errors" data-group="alert"></ul>'
                '<div data-element="fields" data-stacked="false" class="seva-fields formkit-fields"><div class="formkit-field">'
                '<input class="formkit-input" name="email_address" aria-label="Email Address" placeholder="Email Address" required="" '
                f'type="email"></div><button data-element="submit" class="formkit-submit formkit-submit"><div class="formkit-spinner">'
                f'<div></div><div></div><div></div></div><span class="">{labels["subscribe"]}</span></button></div>'
                '<div class="formkit-powered-by-convertkit-container"><a href="https://kit.com/features/forms?utm_campaign=poweredby'
                '&amp;utm_content=form&amp;utm_medium=referral&amp;utm_source=dynamic" data-element="powered-by" '
                'class="formkit-powered-by-convertkit" data-variant="dark" target="_blank" rel="nofollow">Built with Kit</a></div>'
                '</div></form>')

    def recipe_id(self, entry: Entry) -> int:
        return 9000 + entry.post_id

    def rating(self, entry: Entry) -> tuple[float, int]:
        count = 3 + entry.post_id % 17
        return round(4.5 + (entry.post_id % 5) / 10, 2), count

    def stars(self, n: int = 5) -> str:
        return "".join(f'<span class="wprm-rating-star wprm-rating-star-{k} wprm-rating-star-full" data-rating="{k}" '
                       'data-color="#343434"><svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 24 24">'
                       '<polygon fill="#343434" points="12,2.6 15,9 21.4,9 16.7,13.9 18.6,21.4 12,17.6 5.4,21.4 7.3,13.9 2.6,9 9,9"/>'
                       '</svg></span>' for k in range(1, n + 1))

    def card_html(self, entry: Entry, lang: str) -> str:
        recipe, video = self.card_of(entry)
        labels = LABELS[lang]
        rid = self.recipe_id(entry)
        average, count = self.rating(entry)
        image = self.thumb(entry, "150x150")
        pin = (f"https://www.pinterest.com/pin/create/bookmarklet/?url={quote(self.url(self.post_path(entry)), safe='')}"
               f"&amp;media={quote(self.thumb(entry), safe='')}&amp;description={quote(recipe.name, safe='')}&amp;is_video=false")

        def time(key: str, minutes: int) -> str:
            return (f'<div class="wprm-recipe-block-container wprm-recipe-block-container-columns wprm-block-text-normal '
                    f'wprm-recipe-time-container wprm-recipe-{key}-time-container"><span class="wprm-recipe-details-label '
                    f'wprm-block-text-bold wprm-recipe-time-label wprm-recipe-{key}-time-label">{labels[key]}</span><span '
                    f'class="wprm-recipe-time wprm-block-text-normal"><span class="wprm-recipe-details wprm-recipe-details-minutes '
                    f'wprm-recipe-{key}_time wprm-recipe-{key}_time-minutes">{minutes}<span class="sr-only screen-reader-text '
                    f'wprm-screen-reader-text"> {labels["minutes"]}</span></span> <span class="wprm-recipe-details-unit '
                    f'wprm-recipe-details-minutes wprm-recipe-{key}_time-unit wprm-recipe-{key}_timeunit-minutes" aria-hidden="true">'
                    f'mins</span></span></div>')

        ingredients = "".join(
            f'<li class="wprm-recipe-ingredient" style="list-style-type: none;" data-uid="{i}"><span class="wprm-checkbox-container">'
            f'<input type="checkbox" id="wprm-checkbox-{i}" class="wprm-checkbox" aria-label="&nbsp;{self.e(name)}"><label '
            f'for="wprm-checkbox-{i}" class="wprm-checkbox-label"><span class="sr-only screen-reader-text wprm-screen-reader-text">'
            f'&#9634; </span></label></span>'
            + (f'<span class="wprm-recipe-ingredient-amount">{self.e(amount)}</span>&#32;' if amount else "")
            + (f'<span class="wprm-recipe-ingredient-unit">{self.e(unit)}</span>&#32;' if unit else "")
            + f'<span class="wprm-recipe-ingredient-name">{self.e(name)}</span>'
            + (f'<span class="wprm-recipe-ingredient-notes wprm-recipe-ingredient-notes-faded">, {self.e(notes)}</span>' if notes else "")
            + "</li>" for i, (amount, unit, name, notes) in enumerate(recipe.ingredients))
        steps = "".join(
            f'<li id="wprm-recipe-{rid}-step-0-{i}" class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text" '
            f'style="margin-bottom: 5px;"><span style="display: block;">{self.e(step)}</span></div></li>'
            for i, step in enumerate(recipe.instructions))
        nutrition = "".join(
            f'<span class="wprm-nutrition-label-text-nutrition-container wprm-nutrition-label-text-nutrition-container-{key}">'
            f'<span class="wprm-nutrition-label-text-nutrition-label wprm-block-text-normal" style="color: #777777">{label}: </span>'
            f'<span class="wprm-nutrition-label-text-nutrition-value" style="color: #333333">{value}</span><span '
            f'class="wprm-nutrition-label-text-nutrition-unit" style="color: #333333">{unit}</span></span>'
            '<span style="color: #777777"><span class="wprm-nutrition-label-text-nutrition-separator"> | </span></span>'
            for label, key, value, unit in zip(NUTRIENTS, NUTRIENT_KEYS, recipe.nutrition, UNITS))
        video_html = ""
        if video:
            video_html = (f'<div class="wprm-recipe-video-container"><h3 class="wprm-recipe-header wprm-recipe-video-header '
                          f'wprm-block-text-uppercase wprm-align-left wprm-header-decoration-spacer" style="">{labels["video"]}</h3>'
                          f'<div class="wprm-recipe-video">{self.video_html(video, entry)}</div></div>')
        return (f'<div id="recipe"></div><div id="wprm-recipe-container-{rid}" class="wprm-recipe-container" data-recipe-id="{rid}" '
                f'data-servings="{recipe.servings}"><div class="wprm-recipe wprm-recipe-template-nourished"><div '
                f'class="wprm-container-float-right"><div class="wprm-recipe-image wprm-block-image-rounded"><img '
                f'style="border-width: 0px;border-style: solid;border-color: #666666;" width="150" height="150" src="{image}" '
                f'class="attachment-150x150 size-150x150" alt="{self.e(recipe.name)}" decoding="async"></div></div>'
                f'<h2 class="wprm-recipe-name wprm-block-text-bold">{self.e(recipe.name)}</h2>'
                f'<div id="wprm-recipe-user-rating-0" class="wprm-recipe-rating wprm-recipe-rating-recipe-{rid} wprm-user-rating '
                f'wprm-recipe-rating-inline wprm-user-rating-not-voted wprm-user-rating-allowed" data-recipe="{rid}" data-average="'
                f'{average}" data-count="{count}" data-total="{round(average * count)}" data-user="0" data-decimals="2" '
                f'data-modal-uid="user-rating">{self.stars()}<div class="wprm-recipe-rating-details wprm-block-text-normal"><span '
                f'class="wprm-recipe-rating-average">{average}</span> {labels["from"]} <span class="wprm-recipe-rating-count">{count}'
                f'</span> {labels["votes"]}</div></div>'
                f'<div class="wprm-spacer" style="height: 5px"></div>'
                f'<div class="wprm-recipe-summary wprm-block-text-normal"><span style="display: block;">{self.e(recipe.summary)}</span></div>'
                f'<div class="wprm-recipe-buttons"><a href="{self.url(self.print_path(recipe))}" style="color: #333333;" class="'
                f'wprm-recipe-print wprm-recipe-link wprm-print-recipe-shortcode wprm-block-text-normal wprm-recipe-print-wide-button '
                f'wprm-recipe-link-wide-button wprm-color-accent" data-recipe-id="{rid}" data-template="" target="_blank" '
                f'rel="nofollow">{labels["print"]}</a><a href="{pin}" style="color: #333333;" class="wprm-recipe-pin wprm-recipe-link '
                f'wprm-block-text-normal wprm-recipe-pin-wide-button wprm-recipe-link-wide-button wprm-color-accent" target="_blank" '
                f'rel="nofollow noopener" data-recipe="{rid}" data-url="{self.url(self.post_path(entry))}" data-media="'
                f'{self.thumb(entry)}" data-description="{self.e(recipe.name)}" data-repin="">{labels["pin"]}</a></div>'
                f'<div class="wprm-recipe-meta-container wprm-recipe-times-container wprm-recipe-details-container '
                f'wprm-recipe-details-container-columns wprm-block-text-normal">{time("prep", recipe.prep)}{time("cook", recipe.cook)}'
                f'{time("total", recipe.prep + recipe.cook)}</div>'
                f'<div class="wprm-recipe-meta-container wprm-recipe-tags-container wprm-recipe-details-container '
                f'wprm-recipe-details-container-columns wprm-block-text-normal"><div class="wprm-recipe-block-container '
                f'wprm-recipe-block-container-columns wprm-block-text-normal wprm-recipe-tag-container wprm-recipe-course-container">'
                f'<span class="wprm-recipe-details-label wprm-block-text-bold wprm-recipe-tag-label wprm-recipe-course-label">'
                f'{labels["course"]}</span><span class="wprm-recipe-course wprm-block-text-normal">{self.e(recipe.course)}</span></div>'
                f'<div class="wprm-recipe-block-container wprm-recipe-block-container-columns wprm-block-text-normal '
                f'wprm-recipe-tag-container wprm-recipe-cuisine-container"><span class="wprm-recipe-details-label wprm-block-text-bold '
                f'wprm-recipe-tag-label wprm-recipe-cuisine-label">{labels["cuisine"]}</span><span class="wprm-recipe-cuisine '
                f'wprm-block-text-normal">{self.e(recipe.cuisine)}</span></div><div class="wprm-recipe-block-container '
                f'wprm-recipe-block-container-columns wprm-block-text-normal wprm-recipe-servings-container"><span '
                f'class="wprm-recipe-details-label wprm-block-text-bold wprm-recipe-servings-label">{labels["servings"]}</span><span '
                f'class="wprm-recipe-servings-with-unit"><span class="wprm-recipe-servings wprm-recipe-details '
                f'wprm-recipe-servings-{rid} wprm-recipe-servings-adjustable-tooltip wprm-block-text-normal" data-recipe="{rid}" '
                f'aria-label="Adjust recipe servings">{recipe.servings}</span></span></div></div>'
                f'{video_html}'
                f'<div id="recipe-{rid}-ingredients" class="wprm-recipe-ingredients-container wprm-recipe-{rid}-ingredients-container '
                f'wprm-block-text-normal wprm-ingredient-style-regular" data-recipe="{rid}" data-servings="{recipe.servings}"><h3 '
                f'class="wprm-recipe-header wprm-recipe-ingredients-header wprm-block-text-uppercase wprm-align-left '
                f'wprm-header-decoration-spacer" style="">{labels["ingredients"]}</h3><div class="wprm-recipe-ingredient-group">'
                f'<ul class="wprm-recipe-ingredients">{ingredients}</ul></div></div>'
                f'<div id="recipe-{rid}-instructions" class="wprm-recipe-instructions-container wprm-recipe-{rid}-instructions-container '
                f'wprm-block-text-normal" data-recipe="{rid}"><h3 class="wprm-recipe-header wprm-recipe-instructions-header '
                f'wprm-block-text-uppercase wprm-align-left wprm-header-decoration-spacer" style="">{labels["instructions"]}</h3>'
                f'<div class="wprm-recipe-instruction-group"><ul class="wprm-recipe-instructions">{steps}</ul></div></div>'
                f'<div class="wprm-nutrition-label-container wprm-nutrition-label-container-simple wprm-block-text-normal" '
                f'style="text-align: left;"><h3 class="wprm-recipe-header wprm-recipe-nutrition-header wprm-block-text-uppercase '
                f'wprm-align-left wprm-header-decoration-spacer" style="">{labels["nutrition"]}</h3>{nutrition}</div>'
                f'</div></div>')

    def sharedaddy(self, entry: Entry, lang: str) -> str:
        url = self.url(self.post_path(entry))
        items = "".join(
            f'<li class="share-{net}"><a rel="nofollow noopener noreferrer" data-shared="sharing-{net}-{entry.post_id}" '
            f'class="share-{net} sd-button share-icon" href="{url}?share={net}" target="_blank" aria-labelledby="sharing-{net}-'
            f'{entry.post_id}"><span id="sharing-{net}-{entry.post_id}" hidden>Click to share on {label} (Opens in new window)</span>'
            f'<span>{label}</span></a></li>' for net, label in (("facebook", "Facebook"), ("pinterest", "Pinterest"), ("x", "X")))
        return (f'<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text '
                f'sd-sharing"><h3 class="sd-title">{LABELS[lang]["share"]}</h3><div class="sd-content"><ul>{items}'
                f'<li class="share-end"></li></ul></div></div></div>')

    def yarpp(self, entry: Entry, lang: str) -> str:
        items = "".join(
            f"<a class='yarpp-thumbnail' rel='norewrite' href='{self.url(self.post_path(o))}' title='{self.e(o.title)}'>"
            f'<img width="120" height="120" src="{self.thumb(o, "120x120")}" class="attachment-yarpp-thumbnail size-yarpp-thumbnail '
            f'wp-post-image" alt="" data-pin-nopin="true" decoding="async"><span class="yarpp-thumbnail-default"></span>'
            f"<span class=\"yarpp-thumbnail-title\">{self.e(o.title)}</span></a>" for o in self.related(entry))
        return (f"<div class='yarpp yarpp-related yarpp-related-website yarpp-template-thumbnails'>\n<!-- YARPP Thumbnails -->\n"
                f"<h3>{LABELS[lang]['also']}</h3>\n<div class=\"yarpp-thumbnails-horizontal\">\n{items}\n</div>\n</div>")

    def author_box(self, person: Person) -> str:
        return (f'<div class="entry-author entry-author-style-normal"><div class="entry-author-profile author-profile vcard">'
                f'<div class="entry-author-avatar">{self.avatar(person, 80)}</div><b class="entry-author-name author-name fn">'
                f'<a href="{self.url(self.author_path(person))}" title="Posts by {self.e(person.display)}" rel="author">'
                f'{self.e(person.display)}</a></b><p class="entry-author-occupation author-occupation">{OCCUPATION[person.name]}</p>'
                f'<div class="entry-author-description author-bio"><p>{self.e(BIO[person.name])}</p></div><div '
                f'class="entry-author-follow author-follow"><a href="https://www.instagram.com/" class="instagram-link social-button" '
                f'target="_blank" rel="noopener" title="Follow {self.e(person.display)} on Instagram"><span class="kadence-svg-iconset">'
                f'<svg class="kadence-svg-icon kadence-instagram-svg" width="24" height="24" viewBox="0 0 24 24"><title>Instagram</title>'
                f'</svg></span></a></div></div></div>')

    def post_navigation(self, entry: Entry, lang: str) -> str:
        older, newer = self.neighbours(entry)
        labels = LABELS[lang]
        prev = (f'<div class="nav-previous"><a href="{self.url(self.post_path(older))}" rel="prev"><div class="post-navigation-sub">'
                f'<small><span class="kadence-svg-iconset svg-baseline"></span>{labels["prev"]}</small></div>{self.e(older.title)}</a>'
                '</div>') if older else ""
        nxt = (f'<div class="nav-next"><a href="{self.url(self.post_path(newer))}" rel="next"><div class="post-navigation-sub">'
               f'<small>{labels["next"]}<span class="kadence-svg-iconset svg-baseline"></span></small></div>{self.e(newer.title)}</a>'
               '</div>') if newer else ""
        return (f'<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2>'
                f'<div class="nav-links">{prev}{nxt}</div></nav>')

    def similar_block(self, entry: Entry, lang: str) -> str:
        items = "".join(f'<div class="carousel-item splide__slide">{self.loop_entry(o, lang, excerpt=False)}</div>'
                        for o in self.similar(entry))
        return (f'<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container '
                f'site-container"><div class="entry-related-inner-content alignwide"><h2 class="entry-related-title">'
                f'{LABELS[lang]["similar"]}</h2><div class="entry-related-carousel kadence-slide-init splide" data-columns-xxl="3" '
                f'data-columns-xl="3" data-columns-md="3" data-columns-sm="2" data-columns-xs="2" data-columns-ss="1" '
                f'data-slider-anim-speed="400" data-slider-scroll="1" data-slider-dots="true" data-slider-arrows="true" '
                f'data-slider-hover-pause="false" data-slider-auto="false" data-slider-speed="7000" data-slider-gutter="40" '
                f'data-slider-loop="true" data-slider-next-label="Next" data-slider-slide-label="Posts" data-slider-prev-label="Previous">'
                f'<div class="splide__track"><div class="splide__list grid-cols grid-sm-col-2 grid-lg-col-3">{items}</div></div>'
                f'</div></div></div></div>')

    def comments(self, entry: Entry, lang: str) -> str:
        url = self.url(self.post_path(entry))
        labels = LABELS[lang]
        people = COMMENTERS_ES if lang == "es" else COMMENTERS[entry.post_id % 2:entry.post_id % 2 + 2 + entry.post_id % 2]
        items = []
        for k, (who, stars, said) in enumerate(people):
            cid = entry.post_id * 10 + k
            when = entry.published + timedelta(days=3 + 5 * k, hours=7)
            items.append(
                f'<li id="comment-{cid}" class="comment {"even thread-even" if k % 2 == 0 else "odd thread-odd thread-alt"} depth-1">'
                f'<article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
                f'<img alt="" src="https://secure.gravatar.com/avatar/{cid}?s=60&amp;d=mm&amp;r=g" class="avatar avatar-60 photo" '
                f'height="60" width="60" loading="lazy"><b class="fn">{self.e(who)}</b> <span class="says">{labels["says"]}</span></div>'
                f'<div class="comment-metadata"><a href="{url}#comment-{cid}"><time datetime="{when.isoformat()}">'
                f'{self.date_text(when, lang)} at {when:%I:%M} {when:%p}</time></a></div></footer><div class="comment-content">'
                f'<img class="wprm-comment-rating" src="{self.url(f"/wp-content/plugins/wp-recipe-maker/assets/icons/rating/stars-{stars}.svg")}" '
                f'alt="{stars} stars" width="80" height="16"><br><p>{self.e(said)}</p></div><div class="reply"><a rel="nofollow" '
                f'class="comment-reply-link" href="{url}?replytocom={cid}#respond" data-commentid="{cid}" data-postid="'
                f'{entry.post_id}" data-belowelement="div-comment-{cid}" data-respondelement="respond" data-replyto="Reply to '
                f'{self.e(who)}" aria-label="Reply to {self.e(who)}">{labels["reply"]}</a></div></article></li>')
        rating = "".join(f'<input aria-label="Don&#039;t rate this recipe" name="wprm-comment-rating" value="{k}" type="radio" '
                         f'id="wprm-comment-rating-{k}"><span aria-hidden="true" style="width: 80px !important;"></span>'
                         for k in range(0, 6))
        return (f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(items)} {labels["comments"]}</h2>'
                f'<ol class="comment-list">{"".join(items)}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" '
                f'class="comment-reply-title">{labels["leave"]} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" '
                f'style="display:none;">Cancel reply</a></small></h3><form action="{self.url("/wp-comments-post.php")}" method="post" '
                f'id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be '
                f'published.</span> Required fields are marked <span class="required">*</span></p><div class="comment-form-wprm-rating">'
                f'<label for="wprm-comment-rating-0">{labels["rating"]}</label><span class="wprm-rating-stars"><fieldset '
                f'class="wprm-comment-ratings-container" data-original-rating="0" data-current-rating="0"><legend>{labels["rating"]}</legend>'
                f'{rating}</fieldset></span></div><p class="comment-form-comment comment-form-float-label"><textarea id="comment" '
                f'name="comment" placeholder="Leave a comment..." cols="45" rows="8" maxlength="65525" aria-required="true" required>'
                f'</textarea><label class="float-label" for="comment">Comment <span class="required">*</span></label></p><p '
                f'class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"><input '
                f'type="hidden" name="comment_post_ID" value="{entry.post_id}" id="comment_post_ID"><input type="hidden" '
                f'name="comment_parent" id="comment_parent" value="0"></p></form></div></div>')

    # -- chrome -------------------------------------------------------------------------------------------

    def sidebar(self) -> str:
        popular = "".join(f'<li><a href="{self.url(self.post_path(o))}"><img width="80" height="80" src="{self.thumb(o, "80x80")}" '
                          f'alt="" loading="lazy"><span>{self.e(o.title)}</span></a></li>' for o in self.popular(5))
        cats = "".join(f'<li class="cat-item cat-item-{4 + i}"><a href="{self.url(self.category_path(c))}">{self.e(c)}</a></li>'
                       for i, c in enumerate(sorted(self.groups("categories"))))
        recent = "".join(f'<li><a href="{self.url(self.post_path(o))}">{self.e(o.title)}</a></li>' for o in self.newest[:5])
        return (f'<aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary '
                f'sidebar-link-style-normal"><div class="sidebar-inner-wrap"><section id="search-2" class="widget widget_search">'
                f'<form role="search" method="get" class="search-form" action="{self.url("/")}"><label><span class="screen-reader-text">'
                f'Search for:</span><input type="search" class="search-field" placeholder="Search recipes&hellip;" value="" name="s">'
                f'</label><input type="submit" class="search-submit" value="Search"></form></section>'
                f'<section id="block-7" class="widget widget_block"><h2 class="widget-title">Popular recipes</h2><ul '
                f'class="wp-block-popular-recipes">{popular}</ul></section>'
                f'<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>{cats}</ul>'
                f'</section><section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent posts</h2>'
                f'<ul>{recent}</ul></section></div></aside>')

    def header(self) -> str:
        cats = "".join(f'<li class="menu-item menu-item-type-taxonomy menu-item-object-category"><a href="'
                       f'{self.url(self.category_path(c))}"><span class="nav-drop-title-wrap">{self.e(c)}</span></a></li>'
                       for c in sorted(self.groups("categories"), key=lambda c: -len(self.groups("categories")[c]))[:4])
        pages = "".join(f'<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="{self.url(self.page_path(s))}">'
                        f'<span class="nav-drop-title-wrap">{label}</span></a></li>'
                        for s, label in (("start-here", "Start Here"), ("about", "About")))
        return (f'<header id="masthead" class="site-header" role="banner"><div id="main-header" class="site-header-wrap"><div '
                f'class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div class="site-header-upper-inner-wrap"><div '
                f'class="site-main-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard" '
                f'data-section="kadence_customizer_header_main"><div class="site-header-row-container-inner"><div class="site-container">'
                f'<div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center"><div '
                f'class="site-header-main-section-left site-header-section site-header-section-left"><div class="site-header-item '
                f'site-header-focus-item" data-section="title_tagline"><div class="site-branding branding-layout-standard"><a '
                f'class="brand has-logo-image" href="{self.url("/")}" rel="home"><img width="300" height="80" src="'
                f'{self.url("/wp-content/uploads/2023/02/nourished-table-logo.png")}" class="custom-logo" alt="{self.e(self.site_name)}">'
                f'</a></div></div></div><div class="site-header-main-section-right site-header-section site-header-section-right"><div '
                f'class="site-header-item site-header-focus-item site-header-item-main-navigation header-navigation-layout-stretch-false '
                f'header-navigation-layout-fill-stretch-false" data-section="kadence_customizer_primary_navigation"><nav '
                f'id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard '
                f'header-navigation-dropdown-animation-none" role="navigation" aria-label="Primary Navigation"><div '
                f'class="primary-menu-container header-menu-container"><ul id="primary-menu" class="menu"><li class="menu-item '
                f'menu-item-type-custom"><a href="{self.url("/")}"><span class="nav-drop-title-wrap">Recipes</span></a></li>{cats}{pages}'
                f'</ul></div></nav></div></div></div></div></div></div></div></div></div></div></header>')

    def footer(self) -> str:
        return (f'<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div '
                f'class="site-bottom-footer-wrap site-footer-row-container site-footer-focus-item site-footer-row-layout-standard '
                f'site-footer-row-tablet-layout-default site-footer-row-mobile-layout-default" data-section="kadence_customizer_footer_bottom">'
                f'<div class="site-footer-row-container-inner"><div class="site-container"><div class="site-bottom-footer-inner-wrap '
                f'site-footer-row site-footer-row-columns-1 site-footer-row-column-layout-row site-footer-row-tablet-column-layout-default '
                f'site-footer-row-mobile-column-layout-row ft-ro-dir-row ft-ro-collapse-normal ft-ro-t-dir-default ft-ro-m-dir-default '
                f'ft-ro-lstyle-plain"><div class="site-footer-bottom-section-1 site-footer-section footer-section-inner-items-1"><div '
                f'class="footer-widget-area site-info site-footer-focus-item content-align-default content-tablet-align-default '
                f'content-mobile-align-default content-valign-default content-tablet-valign-default content-mobile-valign-default" '
                f'data-section="kadence_customizer_footer_html"><div class="footer-widget-area-inner site-info-inner"><div '
                f'class="footer-html inner-link-style-normal"><div class="footer-html-inner"><p>&copy; 2024 {self.e(self.site_name)} '
                f'&middot; The information on this site is for education and is not a substitute for advice from your own health '
                f'professional. &middot; <a href="{self.url(self.page_path("privacy-policy"))}">Privacy Policy</a> &middot; <a href="'
                f'{self.url(self.page_path("contact"))}">Contact</a></p></div></div></div></div></div></div></div></div></div></div>'
                f'</footer>')

    def document(self, title: str, body_class: str, main: str, head: str = "", lang: str = "en", hero: str = "") -> str:
        locale = "es-ES" if lang == "es" else "en-US"
        return f"""<!doctype html>
<html lang="{locale}" class="no-js" itemtype="https://schema.org/Blog" itemscope>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<title>{self.e(title)}</title>
{head}<link rel="alternate" type="application/rss+xml" title="{self.e(self.site_name)} &raquo; Feed" href="{self.url('/feed/')}">
<link rel="stylesheet" id="kadence-global-css" href="{self.url('/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9')}" media="all">
<link rel="stylesheet" id="wprm-public-css" href="{self.url('/wp-content/plugins/wp-recipe-maker/dist/public-modern.css?ver=9.6.1')}" media="all">
<script type="text/javascript" async="async" fetchpriority="high" data-noptimize="1" data-cfasync="false" src="https://scripts.mediavine.com/tags/the-nourished-table.js" id="mv-script-wrapper-js"></script>
<meta name="generator" content="WordPress 6.5.2">
</head>
<body class="{body_class} wp-embed-responsive footer-on-bottom hide-focus-outline link-style-standard has-sidebar content-title-style-above content-width-normal content-style-boxed content-vertical-padding-show non-transparent-header mobile-non-transparent-header grow-content-body">
<div id="wrapper" class="site wp-site-blocks">
<a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
{self.header()}
<div id="inner-wrap" class="wrap kt-clear">
{hero}<div id="primary" class="content-area"><div class="content-container site-container"><main id="main" class="site-main" role="main">
{main}
</main>
{self.sidebar()}
</div></div>
</div>
{self.footer()}
</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div><div class="cmplz-divider cmplz-divider-header"></div><div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">To provide the best experiences, we use technologies like cookies to store and/or access device information. Consenting to these technologies will allow us to process data such as browsing behavior or unique IDs on this site.</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div><div class="cmplz-links cmplz-documents"><a href="{self.url(self.page_path('privacy-policy'))}" class="cmplz-link privacy-statement" data-relative_url="#cmplz-privacy-statement">Privacy Statement</a></div></div></div>
<script id="wprm-public-js-extra">var wprm_public = {{"endpoints":{{"analytics":"{self.url('/wp-json/wp-recipe-maker/v1/analytics')}"}},"settings":{{"jump_output_hash":true,"features_comment_ratings":true}},"post_id":0,"home_url":"{self.url('/')}","print_slug":"wprm_print"}};</script>
</body>
</html>"""

    # -- schema ------------------------------------------------------------------------------------------

    def head(self, entry: Entry, title: str, lang: str) -> str:
        url = self.url(self.post_path(entry))
        author = entry.authors[0]
        pid = self.url("/#/schema/person/") + hashlib.md5(author.name.encode()).hexdigest()
        published, modified = entry.published.isoformat(), self.modified(entry).isoformat()
        image = self.thumb(entry, "1200x800")
        locale = "es" if lang == "es" else "en-US"
        words = sum(len(b.text.split()) + sum(len(i.split()) for i in b.items) for b in self.prose_blocks(entry))
        article = {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
                   "author": {"name": author.display, "@id": pid}, "headline": entry.title, "datePublished": published,
                   "dateModified": modified, "wordCount": words, "commentCount": 2, "publisher": {"@id": self.url("/#organization")},
                   "image": {"@id": f"{url}#primaryimage"}, "thumbnailUrl": image, "keywords": list(entry.tags),
                   "articleSection": list(entry.categories), "inLanguage": locale,
                   "potentialAction": [{"@type": "CommentAction", "name": "Comment", "target": [f"{url}#respond"]}]}
        graph = [article,
                 {"@type": "WebPage", "@id": url, "url": url, "name": title, "isPartOf": {"@id": self.url("/#website")},
                  "primaryImageOfPage": {"@id": f"{url}#primaryimage"}, "datePublished": published, "dateModified": modified,
                  "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": locale},
                 {"@type": "ImageObject", "inLanguage": locale, "@id": f"{url}#primaryimage", "url": image, "contentUrl": image,
                  "width": 1200, "height": 800},
                 {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
                     {"@type": "ListItem", "position": 1, "name": "Home", "item": self.url("/")},
                     {"@type": "ListItem", "position": 2, "name": entry.categories[0], "item": self.url(self.category_path(entry.categories[0]))},
                     {"@type": "ListItem", "position": 3, "name": entry.title}]},
                 {"@type": "WebSite", "@id": self.url("/#website"), "url": self.url("/"), "name": self.site_name,
                  "description": LABELS["en"]["tagline"], "publisher": {"@id": self.url("/#organization")}, "inLanguage": "en-US"},
                 {"@type": "Organization", "@id": self.url("/#organization"), "name": self.site_name, "url": self.url("/"),
                  "logo": {"@type": "ImageObject", "url": self.url("/wp-content/uploads/2023/02/nourished-table-logo.png")}},
                 {"@type": "Person", "@id": pid, "name": author.display, "description": BIO[author.name],
                  "url": self.url(self.author_path(author))}]
        card = self.card_of(entry)
        if card:
            recipe, video = card
            average, count = self.rating(entry)
            node = {"@type": "Recipe", "name": recipe.name, "author": {"@type": "Person", "name": author.display,
                                                                         "url": self.url(self.author_path(author))},
                    "description": recipe.summary,
                    "datePublished": (entry.published - timedelta(days=1, hours=3)).isoformat(),
                    "image": [self.thumb(entry, "1200x1200"), self.thumb(entry, "1200x900"), self.thumb(entry, "1200x675")],
                    "recipeYield": [str(recipe.servings), f"{recipe.servings} servings"], "prepTime": iso_minutes(recipe.prep),
                    "cookTime": iso_minutes(recipe.cook), "totalTime": iso_minutes(recipe.prep + recipe.cook),
                    "recipeIngredient": recipe.ingredient_lines(),
                    "recipeInstructions": [{"@type": "HowToStep", "text": step, "name": step,
                                            "url": f"{url}#wprm-recipe-{self.recipe_id(entry)}-step-0-{i}"}
                                           for i, step in enumerate(recipe.instructions)],
                    "aggregateRating": {"@type": "AggregateRating", "ratingValue": str(average), "ratingCount": str(count)},
                    "recipeCategory": [recipe.course], "recipeCuisine": [recipe.cuisine], "keywords": recipe.name.lower(),
                    "nutrition": {"@type": "NutritionInformation", "servingSize": "1 serving",
                                  **{f"{k}Content" if k != "calories" else k: f"{v} {u}"
                                     for k, v, u in zip(NUTRIENT_KEYS, recipe.nutrition, UNITS)}},
                    "@id": f"{url}#recipe", "isPartOf": {"@id": f"{url}#article"}, "mainEntityOfPage": url}
            if video:
                node["video"] = {"@type": "VideoObject", "name": recipe.name, "description": recipe.summary,
                                 "thumbnailUrl": [self.thumb(entry, "1280x720")], "embedUrl": video,
                                 "uploadDate": entry.published.isoformat()}
            graph.append(node)
            article["mainEntityOfPage"] = url
        og_locale = "es_ES" if lang == "es" else "en_US"
        return (f'<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">\n'
                f'<meta name="description" content="{self.e(self.teaser(entry))}">\n<link rel="canonical" href="{url}">\n'
                f'<meta property="og:locale" content="{og_locale}">\n<meta property="og:type" content="article">\n'
                f'<meta property="og:title" content="{self.e(title)}">\n<meta property="og:url" content="{url}">\n'
                f'<meta property="og:site_name" content="{self.e(self.site_name)}">\n'
                f'<meta property="article:published_time" content="{published}">\n'
                f'<meta property="article:modified_time" content="{modified}">\n<meta property="og:image" content="{image}">\n'
                f'<meta name="author" content="{self.e(author.display)}">\n<meta name="twitter:card" content="summary_large_image">\n'
                f'<meta name="twitter:label1" content="Written by">\n<meta name="twitter:data1" content="{self.e(author.display)}">\n'
                f'<script type="application/ld+json" class="yoast-schema-graph">'
                f'{json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)}</script>\n')

    # -- pages --------------------------------------------------------------------------------------------

    def render_article(self, entry: Entry) -> str:
        lang = self.lang(entry)
        title = f"{entry.title} - {self.site_name}"
        video = entry.story.kind == "video"
        tags = "".join(f'<a href="{self.url(self.tag_path(t))}" title="{self.e(t)}" class="tag-link tag-item-{slugify(t)}" rel="tag">'
                       f'<span class="tag-hash">#</span>{self.e(t)}</a>' for t in entry.tags)
        footer = (f'<footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label '
                  f'screen-reader-text">{LABELS[lang]["tags"]}</span>{tags}</span></div></footer>') if tags else ""
        hero = (f'<section role="banner" class="entry-hero post-hero-section entry-hero-layout-standard"><div '
                f'class="entry-hero-container-inner"><div class="hero-section-overlay"></div><div class="hero-container site-container">'
                f'<header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">'
                f'{self.cat_links(entry)}<h1 class="entry-title">{self.e(entry.title)}</h1>{self.meta(entry, lang)}</header></div></div>'
                f'</section>')
        cats = " ".join(f"category-{slugify(c)}" for c in entry.categories)
        tag_classes = " ".join(f"tag-{slugify(t)}" for t in entry.tags)
        fmt = "video" if video else "standard"
        main = (f'<div class="content-wrap"><div class="post-thumbnail article-post-thumbnail kadence-thumbnail-position-behind '
                f'alignwide kadence-thumbnail-ratio-2-3"><div class="post-thumbnail-inner"><img width="1200" height="800" src="'
                f'{self.thumb(entry, "1200x800")}" class="post-top-featured wp-post-image" alt="{self.e(entry.title)}" '
                f'decoding="async" fetchpriority="high"></div></div>'
                f'<article id="post-{entry.post_id}" class="entry content-bg single-entry post-footer-area-boxed post-{entry.post_id} '
                f'post type-post status-publish format-{fmt} has-post-thumbnail hentry {cats} {tag_classes}"><div '
                f'class="entry-content-wrap"><div class="entry-content single-content">\n{self.content_html(entry, lang)}\n</div>'
                f'{footer}</div></article>{self.author_box(entry.authors[0])}'
                f'<div class="post-navigation-wrap content-bg entry-content-wrap entry">{self.post_navigation(entry, lang)}</div>'
                f'{self.similar_block(entry, lang)}{self.comments(entry, lang)}</div>')
        body_class = (f"wp-singular post-template-default single single-post postid-{entry.post_id} single-format-{fmt} "
                      + (f"lang-es " if lang == "es" else ""))
        return self.document(title, body_class, main, self.head(entry, title, lang), lang, hero)

    def render_print(self, entry: Entry) -> str:
        """WPRM's print view of the card: the card alone, with the print toolbar, noindex."""
        recipe, _ = self.card_of(entry)
        lang = self.lang(entry)
        labels = LABELS[lang]
        card = self.card_html(entry, lang)
        return (f'<!DOCTYPE html>\n<html lang="{"es-ES" if lang == "es" else "en-US"}">\n<head>\n<meta charset="UTF-8">\n'
                f'<title>{self.e(recipe.name)} - {self.e(self.site_name)}</title>\n<meta http-equiv="X-UA-Compatible" '
                f'content="IE=edge">\n<meta name="viewport" content="width=device-width, initial-scale=1.0">\n<meta name="robots" '
                f'content="noindex">\n<link rel="stylesheet" href="{self.url("/wp-content/plugins/wp-recipe-maker/dist/public-modern.css?ver=9.6.1")}" '
                f'type="text/css" media="all">\n<link rel="stylesheet" href="{self.url("/wp-content/plugins/wp-recipe-maker/dist/print.css?ver=9.6.1")}" '
                f'type="text/css" media="all">\n</head>\n<body class="wprm-print wprm-print-recipe" data-recipe="{self.recipe_id(entry)}">\n'
                f'<div id="wprm-print-header"><div id="wprm-print-header-main"><a href="{self.url(self.post_path(entry))}" '
                f'id="wprm-print-button-back" class="wprm-print-button">Go Back</a><button id="wprm-print-button-print" '
                f'class="wprm-print-button" type="button">{labels["print"].split()[0]}</button></div><div id="wprm-print-header-options">'
                f'<div class="wprm-print-toggle-container"><input type="checkbox" id="wprm-print-toggle-recipe-image" class="wprm-print-toggle" '
                f'value="1" checked><label for="wprm-print-toggle-recipe-image">Recipe Image</label></div></div></div>\n'
                f'<div id="wprm-print-content" class="wprm-print-content-recipe">{card}</div>\n<div id="wprm-print-footer">'
                f'<p>{self.e(self.site_name)} &middot; {self.url(self.post_path(entry))}</p></div>\n</body>\n</html>')

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        first = path_of(1)
        is_home = first == "/"
        kind = ("home" if is_home else "author" if first.startswith("/author/") else "tag" if first.startswith("/tag/")
                else "category")
        links = []
        if n > 1:
            links.append(f'<a class="prev page-numbers" href="{self.url(path_of(n - 1))}">Previous</a>')
        for k in range(1, pages + 1):
            links.append(f'<span aria-current="page" class="page-numbers current">{k}</span>' if k == n else
                         f'<a class="page-numbers" href="{self.url(path_of(k))}">{k}</a>')
        if n < pages:
            links.append(f'<a class="next page-numbers" href="{self.url(path_of(n + 1))}">Next</a>')
        nav = (f'<nav class="navigation pagination" aria-label="Posts"><h2 class="screen-reader-text">Posts navigation</h2>'
               f'<div class="nav-links">{"".join(links)}</div></nav>') if pages > 1 else ""
        heading = {"home": "Latest Recipes", "author": title, "tag": title, "category": title}[kind]
        description = ""
        if kind == "author":
            person = next(p for e in items for p in e.authors if p.name == title)
            heading = person.display
            description = f'<div class="archive-description"><p>{self.e(BIO[person.name])}</p></div>'
        hero = (f'<section role="banner" class="entry-hero post-archive-hero-section entry-hero-layout-standard"><div '
                f'class="entry-hero-container-inner"><div class="hero-section-overlay"></div><div class="hero-container site-container">'
                f'<header class="entry-header post-archive-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">'
                f'<h1 class="page-title archive-title">{self.e(heading)}</h1>{description}</header></div></div></section>')
        cards = "".join(f'<li class="entry-list-item">{self.loop_entry(e)}</li>' for e in items)
        main = (f'<div class="content-wrap"><ul id="archive-container" class="content-wrap kadence-posts-list grid-cols post-archive '
                f'grid-sm-col-2 grid-lg-col-3 item-image-style-above">{cards}</ul>{nav}</div>')
        if is_home:
            page_title = f"{self.site_name} - {LABELS['en']['tagline']}" + (f" - Page {n} of {pages}" if n > 1 else "")
            body_class = "home blog" + (" paged" if n > 1 else "")
        else:
            page_title = (f"{title}, Author at {self.site_name}" if kind == "author" else f"{title} Archives - {self.site_name}")
            page_title += f" - Page {n} of {pages}" if n > 1 else ""
            body_class = f"archive {kind}" + (" paged" if n > 1 else "")
        head = (f'<meta name="robots" content="index, follow">\n<link rel="canonical" href="{self.url(path_of(n))}">\n'
                f'<meta property="og:type" content="website">\n<meta property="og:title" content="{self.e(page_title)}">\n'
                + (f'<link rel="next" href="{self.url(path_of(n + 1))}">\n' if n < pages else ""))
        return self.document(page_title, body_class, main, head, "en", hero)

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        pid = 20 + len(slug)
        hero = (f'<section role="banner" class="entry-hero page-hero-section entry-hero-layout-standard"><div '
                f'class="entry-hero-container-inner"><div class="hero-section-overlay"></div><div class="hero-container site-container">'
                f'<header class="entry-header page-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">'
                f'<h1 class="entry-title">{self.e(title)}</h1></header></div></div></section>')
        main = (f'<div class="content-wrap"><article id="post-{pid}" class="entry content-bg single-entry post-{pid} page type-page '
                f'status-publish hentry"><div class="entry-content-wrap"><div class="entry-content single-content">{body}</div></div>'
                f'</article></div>')
        head = (f'<link rel="canonical" href="{self.url(self.page_path(slug))}">\n<meta property="og:type" content="article">\n'
                f'<meta property="og:title" content="{self.e(title)} - {self.e(self.site_name)}">\n')
        return self.document(f"{title} - {self.site_name}", f"wp-singular page-template-default page page-id-{pid}", main, head,
                             "en", hero)
