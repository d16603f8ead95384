"""Serves DIR on 127.0.0.1:PORT (0 = any free port) for the replay benchmark: HTTP/1.1 with keep-alive, a
thread per connection, no request log. Prints the port on stdout once it is listening.

Usage: serve.py DIR [PORT]
"""
import functools
import http.server
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"   # keep-alive, as a real site's server (the stdlib default is 1.0)

    def log_message(self, *args):
        pass


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass   # a browser closed at the end of a run resets its idle connections: not worth a traceback


def main():
    root, port = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 0
    handler = functools.partial(Handler, directory=root)
    server = Server(("127.0.0.1", port), handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
