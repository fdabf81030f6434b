"""Hand-written posts the demo's long English articles lack: video posts, short posts and posts in
six other languages (Arabic only in families whose plan asks for it). Each entry: title, category,
tags, language, paragraphs, and a video URL or a source URL where the post has one. The text is this project's own.
"""
from __future__ import annotations

VIDEO_POSTS = [
    {"title": "Video: A Five-Minute Desk Stretch Routine", "category": "Exercise & Fitness",
     "tags": ["Stretching", "Posture"], "video": "https://www.youtube.com/embed/kX3mTq9pLw2",
     "paragraphs": ["Sitting for hours tightens the hips and rounds the shoulders. Follow along with this short "
                    "routine between meetings: neck rolls, a seated twist, a doorway chest stretch and two calf "
                    "raises. Stop any movement that causes sharp pain."]},
    {"title": "Watch: How to Read a Blood Pressure Cuff at Home", "category": "Heart Health",
     "tags": ["Blood pressure", "Home monitoring"], "video": "https://player.vimeo.com/video/482913305",
     "paragraphs": ["Our nurse shows how to place the cuff, how long to rest first and why two readings a minute "
                    "apart beat one.", "Write both numbers down and bring the log to your next appointment."]},
    {"title": "Video: Three Breathing Exercises for Stressful Days", "category": "Mental Health",
     "tags": ["Stress", "Breathing"], "video": "https://www.youtube.com/embed/Rb7vQe2Hn5c",
     "paragraphs": ["Box breathing, longer exhales and the physiological sigh each take less than a minute. Try "
                    "them before a difficult call or when sleep will not come."]},
    {"title": "Cooking Demo: A High-Fiber Lentil Soup", "category": "Nutrition",
     "tags": ["Fiber", "Recipes"], "video": "https://www.youtube.com/embed/Lp4Zc8mWd1s",
     "paragraphs": ["One pot, red lentils, carrots, cumin and a squeeze of lemon. A bowl gives about twelve grams "
                    "of fiber and keeps well in the fridge for four days."]},
    {"title": "Video: Balance Drills You Can Do at the Kitchen Counter", "category": "Senior Care",
     "tags": ["Falls", "Balance"], "video": "https://player.vimeo.com/video/517204688",
     "paragraphs": ["Hold the counter with one hand and practise standing on one leg, heel-to-toe steps and slow "
                    "sit-to-stands. Two short sessions a day build steadier legs within weeks."]},
    {"title": "Watch: Applying Sunscreen the Right Way", "category": "Skin Health",
     "tags": ["Sunscreen", "Skin care"], "video": "https://www.youtube.com/embed/Sx2Ne6Ju0Ya",
     "paragraphs": ["Most people use half the amount the label assumes. Our dermatologist shows the two-finger "
                    "rule for the face and the spots everyone misses: ears, the back of the neck and the feet."]},
    {"title": "Video: What Happens During a Sleep Study", "category": "Sleep",
     "tags": ["Sleep apnea", "Insomnia"], "video": "https://player.vimeo.com/video/390611472",
     "paragraphs": ["A sleep technician walks through the sensors, the overnight room and what the results "
                    "report says, so the night feels less strange."]},
    {"title": "Video: Checking Your Feet When You Have Diabetes", "category": "Diabetes",
     "tags": ["Diabetes", "Foot care"], "video": "https://www.youtube.com/embed/Df9Kr3Tb6Hq",
     "paragraphs": ["A daily two-minute check catches small cuts and blisters before they become ulcers. Use a "
                    "mirror for the soles, look between the toes and feel for warm or numb spots."]},
]

