// Generic linguistic machinery, per language: what ends a clause, what marks a plan or a forecast,
// how a text names a year relative to its date, what marks a part of a whole, and the nouns that
// count people in general. Words a tracked claim depends on live in the catalog, not here.

export type Table = Partial<Record<string, readonly string[]>>;

// Languages the tables cover; any other is read with the English words.
const COVERED = new Set(["en", "ru", "uk", "de", "fr", "es", "pt", "it", "ko", "ja", "zh"]);

/** A table's words for a language: its own, none when the table leaves a covered language out. */
export function wordsFor(table: Table, language: string): readonly string[] | undefined {
  return table[language] ?? (COVERED.has(language) ? undefined : table.en);
}

/** Words that open a new clause inside a sentence ("and", "while", "including"). */
export const CLAUSE_WORDS: Table = {
  en: ["and", "but", "while", "whereas", "although", "though", "as well as", "compared with", "compared to", "versus", "against", "up from", "down from",
    "to make up for", "to replace", "to compensate for", "following", "after", "because of", "due to", "in response to", "amid"],
  ru: ["и", "а", "но", "тогда как", "в то время как", "однако", "причем", "против", "чтобы", "после", "из-за", "взамен", "на замену"],
  uk: ["і", "й", "та", "а", "але", "тоді як", "водночас", "проти", "щоб", "після", "на заміну"],
  de: ["und", "aber", "während", "wohingegen", "gegenüber", "nachdem", "wegen", "um die Verluste"],
  fr: ["et", "mais", "tandis que", "alors que", "contre", "pour remplacer", "pour compenser", "après", "à cause"],
  es: ["y", "e", "pero", "mientras", "mientras que", "frente a", "para reemplazar", "para compensar", "tras", "después", "debido a"],
  pt: ["e", "mas", "enquanto", "contra", "para substituir", "para compensar", "após", "depois", "devido"],
  it: ["e", "ma", "mentre", "contro", "per sostituire", "per compensare", "dopo", "a causa"],
  ko: ["그리고", "하지만", "반면"],
  ja: ["また", "一方"],
  zh: ["而", "但", "以及", "和"],
};

/**
 * Words that set a figure beside another for comparison ("up from", "versus", "frente a"): the
 * figure they open counts the same thing as the one it is compared with.
 */
export const COMPARISON_WORDS: Table = {
  en: ["up from", "down from", "compared with", "compared to", "versus", "vs", "against", "rather than", "instead of", "after", "from"],
  ru: ["против", "по сравнению с", "вместо", "после", "чем", "тогда как"],
  uk: ["проти", "порівняно з", "у порівнянні з", "замість", "після", "ніж"],
  de: ["nach", "gegenüber", "verglichen mit", "im Vergleich zu", "statt", "anstelle von", "nach zuvor", "nach noch"],
  fr: ["contre", "après", "par rapport à", "au lieu de", "comparé à"],
  es: ["frente a", "tras", "después de", "comparado con", "en comparación con", "respecto a", "contra", "en lugar de"],
  pt: ["contra", "ante", "frente a", "face a", "após", "depois de", "em comparação com", "em vez de"],
  it: ["contro", "rispetto a", "rispetto ai", "rispetto agli", "dopo", "a fronte di", "invece di", "invece dei", "invece degli"],
};

/** Words that, alone before a figure after a comma, make it the end of a change ("has widened, to 1.7 million"). */
export const CHANGE_END_WORDS: Table = {
  en: ["to"], ru: ["до"], uk: ["до"], de: ["auf"], fr: ["à"], es: ["a", "hasta"], pt: ["para"], it: ["a"],
};

/** Relative pronouns: a clause they open is about the noun just before it. */
export const RELATIVE_WORDS: Table = {
  en: ["which", "who", "whom", "that"],
  ru: ["который", "которая", "которое", "которые", "которого", "которой", "которых", "которым", "где", "что"],
  uk: ["який", "яка", "яке", "які", "якого", "якої", "яких", "де", "що"],
  de: ["der", "die", "das", "den", "dem", "deren", "dessen", "welche", "welcher"],
  fr: ["qui", "que", "dont", "lequel", "laquelle"],
  es: ["que", "cual", "cuales", "quien", "quienes", "donde"],
  pt: ["que", "qual", "quais", "quem", "onde"],
  it: ["che", "cui", "quale", "quali", "dove"],
};

