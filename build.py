#!/usr/bin/env python3
"""visavis command line: `python build.py --help`. All logic lives in the `visavis` package."""

from visavis.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
