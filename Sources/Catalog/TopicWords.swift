/// Marquee's own lexicon of what titles are about, so a person who remembers
/// the subject rather than the name can find a title ("korean zombie period
/// drama", "chess prodigy"). Read from a description at catalog build time
/// (only the topic words are kept, in `topics.tsv`, never the sentence) and
/// from curated loglines when the index is built.
///
/// Each topic is one word or short phrase, with the word forms and synonyms
/// that stand for it ("undead", "walking dead" → zombie; "dynasty",
/// "medieval", "joseon" → period). Words are matched whole, on lowercased
/// letters, longest phrase first (`PhraseLexicon`, as for `DescriptionCues`).
public enum TopicWords {
    /// At most this many topics per title, in the order they appear.
    public static let limit = 8

    /// The topics of `text`: deduplicated, in text order, at most `limit`.
    public static func topics(in text: String) -> [String] {
        lexicon.names(in: text, limit: limit)
    }

    public static func isKnown(_ topic: String) -> Bool { known.contains(topic) }

    /// Every topic, in table order.
    public static var allTopics: [String] { entries.map(\.topic) }

    private static let known = Set(entries.map(\.topic))

    private static let lexicon = PhraseLexicon(entries.flatMap { entry in
        ([entry.topic] + entry.forms).map { ($0, entry.topic) }
    })

