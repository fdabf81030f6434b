"""polyglot (held out): a multilingual nutrition and health blog on WordPress with the GeneratePress
theme, Polylang for its languages (the language in the path: ``/en/``, ``/es/``, ``/pt-br/``,
``/fr/``, ``/de/``), Yoast SEO and Contextual Related Posts.

Modelled on real files: GeneratePress's own ``content-single.php`` (``article`` > ``.inside-article``
> ``header.entry-header`` > ``h1.entry-title`` + ``div.entry-meta``; ``div.entry-content``;
``footer.entry-meta``; as in tomusborne/generatepress and the copies under
``wp-content/themes/generatepress/`` in projectprogressive/www-site and alpha767/colibri) and
``inc/structure/post-meta.php`` (tomusborne/generatepress): the date item prints ``<time
class="updated">`` (the modified date, hidden by the theme's CSS) *before* ``<time class="entry-date
published">`` when a post was modified, the byline is ``<span class="byline">by <span class="author
vcard"><a class="url fn n" ... rel="author"><span class="author-name">``, the footer meta holds
``span.cat-links`` and ``span.tags-links`` (each with a ``screen-reader-text`` label) and the
``nav#nav-below.post-navigation`` with ``div.nav-previous`` / ``div.nav-next``; archives get the
"Older posts" link and ``the_posts_pagination`` numbers. Polylang's switcher (``PLL_Switcher``, the
class lists asserted in polylang's own tests: ``lang-item lang-item-N lang-item-xx current-lang
no-translation lang-item-first``, links with ``lang`` and ``hreflang``), both as menu items in the
header and as the ``polylang`` sidebar widget. Contextual Related Posts' text-only output, appended
to the content by its ``the_content`` filter (``div.crp_related.crp-text-only`` > ``h3`` > ``ul`` >
``a.crp_link`` > ``span.crp_title``, as saved pages quoting the plugin show). Yoast's ``@graph``
JSON-LD and OG (``og:locale``, ``og:locale:alternate`` from its Polylang integration), hreflang
alternates where a post has a translation.

Posts: block-editor content (``wp-block-heading``, ``wp-block-list``), core/embed video blocks
(``figure.wp-block-embed.is-type-video.is-provider-youtube`` / ``vimeo``), short posts, references
lists (an ``<ol>`` after an h2 "References" / "Referencias" / "Referências" / "Références" /
"Quellen", with DOI and PubMed links). Sidebar: language switcher, Recent Posts, Categories (the
language's whole list, the same on every page of that language), a tag cloud and an "About me"
text widget. Comments (some posts carry two, whose meta is a second ``.entry-meta`` with a
``time``), a cookie notice.

The failure the family models: the page's declared language is not always the text's. Three posts
written in Portuguese or Spanish sit on the English side (``/en/``, ``<html lang="en-US">``,
``og:locale`` en_US, JSON-LD ``inLanguage`` en-US, English UI around them); the French side's single
posts keep ``<html lang="en-US">`` (the plugin only set the lang attribute on archives there) while
``og:locale`` and the JSON-LD say fr-FR. The truth's language is the text's. Dates are printed in
each side's WordPress format ("March 5, 2024", "5 de marzo de 2024", "5 de março de 2024",
"5 mars 2024", "5. März 2024"). Listings per language: home ``/xx/``, categories, tags, authors,
``/page/N/``; ``/`` redirects to ``/en/``. No trap.
"""
from __future__ import annotations

import hashlib
import html
import json
from dataclasses import replace
from functools import partial

from .posts import Block, Entry, Person, Plan, Story, _ascii, slugify
from .site import Response, ZooSite, later
from . import texts

