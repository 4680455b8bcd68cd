//! Word lists the stages match against. Each table notes where it comes from; tables
//! searched with `binary_search` are sorted (a test checks it).
//!
//! None of these is a general stop-word list: negations, quantifiers and number
//! words are exactly what makes two claims differ, so they are never dropped.

pub(crate) mod countries;
pub(crate) mod organisations;
pub(crate) mod synonyms;

/// Month names and their abbreviations, as a regex alternation (longest first).
pub(crate) const MONTH_PATTERN: &str = "January|February|March|April|May|June|July|August|September|October|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec";

/// Titles and ranks that are always followed by a name, so their period never ends
/// a sentence. After the AP Stylebook's list of abbreviated titles. Sorted.
pub(crate) const TITLE_ABBREVIATIONS: &[&str] = &[
    "Adm", "Brig", "Capt", "Cmdr", "Col", "Cpl", "Dr", "Fr", "Ft", "Gen", "Gov", "Hon", "Lt",
    "Maj", "Messrs", "Mr", "Mrs", "Ms", "Mt", "No", "Nos", "Pres", "Prof", "Pvt", "Rep", "Reps",
    "Rev", "Sen", "Sens", "Sgt", "Sr", "St", "Supt", "vs",
];

/// Month abbreviations (AP style), which end a sentence only when no day follows. Sorted.
pub(crate) const MONTH_ABBREVIATIONS: &[&str] = &[
    "Apr", "Aug", "Dec", "Feb", "Jan", "Jul", "Jun", "Mar", "Nov", "Oct", "Sep", "Sept",
];

/// Abbreviations that may or may not end a sentence (besides any word with an
/// internal period, such as "U.S."). Sorted.
pub(crate) const AMBIGUOUS_ABBREVIATIONS: &[&str] = &["Co", "Corp", "Inc", "Jr", "Ltd", "etc"];

/// Words that open a new sentence after an ambiguous abbreviation ("... the U.S. The
/// talks"): closed-class English words (determiners, pronouns, conjunctions, common
/// sentence adverbs). Sorted.
pub(crate) const SENTENCE_STARTERS: &[&str] = &[
    "A",
    "After",
    "Also",
    "An",
    "And",
    "As",
    "At",
    "But",
    "Earlier",
    "For",
    "He",
    "Her",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Last",
    "Meanwhile",
    "Most",
    "Mr",
    "Mrs",
    "Ms",
    "No",
    "Not",
    "On",
    "Our",
    "She",
    "Some",
    "Still",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "We",
    "What",
    "When",
    "While",
    "Yet",
];

/// Conjunctions after a comma that start a new clause asserting something else.
pub(crate) const CLAUSE_CONJUNCTIONS: &[&str] = &["but", "whereas", "while", "yet"];

/// Marks of a photo or video caption or credit (wire and web conventions).
pub(crate) const CAPTION_MARKERS: &[&str] = &[
    "(AP Photo",
    "(Photo",
    "(photo",
    "AFP via Getty",
    "Getty Images",
    "Image caption",
    "Image copyright",
    "Media caption",
    "Media playback",
    "Photo by",
    "Photo:",
    "Photograph:",
    "REUTERS/",
    "Slideshow (",
    "Video:",
];

/// Copyright and reprint notices (lower case).
pub(crate) const COPYRIGHT_MARKERS: &[&str] = &[
    "©",
    "all rights reserved",
    "copyright ",
    "reprint permission",
];

/// Contributor lines at the foot of wire copy (lower case).
pub(crate) const CREDIT_MARKERS: &[&str] = &[
    "contributed reporting",
    "contributed to this report",
    "editing by",
    "reporting by",
    "writing by",
];

/// Imperatives that open share, subscribe, follow and podcast lines (lower case).
pub(crate) const CALL_TO_ACTION: &[&str] = &[
    "click",
    "connect with",
    "download",
    "email us",
    "follow",
    "get the",
    "join",
    "like us",
    "listen",
    "read more",
    "related",
    "see also",
    "share",
    "sign up",
    "subscribe",
    "support",
    "tap",
    "watch",
];

