"""disclosure-qa: question answering over Chinese government budget disclosures (预算/决算公开)."""

__version__ = "0.1.0"
