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
/// uncertain, after Hyland's (1998) hedging categories (epistemic modals "may",
/// "might", "could"; judgement verbs "believe", "appear"; attribution of blame) and the
/// reporting hedges of the AP Stylebook ("allegedly", "reportedly"). Lower case;
/// matched on word bounds.
pub(crate) const HEDGES: &[&str] = &[
    "accused",
    "accuses",
    "accusing",
    "alleged",
    "allegedly",
    "alleges",
    "apparent",
    "apparently",
    "appear to",
    "appeared",
    "appears",
    "appears to",
    "are believed to",
    "are said to",
    "believe",
    "believed",
    "believed to be",
    "believes",
    "blamed",
    "blames",
    "claimed",
    "claims that",
    "could",
    "could not be independently verified",
    "expected",
    "immediately available",
    "immediately clear",
    "immediately confirmed",
    "immediately identified",
    "immediately known",
    "immediately reported",
    "indicated",
    "indication",
    "indications",
    "is believed to",
    "is expected to",
    "is said to",
    "it is not clear",
    "likely",
    "looked like",
    "may",
    "may have",
    "might",
    "might have",
    "not immediately",
    "ostensibly",
    "perhaps",
    "possibly",
    "presumably",
    "probably",
    "purported",
    "purportedly",
    "reported to",
    "reportedly",
    "rumored",
    "rumoured",
    "seemingly",
    "seems to",
    "so-called",
    "speculated",
    "speculation",
    "suggested",
    "suggests",
    "supposed",
    "supposedly",
    "suspected",
    "theoretically",
    "unclear",
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

/// Auxiliaries and modals, which end a subject read left to right. Sorted.
pub(crate) const AUXILIARIES: &[&str] = &[
    "are", "can", "could", "did", "does", "had", "has", "have", "is", "may", "might", "must",
    "should", "was", "were", "will", "would",
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

/// Whether the sorted `list` holds `word`: a binary search that compares first bytes
/// inline, where most probes differ, before comparing whole strings (a `memcmp` call).
pub(crate) fn contains(list: &[&str], word: &str) -> bool {
    let first = word.as_bytes().first();
    list.binary_search_by(|probe| {
        probe
            .as_bytes()
            .first()
            .cmp(&first)
            .then_with(|| probe.cmp(&word))
    })
    .is_ok()
}

/// Whether `word` (lower case) is a function word.
pub(crate) fn is_function_word(word: &str) -> bool {
    // Asked for nearly every token: a hash lookup beats a binary search of string
    // comparisons here.
    static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| FUNCTION_WORDS.iter().copied().collect());
    SET.contains(word)
}

// The fixed tables are only looked up, never filled from input, so a fast
// non-random hasher cannot be made to degrade them: FxHash instead of SipHash.
static WORDFREQ: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, Entry>> =
    std::sync::LazyLock::new(|| {
        let data = include_str!("data/wordfreq-en.txt");
        // Sized once: built on every run's first lookup, and growing it rehashed
        // 60,000 words several times over.
        let lines = data.bytes().filter(|&b| b == b'\n').count();
        let mut table = rustc_hash::FxHashMap::with_capacity_and_hasher(lines, Default::default());
        // Fields split by a plain char test: they are a few bytes long, shorter than a
        // `memchr` search takes to pay off.
        let tab = |c: char| c == '\t';
        table.extend(data.lines().filter_map(|l| {
            let (word, rest) = l.split_once(tab)?;
            // The stem as an edit of the word, when it is not the word: bytes to cut,
            // then letters to add ("people" 1 -> "peopl", "only" 1i -> "onli").
            let (zipf, edit) = rest.split_once(tab).unwrap_or((rest, "0"));
            let digits = edit.bytes().take_while(u8::is_ascii_digit).count();
            let (cut, letters) = (edit[..digits].parse().ok()?, &edit[digits..]);
            // Two letters at most, so that the table stays as small as without
            // stems (an entry is 24 bytes either way); a longer ending, which the
            // stemmer does not write, is left to the stemmer.
            let append = match *letters.as_bytes() {
                [] => Some([0, 0]),
                [a] => Some([a, 0]),
                [a, b] => Some([a, b]),
                _ => None,
            };
            Some((
                word,
                Entry {
                    zipf: zipf.parse().ok()?,
                    cut,
                    append,
                },
            ))
        }));
        table
    });

/// A word of the frequency table: its Zipf frequency ×100 and its Porter2 stem, as
/// the bytes to cut from the word's end and the letters (zero-padded) to add.
#[derive(Clone, Copy)]
struct Entry {
    zipf: u16,
    cut: u8,
    append: Option<[u8; 2]>,
}

impl Entry {
    /// The stem of `word`, the table's word this entry is of.
    fn stem<'a>(&self, word: &'a str) -> Option<std::borrow::Cow<'a, str>> {
        let kept = word.get(..word.len().checked_sub(usize::from(self.cut))?)?;
        let append = self.append?;
        let len = append.iter().take_while(|&&b| b != 0).count();
        Some(match std::str::from_utf8(&append[..len]).ok()? {
            "" => kept.into(),
            letters => [kept, letters].concat().into(),
        })
    }
}