/// What such lines invite to, for lines that end with a period (lower case).
pub(crate) const CTA_OBJECTS: &[&str] = &[
    "app",
    "facebook",
    "instagram",
    "newsletter",
    "podcast",
    "telegram",
    "twitter",
    "whatsapp",
    "youtube",
];

/// Hedge cues: words and phrases that mark a claim as reported, alleged, speculative or
/// uncertain, after Hyland's (1998) hedging categories and the reporting hedges of
/// the AP Stylebook ("allegedly", "reportedly"). Lower case; matched on word bounds.
/// Bare modals ("could", "may") are left out: in news they mostly describe ability or
/// plans, not doubt about the claim.
pub(crate) const HEDGES: &[&str] = &[
    "alleged",
    "allegedly",
    "apparently",
    "appears to",
    "are believed to",
    "are said to",
    "believed to be",
    "claimed",
    "claims that",
    "could not be independently verified",
    "is believed to",
    "is expected to",
    "is said to",
    "likely",
    "may have",
    "might have",
    "ostensibly",
    "perhaps",
    "possibly",
    "presumably",
    "probably",
    "purported",
    "purportedly",
    "reportedly",
    "rumored",
    "rumoured",
    "seemingly",
    "seems to",
    "so-called",
    "speculated",
    "speculation",
    "supposedly",
    "suspected",
    "unconfirmed",
    "unlikely",
    "unverified",
    "was said to",
    "were said to",
    "what was claimed to be",
];

/// Negation cues (lower case, word bounds): particles, negative determiners and
/// pronouns, and verbs of denial and refusal.
pub(crate) const NEGATIONS: &[&str] = &[
    "cannot",
    "declined to",
    "denied",
    "denies",
    "deny",
    "did not",
    "didn't",
    "does not",
    "doesn't",
    "failed to",
    "has not",
    "hasn't",
    "have not",
    "haven't",
    "lacking",
    "neither",
    "never",
    "no",
    "none",
    "nor",
    "not",
    "nothing",
    "refused to",
    "wasn't",
    "without",
    "won't",
    "yet to",
];

/// Loaded labels and the neutral word a wire service would use instead, after the
/// AP Stylebook's entries on terrorism, militants and regimes, the BBC Editorial
/// Guidelines on "language when reporting terrorism", and Recasens et al. (2013)
/// "Linguistic Models for Analyzing and Detecting Biased Language". Lower case;
/// longest labels are matched first.
pub(crate) const FRAMING: &[(&str, &str)] = &[
    ("apartheid state", "Israel"),
    ("bloodbath", "violence"),
    ("butcher", "leader"),
    ("cabal", "group"),
    ("crony", "associate"),
    ("death squads", "armed groups"),
    ("dictator", "leader"),
    ("fanatics", "supporters"),
    ("freedom fighters", "militants"),
    ("illegal aliens", "undocumented immigrants"),
    ("invaders", "forces"),
    ("jihadists", "militants"),
    ("lackeys", "allies"),
    ("martyred", "killed"),
    ("martyrs", "those killed"),
    ("massacre", "killing"),
    ("mob", "crowd"),
    ("mouthpiece", "outlet"),
    ("occupation forces", "Israeli forces"),
    ("occupying regime", "Israel"),
    ("propaganda", "statements"),
    ("puppet", "ally"),
    ("regime", "government"),
    ("resistance movement", "militant group"),
    ("rogue state", "state"),
    ("slaughter", "killing"),
    ("stormed", "entered"),
    ("terror group", "militant group"),
    ("terrorists", "militants"),
    ("thugs", "protesters"),
    ("tyrant", "leader"),
    ("under siege", "surrounded"),
    ("warmonger", "hawk"),
    ("zionist entity", "Israel"),
    ("zionist regime", "Israel"),
];

/// Quantifiers that qualify a number ("at least one", "more than 60"). Lower case,
/// longest first where one is a prefix of another.
pub(crate) const QUANTIFIERS: &[&str] = &[
    "about",
    "almost",
    "approximately",
    "around",
    "as many as",
    "at least",
    "at most",
    "dozens of",
    "fewer than",
    "hundreds of",
    "less than",
    "more than",
    "nearly",
    "no more than",
    "over",
    "roughly",
    "some",
    "thousands of",
    "under",
    "up to",
];

