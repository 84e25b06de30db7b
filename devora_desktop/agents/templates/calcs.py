"""The calculators the offline data app builds: which one a prompt asks for, its inputs and
outputs in the prompt's language, and the formula (in dataapp.js FORMULAS) that joins them.

``kind(prompt)`` names one of ``CALCS`` ("calories", "mortgage", ...), "basic" for a plain
calculator, or None when the prompt asks for a calculator none of them is (the run then says
so instead of passing a tip calculator off as it). Adding a calculator is one row in _TABLE,
its PATTERNS and TITLES entries, its labels in WORDS and one formula in dataapp.js.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from dataclasses import dataclass

from devora_desktop.agents.templates import formula, measured
from devora_desktop.agents.templates.i18n import LANGS, guess, pick


def L(*six: str) -> tuple[str, ...]:
    assert len(six) == len(LANGS)
    return six


@dataclass(frozen=True)
class Input:
    key: str
    value: float | str = 0
    type: str = "number"             # number, select, date, list (numbers), textarea
    options: tuple[str, ...] = ()    # select: option keys, labelled in WORDS


@dataclass(frozen=True)
class Calc:
    pattern: str                     # matched on the prompt lower-cased, accents stripped
    title: tuple[str, ...]
    formula: str
    inputs: tuple[Input, ...]
    outputs: tuple[tuple[str, str], ...]  # (key, format: number, int, money, text, lines)
    generic: bool = False            # loses to any more specific calculator the prompt names


# Each calculator in one row: its key, the formula it runs (dataapp.js FORMULAS), its inputs
# ("key=default"; ":a|b" a choice of options labelled in WORDS; "/list", "/date", "/textarea"
# another kind of input) and its outputs ("key:format": number, int, money, text, lines). The
# words that ask for it are in PATTERNS, its title in TITLES; GENERIC ones lose to any more
# specific calculator the prompt names.
_TABLE: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    ("calories", "calories", ("sex=female:female|male", "age=30", "weight=70", "height=170",
                              "activity=1.55:1.2|1.375|1.55|1.725|1.9"),
     "bmr:int tdee:int lose:int gain:int"),
    ("macros", "macros", ("sex=female:female|male", "age=30", "weight=70", "height=170",
                          "activity=1.55:1.2|1.375|1.55|1.725|1.9",
                          "aim=aim_keep:aim_lose|aim_keep|aim_gain"),
     "kcal:int protein:int fat:int carbs:int"),
    ("bmi", "bmi", ("weight=70", "height=175"), "bmi:number band:text"),
    # a dog's or a cat's food a day: its energy need from its weight (70 × kg^0.75, times its
    # stage of life), in grams of a food of so many kcal per 100 g
    ("petfood", "petfood", ("animal=dog:dog|cat", "weight=12", "life=neutered:neutered|adult|"
                            "active|young|senior", "kcal_100g=360"), "kcal_day:int grams_day:int"),
    ("tip", "tip", ("bill=60", "pct=15", "people=2"), "tip:money total:money each:money"),
    ("split", "tip", ("bill=60", "pct=10", "people=4"), "tip:money total:money each:money"),
    ("weighted", "weighted", ("to_split=1800", "split_lines=Alex 14\nSam 10\nNoa 12/textarea",
                              "even_split=0"), "parts:lines people:int"),
    ("mortgage", "mortgage", ("price=300000", "down=60000", "rate=4", "years=25"),
     "principal:money monthly:money interest:money total:money"),
    ("loan", "loan", ("amount=20000", "rate=5", "years=5"),
     "monthly:money total:money interest:money"),
    ("goal", "goal", ("goal=5000", "saved=500", "months=12"),
     "per_month:money per_week:money left:money"),
    ("compound", "compound", ("start=1000", "monthly_add=100", "rate=5", "years=10"),
     "balance:money paid_in:money earned:money"),
    ("discount", "discount", ("price=80", "off=25"), "saving:money final:money"),
    ("vat", "vat", ("net=100", "vat_rate=20"), "tax:money gross:money net_from_gross:money"),
    # a quote: so much of something at a price each ("25 € le m²"), plus tax if said
    ("quote", "quote", ("quantity=20", "unit_price=25", "vat_rate=0"),
     "subtotal:money tax:money gross:money"),
    ("grades", "grades", ("grades=14, 12, 16/list", "weights=2, 1, 1/list"),
     "average:number weighted:number count:int"),
    ("fuel", "fuel", ("distance=300", "consumption=6.5", "fuel_price=1.8", "people=1"),
     "fuel:number cost:money each:money"),
    ("economy", "economy", ("distance=500", "litres=32"), "l_per_100:number km_per_l:number"),
    ("energy", "energy", ("watts=150", "hours_day=8", "days_month=30", "kwh_price=0.25",
                          "fixed_fee=0"),
     "kwh_month:number cost_month:money cost_year:money"),
    ("pregnancy", "pregnancy", ("last_period=@day-60/date",),
     "due:text weeks_now:int days_left:int"),
    ("paint", "paint", ("room_length=4", "room_width=3", "wall_height=2.5", "openings=2",
                        "coats=2", "coverage=10"), "wall_area:number paint_litres:number"),
    # so much per m² over a bed or a lawn: "dose em g/m²" → grams for 2.5 × 1.2 m
    ("per_area", "per_area", ("bed_length=2.5", "bed_width=1.2", "rate=150"),
     "bed_area:number amount:number"),
    ("tiles", "tiles", ("room_length=4", "room_width=3", "tile_length=30", "tile_width=30",
                        "waste=10", "per_box=10"), "floor_area:number tile_count:int boxes:int"),
    # a fence round a rectangle: its perimeter, a post every so many metres (corners counted
    # once), the wire of so many strands and the rolls it comes in
    ("fence", "fence", ("fence_length=50", "fence_width=30", "post_spacing=2.5", "strands=3",
                        "roll=100"), "perimeter:number posts:int wire:number rolls:int"),
    # what runs round a room's walls (skirting boards), less the doorways, in pieces of a
    # length: the run and whole pieces
    ("skirting", "skirting", ("room_length=4", "room_width=3", "door_gaps=0.9",
                              "piece_length=2.4"), "edge_run:number pieces:int"),
    # plants set out over a bed at a spacing: the bed's area and the plants it holds
    ("planting", "planting", ("bed_length=3", "bed_width=1.2", "plant_spacing=30"),
     "bed_area:number plants:int"),
    # a knitted or crocheted piece from the gauge (stitches and rows over 10 cm): the stitches
    # to cast on for its width, the rows for its length
    ("gauge", "gauge", ("gauge_stitches=22", "gauge_rows=30", "gauge_size=10", "knit_width=50",
                        "knit_length=60"), "cast_on:int knit_rows:int"),
    ("dates", "dates", ("from_date=@day-0/date", "to_date=@day+100/date"),
     "years:int months:int days:int weeks:int"),
    ("pay", "pay", ("hourly=20", "hours=40", "overtime=0", "ot_rate=1.5"),
     "week:money month:money year:money"),
    ("recipe", "recipe", ("from_servings=4", "to_servings=6",
                          "ingredients=200 g flour\n3 eggs\n0.5 l milk/textarea"),
     "factor:number scaled:lines"),
    ("currency", "currency", ("amount=100", "fx=1.08"), "converted:number"),
    ("percent", "percent", ("base=200", "pct=15"), "part:number plus:number minus:number"),
    ("convert", "convert", ("value=10",
                            "pair=km_mi:km_mi|mi_km|kg_lb|lb_kg|c_f|f_c|cm_in|in_cm|l_gal|gal_l"),
     "result:number"),
)
GENERIC = {"percent", "convert"}
# A sum shared by weights, not equally: "split the rent by room size", "répartir les charges
# selon les revenus", "Miete nach Zimmergröße aufteilen" (read without accents, lower-cased).
_SPLIT_VERB = (r"\b(?:split\w*|divid\w*|shar(?:e|es|ing)\b|repart\w*|partag\w*|aufteil\w*|"
               r"aufzuteilen|teilen\b|verteil\w*|ripart\w*|rate(?:ar|io)\b)")
_BY = (r"\b(?:by|according to|based on|in proportion to|proportional(?:ly)? to|relative to|"
       r"selon|en fonction d[eu']|suivant|au prorata d[eu']|proportionnellement (?:a|au|aux)|"
       r"segun|en funcion de|en proporcion a|proporcional(?:mente)? (?:a|al|ao|aos)|"
       r"de acuerdo (?:con|a)|nach|je nach|entsprechend|anteilig nach|im verhaltnis zu?|"
       r"gemass|in base (?:a|al|alla|ai|alle)|secondo|in proporzione (?:a|al|alla|ai|alle)|"
       r"proporzionalmente (?:a|al|alla|ai|alle)|conforme|de acordo com|pel[oa]s?|por)\s+")
_BASIS = (r"(?:bed)?rooms?\b|size|incomes?\b|salar|earnings|wages?\b|square|sq ?f|m2\b|m²|"
          r"surface|area\b|floor|usage|consumption|weights?\b|taille|chambre|revenu|salaire|"
          r"superficie|metres|tamano|habitacion|cuarto|ingreso|sueldo|metros|gro(?:ss|ß)e|"
          r"zimmer|einkommen|gehalt|verdienst|flache|quadratmeter|tamanho|quarto|renda|"
          r"rendimento|dimension|stanz|camer|reddit|stipend|metri|gewicht|poids")
WEIGHTED = (rf"{_SPLIT_VERB}[^.;!?\n]{{0,60}}?{_BY}(?:[\w'-]+\s+){{0,3}}?(?:{_BASIS})|"
            rf"{_BY}(?:[\w'-]+\s+){{0,3}}?(?:{_BASIS})\w*[^.;!?\n]{{0,40}}?{_SPLIT_VERB}|"
            r"\bpro ?rata\b|\bau prorata\b|\bproportional(?:ly)? split|\bsplit\w* "
            r"(?:\w+ ){0,3}proportional")
# A price per unit ("25 € le m²", "$30 per hour", "40 € pro Stunde"), read plain
_UNIT_PRICE = (r"(?:(?:€|\$|£)\s*(\d+(?:[.,]\d+)?)|(\d+(?:[.,]\d+)?)\s*(?:€|\$|£|eur(?:os?)?\b|"
               r"dollars?\b|reais\b))\s*(?:/\s*|(?:l'|all')\s*|(?:le|la|per|par|por|pro|al|ao|the|a|"
               r"an|each|je|el|o|um|uma|du|de)\s+)(m2|sq ?ft|square (?:foot|feet|met\w*)|"
               r"metr[oi]s? (?:quadr|cuadr)\w*|quadratmeter|[a-z]+)")
_TAX_WORD = (r"\b(?:vat|tva|iva|mwst|ust|tax|taxes|impostos?|impuestos?|imposte?|tasse|steuern?|"
             r"gst|hst)\b")
_QUOTE_WORD = (r"\b(?:devis|quotes?|quotation|estimates?|presupuestos?|cotizaci[oó]n|"
               r"kostenvoranschlag|angebot\w*|or[cç]amentos?|preventiv[oi])\b")
# The standard VAT a quote adds when its prompt names VAT with no rate ("più IVA", "plus TVA"):
# France, Spain, Germany, Portugal, Italy; taxes named otherwise ("mais impostos") vary
STANDARD_VAT = {"fr": 20.0, "es": 21.0, "de": 19.0, "pt": 23.0, "it": 22.0}
# A quote priced by the unit, however it is named: "preventivo … 12 euro al metro quadro",
# "orçamento de pintura: 30 reais o m²" (the reader's calculator cue); a quote asked of
# someone ("request a quote") is a form on a page about them
QUOTED = (r"(?<!request )(?<!request a )(?<!ask for a )(?<!demander un )(?<!demande de )"
          r"(?<!pedir un )(?<!pedir )(?<!solicitar )(?<!solicite )(?<!richiedi un )"
          r"(?<!richiedere un )(?<!richiedi )(?<!anfragen )(?<!solicitar um )(?<!pe[çc]a um )"
          rf"{_QUOTE_WORD}(?=[^\n]{{0,160}}?{_UNIT_PRICE})")
# an amount per square metre, not a price: "dose em g/m²", "30 g par m²", "2 l/m2"
_PER_M2 = (r"\b(?:g|kg|ml|l|grams?|gramas?|gramos?|grammi|gramm|kilos?|litres?|liters?|litros?|"
           r"litri)\s*(?:/|per|por|pro|par|al|ao|le|el|o)\s*(?:m2|square met\w*|metro quadrado|"
           r"metro cuadrado|metre carre|quadratmeter|metro quadro)\b")
# A knitting or crochet craft, and the stitches and rows its gauge counts (the "gauge" calculator)
# (Spanish knitting is "punto", "calceta": "puntos y vueltas" say it, review25 #11)
_CRAFT = (r"\bcalceta\b|\b(?:de|a) punto\b|\bpuntos\b.{0,30}\bvueltas\b|\bknit\w*|\bcrochet\w*|\btricot\w*|\btej(?:er|o|ido)\b|\bganchillo|\bstrick\w*|"
          r"\bmaschen\w*|\btrico\b|\btricotar|\bcroche\b|\bmaglia\b|\bai ferri\b|\buncinetto")
_STITCHES = (r"\bstitch\w*|\bgauge\b|\bswatch\b|\bmailles?\b|\brangs?\b|\bechantillon\b|"
             r"\bmaschen\w*|\breihen\b|\bpuntos\b|\bvueltas\b|\bmuestra\b|\bpontos\b|"
             r"\bcarreiras\b|\bamostra\b|\bmaglie\b|\bferri\b|\bcampione\b|"
             r"\bpunti (?:su|per|in) \d")
PATTERNS = {
    "per_area": _PER_M2,
    "quote": rf"^(?=.*{_QUOTE_WORD})(?=.*{_UNIT_PRICE})",
    "weighted": WEIGHTED,
    "calories": r"calor|\bkcal\b|\bbmr\b|\btdee\b|metabol|grundumsatz|kalorien|energiebedarf|"
                r"fabbisogno|gasto energetico|daily energy|maintenance calories",
    "macros": r"\bmacros?\b|macronutri|\bproteins?\b|prote[íi]nas?|prot[ée]ines?|eiwei|\bcarbs\b|"
              r"glucides|carbohidratos|kohlenhydrate|carboidrat",
    "bmi": r"\bbmi\b|\bimc\b|body mass|masse corporelle|masa corporal|massa corporal|body-mass|"
           r"massa corporea|korpermasse",
    # a pet's daily ration: "pet food calculator", "Futterrechner", "ração", "crocchette"
    "petfood": r"pet ?food|dog food|cat food|\bkibble|food for (?:my|our|a) (?:dog|cat|puppy|kitten)|"
               r"\bration (?:pour|de|du) (?:mon |ma |notre )?(?:chien|chat|chiot|chaton)|croquettes|"
               r"patee|nourriture (?:pour|du|de) (?:mon |ma )?(?:chien|chat)|comida (?:para|de|del) "
               r"(?:mi |el |la )?(?:perro|gato|cachorro|mascota)|\bpienso\b|futter(?:rechner|menge)?\b|"
               r"hundefutter|katzenfutter|\bracao\b|comida (?:para|do|da) (?:o |a |meu |minha )?"
               r"(?:cachorro|gato|pet|cao)|crocchette|pappa (?:per|del) (?:cane|gatto)|"
               r"cibo per (?:il |la )?(?:cane|gatto)",
    "tip": r"\btips?\b|pourboire|propina|trinkgeld|gorjeta|mancia",
    "split": r"split|aufteil|rechnung teilen|kosten teilen|partag|l'addition|dividir|dividi\b|"
             r"\bdivis(?:ao|ion|ione)\b|"
             r"dividere|\bcuenta\b|\bconta\b|\bconto\b|who pays what",
    "mortgage": r"mortgage|hipoteca|hypoth|immobilienkredit|baufinanzierung|\bmutuo\b|"
                r"financiamento imobili|pret immobilier|credit immobilier|home loan|house loan",
    "loan": r"\bloans?\b|\bpret\b|\bcredit\b|darlehen|kredit|emprestimo|prestamo|prestito|"
            r"finanzierung|financ|repayments?|\bcuotas?\b|\brata\b|rateizz",
    "goal": r"savings? goal|saving (?:up )?for|save up|sparziel|sparen fur|\bfur (?:\w+ ){1,4}sparen\b|objectif d'epargne|"
            r"economiser pour|meta de ahorro|ahorrar para|meta de poupanca|juntar dinheiro|"
            r"poupar para|obiettivo di risparmio|risparmiare per|how much (?:to|should i|do i "
            r"need to) save",
    "compound": r"compound|interets composes|interes compuesto|zinseszins|juros compostos|"
                r"interesse composto|interessi composti|invest|savings|sparplan|sparrechner|"
                r"retirement|pension|retraite|jubilacion|aposentadoria|pensione|ahorro|epargne|"
                r"risparmi|poupanca|rendite|interest|interets|\bzins|\bjuros\b|interes\b|interessi",
    "discount": r"discount|sale price|\bremise|reduction|rabais|soldes|descuento|rebaja|rabatt|"
                r"desconto|sconto|\bsaldi\b|% off",
    "vat": r"\bvat\b|sales tax|\btva\b|\biva\b|\bmwst\b|mehrwertsteuer|umsatzsteuer|\bgst\b|"
           r"\bhst\b|\bicms\b|\btaxe sur|tax on",
    "grades": r"grades?\b|\bgpa\b|notendurchschnitt|\bnoten|moyenne|promedio|nota media|"
              r"\bmedia (?:das|de|dei|delle|ponderada|ponderata|escolar)|\bmedia\b|\bvoti\b|"
              r"weighted|average|durchschnitt|\bnotas\b|\bnotes\b|pondere|ponderad|ponderat",
    # what a car uses, from the km driven and the litres filled: "résultat en L/100 km"
    "economy": r"(?:resultat|result|ergebnis|resultado|risultato|en|in|em)\s+(?:en |in |em )?"
               r"l ?/ ?100|fuel economy|fuel efficiency|miles per gallon|durchschnittsverbrauch|"
               r"verbrauch (?:berechnen|ausrechnen)|consommation moyenne|consommation reelle|"
               r"consumo (?:medio|promedio|real)|km ?/ ?l\b|km por litro|kilomet\w* per lit\w*|"
               r"km al litro|quanto consome|combien (?:consomme|je consomme)|how much (?:fuel|gas) "
               r"(?:does|my)",
    "fuel": r"fuel|gas mileage|petrol|\bmpg\b|gas cost|carburant|essence|combustible|gasolina|"
            r"benzin|sprit(?!z)|kraftstoff|combustivel|carburante|benzina|trip cost|road trip|"
            r"cout du trajet|fahrtkosten|reisekosten|costo del viaggio|custo da viagem|"
            r"coste del viaje|gastos de viaje|frais de route",
    "energy": r"\bkwh\b|kilowatt|\bwatts?\b|electric(?:ity|al)? (?:bill|cost|usage|use|"
              r"consumption|price)|electricity|power (?:bill|consumption|usage|cost)|energy "
              r"(?:cost|bill|usage|use|consumption|price)|appliances?|\bstrom|elektrogerat|"
              r"electricite|consommation (?:electrique|d'energie)|appareils electriques|"
              r"electricidad|consumo (?:electrico|de energia|energetico de)|factura de (?:la )?"
              r"luz|electrodomestico|energia eletrica|conta de (?:luz|energia)|eletrodomestico|"
              r"elettricita|bolletta (?:della luce|elettrica)|consumo elettrico|elettrodomestic|"
              # an appliance left running: what it costs
              r"air ?condition|ar-?condicionado|aire acondicionado|climatis|condizionatore|"
              r"klimaanlage|\bheater\b|\bfridge\b|\bfreezer\b|nevera|geladeira|\bfrigo|"
              r"kuhlschrank|frigorifero|washing machine|lave-linge|lavadora|maquina de lavar|"
              r"lavatrice|waschmaschine|\ben luz\b|\bde luz\b|running costs?|cost of running",
    "pregnancy": r"pregnan|due date calc|gravidez|gestac|grossesse|accouchement|embarazo|"
                 r"fecha (?:probable )?de parto|data (?:provavel )?do parto|schwangerschaft|"
                 r"geburtstermin|entbindungstermin|gravidanza|data (?:presunta )?del parto",
    "paint": r"\bpaint\b|peinture|pintura|\btinta\b|\bfarbe\b|wandfarbe|farbrechner|farbbedarf|anstrich\w*|vernice|pittura|"
             # the verb: "lo que necesito para pintar mi habitación", "pour peindre la chambre"
             r"\bpintar\b|\bpeindre\b|\bto paint\b|\bstreichen\b|\bpitturare\b|\bverniciare\b",
    "tiles": r"\btil(?:e|es|ing)\b|carrelage|carreaux|azulejos?|baldosas?|ladrilhos?|"
             r"porcelanato|fliese|piastrell|mattonell",
    # (Spanish "cerca de" is "near", Portuguese "cerca de 20" "about 20")
    # (a lone "cerca" is Spanish "near", Portuguese "about", Italian "looks for": a fence only
    # beside a fence's own words, review25 #7)
    "fence": r"\bfenc(?:e|es|ing)\b|\bclotures?\b|\bgrillage|\bvall(?:a|as|ado|ar)\b|"
             r"\bcercas\b|\b(?:calculadora|metros?|m) de cerca\b|\bcerca (?:de |da |do )?"
             r"(?:arame|madeira|alambre|madera|eletrica|electrica|viva|postes?|mourao|mouroes|"
             r"estacas)\b|\bcerca (?:do|da|de|del|para o|para a|para el|para la) (?:meu |mi )?"
             r"(?:sitio|terreno|quintal|pasto|potrero|campo|jardim|jardin|chacara|fazenda|finca)\b|"
             r"\bcerca(?:r|do)\b|"
             r"\balambrad|\bzaun\w*|\w+zaun(?:es|s)?\b|\bvedac|\brecinzion|\bstaccionat|"
             r"\brecint(?:o|are)\b",
    "skirting": r"skirting|baseboards?|\bplinthes?\b|\brodapes?\b|\brodapies?\b|\bzocalos?\b|"
                r"sockelleiste\w*|fu(?:ss|ß)leiste\w*|battiscop\w*",
    "planting": r"\b(?:plants?|plantes?|plantas?|plantines|pflanz\w*|piant\w*|mudas?|"
                r"setzlinge\w*|seedlings?|bulbs?|bulbos?|zwiebeln|bulbi)\b(?=.*(?:\bapart\b|"
                r"spacing|espacement|espacad\w*|espaciad\w*|espacamento|abstand|distanza|"
                r"distancia|\bentre (?:cada|plantas|as plantas)|\bogni \d|\bcada \d))",
    # stitches and rows from a gauge: the craft and its stitches both said ("how much would it
    # cost to knit a sweater", "combien de pelotes pour un pull en tricot" ask no stitches,
    # review25 #8)
    "gauge": rf"(?:{_CRAFT})(?=.*(?:{_STITCHES}))|(?:{_STITCHES})(?=.*(?:{_CRAFT}))",
    "dates": r"\bage\b|how old|date difference|days between|days until|days since|countdown|"
             r"days left|(?<!mein )(?<!ein )(?<!unser )(?<!der )\balter\b|altersrechner|\bage\b|\bedad\b|\bidade\b|\beta\b|"
             r"jours entre|dias entre|tage zwischen|giorni tra|date calculator|datumsrechner|"
             r"birthday|anniversaire|cumpleanos|aniversario|compleanno|geburtstag|"
             r"compte a rebours|cuenta atras|contagem regressiva|conto alla rovescia|countdown",
    "pay": r"hourly|wage|salary|overtime|paycheck|payslip|\bsalaire|heures sup|salario|sueldo|"
           r"horas extra|stundenlohn|gehalt|\blohn|uberstunden|hora extra|stipendio|"
           r"straordinari|paga oraria|\bpay (?:calculator|rate|check|slip)|"
           r"\b(?:my|weekly|monthly|hourly|gross|net|take-home) pay\b",
    "recipe": r"recipe|servings|portions?|rezept|recette|receta|receita|ricett[ae]|porzioni|"
              r"porciones|porcoes|portionen|ingredient|zutaten|ingredientes|ingredienti",
    # "divisas", not "divisão" (a split)
    "currency": r"currenc|exchange rate|devise|taux de change|\bdivisas?\b|moneda|tipo de cambio|"
                r"wahrung|wechselkurs|\bcambio\b|\bmoeda|valuta|tasso di cambio|"
                r"\b(?:usd|eur|gbp|jpy|chf|brl|mxn)\b|dollars? (?:to|in)|euros? (?:to|in)",
    "percent": r"percent|pourcentage|porcentaje|prozent|porcentagem|percentual|percentuale|\d+ ?%",
    "convert": r"convert|umrechn|conversor|\bkm\b|kilomet|chilometr|\bmiles\b|miglia|meilen|"
               r"\bunits?\b|einheit|unidad|unidade|unita|unite|celsius|fahrenheit|temperat|"
               r"pounds|\bkg\b|\blbs?\b|inches|pouces|\bzoll\b|gallons?|liters?|litres?",
}
TITLES = {
    "calories": L("Daily calorie calculator", "Calcul des calories journalières",
                  "Calculadora de calorías diarias", "Kalorienbedarfsrechner",
                  "Calculadora de calorias diárias", "Calcolo delle calorie giornaliere"),
    "macros": L("Macro calculator", "Calcul des macros", "Calculadora de macros", "Makro-Rechner",
                "Calculadora de macros", "Calcolo dei macronutrienti"),
    "petfood": L("Pet food calculator", "Calcul de ration", "Calculadora de ración",
                 "Futterrechner", "Calculadora de ração", "Calcolo della razione"),
    "bmi": L("BMI calculator", "Calcul de l'IMC", "Calculadora de IMC", "BMI-Rechner",
             "Calculadora de IMC", "Calcolo del BMI"),
    "tip": L("Tip calculator", "Calcul du pourboire", "Calculadora de propinas",
             "Trinkgeldrechner", "Calculadora de gorjeta", "Calcolo della mancia"),
    "weighted": L("Fair split", "Répartition au prorata", "Reparto proporcional",
                  "Anteilige Aufteilung", "Divisão proporcional", "Ripartizione proporzionale"),
    "split": L("Bill splitter", "Partage de l'addition", "Dividir la cuenta", "Rechnung teilen",
               "Dividir a conta", "Dividi il conto"),
    "mortgage": L("Mortgage calculator", "Simulateur de prêt immobilier", "Calculadora de hipoteca",
                  "Baufinanzierungsrechner", "Simulador de financiamento imobiliário",
                  "Calcolo del mutuo"),
    "loan": L("Loan calculator", "Simulateur de prêt", "Calculadora de préstamo", "Kreditrechner",
              "Simulador de empréstimo", "Calcolo del prestito"),
    "goal": L("Savings goal", "Objectif d'épargne", "Meta de ahorro", "Sparziel",
              "Meta de poupança", "Obiettivo di risparmio"),
    "compound": L("Compound interest calculator", "Calcul des intérêts composés",
                  "Calculadora de interés compuesto", "Zinseszinsrechner",
                  "Calculadora de juros compostos", "Calcolo dell'interesse composto"),
    "discount": L("Discount calculator", "Calcul de remise", "Calculadora de descuentos",
                  "Rabattrechner", "Calculadora de desconto", "Calcolo dello sconto"),
    "per_area": L("Amount per area", "Quantité par surface", "Cantidad por superficie",
                  "Menge pro Fläche", "Quantidade por área", "Quantità per superficie"),
    "quote": L("Quote calculator", "Calcul de devis", "Calculadora de presupuesto",
               "Angebotsrechner", "Calculadora de orçamento", "Calcolo del preventivo"),
    "vat": L("VAT calculator", "Calcul de la TVA", "Calculadora de IVA", "Mehrwertsteuerrechner",
             "Calculadora de imposto", "Calcolo dell'IVA"),
    "grades": L("Grade average", "Calcul de moyenne", "Calculadora de promedio",
                "Notendurchschnitt", "Calculadora de média", "Calcolo della media"),
    "economy": L("Fuel consumption", "Consommation de carburant", "Consumo de combustible",
                 "Verbrauchsrechner", "Consumo de combustível", "Consumo di carburante"),
    "fuel": L("Trip fuel cost", "Coût du carburant", "Coste de combustible", "Spritkostenrechner",
              "Custo de combustível", "Costo del carburante"),
    "energy": L("Electricity cost calculator", "Coût de l'électricité",
                "Coste de la electricidad", "Stromkostenrechner", "Custo da energia elétrica",
                "Costo dell'elettricità"),
    "pregnancy": L("Due date calculator", "Calcul de la date d'accouchement",
                   "Calculadora de fecha de parto", "Geburtstermin-Rechner",
                   "Calculadora de data do parto", "Calcolo della data del parto"),
    "paint": L("Paint calculator", "Calcul de peinture", "Calculadora de pintura", "Farbrechner",
               "Calculadora de tinta", "Calcolo della vernice"),
    "tiles": L("Tile calculator", "Calcul de carrelage", "Calculadora de baldosas",
               "Fliesenrechner", "Calculadora de pisos e azulejos", "Calcolo delle piastrelle"),
    "fence": L("Fence calculator", "Calcul de clôture", "Calculadora de vallado",
               "Zaunrechner", "Calculadora de cerca", "Calcolo della recinzione"),
    "skirting": L("Skirting board calculator", "Calcul de plinthes", "Calculadora de rodapiés",
                  "Sockelleisten-Rechner", "Calculadora de rodapé", "Calcolo del battiscopa"),
    "planting": L("Planting calculator", "Calcul de plantation", "Calculadora de plantación",
                  "Pflanzenrechner", "Calculadora de plantio", "Calcolo delle piante"),
    "gauge": L("Knitting gauge calculator", "Calcul d'échantillon de tricot",
               "Calculadora de muestra de tejido", "Maschenrechner",
               "Calculadora de amostra de tricô", "Calcolo del campione di maglia"),
    "dates": L("Date calculator", "Calcul de dates", "Calculadora de fechas", "Datumsrechner",
               "Calculadora de datas", "Calcolo tra date"),
    "pay": L("Pay calculator", "Calcul du salaire", "Calculadora de salario", "Lohnrechner",
             "Calculadora de salário", "Calcolo dello stipendio"),
    "recipe": L("Recipe scaler", "Adapter une recette", "Escalar una receta", "Rezept umrechnen",
                "Ajustar receita", "Scala la ricetta"),
    "currency": L("Currency converter", "Convertisseur de devises", "Conversor de divisas",
                  "Währungsrechner", "Conversor de moedas", "Convertitore di valuta"),
    "percent": L("Percentage calculator", "Calcul de pourcentage", "Calculadora de porcentajes",
                 "Prozentrechner", "Calculadora de porcentagem", "Calcolo percentuale"),
    "convert": L("Unit converter", "Convertisseur d'unités", "Conversor de unidades",
                 "Einheitenrechner", "Conversor de unidades", "Convertitore di unità"),
}


def _input(spec: str) -> Input:
    """An Input from its row text: "age=30", "sex=female:female|male", "grades=14, 12/list"."""
    key, value = spec.split("=", 1)
    value, _, options = value.partition(":")
    value, _, kind = value.rpartition("/") if re.search(r"/(?:list|date|textarea)$", value) \
        else (value, "", "")
    if options:
        return Input(key, value, "select", tuple(options.split("|")))
    if kind:
        return Input(key, value, kind)
    return Input(key, float(value) if "." in value else int(value))


CALCS: dict[str, Calc] = {
    key: Calc(PATTERNS[key], TITLES[key], formula, tuple(_input(i) for i in inputs),
              tuple(tuple(o.split(":")) for o in outputs.split()), key in GENERIC)
    for key, formula, inputs, outputs in _TABLE}
# The plain calculator: digits and + − × ÷, for a prompt that names no particular sum.
BASIC = L("Calculator", "Calculatrice", "Calculadora", "Taschenrechner", "Calculadora",
          "Calcolatrice")

# Labels of inputs, outputs and options, in LANGS order.
WORDS: dict[str, tuple[str, ...]] = {
    # tip and split
    "bill": L("Bill", "Addition", "Cuenta", "Rechnung", "Conta", "Conto"),
    "pct": L("Tip %", "Pourboire %", "Propina %", "Trinkgeld %", "Gorjeta %", "Mancia %"),
    "people": L("People", "Personnes", "Personas", "Personen", "Pessoas", "Persone"),
    "tip": L("Tip", "Pourboire", "Propina", "Trinkgeld", "Gorjeta", "Mancia"),
    "total": L("Total", "Total", "Total", "Summe", "Total", "Totale"),
    "each": L("Each pays", "Par personne", "Cada uno paga", "Pro Person", "Cada um paga",
              "A testa"),
    # a sum split by weights (room sizes, incomes)
    "to_split": L("Amount to split (rent, bills…)", "Montant à partager (loyer, charges…)",
                  "Importe a repartir (alquiler, gastos…)",
                  "Zu teilender Betrag (Miete, Nebenkosten…)",
                  "Valor a dividir (aluguel, contas…)", "Importo da dividere (affitto, bollette…)"),
    "split_lines": L("Each person and their share, one per line",
                     "Chaque personne et sa part, une par ligne",
                     "Cada persona y su parte, una por línea",
                     "Jede Person und ihr Anteil, eine pro Zeile",
                     "Cada pessoa e sua parte, uma por linha",
                     "Ogni persona e la sua quota, una per riga"),
    "even_split": L("Split evenly on top (utilities…)", "En plus, à parts égales (charges…)",
                    "Además, a partes iguales (gastos…)", "Dazu, gleich geteilt (Nebenkosten…)",
                    "Além disso, em partes iguais (contas…)",
                    "In più, in parti uguali (bollette…)"),
    "room": L("Room", "Chambre", "Habitación", "Zimmer", "Quarto", "Stanza"),
    "parts": L("Each person pays", "Chacun paie", "Cada uno paga", "Jede Person zahlt",
               "Cada um paga", "Ognuno paga"),
    # body
    "weight": L("Weight (kg)", "Poids (kg)", "Peso (kg)", "Gewicht (kg)", "Peso (kg)",
                "Peso (kg)"),
    "height": L("Height (cm)", "Taille (cm)", "Altura (cm)", "Größe (cm)", "Altura (cm)",
                "Altezza (cm)"),
    "bmi": L("BMI", "IMC", "IMC", "BMI", "IMC", "BMI"),
    "band": L("Range", "Catégorie", "Categoría", "Bereich", "Faixa", "Fascia"),
    "sex": L("Sex", "Sexe", "Sexo", "Geschlecht", "Sexo", "Sesso"),
    "animal": L("Animal", "Animal", "Animal", "Tier", "Animal", "Animale"),
    "dog": L("Dog", "Chien", "Perro", "Hund", "Cachorro", "Cane"),
    "cat": L("Cat", "Chat", "Gato", "Katze", "Gato", "Gatto"),
    "life": L("Stage of life", "Mode de vie", "Etapa de vida", "Lebensphase", "Fase da vida",
              "Fase di vita"),
    "neutered": L("Adult, neutered", "Adulte stérilisé", "Adulto esterilizado",
                  "Erwachsen, kastriert", "Adulto castrado", "Adulto sterilizzato"),
    "adult": L("Adult", "Adulte", "Adulto", "Erwachsen", "Adulto", "Adulto"),
    "active": L("Active or working", "Actif", "Activo", "Aktiv", "Ativo", "Attivo"),
    "young": L("Puppy or kitten", "Chiot ou chaton", "Cachorro o gatito", "Welpe oder Kitten",
               "Filhote", "Cucciolo"),
    "senior": L("Senior", "Senior", "Senior", "Senior", "Idoso", "Anziano"),
    "kcal_100g": L("Food's energy (kcal per 100 g)", "Énergie de l'aliment (kcal pour 100 g)",
                   "Energía del pienso (kcal por 100 g)", "Energie des Futters (kcal pro 100 g)",
                   "Energia da ração (kcal por 100 g)", "Energia del cibo (kcal per 100 g)"),
    "kcal_day": L("Energy a day (kcal)", "Énergie par jour (kcal)", "Energía al día (kcal)",
                  "Energie pro Tag (kcal)", "Energia por dia (kcal)", "Energia al giorno (kcal)"),
    "grams_day": L("Food a day (g)", "Ration par jour (g)", "Ración al día (g)",
                   "Futter pro Tag (g)", "Ração por dia (g)", "Razione al giorno (g)"),
    "female": L("Female", "Femme", "Mujer", "Weiblich", "Feminino", "Donna"),
    "male": L("Male", "Homme", "Hombre", "Männlich", "Masculino", "Uomo"),
    "age": L("Age (years)", "Âge (ans)", "Edad (años)", "Alter (Jahre)", "Idade (anos)",
             "Età (anni)"),
    "activity": L("Activity", "Activité", "Actividad", "Aktivität", "Atividade", "Attività"),
    "1.2": L("Sedentary", "Sédentaire", "Sedentario", "Sitzend", "Sedentário", "Sedentario"),
    "1.375": L("Light (1–3 days/week)", "Légère (1–3 j/sem.)", "Ligera (1–3 días/sem.)",
               "Leicht (1–3 Tage/Woche)", "Leve (1–3 dias/sem.)", "Leggera (1–3 giorni/sett.)"),
    "1.55": L("Moderate (3–5 days/week)", "Modérée (3–5 j/sem.)", "Moderada (3–5 días/sem.)",
              "Mäßig (3–5 Tage/Woche)", "Moderada (3–5 dias/sem.)",
              "Moderata (3–5 giorni/sett.)"),
    "1.725": L("Active (6–7 days/week)", "Active (6–7 j/sem.)", "Activa (6–7 días/sem.)",
               "Aktiv (6–7 Tage/Woche)", "Ativa (6–7 dias/sem.)", "Attiva (6–7 giorni/sett.)"),
    "1.9": L("Very active", "Très active", "Muy activa", "Sehr aktiv", "Muito ativa",
             "Molto attiva"),
    "bmr": L("Basal metabolic rate (kcal/day)", "Métabolisme de base (kcal/jour)",
             "Metabolismo basal (kcal/día)", "Grundumsatz (kcal/Tag)",
             "Taxa metabólica basal (kcal/dia)", "Metabolismo basale (kcal/giorno)"),
    "tdee": L("Daily calories to maintain (kcal)", "Calories par jour pour maintenir (kcal)",
              "Calorías diarias para mantener (kcal)", "Tagesbedarf zum Halten (kcal)",
              "Calorias diárias para manter (kcal)", "Calorie giornaliere per mantenere (kcal)"),
    "lose": L("To lose about 0.5 kg a week (kcal)", "Pour perdre ~0,5 kg/semaine (kcal)",
              "Para perder ~0,5 kg/semana (kcal)", "Für ~0,5 kg weniger pro Woche (kcal)",
              "Para perder ~0,5 kg/semana (kcal)", "Per perdere ~0,5 kg a settimana (kcal)"),
    "gain": L("To gain about 0.5 kg a week (kcal)", "Pour prendre ~0,5 kg/semaine (kcal)",
              "Para ganar ~0,5 kg/semana (kcal)", "Für ~0,5 kg mehr pro Woche (kcal)",
              "Para ganhar ~0,5 kg/semana (kcal)", "Per aumentare ~0,5 kg a settimana (kcal)"),
    "aim": L("Goal", "Objectif", "Objetivo", "Ziel", "Objetivo", "Obiettivo"),
    "aim_lose": L("Lose weight", "Perdre du poids", "Perder peso", "Abnehmen", "Perder peso",
                  "Perdere peso"),
    "aim_keep": L("Keep my weight", "Garder mon poids", "Mantener el peso", "Gewicht halten",
                  "Manter o peso", "Mantenere il peso"),
    "aim_gain": L("Gain weight", "Prendre du poids", "Ganar peso", "Zunehmen", "Ganhar peso",
                  "Aumentare di peso"),
    "kcal": L("Calories a day (kcal)", "Calories par jour (kcal)", "Calorías al día (kcal)",
              "Kalorien pro Tag (kcal)", "Calorias por dia (kcal)", "Calorie al giorno (kcal)"),
    "protein": L("Protein (g)", "Protéines (g)", "Proteínas (g)", "Eiweiß (g)", "Proteínas (g)",
                 "Proteine (g)"),
    "fat": L("Fat (g)", "Lipides (g)", "Grasas (g)", "Fett (g)", "Gorduras (g)", "Grassi (g)"),
    "carbs": L("Carbohydrates (g)", "Glucides (g)", "Carbohidratos (g)", "Kohlenhydrate (g)",
               "Carboidratos (g)", "Carboidrati (g)"),
    # loans and savings
    "amount": L("Amount", "Montant", "Importe", "Betrag", "Valor", "Importo"),
    "rate": L("Yearly rate %", "Taux annuel %", "Interés anual %", "Zinssatz p. a. %",
              "Taxa anual %", "Tasso annuo %"),
    "years": L("Years", "Années", "Años", "Jahre", "Anos", "Anni"),
    "monthly": L("Monthly payment", "Mensualité", "Cuota mensual", "Monatsrate",
                 "Parcela mensal", "Rata mensile"),
    "interest": L("Total interest", "Intérêts totaux", "Intereses totales", "Zinsen gesamt",
                  "Juros totais", "Interessi totali"),
    "price": L("Price", "Prix", "Precio", "Preis", "Preço", "Prezzo"),
    "down": L("Down payment", "Apport", "Entrada", "Eigenkapital", "Entrada", "Anticipo"),
    "principal": L("Amount borrowed", "Montant emprunté", "Importe del préstamo",
                   "Darlehensbetrag", "Valor financiado", "Importo finanziato"),
    "start": L("Starting amount", "Capital de départ", "Capital inicial", "Startkapital",
               "Valor inicial", "Capitale iniziale"),
    "monthly_add": L("Added each month", "Versement mensuel", "Aporte mensual",
                     "Monatliche Sparrate", "Aporte mensal", "Versamento mensile"),
    "balance": L("Final balance", "Capital final", "Saldo final", "Endkapital", "Saldo final",
                 "Capitale finale"),
    "paid_in": L("Paid in", "Versé", "Aportado", "Eingezahlt", "Aportado", "Versato"),
    "earned": L("Interest earned", "Intérêts gagnés", "Intereses ganados", "Zinserträge",
                "Juros ganhos", "Interessi maturati"),
    "goal": L("Goal", "Objectif", "Meta", "Sparziel", "Meta", "Obiettivo"),
    "saved": L("Already saved", "Déjà épargné", "Ya ahorrado", "Schon gespart", "Já poupado",
               "Già risparmiato"),
    "months": L("Months", "Mois", "Meses", "Monate", "Meses", "Mesi"),
    "per_month": L("Save each month", "À épargner par mois", "Ahorro al mes",
                   "Pro Monat sparen", "Poupar por mês", "Da risparmiare al mese"),
    "per_week": L("Save each week", "À épargner par semaine", "Ahorro a la semana",
                  "Pro Woche sparen", "Poupar por semana", "Da risparmiare a settimana"),
    "left": L("Still to save", "Reste à épargner", "Falta ahorrar", "Noch zu sparen",
              "Falta poupar", "Ancora da risparmiare"),
    # prices
    "off": L("Discount %", "Remise %", "Descuento %", "Rabatt %", "Desconto %", "Sconto %"),
    "saving": L("You save", "Économie", "Ahorras", "Ersparnis", "Você economiza", "Risparmi"),
    "final": L("Price after discount", "Prix remisé", "Precio final", "Endpreis",
               "Preço final", "Prezzo scontato"),
    "net": L("Price before tax", "Prix HT", "Precio sin IVA", "Nettobetrag",
             "Preço sem imposto", "Prezzo senza IVA"),
    "vat_rate": L("Tax rate %", "Taux de TVA %", "IVA %", "MwSt.-Satz %", "Alíquota %",
                  "Aliquota IVA %"),
    "tax": L("Tax", "TVA", "IVA", "MwSt.", "Imposto", "IVA"),
    "quantity": L("Quantity", "Quantité", "Cantidad", "Menge", "Quantidade", "Quantità"),
    "bed_length": L("Length (m)", "Longueur (m)", "Largo (m)", "Länge (m)", "Comprimento (m)",
                    "Lunghezza (m)"),
    "bed_width": L("Width (m)", "Largeur (m)", "Ancho (m)", "Breite (m)", "Largura (m)",
                   "Larghezza (m)"),
    "bed_area": L("Area (m²)", "Surface (m²)", "Superficie (m²)", "Fläche (m²)", "Área (m²)",
                  "Superficie (m²)"),
    "per_m2": L("Per m² ({unit}/m²)", "Par m² ({unit}/m²)", "Por m² ({unit}/m²)",
              "Pro m² ({unit}/m²)", "Por m² ({unit}/m²)", "Per m² ({unit}/m²)"),
    "amount_needed": L("Amount needed ({unit})", "Quantité nécessaire ({unit})",
                       "Cantidad necesaria ({unit})", "Benötigte Menge ({unit})",
                       "Quantidade necessária ({unit})", "Quantità necessaria ({unit})"),
    # a fence
    "fence_length": L("Length (m)", "Longueur (m)", "Largo (m)", "Länge (m)", "Comprimento (m)",
                      "Lunghezza (m)"),
    "fence_width": L("Width (m)", "Largeur (m)", "Ancho (m)", "Breite (m)", "Largura (m)",
                     "Larghezza (m)"),
    "post_spacing": L("Post spacing (m)", "Espacement des piquets (m)",
                      "Distancia entre postes (m)", "Pfostenabstand (m)",
                      "Espaçamento dos postes (m)", "Distanza tra i pali (m)"),
    "strands": L("Number of wire strands", "Nombre de rangs de fil",
                 "Número de hilos de alambre", "Anzahl Drahtreihen", "Número de fios de arame",
                 "Numero di fili"),
    "roll": L("Wire per roll (m)", "Fil par rouleau (m)", "Alambre por rollo (m)",
              "Draht pro Rolle (m)", "Arame por rolo (m)", "Filo per rotolo (m)"),
    "perimeter": L("Perimeter (m)", "Périmètre (m)", "Perímetro (m)", "Umfang (m)",
                   "Perímetro (m)", "Perimetro (m)"),
    "posts": L("Posts", "Piquets", "Postes", "Pfosten", "Postes", "Pali"),
    "wire": L("Wire (m)", "Fil (m)", "Alambre (m)", "Draht (m)", "Arame (m)", "Filo (m)"),
    "rolls": L("Rolls to buy", "Rouleaux à acheter", "Rollos a comprar", "Rollen zu kaufen",
               "Rolos a comprar", "Rotoli da comprare"),
    # skirting boards round a room
    "door_gaps": L("Doorways to leave out (m)", "Portes à déduire (m)", "Puertas a descontar (m)",
                   "Türöffnungen abziehen (m)", "Portas a descontar (m)", "Porte da escludere (m)"),
    "piece_length": L("Length of one piece (m)", "Longueur d'une pièce (m)",
                      "Largo de cada pieza (m)", "Länge einer Leiste (m)",
                      "Comprimento de cada peça (m)", "Lunghezza di un pezzo (m)"),
    "edge_run": L("Length to cover (m)", "Longueur à couvrir (m)", "Largo a cubrir (m)",
                  "Zu verlegende Länge (m)", "Comprimento a cobrir (m)", "Lunghezza da coprire (m)"),
    "pieces": L("Pieces to buy", "Pièces à acheter", "Piezas a comprar", "Leisten zu kaufen",
                "Peças a comprar", "Pezzi da comprare"),
    # plants over a bed
    "plant_spacing": L("Spacing between plants (cm)", "Espacement entre plants (cm)",
                       "Distancia entre plantas (cm)", "Pflanzabstand (cm)",
                       "Espaçamento entre plantas (cm)", "Distanza tra le piante (cm)"),
    "plants": L("Plants needed", "Plants nécessaires", "Plantas necesarias",
                "Benötigte Pflanzen", "Plantas necessárias", "Piante necessarie"),
    # a knitting gauge
    "gauge_stitches": L("Stitches in the gauge", "Mailles de l'échantillon",
                        "Puntos de la muestra", "Maschen der Maschenprobe",
                        "Pontos da amostra", "Maglie del campione"),
    "gauge_rows": L("Rows in the gauge", "Rangs de l'échantillon", "Vueltas de la muestra",
                    "Reihen der Maschenprobe", "Carreiras da amostra", "Ferri del campione"),
    "gauge_size": L("Gauge size (cm)", "Taille de l'échantillon (cm)", "Tamaño de la muestra (cm)",
                    "Größe der Maschenprobe (cm)", "Tamanho da amostra (cm)",
                    "Misura del campione (cm)"),
    "knit_width": L("Width (cm)", "Largeur (cm)", "Ancho (cm)", "Breite (cm)", "Largura (cm)",
                    "Larghezza (cm)"),
    "knit_length": L("Length (cm)", "Longueur (cm)", "Largo (cm)", "Länge (cm)",
                     "Comprimento (cm)", "Lunghezza (cm)"),
    "cast_on": L("Stitches to cast on", "Mailles à monter", "Puntos a montar",
                 "Maschen anschlagen", "Pontos a montar", "Maglie da avviare"),
    "knit_rows": L("Rows to knit", "Rangs à tricoter", "Vueltas a tejer", "Reihen stricken",
                   "Carreiras a tricotar", "Ferri da lavorare"),
    "quoted_area": L("Area", "Surface", "Superficie", "Fläche", "Área", "Superficie"),
    "hours_worked": L("Hours", "Heures", "Horas", "Stunden", "Horas", "Ore"),
    "unit_price": L("Price per unit", "Prix unitaire", "Precio por unidad", "Preis pro Einheit",
                    "Preço por unidade", "Prezzo unitario"),
    "price_per": L("Price per", "Prix par", "Precio por", "Preis pro", "Preço por", "Prezzo per"),
    "subtotal": L("Total before tax", "Total HT", "Total sin IVA", "Summe netto",
                  "Total sem imposto", "Totale senza IVA"),
    "gross": L("Price with tax", "Prix TTC", "Precio con IVA", "Bruttobetrag",
               "Preço com imposto", "Prezzo con IVA"),
    "net_from_gross": L("If that price already includes tax, before tax",
                        "Si ce prix est TTC, montant HT", "Si ese precio ya incluye IVA, sin IVA",
                        "Wenn der Betrag brutto ist, netto",
                        "Se esse preço já inclui imposto, sem imposto",
                        "Se il prezzo include già l'IVA, senza IVA"),
    "base": L("Value", "Valeur", "Valor", "Grundwert", "Valor", "Valore"),
    "part": L("Percentage of the value", "Pourcentage de la valeur", "Porcentaje del valor",
              "Prozentwert", "Porcentagem do valor", "Percentuale del valore"),
    "plus": L("Value plus that %", "Valeur plus ce %", "Valor más ese %", "Grundwert plus %",
              "Valor mais essa %", "Valore più la %"),
    "minus": L("Value minus that %", "Valeur moins ce %", "Valor menos ese %",
               "Grundwert minus %", "Valor menos essa %", "Valore meno la %"),
    # grades
    "grades": L("Grades (separated by commas)", "Notes (séparées par des virgules)",
                "Notas (separadas por comas)", "Noten (durch Kommas getrennt)",
                "Notas (separadas por vírgulas)", "Voti (separati da virgole)"),
    "weights": L("Weights, same order (optional)", "Coefficients, même ordre (facultatif)",
                 "Pesos, mismo orden (opcional)", "Gewichte, gleiche Reihenfolge (optional)",
                 "Pesos, mesma ordem (opcional)", "Pesi, stesso ordine (facoltativo)"),
    "average": L("Average", "Moyenne", "Promedio", "Durchschnitt", "Média", "Media"),
    "weighted": L("Weighted average", "Moyenne pondérée", "Promedio ponderado",
                  "Gewichteter Durchschnitt", "Média ponderada", "Media ponderata"),
    "count": L("Grades counted", "Notes comptées", "Notas contadas", "Gezählte Noten",
               "Notas contadas", "Voti contati"),
    # trips
    "distance": L("Distance (km)", "Distance (km)", "Distancia (km)", "Strecke (km)",
                  "Distância (km)", "Distanza (km)"),
    "consumption": L("Consumption (L/100 km)", "Consommation (L/100 km)",
                     "Consumo (L/100 km)", "Verbrauch (L/100 km)", "Consumo (L/100 km)",
                     "Consumo (L/100 km)"),
    "fuel_price": L("Fuel price per litre", "Prix du litre", "Precio por litro",
                    "Preis pro Liter", "Preço por litro", "Prezzo al litro"),
    "litres": L("Litres used", "Litres consommés", "Litros gastados", "Getankte Liter",
                "Litros gastos", "Litri consumati"),
    "l_per_100": L("Consumption (L/100 km)", "Consommation (L/100 km)", "Consumo (L/100 km)",
                   "Verbrauch (L/100 km)", "Consumo (L/100 km)", "Consumo (L/100 km)"),
    "km_per_l": L("Kilometres per litre", "Kilomètres par litre", "Kilómetros por litro",
                  "Kilometer pro Liter", "Quilômetros por litro", "Chilometri al litro"),
    "fuel": L("Fuel needed (L)", "Carburant (L)", "Combustible (L)", "Kraftstoff (L)",
              "Combustível (L)", "Carburante (L)"),
    "cost": L("Trip cost", "Coût du trajet", "Coste del viaje", "Fahrtkosten",
              "Custo da viagem", "Costo del viaggio"),
    # electricity
    "watts": L("Power (W)", "Puissance (W)", "Potencia (W)", "Leistung (W)", "Potência (W)",
               "Potenza (W)"),
    "hours_day": L("Hours a day", "Heures par jour", "Horas al día", "Stunden pro Tag",
                   "Horas por dia", "Ore al giorno"),
    "days_month": L("Days used in the month", "Jours d'usage dans le mois",
                    "Días de uso en el mes", "Nutzungstage im Monat", "Dias de uso no mês",
                    "Giorni di uso nel mese"),
    "kwh_price": L("Price per kWh", "Prix du kWh", "Precio del kWh", "Preis pro kWh",
                   "Preço do kWh", "Prezzo al kWh"),
    "fixed_fee": L("Fixed monthly fee", "Abonnement mensuel", "Cuota fija mensual",
                   "Monatliche Grundgebühr", "Taxa fixa mensal", "Quota fissa mensile"),
    "kwh": L("Consumption per month (kWh)", "Consommation par mois (kWh)",
             "Consumo al mes (kWh)", "Verbrauch pro Monat (kWh)", "Consumo por mês (kWh)",
             "Consumo al mese (kWh)"),
    "kwh_year": L("Consumption per year (kWh)", "Consommation par an (kWh)",
                  "Consumo al año (kWh)", "Verbrauch pro Jahr (kWh)", "Consumo por ano (kWh)",
                  "Consumo all'anno (kWh)"),
    "kwh_month": L("kWh in a month", "kWh sur un mois", "kWh en un mes", "kWh im Monat",
                   "kWh no mês", "kWh nel mese"),
    "cost_month": L("Monthly cost", "Coût mensuel", "Coste mensual", "Monatliche Kosten",
                    "Custo mensal", "Costo mensile"),
    "cost_year": L("Yearly cost", "Coût annuel", "Coste anual", "Jährliche Kosten",
                   "Custo anual", "Costo annuo"),
    # pregnancy
    "last_period": L("First day of the last period", "Premier jour des dernières règles",
                     "Primer día de la última regla", "Erster Tag der letzten Periode",
                     "Primeiro dia da última menstruação",
                     "Primo giorno dell'ultima mestruazione"),
    "due": L("Due date", "Date prévue d'accouchement", "Fecha probable de parto",
             "Errechneter Geburtstermin", "Data provável do parto", "Data presunta del parto"),
    "weeks_now": L("Weeks pregnant today", "Semaines d'aménorrhée aujourd'hui",
                   "Semanas de embarazo hoy", "Schwangerschaftswochen heute",
                   "Semanas de gestação hoje", "Settimane di gravidanza oggi"),
    "days_left": L("Days to go", "Jours restants", "Días que faltan", "Tage bis dahin",
                   "Dias que faltam", "Giorni mancanti"),
    # paint
    "room_length": L("Room length (m)", "Longueur de la pièce (m)", "Largo de la habitación (m)",
                     "Raumlänge (m)", "Comprimento do cômodo (m)", "Lunghezza della stanza (m)"),
    "room_width": L("Room width (m)", "Largeur de la pièce (m)", "Ancho de la habitación (m)",
                    "Raumbreite (m)", "Largura do cômodo (m)", "Larghezza della stanza (m)"),
    "wall_width": L("Wall width (m)", "Largeur du mur (m)", "Ancho de la pared (m)",
                    "Wandbreite (m)", "Largura da parede (m)", "Larghezza della parete (m)"),
    "wall_height": L("Wall height (m)", "Hauteur des murs (m)", "Altura de las paredes (m)",
                     "Wandhöhe (m)", "Altura das paredes (m)", "Altezza delle pareti (m)"),
    "openings": L("Doors and windows (m²)", "Portes et fenêtres (m²)", "Puertas y ventanas (m²)",
                  "Türen und Fenster (m²)", "Portas e janelas (m²)", "Porte e finestre (m²)"),
    "coats": L("Coats", "Couches", "Manos", "Anstriche", "Demãos", "Mani"),
    "coverage": L("Coverage (m² per litre)", "Rendement (m² par litre)",
                  "Rendimiento (m² por litro)", "Ergiebigkeit (m² pro Liter)",
                  "Rendimento (m² por litro)", "Resa (m² per litro)"),
    "wall_area": L("Wall area to paint (m²)", "Surface à peindre (m²)",
                   "Superficie a pintar (m²)", "Zu streichende Fläche (m²)",
                   "Área a pintar (m²)", "Superficie da dipingere (m²)"),
    "paint_litres": L("Paint needed (L)", "Peinture nécessaire (L)", "Pintura necesaria (L)",
                      "Benötigte Farbe (L)", "Tinta necessária (L)", "Vernice necessaria (L)"),
    # tiles
    "tile_length": L("Tile length (cm)", "Longueur d'un carreau (cm)", "Largo de la baldosa (cm)",
                     "Fliesenlänge (cm)", "Comprimento da peça (cm)",
                     "Lunghezza della piastrella (cm)"),
    "tile_width": L("Tile width (cm)", "Largeur d'un carreau (cm)", "Ancho de la baldosa (cm)",
                    "Fliesenbreite (cm)", "Largura da peça (cm)", "Larghezza della piastrella (cm)"),
    "waste": L("Extra for cuts and breakage (%)", "Marge pour les coupes et la casse (%)",
               "Extra por cortes y roturas (%)", "Verschnitt (%)", "Perda por cortes e quebras (%)",
               "Sfrido per tagli e rotture (%)"),
    "per_box": L("Tiles per box", "Carreaux par boîte", "Baldosas por caja", "Fliesen pro Paket",
                 "Peças por caixa", "Piastrelle per scatola"),
    "area": L("Floor area (m²)", "Surface au sol (m²)", "Superficie del suelo (m²)",
              "Bodenfläche (m²)", "Área do piso (m²)", "Superficie del pavimento (m²)"),
    "floor_area": L("Area to tile (m²)", "Surface à carreler (m²)", "Superficie a cubrir (m²)",
                    "Zu fliesende Fläche (m²)", "Área a revestir (m²)",
                    "Superficie da piastrellare (m²)"),
    "tile_count": L("Tiles to buy", "Carreaux à acheter", "Baldosas a comprar",
                    "Fliesen zu kaufen", "Peças a comprar", "Piastrelle da comprare"),
    "boxes": L("Boxes to buy", "Boîtes à acheter", "Cajas a comprar", "Pakete zu kaufen",
               "Caixas a comprar", "Scatole da comprare"),
    # dates
    "from_date": L("From", "Du", "Desde", "Von", "De", "Dal"),
    "to_date": L("To", "Au", "Hasta", "Bis", "Até", "Al"),
    "days": L("Days", "Jours", "Días", "Tage", "Dias", "Giorni"),
    "weeks": L("Weeks", "Semaines", "Semanas", "Wochen", "Semanas", "Settimane"),
    "months_left": L("Months", "Mois", "Meses", "Monate", "Meses", "Mesi"),
    # pay
    "hourly": L("Hourly rate", "Taux horaire", "Tarifa por hora", "Stundenlohn",
                "Valor da hora", "Paga oraria"),
    "hours": L("Hours a week", "Heures par semaine", "Horas por semana", "Stunden pro Woche",
               "Horas por semana", "Ore a settimana"),
    "overtime": L("Overtime hours a week", "Heures sup. par semaine", "Horas extra por semana",
                  "Überstunden pro Woche", "Horas extras por semana",
                  "Ore di straordinario a settimana"),
    "ot_rate": L("Overtime multiplier", "Majoration (×)", "Multiplicador horas extra",
                 "Überstundenfaktor", "Multiplicador de hora extra",
                 "Maggiorazione straordinari (×)"),
    "week": L("Weekly pay", "Par semaine", "Por semana", "Pro Woche", "Por semana",
              "A settimana"),
    "month": L("Monthly pay", "Par mois", "Por mes", "Pro Monat", "Por mês", "Al mese"),
    "year": L("Yearly pay", "Par an", "Por año", "Pro Jahr", "Por ano", "All'anno"),
    # recipes
    "from_servings": L("Recipe serves", "Recette pour (personnes)", "Receta para (raciones)",
                       "Rezept für (Portionen)", "Receita para (porções)",
                       "Ricetta per (porzioni)"),
    "to_servings": L("I want to serve", "Je veux servir", "Quiero servir", "Ich brauche",
                     "Quero servir", "Voglio servire"),
    "ingredients": L("Ingredients, one per line", "Ingrédients, un par ligne",
                     "Ingredientes, uno por línea", "Zutaten, eine pro Zeile",
                     "Ingredientes, um por linha", "Ingredienti, uno per riga"),
    "factor": L("Multiply by", "Multiplier par", "Multiplicar por", "Faktor",
                "Multiplicar por", "Moltiplica per"),
    "scaled": L("Scaled ingredients", "Ingrédients adaptés", "Ingredientes ajustados",
                "Umgerechnete Zutaten", "Ingredientes ajustados", "Ingredienti scalati"),
    # currency
    "fx": L("Exchange rate (1 unit = ?)", "Taux de change (1 unité = ?)",
            "Tipo de cambio (1 unidad = ?)", "Wechselkurs (1 Einheit = ?)",
            "Taxa de câmbio (1 unidade = ?)", "Tasso di cambio (1 unità = ?)"),
    "converted": L("Converted amount", "Montant converti", "Importe convertido",
                   "Umgerechneter Betrag", "Valor convertido", "Importo convertito"),
    # units
    "value": L("Value", "Valeur", "Valor", "Wert", "Valor", "Valore"),
    "pair": L("Convert", "Convertir", "Convertir", "Umrechnen", "Converter", "Converti"),
    "result": L("Result", "Résultat", "Resultado", "Ergebnis", "Resultado", "Risultato"),
    "km_mi": L("km → miles", "km → miles", "km → millas", "km → Meilen", "km → milhas",
               "km → miglia"),
    "mi_km": L("miles → km", "miles → km", "millas → km", "Meilen → km", "milhas → km",
               "miglia → km"),
    "kg_lb": L("kg → lb", "kg → lb", "kg → lb", "kg → lb", "kg → lb", "kg → lb"),
    "lb_kg": L("lb → kg", "lb → kg", "lb → kg", "lb → kg", "lb → kg", "lb → kg"),
    "c_f": L("°C → °F", "°C → °F", "°C → °F", "°C → °F", "°C → °F", "°C → °F"),
    "f_c": L("°F → °C", "°F → °C", "°F → °C", "°F → °C", "°F → °C", "°F → °C"),
    "cm_in": L("cm → inches", "cm → pouces", "cm → pulgadas", "cm → Zoll", "cm → polegadas",
               "cm → pollici"),
    "in_cm": L("inches → cm", "pouces → cm", "pulgadas → cm", "Zoll → cm", "polegadas → cm",
               "pollici → cm"),
    "l_gal": L("litres → US gallons", "litres → gallons US", "litros → galones EE. UU.",
               "Liter → US-Gallonen", "litros → galões EUA", "litri → galloni USA"),
    "gal_l": L("US gallons → litres", "gallons US → litres", "galones EE. UU. → litros",
               "US-Gallonen → Liter", "galões EUA → litros", "galloni USA → litri"),
}
# What a weighted split is by, as the prompt says it: the list's label and its example lines.
_BASES = (
    (r"(?:bed)?rooms?\b|size|square|sq ?f|m2\b|m²|surface|area\b|floor|taille|chambre|"
     r"superficie|metres|tamano|habitacion|cuarto|metros|gro(?:ss|ß)e|zimmer|flache|"
     r"quadratmeter|tamanho|quarto|dimension|stanz|camer|metri",
     L("Each person and their room size (m²), one per line",
       "Chaque personne et la surface de sa chambre (m²), une par ligne",
       "Cada persona y el tamaño de su habitación (m²), una por línea",
       "Jede Person und ihre Zimmergröße (m²), eine pro Zeile",
       "Cada pessoa e o tamanho do seu quarto (m²), uma por linha",
       "Ogni persona e la dimensione della sua stanza (m²), una per riga"),
     "Alex 14 m²\nSam 10 m²\nNoa 12 m²"),
    (r"incomes?\b|salar|earnings|wages?\b|revenu|salaire|ingreso|sueldo|einkommen|gehalt|"
     r"verdienst|renda|rendimento|reddit|stipend",
     L("Each person and their income, one per line",
       "Chaque personne et son revenu, une par ligne",
       "Cada persona y sus ingresos, una por línea",
       "Jede Person und ihr Einkommen, eine pro Zeile",
       "Cada pessoa e sua renda, uma por linha",
       "Ogni persona e il suo reddito, una per riga"),
     "Alex 3200\nSam 2400\nNoa 1600"),
)
US_ROOMS = ("Each person and their room size (sq ft), one per line",
            "Alex 150 sq ft\nSam 110 sq ft\nNoa 130 sq ft")
# US English trips are in miles and gallons.
US_FUEL = {"distance": "Distance (miles)", "consumption": "Fuel economy (mpg)",
           "fuel_price": "Fuel price per gallon", "fuel": "Fuel needed (gallons)"}
BANDS = L(("underweight", "healthy", "overweight", "obese"),
          ("insuffisance pondérale", "normal", "surpoids", "obésité"),
          ("bajo peso", "normal", "sobrepeso", "obesidad"),
          ("Untergewicht", "Normalgewicht", "Übergewicht", "Adipositas"),
          ("abaixo do peso", "normal", "sobrepeso", "obesidade"),
          ("sottopeso", "normopeso", "sovrappeso", "obesità"))
# Each unit the converter has, as a prompt names it (plain); a pair is two of them.
_UNITS = {"c": r"celsius|°c|centigrad", "f": r"fahrenheit|°f",
          "kg": r"\bkg\b|\bkilo(?!m)|quilo|chilo(?!m)", "lb": r"pounds|\blbs?\b|livres|libras|pfund|libbre",
          "cm": r"\bcm\b|centim", "in": r"inch|pouce|zoll|pulgada|polegada|pollic",
          "l": r"litre|liter|litro", "gal": r"gallon|galon|galao|galoes|gallone",
          "km": r"\bkm\b|kilom|chilom", "mi": r"\bmiles?\b|meilen?\b|miglia|millas?\b|milhas?\b"}
_PAIRS = ("c_f", "f_c", "kg_lb", "lb_kg", "cm_in", "in_cm", "l_gal", "gal_l", "km_mi", "mi_km")


def _sides_said(prompt: str) -> list[str]:
    """The converter's units ``prompt`` names, the first named first."""
    text = plain(prompt)
    found = ((re.search(pat, text), side) for side, pat in _UNITS.items())
    return [side for _, side in sorted((m.start(), side) for m, side in found if m)]


