"""Write the eight holdout19 saved pages and their expected files (run from anywhere).

.venv/bin/python tests/corpus/holdout19/web/make_pages.py
"""

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

for module in sorted(p.stem for p in HERE.glob("p[0-9][0-9]_*.py")):
    importlib.import_module(module).build()
