extension AppState {
    /// A job's answer: each kind goes where it is shown.
    mutating func receive(_ answer: JobAnswer) -> [Effect] {
        switch answer {
        case let .suggestions(ticket, items):
            receiveSuggestions(items, ticket: ticket)
        case let .homeRows(ticket, rows):
            receiveHomeRows(rows, ticket: ticket)
        case let .similar(id, matches):
            receiveSimilar(matches, for: id)
        case let .surprise(ticket, pick):
            return receiveSurprise(pick, ticket: ticket)
        }
        return []
    }
}
