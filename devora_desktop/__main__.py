from devora_desktop.cli import main

if __name__ == "__main__":
    main()
