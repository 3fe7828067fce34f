/// Marquee's own lexicon of words and short phrases that say how a title
/// feels, read from a description at catalog build time. Only the cue words
/// are kept (in `cues.tsv`), never the sentence they came from; inference
/// adds each cue's tone weights on top of the genres'.
///
/// Words are matched whole, on lowercased letters only ("coming-of-age"
/// reads as "coming of age"), longest phrase first. Weights stay at or under
/// 0.5 so that genres still matter. Words whose tone depends on context
/// ("love", "battle", "chase", "survive") are left out or only taken in a
/// phrase; a few phrases are blockers so that their words do not count
/// ("cult classic", "comic book"), and figurative uses have cues of their
/// own ("haunted by" and "inner demons" read as grief, not horror).
public enum DescriptionCues {
    /// At most this many cues per title, in the order they appear.
    public static let limit = 8

    struct Entry {
        /// The cue as stored and shown; empty for a blocker.
        var cue: String
        /// Word forms and phrases that count as this cue.
        var forms: [String]
        var tones: [Tone: Float]
    }

    /// The cues of `description`: deduplicated, in text order, at most `limit`.
    public static func cues(in description: String) -> [String] {
        lexicon.names(in: description, limit: limit)
    }

    private static let lexicon = PhraseLexicon(entries.flatMap { entry in entry.forms.map { ($0, entry.cue) } })

    /// The tone weights a cue lends a title (zero for a word not in the
    /// lexicon), as a vector: inference reads it for every title at launch.
    public static func vector(of cue: String) -> ToneVector {
        vectorByCue[cue] ?? ToneVector()
    }

    private static let vectorByCue: [String: ToneVector] = {
        var table: [String: ToneVector] = [:]
        for entry in entries where !entry.cue.isEmpty { table[entry.cue] = ToneVector(entry.tones) }
        return table
    }()

    /// Every cue of the lexicon, in table order.
    public static var allCues: [String] { entries.map(\.cue).filter { !$0.isEmpty } }

    public static func isKnown(_ cue: String) -> Bool { vectorByCue[cue] != nil || cue == CompanionCue.cue }

    /// Lowercased runs of letters.
    static func tokens(_ text: String) -> [String] { PhraseLexicon.tokens(text) }

