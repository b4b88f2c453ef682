"""Write the eight holdout63 saved pages and their expected files (run from anywhere).

.venv/bin/python tests/corpus/holdout63/web/make_pages.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pages_a
import pages_b

for module in (pages_a, pages_b):
    for name in sorted(n for n in dir(module) if n.startswith("page")):
        getattr(module, name)()