def pair(prompt: str) -> tuple[str, bool]:
    """The converter's starting pair: the first whose two units ``prompt`` names, from the
    one named first ("Meilen in Kilometer": mi_km), else the first unit named to its
    partner; and whether both of its units are named."""
    said = _sides_said(prompt)
    both = [f"{a}_{b}" for n, a in enumerate(said) for b in said[n + 1:]
            if f"{a}_{b}" in _PAIRS]
    if both:
        return both[0], True
    return next((p for s in said for p in _PAIRS if p.startswith(f"{s}_")), "km_mi"), False


def _one_sided(prompt: str) -> bool:
    """Whether ``prompt`` gives numbers and names one unit of the converter's pair but not the
    other ("3 litres of soup feeds 10 people", "4 km/h, la boucle fait 18 km", "des
    hectolitres en bouteilles de 75 cl"): the other unit is the converter's guess, and its
    result is none of what was asked (review26 #21)."""
    return bool(re.search(r"\d", prompt)) and bool(_sides_said(prompt)) and not pair(prompt)[1]
# A noun before the calculator word that names what it computes ("carbon footprint
# calculator"), or a "to work out X" after it; "for my kids" names who it is for.
# the verb that asks for a sum, its object what is computed: "calculer le prix de revient d'un
# gâteau", "calcolare i costi del matrimonio", "ausrechnen, wie viel …"
_CALC_VERB = r"\b(?:to calculate|calculer|calcular|calcolare|berechnen|ausrechnen)\b"
# How many of a thing are needed, asked as a question with the sizes it is for: "how many
# plants do I need for a bed 3 x 2 m", "wie viele Pflanzen brauche ich für ein Beet von 4 x
# 1,5 m", "quanti litri contiene la piscina: lunghezza, larghezza…" (plain text). The thing
# asked is a sum to compute, not a list to keep.
_SIZES_AHEAD = (r"(?=[^.?!\n]{0,120}?(?:\d|\b(?:length|width|height|depth|longueur|largeur|"
                r"hauteur|profondeur|largo|ancho|alto|profundidad|lange|breite|hohe|tiefe|"
                r"comprimento|largura|altura|profundidade|lunghezza|larghezza|altezza|"
                r"profondita)\b))")
