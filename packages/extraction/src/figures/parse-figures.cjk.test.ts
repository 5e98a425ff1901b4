import { describeFigureCases } from "./testing.ts";

describeFigureCases("Korean", "ko", [
  ["reads 1만5천 with 약 and the noun before its particle", "정보당국은 러시아에 파견된 노동자는 약 1만5천 명이라고 밝혔다.", [
    ["약 1만5천 명", 15000, "count", "about", { noun: "노동자" }],
  ]],
  ["reads a myriad with digits after a space", "현지 공사장에는 1만 5000명이 일한다.", [["1만 5000명", 15000, "count", "exact"]]],
  ["reads 여 after the number as more than", "올해 1만 3천여 명이 추가로 들어왔다.", [["1만 3천여 명", 13000, "count", "more_than"]]],
  ["reads 이상 after a percent as at least", "당국이 임금의 90% 이상을 가져간다.", [["90% 이상", 90, "percent", "at_least"]]],
  ["reads a dollar range with a tilde", "노동자에게는 월 100~200달러가 남는다.", [["100~200달러", [100, 200], "usd", "range"]]],
  ["reads 배 as a multiplier with the change after it", "입국자가 12배로 늘었다.", [["12배", 12, "fold", "exact", { direction: "up" }]]],
  ["reads 시간 as hours", "노동자들은 하루 18시간 일한다.", [["18시간", 18, "hours", "exact"]]],
  ["reads native numerals before a counter", "열두 시간 교대에 임금은 두 배가 됐다.", [
    ["열두 시간", 12, "hours", "exact"],
    ["두 배", 2, "fold", "exact"],
  ]],
  ["reads 만 명 as ten thousands", "인력 부족은 150만 명에 이른다.", [["150만 명", 1.5e6, "count", "exact"]]],
  ["reads 수만 as vague with the noun after 의", "수만 명의 노동자가 국경을 넘었다.", [
    ["수만 명", [2e4, 99999], "count", "vague", { noun: "노동자" }],
  ]],
  ["reads 에서 ... 으로 as a change", "입국자는 4만 명에서 10만 명으로 늘었다.", [
    ["4만 명", 40000, "count", "exact", { changeRole: "from", direction: "up" }],
    ["10만 명", 100000, "count", "exact", { changeRole: "to" }],
  ]],
  ["reads 10명 중 9명 and 3분의 1 as shares", "노동자 10명 중 9명, 비자의 3분의 1.", [
    ["10명 중 9명", 90, "percent", "exact"],
    ["3분의 1", 33.3, "percent", "exact"],
  ]],
  ["reads won after a number", "한 달 임금은 50만 원 정도다.", [["50만 원 정도", 500000, "money:KRW", "about"]]],
  ["drops years, dates, resolution numbers and ages", "2024년 5월 9일 안보리 결의 2397호를 어긴 32세 탈북자가 제2 공장에서 일했다.", []],
  ["drops clock times but keeps durations", "오후 3시에 시작해 12시간 동안 일했다.", [["12시간", 12, "hours", "exact"]]],
  ["reads native numeral spans as ranges", "현장 인부들은 한 달에 한두 번 쉬고, 방마다 서너 명이 잔다.", [
    ["한두 번", [1, 2], "count", "range"],
    ["서너 명", [3, 4], "count", "range"],
  ]],
  ["reads 할 as tenths, on both ends of a range, and keeps 규모 from hedging a vague amount", "당국이 임금의 7~9할을 떼고, 수만 명 규모의 인력을 보낸다.", [
    ["7~9할", [70, 90], "percent", "range"],
    ["수만 명 규모", [2e4, 99999], "count", "vague"],
  ]],
  ["reads a span of days but masks a span of dates", "이들은 1~2일 쉬었고 회의는 6월 3~4일 열렸다.", [["1~2일", [1, 2], "days", "range"]]],
  ["reads 넘어선 after a particle and 수준 as about", "사상자가 7천 명을 넘어섰고 임금은 세 배 수준이다.", [
    ["7천 명을 넘어섰", 7000, "count", "more_than"],
    ["세 배 수준", 3, "fold", "about"],
  ]],
  ["reads 에서 between two figures as a range when no change follows", "용접공은 월 300달러에서 450달러를 받고, 인원은 2만 명에서 3만 명으로 늘었다.", [
    ["300달러에서 450달러", [300, 450], "usd", "range"],
    ["2만 명", 20000, "count", "exact", { changeRole: "from", direction: "up" }],
    ["3만 명", 30000, "count", "exact", { changeRole: "to", direction: "up" }],
  ]],
]);

