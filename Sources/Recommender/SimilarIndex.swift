import Catalog

/// Where a title's similar titles can be, so a detail screen scores those
/// instead of the whole library (`SimilarCandidates`: shared people, genre
/// sets near its own, community links).
///
/// People are few per title, so every title sharing one is scored. Genre
/// sets near the source's can hold a large share of the catalog, so titles
/// are grouped by genre set, decade and kind, and each group's titles kept
/// in order of a bound on their likeness: without a shared person, likeness
/// is at most the features they can share (the group's genres, decade and
/// kind, countries, tones up to the group's strongest) and each of those, in
/// the other title's unit vector, is its raw weight over the title's length.
/// For one source and one group that is a constant over the length, so a
/// group listed by length, shortest first, is also listed by bound; a walk
/// stops when the bound falls below the likeness of the last title the list
/// can keep.
struct SimilarIndex: Sendable {
    /// For each person feature number, the titles carrying it (`personTitles[personStarts[f]..<personStarts[f+1]]`).
    let personStarts: [Int32]
    let personTitles: [Int32]
    /// The groups of each genre set that some title has.
    let groupsOfMask: [UInt32: [Int32]]
    /// Per group: its decade and kind feature numbers, each tone's largest value among its titles.
    let groupDecades: [Int32]
    let groupKinds: [Int32]
    let groupTones: [SIMD16<Float>]
    /// Per group, its titles by length, shortest first (`groupTitles[groupStarts[g]..<groupStarts[g+1]]`).
    let groupStarts: [Int32]
    let groupTitles: [Int32]
    /// 1 / the raw length of each of `groupTitles`' feature vectors (in the same order).
    let groupScales: [Float]
    /// What each feature number is, for the bound (`FeatureClass`).
    let featureClasses: [UInt8]
    /// The tone of each tone feature number.
    let toneOfFeature: [Int32: Int]

    private struct GroupKey: Hashable {
        var mask: UInt32, decade: Int32, kind: Int32
    }

    init(library: Library) {
        let count = library.count
        let names = library.featureNames
        let classes = library.featureClasses, allFeatures = library.features
        featureClasses = classes
        func isPerson(_ code: UInt8) -> Bool { code == FeatureClass.director || code == FeatureClass.cast }

        var tones: [Int32: Int] = [:]
        for (number, code) in classes.enumerated() where code == FeatureClass.tone {
            if let tone = Tone.allCases.first(where: { "tone:\($0.rawValue)" == names[number] }) { tones[Int32(number)] = tone.rawValue }
        }
        toneOfFeature = tones

        // People: count, then place (compressed rows, 4 bytes a mention);
        // each title's length, decade and kind on the way.
        var starts = [Int32](repeating: 0, count: names.count + 1)
        var scales = [Float](repeating: 0, count: count)
        var decades = [Int32](repeating: -1, count: count), kinds = [Int32](repeating: -1, count: count)
        for position in 0..<count {
            let vector = allFeatures[position]
            for k in vector.indices.indices {
                let number = Int(vector.indices[k])
                switch classes[number] {
                case FeatureClass.director, FeatureClass.cast: starts[number + 1] += 1
                case FeatureClass.kind:
                    scales[position] = vector.weights[k] / FeatureVocabulary.Weight.kind
                    kinds[position] = Int32(number)
                case FeatureClass.decade: decades[position] = Int32(number)
                default: break
                }
            }
        }
        for number in 0..<names.count { starts[number + 1] += starts[number] }
        var fill = Array(starts.dropLast())
        var people = [Int32](repeating: 0, count: Int(starts[names.count]))
        for position in 0..<count {
            for number in allFeatures[position].indices where isPerson(classes[Int(number)]) {
                people[Int(fill[Int(number)])] = Int32(position)
                fill[Int(number)] += 1
            }
        }
        personStarts = starts
        personTitles = people

        // Groups: titles by genre set, decade and kind, each group by scale, largest first.
        var groupOfKey: [GroupKey: Int] = [:]
        var groupSizes: [Int32] = [], groupDecades: [Int32] = [], groupKinds: [Int32] = []
        var groupTones: [SIMD16<Float>] = [], groupsOfMask: [UInt32: [Int32]] = [:]
        let masks = library.genreMasks, profiles = library.profiles
        var groupOfTitle = [Int32](repeating: -1, count: count)
        for position in 0..<count where masks[position] != 0 {
            let key = GroupKey(mask: masks[position], decade: decades[position], kind: kinds[position])
            let group: Int
            if let known = groupOfKey[key] {
                group = known
            } else {
                group = groupSizes.count
                groupOfKey[key] = group
                groupSizes.append(0)
                groupDecades.append(key.decade)
                groupKinds.append(key.kind)
                groupTones.append(.zero)
                groupsOfMask[key.mask, default: []].append(Int32(group))
            }
            groupSizes[group] += 1
            groupTones[group] = pointwiseMax(groupTones[group], profiles[position].tones.storage)
            groupOfTitle[position] = Int32(group)
        }
        var groupStarts = [Int32](repeating: 0, count: groupSizes.count + 1)
        for group in groupSizes.indices { groupStarts[group + 1] = groupStarts[group] + groupSizes[group] }
        var next = Array(groupStarts.dropLast())
        var members = [Int32](repeating: 0, count: Int(groupStarts[groupSizes.count]))
        for position in 0..<count where groupOfTitle[position] >= 0 {
            let group = Int(groupOfTitle[position])
            members[Int(next[group])] = Int32(position)
            next[group] += 1
        }
        for group in groupSizes.indices {
            let range = Int(groupStarts[group])..<Int(groupStarts[group + 1])
            members[range].sort { (scales[Int($0)], $1) > (scales[Int($1)], $0) }
        }
        self.groupsOfMask = groupsOfMask
        self.groupDecades = groupDecades
        self.groupKinds = groupKinds
        self.groupTones = groupTones
        self.groupStarts = groupStarts
        groupTitles = members
        groupScales = members.map { scales[Int($0)] }
    }

