"""The `encrypt`, `decrypt` and `change-passphrase` commands: SQLCipher at rest, done safely."""

from __future__ import annotations

import argparse

from rmcoach.cli import CommandError, Context
from rmcoach.cli.passphrase import (
    ENV,
    NEW_ENV,
    ask_new_passphrase,
    ask_passphrase,
    existing_book_path,
)

SAFELY = (
    "The book is backed up first, converted into a new file, checked, then swapped in with "
    "one rename; it is never changed in place. Close RM Coach first."
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    encrypt = sub.add_parser(
        "encrypt",
        help="encrypt the book with a passphrase (SQLCipher, key from Argon2id)",
        description=f"Encrypt the whole book under a new passphrase (${NEW_ENV} or ${ENV}, "
        f"else asked twice; at least 8 characters). {SAFELY} Earlier backups stay as they "
        "were (plain): delete them if they must not stay readable.",
    )
    encrypt.set_defaults(func=run_encrypt)
    decrypt = sub.add_parser(
        "decrypt",
        help="store the encrypted book in the clear again",
        description=f"Decrypt the book (its passphrase from ${ENV}, else asked). {SAFELY}",
    )
    decrypt.set_defaults(func=run_decrypt)
    change = sub.add_parser(
        "change-passphrase",
        help="change the encrypted book's passphrase",
        description=f"Re-encrypt the book under a new passphrase and a new salt (the current "
        f"one from ${ENV}, the new one from ${NEW_ENV}, else asked). {SAFELY} Backups made "
        "before keep the old passphrase.",
    )
    change.set_defaults(func=run_change)


def run_encrypt(args: argparse.Namespace, ctx: Context) -> int:
    import os

    from rmcoach.services.protection.encryption import encrypt_book
    from rmcoach.storage.crypto import is_encrypted

    path = existing_book_path(ctx)
    if is_encrypted(path):
        raise CommandError(f"the book is already encrypted ({path})", 1)
    passphrase = ask_new_passphrase(NEW_ENV if os.environ.get(NEW_ENV) else ENV)
    encrypt_book(path, passphrase)
    print(
        f"encrypted {path}; it now opens only with its passphrase (keep it safe: it cannot "
        "be recovered)"
    )
    print("backups made before today's encryption are not encrypted; delete them if needed")
    return 0


def run_decrypt(args: argparse.Namespace, ctx: Context) -> int:
    from rmcoach.services.protection.encryption import decrypt_book
    from rmcoach.storage.crypto import is_encrypted, unlock

    path = existing_book_path(ctx)
    if not is_encrypted(path):
        raise CommandError(f"the book is not encrypted ({path})", 1)
    decrypt_book(path, unlock(path, ask_passphrase()))
    print(f"decrypted {path}; it opens without a passphrase now")
    return 0


def run_change(args: argparse.Namespace, ctx: Context) -> int:
    from rmcoach.services.protection.encryption import change_passphrase
    from rmcoach.storage.crypto import is_encrypted, unlock

    path = existing_book_path(ctx)
    if not is_encrypted(path):
        raise CommandError(f"the book is not encrypted ({path}); use `encrypt`", 1)
    key = unlock(path, ask_passphrase("Current passphrase: "))
    change_passphrase(path, key, ask_new_passphrase(NEW_ENV))
    print(f"changed the passphrase of {path}; backups made before keep the old one")
    return 0