NEEDED = (r"\b(?:how (?:many|much) (?:[\w'-]+ ){1,3}(?:do|will|would|should) (?:i|we) need|"
          r"wie ?viele? (?:[\w'-]+ ){1,3}(?:brauche|brauchen) (?:ich|wir)|"
          r"combien (?:de |d')(?:[\w'-]+ ){1,3}(?:faut-il|(?:il )?(?:me|nous) faut-il|dois-je)|"
          r"cu[aá]nt[oa]s (?:[\w'-]+ ){1,3}(?:necesito|necesitamos|(?:me |nos )?hacen falta)|"
          r"quant[oa]s (?:[\w'-]+ ){1,3}(?:preciso|precisamos)|"
          r"quant[ie] (?:[\w'-]+ ){1,3}(?:(?:mi |ci )?servono|(?:mi |ci )?vogliono|occorrono)|"
          r"quanti litri|how many (?:litres|liters|gallons)|combien de litres|cu[aá]ntos litros|"
          r"quantos litros|wie viele? liter)\b" + _SIZES_AHEAD)
_CALC_WORD = (r"calculat\w*|calculadora|calculateur|calculette|calcolatore|calcolatrice|"
              r"\w*rechner|simulat\w*|simulador|estimator|calculatrice|" + _CALC_VERB)
