"""Finds the file offsets of spans that `framing analyze` reports in its text-model offsets.

The text model is rebuilt from the file's cleaned lines (trailing spaces dropped, hard-wrapped lines joined, a pair of
apostrophes or backticks read as one double quotation mark), so its offsets drift from the file's. A span is located by
searching its text in the file (spaces, no-break spaces and line breaks alike), whole words only, preferring the occurrence whose
following cue text sits at the same distance, then the one nearest the model offset (the drift only grows along a file).
"""
import re

_BLANKS = re.compile(r"[\s\u00a0]")


def normalise(text):
    return _BLANKS.sub(" ", text)


def locate(file_text, span_text, model_start, anchor_text="", anchor_delta=None):
    """File offset of span_text (normalised file text expected), or -1."""
    needle = normalise(span_text)
    if not needle.strip():
        return -1
    best, best_key = -1, None
    at = file_text.find(needle, max(0, model_start - 40))
    while at >= 0 and at <= model_start + 3000:
        end = at + len(needle)
        if (at > 0 and needle[0].isalnum() and file_text[at - 1].isalnum()) or (end < len(file_text) and needle[-1].isalnum() and file_text[end].isalnum()):
            at = file_text.find(needle, at + 1)
            continue  # inside a longer word ("he" in "rhetoric")
        anchored = 0
        if anchor_text and anchor_delta is not None:
            probe = at + anchor_delta
            window = file_text[max(0, probe - 5):probe + len(anchor_text) + 60]
            anchored = 0 if normalise(anchor_text) in window else 1
        key = (anchored, abs(at - model_start))
        if best_key is None or key < best_key:
            best, best_key = at, key
        at = file_text.find(needle, at + 1)
    return best
