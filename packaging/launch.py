"""Entry point of the frozen program (PyInstaller)."""

from logistics_desktop.cli import main

raise SystemExit(main())
