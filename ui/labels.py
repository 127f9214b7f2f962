"""Translated names for the core's enums and error codes: the core stays language-free."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rmcoach.domain import Channel, CommunicationStyle, Gender, ProductType, Tier
from rmcoach.services.interchange.import_report import ImportFileError
from rmcoach.storage.errors import BookError
from rmcoach.validation import FieldError
from ui.formatting import fill


def tier_name(tier: Tier, custom: dict[str, str] | None = None) -> str:
    """The book's own name for a tier if the RM set one, else the standard name."""
    if custom and custom.get(tier.value):
        return custom[tier.value]
    return {
        Tier.PRIVATE: QCoreApplication.translate("labels", "Private"),
        Tier.WEALTH: QCoreApplication.translate("labels", "Wealth"),
        Tier.VIP: QCoreApplication.translate("labels", "VIP"),
        Tier.MASS: QCoreApplication.translate("labels", "Mass"),
    }[tier]


def gender_name(gender: Gender) -> str:
    return {
        Gender.FEMALE: QCoreApplication.translate("labels", "Female"),
        Gender.MALE: QCoreApplication.translate("labels", "Male"),
    }[gender]


def channel_name(channel: Channel) -> str:
    return {
        Channel.PHONE: QCoreApplication.translate("labels", "Phone"),
        Channel.WECHAT: QCoreApplication.translate("labels", "WeChat"),
        Channel.SMS: QCoreApplication.translate("labels", "SMS"),
        Channel.EMAIL: QCoreApplication.translate("labels", "E-mail"),
        Channel.VISIT: QCoreApplication.translate("labels", "Visit"),
        Channel.BRANCH: QCoreApplication.translate("labels", "At the branch"),
    }[channel]


def style_name(style: CommunicationStyle) -> str:
    return {
        CommunicationStyle.DIRECT: QCoreApplication.translate(
            "labels", "Direct: point first, decides fast"
        ),
        CommunicationStyle.ANALYTICAL: QCoreApplication.translate(
            "labels", "Analytical: wants figures, decides slowly"
        ),
        CommunicationStyle.AMIABLE: QCoreApplication.translate(
            "labels", "Amiable: relationship first, dislikes pressure"
        ),
        CommunicationStyle.EXPRESSIVE: QCoreApplication.translate(
            "labels", "Expressive: talkative, enjoys ideas"
        ),
    }[style]


def product_type_name(kind: ProductType) -> str:
    return {
        ProductType.DEPOSIT: QCoreApplication.translate("labels", "Deposit"),
        ProductType.WEALTH: QCoreApplication.translate("labels", "Wealth product"),
        ProductType.FUND: QCoreApplication.translate("labels", "Fund"),
        ProductType.INSURANCE: QCoreApplication.translate("labels", "Insurance"),
        ProductType.STRUCTURED_DEPOSIT: QCoreApplication.translate("labels", "Structured deposit"),
        ProductType.BOND: QCoreApplication.translate("labels", "Bond"),
        ProductType.PRECIOUS_METAL: QCoreApplication.translate("labels", "Precious metal"),
        ProductType.LOAN: QCoreApplication.translate("labels", "Loan"),
        ProductType.OTHER: QCoreApplication.translate("labels", "Other"),
    }[kind]