    /// The titles sharing a person feature with `features` (may repeat).
    func titlesSharingPeople(_ features: FeatureVector, into visit: (Int) -> Void) {
        for number in features.indices where featureClasses[Int(number)] == FeatureClass.director || featureClasses[Int(number)] == FeatureClass.cast {
            for index in Int(personStarts[Int(number)])..<Int(personStarts[Int(number) + 1]) { visit(Int(personTitles[index])) }
        }
    }

    /// The titles carrying one person feature.
    func titles(withPerson feature: Int32, _ visit: (Int) -> Void) {
        for index in Int(personStarts[Int(feature)])..<Int(personStarts[Int(feature) + 1]) { visit(Int(personTitles[index])) }
    }

    /// For a source's features, what a title of `group` sharing no person
    /// can reach, times its scale: the sum over features it may share of
    /// source weight × the largest raw weight that feature has in the group.
    func boundFactor(_ features: FeatureVector, group: Int, mask: UInt32) -> Float {
        // The source's own scale turns its unit weights back into raw ones.
        var sourceScale: Float = 0
        for k in features.indices.indices where featureClasses[Int(features.indices[k])] == FeatureClass.kind {
            sourceScale = features.weights[k] / FeatureVocabulary.Weight.kind
        }
        guard sourceScale > 0 else { return .infinity }
        var total: Float = 0
        for k in features.indices.indices {
            let number = features.indices[k], code = featureClasses[Int(number)], weight = features.weights[k]
            switch code {
            case FeatureClass.director, FeatureClass.cast: continue
            case FeatureClass.tone:
                total += weight * FeatureVocabulary.Weight.tone * groupTones[group][toneOfFeature[number] ?? 0]
            case FeatureClass.decade: if number == groupDecades[group] { total += weight * weight / sourceScale }
            case FeatureClass.kind: if number == groupKinds[group] { total += weight * weight / sourceScale }
            default:
                let bit = FeatureClass.genreBit(code)
                if bit == 0 || mask & bit != 0 { total += weight * weight / sourceScale }
            }
        }
        return total
    }

    /// Room for float rounding between the bound and the likeness as scored.
    static func slack(_ bound: Float) -> Float { bound * 1.001 + 1e-6 }
}

extension SimilarIndex {
    /// Bytes held, for the performance notes (the genre-set table counted at 16 bytes an entry).
    var footprint: Int {
        (personStarts.count + personTitles.count + groupStarts.count + groupTitles.count + groupScales.count
            + groupDecades.count + groupKinds.count) * 4 + groupTones.count * 64 + featureClasses.count
            + groupsOfMask.count * 32
    }
}
