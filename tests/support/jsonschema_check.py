#!/usr/bin/env python3
"""JSON Schema checks for tests/integration/test_openrpc.cpp, with python3-jsonschema.

  jsonschema_check.py document <openrpc-meta-schema.json> <document.json>
      Validates an OpenRPC document against the meta-schema. The meta-schema refers to
      https://meta.json-schema.tools for "a JSON Schema"; that is replaced offline by the draft 7
      meta-schema jsonschema ships, so every params schema in the document is checked as a
      draft 7 schema too. Exit 0 when valid; else the errors on stdout and exit 1.

  jsonschema_check.py cases <cases.json>
      cases.json: {"components": {...}, "cases": [{"schema": {...}, "instance": ...}, ...]}.
      Prints a JSON array with true or false per case (valid or not against its schema, with
      "#/components/..." resolved in the file). Exit 0.
"""

import copy
import json
import sys
import warnings

import jsonschema

warnings.simplefilter("ignore", DeprecationWarning)


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def offline(meta):
    """The meta-schema with "a JSON Schema" (https://meta.json-schema.tools, remote) replaced by
    the draft 7 meta-schema jsonschema ships, inlined under definitions (no network, no remote
    resolution scopes)."""
    meta = copy.deepcopy(meta)
    draft7 = copy.deepcopy(jsonschema.Draft7Validator.META_SCHEMA)
    draft7.pop("$schema", None)
    draft7.pop("$id", None)
    draft7_definitions = draft7.pop("definitions", {})

    def rewrite(node):
        if isinstance(node, dict):
            ref = node.get("$ref")
            if ref == "#":
                node["$ref"] = "#/definitions/JSONSchema"
            elif isinstance(ref, str) and ref.startswith("#/definitions/"):
                node["$ref"] = "#/definitions/draft7_" + ref[len("#/definitions/"):]
            for value in node.values():
                rewrite(value)
        elif isinstance(node, list):
            for value in node:
                rewrite(value)
        return node

    def replace_remote(node):
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("https://meta.json-schema.tools"):
                if ref.rstrip("/") == "https://meta.json-schema.tools":
                    node["$ref"] = "#/definitions/JSONSchema"
                else:  # the "$ref" keyword of a schema object
                    del node["$ref"]
                    node.update({"type": "string", "format": "uri-reference"})
            for value in node.values():
                replace_remote(value)
        elif isinstance(node, list):
            for value in node:
                replace_remote(value)

    replace_remote(meta)
    meta["definitions"]["JSONSchema"] = rewrite(draft7)
    for name, definition in draft7_definitions.items():
        meta["definitions"]["draft7_" + name] = rewrite(definition)
    return meta


def check_document(meta_path, document_path):
    meta = offline(load(meta_path))
    document = load(document_path)
    validator = jsonschema.Draft7Validator(meta)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    for error in errors[:20]:
        # A oneOf (method or reference) says little: name the deepest reason.
        deepest = error
        for candidate in error.context or []:
            if len(candidate.absolute_path) > len(deepest.absolute_path):
                deepest = candidate
        path = "/".join(str(p) for p in deepest.absolute_path)
        print(path + ": " + deepest.message[:300])
    return 1 if errors else 0


def check_cases(cases_path):
    data = load(cases_path)
    results = []
    for case in data["cases"]:
        schema = dict(case["schema"])
        schema["components"] = data.get("components", {})
        validator = jsonschema.Draft7Validator(schema)
        results.append(validator.is_valid(case["instance"]))
    print(json.dumps(results))
    return 0


def main(argv):
    if len(argv) == 4 and argv[1] == "document":
        return check_document(argv[2], argv[3])
    if len(argv) == 3 and argv[1] == "cases":
        return check_cases(argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
