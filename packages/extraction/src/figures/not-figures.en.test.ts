import { describeFigureCases } from "./testing.ts";

describeFigureCases("English: qualifiers", "en", [
  ["reads approximately", "Approximately 30,000 were sent home in 2019.", [["Approximately 30,000", 30000, "count", "about"]]],
  ["reads roughly and an estimated", "Roughly 50 firms and an estimated 8,600 students took part.", [
    ["Roughly 50", 50, "count", "about", { noun: "firms" }],
    ["an estimated 8,600", 8600, "count", "about", { noun: "students" }],
  ]],
  ["reads nearly and almost", "Nearly 90 were injured and almost 300 evacuated.", [
    ["Nearly 90", 90, "count", "nearly"],
    ["almost 300", 300, "count", "nearly"],
  ]],
  ["reads at least", "At least 120 companies employ them.", [["At least 120", 120, "count", "at_least", { noun: "companies" }]]],
  ["reads up to and as many as", "Up to 300 builders, as many as 50 per site.", [
    ["Up to 300", 300, "count", "up_to", { noun: "builders" }],
    ["as many as 50", 50, "count", "up_to"],
  ]],
  ["reads fewer than and less than", "Fewer than 130 enrolled, less than 2% of applicants.", [
    ["Fewer than 130", 130, "count", "less_than"],
    ["less than 2%", 2, "percent", "less_than", { of: "applicants" }],
  ]],
  ["reads only as exact but keeps it in the span", "Only 130 of them enrolled at a university.", [
    ["Only 130", 130, "count", "exact", { of: "them" }],
  ]],
  ["reads -odd and -plus", "Some 30-odd firms and a 300-plus workforce.", [
    ["Some 30-odd", 30, "count", "about", { noun: "firms" }],
    ["300-plus", 300, "count", "more_than", { noun: "workforce" }],
  ]],
  ["reads or more", "Shifts of 12 hours or more are common.", [["12 hours or more", 12, "hours", "at_least"]]],
  ["reads more than with words", "More than two dozen envoys attended.", [["More than two dozen", 24, "count", "more_than"]]],
  ["reads as high as and estimated at", "Guesses went as high as 30,000, and the shortfall was estimated at 2 million.", [
    ["as high as 30,000", 30000, "count", "up_to"],
    ["estimated at 2 million", 2e6, "count", "about"],
  ]],
]);

describeFigureCases("English: units", "en", [
  ["reads a hyphenated hour modifier", "They work 12-hour shifts.", [["12-hour", 12, "hours", "exact", { modifies: "shifts" }]]],
  ["reads a word-number hour modifier", "Crews work twelve-hour days.", [["twelve-hour", 12, "hours", "exact", { modifies: "days" }]]],
  ["reads hours and days", "Shifts last 12 hours, six days a week.", [
    ["12 hours", 12, "hours", "exact"],
    ["six days", 6, "days", "exact"],
  ]],
  ["drops durations in years, months and weeks", "Each man signs a three-year contract, stays 18 months and rests two weeks.", []],
  ["reads a hyphenated count with the noun it counts", "They built a nine-storey block.", [
    ["nine", 9, "count", "exact", { noun: "storey", modifies: "block" }],
  ]],
  ["reads a strength modifier", "A 1,500-strong brigade was deployed.", [["1,500", 1500, "count", "exact", { modifies: "brigade" }]]],
  ["reads the work of two as a ratio", "One tile-layer does the work of two Russians.", [["two", 2, "ratio", "exact", { noun: "Russians" }]]],
  ["reads as much as two as a ratio but as much as $200 as up to", "He does as much as two locals and earns as much as $200.", [
    ["two", 2, "ratio", "exact", { noun: "locals" }],
    ["as much as $200", 200, "usd", "up_to"],
  ]],
]);

describeFigureCases("English: what is not a figure", "en", [
  ["drops years after prepositions", "In 2024 the plan was set, by 2030 it ends, and since 1991 it grew.", []],
  ["drops a year used as a modifier", "A 2019 report named them.", []],
  ["drops decades", "Ties date back to the 1990s and the '60s.", []],
  ["never reads a comma number as a year", "Officials counted 2,432 permits.", [["2,432", 2432, "count", "exact", { noun: "permits" }]]],
  ["drops full dates", "The deal was signed on Sept. 13, 2023, in Vostochny.", []],
  ["drops a month-day date before a noun", "Troops marched in the May 9 parade.", []],
  ["drops a day-month date", "The envoy arrived on 15 March.", []],
  ["keeps a percent right after a month", "In May, 18 per cent more visas were issued.", [["18 per cent", 18, "percent", "exact", { direction: "up" }]]],
  ["drops ISO dates", "The order is dated 2025-12-26.", []],
  ["drops clock times", "The strike came at 3 p.m. and the next at 2.15pm.", []],
  ["drops quarters", "Growth slowed in Q1 2025.", []],
  ["drops ordinals", "It was the 8th round and the 38th parallel, the first quarter, the fourth-largest city.", []],
  ["drops model names", "It flew Su-27 jets, fired an S-400, and tested the Hwasong-19 during COVID-19.", []],
  ["drops group names", "The G7 and G20 met.", []],
  ["drops resolution and article numbers", "Resolution 2397 and UNSCR 2375 apply, as does Article 5 and No. 2.", []],
  ["drops a think tank named by a number", "Satellite images studied by 38 North showed new barracks.", []],
  ["drops an age between commas", "The defector, 32, said he had been paid nothing.", []],
  ["drops an age range", "Men aged 20 to 45 were recruited.", []],
  ["drops year ranges", "Deliveries in 2012-13 and 2023–24 were small.", []],
  ["drops phone numbers and ids", "Call +7 495 123-45-67 or see story 20251226104512.", []],
  ["drops a camp number", "He was held at Camp 14, where he was born.", []],
  ["drops ages written with year-old", "A 24-year-old soldier and a man, 41 years old, were captured.", []],
  ["never reads the article a as one", "A worker and a manager met a minister.", []],
  ["drops numbers joined by a slash", "Guards work 24/7 and sign form 12/3.", []],
  ["drops times of day in words", "Shifts run from six in the morning until after eight at night.", []],
  ["drops an age after a pronoun", "He was 19 when he left; a boy of nine stayed.", []],
  ["reads one where it joins a range", "Workers get one or two days off a month.", [["one or two days", [1, 2], "days", "range"]]],
  ["reads a vague amount with a scale word", "The scheme earns several hundred million dollars a year.", [
    ["several hundred million dollars", [2e8, 999999999], "usd", "vague"],
  ]],
]);