_AUDIENCE = (r"(?:my|our|the|his|her|their|mes|mon|ma|nos|notre|mis|mi|nuestr\w+|meine?\w*|"
             r"unser\w*|minha|meu|nossa|nosso|mia|mio|nostr\w+)\s+\w+"
             r"|kids|children|students|class|family|friends|team|office|school|home|phone")
_ASKS = (r"to (?:calculate|compute|work out|figure out|estimate)|that (?:calculates|computes|"
         r"works out|estimates)|for (?:calculating|computing|working out)|pour calculer|"
         r"para calcular|zum berechnen|um \w+ zu berechnen|per calcolare|que calcul\w+|"
         r"qui calcule|che calcol\w+|der \w+ berechnet|de calcul de|de c[áa]lculo de|di calcolo")
_LEAD_STOP = {"a", "an", "the", "my", "our", "simple", "small", "little", "basic", "quick",
              "easy", "nice", "web", "online", "mobile", "handy", "free", "un", "une", "una",
              "uno", "um", "uma", "ein", "eine", "einen", "einfache", "einfachen", "einfacher",
              "kleine", "kleinen", "petite", "petit", "sencilla", "simples",
              "semplice", "il", "la", "le", "el", "o", "mein", "meinen", "unser", "unseren",
              "app", "application", "tool", "pocket", "scientific", "standard", "i", "need",
              "want", "build", "make", "create", "me", "please", "ich", "brauche", "möchte",
              "je", "veux", "quiero", "necesito", "quero", "preciso", "voglio", "vorrei",
              "serve", "mi", "per", "für", "for", "pour", "para", "de", "du", "des", "di"}


def plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower())
                   if not unicodedata.combining(c))


# a farm's animals, in the six languages (plain)
_FARM = (r"\b(?:gallinas?|galinhas?|poules?|hens?|chickens?|huhn|huhner|polli|galline|cavall[oi]|"
         r"horses?|chevaux|cheval|pferde?n?|caball[oa]s?|vacas?|cows?|cattle|vaches?|kuhe?|mucche|"
         r"gado|ganado|bovins?|rinder?|ovejas?|sheep|ewes?|brebis|moutons?|schafe?|pecore|ovelhas?|"
         r"cabras?|goats?|chevres?|ziegen?|capre|cerdos?|pigs?|cochons?|schweine?|porcos?|maiali|"
         r"conejos?|rabbits?|lapins?|kaninchen|coelhos?|conigli|patos?|ducks?|canards?|enten|"
         r"anatre|aves de corral|poultry|volailles?|gefl[uü]gel|pollame)\b")
_OF_WEIGHT = (r"\d\s*%\s*(?:of|vom|von|du|de|del|do|della|dal)\s+(?:[\w']+\s+){0,3}?(?:body ?weight|"
              r"weight|korpergewicht|gewicht|poids|peso)\b|\bbarf\b")


def kind(prompt: str) -> str | None:
    """The calculator ``prompt`` asks for: a CALCS key, "basic" when it names no particular
    sum, None when it names one no calculator here computes, "custom" when it spells out a
    formula of its own (formula.py) that is not the one its named calculator computes ("kcal
    = peso(kg) x 60" for a cat's food: its own sum, not the pet food calculator's)."""
    k = _kind(prompt)
    spelled = formula.read(prompt)
    if spelled is not None and spelled.steps and not same_sum(spelled, k, prompt):
        return "custom"
    if (k is None or k == "basic" or k in GENERIC) and measured.equivalences(prompt):
        # "1 Fm = 1,4 Rm = 2,0 SRm": a converter of the units it defines; none when the
        # prompt's other numbers make the definitions one step of a sum (review26 #41)
        return "converted" if measured.converts_only(prompt) else None
    if (k is None or k == "basic" or k == "per_area" or k in GENERIC) and measured.rates(prompt):
        # so much of one thing for so much of another, stated ("13 tuiles au m²", "1 ml por
        # cada 10 kg"): the calculator of what the prompt types in and asks, or none here (a
        # keypad or a unit converter computes nothing of it)
        if measured.derive(prompt) is not None:
            return "measured"
        if k != "per_area":
            return None
    if k == "basic" and len(measured.named(prompt)) == 1 and measured.derive(prompt):
        return "measured"  # "gym price per month, what does it cost a year": a period's rate
    if k == "fence" and re.search(_OPEN_RUN, plain(prompt)):
        # a straight run or some sides only ("45 m le long du chemin", "nur die Straßenseite,
        # 30 m gerade", "only the other three sides"): the calculator closes a rectangle, so
        # it says it can't build that rather than fence 160 m (review26 #43)
        return None
    if k in _LOOSE and _asks_other(prompt, k):
        # "wie viele Gläser aus 42 kg Honig, 500 g pro Glas", "3 litres of soup feeds 10
        # people … how many litres", "Noten kopieren …, was kostet das?": a sum of its own,
        # which the calculator its words name does not compute (review26 #14, #21); a recipe's
        # portions ("custo por dose … quanto custa cada dose") divide what the general
        # calculator would multiply, so it is said as not built
        return "measured" if k != "recipe" and measured.derive(prompt) is not None else None
    if k == "basic" and re.search(r"\d", prompt) and re.search(
            r"\b(?:how many|how much|combien|cu[aá]nt[oa]s?|quant[oa]s?|quant[ie]|wie viele?)\b",
            plain(prompt)) and measured.derive(prompt) is None:
        # "cada vela dura 6 horas, … ¿cuántas velas compramos?": a sum asked of the numbers
        # given, which a keypad does not work out (review26 #32)
        return None
    if k in (None, "basic") and (measured.typed(prompt) or (measured.named(prompt) and measured.asked(
            prompt))):
        # "metto la dose in g per ettolitro e i litri della botte, e mi dice quanti grammi",
        # "she puts in how many pairs …": a sum of its own, which no keypad computes
        return "measured" if measured.derive(prompt) is not None else None
    if measured.paid_with_measures(prompt):
        return None  # things paid and a measure among them: no sum of euros (walk23)
    if measured.summed(prompt) is not None or (k != "weighted" and measured.shared(prompt)):
        # "cuánto me cuesta el coche al mes: seguro, gasolina, parking y la letra": the sum of
        # the things paid, not the trip's fuel its "gasolina" names
        return "measured"
    # the quantities it names to type in: a calculator that takes them, or one worked out
    # from their units ("largo, ancho y alto en cm … los litros"), or none here
    if k not in ("custom", "rated") and not _holds(k, prompt):
        # (another the prompt names takes every one of them, and is not a generic percent
        # or unit converter that takes anything)
        found = [key for key in _all_kinds(prompt) if key != k and key not in GENERIC
                 and _holds(key, prompt, strict=True)]
        if found:
            return found[0]
        return "measured" if measured.derive(prompt) is not None else None
    # "prix du bien, 7,5 % dans l'ancien, 2,5 % dans le neuf": a rate for each case (a
    # "sale price" is no discount asked)
    if (k in (None, "percent") or (k == "discount" and not re.search(
            r"discount|remise|rabais|descuento|rebaja|rabatt|desconto|sconto|% off|soldes|saldi",
            plain(prompt)))) and rates(prompt):
        return "rated"
    return k