/** Words that end a noun phrase after a number: the noun beyond them is not what it counts. */
export const NOUN_PHRASE_ENDS: Table = {
  en: ["who", "which", "that", "were", "was", "are", "is", "have", "has", "had", "be", "been", "will", "would", "to", "by", "than", "from", "with", "for", "at", "on", "in"],
};

/** Clause-ending word endings of languages that glue connectives to the verb (Korean -고, -며). */
export const CLAUSE_ENDINGS: Table = {
  ko: ["고", "며", "으며", "지만", "는데", "면서"],
};

/** Words that open a reported statement ("said that ..."): a plan before one is not the figure's. */
export const COMPLEMENTIZERS: Table = {
  en: ["that"],
  ru: ["что"],
  uk: ["що"],
  de: ["dass"],
  fr: ["que", "qu'"],
  es: ["que"],
  pt: ["que"],
  it: ["che"],
};

/** Words that make a clause a plan, a hope, a request or a forecast rather than a count. */
export const INTENT_WORDS: Table = {
  en: [
    "plan", "plans", "planned", "planning", "hope", "hopes", "hoped", "hoping", "aim", "aims", "aiming", "intend",
    "intends", "intended", "want", "wants", "wanted", "seek", "seeks", "seeking", "propose", "proposes", "proposed",
    "proposal", "ask for", "asks for", "asked for", "asking for", "asked", "asks", "approve", "approval", "request", "requests", "requested", "requesting",
    "would", "could", "might", "will", "expect", "expects", "expected", "project", "projected", "projection",
    "projections", "forecast", "forecasts", "predicted", "predicts", "target", "targets", "goal", "ready to",
    "willing to", "set to", "poised to", "prepared to", "offered to", "offering", "considering", "potential",
    "possible", "envisage", "envisages", "envisaged", "quota",
  ],
  ru: [
    "план", "планиру", "намерен", "надеет", "надеют", "хочет", "хотят", "готов", "предлага", "предложил", "предложени",
    "запроси", "запрос", "просит", "просят", "может", "могут", "смож", "будет", "будут", "ожида", "прогноз", "собира",
    "рассчитыва", "заявк", "квот", "потенциальн", "возможн",
  ],
  uk: [
    "план", "має намір", "мають намір", "сподіва", "хоче", "хочуть", "готов", "пропону", "пропозиці", "запроси",
    "запит", "просить", "може", "можуть", "зможе", "буде", "будуть", "очіку", "прогноз", "збира", "розрахову",
    "заявк", "квот", "потенційн", "можлив",
  ],
  de: [
    "plan", "plant", "planen", "geplant", "hofft", "hoffen", "will", "wollen", "soll", "sollen", "könnte", "könnten",
    "würde", "würden", "erwartet", "erwarten", "prognose", "prognostiziert", "voraussichtlich", "angefragt",
    "beantragt", "Antrag", "Anfrage", "fordert", "anfordern", "bereit", "ziel", "möchte", "möchten", "angestrebt", "potenziell", "möglich", "mögliche", "möglichen",
    "hoffte", "hofften", "wollte", "wollten", "plante", "planten"],
  fr: [
    "prévoit", "prévoient", "prévu", "prévue", "envisage", "envisagent", "compte", "comptent", "espère", "espèrent",
    "souhaite", "souhaitent", "veut", "veulent", "pourrait", "pourraient", "devrait", "devraient", "projet", "objectif",
    "demandé", "demande", "réclame", "prêt à", "prête à", "prêts à", "s'attend", "prévision", "prévisions",
    "projection", "projections", "pourra", "potentiel", "quota", "possible", "éventuel", "éventuelle",
    "espérait", "espéraient", "voulait", "voulaient", "comptait", "envisageait"],
  es: [
    "planea", "planean", "plan", "prevé", "prevén", "previsto", "prevista", "espera", "esperan", "quiere", "quieren",
    "podría", "podrían", "podrá", "debería", "pretende", "pretenden", "proyecta", "proyección", "proyecciones",
    "objetivo", "meta", "solicitó", "solicitud", "pidió", "piden", "dispuesto a", "dispuesta a", "potencial", "cuota", "posible", "eventual",
    "esperaba", "esperaban", "quería", "querían", "pretendía", "planeaba"],
  pt: [
    "planeja", "planejam", "planeia", "plano", "prevê", "preveem", "previsto", "prevista", "espera", "esperam", "quer",
    "querem", "poderia", "poderiam", "poderá", "poderão", "pode chegar", "deverá", "deverão", "pretende", "pretendem",
    "projeção", "projeções", "meta", "objetivo", "solicitou", "pedido", "pediu", "disposto a", "disposta a", "potencial", "cota", "possível", "eventual",
    "esperava", "esperavam", "queria", "queriam", "pretendia", "planejava"],
  it: [
    "prevede", "prevedono", "previsto", "prevista", "spera", "sperano", "vuole", "vogliono", "potrebbe", "potrebbero",
    "dovrebbe", "dovrebbero", "intende", "intendono", "progetta", "obiettivo", "chiesto", "richiesto", "richiesta",
    "pronto a", "pronta a", "proiezione", "proiezioni", "potrà", "potenziale", "quota", "possibile", "eventuale", "voler", "vorrebbe", "vorrebbero", "punta a", "punta ad", "mira a", "mira ad",
    "sperava", "speravano", "voleva", "volevano", "intendeva"],
  ko: ["계획", "예정", "희망", "원하", "하려", "할 것", "될 것", "전망", "예상", "목표", "요청", "추진", "검토", "제안", "방침", "싶", "앞으로", "요구", "신청", "구상"],
  ja: ["計画", "予定", "希望", "見通し", "見込み", "予想", "目標", "要請", "方針", "検討", "提案", "たい考え", "たいと", "意向", "求め", "要望", "申請", "構想"],
  zh: ["计划", "打算", "希望", "预计", "预测", "目标", "将", "拟", "准备", "要求", "请求", "提议", "想要", "申请", "配额", "设想", "构想", "讨论过", "考虑"],
};

