"""``python -m cleaner``: the same CLI as the ``cleaner`` script (handy from a checkout or a worktree)."""

from cleaner.cli import main

if __name__ == "__main__":
    main()
