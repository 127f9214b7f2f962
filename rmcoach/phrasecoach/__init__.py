"""Phrase coach: promises, pressure, unsafe advice, jargon and personal data in what the RM writes.

rules.py loads the rules files (resources/rules), grammar.py the word lists the coach
reads context with, reading.py finds a text's sentences, negations and other people's
words, and coach.py's check_text() puts them together.
"""

from rmcoach.phrasecoach.coach import Finding, check_text, warm_up
from rmcoach.phrasecoach.grammar import Grammar, default_grammar, load_grammar
from rmcoach.phrasecoach.rules import (
    CATEGORIES,
    DEFAULT_RULE_FILES,
    FINDING_CATEGORIES,
    LANGS,
    PERSONAL_DATA,
    PhraseRule,
    default_rule_paths,
    default_rules,
    load_rules,
)
from rmcoach.phrasecoach.tomlfile import PhraseRuleError

__all__ = [
    "CATEGORIES",
    "DEFAULT_RULE_FILES",
    "FINDING_CATEGORIES",
    "LANGS",
    "PERSONAL_DATA",
    "Finding",
    "Grammar",
    "PhraseRule",
    "PhraseRuleError",
    "check_text",
    "default_grammar",
    "default_rule_paths",
    "default_rules",
    "load_grammar",
    "load_rules",
    "warm_up",
]
