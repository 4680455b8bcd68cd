//! Countries of the world: official short name, aliases, demonyms, capitals and seats of government.
//!
//! Source: the 193 UN member states (ISO 3166-1 English short names, adapted to the forms English-language
//! news uses), plus the UN observer states Palestine and the Holy See (Vatican City) and the
//! widely reported Kosovo, Taiwan, Western Sahara, Hong Kong and Macau; demonyms after the CIA World Factbook
//! and Wikipedia's "List of adjectival and demonymic forms for countries and nations"; capitals and seats of
//! government after the Factbook and Wikipedia's "List of national capitals". Compiled by hand.
//! Rows are sorted by `name`. Matching is case-sensitive on the forms given here.
//!
//! Forms that would mostly match something else in news text are left out on purpose (noted on the row):
//! e.g. "Holland", "CAR", "Pole", "Male", "Brussels", "Georgetown", "Victoria". A form shared by two
//! countries ("Congolese", "Dominican", "Korean") is listed once, under the country it more often means.
//! A capital with the same name as its country ("Singapore", "Monaco") is not repeated.

/// One country (or widely reported territory).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Country {
    /// Canonical English short name used in reports ("United States", "United Arab Emirates").
    pub name: &'static str,
    /// Other names and acronyms as written in English news ("US", "U.S.", "USA", "America";
    /// "UAE", "Emirates"; "UK", "Britain"; "Ivory Coast"; "Burma"). Only forms that really mean the country.
    pub aliases: &'static [&'static str],
    /// Demonyms and adjectives, singular and plural ("American", "Americans"; "Emirati", "Emiratis").
    pub demonyms: &'static [&'static str],
    /// Capital cities and seats of government that news uses metonymically for the state
    /// ("Washington"; "Jerusalem", "Tel Aviv" for Israel; "Kyiv", "Kiev" for Ukraine).
    pub capitals: &'static [&'static str],
}

