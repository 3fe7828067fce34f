import Catalog
import Foundation
import ZIPFoundation

/// The files of an export, found in its folder or its .zip: each wanted
/// file by its path inside the export ("likes/films.csv"), at the top or
/// under one folder the archive wraps them in. Zip entries are read in
/// memory as they inflate; nothing is unpacked to disk.
struct HistoryExportFiles {
    /// Folders of an export whose files share names with the ones read
    /// (deleted and orphaned entries, lists) and macOS's resource forks.
    static let ignoredFolders: Set<String> = ["deleted", "orphaned", "lists", "likes", "__macosx"]

    private let folder: URL?
    private let archive: Archive?
    private let entries: [String: Entry]
    private let name: String

    /// Whether `url` is a folder; throws when nothing is there.
    static func isFolder(_ url: URL) throws -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw StoreError.unreadableFile(path: url.path, reason: "no such file or folder")
        }
        return isDirectory.boolValue
    }

    /// Calls `body` with `url` when it is a file, or with each of `known`
    /// files (paths inside the folder) present when it is a folder; a folder
    /// with none of them is refused, naming `service` and the files looked for.
    static func eachFile(at url: URL, known: [String], service: String, described: String? = nil,
                         _ body: (URL) throws -> Void) throws {
        guard try isFolder(url) else { return try body(url) }
        let present = known.map { url.appendingPathComponent($0) }.filter { FileManager.default.fileExists(atPath: $0.path) }
        guard !present.isEmpty else {
            throw StoreError.invalidFile(location: SafeText.display(url.lastPathComponent),
                                         reason: "no \(service) export files in it (\(described ?? known.joined(separator: ", ")))")
        }
        for file in present { try body(file) }
    }

    static func isZip(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 4)) == Data([0x50, 0x4B, 0x03, 0x04])
    }

    init(folder: URL) {
        self.folder = folder
        archive = nil
        entries = [:]
        name = folder.lastPathComponent
    }

    init(zip url: URL, wanted: [String]) throws {
        name = url.lastPathComponent
        folder = nil
        let archive: Archive
        do { archive = try Archive(url: url, accessMode: .read) } catch {
            throw StoreError.invalidFile(location: SafeText.display(name), reason: "not a readable zip archive")
        }
        var entries: [String: Entry] = [:]
        for entry in archive where entry.type == .file {
            let parts = entry.path.split(separator: "/").map(String.init)
            for path in wanted {
                let want = path.split(separator: "/").map(String.init)
                let wrapped = parts.count == want.count + 1 && Array(parts.dropFirst()) == want
                    && !Self.ignoredFolders.contains(parts[0].lowercased())
                // A file at the top wins over one under a wrapping folder.
                if parts == want || (wrapped && entries[path] == nil) { entries[path] = entry }
            }
        }
        self.archive = archive
        self.entries = entries
    }

    /// The bytes of `path` inside the export, or nil when the export lacks it.
    func bytes(_ path: String) -> HistoryBytes? {
        if let folder {
            let url = folder.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
            return HistoryCSV.fileBytes(url)
        }
        guard let archive, let entry = entries[path] else { return nil }
        let name = self.name
        return { feed in
            do {
                _ = try archive.extract(entry, skipCRC32: false) { try feed($0) }
            } catch let error as StoreError {
                throw error
            } catch {
                throw StoreError.invalidFile(location: SafeText.display("\(name)/\(path)"), reason: "damaged zip entry")
            }
        }
    }
}