SHORT_POSTS = [
    {"title": "Quick Tip: Keep a Water Bottle Where You Work", "category": "Nutrition", "tags": ["Hydration"],
     "source": "https://www.cdc.gov/healthy-weight-growth/water-healthy-drinks/index.html",
     "paragraphs": ["Thirst is easy to ignore when you are busy. A bottle within reach turns drinking water into "
                    "something you do without deciding to. Refill it at lunch and again mid-afternoon, and "
                    "notice whether the late-day headache that used to arrive around four o'clock still comes.",
                    "Plain water is best; tea and coffee count too, in moderation."]},
    {"title": "Why We Changed Our Newsletter Schedule", "category": "News", "tags": ["Site news"],
     "paragraphs": ["Readers told us a weekly digest was easier to keep up with than three short emails. From "
                    "next month the newsletter arrives every Saturday morning, with the week's articles, one "
                    "question from a reader and a short answer from one of our clinicians.",
                    "You can change your preferences at any time from the link at the bottom of each email."]},
    {"title": "Flu Shots Are Available at Most Pharmacies Now", "category": "News", "tags": ["Vaccines", "Flu"],
     "source": "https://www.who.int/news-room/fact-sheets/detail/influenza-(seasonal)",
     "paragraphs": ["Seasonal flu vaccines have arrived at most community pharmacies. Adults can usually walk in "
                    "without an appointment, and many insurance plans cover the shot in full. Getting "
                    "vaccinated before the season peaks gives your body about two weeks to build protection."]},
    {"title": "A Two-Line Sleep Diary That Actually Helps", "category": "Sleep", "tags": ["Sleep", "Habits"],
     "paragraphs": ["Each morning write two lines: when you went to bed and got up, and how rested you feel on a "
                    "scale of one to five. After two weeks patterns appear on their own, such as late caffeine, "
                    "weekend lie-ins or screens in bed, and you have something concrete to show your doctor."]},
    {"title": "Reader Question: Is It Safe to Exercise With a Cold?", "category": "Exercise & Fitness",
     "tags": ["Exercise", "Colds"],
     "paragraphs": ["A useful rule is the neck check. Symptoms above the neck, such as a runny nose or a mild "
                    "sore throat, usually allow gentle exercise like walking. Symptoms below the neck, such as "
                    "chest congestion, body aches or a fever, mean rest until they pass.",
                    "Ease back in over a few days rather than returning at full intensity."]},
    {"title": "Five Pantry Staples for Heart-Healthy Meals", "category": "Heart Health",
     "tags": ["Heart health", "Pantry"],
     "paragraphs": ["Canned beans without added salt, rolled oats, tinned sardines, frozen vegetables and a good "
                    "olive oil make a week of quick meals possible. Rinse canned beans to cut the sodium further, "
                    "and keep a bag of unsalted nuts for snacks that do not come from a vending machine."]},
]

