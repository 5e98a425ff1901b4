import { describeFigureCases } from "./testing.ts";

describeFigureCases("Russian", "ru", [
  ["reads тысяч after digits with около", "По оценке разведки, в Россию приехали около 15 тысяч рабочих из КНДР.", [
    ["около 15 тысяч", 15000, "count", "about", { noun: "рабочих" }],
  ]],
  ["reads тыс. and a space-grouped number", "Дефицит кадров достиг 1,5 млн человек, а в Приморье работают 13 000 мигрантов.", [
    ["1,5 млн", 1.5e6, "count", "exact", { noun: "человек" }],
    ["13 000", 13000, "count", "exact", { noun: "мигрантов" }],
  ]],
  ["reads a range with the scale word on the right end only", "Им платят от 70 до 90 тыс. рублей в месяц.", [
    ["от 70 до 90 тыс. рублей", [70000, 90000], "money:RUB", "range"],
  ]],
  ["reads в 12 раз as a multiplier", "Число въездов выросло в 12 раз.", [
    ["12 раз", 12, "fold", "exact", { direction: "up", changeRole: "by" }],
  ]],
  ["reads 12 раз without в as a count of times", "Министр упомянул Пхеньян 12 раз.", [["12", 12, "count", "exact", { noun: "раз" }]]],
  ["reads в 2,5 раза with a decimal comma", "Зарплаты выросли в 2,5 раза.", [["2,5 раза", 2.5, "fold", "exact", { direction: "up" }]]],
  ["reads a percent with более", "Государство забирает более 90% заработка.", [["более 90%", 90, "percent", "more_than"]]],
  ["reads процентов with на as the amount of a change", "Экспорт сократился на 35 процентов.", [
    ["35 процентов", 35, "percent", "exact", { direction: "down", changeRole: "by" }],
  ]],
  ["reads hours", "Смена длится 18 часов без перерыва.", [["18 часов", 18, "hours", "exact"]]],
  ["reads a hyphenated hour modifier", "Им установили 12-часовой рабочий день.", [["12-часовой", 12, "hours", "exact", { modifies: "рабочий день" }]]],
  ["reads genitive number words as a ratio after работу", "Один кореец выполняет работу двух россиян.", [
    ["двух", 2, "ratio", "exact", { noun: "россиян" }],
  ]],
  ["reads number words with a scale", "Около двух тысяч солдат вернулись домой.", [["Около двух тысяч", 2000, "count", "about", { noun: "солдат" }]]],
  ["reads двенадцать", "Погибли двенадцать человек.", [["двенадцать", 12, "count", "exact", { noun: "человек" }]]],
  ["reads полтора миллиона", "Не хватает полтора миллиона работников.", [["полтора миллиона", 1.5e6, "count", "exact"]]],
  ["reads десятки тысяч as vague", "Десятки тысяч северокорейцев работают на стройках.", [
    ["Десятки тысяч", [2e4, 99999], "count", "vague", { noun: "северокорейцев" }],
  ]],
  ["reads почти and не менее", "Ранены почти 90 человек, не менее 120 компаний нанимают корейцев.", [
    ["почти 90", 90, "count", "nearly", { noun: "человек" }],
    ["не менее 120", 120, "count", "at_least", { noun: "компаний" }],
  ]],
  ["reads свыше with a scale", "Свыше 300 строителей ждут визы.", [["Свыше 300", 300, "count", "more_than", { noun: "строителей" }]]],
  ["reads a change with с ... до", "Число мигрантов выросло с 40 до 100 тысяч.", [
    ["40", 40000, "count", "exact", { changeRole: "from", direction: "up" }],
    ["100 тысяч", 100000, "count", "exact", { changeRole: "to", direction: "up" }],
  ]],
  ["reads до after a change verb as the end of the change, not as up to", "Их число выросло до 15 тысяч.", [
    ["15 тысяч", 15000, "count", "exact", { changeRole: "to" }],
  ]],
  ["reads до as the end of a change when the size of the change comes between", "Число приезжих выросло в 12 раз, до 15 тысяч.", [
    ["12 раз", 12, "fold", "exact"],
    ["15 тысяч", 15000, "count", "exact", { changeRole: "to", direction: "up" }],
  ]],
  ["reads две трети and девять из десяти", "Две трети виз получили студенты, девять из десяти работают.", [
    ["Две трети", 66.7, "percent", "exact", { form: "fraction" }],
    ["девять из десяти", 90, "percent", "exact"],
  ]],
  ["reads каждый пятый", "Каждый пятый рабочий трудится в строительстве.", [["Каждый пятый", 20, "percent", "exact"]]],
  ["reads половину but not the first half of the year", "Половину зарплаты забирают, а в первой половине года приток вырос.", [
    ["Половину", 50, "percent", "exact"],
  ]],
  ["drops years written with году and г.", "В 2024 году выдали визы, а к 2030 г. спрос вырастет.", []],
  ["drops dates with month names", "Парад прошёл 9 мая, соглашение подписали 13 сентября 2023 года.", []],
  ["drops ordinals with a hyphenated ending", "2-й батальон прибыл в 1990-х, а 5-я рота позже.", []],
  ["drops resolution numbers and article numbers", "Резолюция 2397 и статья 5 договора остаются в силе.", []],
  ["drops ages in an age range", "Призывали мужчин в возрасте от 20 до 45 лет.", []],
  ["reads dollar currency words and keeps the rouble amount apart", "Работник получает 45 000 рублей (480 долларов).", [
    ["45 000 рублей", 45000, "money:RUB", "exact"],
    ["480 долларов", 480, "usd", "exact"],
  ]],
  ["reads a plain four-digit count above the year range", "В прошлом году выдано 8600 студенческих виз.", [
    ["8600", 8600, "count", "exact", { noun: "студенческих виз" }],
  ]],
  ["reads a scale word in the dative", "Помощь оказана почти 2 миллионам беженцев.", [
    ["почти 2 миллионам", 2e6, "count", "nearly", { noun: "беженцев" }],
  ]],
  ["reads из них as the whole a figure belongs to", "Из 8600 студентов лишь 130 из них учатся в вузах.", [
    ["8600", 8600, "count", "exact", { noun: "студентов" }],
    ["лишь 130", 130, "count", "exact", { of: "них" }],
  ]],
  ["reads сотни миллионов and несколько миллионов as vague with the currency", "Режим получает сотни миллионов долларов, рабочие несколько миллионов рублей.", [
    ["сотни миллионов долларов", [2e8, 999999999], "usd", "vague"],
    ["несколько миллионов рублей", [2e6, 9999999], "money:RUB", "vague"],
  ]],
  ["reads работает за as a ratio", "Один сварщик работает за трех местных.", [["трех", 3, "ratio", "exact"]]],
  ["reads десяток as ten and a hyphenated thousand adjective as a scale", "Около трех десятков фирм прислали 8-тысячный отряд и полтора десятка инженеров.", [
    ["Около трех десятков", 30, "count", "about", { noun: "фирм" }],
    ["8-тысячный", 8000, "count", "exact", { noun: "отряд" }],
    ["полтора десятка", 15, "count", "exact", { noun: "инженеров" }],
  ]],
  ["drops a year after a season or a month in the prepositional", "Осенью 2024 строители уехали, а в марте 2025 вернулись.", []],
  ["reads a slash share before a genitive, but not a cup round", "Посредник удерживает 3/4 выплат; команда дошла до 1/8 финала.", [
    ["3/4", 75, "percent", "exact"],
  ]],
  ["reads с A до B after a revising verb as a change", "Ведомство уточнило прогноз с 40 до 45 тысяч.", [
    ["40", 40000, "count", "exact", { changeRole: "from" }],
    ["45 тысяч", 45000, "count", "exact", { changeRole: "to" }],
  ]],
  ["reads 1/4 and 1/2 before финала as cup rounds, not shares", "Клуб дошёл до 1/4 финала, соперник выбыл в 1/2 финала.", []],
]);