/// The stemmer behind [`stem`], for words outside the table.
static STEMMER: std::sync::LazyLock<rust_stemmers::Stemmer> =
    std::sync::LazyLock::new(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English));

static SYNONYM_KEYS: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, &'static str>> =
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

/// Whom "he" or "she" can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
}

/// Title and role words that show a person's gender ("Mrs. Clinton", "a spokeswoman
/// for the ministry"). Sorted.
const GENDERED_WORDS: &[(&str, Gender)] = &[
    ("aunt", Gender::Female),
    ("boy", Gender::Male),
    ("brother", Gender::Male),
    ("businessman", Gender::Male),
    ("businesswoman", Gender::Female),
    ("chairman", Gender::Male),
    ("chairwoman", Gender::Female),
    ("congressman", Gender::Male),
    ("congresswoman", Gender::Female),
    ("daughter", Gender::Female),
    ("father", Gender::Male),
    ("girl", Gender::Female),
    ("husband", Gender::Male),
    ("king", Gender::Male),
    ("lady", Gender::Female),
    ("lord", Gender::Male),
    ("madam", Gender::Female),
    ("man", Gender::Male),
    ("miss", Gender::Female),
    ("mother", Gender::Female),
    ("mr", Gender::Male),
    ("mr.", Gender::Male),
    ("mrs", Gender::Female),
    ("mrs.", Gender::Female),
    ("ms", Gender::Female),
    ("ms.", Gender::Female),
    ("prince", Gender::Male),
    ("princess", Gender::Female),
    ("queen", Gender::Female),
    ("sir", Gender::Male),
    ("sister", Gender::Female),
    ("son", Gender::Male),
    ("spokesman", Gender::Male),
    ("spokeswoman", Gender::Female),
    ("uncle", Gender::Male),
    ("wife", Gender::Female),
    ("woman", Gender::Female),
];

/// First names that are nearly always one gender, from the US Census 1990 name files
/// (public domain; see `data/README.md`).
static FIRST_NAMES: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, Gender>> =
    std::sync::LazyLock::new(|| {
        include_str!("data/first-names.txt")
            .lines()
            .filter_map(|l| {
                let (name, g) = l.split_once('\t')?;
                Some((
                    name,
                    if g == "f" {
                        Gender::Female
                    } else {
                        Gender::Male
                    },
                ))
            })
            .collect()
    });

/// Whether `word` (any case) is a first name in the census lists with a clear gender
/// ("Mark", "Nancy"; not "Kim", which both genders use).
pub(crate) fn is_first_name(word: &str) -> bool {
    FIRST_NAMES.contains_key(word.to_lowercase().as_str())
}