/// Closed-class words (articles, prepositions, auxiliaries, pronouns, conjunctions)
/// that carry no content for matching. Negations, quantifiers and number words are
/// deliberately absent. Sorted.
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "after", "against", "also", "am", "an", "and", "are", "as", "at", "be", "been",
    "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does",
    "during", "each", "for", "from", "had", "has", "have", "having", "he", "her", "hers", "him",
    "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "may", "me", "might",
    "must", "my", "of", "on", "onto", "or", "other", "our", "ours", "shall", "she", "should",
    "since", "so", "such", "than", "that", "the", "their", "theirs", "them", "then", "there",
    "these", "they", "this", "those", "through", "to", "too", "under", "until", "upon", "us",
    "very", "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who",
    "whom", "whose", "why", "will", "with", "within", "would", "you", "your",
];

/// Whether `word` (lower case) is a function word.
pub(crate) fn is_function_word(word: &str) -> bool {
    FUNCTION_WORDS.binary_search(&word).is_ok()
}

static WORDFREQ: std::sync::LazyLock<std::collections::HashMap<&'static str, u16>> =
    std::sync::LazyLock::new(|| {
        include_str!("data/wordfreq-en.txt")
            .lines()
            .filter_map(|l| {
                let (w, z) = l.split_once('\t')?;
                Some((w, z.parse().ok()?))
            })
            .collect()
    });

static SYNONYM_KEYS: std::sync::LazyLock<std::collections::HashMap<&'static str, &'static str>> =
    std::sync::LazyLock::new(|| {
        synonyms::SYNONYMS
            .iter()
            .flat_map(|group| group.iter().map(move |form| (*form, group[0])))
            .collect()
    });

/// The key of the synonym group a lower-case word form belongs to ("talks" →
/// "meeting"), if any.
pub(crate) fn synonym_key(word: &str) -> Option<&'static str> {
    SYNONYM_KEYS.get(word).copied()
}

/// Zipf frequency of a lower-case English word (log10 of occurrences per billion
/// words: "the" 7.7, "qatar" 3.8), or `None` for a word outside the 60,000 most
/// frequent. From wordfreq (CC BY-SA 4.0), see `data/README.md`.
pub(crate) fn zipf(word: &str) -> Option<f32> {
    WORDFREQ.get(word).map(|&z| f32::from(z) / 100.0)
}

/// Named regions that are not states, with their canonical name. Compiled by hand
/// from common usage in wire copy.
pub(crate) const REGIONS: &[(&str, &str)] = &[
    ("Africa", "Africa"),
    ("Asia", "Asia"),
    ("Crimea", "Crimea"),
    ("East Jerusalem", "East Jerusalem"),
    ("Europe", "Europe"),
    ("Gaza", "Gaza"),
    ("Gaza Strip", "Gaza"),
    ("Golan Heights", "Golan Heights"),
    ("Korean Peninsula", "Korean Peninsula"),
    ("Latin America", "Latin America"),
    ("Middle East", "Middle East"),
    ("Mideast", "Middle East"),
    ("Persian Gulf", "Persian Gulf"),
    ("Sinai", "Sinai Peninsula"),
    ("Sinai Peninsula", "Sinai Peninsula"),
    ("West Asia", "Middle East"),
    ("West Bank", "West Bank"),
];

/// Titles, ranks and roles stripped from the front of a name ("Gen. Frank McKenzie",
/// "U.S. President Joe Biden", "spokesman Col. Joe Buccino"). Sorted.
pub(crate) const TITLES: &[&str] = &[
    "Adm",
    "Adm.",
    "Ambassador",
    "Brig",
    "Brig.",
    "Capt",
    "Capt.",
    "Chairman",
    "Chairwoman",
    "Chancellor",
    "Chief",
    "Col",
    "Col.",
    "Commander",
    "Crown",
    "Defence",
    "Defense",
    "Deputy",
    "Director",
    "Dr",
    "Dr.",
    "Foreign",
    "Former",
    "Gen",
    "Gen.",
    "General",
    "Gov",
    "Gov.",
    "Governor",
    "Interior",
    "Judge",
    "Justice",
    "King",
    "Leader",
    "Lt",
    "Lt.",
    "Maj",
    "Maj.",
    "Mayor",
    "Minister",
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Pope",
    "Pres.",
    "President",
    "Prime",
    "Prince",
    "Princess",
    "Prof.",
    "Queen",
    "Rep",
    "Rep.",
    "Representative",
    "Secretary",
    "Sen",
    "Sen.",
    "Senator",
    "Sgt",
    "Sgt.",
    "Speaker",
    "Spokesman",
    "Spokeswoman",
    "Vice",
];