pub(crate) static COUNTRIES: &[Country] = &[
    Country {
        name: "Afghanistan",
        aliases: &[],
        demonyms: &["Afghan", "Afghans"],
        capitals: &["Kabul"],
    },
    Country {
        name: "Albania",
        aliases: &[],
        demonyms: &["Albanian", "Albanians"],
        capitals: &["Tirana"],
    },
    Country {
        name: "Algeria",
        aliases: &[],
        demonyms: &["Algerian", "Algerians"],
        capitals: &["Algiers"],
    },
    Country {
        name: "Andorra",
        aliases: &[],
        demonyms: &["Andorran", "Andorrans"],
        capitals: &["Andorra la Vella"],
    },
    Country {
        name: "Angola",
        aliases: &[],
        demonyms: &["Angolan", "Angolans"],
        capitals: &["Luanda"],
    },
    // Capital St. John's omitted: it is also the capital of Newfoundland and Labrador.
    Country {
        name: "Antigua and Barbuda",
        aliases: &["Antigua"],
        demonyms: &["Antiguan", "Antiguans", "Barbudan", "Barbudans"],
        capitals: &[],
    },
    Country {
        name: "Argentina",
        aliases: &[],
        demonyms: &["Argentine", "Argentines", "Argentinian", "Argentinians"],
        capitals: &["Buenos Aires"],
    },
    Country {
        name: "Armenia",
        aliases: &[],
        demonyms: &["Armenian", "Armenians"],
        capitals: &["Yerevan"],
    },
    Country {
        name: "Australia",
        aliases: &["Commonwealth of Australia"],
        demonyms: &["Australian", "Australians", "Aussie", "Aussies"],
        capitals: &["Canberra"],
    },
    Country {
        name: "Austria",
        aliases: &[],
        demonyms: &["Austrian", "Austrians"],
        capitals: &["Vienna"],
    },
    Country {
        name: "Azerbaijan",
        aliases: &[],
        demonyms: &["Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"],
        capitals: &["Baku"],
    },
    Country {
        name: "Bahamas",
        aliases: &["The Bahamas"],
        demonyms: &["Bahamian", "Bahamians"],
        capitals: &["Nassau"],
    },
    Country {
        name: "Bahrain",
        aliases: &[],
        demonyms: &["Bahraini", "Bahrainis"],
        capitals: &["Manama"],
    },
    Country {
        name: "Bangladesh",
        aliases: &[],
        demonyms: &["Bangladeshi", "Bangladeshis"],
        capitals: &["Dhaka", "Dacca"],
    },
    Country {
        name: "Barbados",
        aliases: &[],
        demonyms: &["Barbadian", "Barbadians", "Bajan", "Bajans"],
        capitals: &["Bridgetown"],
    },
    Country {
        name: "Belarus",
        aliases: &["Byelorussia"],
        demonyms: &["Belarusian", "Belarusians", "Belarussian", "Belarussians"],
        capitals: &["Minsk"],
    },
    // Brussels omitted: in news it overwhelmingly stands for the European Union.
    Country {
        name: "Belgium",
        aliases: &[],
        demonyms: &["Belgian", "Belgians"],
        capitals: &[],
    },
    Country {
        name: "Belize",
        aliases: &[],
        demonyms: &["Belizean", "Belizeans"],
        capitals: &["Belmopan"],
    },
    Country {
        name: "Benin",
        aliases: &[],
        demonyms: &["Beninese"],
        capitals: &["Porto-Novo", "Cotonou"],
    },
    Country {
        name: "Bhutan",
        aliases: &[],
        demonyms: &["Bhutanese"],
        capitals: &["Thimphu"],
    },
    Country {
        name: "Bolivia",
        aliases: &[],
        demonyms: &["Bolivian", "Bolivians"],
        capitals: &["La Paz", "Sucre"],
    },
    Country {
        name: "Bosnia and Herzegovina",
        aliases: &[
            "Bosnia",
            "Bosnia-Herzegovina",
            "Bosnia & Herzegovina",
            "BiH",
        ],
        demonyms: &["Bosnian", "Bosnians"],
        capitals: &["Sarajevo"],
    },
    Country {
        name: "Botswana",
        aliases: &[],
        demonyms: &["Motswana", "Batswana", "Botswanan", "Botswanans"],
        capitals: &["Gaborone"],
    },
    Country {
        name: "Brazil",
        aliases: &[],
        demonyms: &["Brazilian", "Brazilians"],
        capitals: &["Brasilia", "Brasília"],
    },
    Country {
        name: "Brunei",
        aliases: &["Brunei Darussalam"],
        demonyms: &["Bruneian", "Bruneians"],
        capitals: &["Bandar Seri Begawan"],
    },
    Country {
        name: "Bulgaria",
        aliases: &[],
        demonyms: &["Bulgarian", "Bulgarians"],
        capitals: &["Sofia"],
    },
    Country {
        name: "Burkina Faso",
        aliases: &[],
        demonyms: &["Burkinabe", "Burkinabè"],
        capitals: &["Ouagadougou"],
    },
    Country {
        name: "Burundi",
        aliases: &[],
        demonyms: &["Burundian", "Burundians"],
        capitals: &["Gitega", "Bujumbura"],
    },
    Country {
        name: "Cambodia",
        aliases: &[],
        demonyms: &["Cambodian", "Cambodians"],
        capitals: &["Phnom Penh"],
    },
    Country {
        name: "Cameroon",
        aliases: &[],
        demonyms: &["Cameroonian", "Cameroonians"],
        capitals: &["Yaounde", "Yaoundé"],
    },
    Country {
        name: "Canada",
        aliases: &[],
        demonyms: &["Canadian", "Canadians"],
        capitals: &["Ottawa"],
    },
    Country {
        name: "Cape Verde",
        aliases: &["Cabo Verde"],
        demonyms: &[
            "Cape Verdean",
            "Cape Verdeans",
            "Cabo Verdean",
            "Cabo Verdeans",
        ],
        capitals: &["Praia"],
    },
    // "CAR" omitted: matching is case-sensitive but all-caps headlines use the word "CAR".
    Country {
        name: "Central African Republic",
        aliases: &["C.A.R."],
        demonyms: &["Central African", "Central Africans"],
        capitals: &["Bangui"],
    },
    Country {
        name: "Chad",
        aliases: &[],
        demonyms: &["Chadian", "Chadians"],
        capitals: &["N'Djamena", "Ndjamena"],
    },
    Country {
        name: "Chile",
        aliases: &[],
        demonyms: &["Chilean", "Chileans"],
        capitals: &["Santiago"],
    },
    Country {
        name: "China",
        aliases: &[
            "People's Republic of China",
            "PRC",
            "P.R.C.",
            "Mainland China",
        ],
        demonyms: &["Chinese"],
        capitals: &["Beijing", "Peking"],
    },
    Country {
        name: "Colombia",
        aliases: &[],
        demonyms: &["Colombian", "Colombians"],
        capitals: &["Bogota", "Bogotá"],
    },
    Country {
        name: "Comoros",
        aliases: &["Comoro Islands"],
        demonyms: &["Comoran", "Comorans", "Comorian", "Comorians"],
        capitals: &["Moroni"],
    },
    // Only the accented "San José": plain "San Jose" is usually the Californian city.
    Country {
        name: "Costa Rica",
        aliases: &[],
        demonyms: &["Costa Rican", "Costa Ricans"],
        capitals: &["San José"],
    },
    Country {
        name: "Croatia",
        aliases: &[],
        demonyms: &["Croatian", "Croatians", "Croat", "Croats"],
        capitals: &["Zagreb"],
    },
    Country {
        name: "Cuba",
        aliases: &[],
        demonyms: &["Cuban", "Cubans"],
        capitals: &["Havana"],
    },
    Country {
        name: "Cyprus",
        aliases: &[],
        demonyms: &["Cypriot", "Cypriots"],
        capitals: &["Nicosia"],
    },
    Country {
        name: "Czech Republic",
        aliases: &["Czechia"],
        demonyms: &["Czech", "Czechs"],
        capitals: &["Prague"],
    },
    Country {
        name: "Côte d'Ivoire",
        aliases: &[
            "Ivory Coast",
            "Cote d'Ivoire",
            "Côte d’Ivoire",
            "Cote d’Ivoire",
        ],
        demonyms: &["Ivorian", "Ivorians"],
        capitals: &["Yamoussoukro", "Abidjan"],
    },
    // "Congo" and "Congolese" are shared with the Republic of the Congo; listed here as the sense news most often means.
    Country {
        name: "Democratic Republic of the Congo",
        aliases: &[
            "Democratic Republic of Congo",
            "DR Congo",
            "D.R. Congo",
            "DRC",
            "D.R.C.",
            "Congo-Kinshasa",
            "Congo",
        ],
        demonyms: &["Congolese"],
        capitals: &["Kinshasa"],
    },
    Country {
        name: "Denmark",
        aliases: &[],
        demonyms: &["Danish", "Dane", "Danes"],
        capitals: &["Copenhagen"],
    },
    // Capital has the same name as the country.
    Country {
        name: "Djibouti",
        aliases: &[],
        demonyms: &["Djiboutian", "Djiboutians"],
        capitals: &[],
    },
    // Demonym "Dominican" is shared with the Dominican Republic and listed there.
    Country {
        name: "Dominica",
        aliases: &["Commonwealth of Dominica"],
        demonyms: &[],
        capitals: &["Roseau"],
    },
    Country {
        name: "Dominican Republic",
        aliases: &[],
        demonyms: &["Dominican", "Dominicans"],
        capitals: &["Santo Domingo"],
    },
    Country {
        name: "East Timor",
        aliases: &["Timor-Leste", "Timor Leste"],
        demonyms: &["East Timorese", "Timorese"],
        capitals: &["Dili"],
    },
    Country {
        name: "Ecuador",
        aliases: &[],
        demonyms: &["Ecuadorian", "Ecuadorians", "Ecuadorean", "Ecuadoreans"],
        capitals: &["Quito"],
    },
    Country {
        name: "Egypt",
        aliases: &[],
        demonyms: &["Egyptian", "Egyptians"],
        capitals: &["Cairo"],
    },
    Country {
        name: "El Salvador",
        aliases: &[],
        demonyms: &["Salvadoran", "Salvadorans", "Salvadorean", "Salvadoreans"],
        capitals: &["San Salvador"],
    },
    Country {
        name: "Equatorial Guinea",
        aliases: &[],
        demonyms: &[
            "Equatorial Guinean",
            "Equatorial Guineans",
            "Equatoguinean",
            "Equatoguineans",
        ],
        capitals: &["Malabo"],
    },
    Country {
        name: "Eritrea",
        aliases: &[],
        demonyms: &["Eritrean", "Eritreans"],
        capitals: &["Asmara"],
    },
    Country {
        name: "Estonia",
        aliases: &[],
        demonyms: &["Estonian", "Estonians"],
        capitals: &["Tallinn"],
    },
    Country {
        name: "Eswatini",
        aliases: &["Swaziland"],
        demonyms: &["Swazi", "Swazis"],
        capitals: &["Mbabane", "Lobamba"],
    },
    Country {
        name: "Ethiopia",
        aliases: &[],
        demonyms: &["Ethiopian", "Ethiopians"],
        capitals: &["Addis Ababa"],
    },
    Country {
        name: "Fiji",
        aliases: &[],
        demonyms: &["Fijian", "Fijians"],
        capitals: &["Suva"],
    },
    Country {
        name: "Finland",
        aliases: &[],
        demonyms: &["Finnish", "Finn", "Finns"],
        capitals: &["Helsinki"],
    },
    Country {
        name: "France",
        aliases: &["French Republic"],
        demonyms: &[
            "French",
            "Frenchman",
            "Frenchmen",
            "Frenchwoman",
            "Frenchwomen",
        ],
        capitals: &["Paris"],
    },
    Country {
        name: "Gabon",
        aliases: &[],
        demonyms: &["Gabonese"],
        capitals: &["Libreville"],
    },
    Country {
        name: "Gambia",
        aliases: &["The Gambia"],
        demonyms: &["Gambian", "Gambians"],
        capitals: &["Banjul"],
    },
    // No aliases: the name already collides with the U.S. state.
    Country {
        name: "Georgia",
        aliases: &[],
        demonyms: &["Georgian", "Georgians"],
        capitals: &["Tbilisi"],
    },
    Country {
        name: "Germany",
        aliases: &["Federal Republic of Germany"],
        demonyms: &["German", "Germans"],
        capitals: &["Berlin"],
    },
    Country {
        name: "Ghana",
        aliases: &[],
        demonyms: &["Ghanaian", "Ghanaians"],
        capitals: &["Accra"],
    },
    Country {
        name: "Greece",
        aliases: &["Hellenic Republic"],
        demonyms: &["Greek", "Greeks"],
        capitals: &["Athens"],
    },
    // Capital St. George's omitted: the name is shared by many places.
    Country {
        name: "Grenada",
        aliases: &[],
        demonyms: &["Grenadian", "Grenadians"],
        capitals: &[],
    },
    Country {
        name: "Guatemala",
        aliases: &[],
        demonyms: &["Guatemalan", "Guatemalans"],
        capitals: &["Guatemala City"],
    },
    Country {
        name: "Guinea",
        aliases: &["Guinea-Conakry"],
        demonyms: &["Guinean", "Guineans"],
        capitals: &["Conakry"],
    },
    Country {
        name: "Guinea-Bissau",
        aliases: &[],
        demonyms: &["Bissau-Guinean", "Bissau-Guineans"],
        capitals: &["Bissau"],
    },
    // Capital Georgetown omitted: in news it is as often the Washington district or university.
    Country {
        name: "Guyana",
        aliases: &[],
        demonyms: &["Guyanese"],
        capitals: &[],
    },
    Country {
        name: "Haiti",
        aliases: &[],
        demonyms: &["Haitian", "Haitians"],
        capitals: &["Port-au-Prince"],
    },
    Country {
        name: "Honduras",
        aliases: &[],
        demonyms: &["Honduran", "Hondurans"],
        capitals: &["Tegucigalpa"],
    },
    // Special administrative region of China, listed because news treats it like a country.
    Country {
        name: "Hong Kong",
        aliases: &["HKSAR", "Hong Kong SAR"],
        demonyms: &["Hongkonger", "Hongkongers", "Hong Konger", "Hong Kongers"],
        capitals: &[],
    },
    Country {
        name: "Hungary",
        aliases: &[],
        demonyms: &["Hungarian", "Hungarians"],
        capitals: &["Budapest"],
    },
    Country {
        name: "Iceland",
        aliases: &[],
        demonyms: &["Icelander", "Icelanders", "Icelandic"],
        capitals: &["Reykjavik", "Reykjavík"],
    },
    Country {
        name: "India",
        aliases: &["Bharat", "Republic of India"],
        demonyms: &["Indian", "Indians"],
        capitals: &["New Delhi", "Delhi"],
    },
    Country {
        name: "Indonesia",
        aliases: &[],
        demonyms: &["Indonesian", "Indonesians"],
        capitals: &["Jakarta"],
    },
    Country {
        name: "Iran",
        aliases: &["Islamic Republic of Iran"],
        demonyms: &["Iranian", "Iranians"],
        capitals: &["Tehran", "Teheran"],
    },
    Country {
        name: "Iraq",
        aliases: &[],
        demonyms: &["Iraqi", "Iraqis"],
        capitals: &["Baghdad"],
    },
    Country {
        name: "Ireland",
        aliases: &["Republic of Ireland", "Eire", "Éire"],
        demonyms: &["Irish", "Irishman", "Irishmen", "Irishwoman", "Irishwomen"],
        capitals: &["Dublin"],
    },
    Country {
        name: "Israel",
        aliases: &["State of Israel"],
        demonyms: &["Israeli", "Israelis"],
        capitals: &["Jerusalem", "Tel Aviv"],
    },
    Country {
        name: "Italy",
        aliases: &[],
        demonyms: &["Italian", "Italians"],
        capitals: &["Rome"],
    },
    Country {
        name: "Jamaica",
        aliases: &[],
        demonyms: &["Jamaican", "Jamaicans"],
        capitals: &["Kingston"],
    },
    Country {
        name: "Japan",
        aliases: &[],
        demonyms: &["Japanese"],
        capitals: &["Tokyo"],
    },
    Country {
        name: "Jordan",
        aliases: &[],
        demonyms: &["Jordanian", "Jordanians"],
        capitals: &["Amman"],
    },
    Country {
        name: "Kazakhstan",
        aliases: &[],
        demonyms: &["Kazakh", "Kazakhs", "Kazakhstani", "Kazakhstanis"],
        capitals: &["Astana", "Nur-Sultan"],
    },
    Country {
        name: "Kenya",
        aliases: &[],
        demonyms: &["Kenyan", "Kenyans"],
        capitals: &["Nairobi"],
    },
    Country {
        name: "Kiribati",
        aliases: &[],
        demonyms: &["I-Kiribati"],
        capitals: &["Tarawa", "South Tarawa"],
    },
    // Partially recognised state, not a UN member.
    Country {
        name: "Kosovo",
        aliases: &[],
        demonyms: &["Kosovar", "Kosovars", "Kosovan", "Kosovans"],
        capitals: &["Pristina", "Prishtina"],
    },
    Country {
        name: "Kuwait",
        aliases: &[],
        demonyms: &["Kuwaiti", "Kuwaitis"],
        capitals: &["Kuwait City"],
    },
    Country {
        name: "Kyrgyzstan",
        aliases: &["Kyrgyz Republic"],
        demonyms: &["Kyrgyz", "Kyrgyzstani", "Kyrgyzstanis"],
        capitals: &["Bishkek"],
    },
    Country {
        name: "Laos",
        aliases: &["Lao PDR", "Lao People's Democratic Republic"],
        demonyms: &["Lao", "Laotian", "Laotians"],
        capitals: &["Vientiane"],
    },
    Country {
        name: "Latvia",
        aliases: &[],
        demonyms: &["Latvian", "Latvians"],
        capitals: &["Riga"],
    },
    Country {
        name: "Lebanon",
        aliases: &[],
        demonyms: &["Lebanese"],
        capitals: &["Beirut"],
    },
    Country {
        name: "Lesotho",
        aliases: &[],
        demonyms: &["Basotho", "Mosotho"],
        capitals: &["Maseru"],
    },
    Country {
        name: "Liberia",
        aliases: &[],
        demonyms: &["Liberian", "Liberians"],
        capitals: &["Monrovia"],
    },
    Country {
        name: "Libya",
        aliases: &[],
        demonyms: &["Libyan", "Libyans"],
        capitals: &["Tripoli"],
    },
    Country {
        name: "Liechtenstein",
        aliases: &[],
        demonyms: &["Liechtensteiner", "Liechtensteiners"],
        capitals: &["Vaduz"],
    },
    Country {
        name: "Lithuania",
        aliases: &[],
        demonyms: &["Lithuanian", "Lithuanians"],
        capitals: &["Vilnius"],
    },
    // Capital has the same name as the country.
    Country {
        name: "Luxembourg",
        aliases: &[],
        demonyms: &["Luxembourger", "Luxembourgers", "Luxembourgish"],
        capitals: &[],
    },
    // Special administrative region of China, listed because news treats it like a country.
    Country {
        name: "Macau",
        aliases: &["Macao", "Macau SAR", "Macao SAR"],
        demonyms: &["Macanese"],
        capitals: &[],
    },
    Country {
        name: "Madagascar",
        aliases: &[],
        demonyms: &["Malagasy"],
        capitals: &["Antananarivo"],
    },
    Country {
        name: "Malawi",
        aliases: &[],
        demonyms: &["Malawian", "Malawians"],
        capitals: &["Lilongwe"],
    },
    Country {
        name: "Malaysia",
        aliases: &[],
        demonyms: &["Malaysian", "Malaysians"],
        capitals: &["Kuala Lumpur", "Putrajaya"],
    },
    // Only the accented "Malé": plain "Male" is an ordinary English word.
    Country {
        name: "Maldives",
        aliases: &["The Maldives"],
        demonyms: &["Maldivian", "Maldivians"],
        capitals: &["Malé"],
    },
    Country {
        name: "Mali",
        aliases: &[],
        demonyms: &["Malian", "Malians"],
        capitals: &["Bamako"],
    },
    Country {
        name: "Malta",
        aliases: &[],
        demonyms: &["Maltese"],
        capitals: &["Valletta"],
    },
    Country {
        name: "Marshall Islands",
        aliases: &[],
        demonyms: &["Marshallese"],
        capitals: &["Majuro"],
    },
    Country {
        name: "Mauritania",
        aliases: &[],
        demonyms: &["Mauritanian", "Mauritanians"],
        capitals: &["Nouakchott"],
    },
    Country {
        name: "Mauritius",
        aliases: &[],
        demonyms: &["Mauritian", "Mauritians"],
        capitals: &["Port Louis"],
    },
    Country {
        name: "Mexico",
        aliases: &[],
        demonyms: &["Mexican", "Mexicans"],
        capitals: &["Mexico City"],
    },
    Country {
        name: "Micronesia",
        aliases: &["Federated States of Micronesia"],
        demonyms: &["Micronesian", "Micronesians"],
        capitals: &["Palikir"],
    },
    Country {
        name: "Moldova",
        aliases: &[],
        demonyms: &["Moldovan", "Moldovans"],
        capitals: &["Chisinau", "Chișinău"],
    },
    // Capital has the same name as the country.
    Country {
        name: "Monaco",
        aliases: &[],
        demonyms: &["Monegasque", "Monegasques", "Monégasque", "Monégasques"],
        capitals: &[],
    },
    Country {
        name: "Mongolia",
        aliases: &[],
        demonyms: &["Mongolian", "Mongolians"],
        capitals: &["Ulaanbaatar", "Ulan Bator"],
    },
    Country {
        name: "Montenegro",
        aliases: &[],
        demonyms: &["Montenegrin", "Montenegrins"],
        capitals: &["Podgorica"],
    },
    Country {
        name: "Morocco",
        aliases: &[],
        demonyms: &["Moroccan", "Moroccans"],
        capitals: &["Rabat"],
    },
    Country {
        name: "Mozambique",
        aliases: &[],
        demonyms: &["Mozambican", "Mozambicans"],
        capitals: &["Maputo"],
    },
    Country {
        name: "Myanmar",
        aliases: &["Burma"],
        demonyms: &["Burmese"],
        capitals: &["Naypyidaw", "Naypyitaw", "Nay Pyi Taw"],
    },
    Country {
        name: "Namibia",
        aliases: &[],
        demonyms: &["Namibian", "Namibians"],
        capitals: &["Windhoek"],
    },
    Country {
        name: "Nauru",
        aliases: &[],
        demonyms: &["Nauruan", "Nauruans"],
        capitals: &["Yaren"],
    },
    Country {
        name: "Nepal",
        aliases: &[],
        demonyms: &["Nepali", "Nepalis", "Nepalese"],
        capitals: &["Kathmandu"],
    },
    // "Holland" omitted: strictly it names two provinces.
    Country {
        name: "Netherlands",
        aliases: &["The Netherlands"],
        demonyms: &["Dutch", "Dutchman", "Dutchmen", "Dutchwoman", "Dutchwomen"],
        capitals: &["Amsterdam", "The Hague"],
    },
    Country {
        name: "New Zealand",
        aliases: &["NZ", "N.Z.", "Aotearoa"],
        demonyms: &["New Zealander", "New Zealanders"],
        capitals: &["Wellington"],
    },
    Country {
        name: "Nicaragua",
        aliases: &[],
        demonyms: &["Nicaraguan", "Nicaraguans"],
        capitals: &["Managua"],
    },
    Country {
        name: "Niger",
        aliases: &[],
        demonyms: &["Nigerien", "Nigeriens"],
        capitals: &["Niamey"],
    },
    Country {
        name: "Nigeria",
        aliases: &[],
        demonyms: &["Nigerian", "Nigerians"],
        capitals: &["Abuja"],
    },
    Country {
        name: "North Korea",
        aliases: &["DPRK", "D.P.R.K.", "Democratic People's Republic of Korea"],
        demonyms: &["North Korean", "North Koreans"],
        capitals: &["Pyongyang"],
    },
    Country {
        name: "North Macedonia",
        aliases: &["Macedonia", "Republic of North Macedonia"],
        demonyms: &["Macedonian", "Macedonians"],
        capitals: &["Skopje"],
    },
    Country {
        name: "Norway",
        aliases: &[],
        demonyms: &["Norwegian", "Norwegians"],
        capitals: &["Oslo"],
    },
    Country {
        name: "Oman",
        aliases: &[],
        demonyms: &["Omani", "Omanis"],
        capitals: &["Muscat"],
    },
    Country {
        name: "Pakistan",
        aliases: &[],
        demonyms: &["Pakistani", "Pakistanis"],
        capitals: &["Islamabad"],
    },
    Country {
        name: "Palau",
        aliases: &[],
        demonyms: &["Palauan", "Palauans"],
        capitals: &["Ngerulmud", "Melekeok"],
    },
    // UN non-member observer state.
    Country {
        name: "Palestine",
        aliases: &[
            "State of Palestine",
            "Palestinian territories",
            "Occupied Palestinian Territories",
        ],
        demonyms: &["Palestinian", "Palestinians"],
        capitals: &["Ramallah", "East Jerusalem"],
    },
    Country {
        name: "Panama",
        aliases: &[],
        demonyms: &["Panamanian", "Panamanians"],
        capitals: &["Panama City"],
    },
    Country {
        name: "Papua New Guinea",
        aliases: &["PNG"],
        demonyms: &["Papua New Guinean", "Papua New Guineans"],
        capitals: &["Port Moresby"],
    },
    Country {
        name: "Paraguay",
        aliases: &[],
        demonyms: &["Paraguayan", "Paraguayans"],
        capitals: &["Asuncion", "Asunción"],
    },
    Country {
        name: "Peru",
        aliases: &[],
        demonyms: &["Peruvian", "Peruvians"],
        capitals: &["Lima"],
    },
    Country {
        name: "Philippines",
        aliases: &["The Philippines"],
        demonyms: &[
            "Filipino",
            "Filipinos",
            "Filipina",
            "Filipinas",
            "Philippine",
        ],
        capitals: &["Manila"],
    },
    // Singular "Pole" omitted: it would match "North Pole", "South Pole".
    Country {
        name: "Poland",
        aliases: &[],
        demonyms: &["Polish", "Poles"],
        capitals: &["Warsaw"],
    },
    Country {
        name: "Portugal",
        aliases: &[],
        demonyms: &["Portuguese"],
        capitals: &["Lisbon"],
    },
    Country {
        name: "Qatar",
        aliases: &[],
        demonyms: &["Qatari", "Qataris"],
        capitals: &["Doha"],
    },
    // Demonym "Congolese" and bare "Congo" are listed under the Democratic Republic of the Congo.
    Country {
        name: "Republic of the Congo",
        aliases: &[
            "Republic of Congo",
            "Congo Republic",
            "Congo-Brazzaville",
            "Congo Brazzaville",
        ],
        demonyms: &[],
        capitals: &["Brazzaville"],
    },
    Country {
        name: "Romania",
        aliases: &[],
        demonyms: &["Romanian", "Romanians"],
        capitals: &["Bucharest"],
    },
    Country {
        name: "Russia",
        aliases: &["Russian Federation"],
        demonyms: &["Russian", "Russians"],
        capitals: &["Moscow"],
    },
    Country {
        name: "Rwanda",
        aliases: &[],
        demonyms: &["Rwandan", "Rwandans"],
        capitals: &["Kigali"],
    },
    Country {
        name: "Saint Kitts and Nevis",
        aliases: &[
            "St Kitts and Nevis",
            "St. Kitts and Nevis",
            "Saint Christopher and Nevis",
        ],
        demonyms: &["Kittitian", "Kittitians", "Nevisian", "Nevisians"],
        capitals: &["Basseterre"],
    },
    Country {
        name: "Saint Lucia",
        aliases: &["St Lucia", "St. Lucia"],
        demonyms: &[
            "Saint Lucian",
            "Saint Lucians",
            "St Lucian",
            "St Lucians",
            "St. Lucian",
            "St. Lucians",
        ],
        capitals: &["Castries"],
    },
    Country {
        name: "Saint Vincent and the Grenadines",
        aliases: &[
            "St Vincent and the Grenadines",
            "St. Vincent and the Grenadines",
        ],
        demonyms: &["Vincentian", "Vincentians"],
        capitals: &["Kingstown"],
    },
    Country {
        name: "Samoa",
        aliases: &[],
        demonyms: &["Samoan", "Samoans"],
        capitals: &["Apia"],
    },
    // Capital has the same name as the country.
    Country {
        name: "San Marino",
        aliases: &[],
        demonyms: &["Sammarinese"],
        capitals: &[],
    },
    Country {
        name: "Saudi Arabia",
        aliases: &["Kingdom of Saudi Arabia", "KSA"],
        demonyms: &["Saudi", "Saudis", "Saudi Arabian", "Saudi Arabians"],
        capitals: &["Riyadh"],
    },
    Country {
        name: "Senegal",
        aliases: &[],
        demonyms: &["Senegalese"],
        capitals: &["Dakar"],
    },
    Country {
        name: "Serbia",
        aliases: &[],
        demonyms: &["Serbian", "Serbians", "Serb", "Serbs"],
        capitals: &["Belgrade"],
    },
    // Capital Victoria omitted: the name is shared by many places and people.
    Country {
        name: "Seychelles",
        aliases: &["The Seychelles"],
        demonyms: &["Seychellois"],
        capitals: &[],
    },
    Country {
        name: "Sierra Leone",
        aliases: &[],
        demonyms: &["Sierra Leonean", "Sierra Leoneans"],
        capitals: &["Freetown"],
    },
    // Capital has the same name as the country.
    Country {
        name: "Singapore",
        aliases: &[],
        demonyms: &["Singaporean", "Singaporeans"],
        capitals: &[],
    },
    Country {
        name: "Slovakia",
        aliases: &["Slovak Republic"],
        demonyms: &["Slovak", "Slovaks", "Slovakian"],
        capitals: &["Bratislava"],
    },
    Country {
        name: "Slovenia",
        aliases: &[],
        demonyms: &["Slovenian", "Slovenians", "Slovene", "Slovenes"],
        capitals: &["Ljubljana"],
    },
    Country {
        name: "Solomon Islands",
        aliases: &[],
        demonyms: &["Solomon Islander", "Solomon Islanders"],
        capitals: &["Honiara"],
    },
    Country {
        name: "Somalia",
        aliases: &[],
        demonyms: &["Somali", "Somalis"],
        capitals: &["Mogadishu"],
    },
    Country {
        name: "South Africa",
        aliases: &["Republic of South Africa"],
        demonyms: &["South African", "South Africans"],
        capitals: &["Pretoria"],
    },
    // Bare "Korea"/"Korean" listed here as the sense most news means; they can also refer to the whole peninsula.
    Country {
        name: "South Korea",
        aliases: &["Republic of Korea", "ROK", "R.O.K.", "Korea"],
        demonyms: &["South Korean", "South Koreans", "Korean", "Koreans"],
        capitals: &["Seoul"],
    },
    Country {
        name: "South Sudan",
        aliases: &[],
        demonyms: &["South Sudanese"],
        capitals: &["Juba"],
    },
    Country {
        name: "Spain",
        aliases: &[],
        demonyms: &["Spanish", "Spaniard", "Spaniards"],
        capitals: &["Madrid"],
    },
    Country {
        name: "Sri Lanka",
        aliases: &[],
        demonyms: &["Sri Lankan", "Sri Lankans"],
        capitals: &["Colombo", "Sri Jayawardenepura Kotte"],
    },
    Country {
        name: "Sudan",
        aliases: &[],
        demonyms: &["Sudanese"],
        capitals: &["Khartoum", "Port Sudan"],
    },
    Country {
        name: "Suriname",
        aliases: &["Surinam"],
        demonyms: &["Surinamese"],
        capitals: &["Paramaribo"],
    },
    Country {
        name: "Sweden",
        aliases: &[],
        demonyms: &["Swedish", "Swede", "Swedes"],
        capitals: &["Stockholm"],
    },
    Country {
        name: "Switzerland",
        aliases: &["Swiss Confederation"],
        demonyms: &["Swiss"],
        capitals: &["Bern", "Berne"],
    },
    Country {
        name: "Syria",
        aliases: &["Syrian Arab Republic"],
        demonyms: &["Syrian", "Syrians"],
        capitals: &["Damascus"],
    },
    Country {
        name: "São Tomé and Príncipe",
        aliases: &[
            "Sao Tome and Principe",
            "São Tomé & Príncipe",
            "Sao Tome & Principe",
        ],
        demonyms: &[
            "Santomean",
            "Santomeans",
            "São Toméan",
            "São Toméans",
            "Sao Tomean",
            "Sao Tomeans",
        ],
        capitals: &["São Tomé", "Sao Tome"],
    },
    // Not a UN member; listed because news treats it as a country. "Republic of China" is inside "People's Republic of China": match longest form first.
    Country {
        name: "Taiwan",
        aliases: &["Republic of China", "R.O.C."],
        demonyms: &["Taiwanese"],
        capitals: &["Taipei"],
    },
    Country {
        name: "Tajikistan",
        aliases: &[],
        demonyms: &["Tajik", "Tajiks", "Tajikistani", "Tajikistanis"],
        capitals: &["Dushanbe"],
    },
    Country {
        name: "Tanzania",
        aliases: &["United Republic of Tanzania"],
        demonyms: &["Tanzanian", "Tanzanians"],
        capitals: &["Dodoma", "Dar es Salaam"],
    },
    Country {
        name: "Thailand",
        aliases: &[],
        demonyms: &["Thai", "Thais"],
        capitals: &["Bangkok"],
    },
    Country {
        name: "Togo",
        aliases: &[],
        demonyms: &["Togolese"],
        capitals: &["Lome", "Lomé"],
    },
    Country {
        name: "Tonga",
        aliases: &[],
        demonyms: &["Tongan", "Tongans"],
        capitals: &["Nuku'alofa", "Nukualofa"],
    },
    Country {
        name: "Trinidad and Tobago",
        aliases: &["Trinidad & Tobago", "Trinidad"],
        demonyms: &[
            "Trinidadian",
            "Trinidadians",
            "Tobagonian",
            "Tobagonians",
            "Trinbagonian",
            "Trinbagonians",
        ],
        capitals: &["Port of Spain", "Port-of-Spain"],
    },
    Country {
        name: "Tunisia",
        aliases: &[],
        demonyms: &["Tunisian", "Tunisians"],
        capitals: &["Tunis"],
    },
    Country {
        name: "Turkey",
        aliases: &["Türkiye", "Turkiye"],
        demonyms: &["Turkish", "Turk", "Turks"],
        capitals: &["Ankara"],
    },
    Country {
        name: "Turkmenistan",
        aliases: &[],
        demonyms: &["Turkmen", "Turkmens"],
        capitals: &["Ashgabat", "Ashkhabad"],
    },
    Country {
        name: "Tuvalu",
        aliases: &[],
        demonyms: &["Tuvaluan", "Tuvaluans"],
        capitals: &["Funafuti"],
    },
    Country {
        name: "Uganda",
        aliases: &[],
        demonyms: &["Ugandan", "Ugandans"],
        capitals: &["Kampala"],
    },
    Country {
        name: "Ukraine",
        aliases: &[],
        demonyms: &["Ukrainian", "Ukrainians"],
        capitals: &["Kyiv", "Kiev"],
    },
    Country {
        name: "United Arab Emirates",
        aliases: &["UAE", "U.A.E.", "Emirates"],
        demonyms: &["Emirati", "Emiratis"],
        capitals: &["Abu Dhabi"],
    },
    Country {
        name: "United Kingdom",
        aliases: &[
            "UK",
            "U.K.",
            "Britain",
            "Great Britain",
            "United Kingdom of Great Britain and Northern Ireland",
        ],
        demonyms: &["British", "Briton", "Britons", "Brit", "Brits"],
        capitals: &["London"],
    },
    Country {
        name: "United States",
        aliases: &[
            "US",
            "U.S.",
            "USA",
            "U.S.A.",
            "America",
            "United States of America",
        ],
        demonyms: &["American", "Americans"],
        capitals: &["Washington"],
    },
    Country {
        name: "Uruguay",
        aliases: &[],
        demonyms: &["Uruguayan", "Uruguayans"],
        capitals: &["Montevideo"],
    },
    Country {
        name: "Uzbekistan",
        aliases: &[],
        demonyms: &["Uzbek", "Uzbeks", "Uzbekistani", "Uzbekistanis"],
        capitals: &["Tashkent"],
    },
    Country {
        name: "Vanuatu",
        aliases: &[],
        demonyms: &["Ni-Vanuatu"],
        capitals: &["Port Vila", "Port-Vila"],
    },
    // UN non-member observer state (as the Holy See); its capital is itself. "Vatican" is also the adjective.
    Country {
        name: "Vatican City",
        aliases: &["Vatican", "Holy See", "Vatican City State"],
        demonyms: &[],
        capitals: &[],
    },
    Country {
        name: "Venezuela",
        aliases: &[],
        demonyms: &["Venezuelan", "Venezuelans"],
        capitals: &["Caracas"],
    },
    Country {
        name: "Vietnam",
        aliases: &["Viet Nam"],
        demonyms: &["Vietnamese"],
        capitals: &["Hanoi"],
    },
    // Disputed territory; listed because news treats it like a country.
    Country {
        name: "Western Sahara",
        aliases: &["Sahrawi Arab Democratic Republic", "SADR"],
        demonyms: &["Sahrawi", "Sahrawis", "Saharawi", "Saharawis"],
        capitals: &["Laayoune", "El Aaiún"],
    },
    Country {
        name: "Yemen",
        aliases: &[],
        demonyms: &["Yemeni", "Yemenis"],
        capitals: &["Sanaa", "Sana'a", "Aden"],
    },
    Country {
        name: "Zambia",
        aliases: &[],
        demonyms: &["Zambian", "Zambians"],
        capitals: &["Lusaka"],
    },
    Country {
        name: "Zimbabwe",
        aliases: &[],
        demonyms: &["Zimbabwean", "Zimbabweans"],
        capitals: &["Harare"],
    },
];

#[cfg(test)]
mod tests {
    use super::COUNTRIES;
    use std::collections::HashMap;

    #[test]
    fn rows_sorted_strictly_by_name() {
        for pair in COUNTRIES.windows(2) {
            assert!(
                pair[0].name < pair[1].name,
                "rows out of order or duplicated: {:?} then {:?}",
                pair[0].name,
                pair[1].name
            );
        }
    }

    #[test]
    fn no_form_appears_twice() {
        let mut seen: HashMap<&str, &str> = HashMap::new();
        for c in COUNTRIES {
            let forms = std::iter::once(c.name)
                .chain(c.aliases.iter().copied())
                .chain(c.demonyms.iter().copied())
                .chain(c.capitals.iter().copied());
            for form in forms {
                assert!(
                    !form.trim().is_empty() && form.trim() == form,
                    "bad form {form:?} in {:?}",
                    c.name
                );
                if let Some(prev) = seen.insert(form, c.name) {
                    panic!("form {form:?} appears in both {prev:?} and {:?}", c.name);
                }
            }
        }
    }
}