# The calculators a word alone picks (a keypad, a unit converter, a percentage, a discount,
# grades, a recipe scaler, electricity's cost, a currency, dates): a prompt may say the word in
# another sense ("Noten kopieren", "sacchi di farina per la polenta") while it asks a sum of its
# own, which they never compute.
_LOOSE = GENERIC | {"basic", "discount", "grades", "recipe", "energy", "currency", "dates"}


def _asks_other(prompt: str, k: str) -> bool:
    """Whether ``prompt`` asks of the numbers it gives what calculator ``k`` does not compute:
    a relation of its own (``measured.relation``), a count of containers ("quanti sacchi da
    5 kg"), a cost from one that gives no money, or a conversion to a unit the converter
    guesses (``_one_sided``)."""
    # (a bill's own rates, "0,28 per kWh", "3500 kWh a year", are its: only so much for each
    # thing counted, "95 € pro Raummeter", is not; a discount said is asked, whatever else is)
    related = {"discount": False, "energy": measured.each_thing(prompt)}
    if related.get(k, measured.relation(prompt)) or (k == "convert" and _one_sided(prompt)):
        return True
    wants = measured.asked(prompt)
    money = any(fmt == "money" for _, fmt in CALCS[k].outputs) if k in CALCS else False
    # (a recipe scaler scales the lines typed into it: a quantity asked of the numbers
    # given, "4 litres of stew feeds 12 people, 90 guests, how many litres", is none of them)
    return any(w.per for w in wants) or _containers_asked(plain(prompt)) or (
        not money and any(w.dim == measured.MONEY for w in wants)) or (
        k == "recipe" and bool(wants) and bool(re.search(r"\d", prompt)))


_HOW_MANY = r"\b(?:how many|combien de|cu[aá]nt[oa]s|quant[oa]s|quant[ie]|wie viele)\s+([^\W\d_]{3,})"
_SIZE_UNIT = (r"\d+(?:[.,]\d+)?\s*-?\s*(?:kg|g|l|cl|ml|kilos?|quilos?|kilogram\w*|grams?|grammes?|"
              r"gramos|gramm|grammi|litres?|liters?|litros?|litri)\b")


def _containers_asked(text: str) -> bool:
    """Whether ``text`` (plain) asks how many of a thing it gives the size of: "pacchi da
    1 kg … quanti pacchi?", "how many 50 litre bags", "wie viele 40-Liter-Säcke"."""
    for m in re.finditer(_HOW_MANY, text):
        stem = re.escape(m.group(1)[:4])
        if re.match(_SIZE_UNIT, text[m.start(1):]) or re.search(
                rf"\b{stem}\w*\s+(?:da|de|di|of|von|zu|a|com|con|with)\s+{_SIZE_UNIT}", text):
            return True
    return bool(re.search(rf"\b(?:how many|combien de|cu[aá]nt[oa]s|quant[oa]s|quant[ie]|wie "
                          rf"viele)\s+{_SIZE_UNIT}", text))


# a rate said for a case: "7,5 % dans l'ancien", "3 % en pisos", "19 % für Neuwagen"
_RATE_FOR = (r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)\s*%\s*(?:dans|pour|sur|en|for|on|in|para|"
             r"sobre|em|no|na|nos|nas|f[üu]r|bei|auf|im|per|nel|nella|nei|negli|nelle|sul|"
             r"sulla|sui|sugli|sulle|da)\s+"
             r"(?:l['’]\s*|(?:le|la|les|the|el|los|las|o|a|os|as|il|lo|gli|i|den|die|das|der)\s+)?"
             r"([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)")


def rates(prompt: str) -> list[tuple[str, float]]:
    """The rates a prompt gives for its cases, two or more ("7,5 % dans l'ancien, 2,5 % dans
    le neuf" → [("ancien", 7.5), ("neuf", 2.5)]); []."""
    found = [(re.split(r"[,;.]", m.group(2))[0].strip(), number(m.group(1)))
             for m in re.finditer(_RATE_FOR, prompt[:4000], re.I)]
    return found if len(found) >= 2 else []


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


RATE = L("Rate %", "Taux %", "Tasa %", "Satz %", "Taxa %", "Aliquota %")


def _rated(prompt: str, lang: str) -> tuple[list, dict]:
    """A percentage of an amount at the rate of one of the cases the prompt gives ("frais de
    notaire : prix du bien, 7,5 % dans l'ancien, 2,5 % dans le neuf"): the amount, its rate
    (the first case's, the others said beside it), what that rate of it is and the total."""
    cases = rates(prompt)
    m = re.search(r":\s*([^\W\d_][^,;:.\d%]{1,40}?)\s*(?:,|;|$)", prompt)
    base = _cap(m.group(1).strip()) if m else pick(WORDS["base"], lang)
    said = ", ".join(f"{c} {str(r).replace('.', ',') if lang != 'en' else r} %" for c, r in cases)
    subject, flat = _subject(plain(prompt)), plain(prompt)
    at = flat.find(subject) if subject else -1  # in the prompt's own letters ("für", "é")
    if at >= 0 and plain(prompt[at:at + len(subject)]) == subject:
        subject = prompt[at:at + len(subject)]
    subject = re.sub(r"^(?:l['’]\s*|(?:the|my|our|le|la|les|el|los|las|der|die|das|den|dem|o|"
                     r"a|os|as|il|lo|gli|i|mon|ma|mes|mi|mis|meu|minha|mio|mia|mein\w*|"
                     r"unser\w*)\s+)+", "", subject, flags=re.I)
    inputs = [{"key": "base", "label": base, "value": 0, "type": "number"},
              {"key": "pct", "label": f"{pick(RATE, lang)} ({said})", "value": cases[0][1],
               "type": "number"}]
    outputs = [{"key": "part", "label": _cap(subject) if subject else pick(WORDS["part"], lang),
                "format": "money"},
               {"key": "plus", "label": pick(WORDS["total"], lang), "format": "money"}]
    fields = [{"key": "when", "label": pick(WHEN, lang), "type": "text"}] + \
        [{"key": x["key"], "label": x["label"], "type": "number"} for x in inputs] + \
        [{"key": x["key"], "label": x["label"], "type": "money"} for x in outputs]
    return fields, {"formula": "percent", "calc": "percent", "inputs": inputs,
                    "outputs": outputs}


def _holds(k: str | None, prompt: str, strict: bool = False) -> bool:
    """Whether calculator ``k`` takes what ``prompt`` names to type in (its weight, minutes
    and speed; its watts, hours a day and price per kWh): each named quantity's kind is one of
    its inputs'. A prompt naming fewer than two is held by any."""
    said = measured.named(prompt)
    if len(said) < 2:
        return True
    # a quantity whose unit is unsaid is told by its kind only when that kind is plain (a
    # speed, a power): "costo", "edad", "horas extras" may be what an input of another kind
    # holds ("Alter" a dog's age, "horas" a week's)
    return k in CALCS and all(q.dim in _TAKES[k] for q in said
                              if strict or q.said or q.dim in measured.PLAIN)


# a word said as not wanted: "nessuno sconto", "sem desconto", "no discount", "kein Rabatt"
_NOT_WANTED = (r"\b(?:no|without|sans|pas de|aucune?|sin|ningun[oa]?|ohne|kein\w*|sem|nenhuma?|"
               r"senza|nessun[oa]?|niente|nada de)\s+$")


def _said(pattern: str, text: str, k: str = "") -> re.Match | None:
    """The first place ``text`` says a calculator's word, not said as not wanted ("niente
    sconti, il negozio non li fa" asks no discount); a tax said absent ("prix sans TVA") is
    still the tax's."""
    return next((m for m in re.finditer(pattern, text) if k == "vat" or not re.search(
        _NOT_WANTED, text[max(0, m.start() - 12):m.start()])), None)


def _all_kinds(prompt: str) -> list[str]:
    """Every calculator whose words ``prompt`` says, the first said first."""
    text = plain(prompt)
    found = ((_said(c.pattern, text, k), k) for k, c in CALCS.items())
    return [k for _, k in sorted((m.start(), k) for m, k in found if m)]


def _kind(prompt: str) -> str | None:
    text = plain(prompt)
    found = [(c.generic, m.start(), -len(m.group()), k) for k, c in CALCS.items()
             if (m := _said(c.pattern, text, k))]
    if any(k == "macros" for *_, k in found) and any(k == "calories" for *_, k in found):
        return "macros"  # calories and macros: the macro calculator gives both
    if any(k == "petfood" for *_, k in found) and re.search(_FARM, text) and not re.search(
            r"\b(?:dogs?|cats?|chiens?|chats?|perros?|gat[oa]s?|hunde?|katzen?|cachorros?|caes|"
            r"cani|cane|gatt[oi])\b", text):
        # "pienso para las gallinas", "ração para o gado": feed for a farm's animals, not a
        # dog's or a cat's daily ration (review26 #15: the hens' sack read as a 25 kg dog)
        found = [x for x in found if x[-1] != "petfood"]
        if not found:
            return None
    if any(k == "petfood" for *_, k in found):
        # a dog's weight and age: its food, not a BMI or a date; a ration said as a share of
        # its weight ("2,5 % vom Körpergewicht", BARF) is that percentage of it
        return "percent" if re.search(_OF_WEIGHT, text) else "petfood"
    if any(k == "quote" for *_, k in found):
        if not any(k == "discount" for *_, k in found):
            return "quote"  # "devis peinture …, 25 € le m²": a price to quote, not paint's litres
        found = [x for x in found if x[-1] != "quote"]  # "… and 10% off": the discount's
    if any(k == "economy" for *_, k in found):
        return "economy"  # "consommation d'essence … résultat en L/100 km": not a trip's cost
    if not found:
        return None if asks_something(text) else "basic"
    generic, *_, best = min(found)
    # "a tile calculator: ..., add 10% waste": a percent or a unit the prompt mentions is not
    # what it asks to compute when it names another thing; no calculator here is that one
    subject = _subject(text)
    if generic and subject and not re.search(CALCS[best].pattern, subject):
        return None
    if generic and not subject and re.search(NEEDED, text):
        return None  # "how many bags of concrete do I need …, bags of 25 kg": no unit converter
    return best


def asks_something(text: str) -> bool:
    """Whether ``text`` (plain, lower-cased) names what its calculator should compute: by its
    calculator word, or by asking how many of a thing the sizes it gives need (NEEDED)."""
    return bool(_subject(text)) or re.search(NEEDED, text) is not None


def _subject(text: str) -> str:
    """What ``text`` (plain, lower-cased) says its calculator computes: the words before the
    calculator word ("a carbon footprint calculator") or after it ("une calculatrice de ...",
    "a calculator to work out ..."); "" when it says nothing ("a calculator for my kids")."""
    m = re.search(_CALC_WORD, text)
    if not m:
        return ""
    before = re.split(r"[,.;:!?]", text[:m.start()])[-1].split()
    lead = [w for w in before if w not in _LEAD_STOP]
    if lead and before and before[-1] not in _LEAD_STOP:
        return " ".join(lead)
    after = re.split(r"[,.;:!?]", text[m.end():])[0]
    if re.match(rf"\s*(?:{_ASKS})", after) or (re.fullmatch(_CALC_VERB, m.group())
                                               and after.strip()):
        return after.strip()
    of = re.match(r"\s*(?:for|of|de|do|da|des|du|para|per|di|del|della|fur|von)\s+(.*)",
                  after)
    if of and of.group(1).strip() and not re.match(rf"(?:{_AUDIENCE})\b", of.group(1)):
        return of.group(1).strip()
    return ""


def matches(prompt: str) -> bool:
    """Whether ``prompt`` names a sum some calculator here computes (a tip, a BMI...)."""
    text = plain(prompt)
    return any(re.search(c.pattern, text) for c in CALCS.values())


# A recipe's sample ingredients, in the prompt's language
RECIPE_LINES = L("200 g flour\n3 eggs\n0.5 l milk", "200 g de farine\n3 œufs\n0,5 l de lait",
                 "200 g de harina\n3 huevos\n0,5 l de leche", "200 g Mehl\n3 Eier\n0,5 l Milch",
                 "200 g de farinha\n3 ovos\n0,5 l de leite",
                 "200 g di farina\n3 uova\n0,5 l di latte")


# A count of days to a day, asked by name: the app is its countdown, not a date calculator
_COUNTDOWN = (r"count ?down|compte (?:a|à) rebours|cuenta (?:atras|regresiva)|countdown|"
              r"contagem regressiva|conto alla rovescia|days (?:left |to go )?(?:until|till|to)\b|"
              r"jours avant|dias para|d[íi]as (?:que faltan|hasta|para)|tage bis|giorni (?:a|al|"
              r"alla|mancanti)")
COUNTDOWN = L("Countdown", "Compte à rebours", "Cuenta atrás", "Countdown",
              "Contagem regressiva", "Conto alla rovescia")


def title(prompt: str, lang: str) -> str:
    k = kind(prompt)
    if k == "dates" and re.search(_COUNTDOWN, plain(prompt)):
        return pick(COUNTDOWN, lang)
    if k == "converted":
        return pick(CALCS["convert"].title, lang)
    return pick(CALCS[k].title, lang) if k in CALCS else pick(BASIC, lang)


def build(prompt: str, lang: str) -> tuple[list, dict]:
    """The saved-calculations fields and the view's options for ``prompt``'s calculator."""
    k = kind(prompt)
    if k == "custom":
        return _custom(prompt, lang)
    if k == "measured":
        return _custom(prompt, lang, measured.derive(prompt, lang))
    if k == "converted":
        return _converted(prompt, lang)
    if k == "rated":
        return _rated(prompt, lang)
    if k not in CALCS:  # a plain calculator: digits and operators, results kept
        words = {"expression": L("Calculation", "Calcul", "Cálculo", "Rechnung", "Cálculo",
                                 "Calcolo"),
                 "result": WORDS["result"]}
        fields = [{"key": key, "label": pick(w, lang), "type": "text"}
                  for key, w in words.items()]
        return fields, {"formula": "basic", "calc": "basic", "inputs": [], "outputs": []}
    given = said(prompt, k)  # "4 by 3.5 metres, two coats": the asker's numbers
    if k == "quote" and "vat_rate" not in given and re.search(
            r"\b(?:iva|tva|mwst|ust|vat)\b", plain(prompt)) and lang in STANDARD_VAT:
        given["vat_rate"] = STANDARD_VAT[lang]  # "più IVA": the country's standard rate
    # a mortgage whose prompt names the sum borrowed, not a home's price: a loan's inputs
    used = "loan" if k == "mortgage" and "amount" in given else k
    calc = CALCS[used.removesuffix("_kwh")]
    us = lang == "en"
    # a floor in feet and tiles in inches ("room length and width in feet, 12x12 inch tiles")
    imperial = k in ("tiles", "paint") and bool(re.search(_IMPERIAL, plain(prompt)) or (
        k == "paint" and re.search(_GALLON, plain(prompt))))
    if imperial and k == "tiles":
        given = said_imperial(prompt)
    if k == "paint":
        # feet, square feet and gallons when the prompt says them ("wall width and height in
        # feet, one gallon covers 350 sq ft"): the units named win over the metric preset
        given = said_paint(prompt, imperial)

    def label(key: str) -> str:
        if k == "fuel" and us and key in US_FUEL:
            return US_FUEL[key]
        if imperial:
            shown = re.sub(r"\(cm\)", "(in)", re.sub(r"\(m\)", "(ft)", re.sub(
                r"m²", "sq ft", pick(WORDS[key], lang))))
            # a gallon's coverage and the gallons needed
            return re.sub(r"\(L\)", "(gallons)" if lang == "en" else "(gal)", re.sub(
                r"\b(?:litre|litro|Liter)\b", "gallon" if lang in ("en", "fr", "it") else
                "galón" if lang == "es" else "galão" if lang == "pt" else "Gallone", shown))
        if k == "per_area" and key in ("rate", "amount"):
            m = re.search(_PER_M2, plain(prompt))
            unit = re.match(r"kg|kilo|ml|g|l", m.group() if m else "g").group()
            unit = {"kilo": "kg"}.get(unit, unit)
            return pick(WORDS["per_m2" if key == "rate" else "amount_needed"], lang).format(
                unit=unit.upper() if unit == "l" else unit)
        if k == "quote" and key in ("quantity", "unit_price"):
            return _quoted(prompt, key, lang)
        if k == "mortgage" and key == "amount":
            return pick(WORDS["principal"], lang)  # the mortgage's sum: what is borrowed
        return pick(WORDS[key], lang)

    rows = calc.inputs
    if k == "paint" and re.search(_ONE_WALL, plain(prompt)):
        # one wall, its width and height: not a room's four walls
        rows = (Input("wall_width", 4), *(i for i in rows
                                          if i.key not in ("room_length", "room_width")))
    if k == "energy" and (use := _kwh_used(prompt)):
        # a bill's sum, from the kWh used ("Verbrauch in kWh", "3500 kWh a year"), not from
        # an appliance's watts and hours (walk15 #20)
        used, rows = "energy_kwh", (Input(use, 3000 if use == "kwh_year" else 250),
                                    *(i for i in rows if i.key in ("kwh_price", "fixed_fee")))
    floor, sides = _AREA_ONLY
    if k == "tiles" and ("area" in given or (re.search(floor, plain(prompt))
                                             and not re.search(sides, plain(prompt)))):
        rows = (Input("area", 12),
                *(i for i in rows if i.key not in ("room_length", "room_width")))
    inputs = []
    defaults = {i.key: i.value for i in CALCS[k].inputs}  # a mortgage's term, as a loan's
    for i in rows:
        value = given.get(i.key, defaults.get(i.key, i.value))
        if imperial and i.key not in given:
            value = {"room_length": 12, "room_width": 10, "area": 120, "tile_length": 12,
                     "tile_width": 12, "wall_width": 12, "wall_height": 8, "openings": 35,
                     "coverage": 350}.get(i.key, value)
        if k == "fuel" and us and i.key not in given:
            value = {"distance": 200, "consumption": 30, "fuel_price": 3.5}.get(i.key, value)
        if k == "recipe" and i.key == "ingredients" and "ingredients" not in given:
            value = pick(RECIPE_LINES, lang)  # "3 œufs" in French, not "3 eggs" (walk15 #27)
        if k == "petfood" and i.key in ("animal", "weight", "life"):
            value = _pet(prompt, i.key, given.get(i.key, value))
        if k == "convert" and i.key == "pair":
            value = pair(prompt)[0] if _sides_said(prompt) else value
        shown = label(i.key)
        if k == "weighted":
            shown, value = _weighted(prompt, lang, i.key, shown, value)
        entry = {"key": i.key, "label": shown, "value": value, "type": i.type}
        if i.options:
            entry["options"] = [[o, pick(WORDS[o], lang)] for o in i.options]
        inputs.append(entry)
    outputs = [{"key": key, "label": label(key), "format": fmt} for key, fmt in calc.outputs]
    extra: dict = {}
    if k == "bmi":
        extra["bands"] = [[lim, b] for lim, b in zip((18.5, 25, 30, 1e9), pick(BANDS, lang),
                                                     strict=True)]
    if k == "fuel":
        extra["us"] = us
    if imperial:
        extra["us"] = True  # square feet from feet, a tile's from inches (144 in²), gallons
    kinds = {"money": "money", "text": "text", "lines": "text"}
    fields = [{"key": "when", "label": pick(WHEN, lang), "type": "text"}] + \
        [{"key": i["key"], "label": i["label"],
          "type": "number" if i["type"] == "number" else "text"} for i in inputs] + \
        [{"key": o["key"], "label": o["label"], "type": kinds.get(o["format"], "number")}
         for o in outputs]
    return fields, {"formula": calc.formula, "calc": used, "inputs": inputs, "outputs": outputs,
                    **extra}


