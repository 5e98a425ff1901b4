import { describeFigureCases } from "./testing.ts";

describeFigureCases("English: values, scales and number words", "en", [
  ["reads digits with comma groups and the noun they count", "About 15,000 North Korean workers arrived last year.", [
    ["About 15,000", 15000, "count", "about", { noun: "North Korean workers" }],
  ]],
  ["keeps thousands written with a space", "Officials counted 816 000 migrants.", [["816 000", 816000, "count", "exact"]]],
  ["reads a scale word after digits", "The shortfall is 1.5 million workers.", [["1.5 million", 1500000, "count", "exact"]]],
  ["reads glued scale abbreviations with a currency", "The deal is worth $1.7bn, and another 1.2m roubles were paid.", [
    ["$1.7bn", 1.7e9, "usd", "exact"],
    ["1.2m roubles", 1.2e6, "money:RUB", "exact"],
  ]],
  ["reads mn and euro signs", "The fund holds 2.4mn dollars and €5m.", [
    ["2.4mn dollars", 2.4e6, "usd", "exact"],
    ["€5m", 5e6, "money:EUR", "exact"],
  ]],
  ["reads half a million", "Half a million people left the region.", [["Half a million", 500000, "count", "exact", { noun: "people" }]]],
  ["reads a trillion", "Exports reached one trillion won.", [["one trillion won", 1e12, "money:KRW", "exact"]]],
  ["reads small number words", "Two ministers and twelve officials flew to Moscow.", [
    ["Two", 2, "count", "exact", { noun: "ministers" }],
    ["twelve", 12, "count", "exact", { noun: "officials" }],
  ]],
  ["reads hyphenated tens", "Twenty-five brigades took part.", [["Twenty-five", 25, "count", "exact", { form: "words" }]]],
  ["reads hundreds with and", "Three hundred and fifty engineers were hired.", [["Three hundred and fifty", 350, "count", "exact"]]],
  ["reads a dozen as twelve", "A dozen companies signed contracts.", [["A dozen", 12, "count", "exact", { noun: "companies" }]]],
  ["reads a hundred but never the article alone", "A hundred visas were refused in a single week.", [["A hundred", 100, "count", "exact"]]],
  ["does not read a lone one as a figure", "One official said the plan was one of many.", []],
  ["reads two and a half", "Wages rose two and a half times over the decade.", [
    ["two and a half times", 2.5, "fold", "exact", { direction: "up" }],
  ]],
]);

describeFigureCases("English: fractions and vague amounts", "en", [
  ["reads a third of as a percent", "A third of the workers live on site.", [["A third", 33.3, "percent", "exact", { of: "workers" }]]],
  ["reads a quarter of whom", "About 400 arrived, a quarter of whom were women.", [
    ["About 400", 400, "count", "about"],
    ["a quarter", 25, "percent", "exact", { of: "whom" }],
  ]],
  ["reads two-thirds", "Two-thirds of the visas went to students.", [["Two-thirds", 66.7, "percent", "exact", { form: "fraction" }]]],
  ["reads nine-tenths", "The state takes nine-tenths of their pay.", [["nine-tenths", 90, "percent", "exact", { of: "pay" }]]],
  ["reads one in five", "One in five labourers works in construction.", [["One in five", 20, "percent", "exact"]]],
  ["reads seven out of 10", "Seven out of 10 firms reported shortages.", [["Seven out of 10", 70, "percent", "exact"]]],
  ["reads half of as a share", "Nearly half of the recruits were teenagers.", [["Nearly half", 50, "percent", "nearly"]]],
  ["does not read the first half of the year", "Arrivals slowed in the first half of the year.", []],
  ["reads tens of thousands as a vague interval", "Tens of thousands of labourers were sent abroad.", [
    ["Tens of thousands", [20000, 99999], "count", "vague", { noun: "labourers" }],
  ]],
  ["reads hundreds of thousands", "Hundreds of thousands of people fled.", [["Hundreds of thousands", [2e5, 999999], "count", "vague"]]],
  ["reads dozens and thousands", "Dozens of firms hired thousands of workers.", [
    ["Dozens", [24, 99], "count", "vague", { noun: "firms" }],
    ["thousands", [2000, 9999], "count", "vague", { noun: "workers" }],
  ]],
  ["reads several hundred", "Several hundred students enrolled.", [["Several hundred", [200, 999], "count", "vague"]]],
  ["reads a currency after a vague amount and of", "It earns tens of millions of dollars from a few million tonnes.", [
    ["tens of millions of dollars", [2e7, 99999999], "usd", "vague"],
    ["a few million", [2e6, 9999999], "count", "vague", { noun: "tonnes" }],
  ]],
  ["reads nine of 10 and a noun between the part and the whole as shares", "Eight of 10 firms agree, and seven firms in ten say so.", [
    ["Eight of 10", 80, "percent", "exact"],
    ["seven firms in ten", 70, "percent", "exact"],
  ]],
  ["keeps two counts when nouns stand on both sides or the whole is not round", "Three people in 10 towns, 4 of 12 crews.", [
    ["Three", 3, "count", "exact"],
    ["10", 10, "count", "exact"],
    ["4", 4, "count", "exact"],
    ["12", 12, "count", "exact"],
  ]],
  ["reads scores of as vague", "Scores of welders left.", [["Scores", [40, 99], "count", "vague", { noun: "welders" }]]],
]);

