"""Write the eight holdout20 saved pages and their expected files (run from anywhere).

.venv/bin/python tests/corpus/holdout20/web/make_pages.py
"""

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

for path in sorted(HERE.glob("p[0-9][0-9]_*.py")):
    module = importlib.import_module(path.stem)
    for name in sorted(n for n in dir(module) if n.startswith("page")):
        getattr(module, name)()