RESULT = L("Result", "Résultat", "Resultado", "Ergebnis", "Resultado", "Risultato")
WHEN = L("When", "Quand", "Cuándo", "Wann", "Quando", "Quando")


def _custom(prompt: str, lang: str, spelled: formula.Formula | None = None
            ) -> tuple[list, dict]:
    """A calculator of the formula the prompt spells (formula.py), or of the one its
    quantities give (measured.py): an input for each name it does not define, a result for
    each step, computed by the page from the parsed steps."""
    spelled = spelled or formula.read(prompt)
    inputs = [{"key": i["key"], "label": i["label"], "value": i.get("value", ""),
               "type": "number", "empty": "value" not in i} for i in spelled.inputs]
    outputs = [{"key": s["key"], "label": s["label"] or pick(RESULT, lang),
                "format": s.get("format", "number")} for s in spelled.steps]
    fields = [{"key": "when", "label": pick(WHEN, lang), "type": "text"}] + \
        [{"key": x["key"], "label": x["label"], "type": "number"} for x in inputs + outputs]
    return fields, {"formula": "custom", "calc": "custom", "inputs": inputs, "outputs": outputs,
                    "steps": spelled.steps, "spelled": spelled.text}


UNIT = L("Unit", "Unité", "Unidad", "Einheit", "Unidade", "Unità")


def _converted(prompt: str, lang: str) -> tuple[list, dict]:
    """A converter of the units the prompt defines one by another ("1 Fm = 1,4 Rm = 2,0 SRm",
    measured.equivalences): a quantity and the unit it is in (a choice whose value is the
    unit's size), and the quantity in each unit."""
    # (a unit's symbol keeps its case: "m³ de bois plein", not "M³")
    units = [(name if measured.unit_said(name) else _cap(name), size)
             for name, size in measured.equivalences(prompt)]
    said = " = ".join(f"{'1' if n == 0 else _shown(size_0 / size, lang)} {name}"
                      for n, ((name, size), size_0) in enumerate(zip(units, [units[0][1]] * len(
                          units), strict=True)))
    inputs = [{"key": "v1", "label": pick(WORDS["value"], lang), "value": "", "type": "number",
               "empty": True},
              {"key": "v2", "label": pick(UNIT, lang), "value": repr(units[0][1]),
               "type": "select", "options": [[repr(size), name] for name, size in units]}]
    steps = [{"key": f"r{n}", "label": name, "tree": ["*", ["var", "v1"], ["/", ["var", "v2"],
                                                                           ["num", size]]]}
             for n, (name, size) in enumerate(units, 1)]
    outputs = [{"key": s["key"], "label": s["label"], "format": "number"} for s in steps]
    fields = [{"key": "when", "label": pick(WHEN, lang), "type": "text"}] + \
        [{"key": x["key"], "label": x["label"], "type": "text" if x.get("type") == "select"
          else "number"} for x in inputs + outputs]
    return fields, {"formula": "custom", "calc": "custom", "inputs": inputs, "outputs": outputs,
                    "steps": steps, "spelled": said}


def _shown(x: float, lang: str) -> str:
    text = f"{x:.6g}"
    return text if lang == "en" else text.replace(".", ",")


_CAT = r"\b(?:cats?|kittens?|chats?|chatons?|gat[oa]s?|gatitos?|gatinhos?|katzen?|kitten|gatt[oi]|gattin[oi])\b"
# ("cachorro" is a dog in Portuguese, a puppy in Spanish: not read as either's age)
_YOUNG = r"\b(?:pupp(?:y|ies)|kittens?|chiots?|chatons?|gatitos?|welpen?|filhotes?|cuccioli?|gattini?)\b"
# (not "age", "âge", "Alter": every animal has one)
_OLD = (r"\b(?:senior|elderly|old (?:dog|cat)|vieux|vieille|viej[oa]|alte[nrs]? (?:hund|katze)|"
        r"idos[oa]|velh[oa]|anzian[oa]|vecchi[oa])\b")


def _pet(prompt: str, key: str, value: object) -> object:
    """A pet food calculator's animal, weight and stage of life as the prompt says them: a cat
    weighs 4 kg, not a dog's 12."""
    text = plain(prompt)
    cat = bool(re.search(_CAT, text)) and not re.search(r"\b(?:dogs?|chiens?|perros?|hunde?|"
                                                         r"cachorros?|caes|cani|cane)\b", text)
    if key == "animal":
        return "cat" if cat else "dog"
    if key == "weight":
        return 4 if cat and value == 12 else value
    return "young" if re.search(_YOUNG, text) else "senior" if re.search(_OLD, text) else value


# An amount of money as people write it: "$2,340", "1 450 €", "2.340 €", "R$ 900", "£75".
_AMOUNT = re.compile(
    r"(?:[$£€]|r\$)\s?(\d{1,3}(?:[ ,.\u00a0]\d{3})+|\d+)(?:[.,]\d{1,2})?(?![\d,.]\d)|"
    r"(\d{1,3}(?:[ .\u00a0]\d{3})+|\d+)(?:,\d{1,2})?\s?(?:€|euros?\b|eur\b|£|chf\b|reais\b)",
    re.I)
_SIZE = re.compile(r"(\d+(?:[.,]\d+)?)\s*(m²|m2\b|sq\.? ?ft\b|square (?:feet|met(?:re|er)s))",
                   re.I)
# "and $180 of utilities split evenly", "charges à parts égales"
_EVENLY = (r"evenly|equally|à parts égales|a partes iguales|gleichmä(?:ß|ss)ig|zu gleichen "
           r"teilen|em partes iguais|igualmente|in parti uguali|per person|par personne")


def _weighted(prompt: str, lang: str, key: str, label: str, value: object
              ) -> tuple[str, object]:
    """A weighted split's inputs as the prompt states them: the sum (its first amount), what
    is split by (room sizes, in square feet in US English; incomes) with the sizes it gives
    ("rooms are 14 m², 11 m² and 9 m²"), and an amount it splits evenly on top."""
    sums = amounts(prompt)
    even = next((a for a, end in sums if re.match(rf"[^.;!?]{{0,50}}?(?:{_EVENLY})",
                                                   prompt[end:], re.I)), None)
    if key == "to_split":
        return label, next((a for a, _ in sums if a != even), value)
    if key == "even_split":
        return label, even or value
    said = re.search(WEIGHTED, plain(prompt))
    for pattern, words, example in _BASES:
        if said and re.search(pattern, said.group()):
            sizes = _SIZE.findall(prompt)
            if len(sizes) > 1 and example.startswith("Alex 14"):
                room = pick(WORDS["room"], lang)
                feet = re.match(r"sq|square f", sizes[0][1], re.I)
                return US_ROOMS[0] if feet else pick(words, lang), "\n".join(
                    f"{room} {n} {size} {unit}" for n, (size, unit) in enumerate(sizes, 1))
            if lang == "en" and example.startswith("Alex 14"):
                return US_ROOMS
            return pick(words, lang), example
    return label, value


# Number words one to twelve in the six languages, as plain() writes them (no accents).
_WORDS_1_12 = ("one un une uno una um uma ein eine einen eins", "two deux dos zwei dois duas due",
               "three trois tres drei tre", "four quatre cuatro vier quatro quattro",
               "five cinq cinco funf fuenf cinque", "six seis sechs sei",
               "seven sept siete sieben sete sette", "eight huit ocho acht oito otto",
               "nine neuf nueve neun nove", "ten dix diez zehn dez dieci",
               "eleven onze once elf undici", "twelve douze doce zwolf dodici")
_NUMBER_WORDS = {w: n for n, words in enumerate(_WORDS_1_12, 1) for w in words.split()}
_N = rf"(\d+(?:[.,]\d+)?|\b(?:{'|'.join(_NUMBER_WORDS)})\b)"
NUMBER = _N  # a number in digits or words (one to twelve), as plain() writes it
NUMBER_WORDS = _NUMBER_WORDS  # (a sign-up's places said in words: dataapp._said_in_digits)
_METRES = r"(?:\s*(?:m|metres?|meters?|metros?|metri|meter)\b)?"
_CM = r"\s*(?:cm|centimet\w*)\b"
_KG = r"\s*(?:kg|kilos?|kilograms?|kilogrammes?|kilogramos?|kilogramm|quilos?|chili)\b"
_PEOPLE = (r"\s+(?:people|persons|of us|friends|ways|guests|personnes|amis|invites|personas|"
           r"amigos|invitados|personen|leute|freunde|gaste|pessoas|convidados|persone|amici|"
           r"ospiti)\b")
# "between 4", "para 4": a count of people, never an article ("para una cena")
_AMONG = (r"\b(?:between|among|amongst|for|entre|unter|zwischen|tra|fra|para|por|per|pour|fur)"
          r"\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|"
          r"dos|tres|cuatro|cinco|zwei|drei|vier|funf|dois|duas|quatro|due|tre|quattro|cinque)"
          r"\b(?!\s*%|[.,]\d)")
# What a calculator's prompt says of its inputs, in its own words: {kind: ((keys, pattern),)}
# matched on plain(prompt); each group is a number (digits or a word). "@amount" is the first
# sum of money (_AMOUNT) or a number right after a bill's name.
_SAID: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    "paint": ((("room_length", "room_width"),
               rf"{_N}{_METRES}\s*(?:by|x|×|par|sur|por|mal|per)\s*{_N}{_METRES}"),
              (("wall_height",), rf"{_N}{_METRES}\s*(?:high|tall|(?:de |di )?(?:haut\w*|alt[oa]s?|"
                                 r"altura|altezza)|hoch)\b"),
              (("wall_height",), r"\b(?:height|hauteur|altura|hohe|altezza|alt[aei]|ceilings?|plafonds?|"
                                 rf"techos?|decken?|tetos?|soffitt[oi])\b[^\d,;:]{{0,20}}?{_N}"),
              (("coats",), rf"{_N}\s*(?:coats?|couches?|capas?|manos|anstrich\w*|schicht\w*|"
                           r"demaos|mani)\b")),
    "tip": ((("bill",), "@amount"), (("pct",), rf"{_N}\s*(?:%|percent|pour ?cent|por ?ciento|"
                                              r"prozent|por ?cento|per ?cento)"),
            (("people",), rf"{_N}{_PEOPLE}"), (("people",), _AMONG)),
    "bmi": ((("weight",), rf"{_N}{_KG}"), (("height",), rf"{_N}{_CM}"),
            (("height",), r"\b(1[.,]\d{1,2})\s*m\b")),
}
_SAID["split"] = _SAID["tip"]
# a fence's sizes: "30 x 20 m", "a post every 2.5 m", "3 strands", "wire in 250 m rolls"
_ROLL = r"(?:rolls?|rouleaux?|rollos?|rollen?|rolos?|rotol[oi]|bobin\w*)"
_SAID["fence"] = (
    (("fence_length", "fence_width"), rf"{_N}{_METRES}\s*(?:by|x|×|par|sur|por|mal|per)\s*{_N}"),
    (("post_spacing",), rf"(?:every|each|tous les|chaque|cada|alle|ogni|a cada)\s*{_N}{_METRES}"),
    (("post_spacing",), rf"(?:spacing|apart|espacement|espac\w+|abstand|distanza|interasse|"
                        rf"distancia)\D{{0,24}}?{_N}\s*m\b"),
    (("strands",), rf"{_N}\s*(?:strands?|wires?|rangs?|hilos?|fios?|fili|dr(?:a|ä|ae)hte?|"
                   r"reihen)\b"),
    (("roll",), rf"{_N}\s*m\s*{_ROLL}"),
    (("roll",), rf"{_ROLL}\s*(?:of|de|da|di|zu|a|à|mit|von)\s*{_N}\s*m\b"))
# skirting boards: the room "4 x 3 m", the pieces "in 2.4 m lengths", "plinthes de 2,5 m"
# (a French "pièce" is the room: "pièce de 6 m de long" is no board, review26 #46)
_SAID["skirting"] = (
    (("room_length", "room_width"), rf"{_N}{_METRES}\s*(?:by|x|×|par|sur|por|mal|per)\s*{_N}"),
    (("piece_length",), rf"(?:plinthes?|rodapes?|rodapies?|zocalos?|leisten|battiscopa|boards?|"
                        rf"piezas?|pe[çc]as|pezzi|barras?)\s*(?:of|de|da|di|"
                        rf"von|à|a|zu)\s*{_N}\s*m\b"),
    (("piece_length",), rf"\bpieces?\s+of\s*{_N}\s*m\b"),
    (("piece_length",), rf"{_N}\s*m\s*(?:lengths?|pieces?|boards?|piezas?|"
                        r"leisten|pe[çc]as|pezzi|barras?)\b"))
# plants over a bed: "a bed 3 x 2 m", "30 cm apart", "Pflanzabstand 40 cm", "cada 25 cm"
_SAID["planting"] = (
    (("bed_length", "bed_width"), rf"{_N}{_METRES}\s*(?:by|x|×|par|sur|por|mal|per)\s*{_N}"),
    (("plant_spacing",), rf"{_N}\s*cm\s*(?:apart|d'espacement|de distancia|de espa\w+|"
                         r"abstand|pflanzabstand|di distanza|entre)"),
    (("plant_spacing",), rf"(?:spacing|espacement|distancia|abstand|espacamento|distanza|"
                         rf"every|tous les|cada|alle|ogni)\D{{0,20}}?{_N}\s*cm\b"))
# a gauge: "22 stitches and 30 rows per 10 cm", "(Maschen und Reihen auf 10 cm)"
_SAID["gauge"] = (
    (("gauge_stitches", "gauge_rows"), rf"{_N}\s*(?:stitches|sts|mailles|puntos|maschen|pontos|"
                                       rf"maglie|punti)\D{{0,12}}?{_N}\s*(?:rows|rangs|vueltas|"
                                       rf"hileras|reihen|carreiras|ferri|righe)"),
    # (after a preposition, not "x": "a blanket 120 x 150 cm" is the piece, review25 #9)
    (("gauge_size",), rf"(?:per|over|in|on|auf|pro|pour|sur|en|por|em|su|ogni)\s*{_N}\s*"
                      r"(?:cm|centim\w*|in\b|inch\w*|\"|″)"),
    # a square swatch: "a 10 x 10 cm swatch"
    (("gauge_size",), rf"(?<![\d.,]){_N}\s*(?:cm\s*)?(?:x|×)\s*\1\s*(?:cm|centim\w*)"))
_SAID["petfood"] = ((("weight",), rf"{_N}{_KG}"),
                    (("kcal_100g",), rf"{_N}\s*kcal\s*(?:/|per|pour|por|pro|ogni|per ogni|a cada)?\s*"
                                     r"100\s*g"))
_BOX = (r"(?:box(?:es)?|packs?|packets?|cartons?|cajas?|caixas?|boites?|paquets?|pakete?|"
        r"packung\w*|kartons?|scatol[ae]|confezion[ei])")
_TILE = r"(?:tiles?|carreaux|baldosas|azulejos|ladrilhos|pecas|fliesen|piastrelle|mattonelle)"
_WASTE = (r"(?:waste|wastage|extra|spare|margin|cuts|perte|chutes?|marge|desperdicio|merma|"
          r"verschnitt|reserve|perda|quebra|sobra|scarto|sfrido)")
# "4 x 3 m" is the room, "30 x 60 cm" a tile; "12 m²" a floor; "10% waste"; "boxes of 12"
_SAID["tiles"] = (
    (("tile_length", "tile_width"),
     rf"{_N}\s*(?:cm\s*)?(?:x|×|by|por|par|sur|mal|per)\s*{_N}\s*(?:cm|centim)"),
    (("room_length", "room_width"), rf"{_N}{_METRES}\s*(?:by|x|×|par|sur|por|mal|per)\s*{_N}"
                                    rf"{_METRES}(?![\d.,]|\s*(?:cm|centim))"),
    (("area",), rf"{_N}\s*(?:m2\b|sq\.? ?m\b|square met\w*|qm\b|metros? cuadrados|"
                r"met(?:re|er)s? carres|quadratmeter|metri quadr\w*|metros? quadrados)"),
    (("waste",), rf"{_N}\s*%\s*(?:(?:of|de|di|d'|fur|pour|para|per|for)\s*)?{_WASTE}"),
    (("waste",), rf"{_WASTE}\D{{0,20}}?{_N}\s*%"),
    (("per_box",), rf"{_BOX}\s*(?:(?:of|de|da|di|a|mit|con|com|with|zu je|zu|je)\s*)?{_N}"
                   r"(?![\d.,]|\s*(?:%|cm|m\b))"),
    (("per_box",), rf"{_N}\s*(?:{_TILE}\s*)?(?:per|an?|each|por|par|pro|je|al|in|em|na)\s*"
                   rf"{_BOX}\b"),
)
# feet and inches: "in feet", "12x12 inch tiles", "10 ft by 12 ft", "sq ft"
_IMPERIAL = r"\b(?:feet|foot|ft|inch|inches|sq ?ft|square f(?:ee|oo)t)\b|\d\s*(?:\"|″|'|′)"


def said_imperial(prompt: str) -> dict[str, float]:
    """A tile calculator's sizes said in feet and inches: the room ("12 by 10 ft", "14' x 11'",
    "150 sq ft") and a tile ("12x12 inch", "6\" x 24\""), and the waste and box as said."""
    text = plain(prompt)
    out = {k: v for k, v in said(prompt, "tiles").items() if k in ("waste", "per_box")}
    inch = r"\s*(?:in\b|inch\w*|\"|″)"
    if m := re.search(rf"{_N}{inch}?\s*(?:x|×|by)\s*{_N}{inch}", text):
        out |= {"tile_length": number(m.group(1)), "tile_width": number(m.group(2))}
    foot = r"\s*(?:ft\b|feet\b|foot\b|'|′)"
    if m := re.search(rf"{_N}{foot}?\s*(?:x|×|by)\s*{_N}{foot}", text):
        out |= {"room_length": number(m.group(1)), "room_width": number(m.group(2))}
    if m := re.search(rf"{_N}\s*(?:sq ?ft|square f(?:ee|oo)t)\b", text):
        out["area"] = number(m.group(1))
    return out