/**
 * Requests in the imperative ("Give me 300", "Дайте", "Envoyez-moi"): a plan when they open a
 * clause or a quote; "they give us $100" is a count. Korean and Japanese mark the request itself.
 */
export const REQUEST_WORDS: Table = {
  en: ["give me", "give us", "send me", "send us", "bring me", "bring us"],
  ru: ["дайте", "дай мне", "пришлите", "пришли мне", "привезите"],
  uk: ["дайте", "дай мені", "надішліть", "пришліть", "привезіть"],
  de: ["geben Sie mir", "geben Sie uns", "gebt mir", "gebt uns", "schicken Sie mir", "schickt mir", "schickt uns"],
  fr: ["donnez-moi", "donnez-nous", "envoyez-moi", "envoyez-nous", "amenez-moi"],
  es: ["denme", "dennos", "dadme", "envíenme", "mándenme", "tráiganme"],
  pt: ["deem-me", "me deem", "mandem-me", "me mandem", "enviem-me", "me enviem", "tragam-me"],
  it: ["datemi", "dateci", "mandatemi", "mandateci", "inviatemi", "portatemi"],
};
/** Request endings that need no opening position (보내 달라, 送ってください). */
export const REQUEST_ENDINGS: Table = {
  ko: ["달라", "주십시오", "주세요"],
  ja: ["ください", "欲しい", "ほしい"],
  zh: ["请派", "请给"],
};

/** Words that, just before "have", make a hedge about the past, not a plan ("may have entered"). */
export const HEDGED_PAST = /\b(?:may|might|could|would|will|must)\s+(?:have|has)\b/giu;

