#!/usr/bin/env python3
"""JSON Schema checks for tests/integration/test_openrpc.cpp, with python3-jsonschema.

  jsonschema_check.py document <openrpc-meta-schema.json> <document.json>
      Validates an OpenRPC document against the meta-schema. The meta-schema refers to
      https://meta.json-schema.tools for "a JSON Schema"; that is resolved offline to the draft 7
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


def json_schema_tools():
    meta = copy.deepcopy(jsonschema.Draft7Validator.META_SCHEMA)
    meta["$id"] = "https://meta.json-schema.tools/"
    meta.setdefault("definitions", {})["JSONSchemaObject"] = {
        "properties": {"$ref": {"type": "string", "format": "uri-reference"}}
    }
    return meta


def check_document(meta_path, document_path):
    meta = load(meta_path)
    document = load(document_path)
    tools = json_schema_tools()
    store = {
        "https://meta.json-schema.tools": tools,
        "https://meta.json-schema.tools/": tools,
        "http://json-schema.org/draft-07/schema": jsonschema.Draft7Validator.META_SCHEMA,
    }
    resolver = jsonschema.RefResolver.from_schema(meta, store=store)
    validator = jsonschema.Draft7Validator(meta, resolver=resolver)
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
