import Catalog
import CatalogStore
import Recommender
import ViewModel

/// Carries out the view-model's effects against the real stores and turns
/// their answers back into actions. Writes happen before the next frame is
/// drawn, so whatever the screen shows as saved is already on disk. Queries
/// go to the `QueryWorker` and come back later as `.queryResults`; jobs go
/// to the `JobWorker` and come back as `.jobDone`.
///
/// `user.sqlite` erased or replaced by another process (`marquee erase`) is
/// opened afresh by `UserDatabase` before the write; the runner then shows
/// what that file holds and says so, instead of a change confirmed into a
/// file that no longer exists.
final class EffectRunner {
    let user: UserDatabase
    let worker: QueryWorker
    let jobs: JobWorker
    /// `user.replacementsSeen` when last told.
    private var replacementsTold: Int

    /// The status-line message once the stores found a freshly opened file.
    static let erasedElsewhere = "Your data was erased or replaced elsewhere: now saving to the new user.sqlite"

    init(user: UserDatabase, worker: QueryWorker, jobs: JobWorker) {
        self.user = user
        self.worker = worker
        self.jobs = jobs
        replacementsTold = user.replacementsSeen
    }

    func perform(_ effect: Effect) -> [Action] {
        let actions = carryOut(effect)
        guard actions.isEmpty, user.replacementsSeen != replacementsTold else { return actions }
        replacementsTold = user.replacementsSeen
        guard let signals = try? user.signals() else { return [.effectFailed(Self.erasedElsewhere)] }
        return [.signalsReloaded(signals), .effectFailed(Self.erasedElsewhere)]
    }

    private func carryOut(_ effect: Effect) -> [Action] {
        do {
            switch effect {
            case let .query(query):
                worker.submit(query)
            case let .run(job):
                jobs.submit(job)
            case let .saveRating(id, rating):
                try user.setRating(rating, for: id)
            case let .saveWatchlist(id, on):
                try user.setOnWatchlist(on, id: id)
            case let .saveHidden(id, hidden):
                try user.setHidden(hidden, id: id)
            case let .saveMood(setting):
                try user.saveMoodSetting(setting)
            case let .saveDiversity(value):
                try user.saveDiversity(value)
            case let .saveRewatches(on):
                try user.saveRewatches(on)
            case let .saveCorrection(id, tones):
                try user.setCorrection(tones, for: id)
            case .saveWelcomeSeen:
                try user.setWelcomeSeen()
            case .quit:
                break
            }
            return []
        } catch {
            // Show what is really on disk rather than a change that was not saved.
            var actions: [Action] = [.effectFailed("Could not save: \(error)")]
            if let signals = try? user.signals() {
                actions.insert(.signalsReloaded(signals), at: 0)
            }
            return actions
        }
    }

    /// Whether a query or a job is still out.
    var isBusy: Bool { worker.isBusy || jobs.isBusy }

    /// Query and job answers that have arrived, as actions.
    func arrivedAnswers() -> [Action] {
        jobs.takeAnswers().map(Action.jobDone) + worker.takeAnswers().map { query, result in
            switch result {
            case let .success(answer): .queryResults(query, positions: answer.positions, matched: answer.matched,
                                                            closest: answer.isClosest, about: answer.isAbout)
            case let .failure(error): .effectFailed("Search failed: \(error)")
            }
        }
    }
}