/** How a text names a year relative to its publication: phrase -> years to add. */
export const RELATIVE_YEARS: Partial<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  en: [["last year", -1], ["this year", 0], ["next year", 1], ["the year before last", -2], ["earlier this year", 0], ["later this year", 0], ["last autumn", -1], ["last fall", -1]],
  ru: [["в прошлом году", -1], ["прошлого года", -1], ["прошлом году", -1], ["в позапрошлом году", -2], ["в этом году", 0], ["этого года", 0], ["в текущем году", 0], ["текущего года", 0], ["в следующем году", 1], ["следующего года", 1]],
  uk: [["минулого року", -1], ["минулому році", -1], ["торік", -1], ["цього року", 0], ["поточного року", 0], ["цьогоріч", 0], ["наступного року", 1]],
  de: [["letzten jahr", -1], ["vergangenen jahr", -1], ["letztes jahr", -1], ["im vorjahr", -1], ["diesem jahr", 0], ["dieses jahr", 0], ["nächsten jahr", 1], ["nächstes jahr", 1]],
  fr: [["l'année dernière", -1], ["l'an dernier", -1], ["l'année passée", -1], ["l'an passé", -1], ["cette année", 0], ["l'année prochaine", 1], ["l'an prochain", 1]],
  es: [["el año pasado", -1], ["año pasado", -1], ["este año", 0], ["el próximo año", 1], ["el año que viene", 1]],
  pt: [["ano passado", -1], ["este ano", 0], ["neste ano", 0], ["deste ano", 0], ["próximo ano", 1]],
  it: [["l'anno scorso", -1], ["lo scorso anno", -1], ["anno scorso", -1], ["quest'anno", 0], ["l'anno prossimo", 1], ["il prossimo anno", 1]],
  ko: [["지난해", -1], ["작년", -1], ["재작년", -2], ["올해", 0], ["금년", 0], ["내년", 1]],
  ja: [["昨年", -1], ["去年", -1], ["一昨年", -2], ["今年", 0], ["来年", 1]],
  zh: [["去年", -1], ["前年", -2], ["今年", 0], ["明年", 1]],
};

/**
 * Words that place a clause at the time of the report ("now", "currently"): a figure in such a
 * clause is about the present, whatever year another clause of the sentence names.
 */
export const PRESENT_WORDS: Table = {
  en: ["now", "currently", "current", "at present", "presently", "at the moment", "these days", "today"],
  ru: ["сейчас", "ныне", "нынешний", "нынешнего", "нынешняя", "нынешней", "нынешнюю", "нынешнее", "нынешние", "нынешних", "нынешнем",
    "текущий", "текущая", "текущую", "текущего", "текущей", "текущие", "в настоящее время", "на данный момент", "на сегодня", "сегодня", "теперь"],
  uk: ["зараз", "нині", "нинішній", "нинішнього", "нинішня", "нинішню", "нинішні", "нинішніх", "нинішньої", "поточний", "поточну", "поточного",
    "наразі", "на сьогодні", "сьогодні", "тепер"],
  de: ["derzeit", "derzeitig", "derzeitige", "derzeitigen", "aktuell", "aktuelle", "aktuellen", "zurzeit", "gegenwärtig", "heute", "inzwischen", "mittlerweile"],
  fr: ["actuellement", "actuel", "actuelle", "aujourd'hui", "désormais", "à présent", "en ce moment"],
  es: ["actualmente", "actual", "ahora", "hoy", "en la actualidad", "hoy en día"],
  pt: ["atualmente", "atual", "agora", "hoje", "neste momento"],
  it: ["attualmente", "attuale", "oggi", "ora", "adesso", "al momento", "ormai"],
  ko: ["현재", "지금", "현 시점"],
  ja: ["現在", "現時点", "今や"],
  zh: ["目前", "现在", "当前", "现阶段", "如今"],
};

/** Words before a year that make it the start of a period reaching the present ("since 2022"). */
export const SINCE_BEFORE: Table = {
  en: ["since"], ru: ["с", "со"], uk: ["з", "від"], de: ["seit"], fr: ["depuis"], es: ["desde"], pt: ["desde"], it: ["dal", "dall'"],
};
/**
 * Verbs of reporting: a year right after one is when something was said, not what the figure is
 * about ("the 130 it reported last year", "the 1.5 million it cited through 2025").
 */