    static let entries: [Entry] = {
        var list: [Entry] = []
        /// A cue whose forms include the cue itself.
        func cue(_ cue: String, _ forms: [String] = [], _ tones: [Tone: Float]) {
            list.append(Entry(cue: cue, forms: [cue] + forms, tones: tones))
        }
        /// Phrases whose words must not count as cues.
        func block(_ forms: [String]) { list.append(Entry(cue: "", forms: forms, tones: [:])) }

        block(["cult classic", "cult favorite", "cult film", "comic book", "comic books", "comic strip",
               "great depression", "killer whale", "killer whales", "star wars", "dating back", "dating from",
               "touching on", "monster truck", "monster trucks", "dark horse", "social media", "no laughing matter",
               "war of words", "mission impossible", "new identity", "secret identity", "false identity",
               "identity theft", "stolen identity", "depression era"])

        // Grief, loss and heavy subjects.
        cue("grief", ["grieving", "grieve", "grieves", "bereaved", "bereavement"], [.sad: 0.45, .thoughtProvoking: 0.15])
        cue("mourning", ["mourn", "mourns", "mourned"], [.sad: 0.4])
        cue("widow", ["widowed", "widower", "widows"], [.sad: 0.3, .heartwarming: 0.1])
        cue("tragic", ["tragedy", "tragedies", "tragically"], [.sad: 0.4, .dark: 0.2])
        cue("terminal illness", ["terminally ill", "terminal cancer", "terminal disease"], [.sad: 0.45, .heartwarming: 0.15])
        cue("dying", [], [.sad: 0.35])
        cue("cancer", [], [.sad: 0.35, .inspiring: 0.1])
        cue("funeral", ["funerals"], [.sad: 0.3])
        cue("heartbreak", ["heartbroken", "heartbreaking", "broken heart"], [.sad: 0.4, .romantic: 0.15])
        cue("bittersweet", [], [.sad: 0.3, .heartwarming: 0.3])
        cue("poignant", ["poignantly"], [.sad: 0.25, .heartwarming: 0.2, .thoughtProvoking: 0.2])
        cue("tearjerker", ["tear jerker"], [.sad: 0.5, .heartwarming: 0.2])
        cue("melancholy", ["melancholic"], [.sad: 0.4, .thoughtProvoking: 0.15])
        cue("suicide", ["suicidal"], [.dark: 0.4, .sad: 0.35])
        cue("orphan", ["orphaned", "orphans", "orphanage"], [.sad: 0.2, .heartwarming: 0.2])
        cue("lonely", ["loneliness"], [.sad: 0.3, .thoughtProvoking: 0.1])
        cue("depression", ["depressed"], [.sad: 0.35, .thoughtProvoking: 0.2])
        cue("estranged", [], [.sad: 0.2, .heartwarming: 0.15])
        cue("dementia", ["alzheimer", "alzheimers", "alzheimer s"], [.sad: 0.4, .heartwarming: 0.15])
        cue("inner demons", ["own demons", "personal demons", "demons of his past", "demons of her past", "demons of the past",
                             "demons of their past"], [.sad: 0.2, .dark: 0.25, .thoughtProvoking: 0.1])
        cue("haunted by", ["haunted by the past", "haunts him", "haunts her"], [.sad: 0.25, .dark: 0.2, .thoughtProvoking: 0.1])
        cue("holocaust", [], [.sad: 0.45, .dark: 0.4, .thoughtProvoking: 0.3])
        cue("genocide", [], [.dark: 0.45, .sad: 0.4, .thoughtProvoking: 0.3])
        cue("refugee", ["refugees"], [.sad: 0.25, .thoughtProvoking: 0.3])
        cue("abuse", ["abused", "abusive", "abuser"], [.dark: 0.45, .sad: 0.2])
        cue("trauma", ["traumatic", "traumatized", "traumatised"], [.dark: 0.3, .sad: 0.25])
        cue("addiction", ["addict", "addicts", "addicted", "overdose"], [.dark: 0.3, .sad: 0.25])
        cue("poverty", ["impoverished"], [.sad: 0.2, .thoughtProvoking: 0.3])
        cue("disaster", ["disasters", "catastrophe", "catastrophic", "earthquake", "tsunami"], [.tense: 0.3, .sad: 0.2])

        // Crime and darkness.
        cue("serial killer", ["serial killers", "serial murderer", "serial murders"], [.dark: 0.5, .tense: 0.45, .scary: 0.25])
        cue("murder mystery", ["murder mysteries", "whodunit", "whodunnit"], [.tense: 0.35, .thoughtProvoking: 0.2, .dark: 0.15])
        cue("murder", ["murders", "murdered", "murderer", "murderous", "homicide"], [.dark: 0.4, .tense: 0.3])
        cue("killer", ["killers"], [.dark: 0.3, .tense: 0.3])
        cue("hitman", ["hit man", "hitmen", "hit men", "contract killer"], [.tense: 0.35, .dark: 0.3, .exciting: 0.3])
        cue("assassin", ["assassins"], [.tense: 0.35, .exciting: 0.35, .dark: 0.2])
        // An assassination is history or conspiracy more often than action.
        cue("assassination", ["assassinated"], [.dark: 0.3, .tense: 0.2, .thoughtProvoking: 0.2])
        cue("gangster", ["gangsters", "mobster", "mobsters", "mob boss"], [.dark: 0.35, .tense: 0.3, .exciting: 0.2])
        cue("mafia", ["mafioso", "crime family", "crime syndicate"], [.dark: 0.35, .tense: 0.3])
        cue("cartel", ["cartels", "drug lord", "drug lords", "kingpin", "narco"], [.dark: 0.4, .tense: 0.35])
        cue("drug dealer", ["drug dealers", "drug trafficking", "drug trade", "drug smuggling"], [.dark: 0.3, .tense: 0.25])
        cue("corruption", ["corrupt"], [.dark: 0.3, .tense: 0.2, .thoughtProvoking: 0.2])
        cue("conspiracy", ["conspiracies", "cover up", "coverup"], [.tense: 0.4, .thoughtProvoking: 0.2])
        cue("brutal", ["brutally", "brutality"], [.dark: 0.4])
        cue("violent", ["violence"], [.dark: 0.35, .tense: 0.2])
        cue("gritty", [], [.dark: 0.35, .tense: 0.15])
        cue("sinister", [], [.dark: 0.35, .tense: 0.3, .scary: 0.15])
        cue("twisted", [], [.dark: 0.35, .tense: 0.2])
        cue("dark", ["dark past", "dark secret", "dark secrets", "dark side", "darker"], [.dark: 0.3])
        cue("dark web", [], [.tense: 0.3, .dark: 0.3])
        cue("dark comedy", ["dark humor", "dark humour", "black comedy", "darkly comic", "darkly funny", "darkly comedic"],
            [.funny: 0.35, .dark: 0.3])
        cue("revenge", ["vengeance", "vengeful", "avenge", "avenges", "avenging", "retribution"], [.dark: 0.3, .tense: 0.3, .exciting: 0.25])
        cue("kidnapping", ["kidnapped", "kidnap", "kidnaps", "kidnappers", "abducted", "abduction", "abducts"], [.tense: 0.4, .dark: 0.25])
        cue("hostage", ["hostages"], [.tense: 0.45, .exciting: 0.2])
        cue("heist", ["heists", "robbery", "robberies", "bank robber", "robbers"], [.exciting: 0.4, .tense: 0.3, .funny: 0.1])
        cue("con artist", ["con artists", "con man", "con men", "swindler", "swindlers", "grifter", "grifters"],
            [.funny: 0.2, .tense: 0.2, .exciting: 0.2])
        cue("scam", ["scams", "swindle"], [.tense: 0.2, .funny: 0.15])
        cue("prison", ["prisoner", "prisoners", "inmate", "inmates", "behind bars"], [.dark: 0.3, .tense: 0.25])
        cue("true crime", [], [.dark: 0.4, .thoughtProvoking: 0.35, .tense: 0.2])
        cue("detective", ["detectives", "sleuth", "sleuths"], [.tense: 0.3, .thoughtProvoking: 0.2])
        cue("investigation", ["investigate", "investigates", "investigating", "investigators"], [.tense: 0.25, .thoughtProvoking: 0.15])
        cue("mystery", ["mysterious", "mysteriously", "mysteries"], [.tense: 0.3, .thoughtProvoking: 0.2])
        cue("undercover", [], [.tense: 0.35, .exciting: 0.3])
        cue("spy", ["spies", "espionage", "secret agent", "secret agents"], [.tense: 0.35, .exciting: 0.35])
        cue("terrorist", ["terrorists", "terrorism", "terror attack", "terror attacks"], [.tense: 0.45, .exciting: 0.3, .dark: 0.2])
        cue("bomb", ["bombs", "bombing", "bomber"], [.tense: 0.35])
        cue("war", ["wars", "world war", "civil war", "wartime", "war torn"], [.dark: 0.25, .sad: 0.2, .tense: 0.2])
        cue("battlefield", ["battlefields", "front lines", "frontline"], [.exciting: 0.25, .dark: 0.25, .tense: 0.2])
        cue("nazi", ["nazis", "third reich"], [.dark: 0.4, .tense: 0.3])
        cue("dictatorship", ["dictator", "regime", "totalitarian"], [.dark: 0.3, .thoughtProvoking: 0.3])
        cue("torture", ["tortured", "torturer"], [.dark: 0.45, .scary: 0.2])
        cue("trafficking", ["traffickers", "human trafficking", "sex trafficking"], [.dark: 0.45, .tense: 0.3])
        cue("cult", ["cults", "cult leader"], [.dark: 0.3, .tense: 0.3, .scary: 0.1])
        cue("blackmail", ["blackmailed", "blackmails", "extortion"], [.tense: 0.35, .dark: 0.25])
        cue("betrayal", ["betrayed", "betrays", "betray", "double cross", "double crossed"], [.dark: 0.25, .tense: 0.25, .sad: 0.15])
        cue("deception", ["deceit", "deceive", "deceives"], [.tense: 0.3])

        // Suspense.
        cue("psychological", ["psychologically"], [.tense: 0.35, .dark: 0.3, .thoughtProvoking: 0.2])
        cue("obsession", ["obsessed", "obsessive", "obsessively"], [.tense: 0.3, .dark: 0.3])
        cue("stalker", ["stalkers", "stalks", "stalking", "stalked"], [.tense: 0.45, .scary: 0.25, .dark: 0.25])
        cue("paranoia", ["paranoid"], [.tense: 0.4, .dark: 0.15])
        cue("cat and mouse", ["cat and mouse game"], [.tense: 0.45, .exciting: 0.3])
        cue("manhunt", ["man hunt", "hunted down"], [.tense: 0.4, .exciting: 0.3])
        cue("fugitive", ["fugitives", "on the run"], [.tense: 0.35, .exciting: 0.35])
        cue("trapped", ["entrapped"], [.tense: 0.3, .scary: 0.1])
        cue("survival", ["fight for survival", "struggle to survive", "fight to survive", "survival thriller"],
            [.tense: 0.35, .exciting: 0.3])
        cue("stranded", ["marooned", "castaway"], [.tense: 0.3, .exciting: 0.2])
        cue("deadly", [], [.tense: 0.3, .dark: 0.2])
        cue("dangerous", ["danger", "perilous", "peril"], [.tense: 0.25, .exciting: 0.1])
        cue("high-stakes", [], [.tense: 0.3, .exciting: 0.3])
        cue("race against time", ["race against the clock", "ticking clock"], [.tense: 0.4, .exciting: 0.35])
        cue("thriller", ["thrillers", "thrilling"], [.tense: 0.4, .exciting: 0.2])
        cue("suspense", ["suspenseful"], [.tense: 0.45])
        cue("tense", ["tension", "tensions"], [.tense: 0.35])
        cue("intrigue", ["intrigues"], [.tense: 0.3, .thoughtProvoking: 0.2])
        cue("escape", ["escapes", "escaped", "breakout", "prison break"], [.tense: 0.25, .exciting: 0.2])
        cue("home invasion", ["intruder", "intruders"], [.tense: 0.45, .scary: 0.3])
        cue("outbreak", ["epidemic", "pandemic", "contagion", "virus"], [.tense: 0.35, .scary: 0.2])

        // Fear.
        cue("haunted", ["haunted house", "haunted mansion"], [.scary: 0.45, .dark: 0.2])
        cue("haunting", ["hauntings", "hauntingly"], [.scary: 0.25, .sad: 0.15, .dark: 0.15])
        cue("ghost", ["ghosts", "ghostly", "ghost story", "ghost stories", "poltergeist", "apparition"], [.scary: 0.4, .dark: 0.15])
        cue("demon", ["demons", "demonic", "devil", "satanic"], [.scary: 0.5, .dark: 0.3])
        cue("possessed", ["demonic possession", "possession by"], [.scary: 0.5, .dark: 0.25])
        cue("exorcism", ["exorcist", "exorcisms", "exorcise"], [.scary: 0.5, .dark: 0.25])
        cue("zombie", ["zombies", "undead"], [.scary: 0.4, .exciting: 0.3])
        cue("vampire", ["vampires", "vampiric"], [.scary: 0.3, .dark: 0.2, .romantic: 0.1])
        cue("werewolf", ["werewolves"], [.scary: 0.35, .exciting: 0.2])
        cue("witch", ["witches", "witchcraft"], [.scary: 0.25, .dark: 0.15])
        cue("curse", ["cursed", "curses", "hex"], [.scary: 0.3, .dark: 0.2])
        cue("supernatural", [], [.scary: 0.3, .tense: 0.2])
        cue("paranormal", [], [.scary: 0.35, .tense: 0.2])
        cue("occult", ["black magic", "satanic ritual"], [.scary: 0.4, .dark: 0.3])
        cue("creepy", ["creeps"], [.scary: 0.4, .tense: 0.2])
        cue("eerie", ["eerily", "uncanny"], [.scary: 0.35, .tense: 0.3])
        cue("terrifying", ["terrified", "terror", "terrorizes", "terrorize", "terrorized"], [.scary: 0.4, .tense: 0.3])
        cue("horror", ["horrors", "horrific", "horrifying"], [.scary: 0.4, .dark: 0.3])
        cue("nightmare", ["nightmares", "nightmarish"], [.scary: 0.3, .dark: 0.2, .tense: 0.2])
        cue("monster", ["monsters", "monstrous"], [.scary: 0.25, .exciting: 0.2])
        cue("slasher", ["masked killer"], [.scary: 0.5, .dark: 0.3])
        cue("gory", ["gore", "gruesome", "grisly", "bloodbath"], [.dark: 0.4, .scary: 0.2])
        cue("chilling", ["chills", "spine chilling"], [.scary: 0.3, .tense: 0.35])
        cue("evil", ["evils"], [.dark: 0.2, .scary: 0.1])
        cue("apocalypse", ["apocalyptic", "doomsday", "end of the world"], [.tense: 0.35, .dark: 0.3, .exciting: 0.25])
        cue("dystopia", ["dystopian"], [.dark: 0.35, .thoughtProvoking: 0.35, .tense: 0.2])

        // Excitement.
        cue("action-packed", ["nonstop action", "high octane"], [.exciting: 0.45])
        cue("adrenaline", [], [.exciting: 0.4])
        cue("car chase", ["car chases", "high speed chase"], [.exciting: 0.4, .tense: 0.2])
        cue("martial arts", ["kung fu", "martial artist", "karate"], [.exciting: 0.45])
        cue("superhero", ["superheroes", "superpowers", "superpowered", "super powers"], [.exciting: 0.4, .light: 0.1, .funny: 0.1])
        cue("treasure", ["treasure hunt", "treasures"], [.exciting: 0.3, .light: 0.1])
        cue("quest", ["quests"], [.exciting: 0.3])
        cue("epic", [], [.exciting: 0.3, .inspiring: 0.15])
        cue("adventure", ["adventures", "adventurous", "adventurer", "adventurers"], [.exciting: 0.3, .light: 0.15])
        cue("explosive", [], [.exciting: 0.3, .tense: 0.2])
        cue("dragon", ["dragons"], [.exciting: 0.3, .light: 0.1])
        cue("pirate", ["pirates"], [.exciting: 0.3, .funny: 0.1])
        cue("samurai", ["ninja", "ninjas", "swordsman"], [.exciting: 0.35])
        cue("racing", ["race car", "street racing", "street racer", "racers"], [.exciting: 0.35])
        cue("shootout", ["shootouts", "gunfight", "gunfights", "firefight"], [.exciting: 0.35, .tense: 0.3])
        cue("daredevil", ["daredevils", "stunts", "stuntman"], [.exciting: 0.35])
        cue("time travel", ["time traveling", "time travelling", "time traveler", "time travelers", "time machine", "time loop"],
            [.exciting: 0.3, .thoughtProvoking: 0.3])
        cue("science fiction", ["sci fi"], [.exciting: 0.25, .thoughtProvoking: 0.3])
        cue("alien invasion", ["extraterrestrial", "extraterrestrials"], [.exciting: 0.35, .tense: 0.3])
        cue("robot", ["robots", "android", "androids", "cyborg"], [.exciting: 0.2, .thoughtProvoking: 0.15, .light: 0.1])
        cue("outer space", ["spaceship", "spacecraft", "space station", "galaxy", "astronaut", "astronauts"],
            [.exciting: 0.25, .thoughtProvoking: 0.25])
        cue("mythology", ["myth", "myths", "mythical"], [.exciting: 0.15, .thoughtProvoking: 0.2])

        // Laughter.
        cue("hilarious", ["hilariously", "hilarity", "uproarious", "sidesplitting"], [.funny: 0.5, .light: 0.2])
        cue("comedy", ["comedies", "comedic"], [.funny: 0.35, .light: 0.2])
        cue("romantic comedy", ["rom com", "romcom"], [.romantic: 0.4, .funny: 0.4, .light: 0.3])
        cue("comedy of errors", [], [.funny: 0.45, .light: 0.3])
        cue("comic", ["comical", "comically"], [.funny: 0.3, .light: 0.1])
        cue("stand-up comedy", ["stand up special", "stand up specials", "stand up comedian", "stand up set", "stand up show", "standup"],
            [.funny: 0.5, .light: 0.3])
        cue("comedian", ["comedians", "comic actor"], [.funny: 0.4, .light: 0.2])
        cue("quirky", ["offbeat", "oddball", "oddballs", "kooky"], [.funny: 0.35, .light: 0.3, .heartwarming: 0.1])
        cue("zany", ["wacky", "madcap", "goofy", "screwball"], [.funny: 0.45, .light: 0.35])
        cue("slapstick", [], [.funny: 0.45, .light: 0.3])
        cue("satire", ["satirical", "satirizes", "satirises", "lampoons"], [.funny: 0.35, .thoughtProvoking: 0.35])
        cue("spoof", ["spoofs", "parody", "parodies"], [.funny: 0.45, .light: 0.2])
        cue("witty", ["wit", "wisecracking", "deadpan"], [.funny: 0.35, .thoughtProvoking: 0.1])
        cue("raunchy", ["bawdy", "crude"], [.funny: 0.35, .light: 0.15])
        cue("antics", ["shenanigans", "hijinks", "hijinx", "mischief", "mischievous", "misadventures", "escapades"],
            [.funny: 0.35, .light: 0.3])
        cue("prank", ["pranks", "prankster", "pranksters"], [.funny: 0.35, .light: 0.2])
        cue("laughs", ["laugh", "laughter", "laughing", "laughable"], [.funny: 0.3, .light: 0.2])
        cue("humor", ["humour", "humorous", "humorously"], [.funny: 0.3, .light: 0.15])
        cue("absurd", ["absurdist", "absurdity", "absurdities", "surreal comedy"], [.funny: 0.3, .thoughtProvoking: 0.15])
        cue("riffs", ["riffing"], [.funny: 0.3, .light: 0.1])
        cue("sitcom", ["sitcoms"], [.funny: 0.4, .light: 0.35])
        cue("mockumentary", [], [.funny: 0.45])
        cue("awkward", ["awkwardly", "cringe"], [.funny: 0.3, .light: 0.15])
        cue("bumbling", ["hapless", "clumsy", "inept"], [.funny: 0.35, .light: 0.2])
        cue("eccentric", ["eccentrics"], [.funny: 0.2, .heartwarming: 0.1, .thoughtProvoking: 0.1])

        // Warmth and ease.
        cue("heartwarming", ["heart warming"], [.heartwarming: 0.5, .light: 0.1])
        cue("heartfelt", [], [.heartwarming: 0.45, .sad: 0.1])
        cue("touching", [], [.heartwarming: 0.35, .sad: 0.1])
        cue("tender", ["tenderly", "tenderness"], [.heartwarming: 0.35, .romantic: 0.15])
        cue("sweet", ["sweetly", "sweetness"], [.heartwarming: 0.3, .light: 0.2])
        cue("charming", ["charmingly", "charm"], [.heartwarming: 0.3, .light: 0.25, .funny: 0.1])
        cue("delightful", ["delight", "delights"], [.light: 0.35, .heartwarming: 0.3, .funny: 0.15])
        cue("whimsical", ["whimsy"], [.light: 0.4, .heartwarming: 0.3, .funny: 0.15])
        cue("cozy", ["cosy"], [.light: 0.45, .heartwarming: 0.4])
        cue("feel-good", ["feelgood"], [.heartwarming: 0.45, .light: 0.4, .inspiring: 0.15])
        cue("wholesome", [], [.heartwarming: 0.45, .light: 0.35])
        cue("family-friendly", [], [.light: 0.4, .heartwarming: 0.3])
        cue("unlikely friendship", ["unlikely friends", "unlikely bond", "unexpected friendship"], [.heartwarming: 0.45, .funny: 0.1])
        cue("friendship", ["befriends", "befriend"], [.heartwarming: 0.3])
        cue("best friends", ["best friend", "bffs"], [.heartwarming: 0.15, .light: 0.1, .funny: 0.1])
        cue("reunion", ["reunite", "reunites", "reunited", "reuniting", "reconnect", "reconnects", "reconcile", "reconciliation"],
            [.heartwarming: 0.3, .sad: 0.1])
        cue("dog", ["dogs", "puppy", "puppies", "pup"], [.heartwarming: 0.25, .light: 0.2])
        cue("kitten", ["kittens"], [.heartwarming: 0.2, .light: 0.2])
        cue("christmas", ["xmas", "santa", "santa claus", "yuletide", "holiday season", "north pole"], [.heartwarming: 0.3, .light: 0.3])
        cue("holiday", ["holidays"], [.light: 0.25, .heartwarming: 0.15])
        cue("wedding", ["weddings", "bridesmaid", "bridesmaids"], [.romantic: 0.3, .light: 0.2, .funny: 0.1])
        cue("cooking", ["bake", "baking", "baker", "bakers", "recipes", "recipe", "cuisine", "culinary"],
            [.light: 0.35, .heartwarming: 0.15])
        cue("chef", ["chefs"], [.light: 0.25, .inspiring: 0.1])
        cue("makeover", ["makeovers", "renovation", "renovate", "renovates"], [.light: 0.4, .heartwarming: 0.3])
        cue("gardening", ["garden", "gardens"], [.light: 0.35, .heartwarming: 0.1])
        cue("vacation", ["vacations", "getaway"], [.light: 0.3, .funny: 0.15])
        cue("summer camp", [], [.light: 0.3, .funny: 0.2, .heartwarming: 0.15])
        cue("road trip", ["road trips"], [.light: 0.3, .funny: 0.3, .heartwarming: 0.2])
        cue("magical", ["enchanted", "enchanting"], [.light: 0.25, .exciting: 0.15, .heartwarming: 0.1])
        cue("fairy tale", ["fairytale", "fairy tales", "fairy"], [.light: 0.3, .heartwarming: 0.2, .romantic: 0.15])
        cue("princess", ["princesses"], [.light: 0.3, .romantic: 0.1])
        cue("colorful", ["colourful"], [.light: 0.3, .funny: 0.1])
        cue("musical", ["musicals", "sing along", "singalong"], [.light: 0.3, .inspiring: 0.15, .heartwarming: 0.15])
        cue("dance", ["dancing", "dancer", "dancers"], [.light: 0.2, .inspiring: 0.2, .romantic: 0.1])
        cue("preschool", ["preschoolers", "toddler", "toddlers", "little ones"], [.light: 0.4, .heartwarming: 0.3])
        cue("nostalgic", ["nostalgia"], [.heartwarming: 0.3, .sad: 0.1])

        // Romance.
        cue("falls in love", ["fall in love", "falling in love", "fell in love", "falls for", "fall for", "falling for"],
            [.romantic: 0.45])
        cue("love story", ["love stories"], [.romantic: 0.45])
        cue("romance", ["romances", "romantic", "romantically"], [.romantic: 0.4])
        cue("love triangle", [], [.romantic: 0.45, .tense: 0.1])
        cue("first love", [], [.romantic: 0.45, .heartwarming: 0.2])
        cue("love affair", ["affair"], [.romantic: 0.3, .tense: 0.15, .sad: 0.1])
        cue("star-crossed", ["forbidden love", "forbidden romance"], [.romantic: 0.45, .sad: 0.25])
        cue("unrequited", [], [.romantic: 0.3, .sad: 0.3])
        cue("crush", ["crushes"], [.romantic: 0.35, .light: 0.15])
        cue("dating", ["first date", "blind date"], [.romantic: 0.3, .light: 0.2, .funny: 0.1])
        cue("flirting", ["flirt", "flirts", "flirtation", "flirtatious"], [.romantic: 0.35, .light: 0.2])
        cue("soulmate", ["soul mate", "soulmates", "true love"], [.romantic: 0.45])
        cue("courtship", ["courting", "woo", "woos", "wooing"], [.romantic: 0.35, .light: 0.1])
        cue("sparks fly", ["chemistry between"], [.romantic: 0.4, .light: 0.15])
        cue("arranged marriage", [], [.romantic: 0.25, .thoughtProvoking: 0.2])
        cue("honeymoon", ["newlyweds", "newlywed"], [.romantic: 0.35, .light: 0.2])
        cue("seduction", ["seduce", "seduces", "seductive"], [.romantic: 0.25, .dark: 0.15, .tense: 0.15])
        cue("erotic", ["sensual", "steamy"], [.romantic: 0.3])

        // Uplift.
        cue("inspiring", ["inspirational"], [.inspiring: 0.5])
        cue("uplifting", [], [.inspiring: 0.45, .heartwarming: 0.3])
        cue("triumph", ["triumphant", "triumphs"], [.inspiring: 0.4])
        cue("underdog", ["underdogs"], [.inspiring: 0.45, .exciting: 0.15])
        cue("against all odds", ["against the odds", "beat the odds", "beats the odds", "defy the odds", "defies the odds"],
            [.inspiring: 0.45])
        cue("perseverance", ["resilience", "resilient", "grit", "tenacity"], [.inspiring: 0.35])
        cue("courage", ["courageous", "bravery", "brave"], [.inspiring: 0.3])
        cue("heroic", ["heroism", "heroes", "hero"], [.inspiring: 0.2, .exciting: 0.2])
        cue("champion", ["champions", "championship", "championships"], [.inspiring: 0.3, .exciting: 0.25])
        cue("olympic", ["olympics", "olympian", "olympians", "world cup"], [.inspiring: 0.4, .exciting: 0.2])
        cue("comeback", ["comebacks"], [.inspiring: 0.4])
        cue("dreams", ["follow her dreams", "follow his dreams", "follow their dreams", "pursue her dream", "pursue his dream"],
            [.inspiring: 0.2, .light: 0.1])
        cue("aspiring", [], [.inspiring: 0.3])
        cue("prodigy", ["prodigies", "child prodigy", "whiz kid"], [.inspiring: 0.35, .thoughtProvoking: 0.15])
        cue("pioneer", ["pioneers", "pioneering", "trailblazer", "trailblazing", "groundbreaking"],
            [.inspiring: 0.35, .thoughtProvoking: 0.25])
        cue("activist", ["activists", "activism"], [.inspiring: 0.3, .thoughtProvoking: 0.35])
        cue("civil rights", ["human rights"], [.inspiring: 0.35, .thoughtProvoking: 0.4])
        cue("true story", ["based on a true story", "true events", "real life", "real events", "real story"],
            [.thoughtProvoking: 0.25, .inspiring: 0.2])
        cue("biopic", ["biographical", "biography"], [.inspiring: 0.3, .thoughtProvoking: 0.3])
        cue("athlete", ["athletes", "athletic"], [.inspiring: 0.3, .exciting: 0.2])
        cue("mentor", ["mentors", "mentorship"], [.inspiring: 0.2, .heartwarming: 0.2])
        cue("coach", ["coaches", "coaching"], [.inspiring: 0.25, .heartwarming: 0.1])
        cue("hope", ["hopeful", "hopefulness"], [.inspiring: 0.25, .heartwarming: 0.15])
        cue("redemption", ["redeem", "redeems", "atone", "atonement"], [.inspiring: 0.35, .thoughtProvoking: 0.15, .sad: 0.1])
        cue("second chance", ["second chances", "fresh start"], [.inspiring: 0.3, .heartwarming: 0.25])
        cue("miracle", ["miracles", "miraculous"], [.inspiring: 0.3, .heartwarming: 0.25])
        cue("chess", ["grandmaster"], [.thoughtProvoking: 0.35, .tense: 0.15, .inspiring: 0.1])
        cue("spelling bee", [], [.inspiring: 0.3, .light: 0.2])
        cue("competition", ["competitions", "contest", "contestants", "competitors"], [.exciting: 0.2, .light: 0.15])
        cue("overcome", ["overcomes", "overcoming"], [.inspiring: 0.3])

        // Thought.
        cue("explores", ["examines", "explored", "examining", "probes"], [.thoughtProvoking: 0.25])
        cue("philosophical", ["philosophy", "philosopher"], [.thoughtProvoking: 0.45])
        cue("existential", [], [.thoughtProvoking: 0.45, .sad: 0.15, .dark: 0.1])
        cue("moral", ["morality", "morally", "ethics", "ethical", "dilemma", "dilemmas"], [.thoughtProvoking: 0.4, .tense: 0.1])
        cue("identity", ["identities"], [.thoughtProvoking: 0.3])
        cue("memories", ["memory", "amnesia", "memoir"], [.thoughtProvoking: 0.2, .sad: 0.15, .heartwarming: 0.1])
        cue("mind-bending", ["consciousness", "reality bending", "alternate reality", "parallel universe", "parallel worlds"],
            [.thoughtProvoking: 0.45, .tense: 0.15])
        cue("artificial intelligence", ["sentient"], [.thoughtProvoking: 0.4, .tense: 0.15])
        cue("science", ["scientist", "scientists", "scientific", "physics", "biology"], [.thoughtProvoking: 0.3])
        cue("history", ["historical", "historic", "historians"], [.thoughtProvoking: 0.3])
        cue("political", ["politics", "politician", "politicians", "election", "elections"], [.thoughtProvoking: 0.3, .tense: 0.1])
        cue("investigative", ["investigative journalist", "exposes", "expose"], [.thoughtProvoking: 0.35, .tense: 0.15])
        cue("climate change", ["global warming", "climate crisis"], [.thoughtProvoking: 0.45, .sad: 0.15])
        cue("environment", ["environmental", "conservation", "conservationist", "ecosystem", "ecosystems"],
            [.thoughtProvoking: 0.35, .inspiring: 0.1])
        cue("wildlife", ["animal kingdom", "natural world"], [.thoughtProvoking: 0.3, .light: 0.3, .inspiring: 0.2])
        cue("surveillance", ["hacker", "hackers", "hacking"], [.tense: 0.3, .thoughtProvoking: 0.3])
        cue("racism", ["racial", "racist", "discrimination", "prejudice", "segregation", "apartheid"],
            [.thoughtProvoking: 0.4, .sad: 0.2, .dark: 0.15])
        cue("injustice", ["wrongful conviction", "wrongfully convicted", "wrongly convicted", "wrongfully accused", "wrongly accused"],
            [.thoughtProvoking: 0.35, .sad: 0.2, .dark: 0.2])
        cue("inequality", ["class divide", "privilege"], [.thoughtProvoking: 0.35])
        cue("religion", ["religious", "spirituality"], [.thoughtProvoking: 0.3])
        cue("immigrant", ["immigrants", "immigration", "migrant", "migrants"], [.thoughtProvoking: 0.3, .sad: 0.15])
        cue("coming-of-age", ["growing up", "adolescence"], [.heartwarming: 0.25, .thoughtProvoking: 0.2, .sad: 0.1, .light: 0.1])
        cue("self-discovery", ["finding herself", "finding himself", "soul searching"],
            [.thoughtProvoking: 0.3, .inspiring: 0.2, .heartwarming: 0.15])
        cue("puzzle", ["puzzles", "riddle", "riddles", "enigma"], [.thoughtProvoking: 0.3, .tense: 0.15])
        cue("candid", ["candidly", "unfiltered", "intimate portrait"], [.thoughtProvoking: 0.25])
        cue("surreal", ["surrealist", "dreamlike", "hallucinatory"], [.thoughtProvoking: 0.35, .dark: 0.1])
        cue("enigmatic", ["cryptic"], [.thoughtProvoking: 0.25, .tense: 0.15])
        cue("mental health", ["mental illness", "schizophrenia", "bipolar", "anxiety"], [.thoughtProvoking: 0.3, .sad: 0.2])
        return list
    }()
}