/// The gender a person's name or description shows, if any: a title or role word
/// before its complement ("Ms. Pelosi", "the White House spokesman", not "a spokesman
/// for Mrs. Clinton"'s "Mrs."), else a first name followed by a surname ("Nancy
/// Pelosi", "Sen. Ted Cruz"). Unknown names, names both genders use ("Lindsey"),
/// surnames alone ("Clinton") and groups have none.
pub(crate) fn gender_of(person: &str) -> Option<Gender> {
    let words: Vec<&str> = person.split_whitespace().collect();
    for (i, w) in words.iter().enumerate() {
        let lower = w.to_lowercase();
        // A capitalised role word is a title only up front: "King Salman", not "Steve
        // King" or "Gayle King".
        let role = i == 0 || w.starts_with(char::is_lowercase);
        if let Ok(k) = GENDERED_WORDS.binary_search_by_key(&lower.as_str(), |&(g, _)| g)
            && role
        {
            return Some(GENDERED_WORDS[k].1);
        }
        // What follows a preposition is someone else ("spokesman for Mrs. Clinton").
        if is_function_word(&lower) && !matches!(lower.as_str(), "a" | "an" | "the") {
            break;
        }
    }
    // The first name is the word before the surname, past middle initials and
    // suffixes. Only that word: in "Kim Jong Un" the family name comes first.
    let names: Vec<&str> = words
        .iter()
        .rev()
        .skip_while(|w| matches!(**w, "Jr." | "Jr" | "Sr." | "Sr" | "II" | "III"))
        .take_while(|w| w.starts_with(char::is_uppercase))
        .filter(|w| !(w.chars().count() == 1 || w.len() == 2 && w.ends_with('.')))
        .copied()
        .collect();
    let first = names.get(1)?;
    FIRST_NAMES.get(first.to_lowercase().as_str()).copied()
}

/// Zipf frequency of a lower-case English word (log10 of occurrences per billion
/// words: "the" 7.7, "qatar" 3.8), or `None` for a word outside the 60,000 most
/// frequent. From wordfreq (CC BY-SA 4.0), see `data/README.md`.
pub(crate) fn zipf(word: &str) -> Option<f32> {
    WORDFREQ.get(word).map(|e| f32::from(e.zipf) / 100.0)
}

/// The Snowball English (Porter2) stem of a lower-case word. The words of the
/// frequency table have theirs precomputed (the table's third column, checked
/// against the stemmer by a test): stemming costs thousands of instructions a word,
/// and nearly all of a claim's words are in the table.
pub(crate) fn stem(word: &str) -> std::borrow::Cow<'_, str> {
    stem_and_zipf(word).0
}

/// [`stem`] and [`zipf`] of a word with one lookup.
pub(crate) fn stem_and_zipf(word: &str) -> (std::borrow::Cow<'_, str>, Option<f32>) {
    match WORDFREQ.get(word) {
        Some(e) => (
            e.stem(word).unwrap_or_else(|| STEMMER.stem(word)),
            Some(f32::from(e.zipf) / 100.0),
        ),
        None => (STEMMER.stem(word), None),
    }
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
    "Board",
    "Brigade",
    "Brigades",
    "Bureau",
    "Cabinet",
    "Center",
    "Centre",
    "Chronicle",
    "Command",
    "Commission",
    "Committee",
    "Company",
    "Congress",
    "Corporation",
    "Corps",
    "Council",
    "Courier",
    "Court",
    "Department",
    "Eye",
    "Force",
    "Forces",
    "Foundation",
    "Front",
    "Fund",
    "Gazette",
    "Group",
    "Guard",
    "Guards",
    "Herald",
    "Inc.",
    "Institute",
    "Journal",
    "League",
    "Ledger",
    "Media",
    "Ministry",
    "Movement",
    "Navy",
    "Network",
    "News",
    "Observer",
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
    "Telegraph",
    "Times",
    "Tribune",
    "Union",
    "University",
];

/// First words that make a capitalised name a place ("Port Said", "Mount Kenya",
/// "Lake Chad", "Fort Worth", "Cape Town"). Sorted.
pub(crate) const PLACE_LEADS: &[&str] = &["Cape", "Fort", "Lake", "Mount", "Port"];

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