    static let entries: [(topic: String, forms: [String])] = [
        // Creatures and the supernatural.
        ("zombie", ["zombies", "undead", "walking dead", "raises the dead", "living dead"]),
        ("vampire", ["vampires", "vampiric"]), ("werewolf", ["werewolves"]),
        ("ghost", ["ghosts", "haunted", "haunting", "spirits", "poltergeist"]),
        ("demon", ["demons", "demonic", "possessed", "possession", "exorcism", "exorcist"]),
        ("witch", ["witches", "witchcraft", "sorceress"]), ("wizard", ["wizards", "sorcerer", "warlock"]),
        ("magic", ["magical", "spells", "magician"]), ("dragon", ["dragons"]),
        ("monster", ["monsters", "creature", "creatures"]), ("alien", ["aliens", "extraterrestrial", "ufo"]),
        ("superhero", ["superheroes", "superpowers", "super powers", "vigilante"]),
        ("mermaid", ["mermaids"]), ("fairy tale", ["fairy tales", "fairytale"]),
        // Time, place and era.
        ("time travel", ["travels through time", "travel through time", "time machine", "time loop", "back in time"]),
        ("period", ["medieval", "dynasty", "joseon", "victorian", "regency", "th century", "historical",
                    "ancient", "feudal", "empire", "imperial", "colonial"]),
        ("space", ["outer space", "spaceship", "spacecraft", "astronaut", "astronauts", "galaxy", "mars"]),
        ("apocalypse", ["apocalyptic", "post apocalyptic", "end of the world", "doomsday"]),
        ("dystopia", ["dystopian", "totalitarian"]), ("pandemic", ["plague", "virus", "outbreak", "epidemic", "infection"]),
        ("island", ["islands", "deserted island"]), ("ocean", ["sea", "underwater", "seas"]),
        ("jungle", ["rainforest", "amazon"]), ("desert", ["deserts"]), ("mountain", ["mountains", "himalayas", "everest"]),
        ("small town", ["village", "hometown", "rural"]), ("road trip", ["road trips"]),
        ("war", ["wartime", "battlefield", "soldier", "soldiers", "army", "troops", "military"]),
        ("world war", ["world war ii", "world war i", "wwii", "nazi", "nazis", "holocaust"]),
        ("cold war", []), ("western", ["cowboy", "cowboys", "wild west", "outlaw"]),
        ("samurai", ["ronin", "shogun"]), ("ninja", ["ninjas"]), ("viking", ["vikings"]), ("pirate", ["pirates"]),
        ("royal", ["royals", "royalty", "king", "queen", "prince", "princess", "throne", "crown prince", "monarchy"]),
        // Crime and danger.
        ("heist", ["heists", "robbery", "robbers", "bank robbery", "thieves", "thief", "steal", "con artist", "con man"]),
        ("serial killer", ["serial killers", "serial murders"]), ("murder", ["murders", "murdered", "homicide", "killing"]),
        ("detective", ["detectives", "investigator", "sleuth", "inspector"]),
        ("police", ["cop", "cops", "officer", "officers", "precinct"]),
        ("mafia", ["mob", "mobster", "gangster", "gangsters", "crime family", "yakuza", "triad"]),
        ("drugs", ["drug", "cartel", "cartels", "narco", "cocaine", "drug lord", "kingpin"]),
        ("prison", ["prisoner", "prisoners", "inmate", "inmates", "jail", "behind bars"]),
        ("spy", ["spies", "espionage", "secret agent", "undercover", "intelligence agent"]),
        ("assassin", ["assassins", "hitman", "hit man", "contract killer"]), ("hacker", ["hackers", "hacking", "cyber"]),
        ("kidnapping", ["kidnapped", "abducted", "abduction", "hostage", "ransom"]),
        ("revenge", ["vengeance", "avenge", "avenges", "payback"]), ("conspiracy", ["conspiracies", "cover up", "coverup"]),
        ("cult", ["cults", "sect"]), ("true crime", ["true story of a crime"]), ("lawyer", ["lawyers", "attorney", "courtroom", "trial"]),
        ("survival", ["survive", "survivors", "stranded", "wilderness"]),
        // Games, sport and skill.
        ("chess", ["grandmaster"]), ("prodigy", ["prodigies", "talent for", "gift for", "genius", "gifted"]),
        ("poker", ["gambling", "gambler", "casino"]), ("video game", ["video games", "gamer", "gamers", "gaming"]),
        ("football", ["soccer", "footballer"]), ("basketball", ["nba"]), ("baseball", []), ("cricket", []),
        ("boxing", ["boxer", "boxers", "fighter", "mma"]), ("martial arts", ["kung fu", "karate", "taekwondo"]),
        ("racing", ["race car", "formula 1", "formula one", "drag racing"]), ("surfing", ["surfer", "surfers"]),
        ("olympics", ["olympic", "olympian"]),
        ("competition", ["contest", "contestants", "competitors", "compete", "competing", "tournament", "championship"]), ("dance", ["dancer", "dancers", "dancing", "ballet"]),
        // Work, art and everyday life.
        ("cooking", ["chef", "chefs", "cook", "kitchen", "restaurant", "cuisine", "food"]),
        ("baking", ["baker", "bakers", "cake", "cakes", "pastry"]),
        ("music", ["musician", "musicians", "band", "singer", "songwriter", "rapper", "hip hop", "concert"]),
        ("fashion", ["designer", "runway", "supermodel"]), ("art", ["artist", "painter", "painting", "sculptor"]),
        ("comedy", ["comedian", "stand up"]), ("journalism", ["journalist", "reporter", "newspaper"]),
        ("hospital", ["doctor", "doctors", "surgeon", "nurse", "medical"]),
        ("school", ["high school", "student", "students", "teacher", "classmates", "boarding school", "college", "university"]),
        ("politics", ["political", "politician", "election", "president", "senator", "prime minister"]),
        ("religion", ["faith", "priest", "nun", "monk", "church", "god"]), ("business", ["startup", "ceo", "company", "tycoon"]),
        ("wedding", ["weddings", "bride", "groom", "marriage", "engagement"]),
        ("christmas", ["holiday season", "santa", "xmas"]), ("halloween", []),
        ("family", ["siblings", "brothers", "sisters", "parents", "father", "mother", "twins"]),
        ("friendship", ["best friends", "friends", "buddies"]), ("first love", ["young love", "teen romance"]),
        ("coming of age", ["teen", "teenager", "teenagers", "adolescence"]),
        ("animals", ["wildlife", "animal", "dog", "dogs", "cat", "cats", "horse", "horses"]),
        ("dinosaur", ["dinosaurs", "jurassic"]), ("shark", ["sharks"]), ("nature", ["natural world", "planet earth"]),
        ("robot", ["robots", "android", "androids", "artificial intelligence"]),
        ("virtual reality", ["simulation", "virtual world"]), ("addiction", ["addict", "addicted", "alcoholic", "overdose"]),
        ("immigrant", ["immigrants", "immigration", "refugee", "refugees", "migrant"]),
        ("racism", ["racist", "civil rights", "segregation", "slavery"]),
        ("disability", ["autism", "autistic", "blind", "deaf", "wheelchair"]),
        ("illness", ["cancer", "disease", "terminally ill", "dementia", "alzheimer"]),
        ("treasure", ["treasure hunt", "archaeologist", "archaeology", "tomb"]),
    ]
}
