from kindness_tui.cli import main

raise SystemExit(main())