/// Irregular past tenses and participles of common verbs (generated with lemminflect
/// from a list of common irregular verbs), which end a subject read left to right the
/// way an "-ed" form does; forms that are as often nouns ("left", "shot") are left out.
/// Sorted.
pub(crate) const IRREGULAR_PAST: &[&str] = &[
    "ate",
    "began",
    "begun",
    "blew",
    "blown",
    "bought",
    "broke",
    "brought",
    "built",
    "came",
    "caught",
    "chose",
    "chosen",
    "dealt",
    "did",
    "drank",
    "drawn",
    "drew",
    "driven",
    "drove",
    "eaten",
    "fallen",
    "fell",
    "felt",
    "flew",
    "flown",
    "forgave",
    "forgiven",
    "forgot",
    "forgotten",
    "fought",
    "froze",
    "gave",
    "given",
    "gone",
    "got",
    "gotten",
    "grew",
    "grown",
    "heard",
    "held",
    "hid",
    "hung",
    "kept",
    "knew",
    "laid",
    "lent",
    "lost",
    "made",
    "meant",
    "met",
    "paid",
    "ran",
    "rang",
    "ridden",
    "risen",
    "rode",
    "rose",
    "sang",
    "sank",
    "saw",
    "seen",
    "sent",
    "shone",
    "shook",
    "slept",
    "slid",
    "sold",
    "sought",
    "spent",
    "spoke",
    "spoken",
    "stole",
    "stolen",
    "stood",
    "struck",
    "stuck",
    "stung",
    "swam",
    "swept",
    "swore",
    "sworn",
    "swung",
    "taken",
    "taught",
    "threw",
    "thrown",
    "took",
    "tore",
    "understood",
    "went",
    "woke",
    "wore",
    "written",
    "wrote",
];

/// Whether `word` (as written, usually lower case) is in [`CUE_VERBS`].
pub(crate) fn is_cue_verb(word: &str) -> bool {
    // Asked for nearly every token of every sentence: a hash lookup instead of a
    // binary search of ~770 strings.
    static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| CUE_VERBS.iter().copied().collect());
    SET.contains(word)
}

