#!/usr/bin/env python3
"""A webhook receiver for the tests: an HTTP server on a free loopback port that records every
request (method, path, headers, body) as one JSON line in --log, written and flushed before it
answers, and answers with the status named in --status (a file the test rewrites: a number,
or "hang" to never answer). The port it bound goes to --port-file."""
import argparse
import json
import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

parser = argparse.ArgumentParser()
parser.add_argument("--log", required=True)
parser.add_argument("--status", required=True)
parser.add_argument("--port-file", required=True)
args = parser.parse_args()
lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        record = {
            "method": "POST",
            "path": self.path,
            "headers": {k.lower(): v for k, v in self.headers.items()},
            "body": body.decode("utf-8"),
        }
        with lock, open(args.log, "a", encoding="utf-8") as log:
            log.write(json.dumps(record) + "\n")
            log.flush()
            os.fsync(log.fileno())
        try:
            with open(args.status, encoding="utf-8") as f:
                status = f.read().strip() or "200"
        except FileNotFoundError:
            status = "200"
        if status == "hang":
            time.sleep(3600)
            return
        answer = b"ok" if status.startswith("2") else b"receiver says no"
        self.send_response(int(status))
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *unused):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
with open(args.port_file + ".tmp", "w", encoding="utf-8") as f:
    f.write(str(server.server_address[1]))
os.replace(args.port_file + ".tmp", args.port_file)
server.serve_forever()