FOREIGN_POSTS = [
    {"lang": "pt", "title": "Como melhorar o sono com pequenas mudanças", "category": "Sono",
     "tags": ["Sono", "Hábitos"],
     "paragraphs": ["Dormir bem não depende apenas do número de horas na cama. Deitar e acordar sempre no mesmo "
                    "horário, mesmo aos fins de semana, ajuda o relógio biológico a se ajustar e torna o "
                    "adormecer mais fácil.",
                    "Evite café depois do almoço e deixe o celular fora do quarto. Se a insônia durar mais de três "
                    "semanas, converse com o seu médico, porque existem tratamentos eficazes que não usam remédios.",
                    "Um quarto escuro, silencioso e um pouco fresco também faz diferença na qualidade do descanso."]},
    {"lang": "pt", "title": "Caminhar todos os dias: quanto é suficiente?", "category": "Exercício",
     "tags": ["Caminhada", "Atividade física"],
     "paragraphs": ["Muitas pessoas acreditam que só os dez mil passos trazem benefícios, mas os estudos mostram "
                    "que a saúde melhora bem antes disso. Para adultos sedentários, acrescentar dois mil passos "
                    "por dia já reduz o risco de doenças do coração.",
                    "O mais importante é a regularidade. Uma caminhada curta depois das refeições ajuda também a "
                    "controlar o açúcar no sangue, e subir escadas em vez de usar o elevador conta como exercício."]},
    {"lang": "es", "title": "Qué comer para cuidar el corazón", "category": "Nutrición",
     "tags": ["Corazón", "Dieta"],
     "paragraphs": ["La dieta mediterránea sigue siendo una de las mejores opciones para proteger el corazón. Se "
                    "basa en verduras, legumbres, frutas, cereales integrales, pescado y aceite de oliva, con poca "
                    "carne roja y pocos alimentos ultraprocesados.",
                    "No hace falta cambiarlo todo de golpe. Empiece por añadir una ración de legumbres a la semana "
                    "y por cocinar con aceite de oliva en lugar de mantequilla. Reducir la sal es otra medida "
                    "sencilla que baja la presión arterial en pocas semanas."]},
    {"lang": "es", "title": "El estrés crónico y cómo afecta al cuerpo", "category": "Salud mental",
     "tags": ["Estrés", "Ansiedad"],
     "paragraphs": ["El estrés de corta duración nos ayuda a reaccionar ante un problema, pero cuando se mantiene "
                    "durante meses altera el sueño, la digestión y la tensión arterial. Muchas personas notan "
                    "dolores de cabeza, cansancio constante o dificultad para concentrarse.",
                    "Dormir lo suficiente, moverse todos los días y hablar con alguien de confianza son medidas "
                    "que funcionan. Si la ansiedad no le deja llevar una vida normal, pida ayuda a un profesional."]},
    {"lang": "fr", "title": "Bien s'hydrater pendant les fortes chaleurs", "category": "Nutrition",
     "tags": ["Hydratation", "Été"],
     "paragraphs": ["Pendant une canicule, le corps perd beaucoup d'eau par la transpiration, surtout chez les "
                    "personnes âgées qui ressentent moins la soif. Il faut boire régulièrement, sans attendre "
                    "d'avoir soif, et privilégier l'eau plutôt que les boissons sucrées ou alcoolisées.",
                    "Fermez les volets pendant la journée, aérez la nuit et prenez des nouvelles de vos proches "
                    "isolés. Des vertiges, une grande fatigue ou une confusion doivent faire consulter rapidement."]},
    {"lang": "fr", "title": "Le mal de dos au bureau : les bons réflexes", "category": "Dos et posture",
     "tags": ["Dos", "Posture"],
     "paragraphs": ["Rester assis toute la journée fatigue le dos, même avec une bonne chaise. L'écran doit se "
                    "trouver à hauteur des yeux et les pieds bien à plat sur le sol.",
                    "Le plus efficace reste de bouger : levez-vous toutes les trente minutes, marchez pendant les "
                    "appels téléphoniques et faites quelques étirements simples. Si la douleur descend dans la "
                    "jambe ou dure plus de six semaines, parlez-en à votre médecin."]},
    {"lang": "de", "title": "Vitamin D im Winter: Wer braucht mehr?", "category": "Ernährung",
     "tags": ["Vitamin D", "Winter"],
     "paragraphs": ["Im Winter steht die Sonne in Mitteleuropa so tief, dass die Haut kaum Vitamin D bilden "
                    "kann. Die meisten gesunden Erwachsenen kommen trotzdem mit ihren Speichern über die dunklen "
                    "Monate, doch ältere Menschen und Personen, die selten ins Freie gehen, haben oft zu niedrige "
                    "Werte.",
                    "Ob ein Präparat sinnvoll ist, sollte man mit der Hausärztin oder dem Hausarzt besprechen. "
                    "Zu hohe Dosen über lange Zeit können schaden, deshalb ist mehr nicht automatisch besser."]},
    {"lang": "de", "title": "Gesund älter werden: Muskeln erhalten", "category": "Bewegung",
     "tags": ["Krafttraining", "Alter"],
     "paragraphs": ["Ab dem vierzigsten Lebensjahr verliert der Körper langsam Muskelmasse, wenn man nichts "
                    "dagegen tut. Zwei kurze Krafteinheiten pro Woche reichen aus, um diesen Abbau deutlich zu "
                    "bremsen.",
                    "Übungen mit dem eigenen Körpergewicht, etwa Kniebeugen an einem Stuhl oder Liegestütze an "
                    "der Wand, sind ein guter Anfang. Wichtig sind außerdem genug Eiweiß und ausreichend Schlaf, "
                    "damit sich die Muskeln erholen können."]},
    {"lang": "ru", "title": "Как снизить давление без лекарств", "category": "Сердце",
     "tags": ["Давление", "Профилактика"],
     "paragraphs": ["Повышенное давление часто не вызывает никаких симптомов, поэтому его важно регулярно "
                    "измерять. Даже небольшое снижение помогает защитить сердце, почки и сосуды головного мозга.",
                    "Меньше соли, больше овощей и ежедневная ходьба по тридцать минут дают заметный эффект уже "
                    "через несколько недель. Если давление остаётся высоким, врач подберёт лечение, а образ "
                    "жизни поможет ему работать лучше."]},
    {"lang": "ru", "title": "Сон и иммунитет: почему важно высыпаться", "category": "Сон",
     "tags": ["Сон", "Иммунитет"],
     "paragraphs": ["Во время сна организм восстанавливается и вырабатывает вещества, которые помогают бороться "
                    "с инфекциями. Люди, которые спят меньше шести часов, простужаются чаще.",
                    "Старайтесь ложиться в одно и то же время, не пейте кофе вечером и проветривайте спальню "
                    "перед сном. Если бессонница длится больше месяца, стоит обратиться к врачу."]},    {"lang": "ar", "title": "فوائد المشي اليومي لصحة القلب", "category": "لياقة",
     "tags": ["المشي", "القلب"],
     "paragraphs": ["المشي من أسهل أنواع الرياضة وأكثرها أمانًا، ولا يحتاج إلى معدات خاصة أو اشتراك في نادٍ "
                    "رياضي. وتشير الدراسات إلى أن المشي السريع لمدة ثلاثين دقيقة في معظم أيام الأسبوع يخفض "
                    "ضغط الدم ويحسن مستوى الكوليسترول.",
                    "ابدأ بعشر دقائق بعد كل وجبة، ثم زد المدة تدريجيًا. وإذا كنت تعاني من مرض مزمن في القلب أو "
                    "المفاصل، فاستشر طبيبك قبل أن تبدأ برنامجًا جديدًا."]},
    {"lang": "ar", "title": "كيف تحمي أطفالك من الجفاف في الصيف", "category": "صحة الطفل",
     "tags": ["الجفاف", "الأطفال"],
     "paragraphs": ["يفقد الأطفال السوائل أسرع من الكبار، خاصة عند اللعب في الشمس. قدّم لطفلك الماء بانتظام "
                    "حتى لو لم يطلبه، وتجنب العصائر المحلاة والمشروبات الغازية.",
                    "من علامات الجفاف قلة التبول وجفاف الفم والخمول غير المعتاد. إذا ظهرت هذه العلامات على رضيع "
                    "أو طفل صغير، فتوجه إلى الطبيب دون تأخير."]},
]

