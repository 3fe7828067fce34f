/// Themes by name and theme roles by the names a config file uses.
extension Theme {
    /// Warm colours on the terminal's own background.
    public static let warm: Theme = {
        var theme = Theme.colored
        theme.headerAccent = Style(foreground: .yellow, bold: true)
        theme.focusedBorder = Style(foreground: .yellow)
        theme.paneTitle = Style(foreground: .yellow, bold: true)
        theme.selection = Style(foreground: .black, background: .yellow)
        theme.accent = Style(foreground: .magenta)
        theme.stars = Style(foreground: .red)
        theme.reason = Style(foreground: .yellow)
        theme.label = Style(foreground: .magenta, bold: true)
        theme.keyHint = Style(foreground: .yellow, bold: true)
        theme.bar = Style(foreground: .magenta)
        theme.mapMood = Style(foreground: .yellow)
        return theme
    }()

    public static let named: [String: Theme] = ["default": .colored, "warm": .warm, "monochrome": .monochrome]

    /// Every role a config file may restyle.
    public static var roles: [String: WritableKeyPath<Theme, Style>] { [
        "header": \.header, "header-accent": \.headerAccent, "border": \.border, "focused-border": \.focusedBorder,
        "pane-title": \.paneTitle, "text": \.text, "dim": \.dim, "strong": \.strong, "selection": \.selection,
        "inactive-selection": \.inactiveSelection, "accent": \.accent, "stars": \.stars, "reason": \.reason,
        "label": \.label, "outside-usual": \.outsideUsual, "error": \.error, "key-hint": \.keyHint,
        "status-bar": \.statusBar, "bar": \.bar, "bar-empty": \.barEmpty, "map-cursor": \.mapCursor, "map-mood": \.mapMood,
    ] }
}

extension Style {
    /// "cyan", "bold black on cyan", "reverse", "underline default on blue":
    /// attributes, then a foreground colour, then `on` and a background.
    /// `default` is the terminal's own colour. Nil when a word is unknown.
    public init?(spec: String) {
        var style = Style()
        var words = spec.lowercased().split(separator: " ").map(String.init)
        func colour(_ name: String) -> Color?? {
            if name == "default" { return .some(nil) }
            return Color.allCases.first { "\($0)" == name }.map { .some($0) }
        }
        if let on = words.firstIndex(of: "on") {
            guard on + 2 == words.count, let background = colour(words[on + 1]) else { return nil }
            style.background = background
            words.removeSubrange(on...)
        }
        for word in words {
            switch word {
            case "bold": style.bold = true
            case "dim": style.dim = true
            case "reverse": style.reverse = true
            case "underline": style.underline = true
            default:
                guard style.foreground == nil, let foreground = colour(word) else { return nil }
                style.foreground = foreground
            }
        }
        self = style
    }
}
