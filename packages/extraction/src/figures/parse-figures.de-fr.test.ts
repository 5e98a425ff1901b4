import { describeFigureCases } from "./testing.ts";

describeFigureCases("German", "de", [
  ["reads a dot as the thousands separator", "Rund 15.000 nordkoreanische Arbeiter sind in Russland.", [
    ["Rund 15.000", 15000, "count", "about", { noun: "nordkoreanische Arbeiter" }],
  ]],
  ["reads a comma as the decimal mark before Millionen", "Es fehlen 1,5 Millionen Arbeitskräfte.", [
    ["1,5 Millionen", 1.5e6, "count", "exact", { noun: "Arbeitskräfte" }],
  ]],
  ["reads Mio. with a currency word", "Das Geschäft brachte 2,4 Mio. Euro.", [["2,4 Mio. Euro", 2.4e6, "money:EUR", "exact"]]],
  ["reads a compound number word", "Dreitausend weitere Soldaten folgten.", [
    ["Dreitausend", 3000, "count", "exact", { noun: "weitere Soldaten" }],
  ]],
  ["reads units before tens in one word", "Zweiundzwanzig Firmen unterschrieben.", [["Zweiundzwanzig", 22, "count", "exact", { noun: "Firmen" }]]],
  ["reads zwölf Stunden", "Sie arbeiten zwölf Stunden am Tag.", [["zwölf Stunden", 12, "hours", "exact"]]],
  ["reads a glued hour modifier", "Die Männer leisten zwölfstündige Schichten.", [["zwölfstündige", 12, "hours", "exact"]]],
  ["reads a hyphenated hour compound", "Sie arbeiten in 12-Stunden-Schichten.", [["12-Stunden", 12, "hours", "exact", { modifies: "Schichten" }]]],
  ["reads das Zwölffache as a multiplier", "Die Zahl der Einreisen stieg um das Zwölffache.", [
    ["Zwölffache", 12, "fold", "exact", { direction: "up" }],
  ]],
  ["reads zwölfmal with a comparative as a multiplier", "Es kamen zwölfmal so viele Arbeiter wie 2023.", [["zwölfmal", 12, "fold", "exact"]]],
  ["reads Prozent with mehr als", "Das Regime behält mehr als 90 Prozent der Löhne.", [["mehr als 90 Prozent", 90, "percent", "more_than"]]],
  ["reads a dollar range with bis", "Den Arbeitern bleiben 100 bis 200 Dollar im Monat.", [["100 bis 200 Dollar", [100, 200], "usd", "range"]]],
  ["reads a change with von ... auf", "Die Zahl stieg von 40.000 auf 100.000.", [
    ["40.000", 40000, "count", "exact", { changeRole: "from" }],
    ["100.000", 100000, "count", "exact", { changeRole: "to" }],
  ]],
  ["reads knapp and mindestens", "Knapp 90 Menschen wurden verletzt, mindestens 120 Firmen beteiligt.", [
    ["Knapp 90", 90, "count", "nearly", { noun: "Menschen" }],
    ["mindestens 120", 120, "count", "at_least", { noun: "Firmen" }],
  ]],
  ["reads zwei Drittel and jeder fünfte", "Zwei Drittel der Visa gingen an Studenten, jeder fünfte Arbeiter blieb.", [
    ["Zwei Drittel", 66.7, "percent", "exact"],
    ["jeder fünfte", 20, "percent", "exact"],
  ]],
  ["reads Zehntausende as vague", "Zehntausende Arbeiter wurden entsandt.", [["Zehntausende", [2e4, 99999], "count", "vague", { noun: "Arbeiter" }]]],
  ["drops a date with an ordinal dot", "Am 9. Mai 2025 fand die Parade statt.", []],
  ["drops a resolution and an article number", "Laut Resolution 2397 und Artikel 5 ist das verboten.", []],
  ["drops an age with Jahre alt", "Der Überläufer, 32 Jahre alt, sprach von Zwangsarbeit.", []],
  ["never reads ein alone as one", "Ein Arbeiter und eine Firma klagten.", []],
  ["reads wenige and ein paar before Hundert and Tausend as vague", "Nur wenige Hundert studieren, ein paar Tausend arbeiten.", [
    ["Nur wenige Hundert", [200, 999], "count", "vague"],
    ["ein paar Tausend", [2000, 9999], "count", "vague"],
  ]],
  ["reads a currency after a vague amount of millions", "Der Staat kassiert einige Millionen Euro.", [
    ["einige Millionen Euro", [2e6, 9999999], "money:EUR", "vague"],
  ]],
  ["reads übersteigt and geschätzt auf, but not über after a contract", "Die Zahl übersteigt 30.000; der Bedarf ist geschätzt auf 2 Millionen. Ein Liefervertrag über 40 Busse liegt vor.", [
    ["übersteigt 30.000", 30000, "count", "more_than"],
    ["geschätzt auf 2 Millionen", 2e6, "count", "about"],
    ["40", 40, "count", "exact", { noun: "Busse" }],
  ]],
  ["reads mehrere and ein paar Dutzend as vague", "Mehrere Dutzend Firmen und ein paar Dutzend Schweißer.", [
    ["Mehrere Dutzend", [24, 99], "count", "vague", { noun: "Firmen" }],
    ["ein paar Dutzend", [24, 99], "count", "vague", { noun: "Schweißer" }],
  ]],
  ["reads a multiplier inside a ver-...-facht verb and plural past forms of change verbs", "Die Anträge haben sich verzwölffacht; die Kosten stiegen um das Dreifache, die Ausreisen sanken um 20 Prozent.", [
    ["verzwölffacht", 12, "fold", "exact", { direction: "up" }],
    ["Dreifache", 3, "fold", "exact", { direction: "up" }],
    ["20 Prozent", 20, "percent", "exact", { direction: "down" }],
  ]],
  ["reads a number that ends a sentence before a capitalised word, and drops dotted ordinals", "Auf Rang drei lagen 14. Moskau verlangt mehr; zum 150. Jubiläum kam die 3. motorisierte Brigade.", [
    ["14", 14, "count", "exact"],
  ]],
  ["links a share to the noun after a genitive article", "Die Firma zahlt 70 Prozent ihrer Gehälter bar aus.", [
    ["70 Prozent", 70, "percent", "exact", { of: "Gehälter" }],
  ]],
  ["keeps a count before a genitive article without a share reading", "Etwa 300 der Pendler blieben.", [["Etwa 300", 300, "count", "about", { of: undefined }]]],
]);

