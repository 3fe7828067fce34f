import Catalog
import Testing

@Suite struct CalendarDateTests {
    @Test func acceptsRealDaysOnly() {
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2021, month: 4, day: 31) == nil)
        #expect(CalendarDate(year: 2021, month: 13, day: 1) == nil)
    }

    @Test func isoRoundTrip() {
        let date = CalendarDate(iso: "2019-07-04")
        #expect(date?.year == 2019 && date?.month == 7 && date?.day == 4)
        #expect(date?.iso == "2019-07-04")
        #expect(CalendarDate(iso: "2019-7-4") == nil)
        #expect(CalendarDate(iso: "July 4, 2019") == nil)
    }

    @Test func dayNumbersCountFromTheEpoch() {
        #expect(CalendarDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(CalendarDate(year: 2000, month: 3, day: 1)!.dayNumber == 11_017)
        #expect(CalendarDate(year: 1969, month: 12, day: 31)!.dayNumber == -1)
    }

    @Test func ordersByDay() {
        #expect(CalendarDate(iso: "2020-12-31")! < CalendarDate(iso: "2021-01-01")!)
    }
}

@Suite struct RatingTests {
    @Test(arguments: [0.5, 1, 2.5, 4, 5])
    func halfStepsAreValid(stars: Double) {
        #expect(Rating(stars: stars)?.stars == stars)
    }

    @Test(arguments: [0, -1, 5.5, 3.3, 6])
    func othersAreNot(stars: Double) {
        #expect(Rating(stars: stars) == nil)
    }

    @Test func starText() {
        #expect(Rating(stars: 4)!.starText == "★★★★☆")
        #expect(Rating(stars: 3.5)!.starText == "★★★½☆")
        #expect(Rating(stars: 0.5)!.starText == "½☆☆☆☆")
        #expect(Rating(stars: 5)!.numberText == "5")
        #expect(Rating(stars: 2.5)!.numberText == "2.5")
    }
}

@Suite struct TitleIDTests {
    @Test func wellFormedIDs() {
        #expect(TitleID("stranger-things-2016").isWellFormed)
        #expect(TitleID("t-5014607d-2017").isWellFormed)
        #expect(!TitleID("Stranger").isWellFormed)
        #expect(!TitleID("-a").isWellFormed)
        #expect(!TitleID("a--b").isWellFormed)
        #expect(!TitleID("a b").isWellFormed)
        #expect(!TitleID("").isWellFormed)
    }
}
