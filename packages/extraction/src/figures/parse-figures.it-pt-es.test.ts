import { describeFigureCases } from "./testing.ts";

describeFigureCases("Italian", "it", [
  ["reads a dot as the thousands separator with circa", "Circa 15.000 lavoratori nordcoreani sono in Russia.", [
    ["Circa 15.000", 15000, "count", "about", { noun: "lavoratori nordcoreani" }],
  ]],
  ["reads an article between the qualifier and the percent", "Il regime trattiene oltre il 90% dei salari.", [
    ["oltre il 90%", 90, "percent", "more_than", { of: "salari" }],
  ]],
  ["reads milioni di as the noun it counts", "Mancano 1,5 milioni di lavoratori.", [["1,5 milioni", 1.5e6, "count", "exact", { noun: "lavoratori" }]]],
  ["reads mila after digits", "Sono arrivati 13 mila studenti.", [["13 mila", 13000, "count", "exact", { noun: "studenti" }]]],
  ["reads compound number words", "Tremila soldati e ventotto ufficiali.", [
    ["Tremila", 3000, "count", "exact", { noun: "soldati" }],
    ["ventotto", 28, "count", "exact", { noun: "ufficiali" }],
  ]],
  ["reads dodici volte after a change verb", "Gli arrivi sono aumentati di dodici volte.", [["dodici volte", 12, "fold", "exact", { direction: "up" }]]],
  ["reads ore", "Lavorano turni di 12 ore.", [["12 ore", 12, "hours", "exact", { leftNoun: "turni" }]]],
  ["reads a hyphen range of dollars", "Ricevono 100-200 dollari al mese.", [["100-200 dollari", [100, 200], "usd", "range"]]],
  ["reads tra ... e", "Tra 600.000 e 1 milione di persone.", [["Tra 600.000 e 1 milione", [600000, 1e6], "count", "range"]]],
  ["reads a change with passato da ... a", "Il numero è passato da 40.000 a 100.000.", [
    ["40.000", 40000, "count", "exact", { changeRole: "from" }],
    ["100.000", 100000, "count", "exact", { changeRole: "to" }],
  ]],
  ["reads decine di migliaia as vague", "Decine di migliaia di operai sono partiti.", [
    ["Decine di migliaia", [2e4, 99999], "count", "vague", { noun: "operai" }],
  ]],
  ["reads quasi, almeno and fino a", "Quasi 90 feriti, almeno 120 aziende, fino a 300 operai.", [
    ["Quasi 90", 90, "count", "nearly", { noun: "feriti" }],
    ["almeno 120", 120, "count", "at_least", { noun: "aziende" }],
    ["fino a 300", 300, "count", "up_to", { noun: "operai" }],
  ]],
  ["reads un terzo dei and uno su cinque", "Un terzo dei visti, uno su cinque studenti.", [
    ["Un terzo", 33.3, "percent", "exact", { of: "visti" }],
    ["uno su cinque", 20, "percent", "exact"],
  ]],
  ["does not read a third term as a fraction", "È il terzo mandato del presidente.", []],
  ["drops dates and resolution numbers", "Il 9 maggio 2025 la risoluzione 2397 è stata citata.", []],
  ["reads centinaia di milioni and qualche migliaio as vague", "Incassa centinaia di milioni di euro grazie a qualche migliaio di operai.", [
    ["centinaia di milioni di euro", [2e8, 999999999], "money:EUR", "vague"],
    ["qualche migliaio", [2000, 9999], "count", "vague", { noun: "operai" }],
  ]],
  ["reads dal ... al as a range", "Lo Stato trattiene dal 60 all'80% della paga.", [["dal 60 all'80%", [60, 80], "percent", "range"]]],
  ["reads stimata in, superano and sfiorano", "La carenza è stimata in 2 milioni; gli arrivi superano i 30.000 e sfiorano i 35mila.", [
    ["stimata in 2 milioni", 2e6, "count", "about"],
    ["superano i 30.000", 30000, "count", "more_than"],
    ["sfiorano i 35mila", 35000, "count", "nearly"],
  ]],
  ["reads una quarantina as about and due decine as twenty", "Una quarantina di saldatori e due decine di tecnici, più qualche decina di autisti.", [
    ["Una quarantina", 40, "count", "about", { noun: "saldatori" }],
    ["due decine", 20, "count", "exact"],
    ["qualche decina", [20, 99], "count", "vague", { noun: "autisti" }],
  ]],
  ["drops a year after a season and gives circa after it to the next number", "Dalla primavera 2025 circa 400 muratori lavorano lì.", [
    ["circa 400", 400, "count", "about", { noun: "muratori" }],
  ]],
  ["drops a year after dal with circa after it", "Dal 2023 circa 900 tecnici sono partiti.", [["circa 900", 900, "count", "about", { noun: "tecnici" }]]],
  ["drops a decade in words with a capital", "Già negli anni Settanta 60 tecnici erano partiti.", [["60", 60, "count", "exact", { noun: "tecnici" }]]],
  ["reads dai ... ai as a range", "Un saldatore incassa dai 300 ai 450 euro al mese.", [["dai 300 ai 450 euro", [300, 450], "money:EUR", "range"]]],
  ["reads fino a after a change verb as the end of the change", "Il totale è salito di cinque volte, fino a 9.000.", [
    ["cinque volte", 5, "fold", "exact"],
    ["9.000", 9000, "count", "exact", { changeRole: "to", direction: "up" }],
  ]],
  ["keeps fino a without a change verb as up to", "Scaricano fino a 300 casse.", [["fino a 300", 300, "count", "up_to"]]],
  ["reads da A a B after a revising verb as a change", "Il ministero ha rivisto il bilancio da 3.400 a 3.900.", [
    ["3.400", 3400, "count", "exact", { changeRole: "from" }],
    ["3.900", 3900, "count", "exact", { changeRole: "to" }],
  ]],
]);

