"""Domain packs: the words and sample data that make an offline template about its subject.

A pack is matched by a regex over the prompt; a prompt with a subject no pack knows gets a
neutral pack that still puts the subject's own words into the copy.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Product:
    name: str
    price: float | None  # None: named in the prompt with no price, a price to set
    category: str
    emoji: str
    rating: float


@dataclass(frozen=True)
class Pack:
    key: str
    match: str
    noun: str                     # the subject as shown in copy: "bakery"
    title: str                    # a sample brand ("Golden Crust Bakery"); never the app's name
    tagline: str
    highlights: tuple[tuple[str, str], ...]          # landing features (title, text)
    tasks: tuple[tuple[str, str, str], ...]          # (title, priority, tag)
    posts: tuple[tuple[str, str, str], ...]          # (title, tags comma-separated, markdown)
    products: tuple[Product, ...]
    member: tuple[str, str] = ("customer", "customers")  # dashboard entity
    plans: tuple[tuple[str, int], ...] = (("Starter", 19), ("Plus", 49), ("Pro", 99))


def _p(*rows) -> tuple[Product, ...]:
    return tuple(Product(*r) for r in rows)


PACKS: tuple[Pack, ...] = (
    Pack("sourdough", r"sourdough|levain|starter culture", "sourdough", "Wild Crumb Sourdough",
         "Slow-fermented sourdough, one loaf at a time",
         (("Living starter", "Our levain has been fed twice a day since 2016."),
          ("Long ferment", "Every sourdough loaf rests 36 hours for flavour and a crisp crust."),
          ("Bake-along classes", "Learn shaping and scoring at our sourdough bench.")),
         (("Feed the sourdough starter", "high", "starter"),
          ("Buy rye flour for the levain", "medium", "shopping"),
          ("Try a 75% hydration sourdough", "low", "baking"),
          ("Clean the bannetons", "low", "kit")),
         (("How to keep a sourdough starter alive", "starter,basics",
           "A sourdough starter is flour, water and patience.\n\n## Feeding\n\n"
           "- Discard all but **50 g**\n- Feed 50 g flour and 50 g water\n- Wait until it doubles"),
          ("Shaping a tight boule", "shaping,technique",
           "Good sourdough needs **surface tension**.\n\n1. Pre-shape and rest 20 minutes\n"
           "2. Fold the edges to the centre\n3. Drag the dough towards you to tighten")),
         _p(("Country sourdough loaf", 9.0, "Bread", "🍞", 4.9),
            ("Dried sourdough starter", 12.0, "Kits", "🫙", 4.7),
            ("Rye sourdough", 8.5, "Bread", "🥖", 4.6),
            ("Proofing basket", 18.0, "Kits", "🧺", 4.8),
            ("Sourdough baking class", 45.0, "Classes", "👩‍🍳", 5.0),
            ("Bread lame", 14.0, "Kits", "🔪", 4.5)),
         ("baker", "bakers"), (("Home baker", 9), ("Weekly loaf", 29), ("Café supply", 149))),
    Pack("bakery", r"\bbak(?:e|er|ery|eries|ing)\b|\bbread|pastr|\bcakes?\b|croissant|patisserie",
         "bakery", "Golden Crust Bakery", "Fresh bread and pastries, baked before sunrise",
         (("Baked daily", "Every loaf and croissant comes out of our bakery oven at dawn."),
          ("Local flour", "We mill wheat from farms within 50 km of the bakery."),
          ("Order ahead", "Reserve cakes and bread for pick-up at the counter.")),
         (("Order 25 kg of bread flour", "high", "supplies"),
          ("Prep croissant dough for Saturday", "high", "baking"),
          ("Update the bakery menu board", "medium", "shop"),
          ("Service the deck oven", "low", "maintenance")),
         (("Why our croissants take three days", "pastry,process",
           "Great croissants can't be rushed.\n\n## Day one\n\nWe mix the dough and let it "
           "**rest overnight**.\n\n## Day two\n\n- Laminate the butter\n- Fold three times"),
          ("A morning in the bakery", "behind-the-scenes",
           "The bakery lights go on at **4 a.m.**\n\nBy six the first loaves are cooling and the "
           "coffee is on.")),
         _p(("Sourdough loaf", 8.5, "Bread", "🍞", 4.9), ("Butter croissant", 3.2, "Pastry", "🥐", 4.8),
            ("Cinnamon bun", 3.8, "Pastry", "🧁", 4.7), ("Baguette", 2.9, "Bread", "🥖", 4.6),
            ("Lemon tart", 4.5, "Cakes", "🥧", 4.8), ("Birthday cake", 32.0, "Cakes", "🎂", 4.9)),
         ("customer", "customers"), (("Bread club", 25), ("Pastry box", 39), ("Café wholesale", 149))),
    Pack("gym", r"\bgyms?\b|fitness|workouts?|\bcrossfit|personal trainer|\bexercise",
         "gym", "Iron Harbor Gym", "Strength training for every body",
         (("Open 5am to 11pm", "Train before work or after dinner at the gym."),
          ("Coached classes", "Small-group strength, HIIT and mobility classes every day."),
          ("No lock-in", "Pause or cancel your gym membership any time.")),
         (("Renew the gym insurance", "high", "admin"),
          ("Plan next week's HIIT classes", "medium", "classes"),
          ("Replace the worn kettlebells", "medium", "equipment"),
          ("Post the new timetable", "low", "members")),
         (("Five gym habits that last", "habits,training",
           "Consistency beats intensity.\n\n- Train **three times** a week\n- Log every session\n"
           "- Sleep eight hours"),
          ("Your first week at the gym", "beginners",
           "Walk in, say hi, and **start light**.\n\n## Day one\n\nA coach shows you the basics.")),
         _p(("Gym day pass", 12.0, "Passes", "🎟️", 4.6), ("Monthly membership", 49.0, "Passes", "🏋️", 4.8),
            ("Protein shaker", 9.0, "Gear", "🥤", 4.4), ("Lifting belt", 39.0, "Gear", "🎽", 4.7),
            ("Resistance bands", 19.0, "Gear", "🪢", 4.5), ("Personal training", 60.0, "Coaching", "💪", 4.9)),
         ("member", "members"), (("Off-peak", 29), ("Unlimited", 49), ("Coached", 119))),
    Pack("candles", r"\bcandles?\b|wax melts?|soy wax", "candle", "Ember & Wick Candles",
         "Hand-poured soy candles for slow evenings",
         (("Hand-poured", "Every candle is poured by hand in small batches."),
          ("Clean soy wax", "Natural soy wax and cotton wicks burn clean for 50 hours."),
          ("Refill programme", "Return your candle jar and get 15% off the next one.")),
         (("Order soy wax flakes", "high", "supplies"), ("Test the new fig candle scent", "medium", "product"),
          ("Photograph the winter candles", "medium", "marketing"), ("Restock candle jars", "low", "supplies")),
         (("How to make a candle burn evenly", "care,tips",
           "The first burn sets the **memory** of a candle.\n\n- Burn until the pool reaches the edge\n"
           "- Trim the wick to 5 mm"),
          ("Meet our autumn scents", "scents,new",
           "Three new candles for darker evenings: **fig**, **cedar** and **smoked vanilla**.")),
         _p(("Fig & cedar candle", 28.0, "Candles", "🕯️", 4.9), ("Lavender soy candle", 24.0, "Candles", "🪻", 4.7),
            ("Smoked vanilla candle", 26.0, "Candles", "🔥", 4.8), ("Wax melts trio", 12.0, "Melts", "🧊", 4.5),
            ("Wick trimmer", 16.0, "Accessories", "✂️", 4.6), ("Candle gift box", 64.0, "Gifts", "🎁", 5.0)),
         ("customer", "customers"), (("Candle of the month", 22), ("Duo box", 39), ("Boutique", 199))),
    Pack("coffee", r"\bcoffee|\bcaf[eé]\b|espresso|roaster", "coffee", "Northside Coffee",
         "Small-batch coffee, roasted every Monday",
         (("Roasted weekly", "Coffee ships within three days of roasting."),
          ("Direct trade", "We pay coffee farmers well above the market price."),
          ("Brew guides", "Recipes for espresso, pour-over and French press.")),
         (("Order green coffee beans", "high", "supplies"), ("Calibrate the espresso grinder", "medium", "cafe"),
          ("Cup the new Ethiopian coffee", "medium", "tasting"), ("Clean the roaster", "low", "maintenance")),
         (("Dialling in espresso", "espresso,guide",
           "Start with **18 g in, 36 g out** in 28 seconds.\n\n- Sour? Grind finer\n- Bitter? Grind coarser"),
          ("Why fresh coffee tastes better", "freshness",
           "Coffee is at its best **4 to 21 days** after roasting.")),
         _p(("House espresso blend", 14.0, "Coffee", "☕", 4.8), ("Ethiopia Yirgacheffe", 17.0, "Coffee", "🫘", 4.9),
            ("Decaf Colombia", 15.0, "Coffee", "🌙", 4.5), ("Pour-over kit", 39.0, "Brewing", "🫖", 4.7),
            ("Burr grinder", 89.0, "Brewing", "⚙️", 4.6), ("Coffee mug", 12.0, "Merch", "🍵", 4.4)),
         ("subscriber", "subscribers"), (("One bag", 16), ("Two bags", 30), ("Office", 120))),
    Pack("books", r"\bbooks\b(?!\s+(?:an?|my|your|their|our|the|online)\b)|"
         r"\bbook\b(?!\s+(?:an?|my|your|their|our|the|online|now|in|with|appointments?|"
         r"sessions?|slots?|tables?|times?|classes)\b)|\breading\b|bookshop|bookstore|novels?|library", "book",
         "Dog-Ear Books", "Independent books, picked by people who read them",
         (("Staff picks", "Every book on our table was read by one of us."),
          ("Book club", "Monthly meet-ups with tea and arguments."),
          ("Order any book", "If it's in print, we'll get it in two days.")),
         (("Finish the book club novel", "high", "reading"), ("Return library books", "medium", "errands"),
          ("Write the book review", "medium", "writing"), ("Sort the to-read shelf", "low", "home")),
         (("Ten books for a rainy week", "lists,fiction",
           "A stack of **good books** and a pot of tea.\n\n1. Something long\n2. Something funny\n"
           "3. Something you'd never pick"),
          ("How we choose our staff picks", "behind-the-scenes",
           "Every book on the table has been **read cover to cover**.")),
         _p(("The Quiet Orchard (novel)", 16.0, "Fiction", "📕", 4.7), ("Atlas of Small Things", 28.0, "Non-fiction", "🗺️", 4.8),
            ("Poems for Mornings", 12.0, "Poetry", "📗", 4.6), ("Book club box", 35.0, "Gifts", "📦", 4.9),
            ("Linen bookmark", 5.0, "Accessories", "🔖", 4.5), ("Reading light", 22.0, "Accessories", "💡", 4.4)),
         ("reader", "readers"), (("Paperback club", 15), ("Hardback club", 29), ("School", 99))),
    Pack("plants", r"\bplants?\b|garden|succulents?|nursery|florist|flowers?", "plant",
         "Green Fern Plants", "Healthy plants, delivered in their pots",
         (("Grown locally", "Every plant is grown in our greenhouse."),
          ("Care cards", "Each plant comes with light and watering notes."),
          ("30-day guarantee", "If your plant struggles, we replace it.")),
         (("Water the plants", "high", "care"), ("Repot the monstera", "medium", "care"),
          ("Order potting soil", "medium", "supplies"), ("Prune the tomato plants", "low", "garden")),
         (("Five plants that survive anything", "beginners,care",
           "Start with a **snake plant**.\n\n- Pothos\n- ZZ plant\n- Cast iron plant"),
          ("Watering, explained", "care",
           "Most plants die from **too much** water, not too little.")),
         _p(("Monstera deliciosa", 35.0, "Plants", "🪴", 4.8), ("Snake plant", 22.0, "Plants", "🌿", 4.9),
            ("Succulent trio", 18.0, "Plants", "🌵", 4.6), ("Terracotta pot", 12.0, "Pots", "🏺", 4.5),
            ("Plant food", 9.0, "Care", "🧪", 4.4), ("Watering can", 24.0, "Care", "🚿", 4.7)),
         ("customer", "customers"), (("Plant of the month", 19), ("Office green", 79), ("Landscaper", 199))),
    Pack("pets", r"\bpets?\b|\bdogs?\b|\bcats?\b|puppy|kitten|grooming|vet\b", "pet",
         "Happy Paws Pets", "Everything your pet needs, nothing it doesn't",
         (("Vet-approved", "Every pet food we sell is approved by our vet."),
          ("Grooming", "Book a wash and trim for your pet."),
          ("Free delivery", "Heavy bags of pet food delivered to the door.")),
         (("Book the pet vaccination", "high", "health"), ("Buy dog food", "medium", "shopping"),
          ("Walk the dog at 6pm", "medium", "daily"), ("Wash the pet bed", "low", "home")),
         (("Settling a new pet at home", "tips,new-pet",
           "Give your pet a **quiet corner**.\n\n- Keep routines\n- Short walks first"),
          ("What to feed a senior dog", "food,health", "Older dogs need **fewer calories** and more fibre.")),
         _p(("Grain-free dog food", 42.0, "Food", "🐕", 4.7), ("Cat scratching post", 29.0, "Toys", "🐈", 4.6),
            ("Rope toy", 8.0, "Toys", "🪢", 4.5), ("Pet bed", 49.0, "Home", "🛏️", 4.8),
            ("Grooming session", 35.0, "Services", "✂️", 4.9), ("Pet shampoo", 11.0, "Care", "🧴", 4.4)),
         ("pet owner", "pet owners"), (("Basic", 9), ("Care plan", 24), ("Breeder", 89))),
    Pack("yoga", r"\byoga\b|pilates|meditation|mindful", "yoga", "Still Water Yoga",
         "Yoga classes for busy minds",
         (("All levels", "Every yoga class has options for beginners."),
          ("Small groups", "Twelve mats per class, never more."),
          ("Online too", "Stream yoga classes from home.")),
         (("Plan the Sunday yoga flow", "high", "classes"), ("Order new yoga mats", "medium", "studio"),
          ("Email the retreat list", "medium", "marketing"), ("Renew the studio lease", "low", "admin")),
         (("A ten-minute morning yoga flow", "practice,beginners",
           "Start slow.\n\n1. **Child's pose**\n2. Cat-cow\n3. Downward dog"),
          ("Breathing before meditation", "breath", "Four counts in, **six counts out**.")),
         _p(("Yoga class pass", 15.0, "Classes", "🧘", 4.8), ("Cork yoga block", 14.0, "Gear", "🧱", 4.5),
            ("Yoga mat", 45.0, "Gear", "🟪", 4.7), ("Meditation cushion", 35.0, "Gear", "🪷", 4.6),
            ("Retreat weekend", 240.0, "Retreats", "🏞️", 5.0), ("Herbal tea", 9.0, "Shop", "🍵", 4.4)),
         ("member", "members"), (("Drop-in", 15), ("Unlimited", 89), ("Teacher training", 299))),
    Pack("travel", r"\btravel|\btrips?\b|\bholidays?\b|vacation|itinerar|hotel", "travel",
         "Far Shore Travel", "Trips planned by people who have been there",
         (("Local guides", "Travel with guides who live where you're going."),
          ("Flexible booking", "Change travel dates up to 14 days before."),
          ("Small groups", "Never more than 12 travellers.")),
         (("Book flights to Lisbon", "high", "travel"), ("Renew passport", "high", "documents"),
          ("Buy travel insurance", "medium", "documents"), ("Pack the travel adapter", "low", "packing")),
         (("Three days in Lisbon", "itinerary,europe",
           "Day one: **Alfama** and the castle.\n\n- Day two: Belém\n- Day three: Sintra"),
          ("Packing light for travel", "tips", "One bag, **seven days**, no regrets.")),
         _p(("Lisbon city break", 690.0, "Trips", "🏙️", 4.8), ("Iceland ring road", 1890.0, "Trips", "🌋", 4.9),
            ("Travel adapter", 19.0, "Gear", "🔌", 4.5), ("Packing cubes", 25.0, "Gear", "🧳", 4.6),
            ("Travel guidebook", 22.0, "Books", "📘", 4.4), ("Airport lounge pass", 39.0, "Extras", "🛋️", 4.3)),
         ("traveller", "travellers"), (("Explorer", 0), ("Frequent", 49), ("Agency", 199))),
)


def neutral_pack(subject: str) -> Pack:
    """A pack for any subject: generic structure, the subject's own words in the copy."""
    s = subject.strip()
    t = s.title()
    if not s:
        return Pack("neutral", "", "", "", "Plan, build and share — all in one place",
                    (("Fast", "Loads instantly on any device."), ("Private", "Your data stays yours."),
                     ("Friendly", "Designed for people, not manuals.")),
                    (("Plan the week", "high", "planning"), ("Reply to messages", "medium", "admin"),
                     ("Tidy the desk", "low", "home"), ("Read for 20 minutes", "low", "personal")),
                    (("Welcome to the blog", "news", "This is your new blog.\n\n"
                      "Write posts in **markdown**: lists, headings and links all work."),
                     ("Writing tips", "writing", "Short paragraphs read well.\n\n"
                      "- One idea per post\n- A clear title")),
                    _p(("Canvas tote", 24.0, "Bags", "👜", 4.6), ("Ceramic mug", 18.5, "Home", "☕", 4.7),
                       ("Linen apron", 39.0, "Home", "🧑‍🍳", 4.5), ("Notebook set", 12.0, "Stationery", "📓", 4.8),
                       ("Desk plant", 29.0, "Home", "🪴", 4.4), ("Wool socks", 15.0, "Clothing", "🧦", 4.6)))
    return Pack("neutral", "", s, t, f"{t}, made simple",
                ((f"Built for {s}", f"Everything {s} needs in one place."),
                 ("Fast to start", f"Set up your {s} in minutes."),
                 ("Yours to keep", f"Your {s} data stays yours.")),
                ((f"Plan the next {s} milestone", "high", "planning"),
                 (f"Review {s} notes", "medium", "notes"),
                 (f"Share the {s} update", "medium", "team"),
                 (f"Tidy up the {s} backlog", "low", "admin")),
                ((f"Getting started with {s}", "basics",
                  f"Welcome! This blog is all about **{s}**.\n\n- What we do\n- What comes next"),
                 (f"Five {s} lessons we learned", "lessons",
                  f"Our first year of {s}, in **five lessons**.\n\n1. Start small\n2. Listen")),
                _p((f"{t} starter kit", 29.0, "Kits", "🎁", 4.7), (f"{t} guide", 15.0, "Guides", "📘", 4.6),
                   (f"{t} essentials", 39.0, "Kits", "🧰", 4.8), (f"{t} gift card", 25.0, "Gifts", "💳", 4.9),
                   (f"{t} workshop", 59.0, "Classes", "🎓", 4.8), (f"{t} sticker pack", 6.0, "Merch", "✨", 4.5)))