describeFigureCases("Japanese", "ja", [
  ["reads 1万5千人 with 約 and the noun before は", "派遣された北朝鮮の労働者は約1万5千人に上る。", [
    ["約1万5千人", 15000, "count", "about", { noun: "労働者" }],
  ]],
  ["reads the noun after の", "1万人の労働者が到着した。", [["1万人", 10000, "count", "exact", { noun: "労働者" }]]],
  ["reads 倍 with the change after it", "入国者は前年の12倍に増えた。", [["12倍", 12, "fold", "exact", { direction: "up" }]]],
  ["reads 割 as tenths of a percent", "賃金の9割以上を政権が取る。", [["9割以上", 90, "percent", "at_least"]]],
  ["reads a dollar range with a wave dash", "手元に残るのは月100～200ドルだ。", [["100～200ドル", [100, 200], "usd", "range"]]],
  ["reads 時間 and Han numerals", "彼らは十二時間働く。", [["十二時間", 12, "hours", "exact"]]],
  ["reads 超 and 余 as more than", "1万5000人超が働き、百余人が帰国した。", [
    ["1万5000人超", 15000, "count", "more_than"],
    ["百余人", 100, "count", "more_than"],
  ]],
  ["reads 数万 as vague", "数万人が国境を越えた。", [["数万人", [2e4, 99999], "count", "vague"]]],
  ["reads から ... に as a change", "入国者は4万人から10万人に増えた。", [
    ["4万人", 40000, "count", "exact", { changeRole: "from" }],
    ["10万人", 100000, "count", "exact", { changeRole: "to" }],
  ]],
  ["reads 3分の1 and 10人に1人 as shares", "留学生の3分の1、つまり10人に1人だ。", [
    ["3分の1", 33.3, "percent", "exact"],
    ["10人に1人", 10, "percent", "exact"],
  ]],
  ["drops years, dates, resolution numbers and ages", "2024年5月9日、決議2397号に触れた32歳の男性が第2工場で働いた。", []],
  ["does not read 一部 or 十分 as numbers", "一部の企業は十分な人手がない。", []],
  ["reads full-width digits and keeps the text as written", "労働者は約１万５千人、賃金の９割以上。", [
    ["約１万５千人", 15000, "count", "about", { noun: "労働者" }],
    ["９割以上", 90, "percent", "at_least"],
  ]],
  ["reads 割 on both ends of a range", "政権は賃金の6～8割を吸い上げる。", [["6～8割", [60, 80], "percent", "range"]]],
  ["reads a span of days but masks a span of dates", "休みは月に2～3日ほどで、会合は7月3～4日だった。", [["2～3日ほど", [2, 3], "days", "range"]]],
  ["reads 北朝鮮ウォン as KPW", "月給は100万～200万北朝鮮ウォンだ。", [["100万～200万北朝鮮ウォン", [1e6, 2e6], "money:KPW", "range"]]],
  ["reads 規模 after a count as about", "1万2000人規模の部隊が動いた。", [["1万2000人規模", 12000, "count", "about"]]],
]);

