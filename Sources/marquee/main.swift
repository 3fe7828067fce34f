import MarqueeCLI
MarqueeCommand.main()