/// Last words that make a capitalised name an organisation. Sorted.
pub(crate) const ORGANISATION_HEADS: &[&str] = &[
    "Administration",
    "Agency",
    "Army",
    "Assembly",
    "Association",
    "Authority",
    "Bank",
    "Brigade",
    "Brigades",
    "Bureau",
    "Cabinet",
    "Center",
    "Centre",
    "Command",
    "Commission",
    "Committee",
    "Company",
    "Congress",
    "Corporation",
    "Corps",
    "Council",
    "Court",
    "Department",
    "Eye",
    "Force",
    "Forces",
    "Foundation",
    "Front",
    "Fund",
    "Group",
    "Guard",
    "Guards",
    "Inc.",
    "Institute",
    "Journal",
    "League",
    "Media",
    "Ministry",
    "Movement",
    "Navy",
    "Network",
    "News",
    "Office",
    "Organisation",
    "Organization",
    "Parliament",
    "Party",
    "Police",
    "Post",
    "Press",
    "Radio",
    "Senate",
    "Service",
    "Times",
    "Tribune",
    "Union",
    "University",
];

/// Last words that make a capitalised name a place. Sorted.
pub(crate) const PLACE_HEADS: &[&str] = &[
    "Airport",
    "Base",
    "Bay",
    "Canal",
    "City",
    "Coast",
    "County",
    "Desert",
    "District",
    "Gulf",
    "Heights",
    "Island",
    "Islands",
    "Mountains",
    "Ocean",
    "Peninsula",
    "Province",
    "Region",
    "River",
    "Sea",
    "Square",
    "Strait",
    "Strip",
    "Valley",
];