describeFigureCases("English: multipliers", "en", [
  ["reads 12-fold", "Arrivals grew 12-fold in a year.", [["12-fold", 12, "fold", "exact", { direction: "up", changeRole: "by" }]]],
  ["reads twelvefold", "Entries rose twelvefold.", [["twelvefold", 12, "fold", "exact", { direction: "up" }]]],
  ["reads 2.5-fold", "Costs climbed 2.5-fold.", [["2.5-fold", 2.5, "fold", "exact"]]],
  ["reads nearly double", "The number is nearly double last year's.", [["nearly double", 2, "fold", "nearly"]]],
  ["reads tripled as an upward change", "Recruitment tripled after the summit.", [["tripled", 3, "fold", "exact", { direction: "up", isChange: true }]]],
  ["reads 3.5 times as a multiplier", "Entries increased 3.5 times.", [["3.5 times", 3.5, "fold", "exact", { direction: "up" }]]],
  ["reads times before a comparative", "Now there are 12 times more workers than in 2023.", [["12 times", 12, "fold", "exact"]]],
  ["reads 2.5x", "Pay rose 2.5x in the Far East.", [["2.5x", 2.5, "fold", "exact"]]],
  ["reads mentioned 14 times as a count", "Pyongyang was mentioned 14 times in the speech.", [["14", 14, "count", "exact", { noun: "times" }]]],
  ["drops twice when it does not compare", "The minister visited twice.", []],
  ["reads twice as many", "Twice as many visas were issued.", [["Twice", 2, "fold", "exact"]]],
  ["reads times before a year's level as a multiplier", "Entries reached 11 times the 2023 level.", [["11 times", 11, "fold", "exact"]]],
]);

describeFigureCases("English: percentages and money", "en", [
  ["reads the percent sign", "The regime keeps over 90% of the wages.", [["over 90%", 90, "percent", "more_than", { of: "wages" }]]],
  ["reads percent", "Exports fell 10 percent.", [["10 percent", 10, "percent", "exact", { direction: "down" }]]],
  ["reads per cent with a direction", "Trade was up 35 per cent on the year.", [["35 per cent", 35, "percent", "exact", { direction: "up", isChange: true }]]],
  ["reads pc", "Inflation hit 40pc in the region.", [["40pc", 40, "percent", "exact"]]],
  ["reads a drop after the figure", "Officials reported a 4% drop in permits.", [["4%", 4, "percent", "exact", { direction: "down" }]]],
  ["reads percentage points", "Unemployment rose 3 percentage points.", [["3 percentage points", 3, "percent", "exact", { isPercentagePoints: true }]]],
  ["reads US$ with a space", "Each worker gets US$ 100 a month.", [["US$ 100", 100, "usd", "exact"]]],
  ["reads US$ glued", "They earn about US$150 monthly.", [["about US$150", 150, "usd", "about"]]],
  ["reads a rouble sign and a dollar conversion", "The fee is ₽45,000 ($480).", [
    ["₽45,000", 45000, "money:RUB", "exact"],
    ["$480", 480, "usd", "exact"],
  ]],
  ["reads won as a currency only after a number", "The team won 3 matches and paid 500,000 won.", [
    ["3", 3, "count", "exact", { noun: "matches" }],
    ["500,000 won", 500000, "money:KRW", "exact"],
  ]],
  ["reads North Korean won", "A kilo of rice costs 6,000 North Korean won.", [["6,000 North Korean won", 6000, "money:KPW", "exact"]]],
  ["reads euros and kronur", "Tickets cost 20 euros or 3,000 kronur.", [
    ["20 euros", 20, "money:EUR", "exact"],
    ["3,000 kronur", 3000, "money:ISK", "exact"],
  ]],
]);