describeFigureCases("Ukrainian", "uk", [
  ["reads тисяч with близько", "До Росії прибули близько 15 тисяч північнокорейських робітників.", [
    ["близько 15 тисяч", 15000, "count", "about", { noun: "північнокорейських робітників" }],
  ]],
  ["reads у 12 разів as a multiplier", "Кількість в'їздів зросла у 12 разів.", [["12 разів", 12, "fold", "exact", { direction: "up" }]]],
  ["reads понад with a percent", "Режим забирає понад 90% зарплати.", [["понад 90%", 90, "percent", "more_than"]]],
  ["reads a dollar range with від ... до", "Робітникам лишається від 100 до 200 доларів на місяць.", [
    ["від 100 до 200 доларів", [100, 200], "usd", "range"],
  ]],
  ["reads годин", "Зміни тривають по 12 годин.", [["12 годин", 12, "hours", "exact"]]],
  ["reads apostrophe number words written with a typographic apostrophe", "Загинули п’ять людей, поранено дев'ятнадцять.", [
    ["п’ять", 5, "count", "exact", { noun: "людей" }],
    ["дев'ятнадцять", 19, "count", "exact"],
  ]],
  ["reads півтора мільйона", "Бракує півтора мільйона працівників.", [["півтора мільйона", 1.5e6, "count", "exact", { noun: "працівників" }]]],
  ["reads десятки тисяч as vague", "Десятки тисяч солдатів відправили на фронт.", [["Десятки тисяч", [2e4, 99999], "count", "vague"]]],
  ["reads майже and щонайменше", "Поранено майже 90 людей, щонайменше 12 загинули.", [
    ["майже 90", 90, "count", "nearly", { noun: "людей" }],
    ["щонайменше 12", 12, "count", "at_least"],
  ]],
  ["reads дев'ять з десяти", "Дев'ять з десяти фірм скаржаться на брак кадрів.", [["Дев'ять з десяти", 90, "percent", "exact"]]],
  ["reads a scale word in the dative and instrumental", "Склади відповідають приблизно 8 мільйонам снарядів, а борги вимірюються 3 тисячами гривень.", [
    ["приблизно 8 мільйонам", 8e6, "count", "about", { noun: "снарядів" }],
    ["3 тисячами гривень", 3000, "money:UAH", "exact"],
  ]],
  ["drops years and dates", "У 2024 році, 9 травня, ухвалили резолюцію 2397.", []],
  ["reads десятки мільйонів as vague", "Ідеться про десятки мільйонів доларів.", [["десятки мільйонів доларів", [2e7, 99999999], "usd", "vague"]]],
  ["reads перевищили as more than", "Втрати вже перевищили 7 тисяч.", [["перевищили 7 тисяч", 7000, "count", "more_than"]]],
  ["reads працює за as a ratio", "Один зварник працює за трьох місцевих.", [["трьох", 3, "ratio", "exact"]]],
  ["reads десяток as ten and a hyphenated thousand adjective as a scale", "Близько трьох десятків фірм і 8-тисячний загін.", [
    ["Близько трьох десятків", 30, "count", "about", { noun: "фірм" }],
    ["8-тисячний", 8000, "count", "exact", { noun: "загін" }],
  ]],
  ["drops a year after a season or a month in the locative", "Восени 2024 зварники поїхали, у квітні 2025 повернулися.", []],
  ["reads з A до B after a revising verb as a change", "Відомство переглянуло прогноз з 40 до 45 тисяч.", [
    ["40", 40000, "count", "exact", { changeRole: "from" }],
    ["45 тисяч", 45000, "count", "exact", { changeRole: "to" }],
  ]],
  ["reads 1/4 before фіналу as a cup round, not a share", "Збірна пробилася до 1/4 фіналу.", []],
]);
