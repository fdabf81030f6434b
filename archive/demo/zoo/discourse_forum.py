"""The community forum of the discourse family: its categories, members and topics (what patients
and the charity's staff wrote), as plain data the family renders in Discourse's crawler view."""
from __future__ import annotations

# (id, slug, name, colour, description)
CATEGORIES = (
    (5, "announcements", "Announcements", "BF1E2E",
     "News and updates from the Patients Together team. Only staff can start topics here."),
    (6, "introductions", "Introductions", "0088CC",
     "New here? Say hello, tell us a little about yourself and what brought you to the community."),
    (7, "living-with-it", "Living with a long-term condition", "25AAE2",
     "Day-to-day life: fatigue, work, sleep, food, relationships and everything in between."),
    (8, "treatments", "Treatments and side effects", "3AB54A",
     "Share experiences of medicines, therapies and appointments. This is not a substitute for advice "
     "from your own doctor or nurse."),
    (9, "carers", "Carers and family", "F7941D",
     "A space for partners, parents, children and friends who support someone with a long-term condition."),
    (10, "news", "News discussions", "652D90",
     "Comments on articles from the Patients Together news pages. Topics here are created automatically "
     "when an article is published."),
)

# username -> (display name, title, staff)
MEMBERS = {
    "sarah.whitfield": ("Sarah Whitfield", "Community Manager", True),
    "helen_nurse": ("Helen Okafor", "Specialist Nurse", True),
    "patientstogether": ("Patients Together", "", True),
    "fatigued_fran": ("Fran", "", False),
    "mike_r": ("Mike R", "", False),
    "jojo72": ("", "", False),
    "gardengran": ("Maureen", "", False),
    "tomos_w": ("Tomos", "", False),
    "lou_b": ("Louise B", "", False),
    "kez": ("", "", False),
    "dan_the_carer": ("Dan", "", False),
    "priya.s": ("Priya", "", False),
    "quietsea": ("", "", False),
    "rachel_m": ("Rachel", "", False),
    "ste_h": ("Steve H", "", False),
    "annie_k": ("Annie", "", False),
    "winston55": ("", "", False),
}
PATIENTS = tuple(u for u, (_, _, staff) in MEMBERS.items() if not staff)

BIOS = {
    "sarah.whitfield": "Community Manager at Patients Together. I look after the forum, so give me a shout if "
                       "anything needs attention.",
    "helen_nurse": "Specialist nurse on the Patients Together helpline, Tuesdays and Thursdays.",
    "fatigued_fran": "Diagnosed 2019. Slowly learning to pace. Cat person.",
    "gardengran": "Grandmother of four, allotment keeper, living with RA since 2008.",
    "dan_the_carer": "Full-time carer for my wife.",
}

# (category slug, title, tags, opening post paragraphs, posts in the topic)
TOPICS = (
    ("introductions", "Hello from a newbie in Leeds", ("newly-diagnosed",),
     ("Hi everyone, I found this forum through my GP surgery's noticeboard. I was diagnosed with lupus in the "
      "spring after two years of being told it was probably stress.",
      "I'm 34, work in a school office and have two boys. Mostly I'm here to listen and learn how other "
      "people manage the tiredness, because at the moment it's knocking me flat by mid-afternoon."), 6),
    ("introductions", "Diagnosed last month and feeling overwhelmed", ("newly-diagnosed", "mental-health"),
     ("I came out of the hospital appointment with a bag of leaflets and a new word I can't spell. My partner "
      "is being lovely but I don't think he really gets it.",
      "How did you all cope with the first few months? Did it get easier once the medication settled?"), 9),
    ("living-with-it", "How do you pace on a bad fatigue week?", ("fatigue", "pacing"),
     ("I know the theory of pacing, the spoons, the energy envelope and all that, but when a bad week hits I "
      "throw it all out of the window and push through, and then pay for it for days.",
      "What do your bad-week plans actually look like? I'd love some practical examples rather than the "
      "leaflet version."), 25),
    ("living-with-it", "Telling my manager about my condition", ("work",),
     ("I've kept my diagnosis quiet at work for a year but I'm going to need a phased return after my last "
      "flare. Has anyone had the conversation with a manager and how did it go?",
      "I'm worried about being seen as unreliable, especially with restructuring rumours going around."), 11),
    ("living-with-it", "Sleep has gone to pieces since the new tablets", ("sleep", "medication"),
     ("Started hydroxychloroquine six weeks ago and I'm waking at 3am every night, wide awake. Not sure "
      "if it's the tablets or just coincidence. Anyone else?"), 8),
    ("living-with-it", "Small wins thread: share something good from this week", ("mental-health",),
     ("Let's have a thread just for the good bits, however small. Mine: I walked to the end of the road and "
      "back on Tuesday without needing a sit down. Your turn!"), 44),
    ("treatments", "Side effects in the first fortnight of methotrexate", ("medication",),
     ("My rheumatologist has started me on methotrexate injections. The nurse went through the sheet, but "
      "I'd really like to hear from people who have been through the first couple of weeks.",
      "The nausea the day after seems to be the main thing so far. Does it settle down?"), 14),
    ("treatments", "Anyone tried the hospital's exercise referral scheme?", ("exercise",),
     ("My GP has offered me a twelve-week exercise referral at the leisure centre. Part of me is keen and "
      "part of me is terrified of a gym full of twenty-year-olds. Has anyone done one?"), 7),
    ("treatments", "Questions to take to a first rheumatology appointment", ("newly-diagnosed",),
     ("I finally have a date for my first appointment after eleven months on the waiting list. I'm "
      "determined not to forget everything the moment I sit down.",
      "What questions do you wish you had asked at your first one?"), 10),
    ("treatments", "Brain fog: what actually helps?", ("fatigue",),
     ("Brain fog is the symptom nobody around me seems to believe. I lose words halfway through sentences "
      "and last week I put the kettle in the fridge.",
      "Has anything genuinely helped you, whether that's medication, routines, apps or just acceptance?"), 31),
    ("carers", "Caring for my mum and working full time", ("work",),
     ("My mum's condition has got a lot worse this year and I'm now doing her shopping, meds and most "
      "evenings on top of a full-time job. I'm running on empty.",
      "Does anyone else juggle both? How do you keep going?"), 8),
    ("carers", "Carer's Allowance forms: any tips?", ("benefits",),
     ("The form is forty pages long and I have no idea how to describe what I do in a day because it's "
      "just everything. Any tips from people who have filled it in?"), 6),
    ("carers", "How do you look after yourself as a carer?", ("mental-health",),
     ("Someone at my wife's appointment asked how I was, and I realised I didn't know. What do other carers "
      "do to keep themselves well?"), 9),
    ("living-with-it", "Eating well when cooking feels impossible", ("diet", "fatigue"),
     ("By the time I get home, standing at the hob for half an hour is out of the question. I'm living on "
      "toast. What are your low-energy meals that are still vaguely healthy?"), 12),
    ("living-with-it", "Flare-ups and the winter: what's your plan?", (),
     ("Every year my joints get worse from November. This year I want to be prepared rather than caught "
      "out. What's in your winter plan?"), 7),
    ("treatments", "Waiting lists: how long did you wait for a specialist?", (),
     ("I was referred in January and have just been told the wait is another nine months. Is this normal "
      "now? Is there anything I can do in the meantime?"), 13),
    ("introductions", "Back after a long break", (),
     ("I used to post here a lot a few years ago and then life got in the way. Nice to see some familiar "
      "names still around!"), 4),
    ("living-with-it", "Gentle exercise ideas for days in bed", ("exercise", "pacing"),
     ("On my worst days I can't get out of bed, but I've read that even small movements help with "
      "stiffness. What do you do on those days?"), 9),
    ("living-with-it", "Coping with the heat this summer", ("fatigue",),
     ("This heat is flattening me. Fans on, curtains shut, and I still feel like a wrung-out dishcloth. How "
      "are you all managing?"), 6),
)

