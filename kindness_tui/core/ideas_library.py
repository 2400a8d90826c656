"""The built-in ideas for "One new thing" and "One secret kindness".

Written for this app: short enough for an 80-column card, doable today, and
spread over the ten life areas so a value's area can steer the pick. Every
secret kindness can be done without anyone finding out who did it.
"""

from __future__ import annotations

from kindness_tui.core.models import Idea

_NEW_THINGS: dict[str, tuple[str, ...]] = {
    "family": (
        "Ask an older relative about the first job they ever had",
        "Cook a dish from your family's past that you've never made",
        "Find one detail you never noticed in an old family photo",
        "Call a cousin you haven't spoken to in a while",
        "Learn the first name of a great-grandparent",
        "Ask a sibling what they remember of your first home",
        "Play a game your family has never played together",
        "Ask a parent which song they loved at twenty",
    ),
    "couple": (
        "Take your partner somewhere neither of you has been",
        "Ask your partner a question you've never asked them",
        "Cook something from a country neither of you has visited",
        "Learn the words to a song your partner loves",
        "Try a few dance steps together in the kitchen",
        "Swap one everyday chore with your partner, just for today",
        "Ask what their perfect ordinary Sunday would look like",
        "Watch a film your partner picks, no vetoes",
    ),
    "parenting": (
        "Ask your child to teach you a game they love",
        "Take a different route to school or the park together",
        "Try a food your child picks out at the shop",
        "Build a blanket fort together and eat a snack inside",
        "Let your child plan one hour of the day",
        "Draw a map of your street together, from memory",
        "Ask your child what they'd invent if they could",
        "Read a book together from a shelf you never visit",
    ),
    "friends": (
        "Meet a friend at a café neither of you knows",
        "Ask a friend about a hobby of theirs you know nothing about",
        "Send a friend a voice message instead of a text",
        "Say more than hello to a neighbour you only nod to",
        "Play a game a friend has been recommending",
        "Join an online group about something you're curious about",
        "Invite someone you like but rarely see for a short walk",
        "Ask a friend for their favourite book and start it",
    ),
    "work": (
        "Eat lunch somewhere you've never eaten near work",
        "Ask a colleague what their part of the work is really like",
        "Learn one new keyboard shortcut and use it all day",
        "Take a different route to work, even a little one",
        "Sit in a different spot for an hour",
        "Learn the name of someone in another team",
        "Read one page of the manual for a tool you use daily",
        "Plan your day a new way, just for today",
    ),
    "education": (
        "Learn five words in a language you don't speak",
        "Watch a short talk on a subject you know nothing about",
        "Read the first chapter of a book from an unusual shelf",
        "Look up how something you use every day is made",
        "Learn to tie a knot you've never tied",
        "Find out how your street got its name",
        "Try a kind of puzzle you've never solved",
        "Learn the name of one star you can see from home",
    ),
    "recreation": (
        "Listen to a whole album in a genre you never play",
        "Draw something for ten minutes, badly and happily",
        "Walk down a street in your town you've never walked",
        "Cook with an ingredient you've never bought",
        "Play a game you haven't played since you were a child",
        "Visit the park you keep passing by",
        "Take ten photos of one ordinary thing",
        "Write a four-line poem about your breakfast",
    ),
    "spirituality": (
        "Sit for five minutes and just listen to the sounds around",
        "Visit a quiet place or place of worship you've never entered",
        "Read a short passage from a tradition not your own",
        "Watch a sunrise or a sunset from start to finish",
        "Try walking slowly and mindfully for ten minutes",
        "Write down a question you carry, without answering it",
        "Eat one meal slowly, in silence, noticing each taste",
        "Spend ten minutes looking at the sky",
    ),
    "community": (
        "Go to a local event you'd normally skip",
        "Read the library noticeboard and pick one thing to try",
        "Buy something from a market stall you've never tried",
        "Find out who represents your neighbourhood",
        "Walk around a part of town you don't know",
        "Drop in on a local group's open session",
        "Ask a shopkeeper how their shop began",
        "Find out when the next repair café or clean-up is",
    ),
    "self-care": (
        "Try a gentle stretch you've never done",
        "Brew a tea you've never tasted",
        "Go to bed twenty minutes earlier than usual",
        "Take a walk at a time of day you usually don't",
        "Cook a vegetable you've never cooked before",
        "Try a new kind of movement for ten minutes",
        "Swap ten minutes of scrolling for lying on the floor",
        "Take a shower by candlelight",
    ),
}