export const REPORT_VERBS: Table = {
  en: ["reported", "said", "announced", "published", "cited", "estimated", "gave", "put it", "quoted", "released"],
  ru: ["сообщал", "сообщил", "заявлял", "заявил", "опубликовал", "называл", "приводил"],
  uk: ["повідомляв", "повідомив", "заявляв", "заявив", "оприлюднив", "називав", "наводив"],
  de: ["gemeldet", "meldete", "genannt", "nannte", "veröffentlicht", "angegeben"],
  fr: ["annoncé", "publié", "cité", "avancé", "indiqué"],
  es: ["informó", "anunció", "publicó", "citó", "indicó"],
  pt: ["informou", "anunciou", "publicou", "citou", "indicou", "divulgou", "divulgados", "divulgado"],
  it: ["comunicato", "annunciato", "pubblicato", "citato", "indicato"],
};

/** Words after a year that do the same ("2022년 이후", "2022年以来"). */
export const SINCE_AFTER: Table = {
  ko: ["이후", "부터", "년 이후", "년부터"], ja: ["以降", "以来", "年以降", "年以来"], zh: ["以来", "年以来"],
};

/** Words before a year that make it the base a change is measured against ("than in 2023"). */
export const BASE_BEFORE: Table = {
  en: ["than", "than in", "compared with", "compared to", "versus", "vs", "against"],
  ru: ["чем", "чем в", "по сравнению с", "против", "относительно"],
  uk: ["ніж", "ніж у", "порівняно з", "у порівнянні з", "проти"],
  de: ["als", "als im", "gegenüber", "im Vergleich zu", "verglichen mit"],
  fr: ["par rapport à", "comparé à", "comparativement à"],
  es: ["respecto a", "respecto de", "frente a", "comparado con", "en comparación con"],
  pt: ["do que em", "em relação a", "face a", "comparado com", "em comparação com"],
  it: ["rispetto al", "rispetto a", "in confronto al"],
  zh: ["比", "较"],
};
/** Words after a year that do the same ("2023년보다", "2023年比"). */
export const BASE_AFTER: Table = {
  ko: ["년보다", "년 대비", "보다", "대비"],
  ja: ["年比", "年と比べ", "年に比べ", "比"],
  zh: ["年相比"],
};

/** Words that, alone between a clause word and a number, leave the number to open its clause. */
export const DETERMINER_WORDS: Table = {
  ru: ["лишь", "только", "ещё", "еще", "около", "почти", "более", "менее", "свыше", "примерно", "порядка", "не", "до", "их", "из", "них"],
  uk: ["лише", "тільки", "ще", "близько", "майже", "понад", "більш", "менш", "приблизно", "не", "до", "їх", "з", "них"],
  de: ["nur", "rund", "etwa", "fast", "mehr", "als", "weitere", "die", "der", "den", "einige", "knapp", "gut", "noch", "bis", "zu", "zwar"],
  fr: ["seuls", "seules", "seulement", "un", "une", "les", "des", "quelque", "environ", "près", "de", "plus", "moins", "d'entre", "autres", "encore", "au", "moins", "jusqu'à"],
  es: ["solo", "sólo", "unos", "unas", "los", "las", "otros", "otras", "cerca", "de", "más", "menos", "casi", "alrededor", "hasta", "apenas"],
  pt: ["apenas", "só", "uns", "umas", "os", "as", "outros", "outras", "cerca", "de", "mais", "menos", "quase", "até", "somente"],
  it: ["solo", "soltanto", "appena", "gli", "le", "i", "altri", "altre", "circa", "di", "più", "meno", "quasi", "oltre", "fino", "a"],
  en: ["a", "an", "the", "some", "only", "just", "another", "mere", "about", "around", "roughly", "nearly", "almost", "over", "more", "than", "at", "least", "up", "to", "as", "many", "few", "several", "its", "their", "his", "her", "still", "also", "then", "now"],
};

/**
 * Verbs of receiving or handing out ("got", "were issued", "получили", "발급"): people counted
 * in a clause with one of these count what they received.
 */