# paint's coverage as said: "one gallon covers 350 sq ft", "350 sq ft per gallon", "un litre
# couvre 10 m²", "rinde 12 m² por litro"
_COVERS = (rf"(?:covers?|couvre|cubre|rinde|deckt|cobre|rende|copre)\s*(?:about |around |up to "
           rf"|~|environ |unos |etwa |cerca de |circa )?{_N}\s*(?:sq ?ft|square f(?:ee|oo)t|m2|m²)|"
           rf"{_N}\s*(?:sq ?ft|square f(?:ee|oo)t|m2|m²)\s*(?:per|a|an|/|par|por|pro|je|al|each)\s*"
           r"(?:gal(?:lon)?s?|l|litres?|liters?|litros?|litri|litern?)\b")
# one wall, not a room: "wall width and height", "largeur du mur", "ancho de la pared"
_ONE_WALL = (r"\bwall(?:'s)? (?:width|length)|(?:width|length)\b[^,.;:]{0,16}? of (?:the |a |one )?wall\b|"
             r"largeur du mur|longueur du mur|ancho de la pared|largo de la pared|wandbreite|"
             r"breite der wand|largura da parede|comprimento da parede|larghezza della parete|"
             r"lunghezza della parete")
_GALLON = r"\bgal(?:lon)?s?\b"


def said_paint(prompt: str, imperial: bool) -> dict[str, float]:
    """A paint calculator's numbers as said, in feet when ``imperial`` ("12 by 10 ft, walls 8
    ft high"): the room or the wall, its height, the coats and what one gallon or litre
    covers."""
    text = plain(prompt)
    out = {k: v for k, v in said(prompt, "paint").items() if k == "coats" or not imperial}
    if m := re.search(_COVERS, text):
        out["coverage"] = number(m.group(1) or m.group(2))
    if imperial:
        foot = r"\s*(?:ft\b|feet\b|foot\b|'|′)"
        if m := re.search(rf"{_N}{foot}?\s*(?:x|×|by)\s*{_N}{foot}", text):
            out |= {"room_length": number(m.group(1)), "room_width": number(m.group(2))}
        if m := re.search(rf"{_N}{foot}\s*(?:high|tall|ceilings?)\b|\b(?:height|ceilings?)\D{{0,20}}?"
                          rf"{_N}{foot}", text):
            out["wall_height"] = number(m.group(1) or m.group(2))
    return out


# A floor given by its area ("Fläche in m²"), not by the room's length and width.
_AREA_ONLY = (r"\b(?:area|surface|superficie|flache|metragem|m2|square met\w*|quadratmeter)\b",
              r"length|width|longueur|largeur|largo|ancho|lange|breite|comprimento|largura|"
              r"lunghezza|larghezza|medidas|dimensions?|measurements|mesures|masse|misure|"
              r"\d\s*(?:m\s*)?(?:x|×|by|por|par|mal)\s*\d")
_DOWN = r"\s*(?:down|deposit|d'apport|apport|de entrada|entrada|anzahlung|eigenkapital|di acconto)"
# a sum per thing ("£2.50 per window", "$20 an hour"); "200.000 euros a 25 años" is no rate
_PER = r"\s*(?:per|each|an?|/|par|por|pro|al|ao|la|le)\b(?!\s*\d)"
_PCT = rf"{_N}\s*(?:%|percent|pour ?cent|por ?ciento|prozent|por ?cento|per ?cento)"
_YEARS = rf"{_N}\s*(?:years?|yrs?|ans?|anos|anni|jahre\w*)\b"
_MONTHS_N = rf"{_N}\s*(?:months?|mois|meses|monate\w*|mesi)\b"
_WEEK = r"(?:a|per|par|por|pro|alla|a la|la|in der)\s*(?:week|semaine|semana|woche|settimana)"
for _k, _sum in (("loan", "amount"), ("compound", "start")):
    _SAID[_k] = (((_sum,), "@amount"), (("rate",), _PCT), (("years",), _YEARS))
# A mortgage's sums are sorted in said(): "20% down" is no interest rate
_DOWN_WORD = (r"(?:down(?: ?payment)?|deposit|d'apport|apport|de entrada|entrada|anzahlung|"
              r"eigenkapital|di anticipo|anticipo|di acconto|acconto)")
_SAID["mortgage"] = ((("rate",), rf"{_PCT}(?!\s*{_DOWN_WORD})"), (("years",), _YEARS))
# What a mortgage's sum is, from the words beside it: a home's price ("house price 350,000",
# "maison à 250 000 €", "a $400,000 house"), a down payment ("deposit 35,000"), or the sum
# borrowed ("importo 150.000 euro", "Kreditbetrag 200.000 €", "a mortgage of 200,000")
_HOME = (r"house|home|property|flat|apartment|condo|maison|appartement|bien|logement|casa|"
         r"vivienda|piso|apartamento|im[óo]vel|haus|wohnung|immobilie|eigentumswohnung|"
         r"immobile|appartamento")
_PRICE_BEFORE = (rf"(?:\b(?:price|cost|worth|prix|co[uû]t|precio|pre[çc]o|valor del? (?:la )?"
                 rf"(?:casa|vivienda|piso)|valor do im[óo]vel|kaufpreis|preis|prezzo|valore|"
                 rf"{_HOME})\b)[^\d]{{0,12}}$")
_HOME_AFTER = rf"\s*(?:€|euros?|eur|£|\$|chf|reais|dollars?|pounds?)?\s*(?:{_HOME})\b"
_DOWN_BEFORE = rf"\b{_DOWN_WORD}\b[^\d]{{0,12}}$"
_LENT_BEFORE = (r"(?:\b(?:amount|loan|borrow\w*|principal|importo|importe|montant|emprunt\w*|"
                r"pr[eê]t|\w*betrag|kreditsumme|darlehen\w*|kredit|finanziamento|prestito|"
                r"mutuo|pr[eé]stamo|hipoteca|empr[eé]stimo|financiamento|financiar|mortgage|"
                r"hypothek\w*|baufinanzierung\w*)\b)[^\d]{0,25}$")
_SAID |= {
    "goal": ((("goal",), "@amount"), (("months",), _MONTHS_N)),
    "discount": ((("price",), "@amount"), (("off",), _PCT)),
    "vat": ((("net",), "@amount"), (("vat_rate",), _PCT)),
    "per_area": ((("rate",), rf"{_N}\s*(?:g|kg|ml|l|grams?|gramas?|gramos?|grammi|gramm|kilos?|"
                             r"litres?|liters?|litros?|litri)\s*(?:/|per|por|pro|par|al|ao|le|el|o)"
                             r"\s*m2\b"),
                 (("bed_length", "bed_width"), rf"{_N}\s*(?:m\b)?\s*(?:x|by|por|par|mal|per)\s*"
                                               rf"{_N}\s*m\b")),
    "quote": ((("quantity",), rf"{_N}\s*(?:m2|sq ?ft|square (?:foot|feet|met\w*)|hours?|heures?|"
                              r"horas?|stunden|ore|h)\b(?!\s*(?:€|\$|£))"),),
    "currency": ((("amount",), "@amount"),),
    "percent": ((("pct", "base"), rf"{_PCT}\s*(?:of|de|du|des|von|di|do|da|del)\s*{_N}"),
                (("pct",), _PCT)),
    "pay": ((("hourly",), "@amount"), (("hours",), rf"{_N}\s*(?:hours?|h|heures|horas|stunden|"
                                                  rf"ore)\s*{_WEEK}")),
    "fuel": ((("distance",), rf"{_N}\s*(?:km|kilomet\w*|miles?|meilen|millas|milhas|miglia)\b"),
             (("consumption",), rf"{_N}\s*(?:l/100|mpg\b|(?:lit(?:re|er|ro|ri)s?|l) (?:per|pour|por|"
                                r"pro|ogni|aux|a cada|cada|je|auf|every|each) 100)"),
             (("people",), rf"{_N}{_PEOPLE}"),
             # "Preis 1,79 €/l", "$3.50 a gallon", "1,65 € le litre"
             (("fuel_price",), rf"(?:[€$£]\s*)?{_N}\s*(?:€|\$|£|eur\w*|dollars?|reais)?\s*"
                               r"(?:/\s*|(?:per|pro|par|por|le|al|ao|a|an|the|il)\s+)"
                               r"(?:l|lit(?:re|er|ro)s?|gal(?:lon)?s?)\b")),
    "recipe": ((("from_servings", "to_servings"),
                rf"{_N}\s*(?:servings?|people|portions?|personnes|porciones|personas|portionen|"
                rf"personen|porcoes|pessoas|porzioni|persone)?\s*(?:to|a|à|auf|para|per|in|en)\s*"
                rf"{_N}\s*(?:servings?|people|portions?|personnes|porciones|personas|portionen|"
                r"personen|porcoes|pessoas|porzioni|persone)\b"),),
}
# An electricity bill from the energy used: "consumption in kWh", "Verbrauch 3500 kWh im
# Jahr", "consumo mensal em kWh" (plain() text); an appliance's watts ask the other way.
_YEARLY = (r"(?:a|per|par|pro|por|al|ao|l'|all'|im|in|au|an|each|every|/)\s*(?:year|jahr|an|"
           r"ano|ano|anno|annee)\b|annual|yearly|jahrlich\w*|annuel\w*|anual\w*|annu[oa]")
_KWH_USED = (r"\b(?:consumption|usage|use[ds]?|verbrauch\w*|consommation|consumo|"
             r"stromverbrauch|jahresverbrauch)\b[^.;!?\d]{0,25}\bkwh\b|\bkwh\b[^.;!?\d]{0,6}"
             r"(?:used|consumed|verbraucht|consommes?|consumidos?|consumati)|"
             rf"{_N}\s*kwh\b(?!\s*(?:per|pro|par|por|al|à|a|/)?\s*(?:€|eur|ct|cent|\$|£))")
_APPLIANCE = r"\bwatts?\b|\b\d+\s*w\b|appliance|gerat|appareil|aparato|electrodomestic|aparelho|elettrodomestic"


# "Preis pro kWh 0,32 €", "0.28 per kWh", "32 ct/kWh", "Grundgebühr 12 €", "3500 kWh a year"
_KWH_PRICE = (rf"{_N}\s*(?:(?:€|eur\w*|\$|£|ct|cents?|centimes?|centavos?|centesimi)\s*"
              r"(?:per|pro|par|por|al|ao|a|/|le|el|o|the|du)?|(?:per|pro|par|por|/))\s*kwh\b")
_FEE = (r"(?:grundgebuhr|grundpreis|standing charge|fixed (?:fee|charge)|service charge|"
        r"abonnement|cargo fijo|termino fijo|cuota fija|potencia contratada|taxa fixa|"
        r"assinatura|tarifa fixa|quota fissa|canone|costo fisso)")
_SAID["energy"] = (
    (("kwh_price",), _KWH_PRICE),
    (("kwh_price",), rf"(?:price|preis|prix|precio|preco|prezzo|tarif\w*|cost)\s*(?:pro|per|"
                     rf"par|por|du|del|do|al|of|of a|de)?\s*(?:1\s*)?kwh\b\D{{0,12}}?{_N}"),
    (("fixed_fee",), rf"{_FEE}\D{{0,15}}?{_N}"),
    (("fixed_fee",), rf"{_N}\s*(?:€|eur\w*|\$|£)?\s*(?:de |di |of )?{_FEE}"),
    (("kwh_year",), rf"{_N}\s*kwh\s*(?:{_YEARLY})"),
    (("kwh_year",), rf"(?:{_YEARLY})\D{{0,12}}?{_N}\s*kwh"),
    (("watts",), rf"{_N}\s*(?:w|watts?)\b"),
    (("hours_day",), rf"{_N}\s*(?:h|hrs?|hours?|heures?|horas?|stunden?|std|ore)\s*(?:a|per|par|"
                     r"por|pro|al|am|ao|each|every|chaque|cada|ogni|jeden|/)\s*(?:day|jour|dia|"
                     r"tag|giorno|d)\b"),
    (("kwh",), rf"{_N}\s*kwh\b(?!\s*(?:per|pro|par|por|al|à|a|/)?\s*(?:€|eur|ct|cent|\$|£))"),
    (("kwh",), rf"\b(?:consumption|usage|verbrauch\w*|consommation|consumo)\b\D{{0,12}}?{_N}"
               r"(?![\d.,]|\s*(?:€|eur|ct|cent|\$|£))"),
)
_SAID["economy"] = ((("distance",), rf"(?<![/\d.,]){_N}\s*(?:km|kilomet\w*|miles?)\b(?!\s*/)"),
                    (("litres",), rf"{_N}\s*(?:l|lit(?:re|er|ro|ri)s?|liter)\b(?!\s*/)"))
_SAID["calories"] = _SAID["macros"] = (*_SAID["bmi"], (("age",), rf"{_N}\s*(?:years? old|y/?o\b|"
                                       r"ans\b|anos\b|anni\b|jahre\w*|anos\b)"))
_BILL = (r"\b(?:bill|check|addition|note|cuenta|rechnung|conta|conto)\s*(?:of|de|di|von|is|was|"
         r"came to|comes to|:|=)?\s*(\d+(?:[.,]\d{1,2})?)\b(?!\s*%)|"
         r"\b(\d+(?:[.,]\d{1,2})?)\s*(?:bucks|dollars?|quid)\b")


def amounts(prompt: str) -> list[tuple[float, int]]:
    """The sums of money ``prompt`` names, with where each ends: "$2,340" is 2340, "1 450,50 €"
    1450.5."""
    return [(value, end) for value, _, end in _sums(prompt)]


# A sum written in thousands with no currency beside it: "150.000", "1,500.50", "150 000",
# "1.500,50" (one separator between the thousands, the other before the cents), "250k".
_GROUPED = re.compile(r"(?<![\d.,])(\d{1,3}(?:([ .,\u00a0])\d{3})(?:\2\d{3})*)"
                      r"(?:(?!\2)[.,](\d{1,2}))?(?![\d.,]\d)|(?<![\d.,])(\d+(?:[.,]\d+)?)\s?k\b")


def _sums(prompt: str, bare: bool = False) -> list[tuple[float, int, int]]:
    """The sums of money ``prompt`` names, with where each starts and ends; ``bare``: also
    those written in thousands with no currency ("importo 150.000", "deposit 35,000")."""
    out = []
    for m in _AMOUNT.finditer(prompt):
        whole = m.group(1) or m.group(2)
        cents = re.match(r"[.,](\d{1,2})(?!\d)", m.string[m.end(1 if m.group(1) else 2):])
        value = int(re.sub(r"\D", "", whole)) + (int(cents.group(1)) / 10 ** len(cents.group(1))
                                                 if cents else 0)
        out.append((int(value) if value == int(value) else value, m.start(), m.end()))
    if bare:
        for m in _GROUPED.finditer(prompt):
            if any(a <= m.start() < b for _, a, b in out):
                continue
            value = float(m.group(4).replace(",", ".")) * 1000 if m.group(4) else \
                int(re.sub(r"\D", "", m.group(1))) + int(m.group(3) or 0) / 10 ** len(
                    m.group(3) or "0")
            out.append((int(value) if value == int(value) else value, m.start(), m.end()))
    return sorted(out, key=lambda s: s[1])


def number(text: str) -> float:
    """``text`` of ``NUMBER`` as a number ("eine" → 1, "3,5" → 3.5)."""
    value = _NUMBER_WORDS.get(text) or float(text.replace(",", "."))
    return int(value) if value == int(value) else value


def said(prompt: str, k: str) -> dict[str, float]:
    """The inputs of calculator ``k`` that ``prompt`` gives a value ("4 by 3.5 metres, walls
    2.5 m high, two coats", "a bill of 84 for 4 people"), so its first answer is the asker's."""
    text, out = plain(prompt), {}
    for keys, pattern in _SAID.get(k, ()):
        if any(key in out for key in keys):
            continue
        if pattern == "@amount":
            # the one sum it names ("$60,000 down" is another input); with a sum per thing
            # ("£2.50 per window, a flat £5") which is which is unsaid, but "$20 an hour" is pay
            found = [(a, end) for a, _, end in _sums(prompt, bare=k == "loan")
                     if not re.match(_DOWN, prompt[end:end + 20], re.I)]
            if k != "pay" and (len(found) > 1 or any(re.match(_PER, prompt[end:end + 20], re.I)
                                                     for _, end in found)):
                found = []
            m = re.search(_BILL, text)
            if found or m:
                out[keys[0]] = found[0][0] if found else number(m.group(1) or m.group(2))
            continue
        if m := re.search(pattern, text):
            out |= {key: number(g) for key, g in zip(keys, m.groups(), strict=True)}
    if k == "compound":
        if "start" not in out and (m := re.search(_START, text)):
            out["start"] = number(m.group(1))
        # a rate said by the month ("0,5% ao mês") is its year's twelve (the page compounds
        # it monthly: 0,5 % a month), a term said in months their years (walk19 #14: 0,5 %
        # a year over 10 years)
        if m := re.search(rf"{_PCT}\s*(?:a|ao|al|per|par|pro|por|au|each|every|/|the)?\s*"
                          r"(?:months?|mes|mois|monat|mese|mensal\w*|mensuel\w*|monatlich|"
                          r"mensil\w*|mensual\w*|monthly)\b", text):
            out["rate"] = round(number(m.group(1)) * 12, 4)
        if (m := re.search(_MONTHS_N, text)) and not re.search(_YEARS, text):
            out["years"] = round(number(m.group(1)) / 12, 4)
        if m := re.search(_MONTHLY_ADD, text):
            out["monthly_add"] = number(m.group(1))
        elif "start" in out:  # a sum said and no monthly saving: none is made up (walk16 #9)
            out["monthly_add"] = 0
    if k in _SIDES and not any(key in out for key in _SIDES[k]):
        # "a paddock 80 m long and 45 m wide", "6 m de long et 4 m de large" (review26 #46:
        # the defaults were computed, approved)
        out |= dict(zip(_SIDES[k], _long_wide(prompt, text), strict=False))
    if k == "gauge":
        if "gauge_size" in out and re.search(rf"(?:per|over|in|on|auf|pro|pour|sur|en|por|em|su|"
                                             rf"ogni)\s*{_N}\s*(?:in\b|inch\w*|\"|″)", text):
            out["gauge_size"] = round(out["gauge_size"] * 2.54, 2)  # "per 4 inches": 10,16 cm
        out |= _knit_size(prompt, text, out.get("gauge_size", 10))
    if k == "fence" and "strands" not in out and re.search(_MESH, text):
        out["strands"] = 1  # mesh is one layer, not three strands of wire (review25 #10)
    if k == "pay":
        out |= _monthly_pay(prompt, text)
    if k == "mortgage":
        out |= _mortgage(prompt)
    if k == "quote" and (m := re.search(_UNIT_PRICE, text)):
        out["unit_price"] = number(m.group(1) or m.group(2))
    # a quote's tax, said beside its name ("TVA 20 %", "plus 8% sales tax"), not a discount
    if k == "quote" and (m := re.search(rf"(?:{_TAX_WORD})\s*(?:de |of |à |a |al |von )?{_PCT}|"
                                        rf"{_PCT}\s*(?:de |of |d')?(?:sales )?(?:{_TAX_WORD})",
                                        text)):
        out["vat_rate"] = number(m.group(1) or m.group(2))
    if out.get("kwh_price", 0) >= 5:  # "32 ct/kWh": cents
        out["kwh_price"] = out["kwh_price"] / 100
    if out.get("height", 100) < 3:  # "1.80 m": the input is in cm
        out["height"] = round(out["height"] * 100)
    return out


# the inputs a rectangle's length and width fill, by calculator
_SIDES = {"fence": ("fence_length", "fence_width"), "paint": ("room_length", "room_width"),
          "tiles": ("room_length", "room_width"), "skirting": ("room_length", "room_width"),
          "planting": ("bed_length", "bed_width"), "per_area": ("bed_length", "bed_width")}


