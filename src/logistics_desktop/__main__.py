from logistics_desktop.cli import main

raise SystemExit(main())
