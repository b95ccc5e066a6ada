"""Files the app loads at run time, installed as the package ``desktop_uploader.resources``.

Read them with ``importlib.resources.files("desktop_uploader.resources")``, which works
from the source tree, an installed wheel and the PyInstaller bundle alike. ``icons/`` is
drawn by ``scripts/make_icons.py``.
"""