def _long_wide(prompt: str, text: str) -> tuple[float, ...]:
    """A rectangle's length and width said in words, in metres ("80 m long and 45 m wide",
    "6 m de long et 4 m de large", "8 m de largo y 3 de ancho", "80 m lang und 45 m breit");
    () unless both are said."""
    lang = guess(prompt)
    got = []
    for words in (_LONG.get(lang, _LONG["en"]), _WIDE.get(lang, _WIDE["en"])):
        m = re.search(rf"{_N}\s*(?:m|metres?|meters?|metros?|metri|meter[ns]?)?\s*(?:{words})\b",
                      text) or re.search(rf"\b(?:{words})\s*(?:(?:of|de|di|von)\s*)?{_N}\s*"
                                         r"(?:m|metres?|meters?|metros?|metri|meter[ns]?)\b", text)
        if not m:
            return ()
        got.append(number(m.group(1)))
    return tuple(got)


# a fence that is not closed round a rectangle: a straight run, one side, three sides
_OPEN_RUN = (r"\b(?:straight|in a (?:straight )?line|(?:one|two|three|the other (?:three|two)) "
             r"sides?|only one side|along (?:the|a|our|my)|(?:en )?ligne droite|droite le long|"
             r"le long d|(?:un|deux|trois) cotes?|en linea recta|(?:un|dos|tres) lados?|a lo largo|"
             r"gerade|(?:eine|zwei|drei) seiten?|nur die \w*seite|entlang|em linha reta|"
             r"(?:um|dois|tres) lados?|ao longo d|in linea retta|(?:un|due|tre) lat[oi]|lungo (?:il|"
             r"la|lo|l')|solo (?:un|el|il) lat)")
# a fence of mesh or netting in rolls, not strands of wire
_MESH = (r"\b(?:mesh|chain-?link|netting|grillage|malla|tela (?:metalica|de arame)|"
         r"maschendraht\w*|drahtgeflecht|\w*zaungeflecht|rete|alambrado romboidal)\b")
# a knitted piece's width and length, by the words of its language ("largo" is long in
# Spanish, wide in Italian and Portuguese): "25 cm wide and 160 cm long", "30 cm breit",
# "larga 25 cm e lunga 150", "de 50 cm de large"
_WIDE = {"en": r"wide|width", "fr": r"(?:de )?large|largeur", "es": r"(?:de )?ancho|anchura",
         "de": r"breit|breite", "pt": r"(?:de )?largura|larg[oa]", "it": r"larg[oa]|larghezza"}
_LONG = {"en": r"long|length", "fr": r"(?:de )?long|longueur", "es": r"(?:de )?larg[oa]|longitud",
         "de": r"lang|lange", "pt": r"(?:de )?comprimento|long[oa]", "it": r"lung[oa]|lunghezza"}
_SWATCH = (r"\b(?:stitch\w*|rows?|mailles|rangs|puntos|vueltas|maschen|reihen|pontos|carreiras|"
           r"maglie|ferri|punti|swatch|gauge|echantillon|muestra|amostra|campione|"
           r"maschenprobe)\W+(?:\w+\W+){0,2}$")


# the swatch named just before a size ("a swatch 10 cm wide", "amostra de 10 cm")
_SWATCH_NOUN = (r"\b(?:swatch|gauge|square|echantillon|muestra|amostra|campione|probe|"
                r"maschenprobe|quadratino)\W+(?:\w+\W+){0,2}$")


def _knit_size(prompt: str, text: str, gauge: float = 10) -> dict[str, float]:
    """A knitted piece's width and length as the prompt gives them ("a scarf 25 cm wide and
    160 cm long", "Schal 30 cm breit, 180 cm lang", "una bufanda de 30 x 150 cm"), in cm
    (inches said are turned into cm), never the swatch's: a size of the gauge's own (``gauge``
    cm, "my tension square is 10 cm wide") is the swatch whatever it is called (review25 #9,
    review26 #1)."""
    lang = guess(prompt)
    out: dict[str, float] = {}
    unit = r"\s*(?:cm|centim\w*|inch(?:es)?\b|in\b|\"|″)?"

    def cm(m: re.Match) -> float:
        inches = re.search(r"inch|\bin\b|\"|″", text[m.start():m.end()])
        return round(number(m.group(1)) * (2.54 if inches else 1), 2)

    def piece(m: re.Match) -> bool:
        return not re.search(_SWATCH_NOUN, text[max(0, m.start() - 30):m.start()]) and \
            not math.isclose(cm(m), gauge) and (number(m.group(1)) > 10 or re.search(
                r"\bcm\b|inch|\bin\b", text[m.start():m.end()]) is not None)

    for key, words in (("knit_width", _WIDE.get(lang, _WIDE["en"])),
                       ("knit_length", _LONG.get(lang, _LONG["en"]))):
        found = [*re.finditer(rf"{_N}{unit}\s*(?:{words})\b", text), *re.finditer(
            rf"\b(?:{words})\s*(?:(?:of|de|di|von)\s*)?{_N}{unit}(?!\s*(?:x|×|stitch|maille|punt|"
            rf"masch|pont|magli))", text)]
        if m := next((m for m in sorted(found, key=lambda m: m.start()) if piece(m)), None):
            out[key] = cm(m)
    if len(out) < 2:
        for m in re.finditer(rf"(?<![\d.,]){_N}\s*(?:cm\s*)?(?:x|×|by|por|per|par|sur|mal)\s*"
                             rf"{_N}\s*(?:cm|centim\w*)", text):
            if m.group(1) != m.group(2) and not re.search(
                    _SWATCH, text[max(0, m.start() - 40):m.start()]):
                return {"knit_width": number(m.group(1)), "knit_length": number(m.group(2))}
    return out


_MONTH_WORDS = r"(?:month|mois|mes|monat|m[êe]s|mese)"
# a month's salary and hours ("salário R$ 3.000, 220 horas por mês"), an overtime premium
# ("adicional de 50%", "Zuschlag 25 %", "time and a half")
_SALARY = (r"\b(?:salary|salaire|salario|sueldo|gehalt|lohn|sal[áa]rio|stipendio|retribuzione)\b"
           r"|(?:a|per|par|por|pro|al|ao|im|/)\s*" + _MONTH_WORDS + r"\b|\bmonthly\b|mensu\w*|"
           r"monatlich\w*|mensal\w*|mensil\w*")
_MONTH_HOURS = (rf"{_N}\s*(?:hours?|h|heures|horas|stunden|std|ore)\s*(?:a|per|par|por|pro|al|ao|im|"
                rf"/|each|every|cada|chaque|jeden|ogni|in the|no|na|nel)?\s*{_MONTH_WORDS}\b")
_PREMIUM = (rf"(?:adicional|acr[ée]scimo|premium|majoration|recargo|zuschlag|maggiorazione|"
            rf"overtime (?:at|rate|premium)|horas? extras? (?:a|de|com)|heures sup\w* (?:à|a)|"
            rf"[üu]berstunden\w* mit|straordinari\w* (?:al|con))\D{{0,12}}?{_PCT}|{_PCT}\s*"
            r"(?:extra|more|de plus|m[áa]s|mais|mehr|in pi[ùu]|adicional|premium|zuschlag)")


def _monthly_pay(prompt: str, text: str) -> dict[str, float]:
    """A pay calculator's hourly rate from a month's salary and hours ("salário R$ 3.000, 220
    horas por mês": 13,64 an hour, 50,8 hours a week), and the overtime premium said
    ("adicional de 50%": × 1.5); {} when no month's hours are said."""
    out: dict[str, float] = {}
    if m := re.search(_PREMIUM, text):
        out["ot_rate"] = round(1 + number(m.group(1) or m.group(2)) / 100, 4)
    elif re.search(r"time and a half|heure et demie|hora y media|hora e meia", text):
        out["ot_rate"] = 1.5
    hours = re.search(_MONTH_HOURS, text)
    sums = [a for a, _ in amounts(prompt)] or [a for a, *_ in _sums(prompt, bare=True)]
    if hours and sums and re.search(_SALARY, text) and number(hours.group(1)) > 0:
        month = number(hours.group(1))
        out["hourly"] = round(sums[0] / month, 2)
        out["hours"] = round(month * 12 / 52, 2)
    return out


def _quoted(prompt: str, key: str, lang: str) -> str:
    """A quote's quantity and price in the unit its prompt prices in: "Surface (m²)" and "Prix
    par m²", "Hours" and "Price per hour", else a quantity and a unit price."""
    m = re.search(_UNIT_PRICE, plain(prompt))
    unit = m.group(3) if m else ""
    area = re.fullmatch(r"m2|sq ?ft|square \w+|metr\w* (?:quadr|cuadr)\w*|quadratmeter", unit)
    hour = re.fullmatch(r"hours?|heures?|horas?|stunden?|ora|h", unit)
    shown = ("sq ft" if re.match(r"sq|square f", unit) else "m²" if area else unit)
    if key == "quantity":
        if area:
            return f"{pick(WORDS['quoted_area'], lang)} ({shown})"
        return pick(WORDS["hours_worked" if hour else "quantity"], lang)
    return f"{pick(WORDS['price_per'], lang)} {shown}" if unit and (area or hour) else \
        pick(WORDS["unit_price"], lang)


def _kwh_used(prompt: str) -> str:
    """The input an electricity calculator takes the energy used as: "kwh_year" or "kwh" (a
    month's), or "" when it asks for an appliance's watts and hours."""
    text = plain(prompt)
    if not re.search(_KWH_USED, text) or re.search(_APPLIANCE, text):
        return ""
    m = re.search(rf"\bkwh\b[^.;!?\d]{{0,30}}?(?:{_YEARLY})|(?:{_YEARLY})[^.;!?]{{0,30}}?\bkwh", text)
    return "kwh_year" if m and not re.search(r"(?:price|preis|prix|precio|preco|prezzo)\s*"
                                             r"(?:pro|per|par|por|du|del|do|al)?\s*kwh[^.;!?]{0,12}"
                                             rf"(?:{_YEARLY})", text) else "kwh"


# compound interest's start and monthly saving, said without a currency sign (plain text):
# "capital inicial 5000", "Anfangskapital 10.000", "with 200 a month"
_START = (r"\b(?:capitale?(?: inicial| initial| iniziale| de depart)?|initial (?:amount|deposit|"
          r"investment)|starting (?:amount|balance|with)|start(?:kapital|betrag)?|anfangs\w*|"
          r"principal|deposit|einlage|aporte inicial|valor inicial|montant (?:initial|de depart)|"
          r"importo iniziale|invest(?:ing|ment of)?)\b\D{0,12}?(\d+(?:[.,]\d+)?)(?!\s*%)")
_MONTHLY_ADD = (rf"{_N}\s*(?:€|\$|£|euros?|dollars?)?\s*(?:a|per|par|por|pro|al|ao|each|every|"
                r"cada|chaque|ogni|jeden)\s*(?:month|mois|mes|monat|mes|mese)\b|{_N}\s*(?:€|\$|"
                r"£)?\s*(?:monthly|mensuel\w*|mensual\w*|monatlich|mensais?|mensili?)")


def _mortgage(prompt: str) -> dict[str, float]:
    """A mortgage's sums as the prompt names them: a home's price with its down payment ("$60,000
    down", "deposit 35,000", "20% down"; none made up when unsaid), or the sum borrowed
    ("importo 150.000 euro", "a mortgage of 200.000 €": {"amount": ...}, which build() shows
    as a loan's inputs: no price or down payment the asker did not give)."""
    price, down, lent, other = [], [], [], []
    for value, start, end in _sums(prompt, bare=True):
        before = re.split(r"[.;:,!?\n]", prompt[max(0, start - 40):start])[-1]
        if re.match(_DOWN, prompt[end:end + 20], re.I) or re.search(_DOWN_BEFORE, before, re.I):
            down.append(value)
        elif re.search(_PRICE_BEFORE, before, re.I) or re.match(_HOME_AFTER, prompt[end:], re.I):
            price.append(value)
        elif re.search(_LENT_BEFORE, before, re.I):
            lent.append(value)
        else:
            other.append(value)
    if not price and len(other) == 1 and down:
        price = other  # one sum beside a down payment: the home's
    elif not price and not lent and len(other) == 1:
        lent = other  # a sum and no price: what is borrowed
    if lent and not price:
        return {"amount": lent[0]}
    out: dict[str, float] = {"price": price[0]} if price else {}
    share = re.search(rf"{_PCT}\s*{_DOWN_WORD}", plain(prompt))
    if down:
        out["down"] = down[0]
    elif share:  # "20% down": of the price said, or of the example price
        out["down"] = round(out.get("price", CALCS["mortgage"].inputs[0].value)
                            * number(share.group(1)) / 100)
    elif price:
        out["down"] = 0
    return out


# The kinds of quantity each calculator takes (measured's dimensions, read from its inputs'
# English labels): "Weight (kg)" a mass, "Hours a day" a share of time, "Price per kWh" money
# over energy
_TAKES = {k: {q.dim for i in c.inputs for q in measured.named(WORDS.get(i.key, (i.key,))[0])}
          for k, c in CALCS.items()}
# The words before a calculator word that name a known sum ("tip calculator"): the subject
# reader skips them, the app's title already says them.
WORDS_RE = "|".join(f"(?:{c.pattern})" for c in CALCS.values())
# What the offline calculators compute, as a run's verdict lists them.
KNOWN = ("tips, bill splitting, a rent or costs split by room size or income, BMI, daily calories and macros, loans, mortgages, savings "
         "goals, compound interest, discounts, VAT, quotes at a price per unit, an amount per m² over a bed or a lawn, a dog's or a cat's food a day, percentages, grade averages, trip fuel "
         "costs, a car's fuel consumption, electricity costs, due dates, paint for a room, tiles for a floor, posts and wire for a fence, "
         "skirting boards for a room, plants for a bed at a spacing, "
         "stitches and rows from a knitting gauge, dates and ages, pay, recipe "
         "servings, currencies at a rate you enter, units, plain arithmetic, and a result the "
         "units of the quantities named give (litres from lengths in cm, a cost a year from "
         "watts, hours a day and a price per kWh)")


# What some calculators compute, as the page does it (dataapp.js FORMULAS), to tell a formula
# the prompt spells that is theirs ("BMI = kg/m²", "tip = bill x 15 %") from one of its own
def _tip(v: dict) -> dict:
    tip = v["bill"] * v["pct"] / 100
    return {"tip": tip, "total": v["bill"] + tip, "each": (v["bill"] + tip) / max(1, v["people"])}


_CANON = {
    "bmi": lambda v: {"bmi": v["weight"] / (v["height"] / 100) ** 2},
    "tip": _tip, "split": _tip,
    "vat": lambda v: {"tax": v["net"] * v["vat_rate"] / 100,
                      "gross": v["net"] * (1 + v["vat_rate"] / 100)},
    "discount": lambda v: {"saving": v["price"] * v["off"] / 100,
                           "final": v["price"] * (1 - v["off"] / 100)},
    "percent": lambda v: {"part": v["base"] * v["pct"] / 100,
                          "plus": v["base"] * (1 + v["pct"] / 100),
                          "minus": v["base"] * (1 - v["pct"] / 100)},
    "economy": lambda v: {"l_per_100": v["litres"] / v["distance"] * 100,
                          "km_per_l": v["distance"] / v["litres"]},
    "fuel": lambda v: {"fuel": v["distance"] * v["consumption"] / 100,
                       "cost": v["distance"] * v["consumption"] / 100 * v["fuel_price"],
                       "each": v["distance"] * v["consumption"] / 100 * v["fuel_price"]
                       / max(1, v["people"])},
    "currency": lambda v: {"converted": v["amount"] * v["fx"]},
    "quote": lambda v: {"subtotal": v["quantity"] * v["unit_price"],
                        "tax": v["quantity"] * v["unit_price"] * v["vat_rate"] / 100,
                        "gross": v["quantity"] * v["unit_price"] * (1 + v["vat_rate"] / 100)},
    "per_area": lambda v: {"bed_area": v["bed_length"] * v["bed_width"],
                           "amount": v["bed_length"] * v["bed_width"] * v["rate"]},
}
# the units an input may be spelled in beside the page's: a height in metres ("kg/m²")
_SCALES = {"height": (1, 100)}
# names a formula gives an input or a result beside its labels in WORDS
_ALSO = {"weight": "kg kilos masse massa", "height": "m cm estatura statura metres meters metros "
         "metri", "bill": "amount importe montant betrag importo", "pct": "percent porcentaje "
         "pourcentage prozent porcentagem percentuale", "people": "persons",
         "net": "price precio prix preis preco prezzo amount base importe",
         "vat_rate": "rate tasa taux satz aliquota vat iva tva mwst", "price": "precio prix preis "
         "preco prezzo", "off": "discount descuento remise rabatt desconto sconto",
         "distance": "km kilometres kilometers kilometros", "litres": "l liters litros litri liter",
         "fx": "rate tasa taux kurs cambio", "bmi": "imc", "gross": "brutto bruto ttc",
         "cost": "coste costo custo kosten cout", "l_per_100": "consumo consumption verbrauch"}
_NOT_NAMES = {"of", "the", "per", "par", "por", "pro", "de", "du", "des", "del", "da", "do", "di",
              "a", "al", "ao", "au", "in", "en", "em", "if", "si", "se", "that", "ce", "ese",
              "esse", "il", "la", "le", "el", "um", "uno", "cada"}


def _words_of(key: str) -> set[str]:
    said = " ".join(WORDS.get(key, ())) + " " + _ALSO.get(key, "")
    return set(re.findall(r"[a-z0-9]+", plain(said))) - _NOT_NAMES


def _match(label: str, keys) -> str | None:
    """The key among ``keys`` whose words ``label`` shares most (none shared: None)."""
    words = set(re.findall(r"[a-z0-9]+", plain(label))) - _NOT_NAMES
    best = max(keys, key=lambda k: len(words & _words_of(k)), default=None)
    return best if best and words & _words_of(best) else None


def same_sum(spelled: formula.Formula, k: str | None, prompt: str) -> bool:
    """Whether ``spelled`` computes what calculator ``k`` does: its inputs and results are the
    calculator's by their names, and it gives the same numbers (in metres or centimetres)."""
    canon = _CANON.get(k or "")
    if canon is None:
        return False
    calc = CALCS[k]
    ins = {i["key"]: _match(i["label"], [x.key for x in calc.inputs]) for i in spelled.inputs}
    outs = {s["key"]: _match(s["label"], [key for key, _ in calc.outputs])
            for s in spelled.steps}
    if None in ins.values() or None in outs.values() or \
            len(set(ins.values())) < len(ins):
        return False
    given = {i.key: i.value for i in calc.inputs} | said(prompt, k)
    scaled = [key for key in ins.values() if key in _SCALES]
    for scales in itertools.product(*(_SCALES[key] for key in scaled)):
        if all(_agrees(spelled, canon, ins, outs, given, dict(zip(scaled, scales, strict=True)),
                       trial) for trial in range(3)):
            return True
    return False


def _agrees(spelled, canon, ins, outs, given, scales, trial) -> bool:
    values = {key: 2.5 + 1.7 * n + 3.1 * trial for n, key in enumerate(ins)}
    page = dict(given) | {ins[key]: v * scales.get(ins[key], 1) for key, v in values.items()}
    try:
        want = canon(page)
    except (ZeroDivisionError, KeyError, TypeError):
        return False
    got = formula.run(spelled, values)
    return all(math.isclose(got[step], want[out], rel_tol=1e-6) for step, out in outs.items())
