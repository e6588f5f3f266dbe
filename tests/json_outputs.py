#!/usr/bin/env python3
"""Every JSON output of xxgk, parsed strictly and validated against its schema.

    json_outputs.py XXGK SOURCE_DIR WORK_DIR

Runs the built program over the corpus (and an unreadable path) with every
JSON format: parse --format json, check --format json, check --format sarif,
export --format jsonl (plain and --labels zh), diff --format json (two and
three files, a template change), corpus --stat --save. Each output is parsed
with duplicate keys as an error (jq, Python and JavaScript would silently
keep the last one) and validated against docs/schema/*.schema.json with the
small JSON Schema validator below (the keywords the schemas use; Python's
standard library only, since no pip package is at hand).
"""
import json
import os
import re
import shutil
import subprocess
import sys


class Invalid(Exception):
    pass


def no_duplicates(pairs):
    seen = {}
    for k, v in pairs:
        if k in seen:
            raise Invalid(f"duplicate key {k!r}")
        seen[k] = v
    return seen


def loads(text):
    return json.loads(text, object_pairs_hook=no_duplicates)


class Validator:
    """JSON Schema (2020-12) for the keywords docs/schema uses: type, enum,
    const, pattern, minimum, maximum, properties, required,
    additionalProperties, patternProperties, items, minItems, maxItems,
    oneOf, anyOf, allOf, not, if/then/else, $ref (to #/$defs/X, in this
    file or a sibling file)."""

    def __init__(self, folder):
        self.folder = folder
        self.files = {}

    def schema(self, name):
        if name not in self.files:
            with open(os.path.join(self.folder, name), encoding="utf-8") as f:
                self.files[name] = loads(f.read())
        return self.files[name]

    def resolve(self, ref, base):
        name, _, frag = ref.partition("#")
        name = name or base
        node = self.schema(name)
        for part in frag.strip("/").split("/") if frag.strip("/") else []:
            node = node[part]
        return node, name

    TYPES = {
        "object": lambda v: isinstance(v, dict),
        "array": lambda v: isinstance(v, list),
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "boolean": lambda v: isinstance(v, bool),
        "null": lambda v: v is None,
    }

    def check(self, v, s, base, path="$"):
        if "$ref" in s:
            target, name = self.resolve(s["$ref"], base)
            self.check(v, target, name, path)
        if "type" in s:
            types = s["type"] if isinstance(s["type"], list) else [s["type"]]
            if not any(self.TYPES[t](v) for t in types):
                raise Invalid(f"{path}: {v!r:.60} is not {s['type']}")
        if "const" in s and v != s["const"]:
            raise Invalid(f"{path}: {v!r:.60} is not {s['const']!r}")
        if "enum" in s and v not in s["enum"]:
            raise Invalid(f"{path}: {v!r:.60} is not one of {s['enum']}")
        if "pattern" in s and isinstance(v, str) and not re.search(s["pattern"], v):
            raise Invalid(f"{path}: {v!r:.60} does not match {s['pattern']}")
        if "minimum" in s and isinstance(v, (int, float)) and v < s["minimum"]:
            raise Invalid(f"{path}: {v} < {s['minimum']}")
        if "maximum" in s and isinstance(v, (int, float)) and v > s["maximum"]:
            raise Invalid(f"{path}: {v} > {s['maximum']}")
        if isinstance(v, dict):
            props = s.get("properties", {})
            for k in s.get("required", []):
                if k not in v:
                    raise Invalid(f"{path}: the key {k!r} is missing")
            for k, x in v.items():
                if k in props:
                    self.check(x, props[k], base, f"{path}.{k}")
                    continue
                pats = [p for p in s.get("patternProperties", {}) if re.search(p, k)]
                for p in pats:
                    self.check(x, s["patternProperties"][p], base, f"{path}.{k}")
                if pats:
                    continue
                extra = s.get("additionalProperties", True)
                if extra is False:
                    raise Invalid(f"{path}: the key {k!r} is not in the schema")
                if isinstance(extra, dict):
                    self.check(x, extra, base, f"{path}.{k}")
        if isinstance(v, list):
            if "minItems" in s and len(v) < s["minItems"]:
                raise Invalid(f"{path}: fewer than {s['minItems']} items")
            if "maxItems" in s and len(v) > s["maxItems"]:
                raise Invalid(f"{path}: more than {s['maxItems']} items")
            if "items" in s:
                for i, x in enumerate(v):
                    self.check(x, s["items"], base, f"{path}[{i}]")
        if "anyOf" in s:
            errors = []
            for alt in s["anyOf"]:
                try:
                    self.check(v, alt, base, path)
                    break
                except Invalid as e:
                    errors.append(str(e))
            else:
                raise Invalid(f"{path}: no alternative fits: " + " | ".join(errors))
        if "allOf" in s:
            for part in s["allOf"]:
                self.check(v, part, base, path)
        if "not" in s:
            try:
                self.check(v, s["not"], base, path)
            except Invalid:
                pass
            else:
                raise Invalid(f"{path}: {v!r:.60} fits what the schema forbids")
        if "if" in s:
            try:
                self.check(v, s["if"], base, path)
                fits = True
            except Invalid:
                fits = False
            branch = s.get("then" if fits else "else")
            if branch is not None:
                self.check(v, branch, base, path)
        if "oneOf" in s:
            fits, errors = 0, []
            for alt in s["oneOf"]:
                try:
                    self.check(v, alt, base, path)
                    fits += 1
                except Invalid as e:
                    errors.append(str(e))
            if fits != 1:
                raise Invalid(f"{path}: {fits} alternatives fit, not one: " + " | ".join(errors))

    def validate(self, value, schema_file):
        self.check(value, self.schema(schema_file), schema_file)