describeFigureCases("English: ranges and changes", "en", [
  ["reads a dollar range with signs on both ends", "Workers keep $100 to $200 a month.", [["$100 to $200", [100, 200], "usd", "range"]]],
  ["carries the unit of the right end to the left", "They keep 100 to 200 dollars.", [["100 to 200 dollars", [100, 200], "usd", "range"]]],
  ["reads a percent range with the sign on one side", "Deductions take 70-90% of pay.", [["70-90%", [70, 90], "percent", "range"]]],
  ["reads between and", "Between 600,000 and 1 million people moved.", [["Between 600,000 and 1 million", [600000, 1000000], "count", "range"]]],
  ["reads between dollars", "Salaries were between 100 and 200 dollars.", [["between 100 and 200 dollars", [100, 200], "usd", "range"]]],
  ["shares a scale word across a range", "Estimates put it at 2 to 3 million.", [["2 to 3 million", [2e6, 3e6], "count", "range"]]],
  ["reads rose from A to B as two figures of a change", "Arrivals rose from 40,000 to 100,000.", [
    ["40,000", 40000, "count", "exact", { isChange: true, changeRole: "from", direction: "up" }],
    ["100,000", 100000, "count", "exact", { isChange: true, changeRole: "to", direction: "up" }],
  ]],
  ["reads a change with years between", "Entries jumped from 1,000 in 2023 to 13,000 in 2024.", [
    ["1,000", 1000, "count", "exact", { changeRole: "from" }],
    ["13,000", 13000, "count", "exact", { changeRole: "to" }],
  ]],
  ["reads range from A to B as a range", "Estimates range from 80,000 to 120,000.", [["from 80,000 to 120,000", [80000, 120000], "count", "range"]]],
  ["does not read three years to 2024 as a range", "Output fell 5% in the three years to 2024.", [
    ["5%", 5, "percent", "exact", { direction: "down" }],
  ]],
  ["reads rose to as the end of a change", "The total rose to 15,000.", [["15,000", 15000, "count", "exact", { changeRole: "to", direction: "up" }]]],
  ["reads the end of a change after an aside with its size", "The total fell sharply in May, to 9,000.", [["9,000", 9000, "count", "exact", { changeRole: "to", direction: "down" }]]],
  ["reads to reach after a change as the level it reaches", "Enrolment tripled over two years to reach 4,200.", [
    ["tripled", 3, "fold", "exact"],
    ["4,200", 4200, "count", "exact", { changeRole: "to", direction: "up" }],
  ]],
  ["reads from A to B after a revising verb and its object as a change", "The ministry revised its count from 3,400 to 3,900.", [
    ["3,400", 3400, "count", "exact", { changeRole: "from", direction: "up" }],
    ["3,900", 3900, "count", "exact", { changeRole: "to", direction: "up" }],
  ]],
  ["keeps between A and B a range after a revising verb", "The ministry revised its count to between 3,400 and 3,900.", [
    ["between 3,400 and 3,900", [3400, 3900], "count", "range"],
  ]],
  ["keeps from A to B a range without a change verb", "From 3,400 to 3,900 cadets attend.", [["From 3,400 to 3,900", [3400, 3900], "count", "range", { noun: "cadets" }]]],
]);
