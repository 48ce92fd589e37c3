"""The Qt shell: main window, settings dialog, first-run dialog and screenshots; modules come from modules.py."""