export const RECEIVE_WORDS: Table = {
  en: ["got", "get", "gets", "received", "receive", "receives", "obtained", "issued", "granted", "given", "gave", "handed", "awarded"],
  ru: ["получил", "получат", "получа", "получивш", "выдан", "выдал", "выда", "оформил"],
  uk: ["отримал", "отримав", "отриму", "одержал", "видан", "видал", "оформил"],
  de: ["erhielten", "erhielt", "erhalten", "bekamen", "bekam", "bekommen", "ausgestellt", "erteilt", "gewährt"],
  fr: ["obtenu", "obtiennent", "obtinrent", "reçu", "reçoivent", "délivré", "délivrés", "délivrées", "accordé", "accordés", "accordées"],
  es: ["recibieron", "recibió", "reciben", "recibido", "obtuvieron", "obtenido", "obtienen", "expidió", "expedido", "expedidos", "concedió", "concedidos", "otorgó", "otorgados", "emitió", "emitidos"],
  pt: ["receberam", "recebeu", "recebem", "recebido", "obtiveram", "obtido", "obtêm", "concedeu", "concedidos", "emitiu", "emitidos", "outorgou"],
  it: ["ricevuto", "ricevettero", "ricevono", "ottenuto", "ottennero", "ottengono", "rilasciato", "rilasciati", "concesso", "concessi"],
  ko: ["받", "발급", "취득"],
  ja: ["取得", "受け", "発給", "得た"],
  zh: ["获得", "拿到", "取得", "发放", "签发", "获发"],
};

/** Words that pair the items of two lists in order ("1.5 and 2.4 million in 2023 and 2024 respectively"). */
export const RESPECTIVELY_WORDS: Table = {
  en: ["respectively"],
  ru: ["соответственно"],
  uk: ["відповідно"],
  de: ["jeweils", "beziehungsweise", "bzw."],
  fr: ["respectivement"],
  es: ["respectivamente"],
  pt: ["respectivamente", "respetivamente"],
  it: ["rispettivamente"],
  ko: ["각각"],
  ja: ["それぞれ"],
  zh: ["分别"],
};

/**
 * Words that name what a figure counts right after them ("put the number of injured at 87"). Not
 * in Chinese, Japanese and Korean, where the counted noun comes before "number" (노동자 수는).
 */
export const NUMBER_OF_WORDS: Table = {
  en: ["number of", "count of", "tally of", "total of"],
  ru: ["число", "количество", "численность"],
  uk: ["кількість", "число", "чисельність"],
  de: ["Zahl der", "Anzahl der", "Zahl von"],
  fr: ["nombre de", "nombre d'", "nombre des"],
  es: ["número de", "cifra de"],
  pt: ["número de", "total de"],
  it: ["numero di", "numero dei", "numero degli", "numero delle"],
};

/**
 * Words that name a count without saying of what ("puts the total at", "эту цифру"): what it counts
 * is what the sentence before spoke of.
 */
export const TOTAL_WORDS: Table = {
  en: ["the total", "the overall number", "the figure", "that figure", "the tally", "the count", "their number", "its estimate"],
  ru: ["общее число", "общую численность", "их число", "их численность", "эту цифру", "эту оценку"],
  uk: ["загальну кількість", "загальну чисельність", "їхню кількість", "цю цифру", "цю оцінку"],
  de: ["die Gesamtzahl", "ihre Zahl", "diese Zahl", "die Zahl auf"],
  fr: ["le total", "leur nombre", "ce chiffre", "le chiffre"],
  es: ["el total", "su número", "la cifra", "esa cifra"],
  pt: ["o total", "o seu número", "a cifra", "esse número"],
  it: ["il totale", "il loro numero", "la cifra", "questa cifra"],
  ko: ["총 규모", "전체 규모", "총수", "그 수"],
  ja: ["総数", "その数", "全体の数"],
  zh: ["总数", "这一数字", "总人数"],
};