def run(xxgk, args, cwd, ok=(0, 1, 2)):
    p = subprocess.run([xxgk] + args, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode not in ok:
        raise Invalid(f"xxgk {' '.join(args)}: exit {p.returncode}: {p.stderr.decode(errors='replace')[:300]}")
    return p.stdout.decode("utf-8")


def main():
    xxgk, src, work = sys.argv[1:4]
    xxgk = os.path.abspath(xxgk)
    v = Validator(os.path.join(src, "docs", "schema"))
    corpus = sorted("corpus/" + f for f in os.listdir(os.path.join(src, "corpus")) if f.endswith(".txt"))
    seeds_dir = os.path.join(src, "..", "shared", "seeds")
    seeds = sorted(os.path.join(seeds_dir, f) for f in os.listdir(seeds_dir)) if os.path.isdir(seeds_dir) else []
    inputs = corpus + seeds + ["/nonexistent/xxgk-missing.txt", "corpus"]
    failures = 0
    count = {}

    def each_line(label, text, schema, at_least=1):
        nonlocal failures
        lines = text.splitlines()
        if len(lines) < at_least:
            print(f"FAIL {label}: {len(lines)} lines")
            failures += 1
        for n, line in enumerate(lines, 1):
            try:
                v.validate(loads(line), schema)
            except (Invalid, ValueError) as e:
                print(f"FAIL {label} line {n}: {e}")
                failures += 1
                return
        count[label] = len(lines)

    def whole(label, text, schema):
        nonlocal failures
        try:
            v.validate(loads(text), schema)
            count[label] = 1
        except (Invalid, ValueError) as e:
            print(f"FAIL {label}: {e}")
            failures += 1

    each_line("parse --format json", run(xxgk, ["parse", "--format", "json"] + inputs, src), "parse.schema.json",
              len(inputs))
    each_line("check --format json", run(xxgk, ["check", "--format", "json"] + inputs, src), "check.schema.json",
              len(inputs))
    whole("check --format sarif", run(xxgk, ["check", "--format", "sarif"] + inputs, src), "sarif.schema.json")
    whole("check --strict --format sarif", run(xxgk, ["check", "--strict", "--format", "sarif"] + corpus, src),
          "sarif.schema.json")
    each_line("export --format jsonl", run(xxgk, ["export", "--format", "jsonl"] + corpus + seeds, src),
              "export.schema.json", 100)
    each_line("export --format jsonl --labels zh",
              run(xxgk, ["export", "--format", "jsonl", "--labels", "zh"] + corpus, src), "export.schema.json", 100)
    whole("diff (two files)", run(xxgk, ["diff", "--format", "json", "corpus/pingtan-2021.txt",
                                         "corpus/pingtan-2022.txt"], src), "diff.schema.json")
    whole("diff (three files)", run(xxgk, ["diff", "--format", "json", "corpus/pingtan-2019.txt",
                                           "corpus/pingtan-2021.txt", "corpus/pingtan-2022.txt"], src),
          "diff.schema.json")
    whole("diff (template change)", run(xxgk, ["diff", "--format", "json", "tests/diff/template-2020.txt",
                                               "tests/diff/template-2021.txt"], src), "diff.schema.json")
    whole("diff (items, 2019 template)", run(xxgk, ["diff", "--format", "json", "tests/diff/items-2019.txt",
                                                    "tests/diff/template-2020.txt"], src), "diff.schema.json")
    whole("diff (other agency)", run(xxgk, ["diff", "--format", "json", "corpus/pingtan-2021.txt",
                                            "tests/diff/headings-2022.txt"], src), "diff.schema.json")
    remarks = ["tests/diff/remarks-2022.txt", "tests/diff/remarks-2023.txt", "tests/check/remarks-appeals-2023.txt"]
    each_line("parse --format json (rows' remarks)", run(xxgk, ["parse", "--format", "json"] + remarks, src),
              "parse.schema.json", len(remarks))
    each_line("export --format jsonl --labels zh (remark records)",
              run(xxgk, ["export", "--format", "jsonl", "--labels", "zh"] + remarks, src), "export.schema.json", 20)
    whole("diff (a row's remark changed)", run(xxgk, ["diff", "--format", "json"] + remarks[:2], src), "diff.schema.json")
    whole("diff (a table and rows missing in NEW)",
          run(xxgk, ["diff", "--format", "json", "corpus/pingtan-2021.txt", "tests/diff/missing-2022.txt"], src),
          "diff.schema.json")
    whole("diff (a table and rows missing in OLD)",
          run(xxgk, ["diff", "--format", "json", "tests/diff/missing-2022.txt", "corpus/pingtan-2022.txt"], src),
          "diff.schema.json")
    # a row NEW prints but cannot place (its label deleted, P006): its group carries `unplaced`
    os.makedirs(work, exist_ok=True)
    with open(os.path.join(src, "corpus", "pingtan-2022.txt"), encoding="utf-8") as f:
        unlabelled = f.read().replace("二、上年结转政府信息公开申请数量\t", "", 1)
    unlabelled_file = os.path.join(work, "..", "json-outputs-unlabelled-2022.txt")
    with open(unlabelled_file, "w", encoding="utf-8") as f:
        f.write(unlabelled)
    text = run(xxgk, ["diff", "--format", "json", "corpus/pingtan-2021.txt", unlabelled_file], src)
    whole("diff (a row not placed in NEW)", text, "diff.schema.json")
    groups = [a for a in loads(text)["pairs"][0]["actions"] if a["kind"] in ("table", "row")]
    if not groups or any("unplaced" not in g for g in groups):
        print("FAIL diff (a row not placed in NEW): a group without its `unplaced`")
        failures += 1
    whole("diff (headings)", run(xxgk, ["diff", "--format", "json", "tests/diff/headings-2021.txt",
                                        "tests/diff/headings-2022.txt"], src), "diff.schema.json")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    for f in corpus + seeds:
        shutil.copy(os.path.join(src, f), work)
    open(os.path.join(work, "empty.txt"), "w").close()
    save = os.path.join(work, "..", "json-outputs-save.jsonl")
    run(xxgk, ["corpus", "--stat", work, "--save", save], src)
    with open(save, encoding="utf-8") as f:
        each_line("corpus --stat --save", f.read(), "corpus-record.schema.json", len(corpus) + 1)

    # the validator itself must reject what it should
    for bad, schema, why in [('{"file":"x","diagnostics":[],"file":"y"}', "check.schema.json", "duplicate key"),
                             ('{"file":"x","diagnostics":[{"code":"V204"}]}', "check.schema.json", "missing"),
                             ('{"file":"x","error":"e","extra":1}', "check.schema.json", "extra key")]:
        try:
            v.validate(loads(bad), schema)
            print(f"FAIL the validator accepts a bad record ({why})")
            failures += 1
        except (Invalid, ValueError):
            pass
    # a group must hold its count and cells, a cell action neither, and a
    # group's cells are cells, never groups
    cell = {"action": "delete", "kind": "cell", "section": "appeals", "table": "appeals", "row": "review",
            "column": "upheld", "old_value": "1", "new_value": None}
    group = {"action": "delete", "kind": "table", "section": "appeals", "table": "appeals", "count": 2,
             "cells": [cell, cell]}
    pair = loads(run(xxgk, ["diff", "--format", "json", "corpus/pingtan-2021.txt", "tests/diff/missing-2022.txt"],
                     src))
    for why, action in [("a group without cells", {k: x for k, x in group.items() if k != "cells"}),
                        ("a group without count", {k: x for k, x in group.items() if k != "count"}),
                        ("a cell with count", dict(cell, count=2)),
                        ("a cell with cells", dict(cell, cells=[cell, cell])),
                        ("a group inside a group", dict(group, cells=[group, cell]))]:
        bad = json.loads(json.dumps(pair))
        bad["pairs"][0]["actions"] = [action]
        try:
            v.validate(bad, "diff.schema.json")
            print(f"FAIL diff.schema.json accepts {why}")
            failures += 1
        except Invalid:
            pass
    try:
        good = json.loads(json.dumps(pair))
        good["pairs"][0]["actions"] = [group, cell]
        v.validate(good, "diff.schema.json")
    except Invalid as e:
        print(f"FAIL diff.schema.json rejects a group and a cell: {e}")
        failures += 1
    for label, n in count.items():
        print(f"ok   {label}: {n} JSON value(s) valid")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