describeFigureCases("Portuguese", "pt", [
  ["reads mil after digits with cerca de", "Cerca de 15 mil trabalhadores norte-coreanos estão na Rússia.", [
    ["Cerca de 15 mil", 15000, "count", "about", { noun: "trabalhadores norte-coreanos" }],
  ]],
  ["reads milhão de as the noun it counts", "Faltam 1,2 milhão de norte-coreanos no cálculo.", [
    ["1,2 milhão", 1.2e6, "count", "exact", { noun: "norte-coreanos" }],
  ]],
  ["reads a dot as the thousands separator", "A Rússia emitiu 8.600 vistos de estudante.", [["8.600", 8600, "count", "exact", { noun: "vistos" }]]],
  ["reads entre US$ e US$ as a dollar range", "Recebem entre US$ 100 e US$ 200 por mês.", [["entre US$ 100 e US$ 200", [100, 200], "usd", "range"]]],
  ["reads vezes after a change verb", "As entradas aumentaram 12 vezes.", [["12 vezes", 12, "fold", "exact", { direction: "up" }]]],
  ["reads horas", "Fazem turnos de 12 horas.", [["12 horas", 12, "hours", "exact"]]],
  ["reads mais de with a percent", "O regime fica com mais de 90% dos salários.", [["mais de 90%", 90, "percent", "more_than", { of: "salários" }]]],
  ["reads a change with passou de ... para", "O número passou de 40 mil para 100 mil.", [
    ["40 mil", 40000, "count", "exact", { changeRole: "from", direction: "up" }],
    ["100 mil", 100000, "count", "exact", { changeRole: "to" }],
  ]],
  ["reads três mil and um em cada cinco", "Três mil soldados, um em cada cinco feridos.", [
    ["Três mil", 3000, "count", "exact", { noun: "soldados" }],
    ["um em cada cinco", 20, "percent", "exact"],
  ]],
  ["reads dezenas de milhares as vague", "Dezenas de milhares de operários foram enviados.", [
    ["Dezenas de milhares", [2e4, 99999], "count", "vague", { noun: "operários" }],
  ]],
  ["reads quase and pelo menos", "Quase 90 feridos e pelo menos 120 empresas.", [
    ["Quase 90", 90, "count", "nearly", { noun: "feridos" }],
    ["pelo menos 120", 120, "count", "at_least", { noun: "empresas" }],
  ]],
  ["drops em 2024 and a date with de", "Em 2024, no dia 9 de maio de 2025, nada mudou.", []],
  ["drops an age between commas", "O desertor, 32 anos, disse que foi enganado.", []],
  ["reads centenas de milhões with the currency after de", "O regime arrecada centenas de milhões de dólares.", [
    ["centenas de milhões de dólares", [2e8, 999999999], "usd", "vague"],
  ]],
  ["reads entre os ... e os as a range", "O Estado fica com entre os 60% e os 80% da renda.", [["entre os 60% e os 80%", [60, 80], "percent", "range"]]],
  ["reads ultrapassou and beira with an article", "O total ultrapassou os 30 mil e beira os 35 mil.", [
    ["ultrapassou os 30 mil", 30000, "count", "more_than"],
    ["beira os 35 mil", 35000, "count", "nearly"],
  ]],
  ["reads uma quinzena as about and duas dezenas as twenty", "Uma quinzena de engenheiros e duas dezenas de soldadores.", [
    ["Uma quinzena", 15, "count", "about", { noun: "engenheiros" }],
    ["duas dezenas", 20, "count", "exact"],
  ]],
  ["reads a slash share before dos", "A empresa retém 2/3 dos ordenados.", [["2/3", 66.7, "percent", "exact", { of: "ordenados" }]]],
  ["drops a decade in words", "Desde a década de setenta, 50 técnicos vieram.", [["50", 50, "count", "exact", { noun: "técnicos" }]]],
  ["reads até after a doubling verb as the end of the change", "O efetivo dobrou, até 40 mil.", [
    ["dobrou", 2, "fold", "exact"],
    ["40 mil", 40000, "count", "exact", { changeRole: "to", direction: "up" }],
  ]],
]);