def field_error_text(error: FieldError) -> str:
    """The sentence shown under a field, in the user's language."""
    texts = {
        "name_required": QCoreApplication.translate(
            "labels", "Enter a Chinese or an English name."
        ),
        "phone_invalid": QCoreApplication.translate(
            "labels",
            "Not a phone number: a mobile has 11 digits, a landline needs its area code, "
            "a foreign number starts with +.",
        ),
        "email_invalid": QCoreApplication.translate(
            "labels", "Not an e-mail address (name@example.com)."
        ),
        "date_invalid": QCoreApplication.translate(
            "labels", "Not a date. Type it as 2024-03-05, 2024/3/5 or 2024年3月5日."
        ),
        "date_in_future": QCoreApplication.translate(
            "labels", "This date cannot be in the future."
        ),
        "date_too_old": QCoreApplication.translate("labels", "This date is before 1900."),
        "amount_invalid": QCoreApplication.translate(
            "labels", "Not an amount. Type it as 1,250,000 or 125万."
        ),
        "amount_negative": QCoreApplication.translate("labels", "The amount cannot be negative."),
        "amount_too_large": QCoreApplication.translate("labels", "The amount is too large."),
        "client_no_invalid": QCoreApplication.translate(
            "labels", "Use only letters, digits and - _ / in a client number."
        ),
        "client_no_taken": QCoreApplication.translate(
            "labels", "Client number %1 already belongs to another client."
        ),
        "maturity_before_start": QCoreApplication.translate(
            "labels", "The maturity date is before the start date."
        ),
        "holding_name_required": QCoreApplication.translate("labels", "Give the product a name."),
        "member_name_required": QCoreApplication.translate(
            "labels", "Give the household member a name."
        ),
        "too_long": QCoreApplication.translate("labels", "Too long: at most %1 characters."),
        "control_characters": QCoreApplication.translate(
            "labels", "Contains a control character (such as NUL) that text cannot hold."
        ),
        "self_referral": QCoreApplication.translate("labels", "A client cannot refer themselves."),
        "text_required": QCoreApplication.translate("labels", "This cannot be empty."),
        "client_changed": QCoreApplication.translate(
            "labels", "A meeting cannot move to another client."
        ),
        "duration_invalid": QCoreApplication.translate(
            "labels", "The duration must be between 1 and %1 minutes."
        ),
        "datetime_naive": QCoreApplication.translate("labels", "The time needs a time zone."),
        "product_name_required": QCoreApplication.translate("labels", "Give the product a name."),
        "item_invalid": QCoreApplication.translate(
            "labels", "This is not an item of the playbook."
        ),
        "satisfaction_invalid": QCoreApplication.translate(
            "labels", "Satisfaction is rated from 1 to 5."
        ),
        "rating_invalid": QCoreApplication.translate("labels", "Ratings go from 1 to 5."),
        "phase_unknown": QCoreApplication.translate("labels", "%1 is not a phase of the meeting."),
        "phase_repeated": QCoreApplication.translate("labels", "%1 is rated twice."),
        "due_date_required": QCoreApplication.translate("labels", "Give the follow-up a due date."),
        "date_in_past": QCoreApplication.translate("labels", "This date cannot be before today."),
        "followup_other_client": QCoreApplication.translate(
            "labels", "A follow-up from this meeting must be for the meeting's client."
        ),
        "scope_required": QCoreApplication.translate(
            "labels", "Say what the client consented to, as on the form."
        ),
        "already_withdrawn": QCoreApplication.translate(
            "labels", "This consent was already withdrawn on %1."
        ),
        "withdrawn_before_given": QCoreApplication.translate(
            "labels", "This is before the day the consent was given (%1)."
        ),
    }
    text = texts.get(error.code, error.message_en)
    for value in error.params.values():
        text = text.replace("%1", value, 1)
    return text


def import_file_error_text(error: ImportFileError) -> str:
    """Why a file as a whole cannot be imported (clients or products), in the user's language."""
    p = error.params
    texts = {
        "file_unreadable": fill(
            QCoreApplication.translate("labels", "The file cannot be read: %1"),
            p.get("reason", ""),
        ),
        "file_too_large": QCoreApplication.translate(
            "labels", "The file is larger than 256 MB. Split it into parts."
        ),
        "file_encoding": QCoreApplication.translate(
            "labels",
            "The file is neither UTF-8 nor GB18030 text. In Excel, save it as “CSV UTF-8”.",
        ),
        "file_empty": QCoreApplication.translate(
            "labels", "The file is empty: it has no header row."
        ),
        "file_not_csv": fill(
            QCoreApplication.translate("labels", "This is not a CSV file (line %1)."),
            p.get("line", ""),
        ),
        "no_name_column": QCoreApplication.translate(
            "labels",
            "The file has no name column. Name one column 姓名 (or name, 中文名, 英文名).",
        ),
        "column_twice": fill(
            QCoreApplication.translate(
                "labels", "The columns “%1” and “%2” mean the same thing. Keep one of them."
            ),
            p.get("first", ""),
            p.get("second", ""),
        ),
    }
    return texts.get(error.code, str(error))


def book_error_text(error: BookError) -> str:
    """What went wrong with the book file and what to do, in the user's language."""
    texts = {
        "too_new": QCoreApplication.translate(
            "labels",
            "This book was saved by a newer version of RM Coach. Update the app to open it; "
            "the book has not been changed.",
        ),
        "corrupt": QCoreApplication.translate(
            "labels", "The book is damaged. Restore it from a backup."
        ),
        "not_a_database": QCoreApplication.translate(
            "labels", "This file is not an RM Coach book. Choose another file."
        ),
        "read_only": QCoreApplication.translate(
            "labels", "The book cannot be written. Check the file's permissions and folder."
        ),
        "disk_full": QCoreApplication.translate(
            "labels", "The disk is full. Free some space, then try again."
        ),
        "busy": QCoreApplication.translate(
            "labels", "The book is in use by another program. Close it and try again."
        ),
        "locked": QCoreApplication.translate(
            "labels", "This book is encrypted. Enter its passphrase to open it."
        ),
        "wrong_passphrase": QCoreApplication.translate(
            "labels", "That passphrase does not open this book."
        ),
        "no_backup": QCoreApplication.translate(
            "labels", "No usable backup of this book was found."
        ),
        "migration_failed": QCoreApplication.translate(
            "labels", "The book could not be upgraded to this version. It has been left as it was."
        ),
    }
    return texts.get(
        error.code, QCoreApplication.translate("labels", "The book could not be opened.")
    )