_KINDNESSES: dict[str, tuple[str, ...]] = {
    "family": (
        "Fold someone's laundry and put it away without a word",
        "Fix a small broken thing at home before anyone notices",
        "Quietly refill something a relative always runs out of",
        "Do a chore that's usually someone else's and never mention it",
        "Clean the crumbs out of the toaster while everyone is out",
        "Post an unsigned card to a grandparent: 'thinking of you'",
        "Sharpen the kitchen knives while nobody is around",
        "Tidy the shoes by the door before the others wake up",
    ),
    "couple": (
        "Charge your partner's phone overnight and say nothing",
        "Quietly fix the squeaky thing that bothers them",
        "Put their favourite mug at the front of the cupboard",
        "Clear their side of the table before they get home",
        "Take over a chore they dislike and never mention it",
        "Warm their towel on the radiator and never mention it",
        "Think of three things you love about them; keep it to yourself",
        "Top up the things they always run out of, unannounced",
    ),
    "parenting": (
        "Leave a tiny note from 'the house elf' under their pillow",
        "Mend a torn toy while they sleep",
        "Quietly put fresh batteries in their favourite toy",
        "Sort their crayons back into the box at night",
        "Wash their favourite T-shirt so it's ready when they want it",
        "Tuck a small surprise in their bag from 'a secret friend'",
        "Set out their shoes by the door, ready to go, unseen",
        "Fix the wobbly wheel on their bike before they notice",
    ),
    "friends": (
        "Put up a poster for a friend's event where they'll never see you do it",
        "Give to a friend's fundraiser without leaving your name",
        "Post an unsigned card: 'Someone is glad you exist'",
        "Leave an anonymous five-star review for a friend's work",
        "Send a silent good wish to a friend who is struggling",
        "Buy from a friend's shop under a name they won't know",
        "Leave a friend's business card where someone who needs it will find it",
        "Post a friend a book they wanted, with no return address",
    ),
    "work": (
        "Refill the printer's paper before it runs out",
        "Clean the shared microwave when nobody is around",
        "Fix a typo in a shared document without announcing it",
        "Leave good snacks in the kitchen with no name on them",
        "Water the office plant that nobody looks after",
        "Send a thank-you through the anonymous feedback box",
        "Restock the supplies a colleague always runs out of, unseen",
        "Put the meeting room back in order for the next people",
    ),
    "education": (
        "Answer a stranger's question on a forum, anonymously",
        "Fix a small mistake on a Wikipedia page",
        "Tuck a bookmark with a kind word into a library book",
        "Return a library book early so the next person gets it",
        "Put a good book in a little free library",
        "Upvote an answer that helped you, and leave no comment",
        "Transcribe a page for a volunteer archive project",
        "Leave the study room tidier than you found it",
    ),
    "recreation": (
        "Leave a painted stone where someone will find it",
        "Hide a cheerful note inside a board game at a café",
        "Leave a puzzle book on a bench with 'take me' on it",
        "Pick up litter on a trail when nobody is watching",
        "Pass your parking ticket with time left to the next driver",
        "Return a stray shopping trolley to its place",
        "Chalk a kind word on the pavement, then walk on",
        "Leave a spare tennis ball at the dog park",
    ),
    "spirituality": (
        "Silently wish the people on your bus well, one by one",
        "Light a candle for someone who doesn't know you did",
        "Hold someone in your thoughts with warmth for a minute",
        "Tidy a neglected grave or memorial nearby",
        "Leave fresh flowers at a bench plaque or memorial",
        "Hope something good for a stranger you saw today",
        "Silently let go of a grudge, for both your sakes",
        "Pick up litter at a quiet place you love",
    ),
    "community": (
        "Pick up litter on your street",
        "Leave a good book in a public bookcase",
        "Drop some food into a food bank box, no name",
        "Pay for the next person's coffee and leave before they know",
        "Sweep the leaves from a shared path",
        "Report a broken streetlight without leaving your name",
        "Bring a neighbour's bin back in after collection",
        "Leave a bowl of water out for passing dogs",
    ),
    "self-care": (
        "Speak to yourself as you would to a friend, once today",
        "Rest for ten minutes without earning it first",
        "Put a glass of water by your bed for tomorrow's you",
        "Lay out tomorrow's clothes as a gift to morning-you",
        "Forgive yourself one small mistake, quietly",
        "Write yourself a kind note and hide it for later",
        "Leave one task undone today, on purpose, kindly",
        "Thank your body for one thing it did well today",
    ),
}


def _build() -> tuple[Idea, ...]:
    ideas: list[Idea] = []
    for kind, table in (("new_thing", _NEW_THINGS), ("kindness", _KINDNESSES)):
        for area, texts in table.items():
            ideas.extend(Idea(kind=kind, text=text, area=area) for text in texts)
    return tuple(ideas)


BUILTIN_IDEAS: tuple[Idea, ...] = _build()
"""Every built-in idea, new things first, grouped by area; built-ins have no id."""