describeFigureCases("Spanish", "es", [
  ["reads alrededor de with a dot-grouped number", "Alrededor de 15.000 trabajadores norcoreanos están en Rusia.", [
    ["Alrededor de 15.000", 15000, "count", "about", { noun: "trabajadores norcoreanos" }],
  ]],
  ["reads más del with a percent", "El régimen se queda con más del 90% de los salarios.", [
    ["más del 90%", 90, "percent", "more_than", { of: "salarios" }],
  ]],
  ["reads millones de as the noun it counts", "Faltan 1,5 millones de trabajadores.", [["1,5 millones", 1.5e6, "count", "exact", { noun: "trabajadores" }]]],
  ["reads doce veces with más as a multiplier", "Llegaron doce veces más obreros.", [["doce veces", 12, "fold", "exact", { direction: "up" }]]],
  ["reads se multiplicaron por doce as a multiplier", "Las llegadas se multiplicaron por doce.", [["doce", 12, "fold", "exact", { direction: "up" }]]],
  ["reads entre ... y with dollars", "Cobran entre 100 y 200 dólares al mes.", [["entre 100 y 200 dólares", [100, 200], "usd", "range"]]],
  ["reads a change with pasó de ... a", "La cifra pasó de 40.000 a 100.000.", [
    ["40.000", 40000, "count", "exact", { changeRole: "from" }],
    ["100.000", 100000, "count", "exact", { changeRole: "to" }],
  ]],
  ["reads treinta y cinco", "Murieron treinta y cinco personas.", [["treinta y cinco", 35, "count", "exact", { noun: "personas" }]]],
  ["reads unos and casi", "Unos 3.000 soldados y casi 90 heridos.", [
    ["Unos 3.000", 3000, "count", "about", { noun: "soldados" }],
    ["casi 90", 90, "count", "nearly", { noun: "heridos" }],
  ]],
  ["reads dos tercios de and uno de cada cinco", "Dos tercios de los visados, uno de cada cinco obreros.", [
    ["Dos tercios", 66.7, "percent", "exact", { of: "visados" }],
    ["uno de cada cinco", 20, "percent", "exact"],
  ]],
  ["reads decenas de miles as vague", "Decenas de miles de obreros fueron enviados.", [
    ["Decenas de miles", [2e4, 99999], "count", "vague", { noun: "obreros" }],
  ]],
  ["reads mil millones as a billion and the currency after de", "El acuerdo vale 2 mil millones de dólares.", [
    ["2 mil millones de dólares", 2e9, "usd", "exact"],
  ]],
  ["drops a date with de and a resolution number", "El 9 de mayo de 2025, según la resolución 2397.", []],
  ["reads cientos de millones as vague and miles de millones as billions", "Gana cientos de millones de dólares; el comercio suma miles de millones de rublos.", [
    ["cientos de millones de dólares", [2e8, 999999999], "usd", "vague"],
    ["miles de millones de rublos", [2e9, 9999999999], "money:RUB", "vague"],
  ]],
  ["reads entre el ... y el and del ... al as ranges", "El Estado retiene entre el 60 % y el 80 % del sueldo, del 60 al 80 % según la obra.", [
    ["entre el 60 % y el 80 %", [60, 80], "percent", "range"],
    ["del 60 al 80 %", [60, 80], "percent", "range"],
  ]],
  ["reads rondan, superan and estimado en", "Las bajas rondan las 3.500 y superan los 3.000; el déficit, estimado en 2 millones.", [
    ["rondan las 3.500", 3500, "count", "about"],
    ["superan los 3.000", 3000, "count", "more_than"],
    ["estimado en 2 millones", 2e6, "count", "about"],
  ]],
  ["reads a noun between the part and de cada diez", "Ocho empresas de cada diez lo confirman.", [["Ocho empresas de cada diez", 80, "percent", "exact"]]],
  ["reads una veintena as about and tres decenas as thirty", "Una veintena de soldadores y tres decenas de técnicos.", [
    ["Una veintena", 20, "count", "about", { noun: "soldadores" }],
    ["tres decenas", 30, "count", "exact"],
  ]],
  ["drops a decade and an article number written in words", "En los años ochenta, según el artículo siete, 40 ingenieros se quedaron.", [
    ["40", 40, "count", "exact", { noun: "ingenieros" }],
  ]],
  ["reads hasta after a multiplying verb and its size as the end of the change", "El censo se multiplicó por diez, hasta 20.000.", [
    ["diez", 10, "fold", "exact", { changeRole: "by" }],
    ["20.000", 20000, "count", "exact", { changeRole: "to", direction: "up" }],
  ]],
  ["reads hasta alcanzar as the level a change reaches", "Las cifras crecieron un 40% hasta alcanzar 7.000.", [
    ["40%", 40, "percent", "exact"],
    ["7.000", 7000, "count", "exact", { changeRole: "to", direction: "up" }],
  ]],
  ["keeps hasta without a change verb as up to", "Descargan hasta 300 cajas.", [["hasta 300", 300, "count", "up_to"]]],
  ["reads de A a B after a revising verb as a change", "El ministerio corrigió su balance de 3.400 a 3.900.", [
    ["3.400", 3400, "count", "exact", { changeRole: "from" }],
    ["3.900", 3900, "count", "exact", { changeRole: "to" }],
  ]],
  ["reads 1/4 de final as a cup round, not a share", "El club cayó en 1/4 de final.", []],
]);