SIDES = ("en", "es", "pt-br", "fr", "de")
UI = {
    "en": dict(name="English", html="en-US", locale="en_US", by="by", related="Related Posts:", recent="Recent Posts",
               cats="Categories", tags="Tags", about="About me", older="Older posts", newer="Newer posts",
               category="Category", tag="Tag", author="Author", more="Read more", comment="Leave a Comment",
               home="Latest posts", lang_widget="Languages", search="Search", menu=("Home", "About", "Contact"),
               about_text="I'm Clara, a registered dietitian. I write about food, sleep and everyday health, in "
                          "five languages, with the studies behind each claim.",
               months=("January", "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December")),
    "es": dict(name="Español", html="es-ES", locale="es_ES", by="por", related="Artículos relacionados:",
               recent="Entradas recientes", cats="Categorías", tags="Etiquetas", about="Sobre mí",
               older="Entradas anteriores", newer="Entradas siguientes", category="Categoría", tag="Etiqueta",
               author="Autor", more="Leer más", comment="Deja un comentario", home="Últimas entradas",
               lang_widget="Idiomas", search="Buscar", menu=("Inicio", "Sobre mí", "Contacto"),
               about_text="Soy Clara, dietista-nutricionista. Escribo sobre alimentación, sueño y salud cotidiana.",
               months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                       "octubre", "noviembre", "diciembre")),
    "pt-br": dict(name="Português", html="pt-BR", locale="pt_BR", by="por", related="Posts relacionados:",
                  recent="Posts recentes", cats="Categorias", tags="Tags", about="Sobre mim",
                  older="Posts mais antigos", newer="Posts mais recentes", category="Categoria", tag="Tag",
                  author="Autor", more="Leia mais", comment="Deixe um comentário", home="Últimos posts",
                  lang_widget="Idiomas", search="Pesquisar", menu=("Início", "Sobre", "Contato"),
                  about_text="Sou a Clara, nutricionista. Escrevo sobre alimentação, sono e saúde no dia a dia.",
                  months=("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
                          "outubro", "novembro", "dezembro")),
    "fr": dict(name="Français", html="fr-FR", locale="fr_FR", by="par", related="Articles similaires :",
               recent="Articles récents", cats="Catégories", tags="Étiquettes", about="À propos",
               older="Articles plus anciens", newer="Articles plus récents", category="Catégorie", tag="Étiquette",
               author="Auteur", more="Lire la suite", comment="Laisser un commentaire", home="Derniers articles",
               lang_widget="Langues", search="Rechercher", menu=("Accueil", "À propos", "Contact"),
               about_text="Je suis Clara, diététicienne. J'écris sur l'alimentation, le sommeil et la santé au quotidien.",
               months=("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                       "octobre", "novembre", "décembre")),
    "de": dict(name="Deutsch", html="de-DE", locale="de_DE", by="von", related="Ähnliche Beiträge:",
               recent="Neueste Beiträge", cats="Kategorien", tags="Schlagwörter", about="Über mich",
               older="Ältere Beiträge", newer="Neuere Beiträge", category="Kategorie", tag="Schlagwort",
               author="Autor", more="Weiterlesen", comment="Schreibe einen Kommentar", home="Neueste Beiträge",
               lang_widget="Sprachen", search="Suche", menu=("Start", "Über mich", "Kontakt"),
               about_text="Ich bin Clara, Ernährungsberaterin. Ich schreibe über Essen, Schlaf und Alltagsgesundheit.",
               months=("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                       "November", "Dezember")),
}
SIDE_OF_LANG = {"en": "en", "es": "es", "pt": "pt-br", "fr": "fr", "de": "de"}
# the stories from texts.py written in Portuguese or Spanish but published on the English side
MISPLACED = {"Como melhorar o sono com pequenas mudanças": "Sleep",
             "Caminhar todos os dias: quanto é suficiente?": "Exercise & Fitness",
             "El estrés crónico y cómo afecta al cuerpo": "Mental Health"}


def _ref(authors: str, title: str, journal: str, doi: str, pmid: str) -> str:
    return (f"{authors} {title} *{journal}*. [doi:{doi}](https://doi.org/{doi}). "
            f"PubMed: [{pmid}](https://pubmed.ncbi.nlm.nih.gov/{pmid}/)")


# This family's own posts (the project's own text), each with a references list.
EXTRA = [
    Story("pt-x1", "Fibras alimentares: por que quase ninguém come o suficiente", "pt", "article", "Nutrição",
          ("Fibras", "Intestino"), (
              Block("p", "A recomendação para adultos fica entre 25 e 30 gramas de fibra por dia, mas a maioria das "
                         "pessoas come bem menos do que isso. O motivo é simples: o prato do dia a dia tem pouco "
                         "feijão, poucas frutas com casca e quase nenhum cereal integral."),
              Block("h2", "Onde estão as fibras"),
              Block("ul", items=("Feijão, lentilha e grão-de-bico", "Aveia e pão integral de verdade",
                                 "Frutas com casca, como maçã e pera", "Legumes e verduras em todas as refeições")),
              Block("p", "Aumente aos poucos e beba mais água: uma mudança brusca costuma trazer gases e desconforto. "
                         "Em duas ou três semanas o intestino se adapta."),
              Block("refs", "Referências", (
                  _ref("Reynolds A, Mann J, Cummings J, et al.", "Carbohydrate quality and human health: a series of "
                       "systematic reviews and meta-analyses.", "Lancet", "10.1016/S0140-6736(18)31809-9", "30638909"),
                  _ref("Makki K, Deehan EC, Walter J, Bäckhed F.", "The impact of dietary fiber on gut microbiota in "
                       "host health and disease.", "Cell Host Microbe", "10.1016/j.chom.2018.05.012", "29902436"))))),
    Story("pt-x2", "Dieta mediterrânea no Brasil: como adaptar sem gastar muito", "pt", "article", "Nutrição",
          ("Dieta mediterrânea", "Coração"), (
              Block("p", "A dieta mediterrânea não exige salmão nem azeite importado todos os dias. O que importa é o "
                         "padrão: muitos vegetais, leguminosas, frutas, castanhas, peixe algumas vezes por semana e "
                         "pouca carne processada."),
              Block("p", "No Brasil, sardinha em lata, feijão, mandioca, frutas da estação e óleo de canola ou azeite "
                         "nacional cumprem o mesmo papel por uma fração do preço. Castanha-do-pará e amendoim substituem "
                         "as nozes."),
              Block("h2", "Um dia de exemplo"),
              Block("p", "Café da manhã com aveia e banana, almoço com arroz, feijão, salada e sardinha, lanche com "
                         "fruta e um punhado de amendoim, jantar com sopa de legumes e ovo."),
              Block("refs", "Referências", (
                  _ref("Estruch R, Ros E, Salas-Salvadó J, et al.", "Primary prevention of cardiovascular disease "
                       "with a Mediterranean diet supplemented with extra-virgin olive oil or nuts.", "N Engl J Med",
                       "10.1056/NEJMoa1800389", "29897866"),))),
          ),
    Story("es-x1", "Proteína después de los 60: cuánta necesitas de verdad", "es", "article", "Nutrición",
          ("Proteína", "Envejecimiento"), (
              Block("p", "Con la edad, el músculo responde peor a la proteína de la dieta. Por eso los grupos de expertos "
                         "recomiendan a los mayores de 65 años entre 1 y 1,2 gramos de proteína por kilo de peso al día, "
                         "algo más que a los adultos jóvenes."),
              Block("p", "Repartirla entre las comidas funciona mejor que concentrarla en la cena: un huevo o yogur en el "
                         "desayuno, legumbres o pescado al mediodía y un lácteo por la tarde."),
              Block("h2", "Y el ejercicio"),
              Block("p", "La proteína sola no construye músculo. Dos sesiones semanales de fuerza, aunque sean con el "
                         "propio peso del cuerpo, multiplican su efecto."),
              Block("refs", "Referencias", (
                  _ref("Bauer J, Biolo G, Cederholm T, et al.", "Evidence-based recommendations for optimal dietary "
                       "protein intake in older people: a position paper from the PROT-AGE Study Group.",
                       "J Am Med Dir Assoc", "10.1016/j.jamda.2013.05.021", "23867520"),
                  _ref("Cruz-Jentoft AJ, Bahat G, Bauer J, et al.", "Sarcopenia: revised European consensus on "
                       "definition and diagnosis.", "Age Ageing", "10.1093/ageing/afy169", "30312372"))))),
    Story("es-x2", "Café y salud: lo que dicen los estudios", "es", "article", "Nutrición", ("Café", "Corazón"), (
        Block("p", "Durante años el café tuvo mala fama. Los grandes estudios de las últimas décadas cuentan otra "
                   "historia: tomar entre tres y cuatro tazas al día se asocia con menos mortalidad y menos "
                   "enfermedad cardiovascular que no tomarlo."),
        Block("p", "Hay excepciones. En el embarazo conviene no pasar de 200 miligramos de cafeína al día, y quien "
                   "duerme mal debería dejar la última taza antes de las dos de la tarde."),
        Block("refs", "Referencias", (
            _ref("Poole R, Kennedy OJ, Roderick P, et al.", "Coffee consumption and health: umbrella review of "
                 "meta-analyses of multiple health outcomes.", "BMJ", "10.1136/bmj.j5024", "29167102"),)))),
    Story("fr-x1", "Les aliments ultra-transformés : faut-il s'en méfier ?", "fr", "article", "Alimentation",
          ("Aliments transformés", "Poids"), (
              Block("p", "Biscuits, sodas, plats préparés, céréales sucrées : les aliments ultra-transformés "
                         "représentent plus d'un tiers des calories consommées en France. Ils sont pratiques, bon "
                         "marché et conçus pour qu'on en mange beaucoup."),
              Block("p", "Dans une étude menée en laboratoire, des volontaires nourris avec ces produits ont mangé "
                         "environ 500 calories de plus par jour qu'avec des aliments peu transformés, à menus pourtant "
                         "équivalents en sucre, en gras et en fibres."),
              Block("h2", "En pratique"),
              Block("p", "Lire la liste des ingrédients aide : plus elle est longue et remplie de mots inconnus, plus le "
                         "produit est transformé. Cuisiner en grande quantité le week-end limite les plats tout prêts."),
              Block("refs", "Références", (
                  _ref("Hall KD, Ayuketah A, Brychta R, et al.", "Ultra-processed diets cause excess calorie intake and "
                       "weight gain: an inpatient randomized controlled trial of ad libitum food intake.",
                       "Cell Metab", "10.1016/j.cmet.2019.05.008", "31105044"),
                  _ref("Srour B, Fezeu LK, Kesse-Guyot E, et al.", "Ultra-processed food intake and risk of "
                       "cardiovascular disease: prospective cohort study (NutriNet-Santé).", "BMJ",
                       "10.1136/bmj.l1451", "31142457"))))),
    Story("de-x1", "Wasser trinken: Wie viel ist wirklich genug?", "de", "article", "Ernährung", ("Trinken", "Sommer"), (
        Block("p", "Die Faustregel von zwei Litern am Tag ist nicht falsch, aber ungenau. Ein Teil des Wassers steckt "
                   "im Essen, und wer schwitzt, braucht deutlich mehr. Ältere Menschen spüren Durst oft erst spät."),
        Block("p", "Ein einfacher Hinweis ist die Farbe des Urins: hellgelb ist gut, dunkel heißt nachtrinken. Wasser, "
                   "ungesüßter Tee und Saftschorlen sind die besten Durstlöscher."),
        Block("refs", "Quellen", (
            _ref("Popkin BM, D'Anci KE, Rosenberg IH.", "Water, hydration, and health.", "Nutr Rev",
                 "10.1111/j.1753-4887.2010.00304.x", "20646222"),)))),
]

# Polylang translation groups: this family's posts that translate (loosely) one of the English ones
TRANSLATIONS = {"pt-x2": "mediterranean-diet-on-a-budget", "de-x1": "hydration-myths", "es-x1": "strength-training-after-40"}
COMMENTERS = ("Maria", "João", "Lucía", "Tom", "Sabine", "Élodie")


class Polyglot(ZooSite):
    family = "polyglot"
    site_name = "Clara Eats Well"
    declared_language = "en-US"
    per_page = 8
    plan = Plan(seed="polyglot", count=36, languages=("en", "pt", "es", "fr", "de"), authors=2, tz_hours=-3,
                related=(0, 2, 3, 3, 4))

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self.side: dict[str, str] = {}
        self._extra = iter(EXTRA)
        self.translation: dict[str, str] = {}   # story key -> story key of the other-language version
        self.listing_of: dict[str, tuple[str, str, str]] = {}   # first page path -> (side, kind, name)
        super().__init__(base_url)
        for foreign, en in TRANSLATIONS.items():
            if foreign in self.by_key and en in self.by_key:
                self.translation[foreign] = en
                self.translation[en] = foreign

    # -- entries and paths ---------------------------------------------------------------------------

    def dress(self, entry: Entry) -> Entry:
        story = entry.story
        if story.kind == "article" and story.language == "en":
            nxt = next(self._extra, None)
            if nxt is not None:
                story = nxt
                entry = replace(entry, story=story, slug=slugify(_ascii(story.title)),
                                categories=(story.category,), tags=story.tags)
        side = SIDE_OF_LANG[story.language]
        if story.title in MISPLACED:
            side = "en"
            entry = replace(entry, categories=(MISPLACED[story.title],))
        self.side[story.key] = side
        return entry

    def side_of(self, entry: Entry) -> str:
        return self.side[entry.story.key]

    def post_path(self, entry: Entry) -> str:
        return f"/{self.side_of(entry)}/{entry.slug}/"

    def side_home(self, side: str, n: int = 1) -> str:
        return self.paged(f"/{side}/", n)

    def home_path(self, n: int = 1) -> str:
        return self.side_home("en", n)

    def term_slug(self, name: str) -> str:
        return slugify(_ascii(name))

    def side_category(self, side: str, name: str, n: int = 1) -> str:
        return self.paged(f"/{side}/category/{self.term_slug(name)}/", n)

    def side_tag(self, side: str, name: str, n: int = 1) -> str:
        return self.paged(f"/{side}/tag/{self.term_slug(name)}/", n)

    def side_author(self, side: str, person: Person, n: int = 1) -> str:
        return self.paged(f"/{side}/author/{slugify(person.name)}/", n)

    def page_path(self, slug: str) -> str:
        return f"/en/{slug}/"

    def on_side(self, side: str) -> list[Entry]:
        return [e for e in self.newest if self.side_of(e) == side]

    def side_groups(self, side: str, field: str) -> dict[str, list[Entry]]:
        out: dict[str, list[Entry]] = {}
        for entry in self.on_side(side):
            for name in getattr(entry, field):
                out.setdefault(name, []).append(entry)
        return out

    def build_routes(self) -> None:
        self.routes["/"] = ("other", lambda: Response(301, self.html_type, b"", location=self.url("/en/")))
        self.add("/robots.txt", "other", self.robots, "text/plain; charset=utf-8")
        for entry in self.entries:
            self.add(self.post_path(entry), "article", partial(self.render_article, entry))
        for side in SIDES:
            items = self.on_side(side)
            if not items:
                continue
            self.listing(side, "home", UI[side]["home"], items, partial(self.side_home, side))
            for name, group in self.side_groups(side, "categories").items():
                self.listing(side, "category", name, group, partial(self.side_category, side, name))
            for name, group in self.side_groups(side, "tags").items():
                self.listing(side, "tag", name, group, partial(self.side_tag, side, name))
            people: dict[Person, list[Entry]] = {}
            for entry in items:
                for person in entry.authors:
                    people.setdefault(person, []).append(entry)
            for person, group in people.items():
                self.listing(side, "author", person.name, group, partial(self.side_author, side, person))
            self.add(f"/{side}/feed/", "other", partial(self.rss, f"{self.site_name} ({UI[side]['name']})",
                                                         f"/{side}/", items), "application/rss+xml; charset=UTF-8")
        for slug, (title, paragraphs) in texts.EVERGREEN.items():
            self.add(self.page_path(slug), "page", partial(self.render_page, slug, title, paragraphs))
        xml = "application/xml"
        self.add("/sitemap_index.xml", "other", lambda: self.sitemap_index(
            ["/post-sitemap.xml", "/page-sitemap.xml", "/category-sitemap.xml", "/author-sitemap.xml"]), xml)
        self.add("/post-sitemap.xml", "other", lambda: self.sitemap(self.paths_of("article")), xml)
        self.add("/page-sitemap.xml", "other", lambda: self.sitemap([self.page_path(s) for s in texts.EVERGREEN]), xml)
        self.add("/category-sitemap.xml", "other", lambda: self.sitemap(
            [p for p, (side, kind, _) in self.listing_of.items() if kind == "category"]), xml)
        self.add("/author-sitemap.xml", "other", lambda: self.sitemap(
            [p for p, (side, kind, _) in self.listing_of.items() if kind == "author"]), xml)

    def listing(self, side: str, kind: str, name: str, items: list[Entry], path_of) -> None:
        self.listing_of[path_of(1)] = (side, kind, name)
        self.add_listing(name, items, path_of)

    def robots(self) -> str:
        return self.wordpress_robots()

    # -- small pieces ----------------------------------------------------------------------------------

    def date_text(self, side: str, moment) -> str:
        month = UI[side]["months"][moment.month - 1]
        if side == "en":
            return f"{month} {moment.day}, {moment.year}"
        if side in ("es", "pt-br"):
            return f"{moment.day} de {month} de {moment.year}"
        if side == "fr":
            return f"{moment.day} {month} {moment.year}"
        return f"{moment.day}. {month} {moment.year}"

    def modified(self, entry: Entry):
        return later(entry.published, f"polyglot:{entry.slug}", 20, 500)

    def meta(self, entry: Entry, side: str) -> str:
        mod = self.modified(entry)
        updated = (f'<time class="updated" datetime="{mod.isoformat()}">{self.date_text(side, mod)}</time>'
                   if entry.post_id % 4 != 1 else "")
        author = entry.authors[0]
        return (f'<div class="entry-meta"><span class="posted-on">{updated}<time class="entry-date published" '
                f'datetime="{entry.published.isoformat()}">{self.date_text(side, entry.published)}</time></span> '
                f'<span class="byline">{UI[side]["by"]} <span class="author vcard"><a class="url fn n" '
                f'href="{self.url(self.side_author(side, author))}" title="{self.e(self.view_all(side, author))}" '
                f'rel="author"><span class="author-name">{self.e(author.name)}</span></a></span></span> </div>')

    def view_all(self, side: str, person: Person) -> str:
        return {"en": "View all posts by %s", "es": "Ver todas las entradas de %s", "pt-br": "Ver todos os posts de %s",
                "fr": "Afficher tous les articles de %s", "de": "Alle Beiträge von %s anzeigen"}[side] % person.name

    def terms(self, entry: Entry, side: str) -> str:
        icon = '<span class="gp-icon icon-%s"><svg viewBox="0 0 512 512" aria-hidden="true" width="1em" height="1em"></svg></span>'
        cats = ", ".join(f'<a href="{self.url(self.side_category(side, c))}" rel="category tag">{self.e(c)}</a>'
                         for c in entry.categories)
        tags = ", ".join(f'<a href="{self.url(self.side_tag(side, t))}" rel="tag">{self.e(t)}</a>' for t in entry.tags)
        out = (f'<span class="cat-links">{icon % "categories"}<span class="screen-reader-text">{UI[side]["cats"]} </span>'
               f"{cats}</span> ")
        if tags:
            out += (f'<span class="tags-links">{icon % "tags"}<span class="screen-reader-text">{UI[side]["tags"]} '
                    f"</span>{tags}</span> ")
        return out

    def article_classes(self, entry: Entry) -> str:
        return (f"post-{entry.post_id} post type-post status-publish format-{'video' if entry.story.kind == 'video' else 'standard'} "
                "hentry " + " ".join(f"category-{self.term_slug(c)}" for c in entry.categories) + " "
                + " ".join(f"tag-{self.term_slug(t)}" for t in entry.tags))

    def switcher(self, side: str, targets: dict[str, str], menu: bool) -> str:
        """Polylang's list: one lang-item per language, the translation's URL or the language's home."""
        items = []
        for k, lang in enumerate(SIDES):
            has = lang in targets
            classes = ["lang-item", f"lang-item-{3 + k}", f"lang-item-{lang}"]
            if lang == side:
                classes.append("current-lang")
            if not has:
                classes.append("no-translation")
            if k == 0:
                classes.append("lang-item-first")
            if menu:
                classes += ["menu-item", "menu-item-type-custom", "menu-item-object-custom", f"menu-item-{80 + k}-{lang}"]
            href = targets.get(lang) or self.url(f"/{lang}/")
            current = ' aria-current="true"' if lang == side else ""
            items.append(f'<li class="{" ".join(classes)}"><a lang="{UI[lang]["html"]}" hreflang="{UI[lang]["html"]}" '
                         f'href="{href}"{current}>{UI[lang]["name"]}</a></li>')
        return "".join(items)

    def targets_of(self, entry: Entry) -> dict[str, str]:
        side = self.side_of(entry)
        out = {side: self.url(self.post_path(entry))}
        other = self.translation.get(entry.story.key)
        if other:
            twin = self.by_key[other]
            out[self.side_of(twin)] = self.url(self.post_path(twin))
        return out

    # -- body -------------------------------------------------------------------------------------------

    def block_html(self, block: Block, entry: Entry) -> str:
        if block.kind in ("h2", "h3"):
            return (f'<{block.kind} class="wp-block-heading" id="{slugify(_ascii(block.text))}">'
                    f"{self.inline(block.text)}</{block.kind}>")
        if block.kind in ("ul", "ol"):
            return (f'<{block.kind} class="wp-block-list">' + "".join(f"<li>{self.inline(i)}</li>" for i in block.items)
                    + f"</{block.kind}>")
        return super().block_html(block, entry)

    def video_html(self, src: str, entry: Entry) -> str:
        youtube = "youtube" in src
        provider = "youtube" if youtube else "vimeo"
        player = src + ("?feature=oembed" if youtube else "?dnt=1&amp;app_id=122963")
        return (f'<figure class="wp-block-embed is-type-video is-provider-{provider} wp-block-embed-{provider} '
                'wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\n'
                f'<iframe title="{self.e(entry.title)}" width="1200" height="675" src="{player}" frameborder="0" '
                'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; '
                'web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>\n</div></figure>')

    def refs_html(self, block: Block) -> str:
        items = "".join(f"<li>{self.inline(i)}</li>" for i in block.items)
        return (f'<h2 class="wp-block-heading" id="{slugify(_ascii(block.text))}">{html.escape(block.text)}</h2>'
                f'<ol class="wp-block-list">{items}</ol>')

    def crp(self, entry: Entry, side: str) -> str:
        related = self.shown_related(entry)
        if not related:
            return ""
        items = "".join(f'<li><a href="{self.url(self.post_path(o))}" class="crp_link post-{o.post_id}">'
                        f'<span class="crp_title">{self.e(o.title)}</span></a></li>' for o in related)
        return (f'<div class="crp_related crp-text-only"><h3>{self.e(UI[side]["related"])}</h3><ul>{items}</ul>'
                '<div class="crp_clear"></div></div>')

    def comments(self, entry: Entry, side: str) -> str:
        ui = UI[side]
        listed = ""
        if entry.post_id % 3 == 0:
            rows = []
            for k in range(2):
                cid = entry.post_id * 10 + k
                when = later(entry.published, f"polyglot:c{cid}", 1, 40)
                who = COMMENTERS[(entry.post_id + k) % len(COMMENTERS)]
                text = ("Thank you, very useful!", "Obrigada pelas dicas!", "¡Muy claro, gracias!")[(cid) % 3]
                rows.append(
                    f'<li id="comment-{cid}" class="comment {"even" if k == 0 else "odd"} thread-{"even" if k == 0 else "odd"} depth-1">'
                    f'<article class="comment-body" id="div-comment-{cid}"><footer class="comment-meta" aria-label="Comment meta">'
                    f'<img alt="" src="https://secure.gravatar.com/avatar/{hashlib.md5(who.encode()).hexdigest()}?s=50&amp;d=mm&amp;r=g" '
                    f'class="avatar avatar-50 photo" height="50" width="50"><div class="comment-author-info"><div class="comment-author vcard">'
                    f'<cite class="fn">{who}</cite></div><div class="entry-meta comment-metadata"><a href="#comment-{cid}">'
                    f'<time datetime="{when.isoformat()}">{self.date_text(side, when)}</time></a></div></div></footer>'
                    f'<div class="comment-content comment"><p>{text}</p><span class="reply"><a rel="nofollow" '
                    f'class="comment-reply-link" href="#comment-{cid}">Reply</a></span></div></article></li>')
            listed = (f'<h3 class="comments-title">2 thoughts on “{self.e(entry.title)}”</h3>'
                      f'<ol class="comment-list">{"".join(rows)}</ol>')
        return (f'<div class="comments-area"><div id="comments">{listed}<div id="respond" class="comment-respond">'
                f'<h3 id="reply-title" class="comment-reply-title">{ui["comment"]} <small><a rel="nofollow" '
                'id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>'
                f'<form action="{self.url("/wp-comments-post.php")}" method="post" id="commentform" class="comment-form" novalidate>'
                '<p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label>'
                '<textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>'
                '<label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text" value="" size="30" required>'
                '<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email" value="" size="30" required>'
                '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment">'
                f'<input type="hidden" name="comment_post_ID" value="{entry.post_id}" id="comment_post_ID"></p></form></div></div></div>')

    # -- frame --------------------------------------------------------------------------------------------

    def sidebar(self, side: str, targets: dict[str, str]) -> str:
        ui = UI[side]
        recent = "".join(f'<li><a href="{self.url(self.post_path(o))}">{self.e(o.title)}</a></li>'
                         for o in self.on_side(side)[:5])
        cats = "".join(f'<li class="cat-item cat-item-{20 + i}"><a href="{self.url(self.side_category(side, c))}">'
                       f"{self.e(c)}</a></li>" for i, c in enumerate(sorted(self.side_groups(side, "categories"))))
        tag_groups = self.side_groups(side, "tags")
        cloud = " ".join(
            f'<a href="{self.url(self.side_tag(side, t))}" class="tag-cloud-link tag-link-{50 + i} tag-link-position-{i + 1}" '
            f'style="font-size: {8 + 6 * (len(g) > 1)}pt;" aria-label="{self.e(t)} ({len(g)} items)">{self.e(t)}</a>'
            for i, (t, g) in enumerate(sorted(tag_groups.items())[:20]))
        return (f'<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">'
                f'<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" '
                f'action="{self.url(f"/{side}/")}"><label><span class="screen-reader-text">{ui["search"]}</span>'
                f'<input type="search" class="search-field" placeholder="{ui["search"]} …" value="" name="s"></label>'
                f'<button class="search-submit" aria-label="{ui["search"]}"></button></form></aside>'
                f'<aside id="polylang-2" class="widget inner-padding widget_polylang"><h2 class="widget-title">{ui["lang_widget"]}</h2>'
                f"<ul>{self.switcher(side, targets, False)}</ul></aside>"
                f'<aside id="text-2" class="widget inner-padding widget_text"><h2 class="widget-title">{ui["about"]}</h2>'
                f'<div class="textwidget"><p><img loading="lazy" class="alignnone size-thumbnail" src="'
                f'{self.url("/wp-content/uploads/2021/02/clara-150x150.jpg")}" alt="" width="150" height="150"></p>'
                f'<p>{self.e(ui["about_text"])}</p></div></aside>'
                f'<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">'
                f'{ui["recent"]}</h2><ul>{recent}</ul></aside>'
                f'<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">'
                f'{ui["cats"]}</h2><ul>{cats}</ul></aside>'
                f'<aside id="tag_cloud-2" class="widget inner-padding widget_tag_cloud"><h2 class="widget-title">'
                f'{ui["tags"]}</h2><div class="tagcloud">{cloud}</div></aside></div></div>')

    def document(self, side: str, html_lang: str, title: str, body_class: str, main: str, targets: dict[str, str],
                 head: str = "") -> str:
        ui = UI[side]
        menu_paths = (f"/{side}/", self.page_path("about"), self.page_path("contact"))
        nav = "".join(f'<li id="menu-item-{60 + i}" class="menu-item menu-item-type-custom menu-item-object-custom '
                      f'menu-item-{60 + i}"><a href="{self.url(p)}">{label}</a></li>'
                      for i, (p, label) in enumerate(zip(menu_paths, ui["menu"])))
        nav += self.switcher(side, targets, True)
        return f"""<!DOCTYPE html>
<html lang="{html_lang}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{self.e(title)}</title>
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
{head}<link rel="alternate" type="application/rss+xml" title="{self.e(self.site_name)} &raquo; Feed" href="{self.url(f'/{side}/feed/')}">
<link rel="stylesheet" id="generate-style-css" href="{self.url('/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0')}" media="all">
<style id="generate-style-inline-css">.posted-on .updated{{display:none;}}body{{background-color:#f7f8f9;}}</style>
<link rel="stylesheet" id="crp-style-text-only-css" href="{self.url('/wp-content/plugins/contextual-related-posts/css/text-only.min.css?ver=3.5.2')}" media="all">
</head>
<body class="{body_class} right-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline">
<a href="{self.url(f'/{side}/')}" rel="home">{self.e(self.site_name)}</a></p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main-{side}" class="menu sf-menu">{nav}</ul></div></div></nav>
</div></header>
<div class="site grid-container container hfeed" id="page">
<div class="site-content" id="content">
{main}
</div>
</div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container"><div class="copyright-bar"><span class="copyright">&copy; 2024 {self.e(self.site_name)}</span> &bull; Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div>
</footer></div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>This website uses cookies to improve your experience. <a role="button" data-cli_action="accept" id="cookie_action_close_header" class="cli_action_button" style="display:inline-block">Accept</a> <a href="{self.url(self.page_path('privacy-policy'))}" id="CONSTANT_OPEN_URL" target="_blank" class="cli-plugin-main-link">Read More</a></span></div>
<script id="generate-menu-js-extra">var generatepressMenu = {{"toggleOpenedSubMenus":true,"openSubMenuLabel":"Open Sub-Menu","closeSubMenuLabel":"Close Sub-Menu"}};</script>
<script src="{self.url('/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0')}" id="generate-menu-js"></script>
</body>
</html>"""

    def head(self, side: str, title: str, url: str, og_type: str, targets: dict[str, str], locale: str, extra: str = "") -> str:
        out = [f'<link rel="canonical" href="{url}">', f'<meta property="og:locale" content="{locale}">']
        out += [f'<meta property="og:locale:alternate" content="{UI[s]["locale"]}">' for s in targets if s != side]
        out += [f'<meta property="og:type" content="{og_type}">', f'<meta property="og:title" content="{self.e(title)}">',
                f'<meta property="og:url" content="{url}">',
                f'<meta property="og:site_name" content="{self.e(self.site_name)}">']
        if len(targets) > 1:
            out += [f'<link rel="alternate" href="{href}" hreflang="{UI[s]["html"] if s == "pt-br" else s}">'
                    for s, href in targets.items()]
            out.append(f'<link rel="alternate" href="{targets.get("en", url)}" hreflang="x-default">')
        return "\n".join(out) + "\n" + extra

    def yoast(self, entry: Entry, title: str, language: str) -> str:
        url = self.url(self.post_path(entry))
        author = entry.authors[0]
        pid = self.url("/#/schema/person/") + hashlib.md5(author.name.encode()).hexdigest()
        mod = self.modified(entry)
        graph = [
            {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
             "author": {"name": author.name, "@id": pid}, "headline": entry.title,
             "datePublished": entry.published.isoformat(), "dateModified": mod.isoformat(),
             "mainEntityOfPage": {"@id": url}, "wordCount": len(" ".join(b.text for b in entry.story.blocks).split()),
             "publisher": {"@id": self.url("/#/schema/person/") + "clara"}, "articleSection": list(entry.categories),
             "keywords": list(entry.tags), "inLanguage": language},
            {"@type": "WebPage", "@id": url, "url": url, "name": title, "isPartOf": {"@id": self.url("/#website")},
             "datePublished": entry.published.isoformat(), "dateModified": mod.isoformat(),
             "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": language},
            {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": self.url(f"/{self.side_of(entry)}/")},
                {"@type": "ListItem", "position": 2, "name": entry.title}]},
            {"@type": "WebSite", "@id": self.url("/#website"), "url": self.url("/"), "name": self.site_name,
             "inLanguage": language},
            {"@type": "Person", "@id": pid, "name": author.name, "url": self.url(self.side_author(self.side_of(entry), author))}]
        return (f'<script type="application/ld+json" class="yoast-schema-graph">'
                f'{json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)}</script>\n')

    # -- pages ---------------------------------------------------------------------------------------------

    def page_language(self, entry: Entry) -> tuple[str, str]:
        """(html lang, Yoast's language) as the page declares them."""
        side = self.side_of(entry)
        if side == "fr":
            return "en-US", UI["fr"]["html"]     # the lang attribute was never switched on French singles
        return UI[side]["html"], UI[side]["html"]

    def render_article(self, entry: Entry) -> str:
        side = self.side_of(entry)
        title = f"{entry.title} - {self.site_name}"
        url = self.url(self.post_path(entry))
        targets = self.targets_of(entry)
        html_lang, language = self.page_language(entry)
        mod = self.modified(entry)
        head = self.head(side, title, url, "article", targets, UI[side]["locale"],
                         f'<meta property="article:published_time" content="{entry.published.isoformat()}">\n'
                         f'<meta property="article:modified_time" content="{mod.isoformat()}">\n'
                         f'<meta name="author" content="{self.e(entry.authors[0].name)}">\n'
                         f'<meta name="description" content="{self.e(self.teaser(entry))}">\n'
                         + self.yoast(entry, title, language))
        same = self.on_side(side)
        i = same.index(entry)
        older = same[i + 1] if i + 1 < len(same) else None
        newer = same[i - 1] if i > 0 else None
        nav = ('<nav id="nav-below" class="post-navigation" aria-label="Posts">'
               + (f'<div class="nav-previous"><span class="gp-icon icon-arrow-left"><svg aria-hidden="true"></svg></span>'
                  f'<span class="prev"><a href="{self.url(self.post_path(older))}" rel="prev">{self.e(older.title)}</a></span></div>'
                  if older else "")
               + (f'<div class="nav-next"><span class="gp-icon icon-arrow-right"><svg aria-hidden="true"></svg></span>'
                  f'<span class="next"><a href="{self.url(self.post_path(newer))}" rel="next">{self.e(newer.title)}</a></span></div>'
                  if newer else "")
               + "</nav>")
        thumb = ("" if entry.story.kind != "article" else
                 f'<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="800" '
                 f'src="{self.url(f"/wp-content/uploads/2024/03/{entry.slug[:28]}.jpg")}" class="attachment-full size-full '
                 f'wp-post-image" alt="" decoding="async" fetchpriority="high"></div>')
        article = (f'<article id="post-{entry.post_id}" class="{self.article_classes(entry)}">'
                   f'<div class="inside-article">{thumb}<header class="entry-header">'
                   f'<h1 class="entry-title">{self.e(entry.title)}</h1>{self.meta(entry, side)}</header>'
                   f'<div class="entry-content">\n{self.body_html(entry)}\n{self.crp(entry, side)}</div>'
                   f'<footer class="entry-meta" aria-label="Entry meta">{self.terms(entry, side)}{nav}</footer>'
                   f"</div></article>")
        main = (f'<div class="content-area" id="primary"><main class="site-main" id="main">{article}'
                f"{self.comments(entry, side)}</main></div>{self.sidebar(side, targets)}")
        cats = " ".join(f"category-{self.term_slug(c)}" for c in entry.categories)
        body_class = f"post-template-default single single-post postid-{entry.post_id} single-format-standard wp-embed-responsive {cats}"
        return self.document(side, html_lang, title, body_class, main, targets, head)

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        side, kind, name = self.listing_of[path_of(1)]
        ui = UI[side]
        posts = "".join(
            f'<article id="post-{o.post_id}" class="{self.article_classes(o)}"><div class="inside-article">'
            f'<header class="entry-header"><h2 class="entry-title"><a href="{self.url(self.post_path(o))}" rel="bookmark">'
            f'{self.e(o.title)}</a></h2>{self.meta(o, side)}</header>'
            f'<div class="entry-summary"><p>{self.e(self.teaser(o))} <a title="{self.e(o.title)}" class="read-more" '
            f'href="{self.url(self.post_path(o))}" aria-label="{self.e(o.title)}">{ui["more"]}</a></p></div>'
            f'<footer class="entry-meta" aria-label="Entry meta">{self.terms(o, side)}<span class="comments-link">'
            f'<a href="{self.url(self.post_path(o))}#respond">{ui["comment"]}</a></span> </footer></div></article>'
            for o in items)
        header = ""
        if kind != "home":
            label = {"category": ui["category"], "tag": ui["tag"], "author": ui["author"]}[kind]
            header = (f'<header class="page-header" aria-label="Page"><h1 class="page-title">{label}: '
                      f'<span>{self.e(name)}</span></h1></header>')
        pager = ""
        if pages > 1:
            numbers = "".join(
                (f'<span aria-current="page" class="page-numbers current"><span class="screen-reader-text">Page</span>{k}</span>'
                 if k == n else f'<a class="page-numbers" href="{self.url(path_of(k))}"><span class="screen-reader-text">Page</span>{k}</a>')
                for k in range(1, pages + 1))
            if n > 1:
                numbers = f'<a class="prev page-numbers" href="{self.url(path_of(n - 1))}"><span aria-hidden="true">&larr;</span> Previous</a>' + numbers
            if n < pages:
                numbers += f'<a class="next page-numbers" href="{self.url(path_of(n + 1))}">Next <span aria-hidden="true">&rarr;</span></a>'
            pager = ('<nav id="nav-below" class="paging-navigation" aria-label="Archive Page"><span class="screen-reader-text">'
                     'Post navigation</span>'
                     + (f'<div class="nav-previous"><span class="prev" title="Previous"><a href="{self.url(path_of(n + 1))}">'
                        f'{ui["older"]}</a></span></div>' if n < pages else "")
                     + f'<div class="nav-links">{numbers}</div></nav>')
        main = (f'<div class="content-area" id="primary"><main class="site-main" id="main">{header}{posts}{pager}</main></div>'
                f"{self.sidebar(side, {})}")
        page_title = (f"{name} Archives - {self.site_name}" if kind != "home" else f"{self.site_name} - {ui['home']}")
        if n > 1:
            page_title = page_title.replace(f" - {self.site_name}", f" - Page {n} of {pages} - {self.site_name}")
        url = self.url(path_of(n))
        head = self.head(side, page_title, url, "website", {}, ui["locale"])
        body_class = {"home": "home blog", "category": "archive category", "tag": "archive tag", "author": "archive author"}[kind]
        return self.document(side, ui["html"], page_title, body_class, main, {}, head)

    def render_page(self, slug: str, title: str, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{self.e(p)}</p>" for p in paragraphs)
        pid = 30 + len(slug)
        url = self.url(self.page_path(slug))
        main = (f'<div class="content-area" id="primary"><main class="site-main" id="main"><article id="post-{pid}" '
                f'class="post-{pid} page type-page status-publish"><div class="inside-article"><header class="entry-header">'
                f'<h1 class="entry-title">{self.e(title)}</h1></header><div class="entry-content">{body}</div></div></article>'
                f"</main></div>{self.sidebar('en', {})}")
        head = self.head("en", f"{title} - {self.site_name}", url, "article", {}, "en_US")
        return self.document("en", "en-US", f"{title} - {self.site_name}", f"page-template-default page page-id-{pid}",
                             main, {}, head)