/** Words that open a source named in passing ("according to the ministry", "по оценке Минтруда"). */
export const ATTRIBUTION_WORDS: Table = {
  en: ["according to", "by some estimates", "by one estimate", "by its estimate"],
  ru: ["по оценке", "по оценкам", "по данным", "по словам", "по информации", "по мнению", "по подсчетам", "по подсчётам"],
  uk: ["за оцінкою", "за оцінками", "за даними", "за словами", "за інформацією", "на думку"],
  de: ["laut", "nach Angaben", "nach Schätzung", "nach Schätzungen", "nach Einschätzung"],
  fr: ["selon", "d'après"],
  es: ["según", "de acuerdo con"],
  pt: ["segundo", "de acordo com", "conforme"],
  it: ["secondo", "stando a", "stando alle"],
};

/** Words that make a figure part of a larger whole just stated ("including 16 children"). */
export const SUBSET_WORDS: Table = {
  en: ["including", "among", "among them", "among whom", "of whom", "of which"],
  ru: ["в том числе", "включая", "из них", "среди них", "из которых"],
  uk: ["зокрема", "включно з", "з них", "серед них", "з яких"],
  de: ["darunter", "davon", "einschließlich"],
  fr: ["dont", "parmi eux", "parmi lesquels", "y compris"],
  es: ["entre ellos", "incluidos", "incluidas", "de ellos", "de los cuales"],
  pt: ["entre eles", "incluindo", "dos quais", "das quais"],
  it: ["tra cui", "di cui", "compresi", "tra loro"],
  ko: ["포함", "가운데", "중"],
  ja: ["うち", "含む", "含め"],
  zh: ["其中", "包括"],
};

/** Words that make a figure cover the whole country, not one region ("nationwide", "по всей России"). */
export const NATIONWIDE_WORDS: Table = {
  en: ["nationwide", "as a whole", "across Russia", "across the country", "in all of Russia", "throughout Russia", "countrywide"],
  ru: ["по всей России", "по всей стране", "по России в целом", "в целом по стране"],
  uk: ["по всій Росії", "по всій країні", "в цілому по країні"],
  de: ["landesweit", "bundesweit", "in ganz Russland", "im ganzen Land"],
  fr: ["dans toute la Russie", "dans tout le pays", "à l'échelle nationale", "à l'échelle du pays"],
  es: ["en toda Rusia", "en todo el país", "a nivel nacional"],
  pt: ["em toda a Rússia", "em todo o país", "a nível nacional", "em nível nacional"],
  it: ["in tutta la Russia", "in tutto il paese", "a livello nazionale"],
  ko: ["러시아 전역", "전국"],
  ja: ["ロシア全土", "全国", "全土"],
  zh: ["全俄", "俄罗斯全境", "全国"],
};

/** Words right after a count that make it a part of what follows ("60 of the companies"). */
export const PARTITIVE_AFTER: Table = {
  en: ["of the", "of them", "of those", "of these", "of its", "of their"],
  ru: ["из них", "из этих", "из общего"],
  uk: ["з них", "із них", "з цих"],
  de: ["davon", "von ihnen", "von den", "der genannten"],
  fr: ["d'entre eux", "d'entre elles", "parmi les", "parmi eux"],
  es: ["de ellos", "de ellas", "de las", "de los", "de estas", "de estos"],
  pt: ["deles", "delas", "das", "dos", "dessas", "desses"],
  it: ["di loro", "delle", "degli", "dei", "tra questi", "tra le", "tra i"],
};

/** Nouns that count people in general: they say what a figure counts, never which claim it is. */
export const PEOPLE_NOUNS: Table = {
  en: ["people", "persons", "civilians", "citizens", "nationals", "residents", "children", "men", "women", "individuals", "North Koreans", "Koreans", "Russians", "Ukrainians", "officials", "members", "defectors", "migrants", "tourists", "athletes", "delegates", "others"],
  ru: ["человек", "людей", "граждан", "жител", "детей", "мирных", "северокорейц", "корейц", "россиян", "украинц"],
  uk: ["людей", "осіб", "громадян", "мешканц", "жител", "дітей", "цивільних", "північнокорейц", "корейц", "росіян", "українц"],
  de: ["Menschen", "Personen", "Zivilisten", "Bürger", "Staatsbürger", "Einwohner", "Kinder", "Nordkoreaner"],
  fr: ["personnes", "civils", "citoyens", "ressortissants", "habitants", "enfants", "Nord-Coréens"],
  es: ["personas", "civiles", "ciudadanos", "habitantes", "niños", "norcoreanos"],
  pt: ["pessoas", "civis", "cidadãos", "habitantes", "crianças", "norte-coreanos"],
  it: ["persone", "civili", "cittadini", "abitanti", "bambini", "nordcoreani"],
  ko: ["사람", "주민", "민간인", "어린이", "북한인", "시민"],
  ja: ["市民", "民間人", "子ども", "北朝鮮人", "住民"],
  zh: ["平民", "儿童", "朝鲜人", "公民", "居民"],
};

