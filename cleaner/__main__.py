"""``python -m cleaner`` runs the command line, same as the ``cleaner`` script."""

from cleaner.cli import main

if __name__ == "__main__":
    main()
