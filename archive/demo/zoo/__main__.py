"""``python -m archive.demo.zoo --family NAME --port 0``: serve one zoo family (or print its truth)."""
from __future__ import annotations

import argparse
import json
import logging
import sys

from ..serving import add_address_arguments, serve_until_killed
from . import FAMILIES, start_zoo_server, truth


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m archive.demo.zoo",
                                     description="Serve one template family of the zoo on loopback.")
    parser.add_argument("--family", required=True, choices=sorted(FAMILIES))
    add_address_arguments(parser)
    parser.add_argument("--truth", action="store_true", help="print the family's truth as JSON and exit")
    parser.add_argument("--quiet", action="store_true", help="do not log requests")
    args = parser.parse_args(argv)
    if args.truth:
        json.dump(truth(args.family), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO, stream=sys.stderr,
                        format="%(message)s")
    serve_until_killed(start_zoo_server(args.family, args.host, args.port))


if __name__ == "__main__":
    main()