describeFigureCases("French", "fr", [
  ["reads a no-break space as the thousands separator", "Environ 15\u202F000 travailleurs nord-coréens sont en Russie.", [
    ["Environ 15\u202F000", 15000, "count", "about", { noun: "travailleurs nord-coréens" }],
  ]],
  ["reads a percent sign after a no-break space", "Le régime garde plus de 90\u00A0% des salaires.", [
    ["plus de 90\u00A0%", 90, "percent", "more_than", { of: "salaires" }],
  ]],
  ["reads million de as the noun it counts", "Il manque 1,5 million de travailleurs.", [["1,5 million", 1.5e6, "count", "exact", { noun: "travailleurs" }]]],
  ["reads douze heures", "Ils travaillent douze heures par jour.", [["douze heures", 12, "hours", "exact"]]],
  ["reads a dollar range with à", "Ils touchent de 100 à 200 dollars par mois.", [["de 100 à 200 dollars", [100, 200], "usd", "range"]]],
  ["reads entre ... et", "Entre 600 000 et 1 million de personnes sont parties.", [
    ["Entre 600 000 et 1 million", [600000, 1e6], "count", "range"],
  ]],
  ["reads a change with passé de ... à", "Le nombre est passé de 40 000 à 100 000.", [
    ["40 000", 40000, "count", "exact", { changeRole: "from", direction: "up" }],
    ["100 000", 100000, "count", "exact", { changeRole: "to" }],
  ]],
  ["reads multiplié par douze as a multiplier", "Le flux a été multiplié par douze.", [["douze", 12, "fold", "exact", { direction: "up" }]]],
  ["reads fois with plus as a multiplier", "Il y a 12 fois plus d'ouvriers.", [["12 fois", 12, "fold", "exact"]]],
  ["reads an elided qualifier before a number word", "Près d'un million de personnes ont fui.", [
    ["Près d'un million", 1e6, "count", "nearly", { noun: "personnes" }],
  ]],
  ["reads une centaine as about a hundred", "Une centaine d'entreprises emploient ces ouvriers.", [
    ["Une centaine", 100, "count", "about", { noun: "entreprises" }],
  ]],
  ["reads des dizaines de milliers as vague", "Des dizaines de milliers d'ouvriers ont été envoyés.", [
    ["dizaines de milliers", [2e4, 99999], "count", "vague", { noun: "ouvriers" }],
  ]],
  ["reads un tiers and un sur cinq", "Un tiers des visas, soit un sur cinq étudiants.", [
    ["Un tiers", 33.3, "percent", "exact", { of: "visas" }],
    ["un sur cinq", 20, "percent", "exact"],
  ]],
  ["reads vingt-cinq and soixante et onze", "Vingt-cinq brigades et soixante et onze navires.", [
    ["Vingt-cinq", 25, "count", "exact", { noun: "brigades" }],
    ["soixante et onze", 71, "count", "exact", { noun: "navires" }],
  ]],
  ["reads pour cent with a noun of change before it", "Une hausse de 35 pour cent a été notée.", [
    ["35 pour cent", 35, "percent", "exact", { leftNoun: "hausse" }],
  ]],
  ["drops a date, a year, a resolution and an age", "Le 9 mai 2025, selon la résolution 2397, le transfuge, 32 ans, a parlé.", []],
  ["drops a year after en even before a vague word", "En 2024 plusieurs usines ont fermé.", []],
  ["reads quelques millions and centaines de millions as vague, with the currency after de", "Le régime touche des centaines de millions de dollars, les ouvriers quelques millions de wons.", [
    ["centaines de millions de dollars", [2e8, 999999999], "usd", "vague"],
    ["quelques millions de wons", [2e6, 9999999], "money:KRW", "vague"],
  ]],
  ["reads a currency after une centaine de", "Il leur reste une centaine d'euros par mois.", [["une centaine d'euros", 100, "money:EUR", "about"]]],
  ["reads dépasse, frôle and estimé à", "Les arrivées dépassent les 30 000 et frôlent les 35 000; le manque est estimé à 2 millions.", [
    ["dépassent les 30 000", 30000, "count", "more_than"],
    ["frôlent les 35 000", 35000, "count", "nearly"],
    ["estimé à 2 millions", 2e6, "count", "about"],
  ]],
  ["reads a noun between the part and sur dix", "Sept visas sur dix ont été délivrés à des étudiants.", [["Sept visas sur dix", 70, "percent", "exact"]]],
  ["reads une dizaine and une quinzaine as about, deux dizaines as twenty", "Une dizaine de cadres et une quinzaine de soudeurs, soit deux dizaines d'hommes.", [
    ["Une dizaine", 10, "count", "about", { noun: "cadres" }],
    ["une quinzaine", 15, "count", "about", { noun: "soudeurs" }],
    ["deux dizaines", 20, "count", "exact"],
  ]],
  ["drops a year after a season when a noun follows", "À l'hiver 2025 soudeurs et maçons sont repartis.", []],
  ["reads pour atteindre after a change as the level it reaches", "Les effectifs ont été multipliés par six pour atteindre 9 000.", [
    ["six", 6, "fold", "exact"],
    ["9 000", 9000, "count", "exact", { changeRole: "to", direction: "up" }],
  ]],
  ["reads de A à B after a revising verb as a change", "Le ministère a corrigé son bilan de 3 400 à 3 900.", [
    ["3 400", 3400, "count", "exact", { changeRole: "from" }],
    ["3 900", 3900, "count", "exact", { changeRole: "to" }],
  ]],
]);