/** Nouns that count things no claim about people counts: a figure of these states no such claim. */
export const THING_NOUNS: Table = {
  en: ["hectares", "tonnes", "tons", "kilometres", "kilometers", "miles", "square metres", "years", "months", "weeks", "days", "minutes", "roubles", "rubles", "won", "yuan", "dollars", "euros", "apartments", "flats", "homes", "houses", "buildings", "shells", "missiles", "rockets", "drones", "vehicles", "projects", "schools", "cities", "regions", "countries", "pages", "points"],
  ru: ["гектар", "тонн", "километр", "месяц", "недел", "дней", "суток", "рубл", "долларов", "евро", "квартир", "здани", "снаряд", "ракет", "беспилотник", "проект", "школ", "городов", "регион", "стран"],
  uk: ["гектар", "тонн", "кілометр", "років", "місяц", "тижн", "днів", "рубл", "доларів", "євро", "квартир", "будинк", "снаряд", "ракет", "дрон", "проєкт", "шкіл", "міст", "регіон", "країн"],
  de: ["Hektar", "Tonnen", "Kilometer", "Jahre", "Monate", "Wochen", "Tage", "Rubel", "Dollar", "Euro", "Wohnungen", "Häuser", "Gebäude", "Granaten", "Raketen", "Drohnen", "Projekte", "Schulen", "Städte", "Regionen", "Länder"],
  fr: ["hectares", "tonnes", "kilomètres", "ans", "années", "mois", "semaines", "jours", "roubles", "dollars", "euros", "logements", "appartements", "maisons", "bâtiments", "obus", "missiles", "drones", "projets", "écoles", "villes", "régions", "pays"],
  es: ["hectáreas", "toneladas", "kilómetros", "años", "meses", "semanas", "días", "rublos", "dólares", "euros", "viviendas", "pisos", "casas", "edificios", "proyectiles", "misiles", "drones", "proyectos", "escuelas", "ciudades", "regiones", "países"],
  pt: ["hectares", "toneladas", "quilômetros", "quilómetros", "anos", "meses", "semanas", "dias", "rublos", "dólares", "euros", "moradias", "apartamentos", "casas", "edifícios", "projéteis", "mísseis", "drones", "projetos", "escolas", "cidades", "regiões", "países"],
  it: ["ettari", "tonnellate", "chilometri", "anni", "mesi", "settimane", "giorni", "rubli", "dollari", "euro", "appartamenti", "case", "edifici", "proiettili", "missili", "droni", "progetti", "scuole", "città", "regioni", "paesi"],
  ko: ["헥타르", "루블", "달러", "유로", "미사일", "포탄", "드론"],
  ja: ["ヘクタール", "ルーブル", "ドル", "ユーロ", "ミサイル", "砲弾", "ドローン"],
  zh: ["公顷", "卢布", "美元", "欧元", "导弹", "炮弹", "无人机"],
};

/** Counters that make a figure a count of people ("12명", "12人", "12名"). */
export const PEOPLE_COUNTERS: Table = { ko: ["명"], ja: ["人", "名"], zh: ["人", "名"] };

/** What makes digits a month or a day of the month ("5월", "5月", "26日"). */
export const DATE_SUFFIXES: Table = { ko: ["월", "일"], ja: ["月", "日"], zh: ["月", "日"] };

/** Languages that put the counted noun before the number ("노동자 1만5천 명"). */
export const NOUN_BEFORE_NUMBER = new Set(["ko", "ja"]);
