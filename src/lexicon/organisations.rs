//! Organisations, outlets and institutions that English news names by more than one
//! form. Compiled by hand from the organisations' own names for themselves and the AP
//! Stylebook's acronym entries; acronyms an article defines itself ("Middle East Eye
//! (MEE)", or the long form appearing before the acronym) are resolved per article
//! by the extractor, not here.

/// One organisation: canonical name and other forms, case-sensitive.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Organisation {
    pub name: &'static str,
    pub aliases: &'static [&'static str],
}

const fn org(name: &'static str, aliases: &'static [&'static str]) -> Organisation {
    Organisation { name, aliases }
}

/// Sorted by `name`.
pub(crate) static ORGANISATIONS: &[Organisation] = &[
    org("Agence France-Presse", &["AFP", "Agence France Presse"]),
    org("Al Jazeera", &["Al-Jazeera", "Aljazeera"]),
    org("Associated Press", &["AP", "The Associated Press"]),
    org("BBC", &["BBC News", "British Broadcasting Corporation"]),
    org("CNN", &["Cable News Network"]),
    org("Central Intelligence Agency", &["CIA"]),
    org("Congress", &["US Congress", "U.S. Congress"]),
    org(
        "Department of Defense",
        &["Defense Department", "Pentagon", "DoD"],
    ),
    org("European Union", &["EU", "E.U."]),
    org("Federal Bureau of Investigation", &["FBI"]),
    org("Fox News", &["Fox News Channel", "FNC"]),
    org("Hamas", &[]),
    org("Hezbollah", &["Hizbollah", "Hizballah"]),
    org(
        "House of Representatives",
        &["House", "U.S. House", "US House"],
    ),
    org("International Atomic Energy Agency", &["IAEA"]),
    org(
        "Islamic Revolutionary Guard Corps",
        &["IRGC", "Revolutionary Guards", "Revolutionary Guard"],
    ),
    org(
        "Israel Defense Forces",
        &["IDF", "Israeli Defense Forces", "Israeli military"],
    ),
    org(
        "Kataib Hezbollah",
        &["Kataeb Hezbollah", "Kata'ib Hezbollah"],
    ),
    org("Korean Central News Agency", &["KCNA"]),
    org("Middle East Eye", &["MEE"]),
    org("National Security Agency", &["NSA"]),
    org("National Security Council", &["NSC"]),
    org("North Atlantic Treaty Organization", &["NATO", "Nato"]),
    org(
        "Popular Mobilization Forces",
        &["PMF", "Popular Mobilisation Forces", "Hashd al-Shaabi"],
    ),
    org("Reuters", &["Thomson Reuters"]),
    org("Senate", &["US Senate", "U.S. Senate"]),
    org(
        "State Department",
        &[
            "Department of State",
            "U.S. State Department",
            "US State Department",
        ],
    ),
    org(
        "The New York Times",
        &["New York Times", "NYT", "the Times"],
    ),
    org(
        "The Wall Street Journal",
        &["Wall Street Journal", "WSJ", "the Journal"],
    ),
    org("The Washington Post", &["Washington Post", "the Post"]),
    org(
        "US Central Command",
        &[
            "CENTCOM",
            "Centcom",
            "U.S. Central Command",
            "Central Command",
            "United States Central Command",
        ],
    ),
    org("United Nations", &["UN", "U.N.", "the United Nations"]),
    org("White House", &["the White House"]),
    org(
        "World Health Organization",
        &["WHO", "World Health Organisation"],
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_by_name() {
        for w in ORGANISATIONS.windows(2) {
            assert!(w[0].name < w[1].name, "{} / {}", w[0].name, w[1].name);
        }
    }
}