/// Reporting verbs in all their inflected forms (lower case): verbs of speech,
/// writing, judgement, belief and intention, after Levin's (1993) communication and
/// conjecture classes, the PolNeAR annotation guidelines' cue types and Krestel et
/// al. (2008) "Minding the source". Sorted.
pub(crate) const CUE_VERBS: &[&str] = &[
    "accuse", "accused", "accuses", "accusing", "acknowledge", "acknowledged", "acknowledges",
    "acknowledging", "add", "added", "adding", "adds", "admit", "admits", "admitted",
    "admitting", "advise", "advised", "advises", "advising", "affirm", "affirmed", "affirming",
    "affirms", "agree", "agreed", "agreeing", "agrees", "allege", "alleged", "alleges",
    "alleging", "announce", "announced", "announces", "announcing", "answered", "answering",
    "answers", "applaud", "applauded", "applauding", "applauds", "argue", "argued", "argues",
    "arguing", "ask", "asked", "asking", "asks", "assert", "asserted", "asserting", "asserts",
    "assure", "assured", "assures", "assuring", "believe", "believed", "believes", "believing",
    "blast", "blasted", "blasting", "blasts", "boast", "boasted", "boasting", "boasts", "brag",
    "braged", "braging", "brags", "called", "calling", "calls", "caution", "cautioned",
    "cautioning", "cautions", "charged", "charges", "charging", "cite", "cited", "cites",
    "citing", "claimed", "claiming", "claims", "commented", "commenting", "comments",
    "complain", "complained", "complaining", "complains", "concede", "conceded", "concedes",
    "conceding", "conclude", "concluded", "concludes", "concluding", "condemn", "condemned",
    "condemning", "condemns", "confide", "confided", "confides", "confiding", "confirm",
    "confirmed", "confirming", "confirms", "contend", "contended", "contending", "contends",
    "counter", "countered", "countering", "counters", "criticise", "criticised", "criticises",
    "criticising", "criticize", "criticized", "criticizes", "criticizing", "decide", "decided",
    "decides", "deciding", "declare", "declared", "declares", "declaring", "decried", "decries",
    "decry", "decrying", "demanded", "demanding", "demands", "denied", "denies", "denounce",
    "denounced", "denounces", "denouncing", "deny", "denying", "describe", "described",
    "describes", "describing", "disclose", "disclosed", "discloses", "disclosing", "dismiss",
    "dismissed", "dismisses", "dismissing", "dispute", "disputed", "disputes", "disputing",
    "doubted", "doubting", "doubts", "downplay", "downplayed", "downplaying", "downplays",
    "emphasise", "emphasised", "emphasises", "emphasising", "emphasize", "emphasized",
    "emphasizes", "emphasizing", "estimated", "estimates", "estimating", "expect", "expected",
    "expecting", "expects", "explain", "explained", "explaining", "explains", "feared",
    "fearing", "fears", "feel", "feeling", "feels", "felt", "find", "finding", "finds",
    "forecast", "forecasting", "forecasts", "found", "grumble", "grumbled", "grumbles",
    "grumbling", "guess", "guessed", "guesses", "guessing", "hail", "hailed", "hailing",
    "hails", "hint", "hinted", "hinting", "hints", "hoped", "hopes", "hoping", "implied",
    "implies", "imply", "implying", "indicate", "indicated", "indicates", "indicating",
    "inform", "informed", "informing", "informs", "insist", "insisted", "insisting", "insists",
    "instruct", "instructed", "instructing", "instructs", "joke", "joked", "jokes", "joking",
    "knew", "know", "knowing", "known", "knows", "lament", "lamented", "lamenting", "laments",
    "learn", "learned", "learning", "learns", "learnt", "maintain", "maintained", "maintaining",
    "maintains", "marvel", "marveled", "marveling", "marvels", "mentioned", "mentioning",
    "mentions", "mock", "mocked", "mocking", "mocks", "muse", "mused", "muses", "musing",
    "noted", "notes", "noting", "objected", "objecting", "objects", "observe", "observed",
    "observes", "observing", "ordered", "ordering", "orders", "planned", "planning", "plans",
    "pledge", "pledged", "pledges", "pledging", "pointed", "pointing", "points", "praise",
    "praised", "praises", "praising", "predict", "predicted", "predicting", "predicts",
    "proclaim", "proclaimed", "proclaiming", "proclaims", "projected", "promised", "promises",
    "promising", "propose", "proposed", "proposes", "proposing", "protested", "protesting",
    "protests", "questioned", "questioning", "questions", "quip", "quipped", "quipping",
    "quips", "recall", "recalled", "recalling", "recalls", "reckon", "reckoned", "reckoning",
    "reckons", "recommend", "recommended", "recommending", "recommends", "recount", "recounted",
    "recounting", "recounts", "reference", "referenced", "references", "referencing", "refute",
    "refuted", "refutes", "refuting", "reiterate", "reiterated", "reiterates", "reiterating",
    "reject", "rejected", "rejecting", "rejects", "remark", "remarked", "remarking", "remarks",
    "remind", "reminded", "reminding", "reminds", "repeat", "repeated", "repeating", "repeats",
    "replied", "replies", "reply", "replying", "reported", "reporting", "reports", "requested",
    "requesting", "requests", "respond", "responded", "responding", "responds", "retort",
    "retorted", "retorting", "retorts", "reveal", "revealed", "revealing", "reveals", "rule",
    "ruled", "rules", "ruling", "said", "say", "saying", "says", "scoff", "scoffed", "scoffing",
    "scoffs", "show", "showed", "shows", "signaled", "signaling", "signals", "slam", "slammed",
    "slamming", "slams", "speculate", "speculated", "speculates", "speculating", "stated",
    "states", "stating", "stress", "stressed", "stresses", "stressing", "suggest", "suggested",
    "suggesting", "suggests", "suspect", "suspected", "suspecting", "suspects", "swear",
    "swearing", "swears", "swore", "sworn", "tell", "telling", "tells", "testified",
    "testifies", "testify", "testifying", "think", "thinking", "thinks", "thought", "threaten",
    "threatened", "threatening", "threatens", "told", "tout", "touted", "touting", "touts",
    "tweeted", "tweeting", "tweets", "underline", "underlined", "underlines", "underlining",
    "urge", "urged", "urges", "urging", "vote", "voted", "votes", "voting", "vow", "vowed",
    "vowing", "vows", "wanted", "wanting", "wants", "warn", "warned", "warning", "warns",
    "welcome", "welcomed", "welcomes", "welcoming", "wonder", "wondered", "wondering",
    "wonders", "worried", "worries", "worry", "worrying", "write", "writes", "writing",
    "written", "wrote",
];

