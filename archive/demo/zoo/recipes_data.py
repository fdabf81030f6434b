"""The recipe cards of the ``recipes`` family (WP Recipe Maker): name, summary, times, ingredients
(amount, unit, name, notes), instruction steps and the nutrition label's numbers per serving."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Recipe:
    slug: str
    name: str
    summary: str
    servings: int
    prep: int                     # minutes
    cook: int
    course: str
    cuisine: str
    ingredients: tuple[tuple[str, str, str, str], ...]   # amount, unit, name, notes
    instructions: tuple[str, ...]
    nutrition: tuple[int, int, int, int, int, int, int]   # kcal, carbs g, protein g, fat g, fiber g, sugar g, sodium mg
    language: str = "en"

    def ingredient_lines(self) -> list[str]:
        """Each ingredient as the card prints it: "1 cup red lentils, rinsed"."""
        out = []
        for amount, unit, name, notes in self.ingredients:
            line = " ".join(p for p in (amount, unit, name) if p)
            out.append(f"{line}, {notes}" if notes else line)
        return out


# The lentil soup belongs to the cooking-demo video post; the others go, in order, to the posts that carry a card.
LENTIL_SOUP = Recipe(
    "high-fiber-red-lentil-soup", "High-Fiber Red Lentil Soup",
    "A one-pot soup of red lentils, carrots and cumin that is ready in forty minutes and keeps for four days.",
    6, 15, 30, "Soup", "Mediterranean",
    (("1", "tablespoon", "olive oil", ""), ("1", "", "yellow onion", "diced"), ("2", "", "carrots", "peeled and diced"),
     ("3", "cloves", "garlic", "minced"), ("2", "teaspoons", "ground cumin", ""), ("1 ½", "cups", "red lentils", "rinsed"),
     ("6", "cups", "low-sodium vegetable broth", ""), ("1", "", "lemon", "juiced")),
    ("Warm the olive oil in a large pot over medium heat and cook the onion and carrots until soft, about eight minutes.",
     "Stir in the garlic and cumin and cook for one minute, until fragrant.",
     "Add the lentils and broth, bring to a boil, then simmer uncovered for twenty minutes, until the lentils fall apart.",
     "Blend half of the soup, stir it back in and finish with the lemon juice. Season to taste."),
    (248, 38, 14, 4, 15, 5, 310))

RECIPES = (
    Recipe("overnight-oats-with-chia-and-berries", "Overnight Oats with Chia and Berries",
           "Creamy make-ahead oats with chia seeds and frozen berries for a breakfast that keeps you full until lunch.",
           2, 5, 0, "Breakfast", "American",
           (("1", "cup", "rolled oats", ""), ("2", "tablespoons", "chia seeds", ""), ("1 ¼", "cups", "unsweetened almond milk", ""),
            ("½", "cup", "plain Greek yogurt", ""), ("1", "cup", "frozen mixed berries", ""), ("1", "teaspoon", "maple syrup", "optional")),
           ("Stir the oats, chia seeds, almond milk and yogurt together in a bowl or two jars.",
            "Top with the frozen berries, cover and refrigerate overnight or for at least six hours.",
            "Stir before eating and sweeten with maple syrup if you like."),
           (312, 44, 15, 9, 10, 9, 95)),
    Recipe("sheet-pan-salmon-with-broccoli", "Sheet Pan Salmon with Broccoli",
           "Salmon fillets and broccoli roasted on one pan with a garlic and lemon glaze, dinner in twenty-five minutes.",
           4, 10, 15, "Main Course", "American",
           (("4", "", "salmon fillets", "about 5 ounces each"), ("1", "large head", "broccoli", "cut into florets"),
            ("2", "tablespoons", "olive oil", ""), ("2", "cloves", "garlic", "grated"), ("1", "", "lemon", "zested and juiced"),
            ("½", "teaspoon", "kosher salt", "")),
           ("Heat the oven to 425°F (220°C) and line a sheet pan with parchment.",
            "Toss the broccoli with half the oil and the salt and spread it on the pan; roast for five minutes.",
            "Whisk the rest of the oil with the garlic, lemon zest and juice, brush it over the salmon and set the fillets among the broccoli.",
            "Roast for ten to twelve minutes, until the salmon flakes easily."),
           (365, 9, 35, 21, 4, 2, 390)),
    Recipe("chickpea-and-spinach-curry", "Chickpea and Spinach Curry",
           "A mild weeknight curry of chickpeas, tomatoes and spinach simmered in light coconut milk.",
           4, 10, 20, "Main Course", "Indian",
           (("1", "tablespoon", "canola oil", ""), ("1", "", "onion", "finely chopped"), ("1", "tablespoon", "curry powder", ""),
            ("2", "cans", "chickpeas", "drained and rinsed"), ("1", "can", "diced tomatoes", "14 ounces"),
            ("1", "cup", "light coconut milk", ""), ("4", "cups", "baby spinach", "")),
           ("Cook the onion in the oil over medium heat until golden, about six minutes, then stir in the curry powder.",
            "Add the chickpeas, tomatoes and coconut milk and simmer for fifteen minutes.",
            "Fold in the spinach until it wilts and serve with brown rice."),
           (298, 36, 11, 12, 10, 8, 420)),
    Recipe("greek-yogurt-parfait", "Greek Yogurt Parfait",
           "Layers of protein-rich yogurt, crunchy granola and fresh fruit for a quick breakfast or snack.",
           1, 5, 0, "Breakfast", "American",
           (("¾", "cup", "plain Greek yogurt", ""), ("¼", "cup", "low-sugar granola", ""), ("½", "cup", "strawberries", "sliced"),
            ("1", "tablespoon", "ground flaxseed", "")),
           ("Spoon half the yogurt into a glass and top with half the strawberries and granola.",
            "Repeat the layers and finish with the flaxseed."),
           (265, 27, 20, 9, 5, 13, 70)),
    Recipe("quinoa-black-bean-salad", "Quinoa Black Bean Salad",
           "A make-ahead salad with quinoa, black beans, corn and a lime dressing that holds up in the fridge all week.",
           6, 15, 15, "Salad", "Mexican",
           (("1", "cup", "quinoa", "rinsed"), ("1", "can", "black beans", "drained and rinsed"), ("1", "cup", "corn kernels", ""),
            ("1", "", "red bell pepper", "diced"), ("¼", "cup", "cilantro", "chopped"), ("3", "tablespoons", "lime juice", ""),
            ("2", "tablespoons", "olive oil", "")),
           ("Cook the quinoa in two cups of water for fifteen minutes, then spread it out to cool.",
            "Toss the cooled quinoa with the beans, corn, pepper and cilantro.",
            "Whisk the lime juice with the oil, pour it over the salad and season to taste."),
           (254, 38, 9, 7, 8, 3, 180)),
    Recipe("baked-oatmeal-cups", "Baked Oatmeal Cups",
           "Portable baked oatmeal sweetened with banana, ready to grab from the freezer on busy mornings.",
           12, 10, 25, "Breakfast", "American",
           (("3", "cups", "rolled oats", ""), ("2", "", "ripe bananas", "mashed"), ("2", "", "eggs", ""),
            ("1 ½", "cups", "milk", ""), ("1", "teaspoon", "baking powder", ""), ("1", "teaspoon", "cinnamon", "")),
           ("Heat the oven to 350°F (175°C) and grease a twelve-cup muffin tin.",
            "Mix the bananas, eggs and milk, then stir in the oats, baking powder and cinnamon.",
            "Divide among the cups and bake for twenty-five minutes, until set."),
           (128, 21, 5, 3, 3, 4, 65)),
    Recipe("turkey-and-vegetable-chili", "Turkey and Vegetable Chili",
           "A lean chili with ground turkey, beans and plenty of vegetables that freezes well.",
           6, 15, 40, "Main Course", "American",
           (("1", "pound", "lean ground turkey", ""), ("1", "", "onion", "diced"), ("1", "", "zucchini", "diced"),
            ("2", "tablespoons", "chili powder", ""), ("1", "can", "kidney beans", "drained"),
            ("1", "can", "crushed tomatoes", "28 ounces")),
           ("Brown the turkey with the onion in a large pot over medium-high heat.",
            "Add the zucchini and chili powder and cook for two minutes.",
            "Stir in the beans and tomatoes and simmer, partly covered, for thirty minutes."),
           (276, 24, 24, 9, 8, 7, 460)),
    Recipe("roasted-sweet-potato-wedges", "Roasted Sweet Potato Wedges",
           "Crisp-edged sweet potato wedges with smoked paprika, a side dish rich in fiber and vitamin A.",
           4, 5, 30, "Side Dish", "American",
           (("2", "large", "sweet potatoes", "cut into wedges"), ("1", "tablespoon", "olive oil", ""),
            ("1", "teaspoon", "smoked paprika", ""), ("¼", "teaspoon", "salt", "")),
           ("Heat the oven to 425°F (220°C).",
            "Toss the wedges with the oil, paprika and salt and spread them in one layer.",
            "Roast for thirty minutes, turning once, until browned at the edges."),
           (142, 24, 2, 4, 4, 5, 190)),
    Recipe("green-smoothie-with-spinach-and-mango", "Green Smoothie with Spinach and Mango",
           "A bright smoothie of spinach, mango and banana with a spoon of peanut butter for staying power.",
           2, 5, 0, "Drinks", "American",
           (("2", "cups", "baby spinach", ""), ("1", "cup", "frozen mango", ""), ("1", "", "banana", ""),
            ("1", "tablespoon", "peanut butter", ""), ("1", "cup", "unsweetened soy milk", "")),
           ("Put everything in a blender, liquid first.", "Blend until smooth, adding a splash of water if it is too thick."),
           (215, 33, 8, 7, 5, 22, 110)),
    Recipe("lemon-herb-chicken-bowls", "Lemon Herb Chicken Bowls",
           "Grilled chicken over brown rice with cucumbers, tomatoes and a yogurt-herb sauce, good for meal prep.",
           4, 20, 15, "Main Course", "Mediterranean",
           (("1 ½", "pounds", "chicken breast", ""), ("2", "tablespoons", "lemon juice", ""), ("1", "teaspoon", "dried oregano", ""),
            ("2", "cups", "cooked brown rice", ""), ("1", "", "cucumber", "diced"), ("1", "cup", "cherry tomatoes", "halved"),
            ("½", "cup", "plain yogurt", "mixed with chopped dill")),
           ("Marinate the chicken in the lemon juice and oregano for at least fifteen minutes.",
            "Grill or pan-sear the chicken for six to seven minutes a side, then rest and slice it.",
            "Divide the rice among four bowls and top with the chicken, cucumber, tomatoes and yogurt sauce."),
           (390, 33, 42, 8, 3, 4, 300)),
    Recipe("hummus-veggie-wrap", "Hummus Veggie Wrap",
           "A no-cook lunch wrap with hummus, crunchy vegetables and a handful of greens.",
           1, 10, 0, "Lunch", "Mediterranean",
           (("1", "large", "whole-wheat tortilla", ""), ("3", "tablespoons", "hummus", ""), ("¼", "cup", "shredded carrots", ""),
            ("¼", "", "cucumber", "sliced thin"), ("1", "handful", "mixed greens", "")),
           ("Spread the hummus over the tortilla, leaving an inch at the edge.",
            "Layer the vegetables and greens across the middle, fold in the sides and roll it up tightly."),
           (320, 45, 11, 11, 9, 5, 560)),
    Recipe("berry-chia-jam", "Berry Chia Jam",
           "A quick jam thickened with chia seeds instead of pectin, with a fraction of the sugar of regular jam.",
           16, 2, 10, "Condiment", "American",
           (("2", "cups", "mixed berries", "fresh or frozen"), ("2", "tablespoons", "chia seeds", ""),
            ("1", "tablespoon", "honey", ""), ("1", "teaspoon", "lemon juice", "")),
           ("Simmer the berries in a small pan, mashing them as they soften, for about eight minutes.",
            "Stir in the chia seeds, honey and lemon juice and cook one minute more.",
            "Let it cool; it thickens as it sits. Keep in the fridge for up to two weeks."),
           (22, 4, 1, 1, 1, 3, 1)),
)

RECETA = Recipe(
    "ensalada-de-salmon-y-aguacate", "Ensalada de salmón y aguacate",
    "Una ensalada rica en omega-3 con salmón al horno, aguacate y un aliño de limón, lista en veinte minutos.",
    2, 10, 12, "Ensalada", "Mediterránea",
    (("2", "", "filetes de salmón", "de unos 120 g"), ("1", "", "aguacate", "en dados"), ("4", "tazas", "lechuga variada", ""),
     ("1", "taza", "tomates cherry", "partidos por la mitad"), ("2", "cucharadas", "aceite de oliva virgen extra", ""),
     ("1", "", "limón", "el zumo")),
    ("Hornea el salmón a 200 °C durante doce minutos y deja que se temple.",
     "Reparte la lechuga, los tomates y el aguacate en dos platos.",
     "Desmenuza el salmón por encima y aliña con el aceite y el zumo de limón."),
    (455, 14, 29, 32, 8, 4, 150), "es")
