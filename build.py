#!/usr/bin/env python3
"""visavis command line: `python build.py --help`. All logic lives in the `visavis` package."""

import logging
import os
import sys

from visavis.cli import main

if __name__ == "__main__":
    code = main()
    # Leave without tearing the interpreter down: freeing a large edition's objects one by one
    # would add a tenth to a quick rebuild. Everything is written and closed by now.
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