/// Head nouns of unnamed speakers ("a senior official", "sources"). Sorted.
pub(crate) const ANONYMOUS_HEADS: &[&str] = &[
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "aide",
    "aides",
    "diplomat",
    "diplomats",
    "insider",
    "insiders",
    "lawmaker",
    "lawmakers",
    "minister",
    "officer",
    "officers",
    "official",
    "officials",
    "source",
    "sources",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "staffer",
    "staffers",
];

/// Verbs of speech proper (say, tell, report, add, write, ...), which outrank other
/// cue verbs when a sentence has several. Sorted.
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "add",
    "added",
    "adding",
    "adds",
    "announced",
    "announces",
    "asked",
    "asks",
    "claimed",
    "claims",
    "explained",
    "noted",
    "notes",
    "noting",
    "reported",
    "reports",
    "said",
    "say",
    "saying",
    "says",
    "stated",
    "tell",
    "telling",
    "tells",
    "told",
    "tweeted",
    "writes",
    "wrote",
];

/// States news refers to by a description ("the kingdom", "the Gulf state"), for
/// resolving such references to the nearest fitting country named before them.
/// Membership after the CIA World Factbook's government types and the Gulf
/// Cooperation Council's members. Each list is sorted.
pub(crate) const KINGDOMS: &[&str] = &[
    "Bahrain",
    "Belgium",
    "Bhutan",
    "Cambodia",
    "Denmark",
    "Eswatini",
    "Jordan",
    "Lesotho",
    "Morocco",
    "Netherlands",
    "Norway",
    "Saudi Arabia",
    "Spain",
    "Sweden",
    "Thailand",
    "Tonga",
    "United Kingdom",
];
/// Members of the Gulf Cooperation Council. Sorted.
pub(crate) const GULF_STATES: &[&str] = &[
    "Bahrain",
    "Kuwait",
    "Oman",
    "Qatar",
    "Saudi Arabia",
    "United Arab Emirates",
];
/// Emirates and sheikhdoms. Sorted.
pub(crate) const EMIRATES: &[&str] = &["Kuwait", "Qatar", "United Arab Emirates"];

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_sorted(name: &str, table: &[&str]) {
        for w in table.windows(2) {
            assert!(
                w[0] < w[1],
                "{name} is not sorted at {:?} / {:?}",
                w[0],
                w[1]
            );
        }
    }

    #[test]
    fn searched_tables_are_sorted() {
        assert_sorted("TITLE_ABBREVIATIONS", TITLE_ABBREVIATIONS);
        assert_sorted("MONTH_ABBREVIATIONS", MONTH_ABBREVIATIONS);
        assert_sorted("AMBIGUOUS_ABBREVIATIONS", AMBIGUOUS_ABBREVIATIONS);
        assert_sorted("SENTENCE_STARTERS", SENTENCE_STARTERS);
        assert_sorted("FUNCTION_WORDS", FUNCTION_WORDS);
        assert_sorted("HEDGES", HEDGES);
        assert_sorted("NEGATIONS", NEGATIONS);
        assert_sorted("QUANTIFIERS", QUANTIFIERS);
        assert_sorted("TITLES", TITLES);
        assert_sorted("ORGANISATION_HEADS", ORGANISATION_HEADS);
        assert_sorted("PLACE_HEADS", PLACE_HEADS);
        assert_sorted("CUE_VERBS", CUE_VERBS);
        assert_sorted("SPEECH_VERBS", SPEECH_VERBS);
        assert_sorted("KINGDOMS", KINGDOMS);
        assert_sorted("GULF_STATES", GULF_STATES);
        assert_sorted("EMIRATES", EMIRATES);
        assert_sorted("ANONYMOUS_HEADS", ANONYMOUS_HEADS);
    }

    #[test]
    fn function_words_keep_what_makes_claims_differ() {
        for w in [
            "not", "no", "never", "few", "four", "one", "more", "less", "none", "without",
        ] {
            assert!(!is_function_word(w), "{w} must not be a function word");
        }
    }
}
