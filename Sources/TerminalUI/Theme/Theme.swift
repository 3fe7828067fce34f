/// Styles by role. Views ask for a role, never for a colour, so a
/// monochrome terminal (or `NO_COLOR`) gets the same screens with
/// attributes only.
public struct Theme: Sendable, Hashable {
    public var header: Style
    public var headerAccent: Style
    public var border: Style
    public var focusedBorder: Style
    public var paneTitle: Style
    public var text: Style
    public var dim: Style
    public var strong: Style
    /// The selected row of the focused list.
    public var selection: Style
    /// The selected row of a list without focus.
    public var inactiveSelection: Style
    public var accent: Style
    public var stars: Style
    public var reason: Style
    public var label: Style
    public var outsideUsual: Style
    public var error: Style
    public var keyHint: Style
    public var statusBar: Style
    public var bar: Style
    public var barEmpty: Style
    public var mapCursor: Style
    public var mapMood: Style
    public var usesColor: Bool
    /// Draw in ASCII only (`+-|` borders, `*` stars, `#` bars): for a locale
    /// that is not UTF-8, where curses drops every other character.
    public var ascii = false

    /// Colours on the terminal's own background.
    public static let colored = Theme(
        header: Style(bold: true),
        headerAccent: Style(foreground: .cyan, bold: true),
        border: Style(dim: true),
        focusedBorder: Style(foreground: .cyan),
        paneTitle: Style(foreground: .cyan, bold: true),
        text: .plain,
        dim: Style(dim: true),
        strong: Style(bold: true),
        selection: Style(foreground: .black, background: .cyan),
        inactiveSelection: Style(dim: true, reverse: true),
        accent: Style(foreground: .cyan),
        stars: Style(foreground: .yellow),
        reason: Style(foreground: .green),
        label: Style(foreground: .blue, bold: true),
        outsideUsual: Style(foreground: .magenta, bold: true),
        error: Style(foreground: .red, bold: true),
        keyHint: Style(foreground: .cyan, bold: true),
        statusBar: .plain,
        bar: Style(foreground: .cyan),
        barEmpty: Style(dim: true),
        mapCursor: Style(foreground: .yellow, bold: true),
        mapMood: Style(foreground: .green),
        usesColor: true)

    /// Attributes only: selection in reverse video.
    public static let monochrome = Theme(
        header: Style(bold: true),
        headerAccent: Style(bold: true),
        border: .plain,
        focusedBorder: Style(bold: true),
        paneTitle: Style(bold: true),
        text: .plain,
        dim: Style(dim: true),
        strong: Style(bold: true),
        selection: Style(reverse: true),
        inactiveSelection: Style(underline: true),
        accent: Style(bold: true),
        stars: Style(bold: true),
        reason: .plain,
        label: Style(bold: true),
        outsideUsual: Style(bold: true, underline: true),
        error: Style(bold: true),
        keyHint: Style(bold: true),
        statusBar: .plain,
        bar: Style(bold: true),
        barEmpty: Style(dim: true),
        mapCursor: Style(bold: true, reverse: true),
        mapMood: Style(bold: true),
        usesColor: false)
}

extension Theme {
    /// This theme as a terminal can show it: without colours (TERM=vt100) the
    /// attribute-only theme, so the selection and focused fields stay visible
    /// in reverse video and bold; without a UTF-8 locale, ASCII.
    public func adapted(color: Bool, unicode: Bool) -> Theme {
        var theme = usesColor && !color ? Theme.monochrome : self
        theme.ascii = ascii || !unicode
        return theme
    }
}
