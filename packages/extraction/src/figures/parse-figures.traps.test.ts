import { describeFigureCases } from "./testing.ts";

// Traps found on longer coverage: each sentence is written for this test.
describeFigureCases("traps in English", "en", [
  ["reads a range whose upper end is hedged", "Crews range from eight to about 120 people.", [
    ["from eight to about 120", [8, 120], "count", "range"],
  ]],
  ["does not join percentage points and a percent into a range", "Joblessness fell 4 percentage points to about 7 per cent.", [
    ["4 percentage points", 4, "percent", "exact", { isPercentagePoints: true, direction: "down" }],
    ["about 7 per cent", 7, "percent", "about"],
  ]],
  ["reads a range of number words with and", "They keep between a hundred and two hundred dollars a month.", [
    ["between a hundred and two hundred dollars", [100, 200], "usd", "range"],
  ]],
  ["reads worth as a ratio", "Managers call them worth two Russians apiece.", [["two", 2, "ratio", "exact", { noun: "Russians" }]]],
  ["reads a glued m as metres unless money or a noun makes it millions", "The 500m (1,640ft) tower cost $5m and houses 5m records.", [
    ["$5m", 5e6, "usd", "exact"],
    ["5m", 5e6, "count", "exact", { noun: "records" }],
  ]],
  ["reads exceeds as more than", "Officials say the number exceeds 20,000.", [["exceeds 20,000", 20000, "count", "more_than"]]],
  ["reads a fraction a verb follows", "About a third said they came on student visas.", [["About a third", 33.3, "percent", "about"]]],
  ["reads twice what as a multiplier", "Pay is about twice what it was.", [["about twice", 2, "fold", "about"]]],
  ["keeps the sentence out of a figure that ends a sentence", "The gap could reach 2.4 million. Officials disagree.", [
    ["2.4 million", 2.4e6, "count", "exact"],
  ]],
  ["does not read a capitalised word that ends a sentence as a label", "Visas went up, the Education Ministry said. Only 130 of those holders enrolled.", [
    ["Only 130", 130, "count", "exact", { of: "holders" }],
  ]],
  ["drops a year cut after an apostrophe", "Arrivals peaked in '19 at 30,000.", [["30,000", 30000, "count", "exact"]]],
]);

describeFigureCases("traps in other European languages: Russian", "ru", [
  ["reads a four-digit count that a noun follows", "На стройке работают 2000 рабочих из КНДР.", [["2000", 2000, "count", "exact", { noun: "рабочих" }]]],
  ["reads a four-digit year after в", "В 2000 году рабочих было меньше.", []],
  ["reads a preposition between the qualifier and the number", "Разведка говорит примерно о 15 тысячах рабочих.", [
    ["примерно о 15 тысячах", 15000, "count", "about", { noun: "рабочих" }],
  ]],
  ["reads полутора миллионов", "Не хватает полутора миллионов человек.", [["полутора миллионов", 1.5e6, "count", "exact"]]],
  ["reads a multiplier adjective", "Эксперты говорят о двенадцатикратном росте въездов.", [["двенадцатикратном", 12, "fold", "exact"]]],
  ["reads превысило as more than", "Число рабочих превысило 20 тысяч человек.", [["превысило 20 тысяч", 20000, "count", "more_than"]]],
  ["reads a collective numeral", "Двое солдат попали в плен.", [["Двое", 2, "count", "exact", { noun: "солдат" }]]],
  ["drops a duration in years", "Контракт заключают на три года, а работают 18 месяцев.", []],
]);

describeFigureCases("traps in other European languages: Ukrainian", "uk", [
  ["keeps the sentence dot out of a scale abbreviation", "Дефіцит може сягнути 2,4 млн. Війна посилює його.", [["2,4 млн", 2.4e6, "count", "exact"]]],
]);

describeFigureCases("traps in other European languages: Italian", "it", [
  ["reads a range with articles inside", "Guadagnano tra i 100 e i 200 dollari al mese.", [["tra i 100 e i 200 dollari", [100, 200], "usd", "range"]]],
  ["reads a word for further between the qualifier and the number", "Mosca ne ha ricevuti almeno altri 4.000 soldati.", [
    ["almeno altri 4.000", 4000, "count", "at_least", { noun: "soldati" }],
  ]],
  ["reads a currency after milioni di", "Il contratto vale 3 milioni di rubli.", [["3 milioni di rubli", 3e6, "money:RUB", "exact"]]],
  ["drops a year after a month, a clock time after alle, a decade after anni and ordinal marks", "Il 3 marzo 2025 alle 9.45, negli anni '90 e negli anni 80, la 5ª brigata e il 2° reparto: circa 1.200 operai.", [
    ["circa 1.200", 1200, "count", "about", { noun: "operai" }],
  ]],
]);

describeFigureCases("traps in other European languages: French", "fr", [
  ["reads les trois quarts in quotes", "Le régime prend « les trois quarts » du salaire.", [["trois quarts", 75, "percent", "exact"]]],
  ["reads a currency after millions d'", "Le chantier coûte 2,3 millions d'euros.", [["2,3 millions d'euros", 2.3e6, "money:EUR", "exact"]]],
]);