REPLIES = (
    "Welcome! You've found a really kind corner of the internet. Ask anything, there's always someone "
    "who has been there.",
    "I felt exactly the same in my first year. It does get easier, mostly because you learn what your "
    "body is telling you.",
    "Have you asked your specialist nurse about this? Ours has a phone line and they were brilliant "
    "when I had the same worry.",
    "For me the big change was planning rest before I needed it, not after. Twenty minutes lying down "
    "after lunch, every day, even on good days.",
    "Sending a big hug. Be kind to yourself this week.",
    "I keep a simple diary of what I did and how I felt the next day. After a month the patterns were "
    "obvious and I could show my consultant.",
    "My GP was much more helpful once I wrote my questions down and handed her the list at the start.",
    "That sounds really hard. I don't have an answer but you're definitely not alone.",
    "Batch cooking on a good day has saved me. Soups and stews in portions in the freezer.",
    "It took about three weeks for me to settle on it, and the nausea got much better when I switched "
    "to taking it in the evening. Do check with your team first though.",
    "Occupational health at my work were surprisingly good. They suggested later start times and a "
    "chair with proper support.",
    "I use a timer on my phone for everything now. It sounds silly but it stops me overdoing it.",
    "Have a look at the charity's helpline too, they can talk you through the forms.",
    "This thread is so helpful, thank you everyone for sharing.",
    "I was in the same position last year. Write down the worst day, not an average one, because that's "
    "what they need to understand.",
    "Small win from me: I managed a coffee with a friend and didn't need to sleep all afternoon after.",
    "My consultant said the fatigue is part of the condition, not a separate thing, and that helped me "
    "stop blaming myself.",
    "Gentle stretches before getting up help me a lot. Ankle circles, knee rolls, nothing heroic.",
    "I'd second the advice about pacing. It's boring but it works.",
    "Our local support group meets once a month in the library. Worth seeing if there's one near you.",
    "I found the first appointment went really quickly, so I took my sister to take notes.",
    "Hope today is a better day for you.",
    "Thank you all, this has really helped. I'm going to try the diary idea this week.",
    "I ended up asking for a referral to the fatigue clinic and it was the best thing I did.",
    "Cool flannels in the fridge and my feet in a bowl of water. Not glamorous but it works!",
    "The waiting is the worst part. Ask to be put on the cancellation list, I got seen two months early.",
)

ANNOUNCEMENT = (
    "New: our free fatigue guide and phone support line", ("fatigue",),
    ("We're really pleased to share two things many of you have asked for.",
     "First, our new guide to living with fatigue is out. It was written with members of this community "
     "and reviewed by our specialist nurses. Our latest news post is linked below.",
     "Second, from next month our phone support line will open on Tuesday and Thursday evenings as well "
     "as weekday mornings. Helen and the nursing team will be on the line.",
     "Thank you to everyone who shared their experiences with us while we put these together."), 8)
WELCOME = (
    "Welcome to the Patients Together community: please read first", (),
    ("Welcome! This forum is a place for people living with long-term conditions, and the people who care "
     "for them, to share experiences and support each other.",
     "A few ground rules: be kind, keep personal details private, and remember that nothing posted here is "
     "medical advice. If you are worried about your health, speak to your GP, your specialist team or call "
     "NHS 111.",
     "The team reads every new topic, and you can flag a post if something doesn't look right."), 3)