describeFigureCases("Chinese", "zh", [
  ["reads 1.5万名 with 约 and the noun after the counter", "据称约1.5万名朝鲜工人被派往俄罗斯。", [
    ["约1.5万名", 15000, "count", "about", { noun: "朝鲜工人" }],
  ]],
  ["reads Han numerals with 万 and 千", "一万五千名工人抵达远东。", [["一万五千名", 15000, "count", "exact", { noun: "工人" }]]],
  ["reads 倍 after a change verb", "入境人数增长了12倍。", [["12倍", 12, "fold", "exact", { direction: "up" }]]],
  ["reads 九成以上 as at least 90 percent", "政权拿走九成以上的工资。", [["九成以上", 90, "percent", "at_least"]]],
  ["reads a range with 至", "工人每月只剩100至200美元。", [["100至200美元", [100, 200], "usd", "range"]]],
  ["reads 百余 and 两倍", "百余人回国，工资涨了两倍。", [
    ["百余人", 100, "count", "more_than"],
    ["两倍", 2, "fold", "exact", { direction: "up" }],
  ]],
  ["reads 十二小时", "他们每天工作十二小时。", [["十二小时", 12, "hours", "exact"]]],
  ["reads 数万 as vague", "数万名工人离开了。", [["数万名", [2e4, 99999], "count", "vague", { noun: "工人" }]]],
  ["reads 增至 as a change", "人数从4万人增至10万人。", [
    ["4万人", 40000, "count", "exact", { changeRole: "from", direction: "up" }],
    ["10万人", 100000, "count", "exact", { changeRole: "to" }],
  ]],
  ["reads 三分之一 and 百分之九十 as shares", "三分之一的签证，百分之九十的工资。", [
    ["三分之一", 33.3, "percent", "exact"],
    ["百分之九十", 90, "percent", "exact"],
  ]],
  ["reads 超过 with a company counter", "超过120家公司雇用他们。", [["超过120家", 120, "count", "more_than", { noun: "公司" }]]],
  ["reads yuan after a number and the yen sign as yuan", "月薪3000元，另有¥500补贴。", [
    ["3000元", 3000, "money:CNY", "exact"],
    ["¥500", 500, "money:CNY", "exact"],
  ]],
  ["drops years, dates, resolution numbers and ages", "2024年5月9日，第2397号决议提到一名32岁的脱北者。", []],
  ["does not read 统一 or 十分 as numbers", "统一的标准十分重要。", []],
  ["reads two neighbouring numerals as a range", "他们每周只休一两天，工地上有两三千人，另有三四百名工人。", [
    ["一两天", [1, 2], "days", "range"],
    ["两三千人", [2000, 3000], "count", "range"],
    ["三四百名", [300, 400], "count", "range", { noun: "工人" }],
  ]],
  ["keeps 余 after the number when 仅 stands before it", "注册入学的仅两百余人。", [["仅两百余人", 200, "count", "more_than"]]],
  ["reads 至少有 and a bare 万 or 千 after a hedge", "至少有90家工厂，雇用逾万人，另有近千名学生。", [
    ["至少有90家", 90, "count", "at_least", { noun: "工厂" }],
    ["逾万人", 10000, "count", "more_than"],
    ["近千名", 1000, "count", "nearly", { noun: "学生" }],
  ]],
  ["does not read 万 or 千 without a hedge", "千万不要相信万人空巷的说法。", []],
  ["reads 抵得上 as a ratio and 朝鲜圆 as KPW", "一名焊工抵得上三名本地工人，月薪100万朝鲜圆以上。", [
    ["三名", 3, "ratio", "exact"],
    ["100万朝鲜圆以上", 1e6, "money:KPW", "at_least"],
  ]],
  ["reads 数以万计 and 数以千计 as vague", "数以万计的工人和数以千计的学生。", [
    ["数以万计", [2e4, 99999], "count", "vague"],
    ["数以千计", [2e3, 9999], "count", "vague"],
  ]],
  ["reads spelled-out myriads with no counter, but not 千万 as an adverb", "建筑业缺口约为三百二十万，千万不可忽视。", [["约为三百二十万", 3.2e6, "count", "about"]]],
  ["reads a range of Han numerals that share one counter", "焊工每月拿三百至四百五十美元。", [["三百至四百五十美元", [300, 450], "usd", "range"]]],
]);