# Evergreen pages every family serves: slug -> (title, paragraphs).
EVERGREEN = {
    "about": ("About Us", [
        "We are a small team of clinicians and health writers. Every article is written or checked by someone "
        "with training in the subject, and we update older pieces when the evidence changes.",
        "We do not sell supplements and we do not accept payment for coverage."]),
    "contact": ("Contact", [
        "Questions, corrections or ideas for an article are welcome. Write to the editors through the form below "
        "and we will answer within a week. We cannot give personal medical advice by email."]),
    "start-here": ("Start Here", [
        "New to the site? These guides are the best place to begin: sleep, everyday nutrition, moving more and "
        "looking after your mental health. Each one links to our longer articles on the subject."]),
    "privacy-policy": ("Privacy Policy", [
        "We collect as little as we can: anonymous visit counts and, if you subscribe, your email address. We "
        "never sell personal data. You can ask us to delete what we hold about you at any time."]),
}

# People the families draw their authors and reviewers from: (name, honorific, credentials).
PEOPLE = [
    ("Ana Costa", "Dr.", ("MD", "FAAD")),
    ("Marcus Bell", "", ("RD",)),
    ("Lena Hoffmann", "", ("PhD",)),
    ("Tomás Rivera", "", ("RN", "BSN")),
    ("Priya Shah", "", ("PharmD",)),
    ("Olivia Grant", "", ()),
    ("Yusuf Demir", "Dr.", ("MD", "MPH")),
    ("Claire Dubois", "", ("MSc",)),
    ("Irina Volkova", "Dr.", ("MD",)),
    ("Jonah Whitaker", "", ()),
]
REVIEWERS = [
    ("Helen Okoro", "Dr.", ("MD", "FACP")),
    ("Rafael Mendes", "Dr.", ("DO",)),
    ("Sarah Lindgren", "", ("RN", "MSN")),
]
