"""Write the eight holdout15 saved pages and their expected files (run from anywhere).

.venv/bin/python tests/corpus/holdout15/web/make_pages.py
"""

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

for module_path in sorted(HERE.glob("p[0-9][0-9]_*.py")):
    module = importlib.import_module(module_path.stem)
    getattr(module, f"page{module_path.stem[1:3]}")()
