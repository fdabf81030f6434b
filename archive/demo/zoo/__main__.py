"""``python -m archive.demo.zoo --family NAME --port 0``: serve one zoo family (or print its truth)."""
from __future__ import annotations

import argparse
import json
import logging
import sys
import threading

from . import FAMILIES, start_zoo_server, truth


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m archive.demo.zoo",
                                     description="Serve one template family of the zoo on loopback.")
    parser.add_argument("--family", required=True, choices=sorted(FAMILIES))
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--truth", action="store_true", help="print the family's truth as JSON and exit")
    parser.add_argument("--quiet", action="store_true", help="do not log requests")
    args = parser.parse_args(argv)
    if args.truth:
        json.dump(truth(args.family), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO, stream=sys.stderr,
                        format="%(message)s")
    server = start_zoo_server(args.family, args.host, args.port)
    print(f"serving {server.base_url}", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()