/// Reporting verbs in all their inflected forms (lower case): verbs of speech,
/// writing, judgement, belief and intention, after Levin's (1993) communication and
/// conjecture classes, the PolNeAR annotation guidelines' cue types and Krestel et
/// al. (2008) "Minding the source". Sorted.
pub(crate) const CUE_VERBS: &[&str] = &[
    "accuse",
    "accused",
    "accuses",
    "accusing",
    "acknowledge",
    "acknowledged",
    "acknowledges",
    "acknowledging",
    "add",
    "added",
    "adding",
    "adds",
    "admit",
    "admits",
    "admitted",
    "admitting",
    "advise",
    "advised",
    "advises",
    "advising",
    "advocate",
    "advocated",
    "advocates",
    "advocating",
    "affirm",
    "affirmed",
    "affirming",
    "affirms",
    "agree",
    "agreed",
    "agreeing",
    "agrees",
    "allege",
    "alleged",
    "alleges",
    "alleging",
    "allude",
    "alluded",
    "alludes",
    "alluding",
    "announce",
    "announced",
    "announces",
    "announcing",
    "answer",
    "answered",
    "answering",
    "answers",
    "anticipate",
    "anticipated",
    "anticipates",
    "anticipating",
    "apologize",
    "apologized",
    "apologizes",
    "apologizing",
    "applaud",
    "applauded",
    "applauding",
    "applauds",
    "argue",
    "argued",
    "argues",
    "arguing",
    "ask",
    "asked",
    "asking",
    "asks",
    "assail",
    "assailed",
    "assailing",
    "assails",
    "assert",
    "asserted",
    "asserting",
    "asserts",
    "assume",
    "assumed",
    "assumes",
    "assuming",
    "assure",
    "assured",
    "assures",
    "assuring",
    "attack",
    "attacked",
    "attacking",
    "attacks",
    "believe",
    "believed",
    "believes",
    "believing",
    "bemoan",
    "bemoaned",
    "bemoaning",
    "bemoans",
    "blame",
    "blamed",
    "blames",
    "blaming",
    "blast",
    "blasted",
    "blasting",
    "blasts",
    "boast",
    "boasted",
    "boasting",
    "boasts",
    "brag",
    "braged",
    "bragged",
    "bragging",
    "braging",
    "brags",
    "brand",
    "branded",
    "branding",
    "brands",
    "calculate",
    "calculated",
    "calculates",
    "calculating",
    "call",
    "called",
    "calling",
    "calls",
    "caution",
    "cautioned",
    "cautioning",
    "cautions",
    "challenge",
    "challenged",
    "challenges",
    "challenging",
    "chant",
    "chanted",
    "chanting",
    "chants",
    "charge",
    "charged",
    "charges",
    "charging",
    "cheer",
    "cheered",
    "cheering",
    "cheers",
    "cite",
    "cited",
    "cites",
    "citing",
    "claim",
    "claimed",
    "claiming",
    "claims",
    "comment",
    "commented",
    "commenting",
    "comments",
    "compare",
    "compared",
    "compares",
    "comparing",
    "complain",
    "complained",
    "complaining",
    "complains",
    "concede",
    "conceded",
    "concedes",
    "conceding",
    "conclude",
    "concluded",
    "concludes",
    "concluding",
    "condemn",
    "condemned",
    "condemning",
    "condemns",
    "confide",
    "confided",
    "confides",
    "confiding",
    "confirm",
    "confirmed",
    "confirming",
    "confirms",
    "consider",
    "considered",
    "considering",
    "considers",
    "contend",
    "contended",
    "contending",
    "contends",
    "counter",
    "countered",
    "countering",
    "counters",
    "credit",
    "credited",
    "crediting",
    "credits",
    "criticise",
    "criticised",
    "criticises",
    "criticising",
    "criticize",
    "criticized",
    "criticizes",
    "criticizing",
    "decide",
    "decided",
    "decides",
    "deciding",
    "declare",
    "declared",
    "declares",
    "declaring",
    "decline",
    "declined",
    "declines",
    "declining",
    "decried",
    "decries",
    "decry",
    "decrying",
    "defend",
    "defended",
    "defending",
    "defends",
    "demand",
    "demanded",
    "demanding",
    "demands",
    "denied",
    "denies",
    "denounce",
    "denounced",
    "denounces",
    "denouncing",
    "deny",
    "denying",
    "deride",
    "derided",
    "derides",
    "deriding",
    "describe",
    "described",
    "describes",
    "describing",
    "detail",
    "detailed",
    "detailing",
    "details",
    "disavow",
    "disavowed",
    "disavowing",
    "disavows",
    "disclose",
    "disclosed",
    "discloses",
    "disclosing",
    "discuss",
    "discussed",
    "discusses",
    "discussing",
    "dismiss",
    "dismissed",
    "dismisses",
    "dismissing",
    "dispute",
    "disputed",
    "disputes",
    "disputing",
    "document",
    "documented",
    "documenting",
    "documents",
    "doubt",
    "doubted",
    "doubting",
    "doubts",
    "downplay",
    "downplayed",
    "downplaying",
    "downplays",
    "echo",
    "echoed",
    "echoes",
    "echoing",
    "email",
    "emailed",
    "emailing",
    "emails",
    "embrace",
    "embraced",
    "embraces",
    "embracing",
    "emphasise",
    "emphasised",
    "emphasises",
    "emphasising",
    "emphasize",
    "emphasized",
    "emphasizes",
    "emphasizing",
    "encourage",
    "encouraged",
    "encourages",
    "encouraging",
    "endorse",
    "endorsed",
    "endorses",
    "endorsing",
    "estimate",
    "estimated",
    "estimates",
    "estimating",
    "expect",
    "expected",
    "expecting",
    "expects",
    "explain",
    "explained",
    "explaining",
    "explains",
    "express",
    "expressed",
    "expresses",
    "expressing",
    "extol",
    "extolled",
    "extolling",
    "extols",
    "favor",
    "favored",
    "favoring",
    "favors",
    "fear",
    "feared",
    "fearing",
    "fears",
    "feel",
    "feeling",
    "feels",
    "felt",
    "find",
    "finding",
    "finds",
    "forecast",
    "forecasting",
    "forecasts",
    "found",
    "grumble",
    "grumbled",
    "grumbles",
    "grumbling",
    "guess",
    "guessed",
    "guesses",
    "guessing",
    "hail",
    "hailed",
    "hailing",
    "hails",
    "herald",
    "heralded",
    "heralding",
    "heralds",
    "highlight",
    "highlighted",
    "highlighting",
    "highlights",
    "hint",
    "hinted",
    "hinting",
    "hints",
    "hope",
    "hoped",
    "hopes",
    "hoping",
    "identified",
    "identifies",
    "identify",
    "identifying",
    "implied",
    "implies",
    "imply",
    "implying",
    "indicate",
    "indicated",
    "indicates",
    "indicating",
    "inform",
    "informed",
    "informing",
    "informs",
    "insist",
    "insisted",
    "insisting",
    "insists",
    "instruct",
    "instructed",
    "instructing",
    "instructs",
    "joke",
    "joked",
    "jokes",
    "joking",
    "knew",
    "know",
    "knowing",
    "known",
    "knows",
    "label",
    "labeled",
    "labeling",
    "labelled",
    "labelling",
    "labels",
    "lament",
    "lamented",
    "lamenting",
    "laments",
    "learn",
    "learned",
    "learning",
    "learns",
    "learnt",
    "maintain",
    "maintained",
    "maintaining",
    "maintains",
    "marvel",
    "marveled",
    "marveling",
    "marvels",
    "mention",
    "mentioned",
    "mentioning",
    "mentions",
    "mock",
    "mocked",
    "mocking",
    "mocks",
    "muse",
    "mused",
    "muses",
    "musing",
    "note",
    "noted",
    "notes",
    "noting",
    "objected",
    "objecting",
    "objects",
    "observe",
    "observed",
    "observes",
    "observing",
    "offer",
    "offered",
    "offering",
    "offers",
    "oppose",
    "opposed",
    "opposes",
    "opposing",
    "ordered",
    "ordering",
    "orders",
    "outline",
    "outlined",
    "outlines",
    "outlining",
    "plan",
    "planned",
    "planning",
    "plans",
    "pledge",
    "pledged",
    "pledges",
    "pledging",
    "pointed",
    "pointing",
    "points",
    "ponder",
    "pondered",
    "pondering",
    "ponders",
    "portray",
    "portrayed",
    "portraying",
    "portrays",
    "praise",
    "praised",
    "praises",
    "praising",
    "predict",
    "predicted",
    "predicting",
    "predicts",
    "prefer",
    "preferred",
    "preferring",
    "prefers",
    "present",
    "presented",
    "presenting",
    "presents",
    "press",
    "pressed",
    "presses",
    "pressing",
    "proclaim",
    "proclaimed",
    "proclaiming",
    "proclaims",
    "projected",
    "promise",
    "promised",
    "promises",
    "promising",
    "propose",
    "proposed",
    "proposes",
    "proposing",
    "protested",
    "protesting",
    "protests",
    "questioned",
    "questioning",
    "questions",
    "quip",
    "quipped",
    "quipping",
    "quips",
    "quote",
    "quoted",
    "quotes",
    "quoting",
    "rail",
    "railed",
    "railing",
    "rails",
    "reaffirm",
    "reaffirmed",
    "reaffirming",
    "reaffirms",
    "rebuke",
    "rebuked",
    "rebukes",
    "rebuking",
    "recall",
    "recalled",
    "recalling",
    "recalls",
    "reckon",
    "reckoned",
    "reckoning",
    "reckons",
    "recognize",
    "recognized",
    "recognizes",
    "recognizing",
    "recommend",
    "recommended",
    "recommending",
    "recommends",
    "recount",
    "recounted",
    "recounting",
    "recounts",
    "refer",
    "refered",
    "reference",
    "referenced",
    "references",
    "referencing",
    "refering",
    "referred",
    "referring",
    "refers",
    "refuse",
    "refused",
    "refuses",
    "refusing",
    "refute",
    "refuted",
    "refutes",
    "refuting",
    "reiterate",
    "reiterated",
    "reiterates",
    "reiterating",
    "reject",
    "rejected",
    "rejecting",
    "rejects",
    "remark",
    "remarked",
    "remarking",
    "remarks",
    "remember",
    "remembered",
    "remembering",
    "remembers",
    "remind",
    "reminded",
    "reminding",
    "reminds",
    "repeat",
    "repeated",
    "repeating",
    "repeats",
    "replied",
    "replies",
    "reply",
    "replying",
    "report",
    "reported",
    "reporting",
    "reports",
    "repudiate",
    "repudiated",
    "repudiates",
    "repudiating",
    "request",
    "requested",
    "requesting",
    "requests",
    "respond",
    "responded",
    "responding",
    "responds",
    "retort",
    "retorted",
    "retorting",
    "retorts",
    "reveal",
    "revealed",
    "revealing",
    "reveals",
    "ridicule",
    "ridiculed",
    "ridicules",
    "ridiculing",
    "rule",
    "ruled",
    "rules",
    "ruling",
    "said",
    "saw",
    "say",
    "saying",
    "says",
    "scoff",
    "scoffed",
    "scoffing",
    "scoffs",
    "see",
    "seeing",
    "seek",
    "seeking",
    "seeks",
    "seen",
    "sees",
    "show",
    "showed",
    "showing",
    "shown",
    "shows",
    "signal",
    "signaled",
    "signaling",
    "signalled",
    "signalling",
    "signals",
    "slam",
    "slammed",
    "slamming",
    "slams",
    "sought",
    "speak",
    "speaking",
    "speaks",
    "speculate",
    "speculated",
    "speculates",
    "speculating",
    "spoke",
    "spoken",
    "stated",
    "states",
    "stating",
    "stress",
    "stressed",
    "stresses",
    "stressing",
    "suggest",
    "suggested",
    "suggesting",
    "suggests",
    "support",
    "supported",
    "supporting",
    "supports",
    "suspect",
    "suspected",
    "suspecting",
    "suspects",
    "swear",
    "swearing",
    "swears",
    "swore",
    "sworn",
    "talk",
    "talked",
    "talking",
    "talks",
    "tell",
    "telling",
    "tells",
    "testified",
    "testifies",
    "testify",
    "testifying",
    "thank",
    "thanked",
    "thanking",
    "thanks",
    "think",
    "thinking",
    "thinks",
    "thought",
    "threaten",
    "threatened",
    "threatening",
    "threatens",
    "told",
    "tout",
    "touted",
    "touting",
    "touts",
    "tweet",
    "tweeted",
    "tweeting",
    "tweets",
    "underline",
    "underlined",
    "underlines",
    "underlining",
    "understand",
    "understanding",
    "understands",
    "understood",
    "urge",
    "urged",
    "urges",
    "urging",
    "view",
    "viewed",
    "viewing",
    "views",
    "voice",
    "voiced",
    "voices",
    "voicing",
    "vote",
    "voted",
    "votes",
    "voting",
    "vow",
    "vowed",
    "vowing",
    "vows",
    "want",
    "wanted",
    "wanting",
    "wants",
    "warn",
    "warned",
    "warning",
    "warns",
    "welcome",
    "welcomed",
    "welcomes",
    "welcoming",
    "wonder",
    "wondered",
    "wondering",
    "wonders",
    "worried",
    "worries",
    "worry",
    "worrying",
    "write",
    "writes",
    "writing",
    "written",
    "wrote",
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

    /// The frequency table with its stem column as the stemmer gives it: a third
    /// field `<bytes to cut><letters to add>` on each word whose stem is not itself.
    fn table_with_stems() -> String {
        let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
        let mut out = String::new();
        for line in include_str!("data/wordfreq-en.txt").lines() {
            let mut fields = line.split('\t');
            let (word, zipf) = (fields.next().unwrap(), fields.next().unwrap());
            out.push_str(&format!("{word}\t{zipf}"));
            let stem = stemmer.stem(word);
            if stem != word {
                let common = word
                    .bytes()
                    .zip(stem.bytes())
                    .take_while(|(a, b)| a == b)
                    .count();
                out.push_str(&format!("\t{}{}", word.len() - common, &stem[common..]));
            }
            out.push('\n');
        }
        out
    }

    #[test]
    fn precomputed_stems_are_the_stemmers() {
        assert!(
            include_str!("data/wordfreq-en.txt") == table_with_stems(),
            "the stem column of data/wordfreq-en.txt is stale: \
             cargo test -- --ignored write_stem_column"
        );
        // Words in and out of the table stem alike.
        for (word, want) in [
            ("running", "run"),
            ("only", "onli"),
            ("people", "peopl"),
            ("qatar", "qatar"),
            ("zzzyxxings", "zzzyxx"),
        ] {
            assert_eq!(stem(word), want, "{word}");
        }
        assert_eq!(stem_and_zipf("meetings").0, "meet");
        assert!(stem_and_zipf("meetings").1.is_some());
        assert_eq!(stem_and_zipf("zzzyxxings").1, None);
    }

    /// Writes the stem column into `data/wordfreq-en.txt` (after regenerating the
    /// table with `scripts/wordfreq_table.py`).
    #[test]
    #[ignore = "rewrites a data file"]
    fn write_stem_column() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src/lexicon/data/wordfreq-en.txt"
        );
        std::fs::write(path, table_with_stems()).unwrap();
    }

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
        assert_sorted("PLACE_LEADS", PLACE_LEADS);
        assert_sorted("CUE_VERBS", CUE_VERBS);
        assert_sorted("IRREGULAR_PAST", IRREGULAR_PAST);
        assert_sorted("SPEECH_VERBS", SPEECH_VERBS);
        assert_sorted("KINGDOMS", KINGDOMS);
        assert_sorted("GULF_STATES", GULF_STATES);
        assert_sorted("EMIRATES", EMIRATES);
        assert_sorted("ANONYMOUS_HEADS", ANONYMOUS_HEADS);
        let gendered: Vec<&str> = GENDERED_WORDS.iter().map(|&(w, _)| w).collect();
        assert_sorted("GENDERED_WORDS", &gendered);
    }

    #[test]
    fn gender_comes_from_titles_roles_and_first_names() {
        use Gender::{Female, Male};
        for (person, gender) in [
            ("Mrs. Clinton", Some(Female)),
            ("Mr. Clinton", Some(Male)),
            ("Hillary Clinton", Some(Female)),
            ("Sen. Ted Cruz", Some(Male)),
            // Names both genders use are left out.
            ("Lindsey Graham", None),
            ("Chris Christie", None),
            ("House Minority Leader Nancy Pelosi", Some(Female)),
            ("Paul D. Ryan", Some(Male)),
            ("Hillary Rodham Clinton", None),
            ("Kim Jong Un", None),
            ("Jordan's Foreign Minister Ayman Safadi", None),
            ("a spokeswoman for the ministry", Some(Female)),
            ("a spokesman for Mrs. Clinton", Some(Male)),
            ("King Salman", Some(Male)),
            ("Gayle King", Some(Female)),
            ("Steve King", Some(Male)),
            // A surname alone, an unknown or two-way first name, a group: no gender.
            ("Clinton", None),
            ("Dana Whitfield", None),
            ("Xochitl Ortiz", None),
            ("officials", None),
        ] {
            assert_eq!(gender_of(person), gender, "{person}");
        }
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