describeFigureCases("traps in other European languages: Portuguese and Spanish", "pt", [
  ["reads passa de and ao menos", "O total passa de 17 mil e ao menos 180 empresas os contratam.", [
    ["passa de 17 mil", 17000, "count", "more_than"],
    ["ao menos 180", 180, "count", "at_least", { noun: "empresas" }],
  ]],
  ["reads vezes with a plural comparative", "Os salários são 12 vezes maiores.", [["12 vezes", 12, "fold", "exact"]]],
]);

describeFigureCases("traps in Spanish", "es", [
  ["reads rinde como as a ratio", "Un alicatador norcoreano rinde como dos obreros rusos.", [["dos", 2, "ratio", "exact", { noun: "obreros rusos" }]]],
  ["drops a year after a month with de, a time after a las, and 8.ª", "El 3 de marzo de 2025, a las 9.45, la 8.ª brigada llegó con 1.200 obreros.", [
    ["1.200", 1200, "count", "exact", { noun: "obreros" }],
  ]],
]);

describeFigureCases("traps in Korean, Japanese and Chinese", "ko", [
  ["reads 을 넘는다 after a counter as more than", "고용 기업은 160곳을 넘는다.", [["160곳을 넘는", 160, "count", "more_than"]]],
  ["reads 몫 after a counter as a ratio", "북한 타일공 한 명이 러시아 노동자 두 명 몫을 한다.", [["두 명 몫", 2, "ratio", "exact"]]],
  ["drops a duration in months", "계약은 6개월이다.", []],
]);

describeFigureCases("traps in Japanese", "ja", [
  ["reads を超える and に満たない", "300人を超える労働者が、賃金の1割に満たない額を受け取る。", [
    ["300人を超える", 300, "count", "more_than"],
    ["1割に満たない", 10, "percent", "less_than"],
  ]],
  ["reads 人分 as a ratio", "北朝鮮の作業員はロシア人労働者2人分の仕事をする。", [["2人分", 2, "ratio", "exact"]]],
  ["drops 回目 as an ordinal", "3回目の派遣で200人が到着した。", [["200人", 200, "count", "exact"]]],
]);

describeFigureCases("traps in Chinese", "zh", [
  ["reads 顶 as a ratio", "一名朝鲜瓦工能顶两名俄罗斯工人。", [["两名", 2, "ratio", "exact"]]],
  ["reads 约为 as about", "工人拿到的比例约为八成。", [["约为八成", 80, "percent", "about"]]],
]);

describeFigureCases("more forms in English", "en", [
  ["reads could triple as a multiplier", "The workforce could triple before the decade ends.", [["triple", 3, "fold", "exact"]]],
  ["reads a slash share before of, and no round-the-clock or date slash", "Brokers take 2/5 of pay; the hotline runs 24/7 since 11/03/2025.", [
    ["2/5", 40, "percent", "exact", { of: "pay" }],
  ]],
]);

describeFigureCases("more forms in Spanish", "es", [
  ["reads por ciento", "El Estado retiene el 90 por ciento de los salarios.", [["90 por ciento", 90, "percent", "exact", { of: "salarios" }]]],
]);

describeFigureCases("more forms in Portuguese", "pt", [
  ["reads a real sign and mil", "Cada um recebe algo como R$ 4 mil por mês.", [["algo como R$ 4 mil", 4000, "money:BRL", "about"]]],
]);

describeFigureCases("more forms in German", "de", [
  ["reads etwa and über", "Sie arbeiten etwa 12 Stunden in über 300 Firmen.", [
    ["etwa 12 Stunden", 12, "hours", "about"],
    ["über 300", 300, "count", "more_than", { noun: "Firmen" }],
  ]],
  ["drops an ordinal written with a dot but keeps a number ending a sentence", "Die 4. Brigade kam zum 3. Mal. Es waren 9. Die Lage blieb ruhig.", [["9", 9, "count", "exact"]]],
]);

describeFigureCases("more forms in French", "fr", [
  ["reads quelque", "Quelque 3 000 soldats sont arrivés.", [["Quelque 3 000", 3000, "count", "about", { noun: "soldats" }]]],
]);

describeFigureCases("more forms in Japanese", "ja", [
  ["reads yen and 近く", "月給は約15万円で、1万人近くが働く。", [
    ["約15万円", 150000, "money:JPY", "about"],
    ["1万人近く", 10000, "count", "nearly"],
  ]],
]);

describeFigureCases("more forms in Chinese", "zh", [
  ["reads 多达 and 近", "多达5万名工人，近90人受伤。", [
    ["多达5万名", 50000, "count", "up_to", { noun: "工人" }],
    ["近90人", 90, "count", "nearly"],
  ]],
  ["reads a digit before 成", "工人只拿到1成，政权拿走9成。", [
    ["1成", 10, "percent", "exact"],
    ["9成", 90, "percent", "exact"],
  ]],
]);
