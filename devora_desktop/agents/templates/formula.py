"""A formula the prompt spells out for its calculator ("kcal = peso(kg) x 60, y los gramos =
kcal / las kcal por gramo del pienso"), read into steps the page computes.

``read(prompt)`` finds the statements ``name = expression`` (or "formula: expression") and
parses each with a small grammar: numbers ("4,5", "15 %"), the operators + − × x * ÷ / ^ ² ³
and brackets, the words for them ("times", "divided by", "mal", "geteilt durch", "vezes"...)
and names. A name another statement defines is that step's result; any other name is an
input the person types ("peso(kg)" is "Peso (kg)"). The page evaluates the parsed tree
(dataapp.js ``stepsOf``): the prompt's text is never run as code.

``Formula.steps`` is empty when the prompt spells a formula this grammar cannot read: the run
then says the calculator does not use it.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from dataclasses import dataclass, field

# A statement's end: ";", a new line, a full stop or a comma that is not inside a number
_END = r"(?:;|\n|[.,!?](?=\s|$)|$)"
# Words that join statements or open one ("y los gramos = ...", "then the total = ...")
_JOIN = (r"(?:and then|and|then|y luego|luego|y|e depois|depois|e poi|poi|e|et puis|puis|et|"
         r"und dann|dann|und|also|so|donde|where|wobei|ou|or|o)")
_ARTICLE = (r"(?:the|a|an|le|la|les|l'|el|los|las|lo|un|una|une|der|die|das|den|dem|des|"
            r"o|os|as|il|gli|i|del|de|du|dei|degli|delle|della|do|da|dos|das|mein\w*|"
            r"my|mon|ma|mes|mi|mis|meu|minha|mio|mia|your|votre|tu|tus|dein\w*|teu|tua|tuo)")
# Operators said in words, the longest first
_WORD_OPS = (
    ("*", r"multiplied by|multiplie(?:e|s)? par|multiplicad[oa] por|multiplicad[oa] pel[oa]|"
          r"moltiplicat[oa] per|multipliziert mit|times|fois|vezes|veces|mal"),
    ("/", r"divided by|divise(?:e|s)? par|dividid[oa] (?:por|entre|pel[oa])|divis[oa] per|"
          r"geteilt durch|dividid[oa]|divis[oa]|durch|over"),
    ("+", r"plus|mas|mais|piu|more"),
    ("-", r"minus|menos|meno|moins|weniger"),
)
_SYMBOLS = {"×": "*", "·": "*", "*": "*", "÷": "/", "/": "/", "+": "+", "-": "-", "−": "-",
            "–": "-", "^": "^", "(": "(", ")": ")", "%": "%", "²": "²", "³": "³"}
_NUMBER = r"\d+(?:[.,]\d+)?"
# A word of a name: letters, digits after the first letter, an apostrophe or a hyphen inside
_WORD = r"[^\W\d_](?:[\w'’-]*\w)?"
# "formula: a x b", "fórmula: ...", "Formel: ...", "formule : ..."
_FORMULA_WORD = r"\b(?:formula|f[óo]rmula|formule|formel)\b\s*(?:is|es|est|ist|e|é)?\s*:?"
# a unit in brackets after a name ("peso(kg)", "tempo (min)"), not a function's argument
# ("Wurzel(Fläche)", which this grammar does not read)
_UNIT = r"[^\W\d_]{1,5}(?:\s*/\s*[^\W\d_]{1,5})?|[€$£%°]"
# a condition after a formula ("…, but 10 a walk if more than 10"): a rule it cannot read
_RULE = (r"\b(?:if|unless|except|when|si|sauf|sinon|wenn|falls|au(?:ss|ß)er|sonst|se|salvo|"
         r"tranne|a menos|a meno|a moins|sen[aã]o|altrimenti|sino|at least|at most|au moins|"
         r"au plus|al menos|como m[íi]nimo|mindestens|h[öo]chstens|pelo menos|no m[íi]nimo|"
         r"almeno|minimum|maximum|m[íi]nimo|m[áa]ximo|minimo|massimo)\b")
_CURRENCY = r"[€$£]|\br\$|\beur(?:os?)?\b|\breais\b|\bdollars?\b"


@dataclass
class Formula:
    text: str                                  # the formula as the prompt writes it
    steps: list[dict] = field(default_factory=list)   # {key, label, tree}, in order
    inputs: list[dict] = field(default_factory=list)  # {key, label}


def plain(text: str) -> str:
    """``text`` lower-cased without accents, one character for one ("²" stays)."""
    out = []
    for c in text.lower():
        bare = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))
        out.append(bare if len(bare) == 1 else c)
    return "".join(out)


def _name(raw: str) -> str:
    """A name as a label: articles and joining words off its front, brackets as a unit
    ("peso(kg)" → "Peso (kg)"), the first letter a capital."""
    words = raw.strip(" :,-").split()
    while len(words) > 1 and re.fullmatch(rf"{_JOIN}|{_ARTICLE}|l'|d'", plain(words[0])):
        words = words[1:]
    text = re.sub(r"^(?:l|d)['’](?=\w)", "", " ".join(words), flags=re.I)
    text = re.sub(r"\s*\(\s*([^()]*?)\s*\)", r" (\1)", text).strip()
    return text[:1].upper() + text[1:]


def _slug(label: str) -> str:
    return re.sub(r"\W+", " ", plain(label)).strip()


def _tokens(rhs: str) -> list[tuple[str, str]] | None:
    """The expression's tokens: ("num", "4.5"), ("op", "*"), ("name", "peso (kg)"); None when
    something in it is neither."""
    out: list[tuple[str, str]] = []
    text = re.sub(_CURRENCY, " ", rhs, flags=re.I).replace("²", "^2").replace("³", "^3")
    words_ops = "|".join(rf"(?P<w{i}>\b(?:{p})\b)" for i, (_, p) in enumerate(_WORD_OPS))
    pattern = re.compile(rf"\s*(?:(?P<num>{_NUMBER})|{words_ops}|(?P<x>\bx\b)|"
                         rf"(?P<sym>[×·*÷/+\-−–^()%²³])|(?P<name>{_WORD}(?:\s+{_WORD})*?)"
                         rf"(?=\s*(?:[×·*÷/+\-−–^()%²³=]|\bx\b|\d|$|"
                         rf"\b(?:{'|'.join(p for _, p in _WORD_OPS)})\b)))", re.I)
    pos, flat = 0, plain(text)
    while pos < len(text):
        if not text[pos:].strip():
            break
        m = pattern.match(flat, pos)
        if not m or m.end() == pos:
            return None
        if m.group("num"):
            out.append(("num", m.group("num").replace(",", ".")))
        elif m.group("x"):
            out.append(("op", "*"))
        elif m.group("sym"):
            out.append(("op", _SYMBOLS[m.group("sym")]))
        elif m.group("name"):
            out.append(("name", text[m.start("name"):m.end("name")]))
        else:
            i = next(int(k[1:]) for k, v in m.groupdict().items() if k.startswith("w") and v)
            out.append(("op", _WORD_OPS[i][0]))
        pos = m.end()
    # a name with its unit in brackets right after it ("peso(kg)", "altura (m)") is one name
    joined: list[tuple[str, str]] = []
    i = 0
    while i < len(out):
        kinds = [k for k, _ in out[i:i + 4]]
        if kinds == ["name", "op", "name", "op"] and out[i + 1][1] == "(" and \
                out[i + 3][1] == ")" and re.fullmatch(_UNIT, out[i + 2][1].strip(), re.I):
            joined.append(("name", f"{out[i][1]} ({out[i + 2][1]})"))
            i += 4
            continue
        joined.append(out[i])
        i += 1
    return joined


class _Parser:
    """expr := term (("+"|"-") term)*; term := power (("*"|"/") power)*;
    power := unary ("^" unary | "²" | "³")*; unary := "-" unary | atom "%"?;
    atom := number | name | "(" expr ")". Trees are lists: ["num", 60], ["var", label],
    [op, a, b], ["neg", a]."""

    def __init__(self, tokens: list[tuple[str, str]]):
        self.t, self.i = tokens, 0

    def peek(self) -> tuple[str, str] | None:
        return self.t[self.i] if self.i < len(self.t) else None

    def take(self) -> tuple[str, str]:
        tok = self.peek()
        if tok is None:
            raise ValueError("the expression ends too soon")
        self.i += 1
        return tok

    def expr(self) -> list:
        tree = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            tree = [self.take()[1], tree, self.term()]
        return tree

    def term(self) -> list:
        tree = self.power()
        while self.peek() in (("op", "*"), ("op", "/")):
            tree = [self.take()[1], tree, self.power()]
        return tree

    def power(self) -> list:
        tree = self.unary()
        while self.peek() in (("op", "^"), ("op", "²"), ("op", "³")):
            op = self.take()[1]
            tree = ["^", tree, self.unary() if op == "^" else ["num", 2 if op == "²" else 3]]
        return tree

    def unary(self) -> list:
        if self.peek() == ("op", "-"):
            self.take()
            return ["neg", self.unary()]
        tree = self.atom()
        if self.peek() == ("op", "%"):
            self.take()
            tree = ["/", tree, ["num", 100]]
        return tree

    def atom(self) -> list:
        kind, value = self.take()
        if kind == "num":
            return ["num", float(value)]
        if kind == "name":
            return ["var", _name(value)]
        if value == "(":
            tree = self.expr()
            if self.take() != ("op", ")"):
                raise ValueError("a bracket is not closed")
            return tree
        raise ValueError(f"{value!r} where a number or a name was expected")


def _parse(rhs: str) -> list | None:
    tokens = _tokens(rhs)
    if not tokens or not any(k == "op" for k, _ in tokens):
        return None  # "kcal = energy": a name, no sum
    parser = _Parser(tokens)
    try:
        tree = parser.expr()
    except ValueError:
        return None
    rest = tokens[parser.i:]
    # words after the sum are its unit ("= peso x 60 al día", "= horas x 35 €")
    if any(k != "name" for k, _ in rest) or len(rest) > 1:
        return None
    return tree


# Words a statement's name comes after: "BMI calculator where BMI = …", "… with price = …"
_BEFORE_NAME = (rf"{_JOIN}|where|whereby|donde|dove|onde|ou|wobei|wo|with|con|avec|mit|com|"
                r"using|usando|utilisant|\w*rechner|calculat\w*|calculadora|calcolatrice|"
                r"calculette|simulat\w*|simulador")
_LHS = rf"(?:{_WORD}(?:\s*\([^()=]{{1,20}}\))?\s*)"


def _statements(prompt: str) -> list[tuple[str, str, str]]:
    """(name, expression, the statement's text) for each "name = expression" in ``prompt``,
    and a "formula: expression" with no name (named "")."""
    found = []
    for m in re.finditer(rf"(?P<lhs>{_LHS}{{1,6}}?)\s*=(?P<rhs>[^=]+?)(?={_END}|\s+{_LHS}{{1,6}}=)",
                         prompt, re.S):
        lhs = re.split(r"[:;,.!?\n]", m.group("lhs"))[-1].split()
        cut = [n for n, w in enumerate(lhs) if re.fullmatch(_BEFORE_NAME, plain(w))]
        lhs = lhs[cut[-1] + 1:] if cut and cut[-1] + 1 < len(lhs) else lhs
        rest = re.split(r"[.;!?\n]", prompt[m.end():])[0]
        rule = bool(re.search(_RULE, plain(rest))) and not re.search(r"=", rest)
        name, rhs = " ".join(lhs[-4:]), m.group("rhs").strip()
        found.append((_name(name), rhs + (" ?" if rule else ""),
                      f"{name} = {rhs}{rest.rstrip() if rule else ''}"))
    if not found and (m := re.search(rf"{_FORMULA_WORD}\s*(?P<rhs>[^=]+?)(?={_END})",
                                     plain(prompt))):
        start = m.start("rhs")
        rhs = prompt[start:m.end("rhs")]
        found.append(("", rhs.strip(), prompt[m.start():m.end("rhs")].strip()))
    return found


def _sum_like(rhs: str) -> bool:
    """Whether ``rhs`` computes something: an operator, in a sign or a word ("H = hydrogen",
    "1 = bad" are no sums)."""
    ops = "|".join(p for _, p in _WORD_OPS)
    return bool(re.search(rf"[×·*÷/+^²³%−]|\s[-–]\s|\bx\b|\b(?:{ops})\b", plain(rhs)))


@functools.lru_cache(maxsize=256)
def read(prompt: str) -> Formula | None:
    """The formula ``prompt`` spells out, parsed; None when it spells none (a rate alone, "tip
    = 15 %", is no formula). Its ``steps`` are empty when it spells one this module cannot
    read."""
    said = [s for s in _statements(prompt) if _sum_like(s[1])]
    if not said:
        return None
    text = "; ".join(s for _, _, s in said)
    steps: list[dict] = []
    inputs: list[dict] = []
    names: dict[str, list] = {}  # a name defined by a statement: its step, or its number

    def bind(node: list) -> list:
        if node[0] == "var":
            slug = _slug(node[1])
            if slug in names:
                return names[slug]
            known = next((i for i in inputs if i["slug"] == slug), None)
            if known is None:
                known = {"key": f"v{len(inputs) + 1}", "label": node[1], "slug": slug}
                inputs.append(known)
            return ["var", known["key"]]
        if node[0] == "num":
            return node
        return [node[0], *(bind(x) for x in node[1:])]

    for n, (lhs, rhs, _) in enumerate(said, 1):
        tree = _parse(rhs)
        if tree is None or (not lhs and n > 1):
            return Formula(text)
        before = len(inputs)
        tree = bind(tree)
        if not _uses_input(tree) and len(inputs) == before and lhs:
            names[_slug(lhs)] = ["num", evaluate(tree, {})]  # "tasa = 15 %": a number
            continue
        key = f"r{len(steps) + 1}"
        steps.append({"key": key, "label": lhs, "tree": tree})
        if lhs:
            names[_slug(lhs)] = ["var", key]
    if not steps:
        return None
    return Formula(text, steps, [{"key": i["key"], "label": i["label"]} for i in inputs])


def _uses_input(tree: list) -> bool:
    return tree[0] == "var" or (tree[0] != "num" and any(_uses_input(x) for x in tree[1:]))


def evaluate(tree: list, values: dict[str, float]) -> float:
    """``tree`` computed with ``values`` (inputs and earlier steps): as the page does it, a
    real number or NaN (never a complex one)."""
    op = tree[0]
    if op == "num":
        return tree[1]
    if op == "var":
        return values.get(tree[1], math.nan)
    if op == "neg":
        return -evaluate(tree[1], values)
    if op == "ceil":  # a count of whole things to buy: rounded up ("12 sacks of 50 L")
        x = evaluate(tree[1], values)
        return float(math.ceil(x - 1e-9)) if math.isfinite(x) else math.nan
    a, b = evaluate(tree[1], values), evaluate(tree[2], values)
    try:
        out = {"+": a + b, "-": a - b, "*": a * b}[op] if op in "+-*" else \
            a / b if op == "/" else a ** b
    except (ZeroDivisionError, OverflowError):
        return math.nan
    # a negative number to a fractional power has no real value: Python gives a complex
    # number where the page's ** gives NaN, and the page says it can't compute it
    return out if isinstance(out, float | int) else math.nan


def run(f: Formula, values: dict[str, float]) -> dict[str, float]:
    """Every step of ``f`` from the inputs' ``values``."""
    out = dict(values)
    for step in f.steps:
        out[step["key"]] = evaluate(step["tree"], out)
    return {s["key"]: out[s["key"]] for s in f.steps}
